"""Catalogs of reference datasets: Frictionless Data Packages with hashes, schemas and units.

A catalog is a folder of dataset folders, each with ``datapackage.json`` (read by
:mod:`figcheck.data.descriptors`) and its snapshot. Loading checks, in this order, the snapshot's
size,
its sha256 (streamed) against the descriptor, and only then parses it and applies the schema's
types, so a ``where`` value ``"2009"`` matches an integer column. Each failure is a
:class:`SnapshotError` with a :class:`SnapshotState`, so a missing file is never called a hash
mismatch.

Extensions to the Data Package keys (documented in ``docs/datasets.md``): a field may carry
``unitField`` (the name of a column holding each row's unit, for tables of mixed figures), and
the resource may carry ``dialect.delimiter`` and ``schema.missingValues`` as in Frictionless.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import numpy as np
import pandas as pd

from figcheck.csvrows import (
    UnclosedQuote,
    data_row_line,
    record_line,
    records,
    unclosed_record,
    wide_cells,
)
from figcheck.data.descriptors import (
    FIELD_TYPES,
    NAME_RE,
    Dataset,
    Field,
    describe_dataset,
    safe_path,
)
from figcheck.data.series_ids import SERIES_PREFIX
from figcheck.errors import CatalogError
from figcheck.limits import quoted, shown_value
from figcheck.storage.regular import NotRegular, TooLarge, read_regular
from figcheck.utf8 import first_bad_byte

__all__ = [
    "FIELD_TYPES",
    "NAME_RE",
    "Catalog",
    "Dataset",
    "Field",
    "LoadedData",
    "SnapshotError",
    "SnapshotState",
    "Stray",
    "Vintage",
    "VintageState",
    "bundled_catalog",
    "describe_dataset",
    "discover_catalog",
    "parse_snapshot",
    "read_snapshot",
    "safe_path",
    "shown_value",
    "typed_values",
]

#: ``world-gdp@2026-11-23``: a dataset as it was in the snapshot retrieved that day.
VINTAGE_MARK = "@"
#: A snapshot larger than this is refused before it is hashed or parsed (parsing takes ~9 times
#: the file's size in memory); refresh holds downloads to its own, smaller ``--max-mb``.
MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024


class SnapshotState(StrEnum):
    """Why a snapshot could not be used, as ``datasets list`` shows it."""

    DESCRIPTOR = "descriptor unusable"
    MISSING = "snapshot missing"
    UNREADABLE = "snapshot unreadable"
    TOO_LARGE = "snapshot too large"
    MISMATCH = "hash MISMATCH"
    UNPARSABLE = "snapshot does not match its schema"


class SnapshotError(CatalogError):
    """A dataset's snapshot cannot be used; ``state`` says why, ``sha256`` is what was read."""

    def __init__(self, state: SnapshotState, problem: str, *, sha256: str | None = None,
                 hint: str | None = None) -> None:  # fmt: skip
        self.state = state
        self.sha256 = sha256
        super().__init__(problem, hint=hint)


class VintageState(StrEnum):
    """Whether a dataset as it was on a day is kept."""

    PUBLISHED = "published"  # the snapshot retrieved on ``date`` is kept
    MISSING = "missing"  # no snapshot retrieved on or before ``date`` is kept


@dataclass(frozen=True)
class Vintage:
    """A dataset as it was on a day: what a claim pinned ``as_published`` is judged on."""

    dataset: str  # as the claim names it: a dataset, or ``series:ID``
    state: VintageState
    #: PUBLISHED: the kept snapshot's retrieval date; MISSING: the date asked for (None: the
    #: article has no published date).
    date: str | None

    @property
    def name(self) -> str:
        """How a report names it: ``NAME@RETRIEVED``, or ``NAME@missing:DATE`` when no snapshot
        that old is kept (``NAME@missing:undated`` without a date). For display only."""
        if self.state is VintageState.PUBLISHED:
            return f"{self.dataset}{VINTAGE_MARK}{self.date or 'undated'}"
        return f"{self.dataset}{VINTAGE_MARK}missing:{self.date or 'undated'}"


@dataclass(frozen=True)
class Stray:
    """A folder in a catalog that is not a dataset (no ``datapackage.json``)."""

    folder: Path
    problem: str


@dataclass
class LoadedData:
    """A dataset's snapshot, typed, with the sha256 that was read (it matched the descriptor)."""

    frame: pd.DataFrame
    sha256: str


