"""mends30: open words for editors, and hostile forms. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import Run, check_paths, desk_results

# --- 1. a code the dataset names is said by its name: "no figure for Mexico (MEX) in 2031" -----

CODED = """\
claims:
  - id: mexico-2031
    value: 140 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: 2031}
  - id: mexico-2031-gdp
    value: 2 trillion USD
    reference:
      dataset: world-gdp
      where: {Country Code: MEX, Year: 2031}
  - id: two-countries-2031
    value: 500 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: {in: [MEX, USA]}, Year: 2031}
      aggregate: sum
  - id: mexico-2030s
    value: 1500 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: {between: [2031, 2040]}}
      aggregate: sum
  - id: unknown-code
    value: 20 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: TWN, Year: 2023}
"""


def test_a_code_the_dataset_names_is_said_by_its_name(tmp_path: Path) -> None:
    found = desk_results(tmp_path, CODED)
    said = {key: str(row["message"]) for key, row in found.items()}
    assert {row["verdict"] for row in found.values()} == {"unverifiable"}, said
    assert said["mexico-2031"] == (
        "no figure for Mexico (MEX) in 2031 in World Bank population (WDI SP.POP.TOTL)"
    )
    assert said["mexico-2031-gdp"] == (
        "no figure for Mexico (MEX) in 2031 in World Bank GDP (current US$, WDI 2026 vintage)"
    )
    assert said["two-countries-2031"] == (
        "no figure for Mexico (MEX), United States (USA) in 2031 in World Bank population "
        "(WDI SP.POP.TOTL)"
    )
    assert said["mexico-2030s"] == (
        "no figure for Mexico (MEX) in 2031–2040 in World Bank population (WDI SP.POP.TOTL)"
    )
    # a code the dataset does not name stays as written
    assert said["unknown-code"] == (
        "no figure for Country Code = TWN, Year = 2023 in World Bank population (WDI SP.POP.TOTL)"
    )
    # report.json's structured detail keeps the where as written
    assert found["mexico-2031"]["reference_detail"] == "Value where Country Code = MEX, Year = 2031"


# --- 2. a rise's card reads "The rise in the figure from …", as a fall's "The fall in …" -------

RISE = """\
claims:
  - id: cpi-rise
    quote: "prices rose 2.7% in the twelve months to December 2024"
    value: 2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: cpi-rise-said-fall
    quote: "prices fell 2.7% in the twelve months to December 2024"
    value: -2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: us-pop-2023
    value: 300 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: USA, Year: 2023}
