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

import contextlib
import math
import os
import re
import shutil
import stat
import sys
import tempfile
import threading
import tokenize
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pint

from figcheck.errors import IncompatibleUnitsError, UnitError
from figcheck.limits import (
    MAX_UNIT_DEPTH,
    MAX_UNIT_EXPONENT,
    MAX_UNIT_LENGTH,
    over_limit,
    quoted,
)

__all__ = [
    "CURRENCIES",
    "CURRENCY_SIGNS",
    "SCALE_WORDS",
    "SPANISH_SCALE_WORDS",
    "UNIT_WORDS",
    "VALUE_GRAMMAR",
    "WRITTEN_SCALES",
    "Conversion",
    "OffsetUnitError",
    "ParsedUnit",
    "Unit",
    "UnitReading",
    "ValueReading",
    "conversion",
    "count_noun",
    "format_unit",
    "keep_definitions_in",
    "parse_unit",
    "parse_value",
    "parse_values",
    "quantity",
    "read_unit",
    "read_value",
    "registry_unit",
    "unit_key",
    "written_unit",
]

#: ISO 4217 codes figcheck knows (src/figcheck/currencies.txt, which pint loads as definitions,
#: so its kept parsed form serves them too): every currency in circulation, the units of account
#: statistics publish in (Chile's UF ``CLF``, Mexico's UDI ``MXV``, the IMF's SDR ``XDR``) and
#: former codes older data and articles use (``DEM``, ``ESP``, ``TRL``, ``VEF``, …).
CURRENCIES: tuple[str, ...] = tuple(
    re.findall(
        r"^([A-Z]{3}) = \[currency_\1\]$",
        files("figcheck").joinpath("currencies.txt").read_text(encoding="utf-8"),
        flags=re.M,
    )
)

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian English (1.2 lakh people)
}  # fmt: skip

#: Spanish scale words a value may be written with, as a Spanish desk copies its article ("25
#: mil", "1.8 billones": the long scale, 10^12; desks33: "25 mil people" was read as 25
#: thousandths of an inch). Values only: drafts and messages write the English words.
#: ``figcheck extract`` reads the single words in Spanish text too (draft.lexicon takes them).
SPANISH_SCALE_WORDS: dict[str, float] = {
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
    "billón": 1e12, "billones": 1e12,
}  # fmt: skip
#: Every scale word of the value grammar.
_VALUE_SCALES: dict[str, float] = {**SCALE_WORDS, **SPANISH_SCALE_WORDS}

#: Signs that replace a currency's code when an amount is written in words ("US$2.1 trillion").
CURRENCY_SIGNS: dict[str, str] = {"USD": "US$", "GBP": "£", "EUR": "€", "JPY": "¥"}
#: The scale words amounts are written with, largest first ("US$2.1 trillion").
WRITTEN_SCALES: tuple[tuple[float, str], ...] = tuple(
    (SCALE_WORDS[word], word) for word in ("trillion", "billion", "million")
)
#: How a unit key reads after an amount in words (others read as themselves; "": no word).
UNIT_WORDS: dict[str, str] = {
    "metric_ton": "tonnes", "tonne": "tonnes", "count": "", "dimensionless": "",
    "percentage_point": "percentage points", "basis_point": "basis points",
}  # fmt: skip

#: The scale words, read in any case: "5M USD", "5 K people" (in capitals they were units: molar,
#: kelvin; desks33), "2 MILLONES". Looked up lower-cased.
_SCALE_ALT = "(?i:" + "|".join(sorted(_VALUE_SCALES, key=len, reverse=True)) + ")"
_SEP = "[,\u00a0\u202f\u2009 ]"
_UNIT_SCALE_RE = re.compile(rf"^\s*(?P<scale>(?:{_SCALE_ALT}))(?![A-Za-z])\s*(?P<unit>.*?)\s*$")

Unit = Any  # a pint.Unit; kept opaque outside this module


_definitions_folder: list[Path] = []  # where pint may keep its parsed definitions (none: nowhere)


def keep_definitions_in(folder: Path) -> None:
    """Let pint keep its parsed unit definitions in ``folder`` (the CLI passes its cache folder).

    Parsing pint's definitions file takes about a quarter of a second at every start; with the
    parsed form kept, later runs load it in a few milliseconds. The folder holds pickles, so it
    must be the user's own. It takes effect only before the registry is first used; without it,
    nothing is written anywhere.
    """
    _definitions_folder[:] = [folder]


_building = threading.Lock()
_built: list[Any] = []  # the registry, once built


@lru_cache(maxsize=1)
def _registry() -> Any:
    """The one registry, built on first use (from the kept definitions where there are any).

    Built under a lock: threads that first use units at once (a library's callers) must get
    the same registry, since units of two registries cannot be compared or converted.
    """
    with _building:
        if not _built:
            _built.append(_new_registry())
        return _built[0]


def _new_registry() -> Any:
    if _definitions_folder:
        kept = _kept_definitions(_definitions_folder[0])
        if kept is not None:
            try:
                return _build_registry(kept)
            except Exception:  # a damaged or foreign cache must never stop a run
                shutil.rmtree(kept, ignore_errors=True)
    return _build_registry(None)


@lru_cache(maxsize=1)
def _dimensionless() -> Unit:
    return _registry().dimensionless


def _build_registry(cache_folder: Path | None) -> Any:
    registry: Any = pint.UnitRegistry(on_redefinition="raise", cache_folder=cache_folder)
    registry.load_definitions(str(files("figcheck").joinpath("units.txt")))
    registry.load_definitions(str(files("figcheck").joinpath("currencies.txt")))
    return registry


