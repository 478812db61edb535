"""Per-provider rules that say a series' unit, or that it cannot be said (then it is refused).

Providers put units in different places, and some of them mislead:

- the World Bank names the unit only in the indicator's name (``GDP (current US$)``) and in the
  indicator code's last part (``.CD`` current US$, ``.ZS`` a share in percent);
- the ECB's exchange rates (``EXR``) are units of ``CURRENCY`` per ``CURRENCY_DENOM``, while
  their ``UNIT`` attribute says only ``USD``; ``UNIT_MULT`` is a power of ten;
- Eurostat's unit is a dimension of the key (``CP_MEUR``: current prices, million euro), and
  ``…_MNAC`` (national currency) does not say which currency;
- the IMF's ``UNIT_MULT`` is the multiplier, its ``SCALE`` only how a table displays the figure;
- FRED's graph CSV says nothing about units, so its rules are a table of known series.

Each rule is a small function of the series' properties returning a :class:`SeriesUnit` or
``None`` (cannot tell); :func:`unit_of` refuses a series no rule can tell, naming it, unless the
user gives the unit (``--unit``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from figcheck.data.fetch import Fault
from figcheck.data.observations import ProviderSeries, SeriesError
from figcheck.errors import UnitError
from figcheck.model.units import CURRENCIES, parse_unit

__all__ = ["RULES", "SeriesUnit", "unit_of"]

INDEX = "index"  # its own dimension (units.txt): never compared with a percent or a bare number


@dataclass(frozen=True)
class SeriesUnit:
    """A series' unit: ``unit`` in figcheck's grammar (without scale), the power of ten its
    published values carry (``multiplier``: 6 for millions), the provider's own words, and
    which rule said so."""

    unit: str
    multiplier: int
    provider_unit: str
    rule: str


Rule = Callable[[Mapping[str, str]], SeriesUnit | None]


def _multiplier(props: Mapping[str, str], rule: str) -> int | None:
    text = props.get("UNIT_MULT", "0") or "0"
    return int(text) if re.fullmatch(r"-?\d{1,2}", text) else None


# ------------------------------------------------------------------------------ World Bank
_WB_SUFFIXES: tuple[tuple[str, str, str], ...] = (
    # (indicator code ending, words its name must hold, unit)
    (".CD", "current US$", "USD"),
    (".KD", "constant", "USD"),
    (".ZS", "%", "percent"),
    (".ZG", "%", "percent"),
)


def world_bank(props: Mapping[str, str]) -> SeriesUnit | None:
    """WDI: the code's last part, confirmed by the indicator's name; population in people."""
    code, name = props.get("INDICATOR", ""), props.get("INDICATOR_NAME", "")
    if code == "SP.POP.TOTL":
        return SeriesUnit("people", 0, name, "WB SP.POP.TOTL: people")
    for ending, words, unit in _WB_SUFFIXES:
        if code.endswith(ending) and words in name and (unit != "USD" or "US$" in name):
            return SeriesUnit(unit, 0, name, f"WB indicator ending {ending} named '{words}'")
    return None


# ------------------------------------------------------------------------------------ SDMX
_CODE_UNITS: dict[str, str] = {
    # common SDMX unit codes (SDMX cross-domain code list CL_UNIT and providers' own)
    "PC": "percent",
    "PCT": "percent",
    "PERCENT": "percent",
    "PCCH": "percent",
    "PCPA": "percent",
    "PA": "percent",  # OECD CL_UNIT_MEASURE: percent per annum (interest rates)
    "PT": "percent",
    "IX": INDEX,
    "INX": INDEX,
    "INDEX": INDEX,
    "PS": "people",
    "PERS": "people",
    "PERSONS": "people",
    "NUMBER": "count",
    "NR": "count",
}


def _unit_code(code: str) -> str | None:
    """A unit code that says its unit alone: a currency, percent, an index, people."""
    code = code.strip().upper()
    if code in CURRENCIES:
        return code
    return _CODE_UNITS.get(code)


def ecb(props: Mapping[str, str]) -> SeriesUnit | None:
    """EXR spot rates: CURRENCY per CURRENCY_DENOM; elsewhere the UNIT attribute's code."""
    mult = _multiplier(props, "ECB")
    if mult is None:
        return None
    if props.get("DATAFLOW") == "EXR":
        cur, denom = props.get("CURRENCY", ""), props.get("CURRENCY_DENOM", "")
        if props.get("EXR_TYPE", "").startswith("SP00") and {cur, denom} <= set(CURRENCIES):
            return SeriesUnit(
                f"{cur}/{denom}",
                mult,
                f"UNIT={props.get('UNIT', '')}",
                "ECB EXR SP00: CURRENCY per CURRENCY_DENOM",
            )
        return None
    unit = _unit_code(props.get("UNIT", ""))
    return SeriesUnit(unit, mult, props.get("UNIT", ""), "ECB UNIT code") if unit else None


