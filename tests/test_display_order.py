"""report.html's display order, found in linear time, is what sorting every row gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.model.verdicts import REPORT_ORDER
from figcheck.reports.display import display_order, first_in_order

SIZES = [0.0, -0.0, -0.1, -0.25, -0.5, -1.0, -np.inf]


@given(
    rows=st.lists(st.tuples(st.integers(0, 4), st.sampled_from(SIZES)), max_size=80),
    limit=st.integers(0, 90),
    seed=st.integers(0, 2**16),
)
def test_the_first_rows_are_those_of_a_full_sort(
    rows: list[tuple[int, float]], limit: int, seed: int
) -> None:
    rank = np.array([r for r, _ in rows], dtype=np.int8)
    size = np.array([s for _, s in rows], dtype=float)
    tie = np.random.default_rng(seed).permutation(len(rows)) * 7  # distinct, any order
    expected = np.lexsort((tie, size, rank))[:limit]
    assert first_in_order(rank, size, tie, limit).tolist() == expected.tolist()


@pytest.mark.parametrize("limit", [0, 1, 5, 50])
def test_display_order_takes_discrepancies_by_size_then_the_rest_in_input_order(
    limit: int,
) -> None:
    rng = np.random.default_rng(3)
    findings = pd.DataFrame({
        "verdict": rng.choice(list(REPORT_ORDER), 40),
        "deviation": rng.choice([np.nan, 0.1, -0.3, 0.3, 2.0], 40),
    })  # fmt: skip
    shown = display_order(findings, limit)
    rank = [list(REPORT_ORDER).index(v) for v in findings["verdict"]]
    size = -np.nan_to_num(np.abs(findings["deviation"].to_numpy()), nan=0.0)
    expected = np.lexsort((np.arange(40), size, rank))[:limit]
    assert shown.index.tolist() == expected.tolist()
