"""The interval a printed figure implies: from its precision, its hedge word, or a tolerance.

Rules (documented with examples in ``docs/ranges.md``). Let ``v`` be the printed value and
``s`` one unit of its last significant printed digit (``2.1 trillion`` → 0.1 trillion;
``120,000`` → 10,000; ``27,213`` → 1), so rounding alone allows ``v ± s/2``.

==============  =====================================  ==========================
kind            hedge words                            range
==============  =====================================  ==========================
(none)          —                                      [v − s/2, v + s/2]
exact           exactly, precisely                     [v, v]
approximate     about, around, some, roughly, …        [v − s, v + s]
just below      nearly, almost, just under, …          [v − s, v]
just above      just over, just above, …               [v, v + s]
lower bound     more than, over, at least, …           [v, ∞)
upper bound     less than, under, up to, as much as …  (−∞, v]
==============  =====================================  ==========================

A range from a hedge or from rounding is then **capped** at ``v ± CAP_PCT % of |v|``, but never
narrower than half a unit of the last printed digit (``d``: ``20`` → 1, ``3 million`` → 1 million,
``2.5`` → 0.1): ``around 20`` is [18, 22], not [10, 30]; ``2 percent`` keeps [1.5, 2.5] because its
last digit is significant. Trailing zeros are where the cap bites: the writer may have rounded to
them, or the zeros may be real digits, and ``±s`` would then swallow a 40% error.

An explicit ``expected`` (min/max) wins over everything; a ``tolerance`` (relative) comes next;
neither is capped.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pandas as pd

__all__ = [
    "CAP_PCT",
    "HEDGES",
    "Basis",
    "HedgeKind",
    "cap_range",
    "derive_ranges",
    "normalise_hedge",
]

#: The widest a range from a hedge or from rounding may be, in percent of the value either side.
CAP_PCT = 10.0


class Basis(StrEnum):
    """Where an expected range came from (report.json ``expected.basis``)."""

    EXPLICIT = "explicit"
    TOLERANCE = "tolerance"
    HEDGE = "hedge"
    ROUNDING = "rounding"


class HedgeKind(StrEnum):
    """What a hedge word does to the range."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    JUST_BELOW = "just below"
    JUST_ABOVE = "just above"
    LOWER_BOUND = "lower bound"
    UPPER_BOUND = "upper bound"


_WORDS: dict[HedgeKind, tuple[str, ...]] = {
    HedgeKind.EXACT: ("exactly", "precisely", "a total of"),
    HedgeKind.APPROXIMATE: (
        "about", "around", "some", "roughly", "approximately", "approx.", "approx", "circa",
        "c.", "ca.", "~", "estimated", "an estimated", "probably around", "probably",
        "an average of", "on average", "or so", "give or take", "in the region of",
        "of the order of", "on the order of", "close to",
    ),
    HedgeKind.JUST_BELOW: (
        "nearly", "almost", "just under", "just below", "not quite", "just shy of",
        "slightly less than", "a little under", "approaching",
    ),
    HedgeKind.JUST_ABOVE: (
        "just over", "just above", "slightly more than", "a little over", "a little more than",
    ),
    HedgeKind.LOWER_BOUND: (
        "more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding",
        "no less than", "no fewer than", "well over", "well above", "greater than",
        "a minimum of", "as little as", ">", ">=",
        # verbs of passing a mark, as printed: "the population passed 8 billion"
        "passed", "topped", "surpassed", "exceeded", "crossed", "broke", "beat", "hit more than",
        "north of",
    ),
    HedgeKind.UPPER_BOUND: (
        "less than", "under", "below", "up to", "at most", "as much as", "as many as",
        "fewer than", "no more than", "much less than", "well under", "well below",
        "as high as", "a maximum of", "<", "<=",
        # verbs of falling short of a mark: "fell below 3 percent"
        "fell below", "dipped under", "dipped below", "short of", "shy of",
    ),
}  # fmt: skip

#: hedge word → kind, for every accepted word (lower case, single spaces).
HEDGES: dict[str, HedgeKind] = {word: kind for kind, words in _WORDS.items() for word in words}


def normalise_hedge(word: str) -> str:
    """Lower-case and collapse white space so ``'More  than'`` reads as ``'more than'``."""
    return " ".join(str(word).lower().split())


def cap_range(value: float, low: float, high: float, digit: float) -> tuple[float, float, bool]:
    """The scalar rule: cap ``[low, high]`` at ``value ± CAP_PCT%``, never inside
    ``value ± digit/2`` (``digit``: one unit of the last printed digit). Returns the capped
    range and whether the cap narrowed it. An open side (±inf) stays open."""
    reach = max(abs(value) * CAP_PCT / 100.0, digit / 2.0)
    noise = 1e-12 * max(abs(value), reach)
    capped_low = low if np.isinf(low) else max(low, value - reach)
    capped_high = high if np.isinf(high) else min(high, value + reach)
    narrowed = capped_low > low + noise or capped_high < high - noise
    return capped_low, capped_high, bool(narrowed)


