"""The document list's filter language: parsing, dates, extra fields, negation, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from annotator.core.document_filter import Term, date_range, field_key, parse_filter


@dataclass(frozen=True)
class Row:
    title: str = "Gas deal signed"
    outlet: str = "The Guardian"
    language: str = "en"
    published: date | None = date(2022, 3, 5)
    extra: dict[str, Any] = field(default_factory=dict)
    author: str = ""


GUARDIAN = Row(
    extra={"Section": "Politics", "Page number": 3, "tags": ["Gas", "Russia"]},
    author="Jane Smith",
)
KOMMERSANT = Row("Газовая сделка", "Kommersant", "ru", date(2021, 12, 31), {"section": "Economy"})
ZEIT = Row("Die Wende", "Die Zeit", "de-AT", None)
ROWS = (GUARDIAN, KOMMERSANT, ZEIT)


def shown(text: str) -> list[str]:
    parsed = parse_filter(text)
    return [row.outlet for row in ROWS if parsed.matches(row)]


def test_the_terms_a_researcher_types() -> None:
    parsed = parse_filter('outlet:guardian lang:RU date:2022-01..2022-06 -section:"foo bar" gas')
    assert parsed.terms == (
        Term("outlet", "guardian"),
        Term("language", "ru"),
        Term("date", "2022-01..2022-06", first=date(2022, 1, 1), last=date(2022, 6, 30)),
        Term("section", "foo bar", negated=True),
        Term("", "gas"),
    )
    assert parsed.problems == () and parsed.extra_fields == {"section"}
    assert not parse_filter("   ") and parse_filter("x")


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("", ["The Guardian", "Kommersant", "Die Zeit"]),
        ("gas", ["The Guardian"]),  # a word matches title or outlet
        ("GUARDIAN signed", ["The Guardian"]),  # every word must match
        ('"deal signed"', ["The Guardian"]),
        ('"signed deal"', []),  # quotes keep the phrase together
        ("сделка", ["Kommersant"]),
        ("outlet:zeit", ["Die Zeit"]),
        ('outlet:"the guardian"', ["The Guardian"]),
        ("title:wende", ["Die Zeit"]),
        ("lang:ru", ["Kommersant"]),
        ("lang:de", ["Die Zeit"]),  # de-AT is German
        ("language:en,ru", ["The Guardian", "Kommersant"]),
        ("lang:*", ["The Guardian", "Kommersant", "Die Zeit"]),
        ("date:2022", ["The Guardian"]),
        ("date:2022-03-05", ["The Guardian"]),
        ("published:2021-12", ["Kommersant"]),
        ("date:..2021-12-31", ["Kommersant"]),
        ("date:2022-03-06..", []),
        ("date:2021-12-31..2022-03-05", ["The Guardian", "Kommersant"]),  # both ends included
        ("date:*", ["The Guardian", "Kommersant"]),
        ("-date:*", ["Die Zeit"]),
        ("section:politics", ["The Guardian"]),  # an extra field, case-insensitive name
        ("section:*", ["The Guardian", "Kommersant"]),
        ("-section:*", ["Die Zeit"]),
        ("page_number:3", ["The Guardian"]),  # "_" stands for the space in "Page number"
        ("tags:russia", ["The Guardian"]),  # a list matches when one item does
        ("-outlet:guardian -lang:ru", ["Die Zeit"]),
        ("section:economy lang:ru сделка", ["Kommersant"]),
        ("author:smith", ["The Guardian"]),
        ("by:jane", ["The Guardian"]),
        ("-author:*", ["Kommersant", "Die Zeit"]),
    ],
)
def test_which_documents_match(text: str, outlets: list[str]) -> None:
    assert shown(text) == outlets


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("date:2022-13", "date:2022-13: not a date"),
        ("date:yesterday", "write 2022, 2022-03 or 2022-03-05"),
        ("date:2022-02-30", "not a date"),
        ("date:2023..2022", "ends before it starts"),
    ],
)
def test_unreadable_dates_are_reported_and_left_out(text: str, problem: str) -> None:
    parsed = parse_filter(f"{text} gas")
    assert len(parsed.problems) == 1 and problem in parsed.problems[0]
    assert parsed.terms == (Term("", "gas"),)  # the rest still filters


def test_colons_that_are_not_fields_are_words() -> None:
    assert parse_filter("Re: https://example.com 10:30").terms == (
        Term("", "re:"),
        Term("", "https://example.com"),
        Term("", "10:30"),
    )
    assert parse_filter('- outlet:"unclosed quote').terms == (Term("outlet", "unclosed quote"),)


def test_date_range_and_field_key() -> None:
    assert date_range("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_range("2022..") == (date(2022, 1, 1), None)
    assert field_key("Page_Number ") == field_key("page  number") == "page number"
