"""A dataset view keeps the answers it gave: a big table's later chunks ask for the same keys.

What is kept must never change an answer: asked again, in any order, mixed with new keys, with
keys that are equal in Python but read differently (1, 1.0, True, "1"), or after the store was
emptied for being full, every request gets what a fresh view gives.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.check import lookups
from figcheck.check.lookups import DatasetView, resolve_lookups


def _view() -> DatasetView:
    frame = pd.DataFrame(
        {
            "Country": ["MEX", "MEX", "COL", "COL", "1", "USA"],
            "Year": [2009, 2010, 2009, 2010, 2009, 2009],
            "Value": [1.0, 2.0, 3.0, np.nan, 5.0, 6.0],
        }
    )
    return DatasetView(
        name="gdp", title="GDP", frame=frame,
        types={"Country": "string", "Year": "integer", "Value": "number"},
        units={"Value": "USD"}, value_column="Value",
    )  # fmt: skip


class _Access:
    def __init__(self, view: DatasetView) -> None:
        self._view = view

    def view(self, name: str) -> DatasetView:
        assert name == self._view.name
        return self._view


_COUNTRIES = ["MEX", "COL", "USA", "BRA", "1", 1, 1.0, True]
_YEARS: list[Any] = [2009, 2010, 2011, "2009", 2009.0, True, {"between": [2009, 2010]}]


def _requests(keys: list[tuple[Any, Any]], aggregate: str | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "reference.dataset": ["gdp"] * len(keys),
            "reference.column": [None] * len(keys),
            "reference.aggregate": [aggregate] * len(keys),
            "reference.where.Country": pd.Series([c for c, _ in keys], dtype=object),
            "reference.where.Year": pd.Series([y for _, y in keys], dtype=object),
        }
    )


def _same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True))


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(
        st.lists(st.tuples(st.sampled_from(_COUNTRIES), st.sampled_from(_YEARS)), min_size=1,
                 max_size=12),
        min_size=1, max_size=5,
    ),
    aggregate=st.sampled_from([None, "sum", "count"]),
)  # fmt: skip
def test_kept_answers_are_the_answers_a_fresh_view_gives(
    chunks: list[list[tuple[Any, Any]]], aggregate: str | None
) -> None:
    kept = _Access(_view())
    for chunk in chunks:
        requests = _requests(chunk, aggregate)
        _same(resolve_lookups(requests, kept), resolve_lookups(requests, _Access(_view())))


def test_a_full_store_is_emptied_and_answers_stay_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookups, "ANSWERS_KEPT", 2)
    view = _view()
    kept = _Access(view)
    for chunk in ([("MEX", 2009), ("COL", 2009)], [("USA", 2009), ("MEX", 2010), ("COL", 2010)],
                  [("MEX", 2009)]):  # fmt: skip
        requests = _requests(chunk)
        _same(resolve_lookups(requests, kept), resolve_lookups(requests, _Access(_view())))
    (store,) = view.answered.values()
    assert len(store.index) <= 3  # emptied when full, then refilled by one chunk's keys


def test_later_chunks_answer_known_keys_without_looking_them_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = _Access(_view())
    resolve_lookups(_requests([("MEX", 2009), ("COL", 2010)]), kept)
    answered: list[int] = []
    original = lookups._answer_group

    def counting(*args: Any) -> Any:
        answered.append(len(args[-1][0]))
        return original(*args)

    monkeypatch.setattr(lookups, "_answer_group", counting)
    resolve_lookups(_requests([("COL", 2010), ("MEX", 2009), ("USA", 2009), ("MEX", 2009)]), kept)
    assert answered == [1]  # only USA 2009 was new


# Kept answers across chunks whose where columns came out with different dtypes.
#
# A claims table's chunks are read one at a time, so one where column can be ``int64`` in one
# chunk and ``float64`` in the next (pandas turns an integer column with a gap into floats), or
# ``bool`` in one and ``int64`` in another. ``1``, ``1.0`` and ``True`` are one key to Python but
# read differently as text (``"1"``, ``"1.0"``, ``"True"``): an answer kept from one chunk must not
# be given to a request that reads differently, whatever the chunks' order.


def _codes_view() -> DatasetView:
    frame = pd.DataFrame({"Code": ["1", "1.0", "True", "2"], "Value": [10.0, 20.0, 30.0, 40.0]})
    return DatasetView(
        name="codes", title="Codes", frame=frame, types={"Code": "string", "Value": "number"},
        units={"Value": "USD"}, value_column="Value",
    )  # fmt: skip


def _code_requests(codes: pd.Series) -> pd.DataFrame:
    n = len(codes)
    return pd.DataFrame(
        {
            "reference.dataset": ["codes"] * n,
            "reference.column": [None] * n,
            "reference.aggregate": [None] * n,
            "reference.where.Code": codes.reset_index(drop=True),
        }
    )


_CHUNKS: dict[str, pd.Series] = {
    "int64": pd.Series([1, 2], dtype="int64"),
    "float64": pd.Series([1.0, 2.0], dtype="float64"),
    "bool": pd.Series([True, True], dtype="bool"),
    "object ints": pd.Series([1, 2], dtype=object),
    "nullable Int64": pd.Series([1, 2], dtype="Int64"),
}


@pytest.mark.parametrize("order", list(itertools.permutations(_CHUNKS, 2)), ids=str)
def test_a_kept_answer_goes_only_to_requests_that_read_alike(order: tuple[str, str]) -> None:
    kept = _Access(_codes_view())
    for name in order:
        requests = _code_requests(_CHUNKS[name])
        got = resolve_lookups(requests, kept)
        fresh = resolve_lookups(requests, _Access(_codes_view()))
        pd.testing.assert_frame_equal(got, fresh, obj=f"chunk {name} after {order[0]}")


def test_a_float_chunk_after_an_int_chunk_reads_its_own_key() -> None:
    kept = _Access(_codes_view())
    first = resolve_lookups(_code_requests(pd.Series([1], dtype="int64")), kept)
    second = resolve_lookups(_code_requests(pd.Series([1.0], dtype="float64")), kept)
    values: list[Any] = [first["value"].iloc[0], second["value"].iloc[0]]
    assert values == [10.0, 20.0]  # "1" and "1.0" as the string column reads them


def test_a_view_keeps_at_most_its_bound_of_answers_over_all_its_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each (column, aggregate, where columns) of a dataset is one group of kept answers: a run
    # asking many of them must not keep the bound's worth of answers (some 80 MB) in each.
    monkeypatch.setattr(lookups, "ANSWERS_KEPT", 3)
    view = _codes_view()
    kept = _Access(view)
    for aggregate in (None, "sum", "count", "mean", "max", "min"):
        requests = _code_requests(pd.Series(["1", "2"], dtype=object))
        requests["reference.aggregate"] = aggregate
        got = resolve_lookups(requests, kept)
        pd.testing.assert_frame_equal(got, resolve_lookups(requests, _Access(_codes_view())))
        assert sum(len(store.index) for store in view.answered.values()) <= 3
