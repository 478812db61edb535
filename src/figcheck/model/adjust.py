"""Constant money: convert a reference between the price levels of two periods, as scalar rules.

"$1.6 billion in today's dollars" compares the claim with the reference times
``index(to) / index(from)``. A year on a monthly index is its annual average (how BLS states
annual CPI), and needs all twelve months. Pure: the engine (``shaped``) reads the index once per
distinct spec.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from figcheck.model.dates import Grain, Period

__all__ = ["LATEST", "AdjustSpec", "IndexLevel", "index_level"]

#: ``to: latest``: the newest row of the index ("in today's dollars").
LATEST = "latest"


@dataclass(frozen=True)
class AdjustSpec:
    """``adjust`` as a desk writes it: the index dataset, the two periods (``to`` may be
    :data:`LATEST`), and optionally the index column and its date column."""

    index: str
    start: Period
    end: Period | str
    column: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class IndexLevel:
    """The index at a period: its value and how it was found, or why it cannot be."""

    value: float = math.nan
    text: str = ""  # "2008 (annual average 215.3)", "2024-06 (314.175)"
    problem: str | None = None
    when: str = ""  # for ``latest``: the newest period, as a desk writes it ("2026-05")


def index_level(
    entries: Sequence[tuple[dt.date, float]], period: Period | str, monthly: bool
) -> IndexLevel:
    """The level of an index (``entries`` sorted by date, no NaN) at ``period``."""
    if not entries:
        return IndexLevel(problem="the index has no values")
    if period == LATEST:  # a month of a monthly index as a month ("2026-05", verdicts26)
        day, value = entries[-1]
        when = day.strftime("%Y-%m") if monthly else day.isoformat()
        return IndexLevel(value, f"{when} ({value:g}), the latest", when=when)
    assert isinstance(period, Period)
    inside = [value for day, value in entries if period.start <= day <= period.end]
    if period.grain is Grain.DAY or (period.grain is Grain.MONTH and monthly):
        exact = [value for day, value in entries if day == period.start]
        if not exact:
            return IndexLevel(problem=f"the index has no value for {period}")
        return IndexLevel(exact[0], f"{period} ({exact[0]:g})")
    expected = 12 if period.grain is Grain.YEAR and monthly else None
    if not inside or (expected is not None and len(inside) < expected):
        have = f"{len(inside)} of 12 months" if expected else "no value"
        return IndexLevel(problem=f"the index has {have} for {period}")
    average = sum(inside) / len(inside)
    return IndexLevel(average, f"{period} (average {average:.6g} of {len(inside)} values)")
