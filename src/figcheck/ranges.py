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

An explicit ``expected`` (min/max) wins over everything; a ``tolerance`` (relative) comes next.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pandas as pd

__all__ = ["HEDGES", "Basis", "HedgeKind", "derive_ranges", "normalise_hedge"]


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
    ),
    HedgeKind.UPPER_BOUND: (
        "less than", "under", "below", "up to", "at most", "as much as", "as many as",
        "fewer than", "no more than", "much less than", "well under", "well below",
        "as high as", "a maximum of", "<", "<=",
    ),
}  # fmt: skip

#: hedge word → kind, for every accepted word (lower case, single spaces).
HEDGES: dict[str, HedgeKind] = {word: kind for kind, words in _WORDS.items() for word in words}


def normalise_hedge(word: str) -> str:
    """Lower-case and collapse white space so ``'More  than'`` reads as ``'more than'``."""
    return " ".join(str(word).lower().split())


def derive_ranges(
    value: np.ndarray,
    step: np.ndarray,
    hedge: pd.Series,
    explicit_min: np.ndarray,
    explicit_max: np.ndarray,
    has_explicit: np.ndarray,
    tolerance: np.ndarray,
) -> pd.DataFrame:
    """Compute the expected range of every claim at once.

    ``explicit_min``/``explicit_max`` are NaN for an open side; ``has_explicit`` marks rows
    whose desk gave ``expected.min`` or ``.max``; ``tolerance`` is a fraction (NaN if none).
    Returns ``min``, ``max`` (±inf for open sides), ``basis``, and ``error`` (unknown hedge).
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

    has_tol = ~np.isnan(tolerance)
    spread = np.abs(value) * np.where(has_tol, tolerance, 0.0)
    lo = np.where(has_tol, value - spread, lo)
    hi = np.where(has_tol, value + spread, hi)
    basis = np.where(has_tol, Basis.TOLERANCE.value, basis)

    lo = np.where(has_explicit, np.where(np.isnan(explicit_min), -np.inf, explicit_min), lo)
    hi = np.where(has_explicit, np.where(np.isnan(explicit_max), np.inf, explicit_max), hi)
    basis = np.where(has_explicit, Basis.EXPLICIT.value, basis)

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
        {"min": lo, "max": hi, "basis": basis_texts, "error": error}, index=hedge.index
    )
