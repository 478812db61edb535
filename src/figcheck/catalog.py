"""Catalogs of reference datasets: Frictionless Data Packages with hashes, schemas and units.

A catalog is a folder of dataset folders, each with ``datapackage.json`` and its snapshot. Loading
checks the path stays inside the folder, the snapshot's sha256 against the descriptor, and applies
the schema's types, so a ``where`` value ``"2009"`` matches an integer column.

Extensions to the Data Package keys (documented in ``docs/datasets.md``): a field may carry
``unitField`` (the name of a column holding each row's unit, for tables of mixed figures), and
the resource may carry ``dialect.delimiter`` and ``schema.missingValues`` as in Frictionless.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from figcheck.data.series_ids import SERIES_PREFIX
from figcheck.errors import CatalogError, UnitError
from figcheck.units import parse_unit

__all__ = [
    "Catalog",
    "Dataset",
    "Field",
    "LoadedData",
    "describe_dataset",
    "discover_catalog",
    "parse_snapshot",
    "safe_path",
]

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
#: ``world-gdp@2026-11-23``: a dataset as it was in the snapshot retrieved that day.
VINTAGE_MARK = "@"
FIELD_TYPES = ("string", "integer", "number", "date", "year", "boolean")


@dataclass(frozen=True)
class Field:
    """One column of a dataset's schema."""

    name: str
    type: str
    unit: str | None = None
    unit_field: str | None = None
    title: str | None = None


@dataclass
class Dataset:
    """A dataset as its descriptor describes it (nothing read from the snapshot yet)."""

    name: str
    folder: Path
    descriptor: dict[str, Any]
    title: str = ""
    path: Path | None = None
    fields: list[Field] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    declared_hash: str | None = None
    retrieved: str | None = None
    source_url: str | None = None
    source_title: str | None = None
    licenses: list[str] = field(default_factory=list)
    delimiter: str = ","
    missing_values: list[str] = field(default_factory=lambda: [""])
    cite_fields: list[str] = field(default_factory=list)
    transform: Any = None  # a resource's "transform": a name or {"name": …, options}
    snapshots: list[dict[str, Any]] = field(default_factory=list)  # earlier ones, x-snapshots
    problem: str | None = None  # set when the descriptor itself is unusable

    @property
    def value_column(self) -> str | None:
        """The first field with a unit (or a unit column): the default value column."""
        for item in self.fields:
            if item.unit or item.unit_field:
                return item.name
        return None

    @property
    def suite_path(self) -> Path:
        return self.folder / "expectations.json"

    def field_named(self, name: str) -> Field | None:
        return next((item for item in self.fields if item.name == name), None)


@dataclass
class LoadedData:
    """A dataset's snapshot, typed, with the sha256 that was actually read."""

    frame: pd.DataFrame
    sha256: str
    hash_ok: bool


class Catalog:
    """Every dataset of the bundled catalog and any ``--datasets`` folders, by name."""

    def __init__(self, datasets: dict[str, Dataset]) -> None:
        self.datasets = datasets
        self._vintages: dict[str, Dataset] = {}
        self._loaded: dict[str, LoadedData] = {}

    def names(self) -> list[str]:
        return sorted(self.datasets)

    def get(self, name: str) -> Dataset | None:
        """A dataset by name; ``NAME@RETRIEVED`` names one of its kept snapshots (a vintage);
        ``series:ID`` the snapshot of a statistics API's series (``x-series.id``)."""
        if name.startswith(SERIES_PREFIX):
            name = self._series_name(name)
        if VINTAGE_MARK not in name:
            return self.datasets.get(name)
        if name in self._vintages:
            return self._vintages[name]
        base, retrieved = name.split(VINTAGE_MARK, 1)
        dataset = self.datasets.get(base)
        if dataset is None:
            return None
        if dataset.retrieved == retrieved:
            return dataset
        for item in dataset.snapshots:
            if item.get("retrieved") == retrieved:
                vintage = replace(
                    dataset, name=name, declared_hash=item.get("hash"), retrieved=retrieved
                )
                try:
                    vintage.path = safe_path(dataset.folder, item.get("path"))
                except CatalogError as exc:
                    vintage.problem = f"x-snapshots: {exc}"
                self._vintages[name] = vintage
                return vintage
        return None

    def _series_name(self, name: str) -> str:
        """``series:ID[@DATE]`` → ``DATASET[@DATE]`` (unchanged when no snapshot has the id)."""
        return self.resolve_series(name) or name

    def resolve_series(self, name: str) -> str | None:
        """``series:ID[@DATE]`` → ``DATASET[@DATE]``, or None when no snapshot has the id. An id
        may hold ``@`` itself (OECD dataflows: ``DSD_LFS@DF_IALFS_UNE_M``): the whole id is
        tried first, then the part before its last ``@`` with the rest as the vintage."""
        text = name[len(SERIES_PREFIX) :]
        series, mark, date = text.rpartition(VINTAGE_MARK)
        tries = [(text, "")] + ([(series, mark + date)] if mark else [])
        for wanted, suffix in tries:
            for dataset in self.datasets.values():
                recorded = dataset.descriptor.get("x-series")
                if isinstance(recorded, dict) and recorded.get("id") == wanted:
                    return dataset.name + suffix
        return None

    def vintage_on(self, name: str, date: str) -> str | None:
        """``NAME@RETRIEVED`` of the newest snapshot retrieved on or before ``date`` (ISO), or
        None when every kept snapshot is younger."""
        older = [d for d in self.vintage_dates(name) if d <= date]
        return f"{name}{VINTAGE_MARK}{older[-1]}" if older else None

    def vintage_dates(self, name: str) -> list[str]:
        """The retrieval dates of a dataset's kept snapshots and of its current one, sorted."""
        dataset = self.get(name) if name.startswith(SERIES_PREFIX) else self.datasets.get(name)
        if dataset is None:
            return []
        dates = {str(item["retrieved"]) for item in dataset.snapshots if item.get("retrieved")}
        dates |= {dataset.retrieved} if dataset.retrieved else set()
        return sorted(dates)

    def load(self, name: str) -> LoadedData:
        """Read (once per run) and type the snapshot; raises :class:`CatalogError`."""
        if name not in self._loaded:
            dataset = self.get(name)
            if dataset is None:
                raise CatalogError(f"unknown dataset {name!r}", choices=self.names())
            if dataset.problem:
                raise CatalogError(dataset.problem)
            self._loaded[name] = _read_snapshot(dataset)
        return self._loaded[name]


