"""One place for each rule (issue 14): dataset vetting, schema type conversion, as_published flags,
and the typed values passed between modules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from figcheck.data.catalog import SnapshotState, discover_catalog
from figcheck.data.inventory import SuiteRun, survey, vet
from figcheck.pipeline import Report
from helpers import expectation, make_dataset

FIELDS = [{"name": "year", "type": "integer"}, {"name": "n", "type": "integer", "unit": "people"}]
LOOKUP = "claims:\n  - {id: c, value: 5 people, reference: {dataset: d, where: {year: 2009}}}\n"
FAILING = [expectation("expect_column_values_to_be_between", column="n", min_value=0, max_value=1)]


# --- dataset vetting: one function, one status record -------------------------------------------


def test_vet_reads_hashes_and_runs_the_suite(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    catalog = discover_catalog([tmp_path / "cat"])
    status, loaded = vet(catalog, catalog.datasets["d"], None, SuiteRun.REUSE)
    assert loaded is not None
    assert len(loaded.frame) == 1
    assert (status.name, status.rows, status.sha256) == ("d", 1, loaded.sha256)
    assert status.suite is not None
    assert status.suite.success is None
    assert status.unusable() is None
    assert status.healthy


def test_vet_says_why_a_changed_snapshot_is_unusable(tmp_path: Path) -> None:
    folder = make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    (folder / "data.csv").write_text("year,n\n2009,6\n")
    catalog = discover_catalog([tmp_path / "cat"])
    status, loaded = vet(catalog, catalog.datasets["d"], None, SuiteRun.REUSE)
    assert loaded is None
    assert status.state is SnapshotState.MISMATCH
    assert "does not match its recorded hash" in (status.unusable() or "")
    assert not status.healthy


def test_a_failed_suite_is_unusable_alike_for_check_and_verify(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS, suite=FAILING)
    catalog = discover_catalog([tmp_path / "cat"])
    (verified,) = survey(catalog, [catalog.datasets["d"]], None, run_suites=True)
    assert not verified.healthy
    assert (verified.unusable() or "").startswith("integrity suite failed")
    (used,) = check([write_desk(LOOKUP)], tmp_path / "cat").datasets
    assert type(used) is type(verified)  # one record for both
    assert used.problem == f"dataset 'd': {verified.unusable()}"


def test_list_only_looks_the_suite_up(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS, suite=FAILING)
    catalog = discover_catalog([tmp_path / "cat"])
    (listed,) = survey(catalog, [catalog.datasets["d"]], tmp_path / "cache", run_suites=False)
    assert listed.suite is None
    assert listed.suite_text() == "not run yet"
    vet(catalog, catalog.datasets["d"], tmp_path / "cache", SuiteRun.RERUN)
    (listed,) = survey(catalog, [catalog.datasets["d"]], tmp_path / "cache", run_suites=False)
    assert listed.suite is not None
    assert listed.suite.success is False
    assert listed.suite.cached
