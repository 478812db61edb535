"""The words of findings: amounts, ranges and gaps as an editor reads them."""

from __future__ import annotations

import pytest

from figcheck.check.findings import format_amount, gap_text, range_text

INF = float("inf")


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (2.186e12, "USD", "US$2.186 trillion"),
        (60.718e12, "USD", "US$60.72 trillion"),
        (215.9e9, "GBP", "£215.9 billion"),
        (-5e9, "USD", "−US$5 billion"),
        (0, "USD", "US$0"),
        (650e9, "USD / year", "US$650 billion a year"),
        # a rate per person reads "per person", never "a people" (verdicts23)
        (81236.43, "USD / people", "US$81,236 per person"),
        (-1.7, "percentage_point", "−1.7 percentage points"),
        (106098, "people", "106,098 people"),
        (5800, "metric_ton", "5,800 tonnes"),
        (5e6, "count", "5 million"),
        (3.4587, "percent", "3.459%"),
        (100.0, "%", "100%"),
        (99.85, "%", "99.85%"),
        (0.2, "percent", "0.2%"),
        (31.35, "", "31.35"),
        (999.96, "", "1,000"),
        (-3.5, "", "−3.5"),  # mends28: one minus, as money has
        (0.000123, "", "0.000123"),
        (float("nan"), "USD", "no value"),
        (INF, "USD", "∞"),
    ],
)
def test_amounts(value: float, unit: str, text: str) -> None:
    assert format_amount(value, unit) == text


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (110000, 120000, "between 110,000 people and 120,000 people"),
        (8e9, INF, "at least 8 billion people"),
        (-INF, 1, "at most 1 people"),
        (42, 42, "exactly 42 people"),
        (-INF, INF, "any value"),
    ],
)
def test_ranges(low: float, high: float, text: str) -> None:
    assert range_text(low, high, "people") == text


@pytest.mark.parametrize(
    ("low", "high", "unit", "text"),
    [
        # "129.7 billion" printed: half a step either side needs a fifth digit (verdicts23: the
        # range read "between 129.6 billion people and 129.7 billion people")
        (129.65e9, 129.75e9, "people", "between 129.65 billion people and 129.75 billion people"),
        (
            1.2345e12 - 5e6,
            1.2345e12 + 5e6,
            "USD",
            "between US$1.234495 trillion and US$1.234505 trillion",
        ),
        (23.45, 23.55, "", "between 23.45 and 23.55"),
        (84500, 85500, "USD / people", "between US$84,500 per person and US$85,500 per person"),
        (-INF, 1 / 3, "percent", "at most 0.333333333%"),  # a computed bound stays short
    ],
)
def test_range_bounds_are_never_rounded_into_other_numbers(
    low: float, high: float, unit: str, text: str
) -> None:
    assert range_text(low, high, unit) == text


@pytest.mark.parametrize(
    ("claimed", "reference", "text"),
    [
        (120000, 106098, ", 11.6% lower"),
        (55, 60, ", 9.1% higher"),
        (2, 31.35, ", 15.7 times as much"),
        (1, 0.25, ", 75% lower"),  # never "4 times less": ambiguous
        (31.35, 2, ", a factor of 15.7 lower"),
        (129.7e9, 129.7e6, ", a factor of 1,000 lower"),  # a scale slip stays visible
        (10, 1, ", a factor of 10 lower"),
        (10, 1.01, ", 89.9% lower"),
        (0, 5, ""),
        (1000, 1000.4, ", 0.04% higher"),  # verdicts24: never "the same" for figures that differ
        (1000, 1000, ", the same"),
        (1000, 1000.6, ", 0.1% higher"),
        # opposite signs: the direction is the difference's (a ratio below 0 says nothing)
        (-5, 5, ", 200% higher"),
        (5, -5, ", 200% lower"),
        (-2, 1, ", 150% higher"),
    ],
)
def test_gaps(claimed: float, reference: float, text: str) -> None:
    assert gap_text(claimed, reference) == text


@pytest.mark.parametrize(
    ("claimed", "reference", "unit", "text"),
    [
        # verdicts23: "gives 3.459%, 3.9% lower" of a 3.6% claim read as 3.9 points off
        (3.6, 3.4587, "percent", ", 0.14 percentage points lower (3.9% in relative terms)"),
        (17.5, 16.8775, "percent", ", 0.62 percentage points lower (3.6% in relative terms)"),
        (
            17,
            1687.7,
            "percent",
            ", 1,671 percentage points higher (99.3 times as much)",
        ),
        (0.3, 0.27, "percentage_point", ", 0.03 percentage points lower (10% in relative terms)"),
        (2.5, 4.1, "%", ", 1.6 percentage points higher (64% in relative terms)"),
        (36, 0.36, "percent", ", 35.6 percentage points lower (a factor of 100 lower)"),
        (1000, 1000.4, "percent", ", 0.4 percentage points higher (0.04% in relative terms)"),
        (3.6, 3.4587, "USD", ", 3.9% lower"),
    ],
)
def test_gaps_of_rates_are_in_points_first(
    claimed: float, reference: float, unit: str, text: str
) -> None:
    assert gap_text(claimed, reference, unit) == text
