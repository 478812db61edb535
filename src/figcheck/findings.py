"""Findings: the verdicts, the findings frame's columns, and the plain words that explain them.

A finding is data, never an exception: every claim yields one. The words are built here (not in
the report writers) so report.json, report.md and any later format say the same thing.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

__all__ = [
    "FINDING_COLUMNS",
    "Verdict",
    "describe_basis",
    "describe_gap",
    "describe_range",
    "format_amount",
    "format_percent",
]


class Verdict(StrEnum):
    """The outcome of checking one claim (claims.md, "Verdicts")."""

    SUPPORTED = "supported"
    DISCREPANCY = "discrepancy"
    UNVERIFIABLE = "unverifiable"
    ERROR = "error"


#: Columns of the findings frame the engine returns, in order.
FINDING_COLUMNS = (
    "id", "file", "line", "quote", "verdict", "claimed_value", "unit", "hedge", "as_of",
    "expected_min", "expected_max", "basis", "reference_value", "dataset", "rows",
    "reference_detail", "deviation", "fx_rate", "fx_date", "fx_pair", "message", "note",
    "source",
)  # fmt: skip

_CURRENCY_SIGNS = {"USD": "US$", "GBP": "£", "EUR": "€", "JPY": "¥"}
_UNIT_WORDS = {"metric_ton": "tonnes", "tonne": "tonnes", "count": "", "dimensionless": ""}
_PER_RE = re.compile(r"^(?P<code>[A-Z]{3})\s*/\s*(?P<per>[a-z_]+)$")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _plain_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    magnitude = abs(value)
    decimals = 0 if magnitude >= 1000 else max(0, 3 - math.floor(math.log10(magnitude)))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_amount(value: float, unit: str | None) -> str:
    """``2.186e12, USD`` → ``US$2.186 trillion``; ``106098, people`` → ``106,098 people``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "no value"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    unit = unit or ""
    if unit in ("percent", "%"):
        return format_percent(value)
    per = _PER_RE.match(unit)
    if per and per["code"] in _CURRENCY_SIGNS:
        return f"{format_amount(value, per['code'])} a {per['per']}"
    unit = _UNIT_WORDS.get(unit, unit)
    body = _plain_number(value)
    for size, word in _SCALES:
        if abs(value) >= size:
            body = (
                f"{_plain_number(round(value / size, 4 if abs(value) < 10 * size else 3))} {word}"
            )
            break
    if unit in _CURRENCY_SIGNS:
        sign = "−" if value < 0 else ""
        return f"{sign}{_CURRENCY_SIGNS[unit]}{body.lstrip('-')}"
    if not unit:
        return body
    return f"{body} {unit}"


def format_percent(value: float) -> str:
    """``3.4587`` → ``3.459%``, ``100.0`` → ``100%`` (four significant digits at most)."""
    if value == 0:
        return "0%"
    decimals = max(0, 3 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text) + "%"


def describe_gap(claimed: float, reference: float) -> str:
    """How far the reference lies from the claim: ``, 11.6% lower`` or ``, 31.4 times as much``."""
    if math.isnan(reference) or claimed == 0 or math.isnan(claimed):
        return ""
    ratio = reference / claimed
    if ratio >= 2:
        return f", {ratio:,.1f} times as much"
    if 0 < ratio <= 0.5:
        return f", {1 / ratio:,.1f} times less"
    relative = ratio - 1
    direction = "higher" if relative > 0 else "lower"
    return f", {abs(relative):.1%} {direction}"


def describe_range(low: float, high: float, unit: str | None) -> str:
    """``[1.1e5, 1.2e5] people`` → ``between 110,000 and 120,000 people``."""
    if math.isinf(low) and math.isinf(high):
        return "any value"
    if math.isinf(high):
        return f"at least {format_amount(low, unit)}"
    if math.isinf(low):
        return f"at most {format_amount(high, unit)}"
    if low == high:
        return f"exactly {format_amount(low, unit)}"
    return f"between {format_amount(low, unit)} and {format_amount(high, unit)}"


def describe_basis(basis: str, hedge: str | None, tolerance_text: str | None = None) -> str:
    """Where a range came from, in words."""
    if basis == "hedge":
        return f"from the hedge '{hedge}'"
    if basis == "rounding":
        return "from the rounding of the printed figure"
    if basis == "tolerance":
        return f"from a tolerance of {tolerance_text}" if tolerance_text else "from a tolerance"
    return "as set in the desk"
