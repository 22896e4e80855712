"""Turning the dates found in article files into `datetime.date`.

Metadata arrives as ISO strings from web pages ("2022-06-10T14:03:00+03:00"), spelled-out dates
from news databases ("June 10, 2022 Friday", "10 June 2022", "10. Juni 2022", "10 июня 2022"),
day-first numeric dates from European sources ("10.06.2022"), and real date cells from
spreadsheets. Ambiguous slash dates ("06/10/2022") are read month-first only when the day-first
reading is impossible, and day-first otherwise, the common order outside the US news databases.

Numeric dates are read here by hand: they are most of what arrives and must cost microseconds.
Month names are `dateparser`'s job (its month names in every language we read, abbreviations,
ordinals): a cheap pattern finds the spans shaped like a spelled-out date — a day, a word and a
year, in either order — and only those go to dateparser, strictly (a day, a month and a year, no
relative dates), each distinct span once. dateparser takes more than half a second to import, so
it is imported on the first spelled-out date, never at start-up.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any

MIN_YEAR, MAX_YEAR = 1800, 2200
# The languages whose month names are read: those of the news we import and of the interface.
DATE_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "it")
DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,  # a missing part is no date, not today's
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "PARSERS": ["absolute-time"],  # no "2 days ago", no timestamps
}

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
# Numeric dates inside a text: "10.06.2022", "2022-06-10".
_NUMERIC_IN_TEXT = (
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
)
# Spans shaped like a spelled-out date, for dateparser to judge: "10 June 2022", "10th June,
# 2022", "10. Juni 2022", "10 июня 2022", "June 10, 2022", "Sept. 3 2022".
_WORD = r"(?<![^\W\d_])[^\W\d_]{3,}\.?"
_DAY = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?"
_SPELLED_OUT = (
    re.compile(rf"{_DAY}\.?\s+{_WORD},?\s+\d{{4}}(?!\d)"),
    re.compile(rf"{_WORD}\s+{_DAY},?\s+\d{{4}}(?!\d)"),
)
_SPACES = re.compile(r"\s+")


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> datetime.date | None:
    """A date from a cell, a metadata string or a header line; None when there is none."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text or len(text) > 200:
        return None
    for pattern in (_ISO, _COMPACT):
        match = pattern.match(text)
        if match:
            year, month, day = (int(group) for group in match.groups())
            return _valid(year, month, day)
    match = _SLASHED.match(text)
    if match:
        first, second, year = (int(group) for group in match.groups())
        return _valid(year, second, first) or _valid(year, first, second)
    return find_date(text)


def find_date(text: str) -> datetime.date | None:
    """The earliest date in the text ("Published 10 June 2022, 14:03"); None when none is."""
    found: list[tuple[int, datetime.date]] = []
    for pattern in _NUMERIC_IN_TEXT:
        for match in pattern.finditer(text):
            date = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
            if date is not None:
                found.append((match.start(), date))
    for pattern in _SPELLED_OUT:
        for match in pattern.finditer(text):
            if found and match.start() >= min(found)[0]:
                break  # only an earlier date could change the answer
            date = spelled_out_date(_SPACES.sub(" ", match.group()))
            if date is not None:
                found.append((match.start(), date))
    return min(found, key=lambda pair: pair[0])[1] if found else None


@lru_cache(maxsize=4096)
def spelled_out_date(span: str) -> datetime.date | None:
    """A date written with a month name ("June 10, 2022", "10 июня 2022"), read by dateparser."""
    parsed = _parser().get_date_data(span).date_obj
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.date()


@lru_cache(maxsize=1)
def _parser() -> Any:
    from dateparser.date import DateDataParser  # slow to import: only when a date needs it

    return DateDataParser(languages=list(DATE_LANGUAGES), settings=DATEPARSER_SETTINGS)
