"""The one pint registry, and the value grammar: numbers, scale words, currencies, units.

This is the only module that imports pint. Everything else handles units as opaque ``Unit``
objects obtained from :func:`parse_unit` and converts with :func:`conversion`.

Grammar of a value (claims.md): ``NUMBER [SCALE] [UNIT]`` — ``2.1 trillion USD``, ``216bn GBP``,
``95.5 percent``, ``120,000 people``, ``650 billion USD/year``. Numbers may use ``,``, a space,
a no-break space or a thin space as thousands separators. Scale words (``thousand million billion
trillion k m bn tn``) are read directly after the number, so ``m`` there means million; write
``metre`` for the length. Currencies are ISO 4217 codes, each its own dimension.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import numpy as np
import pandas as pd
import pint

from figcheck.errors import IncompatibleUnitsError, UnitError

__all__ = [
    "CURRENCIES",
    "SCALE_WORDS",
    "Conversion",
    "ParsedUnit",
    "Unit",
    "conversion",
    "format_unit",
    "parse_unit",
    "parse_value",
    "parse_values",
    "quantity",
    "unit_key",
]

#: ISO 4217 codes figcheck knows: every currency in the ECB reference rates plus common others.
CURRENCIES: tuple[str, ...] = (
    "AED", "AFN", "ARS", "AUD", "BGN", "BOB", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CYP",
    "CZK", "DKK", "EEK", "EGP", "EUR", "GBP", "GTQ", "HKD", "HNL", "HRK", "HUF", "IDR", "ILS",
    "INR", "ISK", "JPY", "KRW", "LTL", "LVL", "MTL", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN",
    "PHP", "PKR", "PLN", "ROL", "RON", "RUB", "SAR", "SEK", "SGD", "SIT", "SKK", "THB", "TRL",
    "TRY", "TWD", "UAH", "USD", "VEF", "ZAR",
)  # fmt: skip

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip

_SCALE_ALT = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_SEP = "[,\u00a0\u202f\u2009 ]"
#: NUMBER [SCALE] [UNIT]; groups: sign, int (digits with separators), frac, exp, scale, unit.
VALUE_RE = re.compile(
    rf"^\s*(?P<sign>[+-]?)(?P<int>\d{{1,3}}(?:{_SEP}\d{{3}})+|\d+)?(?:\.(?P<frac>\d+))?"
    rf"(?:[eE](?P<exp>[+-]?\d+))?\s*(?P<scale>(?:{_SCALE_ALT})(?![A-Za-z]))?\s*(?P<unit>.*?)\s*$"
)
_UNIT_SCALE_RE = re.compile(rf"^\s*(?P<scale>(?:{_SCALE_ALT}))(?![A-Za-z])\s*(?P<unit>.*?)\s*$")
_SEP_RE = re.compile(_SEP)

Unit = Any  # a pint.Unit; kept opaque outside this module


def _build_registry() -> Any:
    registry: Any = pint.UnitRegistry(on_redefinition="raise", cache_folder=None)
    registry.load_definitions(str(files("figcheck").joinpath("units.txt")))
    for code in CURRENCIES:
        registry.define(f"{code} = [currency_{code}]")
    return registry


REGISTRY = _build_registry()
_DIMENSIONLESS = REGISTRY.dimensionless


@dataclass(frozen=True)
class ParsedUnit:
    """A unit text split into its scale (``billion``) and its pint unit (``USD``)."""

    text: str
    scale: float
    unit: Unit


@dataclass(frozen=True)
class Conversion:
    """How to turn a magnitude in one unit into another: ``x * factor * rate**exponent``.

    ``rate`` is the exchange rate ``currency_to per currency_from`` on the claim's date; it is
    needed only when ``currency_from`` is set.
    """

    factor: float
    currency_from: str | None = None
    currency_to: str | None = None
    exponent: int = 0


def _normalise_unit_text(text: str) -> str:
    text = text.strip()
    text = re.sub(r"\bper\s*cent\b", "percent", text)
    text = text.replace("%", "percent")
    return text


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> ParsedUnit:
    """Parse a unit text such as ``USD``, ``billion USD``, ``USD/year`` or ``percent``.

    An empty text is dimensionless. Raises :class:`UnitError` naming the unknown unit.
    """
    raw = "" if text is None else str(text)
    scale = 1.0
    body = _normalise_unit_text(raw)
    match = _UNIT_SCALE_RE.match(body)
    if match:
        scale = SCALE_WORDS[match["scale"]]
        body = match["unit"]
    if not body:
        return ParsedUnit(raw.strip(), scale, _DIMENSIONLESS)
    try:
        parsed = REGISTRY.parse_units(body)
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError) as exc:
        raise UnitError(
            f"unknown unit {body!r}",
            hint="use an ISO 4217 currency code (USD, GBP, EUR, …), percent, people, count, "
            "tonne, or a pint unit; scale words go directly after the number",
        ) from exc
    except (ValueError, TypeError, SyntaxError) as exc:
        raise UnitError(
            f"cannot read unit {body!r}",
            hint="write a unit name, or units joined by * and /, such as USD/year",
        ) from exc
    return ParsedUnit(raw.strip(), scale, parsed)


def unit_key(unit: Unit) -> str:
    """A canonical text for a unit that :func:`parse_unit` reads back (``""`` = dimensionless)."""
    return "" if unit == _DIMENSIONLESS else str(unit)


def format_unit(unit: Unit) -> str:
    """A short, stable text for a unit: ``USD``, ``percent``, ``USD / year``, ``""``."""
    if unit == _DIMENSIONLESS:
        return ""
    return str(unit)


def _currency_of(unit: Unit) -> tuple[str, int] | None:
    found = [(name, int(exp)) for name, exp in unit._units.items() if name in CURRENCIES]
    if not found:
        return None
    if len(found) > 1:
        return ("*", 0)
    return found[0]


@lru_cache(maxsize=4096)
def conversion(from_unit: Unit, to_unit: Unit) -> Conversion:
    """How to convert magnitudes from ``from_unit`` to ``to_unit``.

    Different currencies convert through an exchange rate (the caller supplies it for the date);
    anything else incompatible raises :class:`IncompatibleUnitsError` naming both units.
    """
    try:
        factor = REGISTRY.Quantity(1.0, from_unit).to(to_unit).magnitude
        return Conversion(float(factor))
    except pint.DimensionalityError:
        pass
    source, target = _currency_of(from_unit), _currency_of(to_unit)
    if source and target and source[0] != "*" and target[0] != "*" and source[1] == target[1]:
        (code_from, exponent), (code_to, _) = source, target
        swapped = (
            from_unit / REGISTRY.Unit(code_from) ** exponent * REGISTRY.Unit(code_to) ** exponent
        )
        try:
            factor = REGISTRY.Quantity(1.0, swapped).to(to_unit).magnitude
        except pint.DimensionalityError:
            pass
        else:
            return Conversion(float(factor), code_from, code_to, exponent)
    raise IncompatibleUnitsError(
        format_unit(from_unit) or "dimensionless", format_unit(to_unit) or "dimensionless"
    )


def quantity(magnitude: float, unit: Unit) -> Any:
    """A pint Quantity, for the small, per-claim arithmetic of derivations."""
    return REGISTRY.Quantity(magnitude, unit)


def quantity_parts(value: Any) -> tuple[float, Unit]:
    """Split a Quantity (or a bare number) into magnitude and unit."""
    if isinstance(value, REGISTRY.Quantity):
        return float(value.magnitude), value.units
    return float(value), _DIMENSIONLESS


DimensionalityError = pint.DimensionalityError


@dataclass(frozen=True)
class ParsedValue:
    """One value text, parsed."""

    magnitude: float
    step: float
    unit: ParsedUnit


def parse_value(text: str) -> ParsedValue:
    """Parse one value such as ``2.1 trillion USD`` (see :func:`parse_values` for tables)."""
    row: Any = parse_values(pd.Series([text], dtype=object)).iloc[0].to_dict()
    if isinstance(row["error"], str):
        raise UnitError(row["error"])
    return ParsedValue(float(row["magnitude"]), float(row["step"]), parse_unit(row["unit_key"]))


def parse_values(texts: pd.Series) -> pd.DataFrame:
    """Parse a whole column of value texts at once.

    Returns a frame aligned with ``texts`` with columns ``magnitude`` (number × scale), ``step``
    (the size of one unit of the last printed digit, × scale), ``unit`` (:class:`ParsedUnit` or
    None) and ``error`` (a message, or None). Unique unit texts are parsed once.
    """
    as_text = texts.astype(object).where(texts.notna(), "")
    as_text = as_text.map(str)
    parts = as_text.str.extract(VALUE_RE)
    digits = parts["int"].fillna("").str.replace(_SEP_RE, "", regex=True)
    frac = parts["frac"].fillna("")
    has_number = (digits.str.len() > 0) | (frac.str.len() > 0)
    number_text = parts["sign"].fillna("") + digits.where(digits.str.len() > 0, "0")
    number_text = number_text + np.where(frac.str.len() > 0, "." + frac, "")
    exp = pd.to_numeric(parts["exp"], errors="coerce").fillna(0.0).to_numpy()
    number = pd.to_numeric(number_text, errors="coerce").to_numpy(dtype=float)
    scale = parts["scale"].map(SCALE_WORDS).fillna(1.0).to_numpy(dtype=float)
    frac_len = frac.str.len().to_numpy()
    trailing_zeros = (digits.str.len() - digits.str.rstrip("0").str.len()).to_numpy()
    all_zero = digits.str.rstrip("0").str.len().to_numpy() == 0
    step_exp = np.where(frac_len > 0, -frac_len, np.where(all_zero, 0, trailing_zeros))
    multiplier = scale * np.power(10.0, exp)
    magnitude = number * multiplier
    step = np.power(10.0, step_exp.astype(float)) * multiplier

    unit_texts = parts["unit"].fillna("")
    keys: dict[str, str | None] = {}
    shown: dict[str, str | None] = {}
    scales: dict[str, float] = {}
    problems: dict[str, str | None] = {}
    for text in pd.unique(unit_texts):
        try:
            parsed = parse_unit(text)
        except UnitError as exc:
            keys[text], shown[text], scales[text] = None, None, 1.0
            problems[text] = exc.problem + (f". {exc.hint}" if exc.hint else "")
            continue
        keys[text], scales[text], problems[text] = unit_key(parsed.unit), parsed.scale, None
        scaled = _UNIT_SCALE_RE.match(text)  # "billion USD" is shown as "USD", scale applied
        shown[text] = scaled["unit"] if scaled else text
    unit_scale = unit_texts.map(scales).to_numpy(dtype=float)
    error = unit_texts.map(problems)
    bad_number = ~has_number.to_numpy() | np.isnan(number)
    if bad_number.any():
        error = error.where(~bad_number, "cannot read a number in " + as_text.map(repr))
    ok = error.isna()
    return pd.DataFrame(
        {
            "magnitude": np.where(bad_number, math.nan, magnitude * unit_scale),
            "step": step * unit_scale,
            "unit_text": unit_texts.map(shown).where(ok, None),
            "unit_key": unit_texts.map(keys).where(ok, None),
            "error": error.where(~ok, None),
        },
        index=texts.index,
    )


def _dimension_error(left: Any, right: Any, verb: str) -> IncompatibleUnitsError:
    error = IncompatibleUnitsError(
        unit_key(left.units) or "dimensionless", unit_key(right.units) or "dimensionless"
    )
    error.problem = f"cannot {verb} {error.from_unit!r} and {error.to_unit!r}: incompatible units"
    return error


def _as_quantity(value: Any) -> Any:
    return value if isinstance(value, REGISTRY.Quantity) else REGISTRY.Quantity(value)


def add(left: Any, right: Any) -> Any:
    """``left + right`` with units; raises :class:`IncompatibleUnitsError`."""
    left, right = _as_quantity(left), _as_quantity(right)
    try:
        return left + right
    except pint.DimensionalityError as exc:
        raise _dimension_error(left, right, "add") from exc


def sub(left: Any, right: Any) -> Any:
    """``left - right`` with units; raises :class:`IncompatibleUnitsError`."""
    left, right = _as_quantity(left), _as_quantity(right)
    try:
        return left - right
    except pint.DimensionalityError as exc:
        raise _dimension_error(left, right, "subtract") from exc


def mul(left: Any, right: Any) -> Any:
    return _as_quantity(left) * _as_quantity(right)


def div(left: Any, right: Any) -> Any:
    """``left / right``; raises ZeroDivisionError for a zero divisor (never inf)."""
    right = _as_quantity(right)
    if right.magnitude == 0:
        raise ZeroDivisionError("division by zero")
    return _as_quantity(left) / right


def neg(value: Any) -> Any:
    return -_as_quantity(value)


def number(value: float) -> Any:
    return REGISTRY.Quantity(value)
