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
    reference = rng.choice([np.nan, 110.0, 70.0, 130.0, 300.0, 5.0], 40)
    findings = pd.DataFrame({
        "verdict": rng.choice(list(REPORT_ORDER), 40),
        "claimed_value": 100.0,
        "reference_value": reference,
        "deviation": (100.0 - reference) / reference,
        "shape": "level",
    })  # fmt: skip
    shown = display_order(findings, limit)
    rank = [list(REPORT_ORDER).index(v) for v in findings["verdict"]]
    # the gap as a factor, whichever way (review30): "10% higher" 0.1, "30% lower" 0.43 (the
    # article's figure is 1.43 times the data's), "30% higher" 0.3, "3 times as much" 2, "a factor
    # of 20 lower" 19
    words = {110.0: 0.1, 70.0: 100 / 70 - 1, 130.0: 0.3, 300.0: 2.0, 5.0: 19.0}
    size = -np.array([words.get(r, 0.0) for r in reference])
    expected = np.lexsort((np.arange(40), size, rank))[:limit]
    assert shown.index.tolist() == expected.tolist()


def test_a_ninefold_shortfall_comes_before_twice_as_much_and_a_wrong_direction_first() -> None:
    """review30: ordered by the card's number, "89% lower" (the article's figure 9.1 times the
    data's) came after "2 times as much"; a reference of the other sign is the worst of all."""
    reference = [160.0, 11.0, 200.0, 0.1, -50.0, -200.0]
    findings = pd.DataFrame({
        "verdict": "discrepancy",
        "claimed_value": 100.0,
        "reference_value": reference,
        "deviation": [(100.0 - r) / r for r in reference],
        "shape": "level",
    })  # fmt: skip
    shown = display_order(findings, 6)
    assert findings.loc[shown.index, "reference_value"].tolist() == [
        -200.0, -50.0, 0.1, 11.0, 200.0, 160.0
    ]  # fmt: skip
