"""Group row positions by the values of a few key arrays: the one idiom the engine repeats."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["groups"]


def groups(*keys: Any, dropna: bool = False) -> Iterator[tuple[tuple[Any, ...], np.ndarray]]:
    """Yield ``(key values, row positions)`` for each distinct combination of ``keys``.

    Each key is an array-like of the same length; positions index into it (not into any index).
    Missing values (None, NaN) form their own group as None, unless ``dropna``. Keys are
    factorised one by one and combined into one integer code, so no Python object is made per
    row; groups come in order of first appearance.
    """
    if not keys or len(keys[0]) == 0:
        return
    arrays = [np.asarray(key, dtype=object) for key in keys]
    combined = np.zeros(len(arrays[0]), dtype=np.int64)
    for array in arrays:
        codes, values = pd.factorize(array, use_na_sentinel=True)
        codes = np.where(codes < 0, len(values), codes)  # missing values form their own code
        combined = combined * (len(values) + 1) + codes
        combined = pd.factorize(combined)[0].astype(np.int64)  # stay small: no overflow
    _, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.cumsum(np.bincount(inverse))
    starts = np.concatenate(([0], bounds[:-1]))
    for group in np.argsort(first, kind="stable"):
        rows = order[starts[group] : bounds[group]]
        sample = rows[0]
        found = tuple(None if _missing(a[sample]) else a[sample] for a in arrays)
        if dropna and any(v is None for v in found):
            continue
        yield found, rows


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))