def _kept_definitions(folder: Path) -> Path | None:
    """The folder of pint's parsed definitions for this pint and Python, made whole before it is
    named (built in a private folder, then renamed into place), so that runs side by side never
    read a half-written one; None when it cannot be made, or when it is not the user's own
    (the registry is then built afresh)."""
    version = f"pint-{pint.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"
    kept = folder / "unit-definitions" / version
    if kept.is_dir():
        return kept if _own(kept) else None
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=kept.parent))
    except OSError:
        return None
    try:
        _build_registry(staging)
        staging.rename(kept)
    except Exception:  # another run renamed first, or the folder is read-only
        shutil.rmtree(staging, ignore_errors=True)
    return kept if kept.is_dir() and _own(kept) else None


def _own(folder: Path) -> bool:
    """Whether only the user could have written ``folder``'s pickles (loading one runs what it
    says): the user's, and writable by no one else (as the private folder it was made in is)."""
    try:
        info = folder.stat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


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


#: ``bp``/``bps`` in a desk are basis points (pint's ``bp`` is a printer's big point, a length).
_BASIS_POINT_RE = re.compile(r"(?<![\w.])bps?(?![\w.])")


def _normalise_unit_text(text: str) -> str:
    text = text.strip()
    text = re.sub(r"\bper\s*cent\b", "percent", text)
    text = text.replace("%", "percent")
    text = _PHRASES_RE.sub(lambda m: _PHRASES[m[0].casefold()], text)
    return _BASIS_POINT_RE.sub("basis_point", text)


#: Words that pint reads as a unit no news story or statistics table means by them (``pct`` a
#: picocarat, ``MT`` a megatesla, ``units`` micro-nits, ``C`` a coulomb): the unit meant.
_MEANT: dict[str, str] = {
    "pct": "percent", "Pct": "percent", "PCT": "percent", "percentage": "percent",
    "Percentage": "percent",
    "mt": "tonne", "MT": "tonne", "units": "count", "unit": "count", "pcs": "count",
    "piece": "count", "pieces": "count", "number": "count", "Number": "count",
    "C": "degree_Celsius", "F": "degree_Fahrenheit", "bpd": "barrel/day",
}  # fmt: skip
#: Words that read two ways in the news, pint taking the unlikely one: refused, naming both.
_AMBIGUOUS: dict[str, tuple[str, str]] = {
    "pt": ("a point or a pint", "percentage_points, index_points or pint"),
    "pts": ("points or pints", "percentage_points, index_points or pint"),
    "PT": ("a point, a pint or a petatesla", "percentage_points, index_points or pint"),
    "point": ("a percentage point, an index point or a printer's point",
              "percentage_points or index_points"),
    "points": ("percentage points, index points or printer's points",
               "percentage_points or index_points"),
    "pa": ("per annum or a picoyear", "a rate per year, such as percent/year"),
    "PA": ("per annum or a petaampere", "a rate per year, such as percent/year"),
    "kt": ("kilotonnes or knots", "kilotonne or knot"),
    "kT": ("kilotonnes or a kilotesla", "kilotonne"),
    "KT": ("kilotonnes or knots", "kilotonne or knot"),
    "ct": ("cents or carats", "the currency (0.05 USD) or carat"),
    "dwt": ("deadweight tonnes or pennyweights", "tonne (deadweight) or pennyweight"),
    "GT": ("gross tonnage, gigatonnes or a gigatesla", "Gt (gigatonnes) or count"),
    "mb": ("millibars, megabytes or millibarns", "mbar, MB or Mbit"),
    "Mb": ("megabits or megabarns", "Mbit or MB"),
    "Gb": ("gigabits or gilberts", "Gbit or GB"),
    "kb": ("kilobytes or kilobarns", "kB or kbit"),
    "PC": ("percent, personal computers or petacoulombs", "percent or count"),
    "Pc": ("percent or a petaparsec", "percent"),
    "pc": ("per piece, per capita or percent (alone, 5 pc is 5 percent)",
           "count, people or percent"),
    "Cal": ("a food Calorie (a kilocalorie) or a calorie", "kcal or calorie"),
}  # fmt: skip
#: Unit phrases pint cannot read (or reads wrongly: ``cu m`` is centi-u times metres).
_PHRASES: dict[str, str] = {
    "cu m": "meter**3", "cu. m": "meter**3", "m3": "meter**3", "m³": "meter**3",
    "m2": "meter**2", "m²": "meter**2", "km2": "kilometer**2",
    "b/d": "barrel/day", "bbl/d": "barrel/day",
    # the oil trade's thousand and million barrels a day (IEA, OPEC: "mb/d", "kb/d")
    "mb/d": "million barrel/day", "kb/d": "thousand barrel/day", "mbpd": "million barrel/day",
    # two words that are one unit (pint reads "index points" as index times a printer's point)
    "percentage points": "percentage_points", "percentage point": "percentage_point",
    "basis points": "basis_points", "basis point": "basis_point",
    "index points": "index_points", "index point": "index_point",
}  # fmt: skip
_PHRASES_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True))
    + r")(?![\w.])", re.IGNORECASE,
)  # fmt: skip
_WORD_RE = re.compile(r"(?<![\w.°])[A-Za-z]+(?![\w.])")


