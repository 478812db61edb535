"""Integrity suites run with Great Expectations; outcomes are cached by the data's sha256."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from figcheck.data.catalog import discover_catalog
from figcheck.data.integrity import check_suite
from figcheck.errors import CatalogError
from figcheck.pipeline import Report
from figcheck.reports.json import dataset_item
from helpers import BUNDLED, expectation, make_dataset, result

FIELDS = [{"name": "year", "type": "integer"}, {"name": "n", "type": "integer", "unit": "people"}]
LOOKUP = "claims:\n  - {id: c, value: 5 people, reference: {dataset: d, where: {year: 2009}}}\n"


def test_a_failing_suite_makes_the_claims_errors_with_the_failing_expectation(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(
        tmp_path / "cat",
        "d",
        "year,n\n2009,5\n2010,-3\n",
        FIELDS,
        suite=[
            expectation(
                "expect_column_values_to_be_between", column="n", min_value=0, max_value=100
            ),
            expectation("expect_column_values_to_be_unique", column="year"),
        ],
    )
    report = check([write_desk(LOOKUP)], tmp_path / "cat")
    found = result(report, "c")
    assert found["verdict"] == "error"
    assert "integrity suite failed" in found["message"]
    assert "expect_column_values_to_be_between(column='n'" in found["message"]
    assert "1 unexpected values" in found["message"]
    assert "to_be_unique" not in found["message"]  # only the failing expectations are named
    (use,) = report.datasets
    assert dataset_item(use)["validated"] is False


def test_a_passing_suite_is_cached_by_sha256(tmp_path: Path) -> None:
    frame = pd.DataFrame({"n": [1, 2, 3]})
    suite = tmp_path / "expectations.json"
    suite.write_text(
        json.dumps(
            {
                "name": "s",
                "expectations": [
                    expectation(
                        "expect_column_values_to_be_between", column="n", min_value=0, max_value=5
                    )
                ],
            }
        )
    )
    first = check_suite(suite, frame, "abc", tmp_path / "cache")
    second = check_suite(suite, frame, "abc", tmp_path / "cache")
    assert (first.success, first.cached, first.evaluated) == (True, False, 1)
    assert (second.success, second.cached) == (True, True)
    other_data = check_suite(suite, frame, "def", tmp_path / "cache")
    assert other_data.cached is False


def test_no_suite_means_unvalidated(tmp_path: Path) -> None:
    outcome = check_suite(tmp_path / "missing.json", pd.DataFrame(), "abc", None)
    assert outcome.success is None
    assert outcome.describe() == "no integrity suite"


def test_an_unknown_expectation_type_is_an_error_not_skipped(tmp_path: Path) -> None:
    suite = tmp_path / "expectations.json"
    suite.write_text(
        json.dumps(
            {
                "name": "s",
                "expectations": [expectation("expect_column_values_to_be_awesome", column="n")],
            }
        )
    )
    with pytest.raises(CatalogError, match="unknown expectation type"):
        check_suite(suite, pd.DataFrame({"n": [1]}), "abc", None)


def test_every_bundled_dataset_has_a_real_suite_that_passes(tmp_path: Path) -> None:
    catalog = discover_catalog([BUNDLED])
    for name in catalog.names():
        dataset = catalog.datasets[name]
        suite = json.loads(dataset.suite_path.read_text())
        kinds = {item["type"] for item in suite["expectations"]}
        assert len(kinds) >= 3, name
        loaded = catalog.load(name)
        outcome = check_suite(dataset.suite_path, loaded.frame, loaded.sha256, tmp_path)
        assert outcome.success, (name, outcome.failures)
