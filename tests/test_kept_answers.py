"""A dataset view keeps the answers it gave: a big table's later chunks ask for the same keys.

What is kept must never change an answer: asked again, in any order, mixed with new keys, with
keys that are equal in Python but read differently (1, 1.0, True, "1"), or after the store was
emptied for being full, every request gets what a fresh view gives.
"""

from __future__ import annotations

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
        assert name == "gdp"
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
