"""The datasets a result was judged on, as a value: the findings' ``dataset`` column holds, for
each result, a tuple of dataset (or vintage) names in the order they were used, or None when no
dataset was used. Nothing is carried in a joined string: reports join the names for display
only (:func:`shown`), each distinct list once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from figcheck.check.grouping import factorize_objects

__all__ = ["DatasetNames", "distinct_lists", "names_in", "one_each", "shown"]

#: The names of the datasets (or vintages: ``NAME@RETRIEVED``) one result was judged on.
DatasetNames = tuple[str, ...]


def one_each(names: Any) -> np.ndarray:
    """A list of one name for each name (None where none), each distinct list built once."""
    codes, distinct = pd.factorize(np.asarray(names, dtype=object), use_na_sentinel=True)
    table = np.empty(len(distinct) + 1, dtype=object)  # the last slot: code -1, no dataset
    for i, name in enumerate(distinct):
        table[i] = (str(name),)
    return table[codes]


def distinct_lists(values: Any) -> tuple[np.ndarray, list[DatasetNames]]:
    """Which distinct list each result has (-1: none), and those lists in order of first use."""
    codes, distinct = factorize_objects(np.asarray(values, dtype=object))
    return codes, [names_in(value) for value in distinct]


def shown(values: Any) -> np.ndarray:
    """Each list as report text (``world-gdp, us-cpi-u``), None where there is none."""
    codes, lists = distinct_lists(values)
    table = np.array([*(", ".join(names) for names in lists), None], dtype=object)
    texts: np.ndarray = table[codes]
    return texts


def names_in(value: Any) -> DatasetNames:
    """The names of one result's list (none for a result that used no dataset)."""
    return value if isinstance(value, tuple) else ()
