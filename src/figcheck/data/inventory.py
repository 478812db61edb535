"""The state of each dataset of a catalog: size, provenance, hash check and integrity suite.

:func:`vet` is the one rule for whether a dataset can be used — its snapshot read and matched
against its recorded hash, then its integrity suite — and :class:`DatasetStatus` the one record of
how it fared, used alike by ``figcheck check`` (report.json ``datasets``) and by ``figcheck
datasets list|verify``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from figcheck.data.catalog import Catalog, Dataset, LoadedData, SnapshotError, SnapshotState
from figcheck.data.integrity import SuiteOutcome, cached_outcome, check_suite
from figcheck.errors import CatalogError, UsageError
from figcheck.limits import quoted

__all__ = ["DatasetStatus", "SuiteRun", "pick_datasets", "survey", "vet"]


class SuiteRun(Enum):
    """How :func:`vet` treats a dataset's integrity suite."""

    REUSE = "reuse"  # ``check``: run it unless its outcome on this very data is cached
    RERUN = "rerun"  # ``datasets verify``: run it even when an outcome is cached
    CACHED = "cached"  # ``datasets list``: only look a cached outcome up (never imports GX)


@dataclass(frozen=True)
class DatasetStatus:
    """How one dataset fared: as ``figcheck datasets list|verify`` shows it and as report.json's
    ``datasets`` lists it."""

    dataset: Dataset
    rows: int | None = None
    sha256: str | None = None  # what was read (also when it did not match)
    suite: SuiteOutcome | None = None  # None: the suite has not run on this data yet
    problem: str | None = None  # why the snapshot (or its descriptor, or suite) is unusable
    state: SnapshotState | None = None  # None: the snapshot was read and matched its hash

    @property
    def name(self) -> str:
        return self.dataset.name

    @property
    def title(self) -> str:
        return self.dataset.title

    @property
    def source(self) -> str | None:
        return self.dataset.source_url

    @property
    def retrieved(self) -> str | None:
        return self.dataset.retrieved

    @property
    def healthy(self) -> bool:
        """Usable by ``check``: readable, hash as recorded, suite passed or absent."""
        return self.suite is not None and self.unusable() is None

    def unusable(self) -> str | None:
        """Why ``check`` cannot use the dataset (its problem, or its failed suite in words);
        None when nothing is known against it."""
        if self.problem:
            return self.problem
        if self.state is not None:
            return self.state.value
        if self.suite is not None and self.suite.success is False:
            return self.suite.describe()
        return None

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


def vet(
    catalog: Catalog, dataset: Dataset, cache_dir: Path | None, suite: SuiteRun
) -> tuple[DatasetStatus, LoadedData | None]:
    """Read the snapshot (once per run: :meth:`Catalog.load`), check its hash, and run or look
    up its integrity suite. The data comes back only when the snapshot could be read; whether the
    dataset may be used is :meth:`DatasetStatus.unusable`."""
    status = DatasetStatus(dataset)
    try:
        loaded = catalog.load(dataset.name)
    except SnapshotError as exc:
        return replace(status, problem=str(exc), state=exc.state, sha256=exc.sha256), None
    except CatalogError as exc:
        return replace(status, problem=str(exc)), None
    status = replace(status, rows=len(loaded.frame), sha256=loaded.sha256)
    try:
        if suite is SuiteRun.CACHED:
            outcome = cached_outcome(dataset.suite_path, loaded.sha256, cache_dir)
        else:
            outcome = check_suite(
                dataset.suite_path, loaded.frame, loaded.sha256, cache_dir,
                reuse=suite is SuiteRun.REUSE,
            )  # fmt: skip
    except CatalogError as exc:
        return replace(status, problem=str(exc)), loaded
    return replace(status, suite=outcome), loaded


def pick_datasets(catalog: Catalog, names: Iterable[str]) -> list[Dataset]:
    """The named datasets (all when none is named); an unknown name lists the valid ones."""
    wanted = list(names) or catalog.names()
    unknown = [name for name in wanted if catalog.get(name) is None]
    if unknown:
        raise UsageError(f"unknown dataset {quoted(unknown[0])}", choices=catalog.names())
    return [catalog.datasets[name] for name in wanted]


def survey(
    catalog: Catalog, datasets: list[Dataset], cache_dir: Path | None, *, run_suites: bool
) -> list[DatasetStatus]:
    """Read each snapshot, check its hash, and report its suite: run it (``verify``) or only
    look its outcome up in the cache (``list``, which never imports Great Expectations)."""
    suite = SuiteRun.RERUN if run_suites else SuiteRun.CACHED
    return [vet(catalog, dataset, cache_dir, suite)[0] for dataset in datasets]
