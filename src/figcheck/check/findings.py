"""Findings: the verdicts, the findings frame's columns, and the plain words that explain them.

A finding is data, never an exception: every claim yields one. The words are built here (not in
the report writers) so report.json, report.md and any later format say the same thing.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "FINDING_COLUMNS",
    "Verdict",
    "amounts_arrow",
    "describe_basis",
    "format_amount",
    "format_amounts",
    "format_precise",
    "gaps_arrow",
    "ranges_arrow",
    "ranges_text",
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
    "expected_min", "expected_max", "basis", "capped", "reference_value", "dataset", "rows",
    "reference_detail", "deviation", "fx_rate", "fx_date", "fx_pair", "message", "note",
    "source",
)  # fmt: skip

_CURRENCY_SIGNS = {"USD": "US$", "GBP": "£", "EUR": "€", "JPY": "¥"}
_UNIT_WORDS = {"metric_ton": "tonnes", "tonne": "tonnes", "count": "", "dimensionless": ""}
_PER_RE = re.compile(r"^(?P<code>[A-Z]{3})\s*/\s*(?P<per>[a-z_]+)$")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _join(*parts: Any) -> pa.Array:
    """Concatenate string arrays (or plain strings) element-wise, in C."""
    return pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="")


def _thousands(whole: np.ndarray) -> pa.Array:
    """Non-negative integers with thousands separators: 7106098 → "7,106,098"."""
    out = pc.cast(pa.array(whole, type=pa.int64()), pa.string())
    for k in range(1, 6):
        pick = whole >= 1000**k
        if not pick.any():
            break
        sub = whole[pick]
        text = pc.cast(pa.array(sub // 1000**k), pa.string())
        for j in range(k - 1, -1, -1):
            group = pc.utf8_lpad(pc.cast(pa.array(sub // 1000**j % 1000), pa.string()), 3, "0")
            text = _join(text, ",", group)
        out = pc.replace_with_mask(out, pa.array(pick), text)
    return out


def _numbers(values: np.ndarray, *, scaled: bool, decimals: int | None = None) -> pa.Array:
    """Numbers as people read them: at most four significant digits (or ``decimals``),
    thousands separated, ``trillion/billion/million`` for large ones when ``scaled``."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    v = np.where(finite, values, 0.0)
    word: pa.Array = pa.nulls(len(v), pa.string())
    if scaled:
        size = np.abs(v)
        for limit, name in reversed(_SCALES):  # million first, so the largest wins
            pick = size >= limit
            v = np.where(pick, np.where(finite, values, 0.0) / limit, v)
            word = pc.if_else(pa.array(pick), f" {name}", word)
    size = np.abs(v)
    if decimals is None:
        with np.errstate(divide="ignore", invalid="ignore"):
            digits = np.floor(np.log10(np.where(size > 0, size, 1.0)))
        places = np.where((size >= 1000) | (v == np.round(v)), 0, np.clip(3 - digits, 0, 12))
        places = places.astype(np.int64)
    else:
        places = np.full(len(v), decimals, dtype=np.int64)
    scale = np.power(10.0, places)
    last_digits = np.round(size * scale)  # the number in units of its last printed digit
    whole = np.floor(last_digits / scale).astype(np.int64)
    frac = pc.cast(pa.array((last_digits - whole * scale).astype(np.int64)), pa.string())
    frac_text: pa.Array = pa.nulls(len(v), pa.string())
    for count in np.unique(places[places > 0]).tolist():
        frac_text = pc.if_else(pa.array(places == count), pc.utf8_lpad(frac, count, "0"), frac_text)
    frac_text = pc.utf8_rtrim(pc.fill_null(frac_text, ""), characters="0")
    dot = pc.if_else(pc.equal(frac_text, ""), "", ".")
    sign = pc.if_else(pa.array((v < 0) & (last_digits > 0)), "-", "")
    text = _join(sign, _thousands(whole), dot, frac_text, word)
    special = pc.if_else(
        pa.array(np.isnan(values)), "no value", pc.if_else(pa.array(values > 0), "∞", "−∞")
    )
    return pc.if_else(pa.array(finite), text, special)


def format_amounts(values: np.ndarray, unit: str | None) -> np.ndarray:
    """Many amounts in one unit, as words: ``US$2.186 trillion``, ``106,098 people``, ``3.46%``."""
    result: np.ndarray = amounts_arrow(values, unit).to_numpy(zero_copy_only=False)
    return result


def amounts_arrow(values: np.ndarray, unit: str | None) -> pa.Array:
    """:func:`format_amounts` as an Arrow string array, for building many messages in C.

    Large columns repeat themselves (a million claims on one GDP table share some 14,000
    reference values), so each distinct value is formatted once and the texts are taken.
    """
    values = np.asarray(values, dtype=float)
    if len(values) > 4096:
        distinct, inverse = np.unique(values, return_inverse=True)
        if 2 * len(distinct) < len(values):
            return _amounts(distinct, unit or "").take(pa.array(inverse.ravel()))
    return _amounts(values, unit or "")