def _meant(body: str) -> str:
    """``body`` with each whole word that pint would read as no unit meant written as the unit
    meant (:data:`_MEANT`); a word that reads two ways (:data:`_AMBIGUOUS`) is refused. ``pc``
    alone is percent (British papers' "5pc"); in a compound (``USD/pc``) it reads two ways."""
    if body.strip() == "pc":
        return "percent"

    def word(match: re.Match[str]) -> str:
        text = match[0]
        if text in _AMBIGUOUS:
            meanings, write = _AMBIGUOUS[text]
            raise UnitError(f"unit {text!r} is ambiguous: it may mean {meanings}",
                            hint=f"write {write}")  # fmt: skip
        return _MEANT.get(text, text)

    return _WORD_RE.sub(word, body)


def _lower_cased(body: str) -> str | None:
    """``body`` with each word that holds a capital and that pint does not know as printed
    lower-cased when the lower case reads as one unit whose prefix, if any, is spelled out (a
    table's ``Persons``, ``TONNES``, ``Hectares``, ``Kilograms``), or ``None`` when there is
    none. Tried only when pint cannot read ``body``, so a symbol whose case says its prefix
    (``Mt``, ``MW``) or a currency code (``USD``) is read as printed; a capital that would
    become a prefix symbol stays unknown (review33: ``MTOE`` is no millitonne of oil
    equivalent, ``NM`` no nanometre, ``KM`` is left to the desk to write ``km``)."""
    registry = _registry()

    def word(match: re.Match[str]) -> str:
        try:
            registry.parse_units(match[0])
        except (pint.UndefinedUnitError, AttributeError, ValueError):
            lowered = match[0].lower()
            readings = registry.parse_unit_name(lowered)
            if len(readings) == 1 and lowered.startswith(readings[0][0]):
                return lowered  # no prefix, or one spelled out ("kilograms")
        return match[0]

    lowered = re.sub(r"(?<![\w.])[a-z]*[A-Z][A-Za-z]*(?![\w.])", word, body)
    return None if lowered == body else lowered


def is_percent(text: str | None) -> bool:
    """Whether a unit text is percent, however the desk spells it (``percent``, ``%``,
    ``per cent``): the words of a finding are the same for each."""
    return _normalise_unit_text(text or "") == "percent"


#: Control, format and surrogate code points (tabs, newlines and spaces stay allowed).
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ud800-\udfff\ufeff]"
)


#: Combining marks and invisible format characters: "USD\u0301" (USD́) was read as USD and shown
#: with the mark, "USD\u2060" likewise (mends30); inside a unit they made it unknown.
_HIDDEN_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def _hidden_character(text: str) -> str | None:
    """The first combining mark or format character of ``text``, as ``U+0301 (COMBINING ACUTE
    ACCENT)``; None when there is none."""
    if text.isascii():
        return None
    for char in text:
        if unicodedata.category(char) in _HIDDEN_CATEGORIES:
            name = unicodedata.name(char, "")
            return f"U+{ord(char):04X}" + (f" ({name})" if name else "")
    return None


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> ParsedUnit:
    """Parse a unit text such as ``USD``, ``billion USD``, ``USD/year`` or ``percent``.

    An empty text is dimensionless. Raises :class:`UnitError` naming the unknown unit.
    """
    raw = "" if text is None else str(text)
    if _CONTROL_RE.search(raw):
        # pint's tokenizer trips an AssertionError on some control characters (ESC): refuse first.
        raise UnitError(
            f"unit {raw!r} holds a control character",
            hint="write the unit in plain printable text, such as USD or tonne",
        )
    hidden = _hidden_character(raw)
    if hidden is not None:
        raise UnitError(
            f"unit {raw!r} holds the invisible or combining character {hidden}",
            hint="retype the unit in plain text, such as USD or tonne",
        )
    scale = 1.0
    body = _normalise_unit_text(raw)
    match = _UNIT_SCALE_RE.match(body)
    if match:
        scale = _VALUE_SCALES[match["scale"].lower()]
        body = match["unit"]
    if not body:
        return ParsedUnit(raw.strip(), scale, _dimensionless())
    check_unit_text(body)
    body = _meant(body)
    try:
        try:
            parsed = _registry().parse_units(body)
        except pint.UndefinedUnitError:
            lowered = _lower_cased(body)
            if lowered is None:
                raise
            parsed = _registry().parse_units(_meant(lowered))
    except UnitError:  # an ambiguous word once lower-cased (KT, PTS)
        raise
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError) as exc:
        raise UnitError(
            f"unknown unit {body!r}",
            hint="use an ISO 4217 currency code (USD, GBP, EUR, …), percent, people, count, "
            "tonne, or a pint unit; scale words go directly after the number",
        ) from exc
    # pint's parser reports some malformed texts with AssertionError, KeyError or a tokenizer
    # error rather than its own; check_unit_text refuses the ones known, these catch the rest.
    except (ValueError, TypeError, SyntaxError, ArithmeticError, AssertionError, KeyError,
            tokenize.TokenError) as exc:  # fmt: skip
        raise UnitError(f"cannot read unit {body!r}", hint=_UNIT_HINT) from exc
    for name, power in parsed._units.items():
        if abs(power) > MAX_UNIT_EXPONENT.value:
            raise UnitError(over_limit(MAX_UNIT_EXPONENT, f"unit {body[:40]!r}: {name}^{power}"))
    return ParsedUnit(raw.strip(), scale, parsed)


_UNIT_HINT = "write a unit name, or units joined by * and /, such as USD/year"
_UNIT_TOKEN_RE = re.compile(
    r"\s*(?:(?P<pow>\*\*|\^)|(?P<op>[*/·()])|(?P<sign>[-+])"
    r"|(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|(?P<name>[^\s*/·()^+\-\d][^\s*/·()^+\-]*))"
)


