"""figcheck agrees with the hand-labelled verdicts of tests/data/verdicts/ (issue 12).

The desks there check capped ranges, hedge verbs, change, rank and inflation-adjusted claims on
the bundled datasets; expected.csv holds each claim's verdict and, where it is judged, the
reference value and range worked out by hand (compute.py recomputes the references with the
standard library only).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import pytest

from figcheck.pipeline import Report
from helpers import check_paths

VERDICTS = Path(__file__).resolve().parent / "data" / "verdicts"
DESKS = sorted(VERDICTS.glob("*.yaml"))


def _expected() -> list[dict[str, str]]:
    with (VERDICTS / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return check_paths(DESKS, [], tmp_path_factory.mktemp("gold"), bundled=True)


def _finding(report: Report, claim_id: str) -> dict[str, Any]:
    rows = report.findings[report.findings["id"] == claim_id]
    assert len(rows) == 1, f"no finding {claim_id!r}"
    found: dict[str, Any] = rows.iloc[0].to_dict()
    return found


def _close(got: float, want: str) -> bool:
    return math.isclose(got, float(want), rel_tol=1e-6, abs_tol=1e-9)


def test_the_gold_set_is_large_and_labels_every_claim(report: Report) -> None:
    assert len(EXPECTED) >= 40
    assert sorted(report.findings["id"]) == sorted(row["id"] for row in EXPECTED)
    assert {row["verdict"] for row in EXPECTED} == {
        "supported", "discrepancy", "unverifiable", "error",
    }  # fmt: skip


@pytest.mark.parametrize("row", EXPECTED, ids=[row["id"] for row in EXPECTED])
def test_figcheck_agrees_with_the_hand_labels(report: Report, row: dict[str, str]) -> None:
    found = _finding(report, row["id"])
    assert found["verdict"] == row["verdict"], found["message"]
    if row["reference"]:
        assert _close(found["reference_value"], row["reference"]), found["message"]
        assert _close(found["expected_min"], row["min"])
        assert _close(found["expected_max"], row["max"])
