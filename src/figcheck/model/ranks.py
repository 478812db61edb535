"""Record and rank claims: where an entry stands in a window of a series, as scalar rules.

"The deadliest year on record" claims rank 1 of a series up to that year; "the highest since
1981" of the entries after 1981; "the fastest pace in four decades" of the last 480 monthly
12-month changes. Pure: the engine (``shaped``) builds each distinct series once and applies
:func:`rank_in_window` to it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from figcheck.model.changes import ChangeKind, compute_change

__all__ = [
    "RANK", "Earlier", "Order", "RankOutcome", "RankSpec", "months_earlier", "ordinal",
    "rank_in_window",
    "series_change", "years_earlier",
]  # fmt: skip


#: The findings column ``shape`` of a rank claim (a change claim's is its kind's value), and a
#: claim's ``kind``: here so the reports read it without importing the engine (review28).
RANK = "rank"


class Order(StrEnum):
    """Which end of the series rank 1 is."""

    HIGHEST = "highest"
    LOWEST = "lowest"


@dataclass(frozen=True)
class RankSpec:
    """``rank`` as a desk writes it (periods still as written; the engine reads them against
    the ``by`` column's type). ``where`` holds the reference's sorted conditions."""

    by: str
    at: Any
    order: Order = Order.HIGHEST
    since: Any = None
    last: int | None = None
    change: ChangeKind | None = None
    lag: int = 1
    where: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class RankOutcome:
    """Where ``at`` stands: its ``rank`` of ``size`` entries from ``first`` to ``last``; the
    entries that beat it (key, value), best first; or why it cannot be ranked."""

    rank: int = 0
    size: int = 0
    value: float = math.nan
    first: Any = None
    last: Any = None
    beaten_by: tuple[tuple[Any, float], ...] = ()
    problem: str | None = None  # the claim is unverifiable, and why


#: A period key and a count → the key that many periods earlier (a month, a year).
Earlier = Callable[[Any, int], Any]


def months_earlier(key: dt.date, count: int) -> dt.date:
    """The first of the month ``count`` months before ``key``'s month."""
    months = key.year * 12 + key.month - 1 - count
    if months < 12:  # before the year 1, which no date can hold: before every period there is
        return dt.date.min
    return dt.date(months // 12, months % 12 + 1, 1)


def years_earlier(key: int, count: int) -> int:
    """The year ``count`` years before ``key``."""
    return key - count


def series_change(
    entries: Sequence[tuple[Any, float]],
    kind: ChangeKind,
    lag: int,
    earlier: Earlier | None = None,
) -> list[tuple[Any, float]]:
    """Each entry's change over ``lag`` periods. With ``earlier`` (a series of months or years)
    the change is against the entry ``lag`` periods before, by its key, so a period without a
    value (a month the statistics office did not publish) neither shifts the later changes nor
    has a change of its own, and the entries ``lag`` periods after it have none either. Without
    it, against the entry ``lag`` rows before (the first ``lag`` have none)."""
    if earlier is None:
        return [
            (key, compute_change(kind, entries[i - lag][1], value))
            for i, (key, value) in enumerate(entries)
            if i >= lag
        ]
    values = dict(entries)
    return [
        (key, compute_change(kind, values[before], value))
        for key, value in entries
        if (before := earlier(key, lag)) in values
    ]


def rank_in_window(
    entries: Sequence[tuple[Any, float]],
    at: Any,
    order: Order,
    *,
    after: Any = None,
    last: int | None = None,
    earlier: Earlier | None = None,
) -> RankOutcome:
    """Rank the entry at key ``at`` among ``entries`` (sorted by key, no NaN values) up to and
    including ``at``: all of them ("on record"), those with a key after ``after`` ("since"), or
    the ``last`` N (entries, or with ``earlier`` periods: "in four decades"). Rank 1 is the
    highest (``order``: or lowest); ties share the better rank. A window the entries do not
    cover is a problem, not a rank."""
    upto = [(key, value) for key, value in entries if key <= at]
    if not upto or upto[-1][0] != at:
        return RankOutcome(problem=f"the series has no value at {at}")
    if after is not None:
        if upto[0][0] > after:
            return RankOutcome(problem=f"the series starts at {upto[0][0]}, not before {after}")
        window = [(key, value) for key, value in upto if key > after]
    elif last is not None and earlier is not None:  # the last N periods, whatever is missing
        start = earlier(at, last - 1)
        if upto[0][0] > start:
            return RankOutcome(
                problem=f"the last {last} periods up to {at} begin at {start}, but the "
                f"series starts at {upto[0][0]}"
            )
        window = [(key, value) for key, value in upto if key >= start]
    elif last is not None:
        if len(upto) < last:
            return RankOutcome(
                problem=f"the series has {len(upto)} entries up to {at}, not the {last} claimed"
            )
        window = upto[-last:]
    else:
        window = upto
    if not window:
        return RankOutcome(problem=f"no entry after {after} up to {at}")
    value = upto[-1][1]
    better = [(key, v) for key, v in window if (v > value if order is Order.HIGHEST else v < value)]
    better.sort(key=lambda item: item[1], reverse=order is Order.HIGHEST)
    return RankOutcome(
        rank=1 + len(better), size=len(window), value=value, first=window[0][0],
        last=window[-1][0], beaten_by=tuple(better),
    )  # fmt: skip


def ordinal(number: int) -> str:
    """``1`` → ``1st``, ``2`` → ``2nd``, ``11`` → ``11th``, ``23`` → ``23rd``."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
