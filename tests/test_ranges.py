"""Expected ranges from precision, hedges, tolerances and explicit bounds (docs/ranges.md)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.ranges import HEDGES, derive_ranges

INF = np.inf


def one(
    value: float,
    step: float,
    hedge: str | None = None,
    *,
    low: float = np.nan,
    high: float = np.nan,
    explicit: bool = False,
    tolerance: float = np.nan,
) -> tuple[float, float, str, object]:
    frame = derive_ranges(
        np.array([value]),
        np.array([step]),
        pd.Series([hedge], dtype=object),
        np.array([low]),
        np.array([high]),
        np.array([explicit]),
        np.array([tolerance]),
    )
    row = frame.iloc[0]
    return row["min"], row["max"], row["basis"], row["error"]


# Worked by hand: value, step, hedge → min, max, basis.
CASES = [
    (2.1e12, 1e11, None, 2.05e12, 2.15e12, "rounding"),
    (120000, 10000, None, 115000, 125000, "rounding"),
    (27213, 1, None, 27212.5, 27213.5, "rounding"),
    (2.1e12, 1e11, "around", 2.0e12, 2.2e12, "hedge"),
    (3.6, 0.1, "some", 3.5, 3.7, "hedge"),
    (3.6, 0.1, "Some", 3.5, 3.7, "hedge"),
    # ±1 step would be ±50%: capped at ±half the last digit (0.05), which beats ±10% (0.02)
    (0.2, 0.1, "probably around", 0.15, 0.25, "hedge"),
    (120000, 10000, "nearly", 110000, 120000, "hedge"),
    (120000, 10000, "almost", 110000, 120000, "hedge"),
    (8e9, 1e9, "more than", 8e9, INF, "hedge"),
    (8e9, 1e9, "at least", 8e9, INF, "hedge"),
    (1.0, 1.0, "much less than", -INF, 1.0, "hedge"),
    (70, 10, "as much as", -INF, 70, "hedge"),
    (5e6, 1e6, "just over", 5e6, 5.5e6, "hedge"),  # capped: +1 step would be +20%
    (42, 1, "exactly", 42, 42, "hedge"),
]


@pytest.mark.parametrize(
    ("value", "step", "hedge", "low", "high", "basis"),
    CASES,
    ids=[f"{c[2] or 'plain'}-{c[0]:g}" for c in CASES],
)
def test_hedge_rules(
    value: float, step: float, hedge: str | None, low: float, high: float, basis: str
) -> None:
    got = one(value, step, hedge)
    assert got[0] == pytest.approx(low)
    assert got[1] == pytest.approx(high)
    assert got[2] == basis
    assert pd.isna(got[3])


def test_tolerance_is_relative_and_beats_the_hedge() -> None:
    low, high, basis, _ = one(200.0, 10.0, "about", tolerance=0.05)
    assert (low, high, basis) == (pytest.approx(190.0), pytest.approx(210.0), "tolerance")


def test_explicit_bounds_win_and_may_be_open() -> None:
    assert one(2.0, 1.0, "about", low=1.5, high=2.5, explicit=True)[:3] == (1.5, 2.5, "explicit")
    low, high, basis, _ = one(2.0, 1.0, None, low=1.5, explicit=True)
    assert (low, high, basis) == (1.5, INF, "explicit")


def test_unknown_hedge_is_an_error_listing_choices() -> None:
    error = one(5.0, 1.0, "a majority of")[3]
    assert isinstance(error, str)
    assert "unknown hedge 'a majority of'" in error
    assert "around" in error
    assert pd.isna(one(5.0, 1.0, "a majority of", tolerance=0.1)[3])


def test_every_hedge_word_gives_a_range_containing_or_bounding_the_value() -> None:
    for word in HEDGES:
        low, high, _, error = one(100.0, 10.0, word)
        assert pd.isna(error)
        assert low <= 100.0 <= high, word


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.floats(min_value=1e-6, max_value=1e9),
    st.sampled_from([None, *sorted(HEDGES)]),
    st.floats(min_value=0, max_value=1e9),
)
def test_a_wider_range_never_creates_a_discrepancy(
    value: float, step: float, hedge: str | None, widen: float
) -> None:
    low, high, _, _ = one(value, step, hedge)
    wide_low, wide_high, _, _ = one(
        value, step, hedge, low=low - widen, high=high + widen, explicit=True
    )
    for reference in (value, low, high, (low + high) / 2 if np.isfinite(low + high) else value):
        if low <= reference <= high:
            assert wide_low <= reference <= wide_high


def test_property_tests_have_no_deadline() -> None:
    """Regression: a 200 ms Hypothesis deadline failed `make test` on a busy machine; timings
    belong in benchmarks/ (conftest loads a profile without one)."""
    assert settings.default.deadline is None
