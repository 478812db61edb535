"""The model's scalar rules applied to columns: once per distinct key, spread to every claim.

A million claims hold a few tens of thousands of distinct (value, precision, hedge, tolerance,
bounds) combinations and a handful of (error, reference status, in range) ones, so each rule
runs in plain Python per key and its results are taken back to the rows.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pandas as pd

from figcheck.check.grouping import first_positions, key_codes
from figcheck.model.ranges import expected_range
from figcheck.model.verdicts import NOISE, decide

__all__ = ["derive_ranges", "derive_verdicts", "within_columns"]

#: A chunked run meets the same (value, precision, hedge) in every chunk: each is derived once.
_expected_range = lru_cache(maxsize=1 << 16)(expected_range)


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
    """:func:`~figcheck.model.ranges.expected_range` of every claim.

    ``explicit_min``/``explicit_max`` are NaN for an open side; ``has_explicit`` marks rows
    whose desk gave ``expected.min`` or ``.max``; ``tolerance`` is a fraction (NaN if none);
    ``digit`` is one unit of each figure's last printed digit (default ``step``: no zeros read
    as rounding). Returns ``min``, ``max`` (±inf for open sides), ``basis``, ``capped`` and
    ``error`` (unknown hedge).
    """
    digit = step if digit is None else digit
    hedge_codes, hedges = pd.factorize(hedge, use_na_sentinel=True)  # a handful of words
    codes = key_codes(
        value, step, digit, hedge_codes, tolerance, explicit_min, explicit_max, has_explicit
    )
    words = [str(h) for h in hedges]
    first = first_positions(codes)
    ranges = [
        _expected_range(
            v, s, d, words[h] if h >= 0 else None, None if math.isnan(t) else t,
            low if given else None, high if given else None,
        )
        for v, s, d, h, t, low, high, given in zip(*(
            np.asarray(column)[first].tolist() for column in (
                value, step, digit, hedge_codes, tolerance, explicit_min, explicit_max,
                has_explicit,
            )
        ), strict=True)
    ]  # fmt: skip
    error = np.array([r.error for r in ranges], dtype=object)[codes]
    return pd.DataFrame(
        {
            "min": np.array([r.low for r in ranges], dtype=float)[codes],
            "max": np.array([r.high for r in ranges], dtype=float)[codes],
            "basis": pd.Series(
                _coded([r.basis.value for r in ranges], codes), index=hedge.index, copy=False
            ),
            "capped": np.array([r.capped for r in ranges], dtype=bool)[codes],
            "error": pd.Series(error, index=hedge.index, dtype=object),
        },
        index=hedge.index,
    )


def _coded(per_key: list[str], codes: np.ndarray) -> pd.Categorical:
    """Each row's text of its key (``per_key``, a few words), as a Categorical: the reports
    and the messages take its codes, no string per row is hashed."""
    key_words, words = pd.factorize(np.asarray(per_key, dtype=object))
    return pd.Categorical.from_codes(
        key_words[codes], categories=pd.Index(np.asarray(words, dtype=object), dtype=object)
    )


def within_columns(value: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """:func:`~figcheck.model.verdicts.within` over columns. It is one comparison per row, so
    the array form is written out rather than keyed (a test checks they agree)."""
    scale = np.maximum.reduce(
        [np.abs(np.where(np.isfinite(v), v, 0.0)) for v in (low, high, value)]
    )
    eps = NOISE * scale
    with np.errstate(invalid="ignore"):
        inside: np.ndarray = (value >= low - eps) & (value <= high + eps)
    return inside


def derive_verdicts(
    claim_error: np.ndarray,
    reference_error: np.ndarray,
    usable: np.ndarray,
    reference: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
) -> pd.Categorical:
    """:func:`~figcheck.model.verdicts.decide` for every claim (a Categorical of verdict
    values): once per distinct (claim error, reference error, usable reference, in range)."""
    inside = within_columns(reference, low, high)
    # Four yes/no facts: at most sixteen keys, numbered arithmetically (no hashing).
    codes = (
        np.asarray(claim_error, dtype=np.int8) * 8
        + np.asarray(reference_error, dtype=np.int8) * 4
        + np.asarray(usable, dtype=np.int8) * 2
        + np.asarray(inside, dtype=np.int8)
    )
    verdicts = []
    present, firsts = np.unique(codes, return_index=True)  # each key and its first row
    for i in firsts.tolist():
        verdicts.append(
            decide(
                claim_error=bool(claim_error[i]),
                reference_error=bool(reference_error[i]),
                reference=float(reference[i]) if usable[i] else None,
                low=float(low[i]),
                high=float(high[i]),
            ).value
        )
    numbered = np.zeros(16, dtype=np.intp)
    numbered[present] = np.arange(len(present))
    return _coded(verdicts, numbered[codes])
