"""mends30: open words for editors, and hostile forms. Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

from helpers import desk_results

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
