"""grouping.groups: the same partition as grouping the rows by hand, in order of first sight."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from figcheck.check.grouping import first_positions, groups

_VALUES = st.one_of(st.none(), st.sampled_from(["a", "b", "c"]), st.sampled_from([1.0, math.nan]))


def _by_hand(keys: list[list[Any]], dropna: bool) -> list[tuple[tuple[Any, ...], list[int]]]:
    found: dict[tuple[Any, ...], list[int]] = {}
    for i in range(len(keys[0])):
        key = tuple(None if _missing(k[i]) else k[i] for k in keys)
        found.setdefault(key, []).append(i)
    return [(k, rows) for k, rows in found.items() if not (dropna and None in k)]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@given(
    st.integers(1, 3).flatmap(
        lambda width: st.lists(st.tuples(*[_VALUES] * width), min_size=1, max_size=40)
    ),
    st.booleans(),
    st.booleans(),
)
def test_groups_partition_the_rows_as_by_hand(
    rows: list[tuple[Any, ...]], dropna: bool, as_series: bool
) -> None:
    keys = [list(column) for column in zip(*rows, strict=True)]
    given_keys = [pd.Series(k, dtype=object) if as_series else k for k in keys]
    got = [(key, positions.tolist()) for key, positions in groups(*given_keys, dropna=dropna)]
    assert got == _by_hand(keys, dropna)


def test_groups_of_arrow_strings_and_one_group() -> None:
    codes = pd.Series(["x", "y", "x", None], dtype="string[pyarrow]")
    got = [(key, rows.tolist()) for key, rows in groups(codes)]
    assert got == [(("x",), [0, 2]), (("y",), [1]), ((None,), [3])]
    same = [(key, rows.tolist()) for key, rows in groups(["u"] * 3, np.zeros(3, dtype=int))]
    assert same == [(("u", 0), [0, 1, 2])]


@given(st.lists(st.integers(0, 5), max_size=50))
def test_first_positions(values: list[int]) -> None:
    codes = pd.factorize(np.asarray(values, dtype=np.int64))[0]
    expected = [values.index(v) for v in dict.fromkeys(values)]
    assert first_positions(codes).tolist() == expected


def test_key_codes_of_many_wide_keys_name_each_combination_once() -> None:
    """Keys whose combined widths pass 2**62 (renumbered on the way) still give one code per
    distinct combination, numbered in order of first appearance."""
    from figcheck.check.grouping import key_codes

    rng = np.random.default_rng(7)
    n = 5000
    keys = [rng.integers(0, 400, n).astype(float) for _ in range(9)]  # 400**9 > 2**62
    keys[3][::7] = np.nan
    rows = [tuple("nan" if math.isnan(k[i]) else k[i] for k in keys) for i in range(n)]
    rows[10] = rows[3]  # a combination that repeats
    for k, value in zip(keys, rows[3], strict=True):
        k[10] = np.nan if value == "nan" else value
    expected: dict[tuple[Any, ...], int] = {}
    by_hand = [expected.setdefault(row, len(expected)) for row in rows]
    assert key_codes(*keys).tolist() == by_hand


_OBJECTS = st.one_of(
    st.none(), st.just(math.nan), st.just(pd.NA), st.sampled_from(["a", "b", "ab"]),
    st.sampled_from([0, 0.0, False, 1, 1.0, True]), st.sampled_from([("x",), ("x", "y"), ()]),
)  # fmt: skip


@given(st.lists(_OBJECTS, max_size=30), st.booleans())
def test_objects_are_numbered_as_pandas_numbers_them(values: list[Any], copies: bool) -> None:
    """speed30: factorize_objects numbers the objects by address, then the distinct ones by
    value; it must give pandas' codes and uniques, whether equal values are one object or
    copies of it."""
    from figcheck.check.grouping import factorize_objects

    if copies:  # equal values as distinct objects
        values = ["".join(v) if isinstance(v, str) else v for v in values]
        values = [(*v,) if isinstance(v, tuple) else v for v in values]
    array = np.empty(len(values), dtype=object)
    array[:] = values
    codes, uniques = factorize_objects(array)
    expected_codes, expected_uniques = pd.factorize(array, use_na_sentinel=True)
    assert codes.tolist() == expected_codes.tolist()
    assert [(type(u), u) for u in uniques] == [(type(u), u) for u in expected_uniques]
