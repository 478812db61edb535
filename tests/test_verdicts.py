"""The verdict rule (model/verdicts.py) and its column form (check/rules.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.check.rules import derive_verdicts, within_columns
from figcheck.model.verdicts import BAD, CHECKED, REPORT_ORDER, WORDS, Verdict, decide, within

INF = math.inf


@pytest.mark.parametrize(
    ("claim_error", "reference_error", "reference", "low", "high", "verdict"),
    [
        (True, False, 5.0, 0.0, 10.0, Verdict.ERROR),
        (False, True, None, 0.0, 10.0, Verdict.ERROR),
        (False, False, None, 0.0, 10.0, Verdict.UNVERIFIABLE),
        (False, False, math.nan, 0.0, 10.0, Verdict.UNVERIFIABLE),
        (False, False, 5.0, 0.0, 10.0, Verdict.SUPPORTED),
        (False, False, 10.0, 0.0, 10.0, Verdict.SUPPORTED),
        (False, False, 10.5, 0.0, 10.0, Verdict.DISCREPANCY),
        (False, False, 1e12, 8e9, INF, Verdict.SUPPORTED),
        (False, False, -1e12, -INF, 1.0, Verdict.SUPPORTED),
        (False, False, 0.30000000000000004, 0.1, 0.3, Verdict.SUPPORTED),  # noise allowed
        (False, False, 0.3001, 0.1, 0.3, Verdict.DISCREPANCY),
    ],
)
def test_decide(
    claim_error: bool,
    reference_error: bool,
    reference: float | None,
    low: float,
    high: float,
    verdict: Verdict,
) -> None:
    got = decide(
        claim_error=claim_error,
        reference_error=reference_error,
        reference=reference,
        low=low,
        high=high,
    )
    assert got is verdict


def test_one_order_and_one_set_of_words() -> None:
    assert set(REPORT_ORDER) == set(Verdict) == set(WORDS)
    assert [v.value for v in Verdict] == ["supported", "discrepancy", "unverifiable", "error"]
    assert WORDS[Verdict.SUPPORTED].sentence == "Holds"
    assert WORDS[Verdict.DISCREPANCY].label == "discrepancies"
    assert set(BAD) & set(CHECKED) == {Verdict.DISCREPANCY}  # checked, and bad


finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False)
end = st.one_of(finite, st.just(INF), st.just(-INF), st.just(math.nan))


@given(st.lists(st.tuples(finite, end, end, st.booleans(), st.booleans()), min_size=1))
def test_the_columns_are_the_scalar_rule_per_claim(
    rows: list[tuple[float, float, float, bool, bool]],
) -> None:
    reference, low, high, error, usable = (np.array(c) for c in zip(*rows, strict=True))
    inside = within_columns(reference, low, high)
    verdicts = derive_verdicts(error, np.zeros(len(rows), bool), usable, reference, low, high)
    for i, (ref, lo, hi, err, use) in enumerate(rows):
        assert bool(inside[i]) is within(ref, lo, hi)
        expected = decide(
            claim_error=err, reference_error=False, reference=ref if use else None, low=lo, high=hi
        )
        assert verdicts[i] == expected.value
