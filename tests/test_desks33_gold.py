"""figcheck agrees with seven new desks labelled by hand before it ran (desks33).

tests/data/desks33/desks/ holds six YAML desks and one claims table, 100 claims over every
bundled dataset: levels, shares of GDP, changes over months and years, wrong signs, records
("the lowest since 2019"), sums and means over periods, conversions at an ECB rate of a given
day, per-capita figures, constant money, percentage points, hedges at and beyond their edge
(Spanish ones as printed: "casi", "más de"; Spanish scale words: "25 mil", "1.8 billones"),
rounding, and keys the data lack. expected.csv gives
each claim's verdict and, where it is judged, the reference and range, worked out from the data
files with pandas (compute.py, which writes expected.csv) before figcheck was run on them.
"""

from __future__ import annotations

import csv
import importlib.util
import math
from pathlib import Path
from typing import Any

import pytest

from figcheck.pipeline import Report
from helpers import check_paths

HERE = Path(__file__).resolve().parent / "data" / "desks33"


def _expected() -> list[dict[str, str]]:
    with (HERE / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    report: Report = check_paths([HERE / "desks"], [], tmp_path_factory.mktemp("d33"), bundled=True)
    return {str(r["id"]): r for r in report.findings.to_dict("records")}


def _close(got: float, want: str) -> bool:
    if math.isinf(float(want)):
        return math.isinf(got) and (got > 0) == (float(want) > 0)
    return math.isclose(got, float(want), rel_tol=1e-6, abs_tol=1e-9)


def test_the_desks_label_every_claim(results: dict[str, dict[str, Any]]) -> None:
    assert len(EXPECTED) >= 60
    assert sorted(results) == sorted(row["id"] for row in EXPECTED)
    assert {row["verdict"] for row in EXPECTED} == {"supported", "discrepancy", "unverifiable"}


@pytest.mark.parametrize("row", EXPECTED, ids=[row["id"] for row in EXPECTED])
def test_verdict_reference_and_range(
    results: dict[str, dict[str, Any]], row: dict[str, str]
) -> None:
    found = results[row["id"]]
    assert found["verdict"] == row["verdict"], found["message"]
    if row["reference"]:
        assert _close(found["reference_value"], row["reference"]), found["message"]
        assert _close(found["expected_min"], row["min"]), found["message"]
        assert _close(found["expected_max"], row["max"]), found["message"]


def test_the_labels_are_compute_py_arithmetic() -> None:
    """expected.csv is what compute.py (pandas on datasets/*, independent of figcheck) writes."""
    spec = importlib.util.spec_from_file_location("desks33_compute", HERE / "compute.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with (HERE / "expected.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == module.rows()