class Catalog:
    """Every dataset of the bundled catalog and any ``--datasets`` folders, by name."""

    def __init__(self, datasets: dict[str, Dataset], strays: list[Stray] | None = None) -> None:
        self.datasets = datasets
        self.strays = strays or []
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
        base, retrieved = name.split(VINTAGE_MARK, 1)
        return self.snapshot(base, retrieved)

    def snapshot(self, name: str, retrieved: str) -> Dataset | None:
        """Dataset ``name`` as in its snapshot retrieved on ``retrieved`` (the current one, or a
        kept one named ``NAME@RETRIEVED``), or None when no such snapshot is kept."""
        key = f"{name}{VINTAGE_MARK}{retrieved}"
        if key in self._vintages:
            return self._vintages[key]
        dataset = self.datasets.get(name)
        if dataset is None:
            return None
        if dataset.retrieved == retrieved:
            return dataset
        for item in dataset.snapshots:
            if item.get("retrieved") == retrieved:
                vintage = replace(
                    dataset,
                    name=key,
                    declared_hash=item.get("hash"),
                    retrieved=retrieved,
                    snapshot_of=name,
                )
                try:
                    vintage.path = safe_path(dataset.folder, item.get("path"))
                except CatalogError as exc:
                    vintage.problem = f"x-snapshots: {exc}"
                self._vintages[key] = vintage
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

    def vintage_on(self, name: str, date: str | None) -> Vintage:
        """Dataset ``name`` (or ``series:ID``) as it was on ``date`` (ISO): its newest snapshot
        retrieved on or before that day, or MISSING when every kept snapshot is younger (or
        there is no date)."""
        older = [d for d in self.vintage_dates(name) if date is not None and d <= date]
        if older:
            return Vintage(name, VintageState.PUBLISHED, older[-1])
        return Vintage(name, VintageState.MISSING, date)

    def vintage_dates(self, name: str) -> list[str]:
        """The retrieval dates of a dataset's kept snapshots and of its current one, sorted."""
        dataset = self.get(name) if name.startswith(SERIES_PREFIX) else self.datasets.get(name)
        if dataset is None:
            return []
        dates = {str(item["retrieved"]) for item in dataset.snapshots if item.get("retrieved")}
        dates |= {dataset.retrieved} if dataset.retrieved else set()
        return sorted(dates)

    def load(self, name: str) -> LoadedData:
        """Read (once per run), hash-check and type the snapshot; raises :class:`CatalogError`
        (:class:`SnapshotError` when the snapshot itself is the problem)."""
        if name not in self._loaded:
            dataset = self.get(name)
            if dataset is None:
                raise CatalogError(f"unknown dataset {quoted(name)}", choices=self.names())
            if dataset.problem:
                raise SnapshotError(SnapshotState.DESCRIPTOR, dataset.problem)
            self._loaded[name] = read_snapshot(dataset)
        return self._loaded[name]


def bundled_catalog(override: str | None = None) -> Path:
    """The repository's ``datasets/``, or ``override`` (the CLI passes
    ``$FIGCHECK_BUNDLED_DATASETS``: only the CLI reads the environment)."""
    if override:
        return Path(override)
    repo = Path(__file__).resolve().parents[3] / "datasets"  # <repo>/src/figcheck/data/
    return repo if repo.is_dir() else Path.cwd() / "datasets"


def discover_catalog(folders: list[Path]) -> Catalog:
    """Find every dataset under ``folders``. A sub-folder without a descriptor is listed as a
    stray; a name defined twice becomes a dataset whose problem names both folders."""
    datasets: dict[str, Dataset] = {}
    strays: list[Stray] = []
    read: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            raise CatalogError(f"{folder}: no such catalog folder")
        if folder.resolve() in read:  # named twice (`--datasets datasets`: the bundled one again)
            continue  # it made every dataset "defined twice: in X and in X", so unusable
        read.add(folder.resolve())
        for sub in sorted(folder.iterdir()):
            if sub.name.startswith((".", "_")) or not sub.is_dir():  # staging folders
                continue
            descriptor = sub / "datapackage.json"
            if not descriptor.exists():
                strays.append(Stray(sub, (
                    f"{sub}: no datapackage.json, so not a dataset; package its table with "
                    "`figcheck datasets add FILE --name NAME`"
                )))  # fmt: skip
                continue
            dataset = describe_dataset(descriptor)
            if dataset.name in datasets:
                other = datasets[dataset.name].folder
                if other.resolve() == sub.resolve():  # one folder reached by a link too
                    continue
                dataset = Dataset(dataset.name, dataset.folder, {}, problem=(
                    f"dataset name {dataset.name!r} is defined twice: in {other} and in "
                    f"{dataset.folder}; rename one of them or leave its catalog out"
                ))  # fmt: skip
            datasets[dataset.name] = dataset
    return Catalog(datasets, strays)