"""


CPI = "US CPI-U, all items, US city average (BLS CUUR0000SA0), monthly, 1982-84=100"


def test_a_rise_card_reads_the_rise_in_as_a_fall_card_reads_the_fall_in(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    path = tmp_path / "desk.yaml"
    path.write_text(RISE, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    page = render_html(report)
    assert (
        f"The rise in the figure from {CPI} is 0.19 percentage points higher than the "
        "article&#39;s (7% in relative terms)" in page
    )
    # a rise the article calls a fall is no rise of both: the figure against the article's
    assert f"The figure from {CPI} is 5.6 percentage points higher" in page
    # a level is no rise
    assert "The figure from Population, total (World Bank WDI SP.POP.TOTL) is 12.3% higher" in page
    assert "The rise in the figure from Population" not in page


# --- 3. a column named as a period is never a value with a unit (the class, not one word) -----

PERIOD_NAMES = ["TIME_PERIOD", "Fiscal Year", "ref_year", "fiscalYear", "Año fiscal",
                "Reference date", "year_start", "YEAR OF DATA", "Periodo de referencia"]  # fmt: skip
VALUE_NAMES = ["year_on_year_change", "days_lost", "time_spent", "Years of schooling"]


@pytest.mark.parametrize("name", PERIOD_NAMES)
def test_a_period_named_column_takes_no_unit_from_the_unit_column(
    figcheck: Run, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text(
        f"country,{name},currency,gdp\nMEX,2020,MXN,100.5\nUSA,2021,USD,200.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert f"  {name}: integer\n" in out, out
    assert "gdp: number (unit from column 'currency')" in out
    fields = json.loads((tmp_path / "c" / "gdp" / "datapackage.json").read_text())["resources"][0]
    assert [f["name"] for f in fields["schema"]["fields"] if "unitField" in f] == ["gdp"]


@pytest.mark.parametrize("name", VALUE_NAMES)
def test_a_value_named_with_a_period_word_still_takes_the_unit(
    figcheck: Run, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text(
        f"country,{name},currency,gdp\nMEX,20.5,MXN,100.5\nUSA,21.5,USD,200.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert f"  {name}: number (unit from column 'currency')\n" in out, out


def test_a_unit_given_to_a_period_column_is_refused(figcheck: Run, tmp_path: Path) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text("country,Fiscal Year,gdp\nMEX,2020,100.5\nUSA,2021,200.5\n", "utf-8")
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit", "Fiscal Year=USD")  # fmt: skip
    assert code == 2, out
    assert "--unit Fiscal Year=…: column 'Fiscal Year' is named as a period" in err, err
    assert not (tmp_path / "c" / "gdp").exists()


def test_columns_named_by_a_period_value_still_take_the_unit_periods(
    figcheck: Run, tmp_path: Path
) -> None:
    source = tmp_path / "wide.csv"
    source.write_text(
        "Country Code,2019 [YR2019],2020 [YR2020]\nMEX,1.5,2.5\nUSA,3.5,4.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "wide", "--into",
                              str(tmp_path / "c"), "--unit-periods", "USD")  # fmt: skip
    assert code == 0, err
    assert "2019 [YR2019]: number (unit USD)" in out, out


# --- 4. discrepancies are listed by the gap their cards give, not report.json's deviation ------


def _findings(pairs: list[tuple[float, float]], shape: str = "level") -> pd.DataFrame:
    claimed = np.array([c for c, _ in pairs], dtype=float)
    reference = np.array([r for _, r in pairs], dtype=float)
    return pd.DataFrame({
        "verdict": ["discrepancy"] * len(pairs),
        "claimed_value": claimed,
        "reference_value": reference,
        "deviation": (claimed - reference) / np.abs(reference),
        "shape": [shape] * len(pairs),
    })  # fmt: skip


def test_discrepancies_are_listed_by_the_gap_their_cards_give() -> None:
    from figcheck.check.findings import gap
    from figcheck.reports.display import display_order

    pairs = [
        (100.0, 60.0),  # "40% lower" (deviation +0.667)
        (100.0, 150.0),  # "50% higher" (deviation −0.333)
        (100.0, 1570.0),  # "15.7 times as much" (deviation −0.936)
        (1000.0, 1.0),  # "a factor of 1,000 lower" (deviation +999)
        (100.0, 88.4),  # "11.6% lower" (deviation +0.131)
        (100.0, 116.2),  # "16.2% higher" (deviation −0.139)
    ]
    findings = _findings(pairs)
    said = [gap(r, c).words for c, r in pairs]  # type: ignore[union-attr]
    shown = display_order(findings, 10).index.tolist()
    assert [said[i] for i in shown] == [
        "a factor of 1,000 lower",
        "15.7 times as much",
        "50% higher",
        "40% lower",
        "16.2% higher",
        "11.6% lower",
    ]


def test_a_fall_is_listed_by_the_size_its_card_gives() -> None:
    from figcheck.reports.display import display_order

    # falls of 20% where the data fell 12% and 30%: "The fall in … is 40% lower" and "… 50%
    # higher" (report.json's deviations: −0.667 and +0.333)
    findings = _findings([(-20.0, -12.0), (-20.0, -30.0)], shape="percent")
    assert display_order(findings, 10).index.tolist() == [1, 0]
