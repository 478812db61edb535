"""Refresh one dataset: download, reshape, parse with its schema, run its suite, then replace.

Nothing is written unless every step passed. Then, in this order: the old snapshot is kept under
``snapshots/`` (its date and hash listed in the descriptor's ``x-snapshots``), ``data.csv`` is
replaced atomically, and ``datapackage.json`` gets the new ``hash`` and ``retrieved``, atomically
too. Should the process die between the last two, the hash check on load catches it (the claims
on that dataset become ``error``, never a silent verdict) and the next refresh repairs it.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pandas as pd
import requests_cache

from figcheck.atomic import write_bytes, write_json
from figcheck.catalog import Dataset, parse_snapshot, safe_path
from figcheck.errors import CatalogError
from figcheck.fetch import Download, Fault, FetchError, FetchSettings, download, remember
from figcheck.integrity import check_suite
from figcheck.revisions import Revision, compare_snapshots
from figcheck.transforms import TransformError, apply_transform

__all__ = ["RefreshOutcome", "RefreshStatus", "refresh_dataset"]

SNAPSHOTS = "snapshots"


class RefreshStatus(StrEnum):
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class RefreshOutcome:
    """What a refresh did to one dataset, in a line a person can read."""

    name: str
    status: RefreshStatus
    detail: str
    fault: Fault | None = None
    revision: Revision | None = None
    sha256: str | None = None
    from_cache: bool = False

    @property
    def failed(self) -> bool:
        return self.status is RefreshStatus.FAILED

    def line(self) -> str:
        code = f" ({self.fault.value})" if self.fault else ""
        return f"{self.name}: {self.status.value}{code}: {self.detail}"


def refresh_dataset(
    dataset: Dataset,
    session: requests_cache.CachedSession,
    settings: FetchSettings,
    *,
    cache_dir: Path | None,
    today: dt.date,
) -> RefreshOutcome:
    """Bring ``dataset`` up to date from ``sources[0].path``; never raises for a bad download."""
    name = dataset.name
    if isinstance(dataset.descriptor.get("x-series"), dict) and not dataset.problem:
        from figcheck.data.series import refresh_series  # a statistics API's series

        return refresh_series(dataset, session, settings, cache_dir=cache_dir, today=today)
    if dataset.problem:
        return _failed(name, Fault.SCHEMA, dataset.problem)
    if not dataset.source_url:
        return RefreshOutcome(
            name, RefreshStatus.SKIPPED, "no download source (sources[0].path); kept as it is",
            Fault.NO_SOURCE,
        )  # fmt: skip
    try:
        kept = _kept(dataset)
    except CatalogError as exc:
        return _failed(name, Fault.SCHEMA, f"x-snapshots: {exc}")
    try:
        fetched = download(session, dataset.source_url, settings)
    except FetchError as exc:
        return _failed(name, exc.fault, str(exc))
    try:
        body = apply_transform(
            dataset.transform, fetched.body,
            field_names=[item.name for item in dataset.fields], max_bytes=settings.max_bytes,
        )  # fmt: skip
    except TransformError as exc:
        return _failed(name, Fault.TRANSFORM, f"{fetched.final_url}: {exc}")
    try:
        frame = parse_snapshot(dataset, body)
    except CatalogError as exc:
        return _failed(name, Fault.SCHEMA, f"{fetched.final_url}: {exc}")
    sha = hashlib.sha256(body).hexdigest()
    try:
        suite = check_suite(dataset.suite_path, frame, sha, cache_dir)
    except CatalogError as exc:
        return _failed(name, Fault.SUITE, str(exc))
    if suite.success is False:
        return _failed(name, Fault.SUITE, f"the download fails its {suite.describe()}")
    remember(session, fetched)
    try:
        return _replace(dataset, body, frame, sha, fetched, today, kept)
    except OSError as exc:
        return _failed(name, Fault.WRITE, f"cannot write the new snapshot: {exc}")


def _replace(
    dataset: Dataset,
    body: bytes,
    frame: pd.DataFrame,
    sha: str,
    fetched: Download,
    today: dt.date,
    kept: list[dict[str, Any]],
) -> RefreshOutcome:
    assert dataset.path is not None
    source = "the cache (offline or not modified)" if fetched.from_cache else fetched.final_url
    old_bytes = dataset.path.read_bytes() if dataset.path.is_file() else None
    old_sha = hashlib.sha256(old_bytes).hexdigest() if old_bytes is not None else None
    declared = (dataset.declared_hash or "").removeprefix("sha256:")
    if old_sha == sha and declared == sha:
        return RefreshOutcome(
            dataset.name, RefreshStatus.UNCHANGED,
            f"same data as the snapshot retrieved {dataset.retrieved} ({sha[:12]}), from {source}",
            sha256=sha, from_cache=fetched.from_cache,
        )  # fmt: skip
    revision = _revision(dataset, old_bytes, frame)
    descriptor = copy.deepcopy(dataset.descriptor)
    resource = descriptor["resources"][0]
    if old_bytes is not None and old_sha == declared:
        resource["x-snapshots"] = [*kept, _archive(dataset, old_bytes, old_sha, today)]
    resource["hash"] = f"sha256:{sha}"
    resource["retrieved"] = today.isoformat()
    write_bytes(dataset.path, body)
    try:
        write_json(dataset.folder / "datapackage.json", descriptor)
    except OSError:
        if old_bytes is not None:
            write_bytes(dataset.path, old_bytes)  # keep data and descriptor in step
        raise
    return RefreshOutcome(
        dataset.name, RefreshStatus.UPDATED,
        f"{revision.describe()}; new snapshot {sha[:12]} from {source}",
        revision=revision, sha256=sha, from_cache=fetched.from_cache,
    )  # fmt: skip


def _revision(dataset: Dataset, old_bytes: bytes | None, new: pd.DataFrame) -> Revision:
    if old_bytes is None:
        return Revision(len(new), 0, 0)
    try:
        old = parse_snapshot(dataset, old_bytes)
    except CatalogError:
        return Revision(len(new), 0, 0, ("the old snapshot no longer matched its schema",))
    return compare_snapshots(old, new, dataset.primary_key)


def _kept(dataset: Dataset) -> list[dict[str, Any]]:
    """The descriptor's earlier snapshots, each checked to stay inside the dataset folder."""
    kept = dataset.descriptor["resources"][0].get("x-snapshots") or []
    for item in kept:
        safe_path(dataset.folder, item.get("path") if isinstance(item, dict) else None)
    return list(kept)


def _archive(dataset: Dataset, old_bytes: bytes, old_sha: str, today: dt.date) -> dict[str, Any]:
    assert dataset.path is not None
    retrieved = dataset.retrieved or "undated"
    relative = f"{SNAPSHOTS}/{retrieved}_{old_sha[:12]}{dataset.path.suffix}"
    write_bytes(dataset.folder / relative, old_bytes)
    return {
        "path": relative,
        "hash": f"sha256:{old_sha}",
        "retrieved": dataset.retrieved,
        "replaced": today.isoformat(),
    }


def _failed(name: str, fault: Fault, detail: str) -> RefreshOutcome:
    return RefreshOutcome(name, RefreshStatus.FAILED, f"{detail}; the snapshot is unchanged", fault)
