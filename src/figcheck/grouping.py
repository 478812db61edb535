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
    """
    frame = pd.DataFrame({f"k{i}": np.asarray(key, dtype=object) for i, key in enumerate(keys)})
    if frame.empty:
        return
    indices: Any = frame.groupby(list(frame.columns), sort=False, dropna=dropna).indices
    for key, rows in indices.items():
        values = key if isinstance(key, tuple) else (key,)
        yield tuple(None if _missing(v) else v for v in values), np.asarray(rows)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))