_ESTAT_UNITS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"^(CP|CLV\d{2}|PYP)_MEUR$"), "EUR", 6),
    (re.compile(r"^(CP|CLV\d{2}|PYP)_EUR$"), "EUR", 0),
    (re.compile(r"^MIO_EUR$"), "EUR", 6),
    (re.compile(r"^PC(_.*)?$|^CLV_PCH_.*$|^PCH_.*$"), "percent", 0),
    (re.compile(r"^THS_PER$|^THS_PERS$"), "people", 3),
    (re.compile(r"^(PER|PERS)$"), "people", 0),  # Eurostat's PER is "Person", not "per"
    (re.compile(r"^NR$"), "count", 0),
    (re.compile(r"^(CLV_)?I\d{2}$|^PD\d{2}_(EUR|NAC)$"), INDEX, 0),
)


def eurostat(props: Mapping[str, str]) -> SeriesUnit | None:
    """The ``unit`` dimension of the key; national-currency units (``_MNAC``) are refused."""
    code = props.get("UNIT", "")
    for pattern, unit, power in _ESTAT_UNITS:
        if pattern.fullmatch(code):
            return SeriesUnit(unit, power, code, f"ESTAT unit {pattern.pattern}")
    return None


def imf(props: Mapping[str, str]) -> SeriesUnit | None:
    """IFS indicator codes end in their unit (``_IX``, ``_USD``, ``_EUR``, ``_PT``); the
    multiplier is ``UNIT_MULT``. ``SCALE`` is display-only and deliberately not read."""
    indicator = props.get("INDICATOR", "")
    mult = _multiplier(props, "IMF")
    if mult is None:
        return None
    for ending, unit in (
        ("_IX", INDEX),
        ("_USD", "USD"),
        ("_EUR", "EUR"),
        ("_PT", "percent"),
        ("_PC_CP_A_PT", "percent"),
        ("_PC_PP_PT", "percent"),
    ):
        if indicator.endswith(ending):
            return SeriesUnit(unit, mult, indicator, f"IMF indicator ending {ending}")
    code = props.get("UNIT_MEASURE", "") or props.get("UNIT", "")
    said = _unit_code(code)
    return SeriesUnit(said, mult, code, "IMF UNIT_MEASURE") if said else None


def sdmx_unit_measure(props: Mapping[str, str]) -> SeriesUnit | None:
    """OECD, UNSD, INEGI: ``UNIT_MEASURE`` (dimension or attribute) as a code that says its
    unit alone, times ``UNIT_MULT``; national currency (``XDC``) only with a ``CURRENCY``."""
    code = props.get("UNIT_MEASURE", "") or props.get("UNIT", "")
    mult = _multiplier(props, "SDMX")
    if mult is None or not code:
        return None
    if code.upper() == "XDC" and props.get("CURRENCY", "") in CURRENCIES:
        return SeriesUnit(props["CURRENCY"], mult, code, "UNIT_MEASURE XDC with CURRENCY")
    unit = _unit_code(code)
    return SeriesUnit(unit, mult, code, "UNIT_MEASURE code") if unit else None


