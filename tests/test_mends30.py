"""mends30: open words for editors, and hostile forms. Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

from helpers import check_paths, desk_results

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
