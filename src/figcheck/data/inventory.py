"""The state of each dataset of a catalog: size, provenance, hash check and integrity suite."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from figcheck.data.catalog import Catalog, Dataset, SnapshotError, SnapshotState
from figcheck.data.integrity import SuiteOutcome, cached_outcome, check_suite
from figcheck.errors import CatalogError, UsageError

__all__ = ["DatasetStatus", "pick_datasets", "survey"]


@dataclass(frozen=True)
class DatasetStatus:
    """One dataset as ``figcheck datasets list|verify`` shows it."""

    name: str
    title: str
    rows: int | None
    source: str | None
    retrieved: str | None
    sha256: str | None
    suite: SuiteOutcome | None  # None: the suite has not run on this data yet
    problem: str | None = None
    state: SnapshotState | None = None  # None: the snapshot was read and matched its hash

    @property
    def healthy(self) -> bool:
        """Usable by ``check``: readable, hash as recorded, suite passed or absent."""
        suite_ok = self.suite is not None and self.suite.success is not False
        return self.problem is None and self.state is None and suite_ok

    def hash_text(self) -> str:
        """``9892ecfddeaa``, ``9892ecfddeaa (hash MISMATCH)`` or ``? (snapshot missing)``."""
        digest = (self.sha256 or "?")[:12]
        return digest if self.state is None else f"{digest} ({self.state.value})"

    def suite_text(self) -> str:
        if self.problem:
            return "not run (unreadable)"
        if self.suite is None:
            return "not run yet"
        if self.suite.success is None:
            return "no suite"
        state = "passed" if self.suite.success else "FAILED"
        cached = ", cached" if self.suite.cached else ""
        return f"{state} ({self.suite.evaluated} expectations{cached})"


def pick_datasets(catalog: Catalog, names: Iterable[str]) -> list[Dataset]:
    """The named datasets (all when none is named); an unknown name lists the valid ones."""
    wanted = list(names) or catalog.names()
    unknown = [name for name in wanted if catalog.get(name) is None]
    if unknown:
        raise UsageError(f"unknown dataset {unknown[0]!r}", choices=catalog.names())
    return [catalog.datasets[name] for name in wanted]


def survey(
    catalog: Catalog, datasets: list[Dataset], cache_dir: Path | None, *, run_suites: bool
) -> list[DatasetStatus]:
    """Read each snapshot, check its hash, and report its suite: run it (``verify``) or only
    look its outcome up in the cache (``list``, which never imports Great Expectations)."""
    return [_status(catalog, dataset, cache_dir, run_suites) for dataset in datasets]


def _status(
    catalog: Catalog, dataset: Dataset, cache_dir: Path | None, run_suites: bool
) -> DatasetStatus:
    status = DatasetStatus(
        dataset.name, dataset.title, None, dataset.source_url, dataset.retrieved, None, None
    )
    try:
        loaded = catalog.load(dataset.name)
    except SnapshotError as exc:
        return replace(status, problem=str(exc), state=exc.state, sha256=exc.sha256)
    status = replace(status, rows=len(loaded.frame), sha256=loaded.sha256)
    try:
        if run_suites:
            suite = check_suite(
                dataset.suite_path, loaded.frame, loaded.sha256, cache_dir, reuse=False
            )
            status = replace(status, suite=suite)
        else:
            status = replace(
                status, suite=cached_outcome(dataset.suite_path, loaded.sha256, cache_dir)
            )
    except CatalogError as exc:
        return replace(status, problem=str(exc))
    return status