def discover_catalog(folders: list[Path]) -> Catalog:
    """Find every dataset under ``folders``; a name found twice is an error naming both."""
    datasets: dict[str, Dataset] = {}
    for folder in folders:
        if not folder.is_dir():
            raise CatalogError(f"{folder}: no such catalog folder")
        for descriptor in sorted(folder.glob("*/datapackage.json")):
            dataset = describe_dataset(descriptor)
            if dataset.name in datasets:
                other = datasets[dataset.name].folder
                raise CatalogError(
                    f"dataset name {dataset.name!r} is defined twice: in {other} and in "
                    f"{dataset.folder}",
                    hint="rename one of them or leave its catalog out",
                )
            datasets[dataset.name] = dataset
        for stray in _folders_without_descriptor(folder):
            datasets.setdefault(stray.name, Dataset(stray.name, stray, {}, problem=(
                f"{stray}: no datapackage.json, so this folder is not a dataset; package its "
                "table with `figcheck datasets add FILE --name NAME`"
            )))  # fmt: skip
    return Catalog(datasets)


def _folders_without_descriptor(catalog: Path) -> list[Path]:
    """Sub-folders that look meant as datasets but have no descriptor (hidden ones, such as a
    staging folder of ``datasets add``, are not)."""
    return sorted(
        item
        for item in catalog.iterdir()
        if item.is_dir()
        and not item.name.startswith((".", "_"))
        and not (item / "datapackage.json").exists()
    )


def describe_dataset(descriptor_path: Path) -> Dataset:
    """Read one ``datapackage.json``; an unusable descriptor gives a Dataset with ``problem``."""
    folder = descriptor_path.parent
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Dataset(folder.name, folder, {}, problem=f"{descriptor_path}: unreadable: {exc}")
    try:
        return _parse_descriptor(folder, descriptor)
    except CatalogError as exc:
        name = descriptor.get("name") if isinstance(descriptor, dict) else None
        name = name if isinstance(name, str) and NAME_RE.match(name) else folder.name
        return Dataset(name, folder, descriptor, problem=f"{descriptor_path}: {exc}")


