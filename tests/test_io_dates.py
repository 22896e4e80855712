"""Dates in article files: numeric ones read by hand, spelled-out ones by dateparser, no guesses."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

from annotator.io.imports.dates import find_date, parse_date

JUNE_10 = datetime.date(2022, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "10 June 2022",
        "10 июня 2022",
        "June 10, 2022",
        "10. Juni 2022",
        "10 juin 2022",
        "10 червня 2022",
        "10th June, 2022",
        "Jun 10 2022",
        "JUNE 10, 2022",
        "June 10, 2022 Friday",
        "June 10, 2022 Friday 2:15 PM GMT",
        "10 июня 2022 г., 09:40",
        "Published: 10 June 2022",
    ],
)
def test_spelled_out_dates(text: str) -> None:
    assert parse_date(text) == JUNE_10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-06-10", JUNE_10),
        ("2022-06-10T14:03:00+03:00", JUNE_10),
        ("20220610", JUNE_10),
        ("10.06.2022", JUNE_10),
        ("10/06/2022", JUNE_10),  # day first where both readings are possible
        ("06/13/2022", datetime.date(2022, 6, 13)),  # month first only where day first cannot be
        ("Sept. 3, 2022", datetime.date(2022, 9, 3)),
        ("2022-02-30", None),
        ("31 June 2022", None),
        ("10 June 1700", None),  # outside MIN_YEAR..MAX_YEAR
    ],
)
def test_numeric_and_impossible_dates(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "June 2022",  # no day
        "10 June",  # no year
        "Friday",
        "2 days ago",
        "tomorrow",
        "Length: 523 words",
        "Page 10, 2022 edition",
        "Copyright 2022 Reuters",
        "12 345 678",
        "Sputnik News Service",
    ],
)
def test_no_guesses(text: str) -> None:
    assert parse_date(text) is None


def test_the_earliest_date_of_a_text_wins() -> None:
    text = "First published 2022-06-11, updated 12 June 2022 | 10.06.2022"
    assert find_date(text) == datetime.date(2022, 6, 11)  # the ISO date comes first
    assert find_date("Posted June 9, 2022; corrected 10.06.2022") == datetime.date(2022, 6, 9)
    assert find_date("Gas deal signed in Ashgabat") is None


def test_dateparser_is_imported_only_for_a_spelled_out_date() -> None:
    script = (
        "import sys\nfrom annotator.io.imports.dates import parse_date\n"
        "assert parse_date('2022-06-10') and parse_date('10.06.2022')\n"
        "assert parse_date('Sputnik News Service') is None\n"
        "print('dateparser' in sys.modules)\n"
        "assert parse_date('10 June 2022')\n"
        "print('dateparser' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
