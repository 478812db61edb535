"""Findings: the findings frame's columns and the plain words that explain them.

A finding is data, never an exception: every claim yields one. The words are built here (not in
the report writers) so report.json, report.md and any later format say the same thing. Each rule
takes one value and returns a ``str``; the engine applies them once per distinct key.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from figcheck.model.ranges import AFTER_A_NOUN, FALLING_SHORT, HedgeForm, hedge_form
from figcheck.model.units import (
    CURRENCY_SIGNS,
    UNIT_WORDS,
    WRITTEN_SCALES,
    count_noun,
    is_percent,
    written_unit,
)

__all__ = [
    "FINDING_COLUMNS",
    "MINUS",
    "Gap",
    "describe_basis",
    "format_amount",
    "format_amounts",
    "format_bound",
    "format_precise",
    "gap",
    "gap_beside",
    "gap_text",
    "hedged",
    "missed_bound",
    "range_text",
    "signed",
]

#: Columns of the findings frame the engine returns, in order. ``shape`` (the claim's shape:
#: a change kind's value, ``rank``, or None; :func:`figcheck.check.shaped.claim_shapes`) is
#: for the reports to read, and is no field of report.json.
FINDING_COLUMNS = (
    "id", "file", "line", "quote", "verdict", "claimed_value", "unit", "hedge", "as_of",
    "expected_min", "expected_max", "basis", "capped", "reference_value", "dataset", "rows",
    "reference_detail", "deviation", "fx_rate", "fx_date", "fx_pair", "message", "note",
    "source", "shape",
)  # fmt: skip

_PER_RE = re.compile(r"^(?P<code>[A-Z]{3})\s*/\s*(?P<per>[a-z_]+)$")


#: The minus sign of every negative figure in words (messages, details, cards, plots): the
#: typographic minus U+2212, as a figure is printed ("−US$1.2 billion", "−0.31%"); numbers
#: for machines (report.json, report.parquet, a drafted desk) keep the hyphen-minus. mends28:
#: money read "−" and every other figure "-".
MINUS = "\u2212"


def signed(text: str) -> str:
    """``text`` (a number as Python writes it) with :data:`MINUS` for a leading hyphen-minus."""
    return MINUS + text[1:] if text.startswith("-") else text


#: The most significant digits a bound is written with (``exact``): enough for any range a
#: printed figure implies, few enough that a bound computed in floating point stays short.
_BOUND_DIGITS = 9


def _number(
    value: float,
    *,
    scaled: bool,
    decimals: int | None = None,
    exact: bool = False,
    step: float = math.nan,
) -> str:
    """A number as people read it: at most four significant digits (or ``decimals``),
    thousands separated, ``trillion/billion/million`` for large ones when ``scaled``. With
    ``exact``, more digits where four would change it (``129.65``, not ``129.6``), up to
    :data:`_BOUND_DIGITS` significant digits. ``step`` (the last printed digit of a claimed
    figure, in the figure's unit) keeps the digits the article printed: ``1.80 trillion``, not
    ``1.8``."""
    if math.isnan(value):
        return "no value"
    if math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    v, word = value, ""
    if scaled:
        for limit, name in WRITTEN_SCALES:  # largest first
            if abs(value) >= limit:
                v, word = value / limit, f" {name}"
                break
    size = abs(v)
    keep = 0
    if math.isfinite(step) and step > 0:
        in_words = step * (v / value if value else 1.0)  # the step after the scale word
        keep = min(max(math.ceil(-math.log10(in_words) - 1e-9), 0), 12)
    if decimals is not None:
        places = decimals
    elif size >= 1000 or v.is_integer():
        places = 0
    else:
        digits = math.floor(math.log10(size)) if size > 0 else 0
        places = min(max(3 - digits, 0), 12)
    if exact and decimals is None and size > 0:
        most = max(_BOUND_DIGITS - 1 - math.floor(math.log10(size)), 0)
        while places < most and not math.isclose(round(size, places), size, rel_tol=1e-12):
            places += 1
    places = max(places, keep)
    scale = 10.0**places
    last_digits = float(round(size * scale))  # the number in units of its last printed digit
    whole = math.floor(last_digits / scale)
    fraction = str(int(last_digits - whole * scale)).rjust(places, "0") if places else ""
    fraction = fraction.rstrip("0").ljust(keep, "0")
    sign = MINUS if v < 0 and last_digits > 0 else ""
    return f"{sign}{whole:,}{'.' if fraction else ''}{fraction}{word}"


#: A rate of two currencies as the unit registry writes it (``JPY / USD``).
_RATE_RE = re.compile(r"^([A-Z]{3}) / ([A-Z]{3})$")


def _unit_word(key: str) -> str:
    """A unit in words: ``tonnes`` for ``metric_ton``; ``JPY/USD`` (as a desk writes it) for the
    registry's ``JPY / USD``; the noun a count names (``emails`` for ``count (emails)``)."""
    if _RATE_RE.match(key):
        return written_unit(key)
    noun = count_noun(key)  # "count (emails)" reads "emails" (editor26: "gives 5 million")
    return noun if noun is not None else UNIT_WORDS.get(key, key)


def _key(unit: str | None) -> str:
    """The unit a finding's words are chosen by: ``percent`` for each of its spellings (``%``,
    ``per cent``; verdicts26: "rose 41.39 per cent", and its gap in relative percent, for a
    claim written ``41 per cent``), else the unit as it is."""
    return "percent" if is_percent(unit) else unit or ""


#: How a rate per one thing reads after an amount: ``US$81,236 per person``, ``US$650 billion
#: a year``. Units not listed read ``a <unit>``.
_PER_WORDS = {"people": "per person", "count": "each"}


@lru_cache(maxsize=1 << 16)  # messages repeat their references' amounts
def format_amount(
    value: float, unit: str | None, exact: bool = False, step: float = math.nan
) -> str:
    """One amount in words: ``US$2.186 trillion``, ``106,098 people``, ``3.46%``. ``exact``
    (for the bounds of a range) keeps the digits that four significant ones would round away;
    ``step`` (a claimed figure's last printed digit) the digits the article printed."""
    value, key = float(value), _key(unit)
    finite = math.isfinite(value)
    if key == "percent":
        number = _number(value, scaled=False, exact=exact, step=step)
        return f"{number}%" if finite else number
    per = _PER_RE.match(key)
    if per and per["code"] in CURRENCY_SIGNS:
        amount = format_amount(value, per["code"], exact, step)
        return f"{amount} {_PER_WORDS.get(per['per'], 'a ' + per['per'])}" if finite else amount
    if key in CURRENCY_SIGNS:
        if not finite:
            return _number(value, scaled=True)
        sign = MINUS if value < 0 else ""
        number = _number(abs(value), scaled=True, exact=exact, step=step)
        return f"{sign}{CURRENCY_SIGNS[key]}{number}"
    number = _number(value, scaled=True, exact=exact, step=step)
    word = _unit_word(key)
    return f"{number} {word}" if finite and word else number


def format_amounts(values: Iterable[float], unit: str | None, exact: bool = False) -> list[str]:
    """Many amounts in one unit (see :func:`format_amount`, which keeps each one it wrote);
    ``exact`` for the bounds of ranges (:func:`format_bound`)."""
    return [format_amount(v, unit, exact) for v in map(float, values)]


def format_bound(value: float, unit: str | None) -> str:
    """A bound of a range in words: as :func:`format_amount`, but never rounded into another
    number (``129.65 billion people``, not ``129.6``: a bound half a step from the printed
    figure needs one digit more than the figure)."""
    return format_amount(value, unit, True)


def format_precise(value: float, unit: str | None) -> str:
    """An amount as the table holds it, for the terms of a derivation and the ends of a change:
    six significant digits (``257.971``, not ``258``); whole numbers under ten billion in full
    (``7,989,545,217 people``); larger amounts with a scale word (``US$60.7182 trillion``)."""
    if not np.isfinite(value):
        return format_amount(value, unit)
    scale = ""
    number = float(value)
    if abs(number) >= 1e10 or (abs(number) >= 1e6 and not number.is_integer()):
        for limit, name in WRITTEN_SCALES:
            if abs(number) >= limit:
                number, scale = number / limit, f" {name}"
                break
    if number.is_integer() and not scale:
        text = f"{int(number):,}"
    else:
        text = np.format_float_positional(number, precision=6, unique=True, fractional=False,
                                          trim="-")  # fmt: skip
    text = signed(text + scale)
    key = _key(unit)
    if key == "percent":
        return f"{text}%"
    if key in CURRENCY_SIGNS:
        sign = MINUS if text.startswith(MINUS) else ""
        return f"{sign}{CURRENCY_SIGNS[key]}{text.removeprefix(MINUS)}"
    word = _unit_word(key)
    return f"{text} {word}" if word else text


@dataclass(frozen=True)
class Gap:
    """How far a value lies from the one it is compared with: ``words`` (``11.6% lower``,
    ``15.7 times as much``, ``75% lower``) and the word that joins what it is compared with
    (``than``, or ``as`` after "as much")."""

    words: str
    joiner: str


def gap(value: float, base: float, decimals: int = 1) -> Gap | None:
    """How ``value`` compares with ``base`` (None: no finite ratio). Twice or more: as a ratio
    (``15.7 times as much``); a tenth or less: as the factor it is lower by (``a factor of
    1,000 lower``: a scale slip, which "99.9% lower" would hide); else in percent, one decimal
    (``93.6% lower``; under 0.05%, two significant digits: ``0.0057% lower``; ``the same`` only
    when equal). Never "N times less", which is
    ambiguous (a quarter? three quarters less?) and which style guides tell editors to avoid."""
    ratio = value / base if base else math.nan
    if not math.isfinite(ratio):
        return None
    if ratio < 0:  # opposite signs: "higher" or "lower" is the difference's, in percent of base
        percent = _number(abs(ratio - 1) * 100, scaled=False, decimals=decimals)
        return Gap(f"{percent}% {'higher' if value > base else 'lower'}", "than")
    if ratio >= 2:
        return Gap(f"{_number(ratio, scaled=False, decimals=1)} times as much", "as")
    if 0 < ratio <= 0.1:
        return Gap(f"a factor of {_number(1 / ratio, scaled=False, decimals=1)} lower", "than")
    percent = _number(abs(ratio - 1) * 100, scaled=False, decimals=decimals)
    if percent == "0":  # under 0.05%: two significant digits ("0.0057% lower"), never "the
        if ratio == 1:  # same" for figures that differ (a discrepancy just past its bound)
            return Gap("the same", "as")
        small = abs(ratio - 1) * 100
        places = min(1 - math.floor(math.log10(small)), 12)
        percent = _number(small, scaled=False, decimals=places)
    return Gap(f"{percent}% {'higher' if ratio > 1 else 'lower'}", "than")


#: Units whose figures are rates in percent: how far off is said in points first.
_RATE_UNITS = frozenset({"percent", "percentage_point"})


def points_gap(value: float, base: float, unit: str | None) -> tuple[str, str] | None:
    """How far ``value`` lies from ``base`` in percentage points, for figures in percent (or
    points): ``("0.14 percentage points lower", "3.9% in relative terms")``; None for other
    units, for equal figures or without a finite ratio. "3.9% lower" of 3.6% reads as 3.9
    points, so a percent figure is off by points first (docs/ranges.md#comparing)."""
    found = gap(value, base)
    if not found or _key(unit) not in _RATE_UNITS or found.words == "the same":
        return None
    apart = abs(value - base)  # two significant digits under 1, one decimal above
    places = 0 if apart >= 100 else 1 if apart >= 1 else 1 - math.floor(math.log10(apart))
    points = _number(apart, scaled=False, decimals=min(places, 12))
    side = "higher" if value > base else "lower"
    if "times" in found.words or "factor" in found.words:  # "(99.3 times as much)"
        return f"{points} percentage points {side}", found.words
    relative = found.words.removesuffix(" higher").removesuffix(" lower")
    return f"{points} percentage points {side}", f"{relative} in relative terms"


def gap_text(
    claimed: float, reference: float, unit: str | None = None, bound: float = math.nan
) -> str:
    """How far a reference lies from its claim, as a message continues: ``, 11.6% lower``. For
    a figure in percent the difference is in percentage points first (``, 0.14 percentage
    points lower (3.9% in relative terms)``): see :func:`points_gap`. ``bound``, the end of the
    range the reference misses, is never said alike: a reference 1.03% above a claim with a
    tolerance of 1% is "1.03% higher", not "1% higher" (editor26)."""
    points = points_gap(reference, claimed, unit)
    if points:
        return f", {points[0]} ({points[1]})"
    found = gap_beside(reference, claimed, bound)
    return f", {found.words}" if found else ""


def gap_beside(value: float, base: float, bound: float = math.nan) -> Gap | None:
    """:func:`gap` of ``value`` from ``base``, with the decimals that tell it from the gap of
    ``bound`` (the end of a range that ``value`` misses; NaN: none)."""
    found = gap(value, base)
    if found and math.isfinite(bound) and bound != value:
        edge = gap(bound, base)
        decimals = 1
        while edge and found and found.words == edge.words and decimals < 6:
            decimals += 1
            found, edge = gap(value, base, decimals), gap(bound, base, decimals)
    return found


def missed_bound(reference: float, low: float, high: float) -> float:
    """The end of the range ``[low, high]`` that ``reference`` lies beyond (NaN: inside)."""
    if reference > high:
        return high
    if reference < low:
        return low
    return math.nan


def hedged(hedge: str | None, figure: str, subject: str = "it") -> str:
    """A figure with its hedge as a sentence goes on after "The article says": ``nearly
    120,000 people``; a verb takes a subject (``it topped 130 million people``; editor26: "The
    article says topped 130 million people"), a tail follows the figure (``130 million people or
    so``), a sign is said in words (``more than 130 million people`` for ``>``)."""
    if not hedge or not hedge.strip():
        return figure
    said, form = hedge_form(hedge)
    if form is HedgeForm.VERB:
        return f"{subject} {said} {figure}"
    if form is HedgeForm.AFTER:
        return f"{figure}, {said}" if said == "give or take" else f"{figure} {said}"
    return f"{said} {figure}"


def hedged_change(hedge: str | None, figure: str, change: str) -> str:
    """A change's size with its hedge, after "The article says" or as a claim reviewed:
    ``a fall of more than 20%``; a verb hedge takes the change as its subject (``a rise that
    topped 5%``; review27: ClaimReview said "a rise of it topped 41%"), ``a change that dipped
    under 3%`` for a verb of falling short; ``a rise short of 3%`` for a hedge that follows a
    noun by itself."""
    word = " ".join((hedge or "").split()).lower()
    if word and hedge_form(word)[1] is HedgeForm.VERB:
        subject = "a change" if word in FALLING_SHORT else change
        return hedged(hedge, figure, subject=f"{subject} that")
    if word in AFTER_A_NOUN or (word.endswith(" of") and word.split()[0] in ("of", "on", "in")):
        return f"{change} {hedged(hedge, figure)}"
    return f"{change} of {hedged(hedge, figure)}"


def range_text(low: float, high: float, unit: str | None) -> str:
    """``[1.1e5, 1.2e5] people`` → ``between 110,000 people and 120,000 people``."""
    if math.isinf(low) and low < 0 and math.isinf(high) and high > 0:
        return "any value"
    if math.isinf(high) and high > 0:
        return f"at least {format_bound(low, unit)}"
    if math.isinf(low) and low < 0:
        return f"at most {format_bound(high, unit)}"
    if low == high:
        return f"exactly {format_bound(low, unit)}"
    return f"between {format_bound(low, unit)} and {format_bound(high, unit)}"


def describe_basis(
    basis: str,
    hedge: str | None = None,
    tolerance_text: str | None = None,
    capped: str = "",
    word: str = "",
) -> str:
    """Where a range came from, in words (``capped`` non-empty: the ±10% cap narrowed it;
    ``word``: the ratio word a rounding range was read from, "tripled")."""
    if capped:
        from figcheck.model.ranges import CAP_PCT

        return (
            f"{describe_basis(basis, hedge, tolerance_text, word=word)}; range capped at "
            f"±{CAP_PCT:g}%: set `expected` to widen"
        )
    if basis == "hedge":
        return f"from the hedge '{hedge}'"
    if basis == "rounding":
        return f"from the word '{word}'" if word else "from the rounding of the printed figure"
    if basis == "tolerance":
        return f"from a tolerance of {tolerance_text}" if tolerance_text else "from a tolerance"
    return "as set in the desk"