def check_unit_text(body: str) -> None:
    """Refuse, before pint sees it, a unit text that would cost unbounded work or that pint
    reads with an exception of the wrong kind: too long, parentheses too deep or unbalanced, a
    power that is not a small non-zero number (``USD^2^2^2``, ``USD**0``, ``USD**``), or a
    number used as a factor (``USD/0``, ``1e308**2``; only ``1/year`` is allowed)."""
    if len(body) > MAX_UNIT_LENGTH.value:
        raise UnitError(over_limit(MAX_UNIT_LENGTH, f"unit text of {len(body):,} characters"))
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(body):
        match = _UNIT_TOKEN_RE.match(body, pos)
        if not match or match.end() == pos:
            if body[pos:].strip():
                raise UnitError(
                    f"cannot read unit {body!r} at {body[pos:][:10]!r}", hint=_UNIT_HINT
                )
            break
        kind = match.lastgroup or ""
        tokens.append((kind, match[kind]))
        pos = match.end()
    depth = 0
    for i, (kind, text) in enumerate(tokens):
        if text == "(":
            depth += 1
            if depth > MAX_UNIT_DEPTH.value:
                raise UnitError(over_limit(MAX_UNIT_DEPTH, f"unit {body[:40]!r} nests parentheses"))
        elif text == ")":
            depth -= 1
            if depth < 0 or tokens[i - 1][1] == "(":
                raise UnitError(f"cannot read unit {body!r}: unbalanced or empty parentheses")
        elif kind == "pow":
            _check_power(body, tokens, i)
        elif kind == "num":
            after_power = i and tokens[i - 1][0] in ("pow", "sign")
            leading_one = text == "1" and i == 0 and len(tokens) > 1 and tokens[1][1] == "/"
            if not (after_power or leading_one):
                raise UnitError(
                    f"cannot read unit {body!r}: a number in a unit is allowed only as a power "
                    "(m^3) or in 1/year",
                    hint="scale words (thousand, million, bn…) go directly after the number",
                )
        elif kind == "sign" and not (i and tokens[i - 1][0] == "pow"):
            raise UnitError(f"cannot read unit {body!r}: {text!r} where a unit was expected")
        elif kind == "name":
            _check_name(body, text)
    if depth:
        raise UnitError(f"cannot read unit {body!r}: unbalanced parentheses")


#: Besides letters and digits, the characters a unit's name may hold (degC's °, µg, Ω, %).
_NAME_EXTRA = frozenset("_°µΩ%")


def _check_name(body: str, name: str) -> None:
    """Refuse punctuation in a unit's name: pint's tokenizer drops it or splits the name there
    (hostile33: ``U$D`` was debye × enzyme_unit, ``U.S.D`` three units, ``USD,``, ``USD?`` and
    ``USD;`` were USD, and ``5− USD``, with a typographic minus, was +5 USD)."""
    for char in name:
        if not (char.isalnum() or char in _NAME_EXTRA):
            raise UnitError(
                f"cannot read unit {body!r}: {char!r} is no part of a unit's name",
                hint="write the unit in letters, such as USD, tonne or km/h; a minus sign goes "
                "before the number",
            )


def _check_power(body: str, tokens: list[tuple[str, str]], at: int) -> None:
    rest = tokens[at + 1 : at + 3]
    if rest and rest[0][0] == "sign":
        rest = rest[1:]
    if not rest or rest[0][0] != "num":
        raise UnitError(f"cannot read unit {body!r}: a power needs a number after it (m^3)")
    power = float(rest[0][1])
    end = at + 1 + (tokens[at + 1][0] == "sign") + 1
    if end < len(tokens) and tokens[end][0] == "pow":
        raise UnitError(
            over_limit(MAX_UNIT_EXPONENT, f"unit {body[:40]!r}: a power of a power (exponent)")
        )
    if not power or not math.isfinite(power) or abs(power) > MAX_UNIT_EXPONENT.value:
        raise UnitError(
            over_limit(MAX_UNIT_EXPONENT, f"unit {body[:40]!r}: exponent {rest[0][1][:20]}")
            if power
            else f"cannot read unit {body!r}: exponent 0 makes it no unit at all"
        )


#: The units whose dimensions a unit found in the registry beyond the extractor's word lists
#: may have: length, area, volume, mass, energy and power (pressure, time, angle, charge, … are
#: the everyday nouns that pint also defines: "40 bars of chocolate", "20 mins", "3 quads").
_MEASURED = ("metre", "metre ** 2", "metre ** 3", "kilogram", "joule", "watt")


@cache
def _measured() -> frozenset[Any]:
    return frozenset(_registry().Unit(name).dimensionality for name in _MEASURED)


@lru_cache(maxsize=4096)
def registry_unit(name: str) -> str | None:
    """The registry's name of the unit ``name`` (a single word: "therm", "Btu", "hectolitre"),
    or None when it names none or one of no dimension in :data:`_MEASURED`. For the extractor's
    units of measure beyond its word lists."""
    if not name.isalpha():
        return None
    try:
        unit = _registry().Unit(name)
    except Exception:  # pint raises several error types for unknown names
        return None
    text = str(unit)
    if not text or unit.dimensionality not in _measured():
        return None  # "40 bars of chocolate", "12 pins", "20 mins": pint units, not measures
    # the name as written when the registry reads it as the same unit: "kilotonne", not pint's
    # "kilometric_ton"; "hectolitre" as printed (both read back alike)
    if not (name.islower() and len(name) > 3):
        return text
    if name.endswith("s"):  # "kilotonnes" → "kilotonne", when that is the same unit
        with contextlib.suppress(Exception):
            if _registry().Unit(name[:-1]) == unit:
                return name[:-1]
    return name


