"""Read one ``datapackage.json`` into a :class:`~figcheck.data.catalog.Dataset`, trusting nothing.

A descriptor is user input like a desk: every key the catalog uses is checked for its JSON type
(``resources[0].schema.fields[2].name`` must be text, ``sources`` a list of objects…), the file
for its size and nesting, and every path for staying inside the dataset folder. A descriptor that
fails any check does not stop a run: it becomes a :class:`Dataset` whose ``problem`` says what is
wrong and where, so only claims that use that dataset suffer (verdict ``error``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from figcheck.errors import CatalogError, UnitError
from figcheck.limits import json_loads
from figcheck.model.units import parse_unit
from figcheck.storage.regular import NotRegular, TooLarge, read_regular

__all__ = [
    "FIELD_TYPES",
    "MAX_DESCRIPTOR_BYTES",
    "NAME_RE",
    "Dataset",
    "Field",
    "check_date",
    "describe_dataset",
    "safe_path",
]

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
FIELD_TYPES = ("string", "integer", "number", "date", "year", "boolean")
#: A descriptor is metadata; anything larger is not one (and is not read into memory).
MAX_DESCRIPTOR_BYTES = 8 * 1024 * 1024
_HASH_RE = re.compile(r"^(sha256:)?[0-9a-fA-F]{64}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    #: For a kept earlier snapshot (named ``NAME@RETRIEVED``): the dataset it is a snapshot of.
    snapshot_of: str | None = None
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


def describe_dataset(descriptor_path: Path) -> Dataset:
    """Read one ``datapackage.json``; an unusable descriptor gives a Dataset with ``problem``."""
    folder = descriptor_path.parent
    try:
        descriptor = _read_json(descriptor_path)
    except CatalogError as exc:
        return Dataset(folder.name, folder, {}, problem=f"{descriptor_path}: {exc}")
    try:
        return _parse_descriptor(folder, descriptor)
    except CatalogError as exc:
        name = descriptor.get("name") if isinstance(descriptor, dict) else None
        name = name if isinstance(name, str) and NAME_RE.fullmatch(name) else folder.name
        return Dataset(name, folder, {}, problem=f"{descriptor_path}: {exc}")


def _read_json(path: Path) -> Any:
    """Read once with the bound (a FIFO would block the run for ever, a /proc file says size 0)."""
    try:
        raw = read_regular(path, MAX_DESCRIPTOR_BYTES)
    except NotRegular as exc:
        raise CatalogError(str(exc)) from exc
    except TooLarge as exc:
        found = "holds more than" if exc.size is None else "is"
        size = exc.max_bytes if exc.size is None else exc.size
        raise CatalogError(
            f"the descriptor {found} {size:,} bytes, over the limit of {exc.max_bytes:,}"
        ) from exc
    except OSError as exc:
        raise CatalogError(f"unreadable: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"not UTF-8 text (byte {exc.start})") from exc
    try:
        return json_loads(text)
    except ValueError as exc:  # JSONDecodeError, JSONNumberError
        raise CatalogError(f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise CatalogError("JSON nested too deeply to be a dataset descriptor") from exc


def _parse_descriptor(folder: Path, descriptor: Any) -> Dataset:
    if not isinstance(descriptor, dict):
        raise CatalogError("the descriptor must be a JSON object")
    name = descriptor.get("name")
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise CatalogError(f"'name' {name!r} is not a valid dataset name ([a-z0-9][a-z0-9._-]*)")
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not resources or not isinstance(resources[0], dict):
        raise CatalogError("'resources' must be a list whose first item describes the table")
    resource = resources[0]
    schema = _object(resource, "schema", "resources[0]")
    fields = _fields(schema)
    names = [item.name for item in fields]
    dialect = _object(resource, "dialect", "resources[0]")
    delimiter = _text(dialect, "delimiter", "resources[0].dialect") or ","
    if len(delimiter) != 1:
        raise CatalogError(f"'resources[0].dialect.delimiter' {delimiter!r} must be one character")
    sources = _objects(resource, "sources", "resources[0]") or _objects(descriptor, "sources", "")
    source = sources[0] if sources else {}
    licenses = _objects(descriptor, "licenses", "")
    declared = _text(resource, "hash", "resources[0]")
    if declared is not None and not _HASH_RE.fullmatch(declared):
        raise CatalogError(f"'resources[0].hash' {declared!r} is not 'sha256:' and 64 hex digits")
    retrieved = _text(resource, "retrieved", "resources[0]")
    if retrieved is not None:
        check_date(retrieved, "resources[0].retrieved")
    snapshots = _objects(resource, "x-snapshots", "resources[0]")
    for number, item in enumerate(snapshots):
        where = f"resources[0].x-snapshots[{number}]"
        _text(item, "path", where)
        _text(item, "hash", where)
        if (kept := _text(item, "retrieved", where)) is not None:
            check_date(kept, f"{where}.retrieved")
    transform = _transform(resource)
    _text(descriptor, "description", "")
    _texts(descriptor, "keywords", "")
    return Dataset(
        name=name,
        folder=folder,
        descriptor=descriptor,
        title=_text(descriptor, "title", "") or _text(resource, "title", "resources[0]") or name,
        path=safe_path(folder, resource.get("path")),
        fields=fields,
        primary_key=_field_names(schema, "primaryKey", names, "resources[0].schema"),
        declared_hash=declared,
        retrieved=retrieved,
        source_url=_text(source, "path", "sources[0]"),
        source_title=_text(source, "title", "sources[0]"),
        licenses=[_text(item, "name", "licenses[]") or "?" for item in licenses],
        delimiter=delimiter,
        missing_values=_texts(schema, "missingValues", "resources[0].schema") or [""],
        cite_fields=_field_names(resource, "x-citeFields", names, "resources[0]"),
        transform=transform,
        snapshots=snapshots,
    )


def _transform(resource: dict[str, Any]) -> str | dict[str, Any] | None:
    """A transform's name, or an object with a text ``name`` whose known options have the
    types the transforms expect (their values are checked again when a transform runs)."""
    transform = resource.get("transform")
    if transform is None or isinstance(transform, str):
        return transform
    where = "resources[0].transform"
    if not isinstance(transform, dict) or not isinstance(transform.get("name"), str):
        raise CatalogError(f"'{where}' must be a name or an object with a 'name'")
    _text(transform, "member", where)
    _texts(transform, "columns", where)
    patterns = _object(transform, "keepRowsMatching", where)
    for column, pattern in patterns.items():
        if not isinstance(pattern, str):
            raise CatalogError(f"'{where}.keepRowsMatching.{column}' must be a regular expression")
        try:
            re.compile(pattern)
        except (re.error, RecursionError, OverflowError) as exc:
            raise CatalogError(
                f"'{where}.keepRowsMatching.{column}' is not a valid regular expression: {exc}"
            ) from exc
    return transform


def _fields(schema: dict[str, Any]) -> list[Field]:
    raw_fields = schema.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise CatalogError("'resources[0].schema.fields' must be a non-empty list of fields")
    fields: list[Field] = []
    for number, raw in enumerate(raw_fields):
        where = f"resources[0].schema.fields[{number}]"
        if not isinstance(raw, dict):
            raise CatalogError(f"{where!r} must be an object with a 'name', not {raw!r:.40}")
        name = _text(raw, "name", where)
        if not name:
            raise CatalogError(f"{where!r} has no 'name'")
        if any(item.name == name for item in fields):
            raise CatalogError(f"{where!r}: the field name {name!r} is used twice")
        kind = _text(raw, "type", where) or "string"
        if kind not in FIELD_TYPES:
            raise CatalogError(
                f"field {name!r}: unknown type {kind!r}; valid: {', '.join(FIELD_TYPES)}"
            )
        unit = _text(raw, "unit", where)
        if unit:
            _check_unit(name, unit)
        fields.append(
            Field(
                name, kind, unit or None, _text(raw, "unitField", where), _text(raw, "title", where)
            )
        )
    names = {item.name for item in fields}
    for item in fields:
        if item.unit_field is not None and item.unit_field not in names:
            raise CatalogError(
                f"field {item.name!r}: unitField {item.unit_field!r} is not a field of the schema"
            )
    return fields


def _check_unit(field_name: str, unit: str) -> None:
    try:
        parse_unit(unit)
    except UnitError as exc:
        raise CatalogError(f"field {field_name!r}: {exc}") from exc
    except (ArithmeticError, RecursionError) as exc:  # pint's own faults on e.g. "USD/0"
        raise CatalogError(f"field {field_name!r}: unit {unit!r} cannot be evaluated") from exc


def safe_path(folder: Path, relative: Any) -> Path:
    """Resolve a descriptor path, refusing anything that leaves the dataset folder."""
    if not isinstance(relative, str) or not relative:
        raise CatalogError("'resources[0].path' must be a relative file path")
    candidate = Path(relative)
    if candidate.is_absolute() or ".." in candidate.parts or "://" in relative or "\0" in relative:
        raise CatalogError(
            f"path {relative!r} leaves the dataset folder; only relative paths "
            "inside it are allowed"
        )
    resolved = (folder / candidate).resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise CatalogError(f"path {relative!r} leads outside the dataset folder (via a link)")
    return resolved


def check_date(text: str, key: str) -> dt.date:
    """An ISO calendar date (``2026-11-23``); it names snapshot files, so nothing else passes."""
    try:
        if not _DATE_RE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CatalogError(f"{key!r} {text!r} is not a date written YYYY-MM-DD") from exc


def _at(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _text(obj: dict[str, Any], key: str, parent: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise CatalogError(f"{_at(parent, key)!r} must be text, not {type(value).__name__}")


def _object(obj: dict[str, Any], key: str, parent: str) -> dict[str, Any]:
    value = obj.get(key)
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise CatalogError(f"{_at(parent, key)!r} must be an object, not {type(value).__name__}")


def _objects(obj: dict[str, Any], key: str, parent: str) -> list[dict[str, Any]]:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    raise CatalogError(f"{_at(parent, key)!r} must be a list of objects")


def _texts(obj: dict[str, Any], key: str, parent: str) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise CatalogError(f"{_at(parent, key)!r} must be a list of texts")


def _field_names(obj: dict[str, Any], key: str, names: list[str], parent: str) -> list[str]:
    value = obj.get(key)
    listed = [value] if isinstance(value, str) else _texts(obj, key, parent)
    unknown = [item for item in listed if item not in names]
    if unknown:
        raise CatalogError(
            f"{_at(parent, key)!r} names {unknown[0]!r}, which is not a field", choices=names
        )
    return listed