# ------------------------------------------------------------------------------------ FRED
_FRED: dict[str, tuple[str, int, str]] = {
    # series id: (unit, power of ten, FRED's own words for its units)
    "CPIAUCSL": (INDEX, 0, "Index 1982-1984=100, Seasonally Adjusted"),
    "CPIAUCNS": (INDEX, 0, "Index 1982-1984=100, Not Seasonally Adjusted"),
    "UNRATE": ("percent", 0, "Percent, Seasonally Adjusted"),
    "FEDFUNDS": ("percent", 0, "Percent, Not Seasonally Adjusted"),
    "GDP": ("USD/year", 9, "Billions of Dollars, Seasonally Adjusted Annual Rate"),
    "EXUSEU": ("USD/EUR", 0, "U.S. Dollars to One Euro"),
    "DEXUSEU": ("USD/EUR", 0, "U.S. Dollars to One Euro"),
    "EXUSUK": ("USD/GBP", 0, "U.S. Dollars to One British Pound"),
    "DEXUSUK": ("USD/GBP", 0, "U.S. Dollars to One British Pound"),
    "EXMXUS": ("MXN/USD", 0, "Mexican Pesos to One U.S. Dollar"),
    "DEXMXUS": ("MXN/USD", 0, "Mexican Pesos to One U.S. Dollar"),
    "EXJPUS": ("JPY/USD", 0, "Japanese Yen to One U.S. Dollar"),
    "DEXJPUS": ("JPY/USD", 0, "Japanese Yen to One U.S. Dollar"),
}


def fred(props: Mapping[str, str]) -> SeriesUnit | None:
    """FRED's graph CSV carries no unit: known series only."""
    known = _FRED.get(props.get("SERIES", ""))
    return SeriesUnit(known[0], known[1], known[2], "FRED table of series") if known else None


#: The rule for each provider (SDMX sources that share the UNIT_MEASURE convention share one).
RULES: dict[str, Rule] = {
    "WB": world_bank,
    "ECB": ecb,
    "ESTAT": eurostat,
    "IMF": imf,
    "OECD": sdmx_unit_measure,
    "UNSD": sdmx_unit_measure,
    "INEGI": sdmx_unit_measure,
    "FRED": fred,
}


def unit_of(parsed: ProviderSeries, given: str | None) -> SeriesUnit:
    """The series' unit by its provider's rule, or ``given`` (``--unit``, which wins).

    Raises :class:`SeriesError` (fault ``unit``) naming the series and what was found.
    """
    if given:
        return _given_unit(parsed, given)
    rule = RULES[parsed.series.provider]
    found = rule(parsed.properties)
    if found is None:
        seen = ", ".join(
            f"{key}={parsed.properties[key]}"
            for key in ("UNIT", "UNIT_MEASURE", "UNIT_MULT", "INDICATOR_NAME", "SERIES")
            if parsed.properties.get(key)
        )
        raise SeriesError(
            parsed.series,
            Fault.UNIT,
            f"its unit cannot be determined ({seen or 'the response names no unit'})",
            hint="give it with --unit, e.g. --unit 'million EUR', after reading the provider's "
            "metadata",
        )
    return found


def _given_unit(parsed: ProviderSeries, given: str) -> SeriesUnit:
    try:
        unit = parse_unit(given)
    except UnitError as exc:
        raise SeriesError(parsed.series, Fault.UNIT, f"--unit {given!r}: {exc}") from exc
    power = math.log10(unit.scale)
    if power != round(power):
        raise SeriesError(
            parsed.series, Fault.UNIT, f"--unit {given!r}: scale is not a power of 10"
        )
    body = given.strip().split(None, 1)[-1] if unit.scale != 1.0 else given.strip()
    return SeriesUnit(body or INDEX, round(power), given, "given with --unit")
