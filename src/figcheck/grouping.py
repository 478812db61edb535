"""Group row positions by the values of a few key arrays: the one idiom the engine repeats."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["first_positions", "groups"]


def groups(*keys: Any, dropna: bool = False) -> Iterator[tuple[tuple[Any, ...], np.ndarray]]:
    """Yield ``(key values, row positions)`` for each distinct combination of ``keys``.

    Each key is an array-like of the same length; positions index into it (not into any index).
    Missing values (None, NaN) form their own group as None, unless ``dropna``. Keys are
    factorised one by one (pandas columns as they are: Arrow strings are hashed in C, not turned
    into Python objects) and combined into one integer code; groups come in order of first
    appearance, and one group (the common case) costs no sort at all.
    """
    if not keys or len(keys[0]) == 0:
        return
    n = len(keys[0])
    combined = np.zeros(n, dtype=np.int64)
    distinct: list[np.ndarray] = []
    codes_of: list[np.ndarray] = []
    for key in keys:
        codes, values = pd.factorize(_factorizable(key), use_na_sentinel=True)
        values = np.concatenate([np.asarray(values, dtype=object), [None]])  # code -1: missing
        codes_of.append(codes)
        distinct.append(values)
        if len(values) > 2 or ((codes < 0).any() and (codes >= 0).any()):
            combined = combined * len(values) + np.where(codes < 0, len(values) - 1, codes)
            combined = pd.factorize(combined)[0].astype(np.int64)  # stay small: no overflow
    if not combined.any():  # one group
        found = tuple(
            _value(values, codes[0]) for values, codes in zip(distinct, codes_of, strict=True)
        )
        if not (dropna and any(v is None for v in found)):
            yield found, np.arange(n)
        return
    first = first_positions(combined)
    order = np.argsort(combined, kind="stable")
    bounds = np.cumsum(np.bincount(combined))
    starts = np.concatenate(([0], bounds[:-1]))
    for group, sample in enumerate(first.tolist()):
        found = tuple(
            _value(values, codes[sample]) for values, codes in zip(distinct, codes_of, strict=True)
        )
        if dropna and any(v is None for v in found):
            continue
        yield found, order[starts[group] : bounds[group]]


def first_positions(codes: np.ndarray) -> np.ndarray:
    """Where each code first appears, for codes numbered 0, 1, 2, … in order of first
    appearance (as :func:`pandas.factorize` numbers them): where the running maximum rises."""
    if len(codes) == 0:
        return np.zeros(0, dtype=np.intp)
    running = np.maximum.accumulate(codes)
    return np.flatnonzero(np.diff(running, prepend=-1) > 0)


def _factorizable(key: Any) -> Any:
    if isinstance(key, (pd.Series, pd.Index, np.ndarray, pd.api.extensions.ExtensionArray)):
        return key
    return np.asarray(key, dtype=object)


def _value(values: np.ndarray, code: int) -> Any:
    value = values[code]
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value