def _amounts(values: np.ndarray, unit: str) -> pa.Array:
    finite = pa.array(np.isfinite(values))
    if unit in ("percent", "%"):
        numbers = _numbers(values, scaled=False)
        return pc.if_else(finite, _join(numbers, "%"), numbers)
    per = _PER_RE.match(unit)
    if per and per["code"] in _CURRENCY_SIGNS:
        amounts = _amounts(values, per["code"])
        return pc.if_else(finite, _join(amounts, f" a {per['per']}"), amounts)
    numbers = _numbers(np.abs(values) if unit in _CURRENCY_SIGNS else values, scaled=True)
    if unit in _CURRENCY_SIGNS:
        negative = pa.array(values < 0)
        signed = _join(pc.if_else(negative, "−", ""), _CURRENCY_SIGNS[unit], numbers)
        return pc.if_else(finite, signed, _numbers(values, scaled=True))
    word = _UNIT_WORDS.get(unit, unit)
    return pc.if_else(finite, _join(numbers, f" {word}"), numbers) if word else numbers


def format_amount(value: float, unit: str | None) -> str:
    """One amount as words (see :func:`format_amounts`)."""
    return str(format_amounts(np.array([value], dtype=float), unit)[0])


def format_precise(value: float, unit: str | None) -> str:
    """An amount as the table holds it, for the terms of a derivation and the ends of a change:
    six significant digits (``257.971``, not ``258``); whole numbers under ten billion in full
    (``7,989,545,217 people``); larger amounts with a scale word (``US$60.7182 trillion``)."""
    if not np.isfinite(value):
        return format_amount(value, unit)
    scale = ""
    number = float(value)
    if abs(number) >= 1e10 or (abs(number) >= 1e6 and not number.is_integer()):
        for limit, name in _SCALES:
            if abs(number) >= limit:
                number, scale = number / limit, f" {name}"
                break
    if number.is_integer() and not scale:
        text = f"{int(number):,}"
    else:
        text = np.format_float_positional(number, precision=6, unique=True, fractional=False,
                                          trim="-")  # fmt: skip
    text += scale
    key = unit or ""
    if key in ("percent", "%"):
        return f"{text}%"
    if key in _CURRENCY_SIGNS:
        sign = "−" if text.startswith("-") else ""
        return f"{sign}{_CURRENCY_SIGNS[key]}{text.lstrip('-')}"
    word = _UNIT_WORDS.get(key, key)
    return f"{text} {word}" if word else text


def gaps_arrow(claimed: np.ndarray, reference: np.ndarray) -> pa.Array:
    """How far each reference lies from its claim: ``, 11.6% lower``, ``, 31.4 times as much``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.asarray(reference, dtype=float) / np.asarray(claimed, dtype=float)
    finite = np.isfinite(ratio)
    r = np.where(finite, ratio, 1.0)
    many = r >= 2
    few = (r > 0) & (r <= 0.5)
    with np.errstate(divide="ignore"):
        times = _numbers(
            np.where(many, r, np.where(few, 1 / np.where(few, r, 1), 0)), scaled=False, decimals=1
        )
    percent = _numbers(np.abs(r - 1) * 100, scaled=False, decimals=1)
    text = pc.if_else(
        pa.array(many), _join(", ", times, " times as much"),
        pc.if_else(pa.array(few), _join(", ", times, " times less"),
                   _join(", ", percent, "% ", pc.if_else(pa.array(r > 1), "higher", "lower"))),
    )  # fmt: skip
    return pc.if_else(pa.array(finite), text, "")


def ranges_arrow(low: np.ndarray, high: np.ndarray, unit: str | None) -> pa.Array:
    """``[1.1e5, 1.2e5] people`` → ``between 110,000 and 120,000 people``, for many ranges."""
    low, high = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
    lows, highs = amounts_arrow(low, unit), amounts_arrow(high, unit)
    open_low, open_high = pa.array(np.isneginf(low)), pa.array(np.isposinf(high))
    text = pc.if_else(
        pc.and_(open_low, open_high), "any value",
        pc.if_else(open_high, _join("at least ", lows),
                   pc.if_else(open_low, _join("at most ", highs),
                              pc.if_else(pa.array(low == high), _join("exactly ", lows),
                                         _join("between ", lows, " and ", highs)))),
    )  # fmt: skip
    return text


def describe_basis(
    basis: str, hedge: str | None = None, tolerance_text: str | None = None, capped: str = ""
) -> str:
    """Where a range came from, in words (``capped`` non-empty: the ±10% cap narrowed it)."""
    if capped:
        from figcheck.model.ranges import CAP_PCT

        return (
            f"{describe_basis(basis, hedge, tolerance_text)}; range capped at ±{CAP_PCT:g}%: "
            "set `expected` to widen"
        )
    if basis == "hedge":
        return f"from the hedge '{hedge}'"
    if basis == "rounding":
        return "from the rounding of the printed figure"
    if basis == "tolerance":
        return f"from a tolerance of {tolerance_text}" if tolerance_text else "from a tolerance"
    return "as set in the desk"


def ranges_text(low: float, high: float, unit: str | None) -> str:
    """One range in words (see :func:`ranges_arrow`)."""
    return str(ranges_arrow(np.array([low]), np.array([high]), unit)[0])