def read_snapshot(dataset: Dataset, max_bytes: int = MAX_SNAPSHOT_BYTES) -> LoadedData:
    """Read once with a bound (:func:`~figcheck.storage.regular.read_regular`), then sha256,
    then parse: a file that is too large or not the recorded one is never parsed. Raises
    :class:`SnapshotError`."""
    assert dataset.path is not None
    path = dataset.path
    try:
        raw = read_regular(path, max_bytes)
    except FileNotFoundError as exc:
        raise SnapshotError(SnapshotState.MISSING, f"the snapshot {path} does not exist") from exc
    except NotRegular as exc:  # a FIFO blocks, /dev/zero never ends
        why = f" is {exc.kind}" if exc.kind == "a folder" else f": {exc}"
        raise SnapshotError(SnapshotState.UNREADABLE, f"the snapshot {path}{why}") from exc
    except TooLarge as exc:
        size = f"is {exc.size:,} bytes" if exc.size is not None else "holds more bytes"
        raise SnapshotError(
            SnapshotState.TOO_LARGE,
            f"the snapshot {path} {size}, over the limit of {max_bytes:,}",
        ) from exc
    except OSError as exc:
        raise SnapshotError(
            SnapshotState.UNREADABLE, f"cannot read the snapshot {path}: {exc.strerror}"
        ) from exc
    sha = hashlib.sha256(raw).hexdigest()
    declared = (dataset.declared_hash or "").removeprefix("sha256:").lower()
    if declared != sha:
        raise SnapshotError(
            SnapshotState.MISMATCH,
            f"{path} does not match its recorded hash (recorded {declared[:12] or 'none'}…, "
            f"found {sha[:12]}…): it was changed behind the catalog's back",
            sha256=sha,
            hint="restore the file, or refresh the dataset so its descriptor is updated",
        )
    try:
        frame = parse_snapshot(dataset, raw)
    except SnapshotError:
        raise
    except CatalogError as exc:
        raise SnapshotError(SnapshotState.UNPARSABLE, str(exc), sha256=sha) from exc
    return LoadedData(frame, sha)


def parse_snapshot(dataset: Dataset, raw: bytes) -> pd.DataFrame:
    """Read snapshot bytes with the dataset's dialect and apply its schema's types.

    Raises :class:`CatalogError` naming the missing columns or the first badly typed value; the
    refresh uses the same function, so a download is held to exactly what a load expects.
    """
    names = [item.name for item in dataset.fields]
    try:
        columns = _header(raw, dataset.delimiter)
    except UnicodeDecodeError:
        raise _not_utf8(raw) from None
    except csv.Error as exc:
        raise CatalogError(f"the snapshot is not a readable CSV table: {exc}") from exc
    if not columns:
        raise CatalogError("the snapshot is not a readable CSV table: it has no header line")
    missing = [name for name in names if name not in set(columns)]
    if missing:
        raise CatalogError(
            f"the table lacks the schema's column(s) {_names(missing)}",
            hint=f"its columns are {_names(columns)}",
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
    except UnicodeDecodeError:
        raise _not_utf8(raw) from None
    except ValueError as exc:
        record = unclosed_record(str(exc))
        if record is not None:
            line = record_line(_lines(raw), record, dataset.delimiter)
            raise CatalogError(
                f"the snapshot is not a readable CSV table: a quoted value opens at line {line} "
                "and is never closed"
            ) from exc
        raise CatalogError(f"the snapshot does not match its schema: {exc}") from exc
    for item in dataset.fields:
        typed, bad = typed_values(frame[item.name], item.type)
        if bool(np.asarray(bad).any()):
            first = int(np.flatnonzero(np.asarray(bad))[0])
            raise _refused(
                frame[item.name], bad, item, data_row_line(_lines(raw), first, dataset.delimiter)
            )
        frame[item.name] = typed
    return frame[names]


def _header(raw: bytes, delimiter: str) -> list[str]:
    """The column names of the first record that is not blank (pandas skips blank lines and
    lines of spaces alike: :func:`figcheck.csvrows.records`), read with ``csv``: pandas took
    22 s to read a header of 100,000 names alone (a download could stall a refresh), ``csv``
    2 ms. A quoted header never closed is a :class:`csv.Error`."""
    text = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline="")
    with wide_cells():
        try:
            for _, fields in records(text, delimiter):
                if fields is not None:
                    return fields
        except UnclosedQuote as exc:
            raise csv.Error(f"a quoted value opens at line {exc.line} and is never closed") from exc
    return []


