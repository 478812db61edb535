"""Group row positions by the values of a few key arrays: the one idiom the engine repeats.

Keys are factorised one by one (pandas columns as they are: Arrow strings are hashed in C, not
turned into Python objects) and combined into one integer code per row, numbered in order of
first appearance.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["constant", "factorize_objects", "first_positions", "groups", "key_codes"]


def groups(*keys: Any, dropna: bool = False) -> Iterator[tuple[tuple[Any, ...], np.ndarray]]:
    """Yield ``(key values, row positions)`` for each distinct combination of ``keys``.

    Each key is an array-like of the same length; positions index into it (not into any index).
    Missing values (None, NaN) form their own group as None, unless ``dropna``. Groups come in
    order of first appearance; one group (the common case) costs no sort at all.
    """
    if not keys or len(keys[0]) == 0:
        return
    factorised = [_factorise(key) for key in keys]
    combined = _combine([codes for codes, _ in factorised], len(keys[0]))
    if not combined.any():  # one group
        found = tuple(_value(values, codes[0]) for codes, values in factorised)
        if not (dropna and any(v is None for v in found)):
            yield found, np.arange(len(combined))
        return
    order = np.argsort(combined, kind="stable")
    bounds = np.cumsum(np.bincount(combined))
    starts = np.concatenate(([0], bounds[:-1]))
    for group, sample in enumerate(first_positions(combined).tolist()):
        found = tuple(_value(values, codes[sample]) for codes, values in factorised)
        if dropna and any(v is None for v in found):
            continue
        yield found, order[starts[group] : bounds[group]]


def key_codes(*keys: Any) -> np.ndarray:
    """One integer per row naming its combination of key values (missing values included),
    numbered 0, 1, 2, … in order of first appearance."""
    n = len(keys[0]) if keys else 0
    return _combine([_factorise(key)[0] for key in keys if not constant(key)], n)


def factorize_objects(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(values, use_na_sentinel=True)`` of an object array, the same codes and
    uniques, in two steps: the objects numbered by their address (one integer each: an engine
    column holds a few objects many times, taken from a table of per-key answers), then the
    distinct objects by value (equal objects that are not one, missing values: -1). pandas
    hashes and compares every row's object (a string's hash is kept, a tuple's is not): 15 ms
    for 187k rows of one label, 4 ms this way."""
    values = np.ascontiguousarray(values, dtype=object)
    if not len(values):
        found: tuple[np.ndarray, np.ndarray] = pd.factorize(values, use_na_sentinel=True)
        return found
    addresses = np.ctypeslib.as_array(
        (ctypes.c_ssize_t * len(values)).from_address(values.ctypes.data)
    ).copy()  # read while ``values`` holds its objects; a copy outlives it
    by_object = pd.factorize(addresses)[0]
    codes, uniques = pd.factorize(values[first_positions(by_object)], use_na_sentinel=True)
    spread: np.ndarray = codes[by_object]
    return spread, np.asarray(uniques, dtype=object)


def first_positions(codes: np.ndarray) -> np.ndarray:
    """Where each code first appears, for codes numbered 0, 1, 2, … in order of first
    appearance (as :func:`key_codes` numbers them): where the running maximum rises."""
    if len(codes) == 0:
        return np.zeros(0, dtype=np.intp)
    running = np.maximum.accumulate(codes)
    return np.flatnonzero(np.diff(running, prepend=-1) > 0)


def constant(key: Any) -> bool:
    """Whether an array holds one value throughout (all NaN counts; for texts, one text or
    None throughout): it splits nothing, and finding that out costs far less than factorising
    it."""
    if not isinstance(key, np.ndarray) or key.dtype.kind not in "biufO" or len(key) == 0:
        return False
    if key.dtype.kind == "O":
        first = key[0]
        if first is not None and not isinstance(first, str):
            return False
        try:  # a non-text compares unequal; pd.NA has no truth value: not constant either way
            same: np.ndarray = key == first
            return bool(same.all())
        except (TypeError, ValueError):
            return False
    if key.dtype.kind == "f" and np.isnan(key[0]):
        return bool(np.isnan(key).all())
    return bool((key == key[0]).all())


def _factorise(key: Any) -> tuple[np.ndarray, np.ndarray]:
    """Codes 0…k-1 for the values, k for a missing value; the k values, then None."""
    if not isinstance(key, (pd.Series, pd.Index, np.ndarray, pd.api.extensions.ExtensionArray)):
        key = np.asarray(key, dtype=object)
    if isinstance(key, np.ndarray) and key.dtype == object:
        codes, values = factorize_objects(key)
    else:
        codes, values = pd.factorize(key, use_na_sentinel=True)
    values = np.concatenate([np.asarray(values, dtype=object), [None]])
    return np.where(codes < 0, len(values) - 1, codes).astype(np.int64), values


#: Combined codes are numbered anew (densely) only before they could pass this.
_CODE_ROOM = 1 << 62


def _combine(codes_of: list[np.ndarray], n: int) -> np.ndarray:
    """One code per distinct combination: each key's codes appended as digits (``combined *
    width + codes``, one-to-one while it stays below :data:`_CODE_ROOM`), numbered in order of
    first appearance by one factorisation at the end."""
    combined = np.zeros(n, dtype=np.int64)
    size = 1  # combined < size
    for codes in codes_of:
        if not len(codes):
            continue
        low, high = int(codes.min()), int(codes.max())
        if low == high:  # one value: no split
            continue
        width = high + 1
        if size * width >= _CODE_ROOM:  # stay small: no overflow
            combined, uniques = pd.factorize(combined)
            size = len(uniques)
        combined = combined * width + codes
        size *= width
    if size > 1:
        combined = pd.factorize(combined)[0]
    return combined.astype(np.intp)


def _value(values: np.ndarray, code: int) -> Any:
    value = values[code]
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value