def unit_key(unit: Unit) -> str:
    """A canonical text for a unit that :func:`parse_unit` reads back (``""`` = dimensionless)."""
    return "" if unit == _dimensionless() else str(unit)


def format_unit(unit: Unit) -> str:
    """A short, stable text for a unit: ``USD``, ``percent``, ``USD / year``, ``""``."""
    if unit == _dimensionless():
        return ""
    return str(unit)


def written_unit(key: str) -> str:
    """A unit key (:func:`format_unit`) as a desk writes it, for messages: ``EUR/MXN`` for the
    registry's ``EUR / MXN`` (docs/datasets.md writes ``USD/EUR``; mends28: the unit mismatch
    error said "EUR / MXN" where every other message said "EUR/MXN")."""
    return UNIT_WORDS.get(key) or key.replace(" / ", "/")


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
    if from_unit != to_unit and not (_multiplicative(from_unit) and _multiplicative(to_unit)):
        offset = from_unit if not _multiplicative(from_unit) else to_unit
        raise OffsetUnitError(
            format_unit(from_unit) or "dimensionless",
            format_unit(to_unit) or "dimensionless",
            reason=f"{_offset_words(offset)}: it converts only to itself",
        )
    if from_unit == to_unit:
        return Conversion(1.0)
    if from_unit == _dimensionless() and to_unit == _registry().Unit("index"):
        # A claim written as an index level ("296.3 index", as the docs ask) against a column
        # that declares no unit (the bundled CPI-U's Index): a column without a unit cannot say
        # it is an index, and a pure number is an index level one for one. The other way
        # round stays an error, as does percent (a 3.2% read as 0.032) against an index.
        return Conversion(1.0)
    try:
        factor = _registry().Quantity(1.0, from_unit).to(to_unit).magnitude
        return Conversion(float(factor))
    except pint.DimensionalityError:
        pass
    source, target = _currency_of(from_unit), _currency_of(to_unit)
    if source and target and source[0] != "*" and target[0] != "*" and source[1] == target[1]:
        (code_from, exponent), (code_to, _) = source, target
        swapped = (
            from_unit
            / _registry().Unit(code_from) ** exponent
            * _registry().Unit(code_to) ** exponent
        )
        try:
            factor = _registry().Quantity(1.0, swapped).to(to_unit).magnitude
        except pint.DimensionalityError:
            pass
        else:
            return Conversion(float(factor), code_from, code_to, exponent)
    raise IncompatibleUnitsError(
        format_unit(from_unit) or "dimensionless", format_unit(to_unit) or "dimensionless"
    )


class OffsetUnitError(IncompatibleUnitsError):
    """A temperature scale (degC, degF) in a conversion or in arithmetic: ``reason`` says so."""

    def __init__(self, from_unit: str, to_unit: str, *, reason: str) -> None:
        super().__init__(from_unit, to_unit, context=reason)
        self.reason = reason
        self.problem = f"{reason} (units {from_unit!r}, {to_unit!r})"


def _multiplicative(unit: Unit) -> bool:
    return bool(_registry().Quantity(1.0, unit)._is_multiplicative)


def _offset_words(unit: Unit) -> str:
    return f"{format_unit(unit)} is an offset unit (a temperature scale)"


def quantity(magnitude: float, unit: Unit) -> Any:
    """A pint Quantity, for the small, per-claim arithmetic of derivations."""
    return _registry().Quantity(magnitude, unit)


def quantity_parts(value: Any) -> tuple[float, Unit]:
    """Split a Quantity (or a bare number) into magnitude and unit."""
    if isinstance(value, _registry().Quantity):
        return float(value.magnitude), value.units
    return float(value), _dimensionless()


DimensionalityError = pint.DimensionalityError


@dataclass(frozen=True)
class ParsedValue:
    """One value text, parsed."""

    magnitude: float
    step: float
    unit: ParsedUnit


#: The typographic minus sign (U+2212) a value may begin with, as articles print it ("−5%").
MINUS_SIGN = "\u2212"
#: Whitespace as RE2 reads ``\\s`` (Python's ``\\s`` would also take Unicode spaces).
_WS = r"[\t\n\f\r ]"
#: The grammar of a value text (claims.md), written so that Python's ``re`` (the scalar path,
#: :func:`read_value`) and RE2 (pyarrow's vectorised matcher, :func:`parse_values`) read it alike:
#: ASCII classes spelled out, no look-ahead.
VALUE_GRAMMAR = (
    rf"^{_WS}*(?P<sign>[+\-{MINUS_SIGN}]?)(?P<int>[0-9]{{1,3}}(?:{_SEP}[0-9]{{3}})+|[0-9]+)?"
    rf"(?:\.(?P<frac>[0-9]+))?(?:[eE](?P<exp>[+-]?[0-9]+))?{_WS}*"
    rf"(?:(?P<scale>{_SCALE_ALT})(?:{_WS}+|$))?(?P<unit>.*?){_WS}*$"
)
_VALUE_RE = re.compile(VALUE_GRAMMAR)


@dataclass(frozen=True)
class UnitReading:
    """How a value's unit text reads: its canonical key, the text shown (scale word dropped),
    its scale, or the problem (then key and shown are None)."""

    key: str | None
    shown: str | None
    scale: float
    problem: str | None


#: A count that names what it counts, in brackets: ``count (emails)`` (docs/desks.md#value).
_COUNT_NOUN_RE = re.compile(
    r"^(?P<count>(?:(?:" + _SCALE_ALT + r")\s+)?count)"
    r"\s*\(\s*(?P<noun>[^\W\d_][\w'’ .-]{0,59}?)\s*\)\s*$"
)


