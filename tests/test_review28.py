"""review28: findings of this round's read-only review. Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.check.findings import hedged_change
from figcheck.model.ranges import HEDGES
from helpers import Run, desk_results

# --- 1. a change's hedge reads as English with a rise and a fall ---------------------------


@pytest.mark.parametrize("hedge", sorted(HEDGES))
@pytest.mark.parametrize("change", ["a rise", "a fall"])
def test_a_change_reads_as_english_with_every_hedge(hedge: str, change: str) -> None:
    said = hedged_change(hedge, "3%", change)
    assert "3%" in said
    for garbled in (" of of ", " of short of", " of shy of", " of just shy of", " of exceeding",
                    " of in ", " of on the"):  # fmt: skip
        assert garbled not in said
    # "inflation dipped under 3%": the change dipped, not "a rise"
    assert not any(f"{change} that {w}" in said for w in ("fell", "dipped")), said


def test_a_rise_that_fell_below_its_mark_reads_as_the_change_that_did() -> None:
    assert hedged_change("dipped under", "3%", "a rise") == "a change that dipped under 3%"
    assert hedged_change("topped", "5%", "a rise") == "a rise that topped 5%"
    assert hedged_change("short of", "3%", "a rise") == "a rise short of 3%"
    assert hedged_change("of the order of", "20%", "a fall") == "a fall of the order of 20%"


# --- 2. basis points on a points change, and units in words in a mismatch ------------------

BASIS_POINTS = """\
claims:
  - id: pp
    quote: "monthly inflation rose 0.07 percentage points from May to June 2023"
    value: 0.07 percentage_point
    reference: {dataset: us-cpi-u, column: Inflation, change: points,
                from: {Date: 2023-05}, to: {Date: 2023-06}}
  - id: bp
    quote: "monthly inflation rose 7 basis points from May to June 2023"
    value: 7 bp
    reference: {dataset: us-cpi-u, column: Inflation, change: points,
                from: {Date: 2023-05}, to: {Date: 2023-06}}
  - id: bp-level
    quote: "monthly inflation was 32 bps"
    value: 32 bps
    reference: {dataset: us-cpi-u, column: Inflation, where: {Date: 2023-06}}
"""


def test_basis_points_check_a_points_change_as_percentage_points_do(tmp_path: Path) -> None:
    found = desk_results(tmp_path, BASIS_POINTS)
    assert found["pp"]["verdict"] == found["bp"]["verdict"] == "supported", found["bp"]["message"]
    assert found["bp"]["reference_value"] == pytest.approx(found["pp"]["reference_value"] * 100)
    assert "rose 7 basis points" in str(found["bp"]["message"])
    assert "rose 0.07 percentage points" in str(found["pp"]["message"])


def test_a_level_in_basis_points_against_percent_names_both_units_in_words(
    tmp_path: Path,
) -> None:
    found = desk_results(tmp_path, BASIS_POINTS)
    assert found["bp-level"]["verdict"] == "error"
    assert "the claim is in basis points but the reference is in percent" in str(
        found["bp-level"]["message"]
    )


# --- 4. a period column outside the key takes no unit from the unit column -----------------


def test_a_year_column_takes_no_unit_from_the_unit_column(figcheck: Run, tmp_path: Path) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text(
        "Country,Year,Currency,GDP,Debt\nMexico,2020,MXN,100.5,30.5\nChile,2020,CLP,200.25,9.5\n",
        encoding="utf-8",
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit", "GDP=USD", "--unit-from", "Currency")  # fmt: skip
    assert code == 0, err
    assert "  Year: integer\n" in out, out
    assert "Debt: number (unit from column 'Currency')" in out
    assert "note: --unit kept for GDP (USD)" in out
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp2", "--into",
                              str(tmp_path / "c"), "--unit", "GDP=USD", "--unit", "Debt=USD",
                              "--unit-from", "Currency")  # fmt: skip
    assert code == 0, err
    assert "  Year: integer\n" in out, out
    assert "note: --unit kept" not in out  # no column took its unit from the unit column
