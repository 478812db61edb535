"""mends28: open words, inputs and review items. Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

from helpers import check_paths


def _results(tmp_path: Path, desk: str) -> dict[str, dict[str, object]]:
    path = tmp_path / "desk.yaml"
    path.write_text(desk, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    return {str(r["id"]): r for r in report.findings.to_dict("records")}


# --- 1. an off rise reads "a rise of …", as a fall reads "a fall of …" -------------------------

CHANGES = """\
claims:
  - id: cpi-rise
    quote: "prices rose 2.7% in the twelve months to December 2024"
    value: 2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: cpi-rise-nearly
    quote: "prices rose nearly 20% since January 2020"
    value: 20 percent
    hedge: nearly
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2020-01}
      to: {Date: 2022-06}
  - id: us-pop-rise
    quote: "the US population grew by 28 million in 2023"
    value: 28 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: USA}
      change: difference
      from: {Year: 2022}
      to: {Year: 2023}
  - id: cpi-points-rise
    quote: "monthly inflation rose 0.6 percentage points from May to June 2022"
    value: 0.6 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-05}
      to: {Date: 2022-06}
  - id: cpi-points-fall
    quote: "monthly inflation fell 0.6 percentage points from May to June 2022"
    value: -0.6 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-06}
      to: {Date: 2022-07}
  - id: cpi-ratio
    quote: "prices are 3 times their level of January 1990"
    value: 3
    hedge: more than
    reference:
      dataset: us-cpi-u
      change: ratio
      from: {Date: 1990-01}
      to: {Date: 2024-01}
"""


def test_an_off_change_says_a_rise_or_a_fall_or_a_ratio(tmp_path: Path) -> None:
    found = _results(tmp_path, CHANGES)
    said = {key: str(row["message"]) for key, row in found.items()}
    assert {row["verdict"] for row in found.values()} == {"discrepancy"}, said
    assert said["cpi-rise"].startswith("The article says a rise of 2.7%; US CPI-U"), said
    assert "To stand, the rise must be between 2.65% and 2.75%" in said["cpi-rise"]
    assert said["cpi-rise-nearly"].startswith("The article says a rise of nearly 20%;")
    assert "To stand, the rise must be between 18% and 20%" in said["cpi-rise-nearly"]
    assert said["us-pop-rise"].startswith("The article says a rise of 28 million people;")
    assert "the rise must be between 27.5 million people and 28.5 million people" in (
        said["us-pop-rise"]
    )
    assert said["cpi-points-rise"].startswith(
        "The article says a rise of 0.6 percentage points;"
    ), said["cpi-points-rise"]
    assert said["cpi-points-fall"].startswith(
        "The article says a fall of 0.6 percentage points;"
    ), said["cpi-points-fall"]
    assert said["cpi-ratio"].startswith(
        "The article says a change by a factor of more than 3;"
    ), said["cpi-ratio"]
    assert "To stand, the ratio must be at least 3" in said["cpi-ratio"], said["cpi-ratio"]