def count_noun(text: str | None) -> str | None:
    """The noun a count's unit text names (``count (emails)`` → ``emails``), else None."""
    found = _COUNT_NOUN_RE.match(text or "")
    return found["noun"] if found else None


@lru_cache(maxsize=4096)
def read_unit(text: str) -> UnitReading:
    """The unit part of a value text, read once for both paths. A count may name its noun in
    brackets (``count (emails)``): the unit is ``count``, the text shown keeps the noun, so
    the reports say "5 million emails" (editor26: "gives 5 million")."""
    noun = _COUNT_NOUN_RE.match(text)
    if noun:
        reading = read_unit(noun["count"])
        shown = f"{reading.shown} ({noun['noun']})" if reading.shown is not None else None
        return UnitReading(reading.key, shown, reading.scale, reading.problem)
    try:
        parsed = parse_unit(text)
    except UnitError as exc:
        return UnitReading(None, None, 1.0, exc.problem + (f". {exc.hint}" if exc.hint else ""))
    scaled = _UNIT_SCALE_RE.match(text)  # "billion USD" is shown as "USD", scale applied
    return UnitReading(
        unit_key(parsed.unit), scaled["unit"] if scaled else text, parsed.scale, None
    )


@dataclass(frozen=True)
class ValueReading:
    """One value text read: a row of :func:`parse_values` (``magnitude`` NaN on error)."""

    magnitude: float
    step: float
    digit: float
    unit_text: str | None
    unit_key: str | None
    error: str | None


def read_value(text: str) -> ValueReading:
    """One value text by the scalar path: the same grammar, scale table, unit reading and
    arithmetic (float64, in the same order) as :func:`parse_values` applies to a column."""
    match = _VALUE_RE.match(text)
    parts = dict.fromkeys(("sign", "int", "frac", "exp", "scale", "unit"), "")
    if match is not None:
        parts.update({k: v for k, v in match.groupdict().items() if v})
    digits = re.sub(_SEP, "", parts["int"])
    frac = parts["frac"]
    has_number = match is not None and bool(digits or frac)
    sign = parts["sign"].replace(MINUS_SIGN, "-")  # a typographic minus, as printed (−5)
    number = np.float64(float(f"{sign}{digits or '0'}{'.' if frac else ''}{frac}"))
    if not has_number:
        number = np.float64(0.0)
    exp = np.float64(float(parts["exp"] or "0"))
    scale = np.float64(_VALUE_SCALES.get(parts["scale"].lower(), 1.0))
    trailing = len(digits) - len(digits.rstrip("0"))
    step_exp = -len(frac) if frac else (0 if trailing == len(digits) else trailing)
    unit = read_unit(parts["unit"])
    unit_scale = np.float64(unit.scale)
    with np.errstate(over="ignore", invalid="ignore"):
        multiplier = scale * np.power(np.float64(10.0), exp)
        magnitude = number * multiplier * unit_scale
        step = np.power(np.float64(10.0), np.float64(step_exp)) * multiplier * unit_scale
        digit = np.power(np.float64(10.0), np.float64(-len(frac))) * multiplier * unit_scale
    error = unit.problem
    bad_number = not has_number or math.isnan(number)
    infinite = not bad_number and not math.isfinite(magnitude)
    underflow = not bad_number and not infinite and ((magnitude == 0 and number != 0) or step == 0)
    if bad_number:
        error = _no_number(text)
    elif infinite:
        error = f"not a finite number: {text[:60]!r}"
    elif underflow:
        error = _underflow(text)
    unusable = bad_number or infinite or underflow
    return ValueReading(
        math.nan if unusable else float(magnitude),
        float(step),
        float(digit),
        None if error else unit.shown,
        None if error else unit.key,
        error,
    )


def _no_number(text: str) -> str:
    """Why ``text`` has no number; digits of another script (Arabic-Indic ``٥٠``, full-width
    ``６０``) are named with the ASCII figure to write instead."""
    if not text.isascii():
        for found in re.finditer(r"\d+", text):
            if not found[0].isascii():
                ascii_digits = "".join(str(unicodedata.decimal(c)) for c in found[0])
                return (
                    f"cannot read a number in {quoted(text)}: {quoted(found[0])} is written in "
                    "digits of "
                    f"another script; write it with the digits 0-9 ({quoted(ascii_digits)})"
                )
    sign = _SIGN_FIRST_RE.match(text)
    if sign:
        return f"cannot read a number in {quoted(text)}: " + _sign_first_hint(
            sign["sign"], sign["rest"].strip()
        )
    return f"cannot read a number in {quoted(text)}"


def _sign_first_hint(sign: str, rest: str) -> str:
    """What to write for a value that begins with a currency sign: the number (and scale), then
    the currency's code, then what followed ("$0.5/kg" → "0.5 USD/kg", "$5 per share" → "5
    USD/share"); a code already written after it is kept ("$5 USD" → "5 USD"). A sign whose
    dollar is not known (``ZZ$``) names no code (review33: HK$ was told to write USD)."""
    code = _SIGN_CODES.get(sign.upper())
    if code is None and sign != "$":
        return (f"write the figure, then the ISO 4217 code of the currency {quoted(sign)} names "
                "(HKD, NZD, SGD, …)")  # fmt: skip
    shown = code or "USD"
    parts = _NUMBER_FIRST_RE.match(rest)
    if parts is None:
        return "no figure follows the currency sign"
    number, after = parts["number"].strip(), parts["after"].strip()
    rest_of = ""
    if after.upper() in CURRENCIES:
        shown, code = after.upper(), after.upper()  # "$5 USD": the code is written already
        written = f"{number} {shown}"
    elif after.startswith("/"):
        written = f"{number} {shown}{after.replace(' ', '')}"
    elif after.lower().startswith(("per ", "a ", "an ")):
        written = f"{number} {shown}/{after.split(None, 1)[1] if ' ' in after else ''}"
    else:
        written = f"{number} {shown}"
        rest_of = f"; and write {quoted(after)} in the unit's grammar" if after else ""
    many = "" if code else " (or MXN, CAD, AUD, …: '$' names many dollars)"
    return f"write the currency as its code after the number: {quoted(written)}{many}{rest_of}"


