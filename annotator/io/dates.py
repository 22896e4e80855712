"""Turning the dates found in article files into `datetime.date`.

Metadata arrives as ISO strings from web pages ("2022-06-10T14:03:00+03:00"), spelled-out dates
from news databases ("June 10, 2022 Friday", "10 June 2022"), day-first numeric dates from
European sources ("10.06.2022"), Russian month names, and real date cells from spreadsheets.
Ambiguous slash dates ("06/10/2022") are read month-first only when the day-first reading is
impossible, and day-first otherwise, the common order outside the US news databases.
"""

from __future__ import annotations

import datetime
import re

from annotator.io.cleaning import find_date  # the cleaner's spellings: EN/RU months, dd.mm.yyyy

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
MIN_YEAR, MAX_YEAR = 1800, 2200


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
    found = find_date(text)
    return found if found and MIN_YEAR <= found.year <= MAX_YEAR else None
