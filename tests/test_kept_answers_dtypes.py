"""Kept answers across chunks whose where columns came out with different dtypes.

A claims table's chunks are read one at a time, so one where column can be ``int64`` in one
chunk and ``float64`` in the next (pandas turns an integer column with a gap into floats), or
``bool`` in one and ``int64`` in another. ``1``, ``1.0`` and ``True`` are one key to Python but
read differently as text (``"1"``, ``"1.0"``, ``"True"``): an answer kept from one chunk must not
be given to a request that reads differently, whatever the chunks' order.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd
import pytest

from figcheck.check.lookups import DatasetView, resolve_lookups


def _view() -> DatasetView:
    frame = pd.DataFrame({"Code": ["1", "1.0", "True", "2"], "Value": [10.0, 20.0, 30.0, 40.0]})
    return DatasetView(
        name="codes", title="Codes", frame=frame, types={"Code": "string", "Value": "number"},
        units={"Value": "USD"}, value_column="Value",
    )  # fmt: skip


class _Access:
    def __init__(self, view: DatasetView) -> None:
        self._view = view

    def view(self, name: str) -> DatasetView:
        assert name == "codes"
        return self._view


def _requests(codes: pd.Series) -> pd.DataFrame:
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
    kept = _Access(_view())
    for name in order:
        requests = _requests(_CHUNKS[name])
        got = resolve_lookups(requests, kept)
        fresh = resolve_lookups(requests, _Access(_view()))
        pd.testing.assert_frame_equal(got, fresh, obj=f"chunk {name} after {order[0]}")


def test_a_float_chunk_after_an_int_chunk_reads_its_own_key() -> None:
    kept = _Access(_view())
    first = resolve_lookups(_requests(pd.Series([1], dtype="int64")), kept)
    second = resolve_lookups(_requests(pd.Series([1.0], dtype="float64")), kept)
    values: list[Any] = [first["value"].iloc[0], second["value"].iloc[0]]
    assert values == [10.0, 20.0]  # "1" and "1.0" as the string column reads them
    assert not np.isnan(second["value"].iloc[0])


def test_a_view_keeps_at_most_its_bound_of_answers_over_all_its_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each (column, aggregate, where columns) of a dataset is one group of kept answers: a run
    # asking many of them must not keep the bound's worth of answers (some 80 MB) in each.
    from figcheck.check import lookups

    monkeypatch.setattr(lookups, "ANSWERS_KEPT", 3)
    view = _view()
    kept = _Access(view)
    for aggregate in (None, "sum", "count", "mean", "max", "min"):
        requests = _requests(pd.Series(["1", "2"], dtype=object))
        requests["reference.aggregate"] = aggregate
        got = resolve_lookups(requests, kept)
        pd.testing.assert_frame_equal(got, resolve_lookups(requests, _Access(_view())))
        assert sum(len(store.index) for store in view.answered.values()) <= 3
