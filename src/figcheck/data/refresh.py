"""Refresh one dataset: download, reshape, parse with its schema, run its suite, then replace.

Nothing is written unless every step passed. Then, holding the catalog folder's lock
(:func:`figcheck.storage.outfolder.output_lock`, so two refreshes never interleave) and re-reading
the
descriptor (a concurrent refresh's kept snapshot is built upon), in this order: the old
snapshot is kept under ``snapshots/`` (its date and hash listed in the descriptor's
``x-snapshots``), ``data.csv`` is replaced atomically, and ``datapackage.json`` gets the new
``hash`` and ``retrieved``, atomically too. Should the process die between the last two, the
hash check on load catches it (the claims on that dataset become ``error``, never a silent
verdict) and the next refresh repairs it.

Every path written is built from descriptor text (``retrieved``, the resource path, kept snapshot
names), so each is checked by :func:`write_target`: it must stay inside the dataset folder, and
no part of it inside the folder may be a symbolic link (a linked ``snapshots/`` would carry the
old snapshot anywhere), or the refresh fails and writes nothing.

A body whose length was not announced (no Content-Length, not chunked) ends wherever the
connection closed, so a cut-off is only visible in its content. Such a body is refused as
``truncated`` when it ends inside a line while the current snapshot ends with a line break, or
when it lacks rows the current snapshot has (a cut at a line boundary drops the last rows). What
cannot be told apart from a complete body: a cut inside the last value of a body whose current
snapshot has no final line break, and any cut of a first download (nothing to compare with);
a suite's row-count expectations are the remaining guard there.
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

from figcheck.data.catalog import Dataset, parse_snapshot, safe_path
from figcheck.data.descriptors import check_date, describe_dataset
from figcheck.data.fetch import Download, Fault, FetchError, FetchSettings, download, remember
from figcheck.data.integrity import check_suite
from figcheck.data.revisions import Revision, compare_snapshots
from figcheck.data.transforms import TransformError, apply_transform
from figcheck.errors import CatalogError
from figcheck.storage.atomic import json_bytes, replace_together, write_bytes
from figcheck.storage.outfolder import output_lock

__all__ = [
    "RefreshOutcome",
    "RefreshStatus",
    "archive_snapshot",
    "refresh_dataset",
    "reread",
    "write_target",
]

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
        _kept(dataset)  # checked before any download; taken again under the lock
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
    if not fetched.framed and (cut := _looks_cut(dataset, body, frame)):
        return _failed(
            name, Fault.TRUNCATED,
            f"{fetched.final_url} sent no length (no Content-Length, not chunked) and {cut}: "
            "it was probably cut off",
        )  # fmt: skip
    sha = hashlib.sha256(body).hexdigest()
    try:
        suite = check_suite(dataset.suite_path, frame, sha, cache_dir)
    except CatalogError as exc:
        return _failed(name, Fault.SUITE, str(exc))
    if suite.success is False:
        return _failed(
            name, Fault.SUITE, f"the download fails its integrity suite: {suite.failed_on()}"
        )
    remember(session, fetched)
    try:
        with output_lock(dataset.folder.parent):
            current = reread(dataset)  # another refresh may have replaced it meanwhile
            return _replace(current, body, frame, sha, fetched, today, _kept(current))
    except CatalogError as exc:
        return _failed(name, Fault.WRITE, f"refusing to write: {exc}")
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
    declared_path = Path(dataset.descriptor["resources"][0]["path"])  # checked by safe_path
    data_path = write_target(dataset.folder, declared_path)
    descriptor_path = write_target(dataset.folder, Path("datapackage.json"))
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
    replace_together([(data_path, body), (descriptor_path, json_bytes(descriptor))])
    return RefreshOutcome(
        dataset.name, RefreshStatus.UPDATED,
        f"{revision.describe()}; new snapshot {sha[:12]} from {source}",
        revision=revision, sha256=sha, from_cache=fetched.from_cache,
    )  # fmt: skip


def reread(dataset: Dataset) -> Dataset:
    """``dataset`` as its descriptor says now; call under the catalog folder's lock, so a
    concurrent refresh's kept snapshot and new hash are built upon, never lost."""
    current = describe_dataset(dataset.folder / "datapackage.json")
    if current.problem:
        raise CatalogError(current.problem)
    return current


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


def write_target(folder: Path, relative: Path) -> Path:
    """``folder / relative`` if writing there stays inside ``folder`` without passing through a
    symbolic link (the target itself included); raises :class:`CatalogError` otherwise."""
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise CatalogError(f"{relative} is not a path inside the dataset folder")
    current = folder
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            raise CatalogError(
                f"{current} is a symbolic link; a refresh writes only real files and folders "
                "inside the dataset folder",
                hint="replace the link by a folder (or file) of its own",
            )
    return current


def _looks_cut(dataset: Dataset, body: bytes, frame: pd.DataFrame) -> str | None:
    """Why an unframed body looks cut off, judged against the current snapshot (None: it
    does not)."""
    old = dataset.path.read_bytes() if dataset.path and dataset.path.is_file() else None
    if old is None:
        return None
    if old.endswith(b"\n") and not body.endswith(b"\n"):
        return "it ends inside a line"
    try:
        before = parse_snapshot(dataset, old)
    except CatalogError:
        return None
    revision = compare_snapshots(before, frame, dataset.primary_key)
    if revision.removed:
        return f"it lacks {revision.removed:,} of the current snapshot's rows"
    return None


def _archive(dataset: Dataset, old_bytes: bytes, old_sha: str, today: dt.date) -> dict[str, Any]:
    suffix = Path(dataset.descriptor["resources"][0]["path"]).suffix
    suffix = suffix if suffix.isascii() and suffix[1:].isalnum() else ""
    return archive_snapshot(dataset, old_bytes, old_sha, today, suffix)


def archive_snapshot(
    dataset: Dataset, old_bytes: bytes, old_sha: str, today: dt.date, suffix: str
) -> dict[str, Any]:
    """Keep the replaced snapshot as ``snapshots/RETRIEVED_HASH12SUFFIX`` (inside the dataset
    folder, never through a link); its ``x-snapshots`` entry."""
    retrieved = (
        check_date(dataset.retrieved, "retrieved").isoformat() if dataset.retrieved else None
    )
    relative = f"{SNAPSHOTS}/{retrieved or 'undated'}_{old_sha[:12]}{suffix}"
    write_bytes(write_target(dataset.folder, Path(relative)), old_bytes)
    return {
        "path": relative,
        "hash": f"sha256:{old_sha}",
        "retrieved": dataset.retrieved,
        "replaced": today.isoformat(),
    }


def _failed(name: str, fault: Fault, detail: str) -> RefreshOutcome:
    return RefreshOutcome(name, RefreshStatus.FAILED, f"{detail}; the snapshot is unchanged", fault)
