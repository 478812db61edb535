"""Change claims: what ``rose 9.1%``, ``up 2 points``, ``doubled`` compute, as scalar rules.

A change compares two selections of one dataset (``from`` and ``to``, each a ``where`` merged
over the reference's own). Pure: no I/O, no pandas; the engine (``shaped``) looks the two ends
up once per distinct spec and applies :func:`compute_change`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = [
    "POINT_UNITS",
    "RATIO_WORDS",
    "ChangeKind",
    "ChangeSpec",
    "compute_change",
    "describe_change",
    "fall_centre",
    "plain_result_in",
    "points_unit",
    "read_ratio_word",
    "result_unit",
]


class ChangeKind(StrEnum):
    """How the two ends are compared."""

    PERCENT = "percent"  # (end / start − 1) × 100
    POINTS = "points"  # end − start, of a column that is a rate ("up 2.5 percentage points")
    RATIO = "ratio"  # end / start ("doubled")
    DIFFERENCE = "difference"  # end − start, in the column's unit


#: Ratio words a desk may give as the value: word → (ratio, hedge it implies).
RATIO_WORDS: dict[str, tuple[str, str | None]] = {
    "doubled": ("2", None),
    "double": ("2", None),
    "tripled": ("3", None),
    "trebled": ("3", None),
    "quadrupled": ("4", None),
    "halved": ("0.5", None),
    "more than double": ("2", "more than"),
    "more than doubled": ("2", "more than"),
    "more than tripled": ("3", "more than"),
    "a tenfold rise": ("10", None),
    "a tenfold increase": ("10", None),
    "tenfold": ("10", None),
}


@dataclass(frozen=True)
class ChangeSpec:
    """``change`` with its two ends; ``start``/``end`` are full ``where`` conditions (the
    reference's own merged under ``from``/``to``), as sorted (column, condition) pairs."""

    kind: ChangeKind
    start: tuple[tuple[str, Any], ...]
    end: tuple[tuple[str, Any], ...]


def read_ratio_word(text: str) -> tuple[str, str | None] | None:
    """``'More than  doubled'`` → ``('2', 'more than')``; None if the text is not a ratio word."""
    return RATIO_WORDS.get(" ".join(str(text).lower().split()))


def compute_change(kind: ChangeKind, start: float, end: float) -> float:
    """The change from ``start`` to ``end``; NaN where it is undefined (a ratio to zero)."""
    if kind in (ChangeKind.POINTS, ChangeKind.DIFFERENCE):
        return end - start
    if start == 0 or math.isnan(start):
        return math.nan
    if kind is ChangeKind.RATIO:
        return end / start
    return (end / start - 1.0) * 100.0


def result_unit(kind: ChangeKind, column_unit: str) -> str:
    """The unit key of a change of a column in ``column_unit``."""
    if kind is ChangeKind.PERCENT:
        return "percent"
    if kind is ChangeKind.RATIO:
        return ""
    return column_unit


def fall_centre(kind: ChangeKind | None, value: float) -> float | None:
    """Where a claimed change stops being a rise: a fall's hedge speaks of the size of the fall,
    measured from here. A negative percent, points or difference change is a fall below 0
    ("fell nearly 5%": the size 5 is nearly 5, so −5 to −4.5%); a ratio between 0 and 1 is a
    fall below 1 ("nearly halved": half was nearly lost, so a ratio of 0.5 to 0.55, not 0.45 to
    0.5; "more than halved": 0.5 or less). None: not a fall (its range is read as written)."""
    if kind is None or math.isnan(value):
        return None
    if kind is ChangeKind.RATIO:
        return 1.0 if 0 < value < 1 else None
    return 0.0 if value < 0 else None


#: The unit of a points change of a column in percent, and the units a claim on it may be in.
PERCENTAGE_POINT, PERCENT = "percentage_point", "percent"
#: Claim units a points change compares in: percentage points, and basis points (hundredths).
POINT_UNITS = frozenset({PERCENTAGE_POINT, "basis_point"})


def points_unit(column_unit: str, claim_unit: str) -> str:
    """The unit a ``points`` change of a column in ``column_unit`` is compared in, for a claim in
    ``claim_unit``: the difference of two percentages is in percentage points, so a claim that
    prints ``1.7 percentage points`` compares with it; a claim that prints ``0.4%`` for a change
    its desk calls ``points`` compares too (the desk has said which change it means). Any other
    column keeps its unit."""
    if column_unit == PERCENT and claim_unit in POINT_UNITS:
        return PERCENTAGE_POINT
    return column_unit


def plain_result_in(
    magnitude: float,
    unit_key: str,
    claim_unit: str,
    *,
    times_100: bool = False,
    ratio: bool = True,
) -> tuple[float, str]:
    """A derivation's plain result (``unit_key`` ``""``), for a claim in percent or in points.

    A plain result is a fraction (``a / b``: 0.3029 is 30.29%), unless the expression multiplied
    it by 100 as a whole (``a / b * 100``: ``times_100``, it is already the percentage; desks33:
    it was read as 3,029%). A difference of two fractions (``a / b - c / d``, "the rate fell 6.1
    percentage points" computed from levels) is a change in percentage points, so for a claim in
    points the fraction is said in percentage points (×100), as it compares with ``percent``.
    Any other result, or a claim in another unit, keeps its magnitude and unit. Only a
    derivation's result: a column that declares no unit (an index, a count) is not known to
    hold fractions, and neither is a result that divides nowhere (``ratio`` false: ``dem - rep``
    of two columns without a unit; review33: 52 − 46 was said as 600 percentage points)."""
    if unit_key != "" or (claim_unit != PERCENT and claim_unit not in POINT_UNITS):
        return magnitude, unit_key
    if claim_unit in POINT_UNITS and not ratio and not times_100:
        return magnitude, unit_key
    fraction = magnitude / 100.0 if times_100 else magnitude
    if claim_unit in POINT_UNITS:
        return fraction * 100.0, PERCENTAGE_POINT
    return fraction, unit_key


def describe_change(kind: ChangeKind, change_text: str, start_text: str, end_text: str) -> str:
    """``rose 9.06%, from 271.696 (Date 2021-06-01) to 296.311 (Date 2022-06-01)``.

    ``change_text`` is the change as formatted (a ratio as ``2.421``), signed; the ends are
    amounts with where they come from.
    """
    if kind is ChangeKind.RATIO:
        return f"changed by a factor of {change_text}, from {start_text} to {end_text}"
    negative = change_text.startswith(("-", "−"))
    verb = "fell" if negative else "rose"
    size = change_text.lstrip("-−")
    if kind is ChangeKind.POINTS:
        size = f"{size} points" if not size.endswith("%") else f"{size[:-1]} points"
    return f"{verb} {size}, from {start_text} to {end_text}"