#: The number and scale word at the start of what followed a currency sign ("5.2 trillion").
_NUMBER_FIRST_RE = re.compile(
    rf"^(?P<number>[0-9][0-9,.]*(?:\s*(?:{_SCALE_ALT})\b)?)(?P<after>.*)$", re.IGNORECASE
)


#: A currency sign before the figure, as an article prints it ("$27.4 trillion", "€460 million").
_SIGN_FIRST_RE = re.compile(r"^\s*(?P<sign>[A-Za-z]{0,2}\$|€|£|¥)\s*(?P<rest>[0-9.].*)$")
#: The code of a sign that names one currency (a bare "$" names many).
_SIGN_CODES = {"US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "R$": "BRL", "MX$": "MXN",
               "C$": "CAD", "A$": "AUD", "CA$": "CAD", "AU$": "AUD", "HK$": "HKD",
               "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "RD$": "DOP", "N$": "NAD", "J$": "JMD",
               "TT$": "TTD"}  # fmt: skip


def _underflow(text: str) -> str:
    return (
        f"a number too close to zero to compute with: {text[:60]!r} (its last digit, or the "
        "figure itself, is below 1e-308)"
    )


def parse_value(text: str) -> ParsedValue:
    """Parse one value such as ``2.1 trillion USD`` (see :func:`parse_values` for tables)."""
    reading = read_value(text)
    if reading.error is not None or reading.unit_key is None:
        raise UnitError(reading.error or f"cannot read {text!r}")
    return ParsedValue(reading.magnitude, reading.step, parse_unit(reading.unit_key))


