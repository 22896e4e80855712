"""The document list's filter language: `outlet:guardian lang:ru date:2022-01..2022-06 gas`.

Researchers narrow a corpus of thousands of articles by where and when they appeared and by the
columns their spreadsheet carried ("section", "page"). The filter box takes this small language;
it lives here, free of Qt, so the rules sit in one place and are tested on their own:

- plain words match the title or the outlet (every word must match; case does not matter);
- `title:`, `outlet:` and `author:` (or `by:`) match part of that field;
- `lang:` (or `language:`) a language code: `lang:de` also finds `de-AT`, `lang:en,de` finds both;
- `date:` (or `published:`) a day, month or year (`2022-03-05`, `2022-03`, `2022`) or a range of
  them, both ends included, either end open: `2022-01-01..2022-06-30`, `2022..`, `..2021-12`;
- any other `name:value` matches part of the extra field `name` (a spreadsheet column; case and
  `_` for a space do not matter: `page_number:` finds "Page number");
- `name:*` finds documents that have the field; `-` before a term excludes what it matches;
  quotes keep spaces together: `outlet:"new york times"`, `"gas deal"`.

A term that cannot be understood (`date:2022-13`) is left out and reported in `problems`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, Protocol

from annotator.core.labels import label_key

FIELD_ALIASES = {
    "title": "title",
    "outlet": "outlet",
    "author": "author",
    "by": "author",
    "lang": "language",
    "language": "language",
    "date": "date",
    "published": "date",
}
ANY_VALUE = "*"
_TOKEN = re.compile(
    r"""(?=\S)(?P<negated>-)?(?:(?P<field>[^\W\d][\w.\-]*):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>\S*))"""
)
_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class FilterRow(Protocol):
    """What a filter reads of a document (`services.coding.overview.DocumentRow` has all of it)."""

    @property
    def title(self) -> str: ...

    @property
    def outlet(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def published(self) -> date | None: ...

    @property
    def extra(self) -> Mapping[str, Any]: ...


def field_key(name: str) -> str:
    """How extra field names are compared: case-insensitive, `_` standing for a space."""
    return " ".join(label_key(name.replace("_", " ")).split())


@dataclass(frozen=True)
class Term:
    field: str  # "" for plain words, "title", "outlet", "language", "date", or an extra field
    value: str  # as label_key spells it; "*" asks for any value
    negated: bool = False
    first: date | None = None  # date terms: the first and last day included (None: open)
    last: date | None = None

    @property
    def is_extra(self) -> bool:
        return self.field not in FIELD_ALIASES.values() and self.field != ""

    @cached_property
    def test(self) -> Callable[[FilterRow], bool]:
        """This term as one function of a row, built once (filtering calls it 10,000 times)."""
        test = self._positive_test()
        if self.negated:
            return lambda row: not test(row)
        return test

    def _positive_test(self) -> Callable[[FilterRow], bool]:
        value, field = self.value, self.field
        if field == "":
            return lambda row: value in label_key(row.title) or value in label_key(row.outlet)
        if field == "date":
            first, last = self.first or date.min, self.last or date.max
            return lambda row: row.published is not None and first <= row.published <= last
        if field == "language":
            if value == ANY_VALUE:
                return lambda row: bool(row.language)
            codes = tuple(code for code in value.split(",") if code)
            prefixes = tuple(code + "-" for code in codes)
            return lambda row: (
                row.language.casefold() in codes or row.language.casefold().startswith(prefixes)
            )
        if field == "title":
            return lambda row: _text_matches(row.title, value)
        if field == "outlet":
            return lambda row: _text_matches(row.outlet, value)
        if field == "author":
            return lambda row: _text_matches(row.author, value)
        return lambda row: _text_matches(_extra_value(row.extra, field), value)


def _text_matches(value: Any, wanted: str) -> bool:
    if isinstance(value, list | tuple):
        return any(_text_matches(item, wanted) for item in value)
    text = "" if value is None else label_key(str(value))
    return bool(text.strip()) if wanted == ANY_VALUE else wanted in text


def _extra_value(extra: Mapping[str, Any], field: str) -> Any:
    for key, value in extra.items():
        if field_key(key) == field:
            return value
    return None


@dataclass(frozen=True)
class DocumentFilter:
    terms: tuple[Term, ...] = ()
    problems: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, row: FilterRow) -> bool:
        return all(test(row) for test in self.tests)

    @cached_property
    def tests(self) -> tuple[Callable[[FilterRow], bool], ...]:
        return tuple(term.test for term in self.terms)

    @property
    def extra_fields(self) -> set[str]:
        """The extra fields the filter names (as `field_key` spells them)."""
        return {term.field for term in self.terms if term.is_extra}

    def with_problems(self, problems: Iterable[str]) -> DocumentFilter:
        return DocumentFilter(self.terms, (*self.problems, *problems))


def parse_filter(text: str) -> DocumentFilter:
    """The filter the user typed; never raises (what it cannot read is in `problems`)."""
    terms: list[Term] = []
    problems: list[str] = []
    text = unicodedata.normalize("NFC", text)  # a field name "re\u0301gion" is a word too
    for match in _TOKEN.finditer(text):
        negated = bool(match["negated"])
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        field = match["field"]
        if field is not None and (not value.strip() or value.startswith("//")):
            value, field = f"{field}:{value}", None  # "Re:" or a URL: plain words
        value = " ".join(label_key(value).split())
        if not value:
            continue
        if field is None:
            terms.append(Term("", value, negated))
            continue
        name = FIELD_ALIASES.get(label_key(field), field_key(field))
        if name != "date":
            terms.append(Term(name, value, negated))
            continue
        try:
            first, last = (None, None) if value == ANY_VALUE else date_range(value)
        except ValueError as error:
            problems.append(f"{match[0]}: {error}")
            continue
        terms.append(Term("date", value, negated, first, last))
    return DocumentFilter(tuple(terms), tuple(problems))


def date_range(text: str) -> tuple[date | None, date | None]:
    """The first and last day of `2022`, `2022-03`, `2022-03-05` or a range `A..B` of them."""
    if ".." not in text:
        return _period(text)
    start, _, end = text.partition("..")
    first = _period(start)[0] if start.strip() else None
    last = _period(end)[1] if end.strip() else None
    if first is not None and last is not None and last < first:
        raise ValueError("the range ends before it starts")
    return first, last


def _period(text: str) -> tuple[date, date]:
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise ValueError("not a date; write 2022, 2022-03 or 2022-03-05")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError as error:
        raise ValueError(f"not a date ({error})") from error