def _names(names: list[str], most: int = 12) -> str:
    """Column names for a message: the first ``most``, each cut at 40 characters and escaped
    (a downloaded header is untrusted: 100,000 names, or one of 5,000 NUL characters)."""
    shown = [repr(name[:40] + ("…" if len(name) > 40 else "")) for name in names[:most]]
    more = f" and {len(names) - most:,} more" if len(names) > most else ""
    return ", ".join(shown) + more


def _not_utf8(raw: bytes) -> CatalogError:
    """The first byte of a snapshot that is not UTF-8, and its line (pandas' own error counts
    the byte within a buffer, not the file)."""
    bad = first_bad_byte([raw])
    if bad is None:
        return CatalogError("the snapshot is not UTF-8 text")
    return CatalogError(f"the snapshot is not UTF-8 text at line {bad.line} (byte {bad.offset:,}: "
                        f"{bad.byte!r})")  # fmt: skip


def _lines(raw: bytes) -> io.StringIO:
    """A snapshot's text, to find a row's line in (read only for an error, so once)."""
    return io.StringIO(raw.decode("utf-8", errors="replace"), newline="")


#: What a ``boolean`` field's cells may say, in any case.
BOOLEAN_WORDS = {"true": True, "false": False, "1": True, "0": False}


def typed_values(values: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    """The one rule for reading values as a schema type (``FIELD_TYPES``): a snapshot's columns
    and a lookup's ``where`` values alike. Returns the typed values and which of them cannot be
    read as ``kind`` (a missing value is missing, not wrong: the caller decides).

    Text is read without surrounding blanks. ``integer``/``year``: a whole number below 2**63 in
    size (beyond, no Int64 column holds it); ``number``: finite; ``date``: ``YYYY-MM-DD``;
    ``boolean``: ``true``/``false``/``1``/``0`` in any case; ``string``: as text.
    """
    present = values.notna()
    if kind == "string":
        nothing = pd.Series(False, index=values.index)
        return values.astype(object).where(~present, values.astype(str)), nothing
    text = values.astype(str).str.strip().where(present)
    if kind in ("integer", "year"):
        numbers = pd.to_numeric(text, errors="coerce").astype("float64")
        bad = present & (numbers.isna() | (numbers % 1 != 0) | (numbers.abs() >= 2.0**63))
        # Beyond 2**53 a float is no longer exact (2**53 + 1 would read as 2**53, 2**63 - 1 as
        # 2**63): such values are read, and judged whole and within 64 bits, from their text.
        exact = (present & (numbers.abs() >= 2.0**53) & (numbers.abs() < 2.0**64)).to_numpy()
        wrong = bad.to_numpy() & ~exact
        integers = numbers.where(~(wrong | exact)).astype("Int64").array
        for at, written in zip(np.flatnonzero(exact).tolist(), text[exact], strict=True):
            number = Decimal(written)
            if number % 1 != 0 or not -(2**63) < number < 2**63:
                wrong[at] = True
            else:
                integers[at] = int(number)
        return pd.Series(integers, index=values.index), pd.Series(wrong, index=values.index)
    if kind == "number":
        numbers = pd.to_numeric(text, errors="coerce").astype("float64")
        bad = present & ~np.isfinite(numbers)
        return numbers.where(~bad), bad
    if kind == "date":
        dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        return dates, present & dates.isna()
    flags = text.str.lower().map(BOOLEAN_WORDS).astype("boolean")
    return flags, present & flags.isna()


def _refused(column: pd.Series, bad: pd.Series, item: Field, line: int | None) -> CatalogError:
    cell = shown_value(str(column[bad].iloc[0]), quote=True)  # 5,000 digits: cut short
    count = int(bad.sum())
    return CatalogError(
        f"column {item.name!r} is declared {item.type} but holds {cell}"
        + (f" at line {line}" if line is not None else "")
        + f" ({count} such value{'s' if count != 1 else ''})"
    )