def derive_ranges(
    value: np.ndarray,
    step: np.ndarray,
    hedge: pd.Series,
    explicit_min: np.ndarray,
    explicit_max: np.ndarray,
    has_explicit: np.ndarray,
    tolerance: np.ndarray,
    digit: np.ndarray | None = None,
) -> pd.DataFrame:
    """Compute the expected range of every claim at once.

    ``explicit_min``/``explicit_max`` are NaN for an open side; ``has_explicit`` marks rows
    whose desk gave ``expected.min`` or ``.max``; ``tolerance`` is a fraction (NaN if none);
    ``digit`` is one unit of each figure's last printed digit (default ``step``: no zeros read
    as rounding). Returns ``min``, ``max`` (±inf for open sides), ``basis``, ``capped`` (the
    :func:`cap_range` rule narrowed it) and ``error`` (unknown hedge).
    """
    # Each distinct hedge is read once; rows carry small integer codes (a million claims use a
    # handful of hedge words).
    codes, distinct = pd.factorize(hedge, use_na_sentinel=True)
    distinct_words = [normalise_hedge(h) for h in distinct] + [""]
    distinct_kinds = np.array(
        [HEDGES.get(w, "") if w else "none" for w in distinct_words], dtype=object
    )
    order = ["none", *HedgeKind, ""]  # "" marks an unknown hedge
    kind_codes = np.array([order.index(k) for k in distinct_kinds], dtype=np.int8)[codes]
    words = np.asarray(distinct_words, dtype=object)[codes]
    unknown = kind_codes == order.index("")
    is_ = {k: kind_codes == i for i, k in enumerate(order)}
    half = step / 2.0
    lo = np.select(
        [is_["none"], is_[HedgeKind.EXACT], is_[HedgeKind.APPROXIMATE],
         is_[HedgeKind.JUST_BELOW], is_[HedgeKind.JUST_ABOVE],
         is_[HedgeKind.LOWER_BOUND], is_[HedgeKind.UPPER_BOUND]],
        [value - half, value, value - step, value - step, value, value, -np.inf],
        default=np.nan,
    )  # fmt: skip
    hi = np.select(
        [is_["none"], is_[HedgeKind.EXACT], is_[HedgeKind.APPROXIMATE],
         is_[HedgeKind.JUST_BELOW], is_[HedgeKind.JUST_ABOVE],
         is_[HedgeKind.LOWER_BOUND], is_[HedgeKind.UPPER_BOUND]],
        [value + half, value, value + step, value, value + step, np.inf, value],
        default=np.nan,
    )  # fmt: skip
    basis = np.where(is_["none"], Basis.ROUNDING.value, Basis.HEDGE.value).astype(object)
    lo, hi, capped = _cap(value, lo, hi, step if digit is None else digit)

    has_tol = ~np.isnan(tolerance)
    spread = np.abs(value) * np.where(has_tol, tolerance, 0.0)
    lo = np.where(has_tol, value - spread, lo)
    hi = np.where(has_tol, value + spread, hi)
    basis = np.where(has_tol, Basis.TOLERANCE.value, basis)

    lo = np.where(has_explicit, np.where(np.isnan(explicit_min), -np.inf, explicit_min), lo)
    hi = np.where(has_explicit, np.where(np.isnan(explicit_max), np.inf, explicit_max), hi)
    basis = np.where(has_explicit, Basis.EXPLICIT.value, basis)
    capped &= ~has_tol & ~has_explicit

    needs_hedge = unknown & ~has_tol & ~has_explicit
    error = pd.Series(None, index=hedge.index, dtype=object)
    if needs_hedge.any():
        choices = ", ".join(sorted(HEDGES))
        error[needs_hedge] = [
            f"unknown hedge {w!r}; use one of: {choices}; or give `expected` explicitly"
            for w in words[needs_hedge]
        ]
    basis_texts = pd.Series(basis, index=hedge.index, dtype=object)  # not copied into Arrow
    return pd.DataFrame(
        {"min": lo, "max": hi, "basis": basis_texts, "capped": capped, "error": error},
        index=hedge.index,
    )


def _cap(
    value: np.ndarray, low: np.ndarray, high: np.ndarray, digit: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`cap_range` over columns. It is one ``max``/``min`` per side, so the array form is
    written out rather than looping the scalar rule (a test checks they agree)."""
    with np.errstate(invalid="ignore"):
        reach = np.maximum(np.abs(value) * CAP_PCT / 100.0, digit / 2.0)
        noise = 1e-12 * np.maximum(np.abs(value), reach)
        capped_low = np.where(np.isinf(low), low, np.maximum(low, value - reach))
        capped_high = np.where(np.isinf(high), high, np.minimum(high, value + reach))
        narrowed = (capped_low > low + noise) | (capped_high < high - noise)
    return capped_low, capped_high, narrowed