def _parse_descriptor(folder: Path, descriptor: Any) -> Dataset:
    if not isinstance(descriptor, dict):
        raise CatalogError("the descriptor must be a JSON object")
    name = descriptor.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise CatalogError(f"'name' {name!r} is not a valid dataset name ([a-z0-9][a-z0-9._-]*)")
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not resources or not isinstance(resources[0], dict):
        raise CatalogError("'resources' must be a list whose first item describes the table")
    resource = resources[0]
    schema = resource.get("schema") or {}
    fields = []
    for raw in schema.get("fields") or []:
        kind = raw.get("type", "string")
        if kind not in FIELD_TYPES:
            raise CatalogError(
                f"field {raw.get('name')!r}: unknown type {kind!r}; valid: {', '.join(FIELD_TYPES)}"
            )
        fields.append(
            Field(str(raw["name"]), kind, raw.get("unit"), raw.get("unitField"), raw.get("title"))
        )
    if not fields:
        raise CatalogError("'resources[0].schema.fields' is empty")
    for item in fields:
        if item.unit:
            try:
                parse_unit(item.unit)
            except UnitError as exc:
                raise CatalogError(f"field {item.name!r}: {exc}") from exc
    sources = resource.get("sources") or descriptor.get("sources") or [{}]
    dialect = resource.get("dialect") or {}
    return Dataset(
        name=name,
        folder=folder,
        descriptor=descriptor,
        title=str(descriptor.get("title") or resource.get("title") or name),
        path=safe_path(folder, resource.get("path")),
        fields=fields,
        primary_key=list(schema.get("primaryKey") or []),
        declared_hash=resource.get("hash"),
        retrieved=resource.get("retrieved"),
        source_url=sources[0].get("path"),
        source_title=sources[0].get("title"),
        licenses=[str(item.get("name")) for item in descriptor.get("licenses") or []],
        delimiter=str(dialect.get("delimiter", ",")),
        missing_values=list(schema.get("missingValues") or [""]),
        cite_fields=[str(name) for name in resource.get("x-citeFields") or []],
        transform=resource.get("transform"),
        snapshots=[item for item in resource.get("x-snapshots") or [] if isinstance(item, dict)],
    )


def safe_path(folder: Path, relative: Any) -> Path:
    """Resolve a descriptor path, refusing anything that leaves the dataset folder."""
    if not isinstance(relative, str) or not relative:
        raise CatalogError("'resources[0].path' must be a relative file path")
    candidate = Path(relative)
    if candidate.is_absolute() or ".." in candidate.parts or "://" in relative:
        raise CatalogError(
            f"path {relative!r} leaves the dataset folder; only relative paths "
            "inside it are allowed"
        )
    resolved = (folder / candidate).resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise CatalogError(f"path {relative!r} leads outside the dataset folder (via a link)")
    return resolved


def _read_snapshot(dataset: Dataset) -> LoadedData:
    assert dataset.path is not None
    try:
        raw = dataset.path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read the snapshot {dataset.path}: {exc.strerror}") from exc
    sha = hashlib.sha256(raw).hexdigest()
    declared = (dataset.declared_hash or "").removeprefix("sha256:")
    return LoadedData(parse_snapshot(dataset, raw), sha, hash_ok=(declared == sha))


def parse_snapshot(dataset: Dataset, raw: bytes) -> pd.DataFrame:
    """Read snapshot bytes with the dataset's dialect and apply its schema's types.

    Raises :class:`CatalogError` naming the missing columns or the first badly typed value; the
    refresh uses the same function, so a download is held to exactly what a load expects.
    """
    names = [item.name for item in dataset.fields]
    try:
        header = pd.read_csv(io.BytesIO(raw), sep=dataset.delimiter, nrows=0, encoding="utf-8")
    except (ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(f"the snapshot is not a readable CSV table: {exc}") from exc
    missing = [name for name in names if name not in header.columns]
    if missing:
        raise CatalogError(
            f"the table lacks the schema's column(s) {', '.join(map(repr, missing))}",
            hint=f"its columns are {', '.join(map(repr, map(str, header.columns)))}",
        )
    try:
        frame = pd.read_csv(
            io.BytesIO(raw),
            sep=dataset.delimiter,
            dtype=str,
            usecols=names,
            keep_default_na=False,
            na_values=dataset.missing_values,
            encoding="utf-8",
        )
    except (ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(f"the snapshot does not match its schema: {exc}") from exc
    for item in dataset.fields:
        frame[item.name] = _typed(frame[item.name], item, dataset.name)
    return frame[names]


def _typed(column: pd.Series, item: Field, dataset: str) -> pd.Series:
    if item.type == "string":
        return column.astype(object)
    if item.type in ("integer", "year"):
        numbers = pd.to_numeric(column, errors="coerce")
        bad = numbers.isna() & column.notna() | (numbers.notna() & (numbers % 1 != 0))
        _refuse(bad, column, item, dataset)
        return numbers.astype("Int64")
    if item.type == "number":
        numbers = pd.to_numeric(column, errors="coerce")
        _refuse(numbers.isna() & column.notna(), column, item, dataset)
        return numbers.astype("float64")
    if item.type == "date":
        dates = pd.to_datetime(column, format="%Y-%m-%d", errors="coerce")
        _refuse(dates.isna() & column.notna(), column, item, dataset)
        return dates
    lowered = column.str.lower()
    return lowered.map({"true": True, "false": False, "1": True, "0": False}).astype("boolean")


def _refuse(bad: pd.Series, column: pd.Series, item: Field, dataset: str) -> None:
    if bool(np.asarray(bad).any()):
        first = column[bad].iloc[0]
        raise CatalogError(
            f"column {item.name!r} is declared {item.type} but holds {first!r} "
            f"({int(bad.sum())} such values)"
        )
