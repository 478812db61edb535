"""Read a period as desks print it: ``2022``, ``2022-06``, ``June 2022``, ``2022-06-01``.

Pure rules, no I/O. A month matches a *monthly* date column (every row on the 1st: BLS and Fed
tables stamp a month with its first day); a year matches a yearly (integer) column, or is the
twelve months of a monthly one where a rule says so (``adjust`` takes the annual average).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Grain", "Period", "read_period"]

_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTHS["sept"] = 9
# Digits 0-9 only: ``\d`` also matched other scripts' digits, so a rank's ``at: "٢٠٠٩"`` was read
# as 2009 where every other field refuses them (mends30)
_ISO = re.compile(r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{1,2})(?:-(?P<day>[0-9]{1,2}))?)?$")
_NAMED = re.compile(r"^(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>[0-9]{4})$")


class Grain(StrEnum):
    """How long a period is."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=True)
class Period:
    """A year, a month or a day; ``start`` is its first day."""

    start: dt.date
    grain: Grain

    @property
    def end(self) -> dt.date:
        """Its last day."""
        if self.grain is Grain.YEAR:
            return dt.date(self.start.year, 12, 31)
        if self.grain is Grain.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return dt.date(self.start.year, self.start.month, last)
        return self.start

    def __str__(self) -> str:
        if self.grain is Grain.YEAR:
            return f"{self.start.year}"
        if self.grain is Grain.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return self.start.isoformat()


def read_period(value: Any) -> Period | None:
    """The period a desk value names, or None if it names none.

    >>> str(read_period("June 2022")), str(read_period(2022)), str(read_period("2022-6"))
    ('2022-06', '2022', '2022-06')
    """
    if isinstance(value, dt.datetime):
        return Period(value.date(), Grain.DAY)
    if isinstance(value, dt.date):
        return Period(value, Grain.DAY)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _period(value, None, None)
    if isinstance(value, float) and value.is_integer():
        return _period(int(value), None, None)
    text = " ".join(str(value).split())
    iso = _ISO.match(text)
    if iso:
        month, day = iso["month"], iso["day"]
        return _period(int(iso["year"]), int(month) if month else None, int(day) if day else None)
    named = _NAMED.match(text)
    if named and named["month"].lower() in _MONTHS:
        return _period(int(named["year"]), _MONTHS[named["month"].lower()], None)
    return None


def _period(year: int, month: int | None, day: int | None) -> Period | None:
    try:
        if month is None:
            return Period(dt.date(year, 1, 1), Grain.YEAR) if 1 <= year <= 9999 else None
        if day is None:
            return Period(dt.date(year, month, 1), Grain.MONTH)
        return Period(dt.date(year, month, day), Grain.DAY)
    except ValueError:
        return None