def parse_values(texts: pd.Series) -> pd.DataFrame:
    """Parse a whole column of value texts at once (in C, through pyarrow's RE2 matcher).

    Returns a frame aligned with ``texts`` with columns ``magnitude`` (number × scale), ``step``
    (the size of one unit of the last significant printed digit, × scale), ``digit`` (one unit of
    the last printed digit, zeros included), ``unit_text`` (the unit as
    written, without its scale word), ``unit_key`` (canonical, see :func:`unit_key`) and
    ``error`` (a message, or None). Each distinct unit text is parsed by pint once.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:  # a text column (CSV, Parquet) converts in C
        strings = pc.fill_null(pc.cast(pa.array(texts, from_pandas=True), pa.string()), "")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        raw = texts.astype(object).where(texts.notna(), "")
        strings = pa.array(
            [t if isinstance(t, str) else str(t) for t in raw.tolist()], type=pa.string()
        )
    if isinstance(strings, pa.ChunkedArray):  # an Arrow-backed column (Parquet)
        strings = strings.combine_chunks()
    if len(strings) > 4096:  # large tables repeat their values: parse each distinct text once
        encoded = pc.dictionary_encode(strings)
        if 2 * len(encoded.dictionary) < len(strings):
            distinct = _parse_strings(encoded.dictionary, pd.RangeIndex(len(encoded.dictionary)))
            take = np.asarray(encoded.indices)
            return pd.DataFrame(
                {
                    name: pd.Series(column.to_numpy()[take], index=texts.index, dtype=column.dtype)
                    for name, column in distinct.items()
                },
                index=texts.index,
            )
    return _parse_strings(strings, texts.index)


def _parse_strings(strings: Any, index: pd.Index) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = pc.extract_regex(strings, pattern=VALUE_GRAMMAR)
    matched = np.asarray(parts.is_valid())

    def field(name: str) -> pa.Array:
        return pc.fill_null(pc.struct_field(parts, name), "")

    digits = pc.replace_substring_regex(field("int"), pattern=_SEP, replacement="")
    frac = field("frac")
    digits_len = np.asarray(pc.utf8_length(digits))
    frac_len = np.asarray(pc.utf8_length(frac))
    has_number = matched & ((digits_len > 0) | (frac_len > 0))
    number_text = pc.binary_join_element_wise(
        pc.replace_substring(field("sign"), MINUS_SIGN, "-"),
        pc.if_else(pc.equal(digits, ""), "0", digits),
        pc.if_else(pc.equal(frac, ""), "", "."), frac, "",
    )  # fmt: skip
    number = np.asarray(pc.cast(pc.if_else(pa.array(has_number), number_text, "0"), pa.float64()))
    exp_text = field("exp")
    exp = np.asarray(pc.cast(pc.if_else(pc.equal(exp_text, ""), "0", exp_text), pa.float64()))
    scale_words = list(_VALUE_SCALES)
    scale_text = pc.utf8_lower(field("scale"))
    scale_index = np.asarray(pc.fill_null(pc.index_in(scale_text, pa.array(scale_words)), -1))
    scale = np.append(np.array([_VALUE_SCALES[w] for w in scale_words]), 1.0)[scale_index]
    trailing = digits_len - np.asarray(pc.utf8_length(pc.utf8_rtrim(digits, characters="0")))
    all_zero = trailing == digits_len
    step_exp = np.where(frac_len > 0, -frac_len, np.where(all_zero, 0, trailing))
    with np.errstate(over="ignore", invalid="ignore"):  # overflow is reported as "not finite"
        multiplier = scale * np.power(10.0, exp)

    encoded = pc.dictionary_encode(field("unit"))
    dictionary = encoded.dictionary.to_pylist()
    indices = np.asarray(pc.fill_null(encoded.indices, 0))
    keys: list[str | None] = []
    shown: list[str | None] = []
    scales: list[float] = []
    problems: list[str | None] = []
    for text in dictionary:
        reading = read_unit(text)
        keys.append(reading.key)
        shown.append(reading.shown)
        scales.append(reading.scale)
        problems.append(reading.problem)
    if not dictionary:
        keys, shown, scales, problems = [""], [""], [1.0], [None]
    unit_scale = np.asarray(scales, dtype=float)[indices]
    error = np.asarray(problems, dtype=object)[indices]
    bad_number = ~has_number | np.isnan(number)
    for i in np.flatnonzero(bad_number).tolist():
        error[i] = _no_number(strings[i].as_py())
    with np.errstate(over="ignore", invalid="ignore"):
        magnitude = number * multiplier * unit_scale
        step = np.power(10.0, step_exp.astype(float)) * multiplier * unit_scale
        digit = np.power(10.0, -frac_len.astype(float)) * multiplier * unit_scale
    for i in np.flatnonzero(~bad_number & ~np.isfinite(magnitude)).tolist():
        error[i] = f"not a finite number: {strings[i].as_py()[:60]!r}"
    # a figure or its last digit below the smallest float: "1e-400" read as exactly 0
    underflow = (
        ~bad_number & np.isfinite(magnitude) & (((magnitude == 0) & (number != 0)) | (step == 0))
    )
    for i in np.flatnonzero(underflow).tolist():
        error[i] = _underflow(strings[i].as_py())
    ok = pd.isna(error)
    return pd.DataFrame(
        {
            "magnitude": np.where(
                bad_number | ~np.isfinite(magnitude) | underflow, math.nan, magnitude
            ),
            "step": step,
            # one unit of the last printed digit, trailing zeros counted as digits (ranges.py)
            "digit": digit,
            # Texts stay Python strings (pandas would copy them into Arrow; the engine reads
            # them back as objects).
            "unit_text": pd.Series(
                np.where(ok, np.asarray(shown, dtype=object)[indices], None), index, object
            ),
            "unit_key": pd.Series(
                np.where(ok, np.asarray(keys, dtype=object)[indices], None), index, object
            ),
            "error": pd.Series(error, index, object),
        },
        index=index,
    )


def _dimension_error(left: Any, right: Any, verb: str) -> IncompatibleUnitsError:
    error = IncompatibleUnitsError(
        unit_key(left.units) or "dimensionless", unit_key(right.units) or "dimensionless"
    )
    error.problem = f"cannot {verb} {error.from_unit!r} and {error.to_unit!r}: incompatible units"
    return error


def _as_quantity(value: Any) -> Any:
    return value if isinstance(value, _registry().Quantity) else _registry().Quantity(value)


def _no_offset(verb: str, *values: Any) -> None:
    """Arithmetic on a temperature scale (20 degC × 2) has no single meaning: refuse it."""
    for value in values:
        if isinstance(value, _registry().Quantity) and not value._is_multiplicative:
            raise OffsetUnitError(
                format_unit(value.units), "", reason=f"cannot {verb}: {_offset_words(value.units)}"
            )


def _finite(result: Any, verb: str) -> Any:
    """``result`` of arithmetic, refused when it is no finite number (mends30: "a * 1e300 *
    1e300" gave ∞, then a discrepancy against it)."""
    magnitude = result.magnitude if isinstance(result, _registry().Quantity) else result
    if not math.isfinite(float(magnitude)):
        raise UnitError(
            f"the result of {verb} is too large to compute with ({magnitude})",
            hint="check the expression's terms and their units",
        )
    return result


def add(left: Any, right: Any) -> Any:
    """``left + right`` with units; raises :class:`IncompatibleUnitsError`."""
    left, right = _as_quantity(left), _as_quantity(right)
    _no_offset("add", left, right)
    try:
        return _finite(left + right, "adding")
    except pint.DimensionalityError as exc:
        raise _dimension_error(left, right, "add") from exc


def sub(left: Any, right: Any) -> Any:
    """``left - right`` with units; raises :class:`IncompatibleUnitsError`."""
    left, right = _as_quantity(left), _as_quantity(right)
    _no_offset("subtract", left, right)
    try:
        return _finite(left - right, "subtracting")
    except pint.DimensionalityError as exc:
        raise _dimension_error(left, right, "subtract") from exc


def mul(left: Any, right: Any) -> Any:
    _no_offset("multiply", left, right)
    return _finite(_as_quantity(left) * _as_quantity(right), "multiplying")


def div(left: Any, right: Any) -> Any:
    """``left / right``; raises ZeroDivisionError for a zero divisor (never inf)."""
    _no_offset("divide", left, right)
    right = _as_quantity(right)
    if right.magnitude == 0:
        raise ZeroDivisionError("division by zero")
    return _finite(_as_quantity(left) / right, "dividing")


def neg(value: Any) -> Any:
    _no_offset("negate", value)
    return -_as_quantity(value)


def number(value: float) -> Any:
    return _registry().Quantity(value)
