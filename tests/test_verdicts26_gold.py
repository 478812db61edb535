"""A new user's desks, labelled by hand before figcheck ran (verdicts26).

tests/data/verdicts/new26_desk.yaml (a YAML desk), new26_claims.csv (a claims table) and
new26_hurried.yaml (a hurried reporter's desk: no source, no quotes, hedges in words, loose unit
forms) hold 67 claims over every bundled dataset; new26_probe.yaml (round 2) 13 more. new26_expected.csv gives each claim's verdict,
its reference and range (worked out from the data files by hand; new26_compute.py redoes the
arithmetic with the standard library only) and the key words of its message (fragments separated
by " | "), all written before figcheck was run on them.
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
INPUTS = [
    VERDICTS / "new26_desk.yaml",
    VERDICTS / "new26_claims.csv",
    VERDICTS / "new26_hurried.yaml",
    VERDICTS / "new26_probe.yaml",
]


def _expected() -> list[dict[str, str]]:
    with (VERDICTS / "new26_expected.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    report: Report = check_paths(INPUTS, [], tmp_path_factory.mktemp("new26"), bundled=True)
    return {str(r["id"]): r for r in report.findings.to_dict("records")}


def _close(got: float, want: str) -> bool:
    return math.isclose(got, float(want), rel_tol=1e-6, abs_tol=1e-9)


def test_every_claim_is_labelled_over_every_bundled_dataset(
    results: dict[str, dict[str, Any]],
) -> None:
    assert len(EXPECTED) >= 50
    assert sorted(results) == sorted(row["id"] for row in EXPECTED)


@pytest.mark.parametrize("row", EXPECTED, ids=[row["id"] for row in EXPECTED])
def test_verdict_range_and_key_words(
    results: dict[str, dict[str, Any]], row: dict[str, str]
) -> None:
    found = results[row["id"]]
    message = str(found["message"])
    assert found["verdict"] == row["verdict"], message
    if row["reference"]:
        assert _close(found["reference_value"], row["reference"]), message
        assert _close(found["expected_min"], row["min"]), message
        assert _close(found["expected_max"], row["max"]), message
    for fragment in row["key"].split(" | "):
        assert fragment in message, message
