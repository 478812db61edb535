"""``figcheck datasets add FILE|URL``: package a publisher's table as a Data Package folder.

The table is read as text (``tables``), cut to the rows the user asks for (``--where``), typed
column by column, its key checked (given with ``--key``, else the first column or pair of
columns that is unique and never empty), its units declared (``--unit COL=UNIT``, or
``--unit-from COL`` for a column that names each row's unit, such as a currency code), and
written with its sha256, retrieved date, ``sources[0]`` and a generated integrity suite. The
folder appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.data.catalog import NAME_RE, Dataset, Field, parse_snapshot
from figcheck.data.recipe import (
    DECIMAL_COMMA,
    FLAGGED,
    THOUSANDS_COMMA,
    Recipe,
    UnitMap,
    cut_table,
    table_csv,
)
from figcheck.data.snapshots import write_new_folder
from figcheck.data.suites import generate_suite
from figcheck.data.tables import MAX_UNPACKED, MISSING_MARKERS, Column, infer_type
from figcheck.errors import InputError, UnitError, UsageError
from figcheck.model.units import parse_unit

__all__ = ["PackageRequest", "Packaged", "desk_snippet", "package_table"]

DATA = "data.csv"
_KEY_TYPES = ("string", "integer", "date", "year")
_NUMERIC = ("number", "integer")
#: A column named as a period, as wide tables print one column per year, month or quarter:
#: ``2019``, ``2019 [YR2019]`` (World Bank DataBank), ``2020M01``, ``2020Q1``, ``2020-01``.
PERIOD_NAME = re.compile(
    r"(1[89]|2[01])\d\d( \[YR\d{4}\])?|\d{4}(M(0[1-9]|1[0-2])|-?Q[1-4]|-(0[1-9]|1[0-2]))"
)
MAX_NAME = 120
#: Names of a column of periods (never a value column that takes a unit column's unit).
_PERIOD_WORDS = frozenset({
    "year", "years", "yr", "date", "month", "quarter", "week", "day", "period", "time",
    "año", "ano", "anio", "fecha", "mes", "trimestre", "periodo", "período",
})  # fmt: skip
#: A word that names a period inside a longer column name ("Fiscal Year", "TIME_PERIOD",
#: "ref_year", "fiscalYear"); "day", "week" and "time" only alone ("time_spent" is a figure).
_PERIOD_PARTS = frozenset({
    "year", "yr", "yyyy", "date", "month", "quarter", "period", "año", "anio", "fecha", "mes",
    "trimestre", "periodo", "período",
})  # fmt: skip
#: The words that may stand beside it in a period's name: "Reference date", "YEAR OF DATA",
#: "Periodo de referencia", "year_start". Any other word ("year_on_year_change") makes it a
#: figure's name, and so do "first" and "last": a wide table's "First quarter" or "Last year"
#: holds that period's figures (review30).
_PERIOD_COMPANIONS = frozenset({
    "fiscal", "calendar", "financial", "tax", "school", "academic", "reference", "ref",
    "reporting", "report", "obs", "observation", "survey", "census", "data", "start", "end",
    "begin", "of", "the", "time", "id", "code", "label", "iso", "de", "del",
    "la", "el", "referencia", "inicio", "fin", "ano", "ejercicio",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def period_named(name: str) -> bool:
    """Whether a column's name names a period ("Year", "Fiscal Year", "TIME_PERIOD",
    "ref_year", "fiscalYear", "Año fiscal"): such a column is a key or a period, never a figure
    with a unit (mends30: review28's fixed list of whole names let "Fiscal Year" and SDMX's
    "TIME_PERIOD" take the unit column's unit)."""
    text = name.strip().lower()
    if PERIOD_NAME.fullmatch(name):
        return False  # a period's figures: "2019 [YR2019]", "2020Q1" (--unit-periods)
    if text in _PERIOD_WORDS:
        return True
    words = [w.lower() for w in _WORD.findall(_CAMEL.sub(" ", name.strip()))]
    return any(w in _PERIOD_PARTS for w in words) and all(
        w in _PERIOD_PARTS or w in _PERIOD_COMPANIONS for w in words
    )


@dataclass(frozen=True)
class PackageRequest:
    """What the user asked for on the command line."""

    name: str
    into: Path
    key: tuple[str, ...] = ()
    units: Mapping[str, str] = field(default_factory=dict)  # column → unit text
    unit_from: str | None = None
    where: Mapping[str, str] = field(default_factory=dict)
    title: str | None = None
    source_url: str | None = None  # where the publisher's file is (a URL source sets it)
    source_title: str | None = None
    sheet: str | None = None
    unit_map: UnitMap | None = None  # --unit-map COL=FILE, read
    decimal_comma: bool = False  # --decimal-comma
    header_line: int | None = None  # --header-line
    encoding: str | None = None  # --encoding
    thousands_comma: bool = False  # --thousands-comma
    drop_flags: bool = False  # --drop-flags
    unit_periods: str | None = None  # --unit-periods UNIT: every period-named column's unit
    max_bytes: int = MAX_UNPACKED
    replace: bool = False  # --overwrite: replace the dataset folder of that name

    @property
    def recipe(self) -> Recipe:
        """The steps from the publisher's file to the snapshot, which refresh re-applies."""
        return Recipe(
            dict(self.where), self.sheet, self.unit_from, self.unit_map, self.decimal_comma,
            self.header_line, self.encoding, self.thousands_comma, self.drop_flags,
        )  # fmt: skip


@dataclass(frozen=True)
class Packaged:
    """The dataset folder that was written, and what was inferred for it."""

    folder: Path
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    key_inferred: bool
    units: dict[str, str]
    unit_from: str | None
    rows: int
    sha256: str
    example: dict[str, str]  # one row's key values, for the desk snippet
    value_columns: tuple[str, ...]
    formula_cells: tuple[str, ...] = ()  # text columns with cells a spreadsheet would run
    notes: tuple[str, ...] = ()  # what was read from the file but not as rows (notes below)
    period_columns: tuple[str, ...] = ()  # columns of figures named as periods (2019, 2020M01)


def package_table(body: bytes, label: str, request: PackageRequest, today: dt.date) -> Packaged:
    """Package ``body`` (read from ``label``, a path or URL). Raises a FigcheckError subclass
    naming the file, column or row at fault; writes nothing unless everything passed."""
    check_name(request.name)
    if request.unit_from and request.unit_map:
        raise UsageError("give --unit-from or --unit-map, not both")
    # a new dataset splits Eurostat's first column when it has one; the recipe says so only
    # then (refresh re-applies it), so a recipe of another table reads as before
    table = cut_table(body, label, replace(request.recipe, split_keys=True),
                      max_bytes=request.max_bytes)  # fmt: skip
    recipe = replace(request.recipe, split_keys=bool(table.attrs.get("split_keys")))
    columns = tuple(_infer(table))
    types = {c.name: c.type for c in columns}
    units = _check_units(request, types, label, table)
    period_columns = [c.name for c in columns if PERIOD_NAME.fullmatch(c.name)]
    if request.unit_periods is not None:
        if not period_columns:
            raise UsageError(
                f"--unit-periods: no column of {label} is named as a period (2019, "
                "2019 [YR2019], 2020M01, 2020Q1, 2020-01)",
                hint="give --unit COLUMN=UNIT for each value column", choices=list(types),
            )  # fmt: skip
        given = {c: request.unit_periods for c in period_columns if c not in request.units}
        units.update(_check_units(replace(request, units=given), types, label, table))
        units = {c.name: units[c.name] for c in columns if c.name in units}  # column order
    values = {*units, *([recipe.unit_column] if recipe.unit_column else [])}
    missing = sorted({"", *(m for c in columns for m in c.missing)})
    key, inferred = _key(table, columns, request.key, label, exclude=values, missing=missing)
    unit_column = recipe.unit_column
    # A column given --unit keeps it; with a unit column (--unit-from, --unit-map) every other
    # numeric non-key column takes its unit from that column (mends28: one --unit dropped the
    # unit column for every column, silently)
    # a column named as a period ("Year", "fecha") is no value, even outside the key (review28:
    # a one-row-per-country table's Year took the currency column's unit)
    value_columns = tuple(units) + tuple(
        c.name for c in columns if unit_column and c.type in ("number", "integer")
        and c.name not in key and c.name != unit_column and c.name not in units
        and not period_named(c.name)
    )  # fmt: skip
    data = table_csv(table)
    fields = [
        Field(c.name, c.type, units.get(c.name),
              unit_column if c.name in value_columns and c.name not in units else None)
        for c in columns
    ]  # fmt: skip
    folder = request.into / request.name
    dataset = Dataset(request.name, folder, {}, path=folder / DATA, fields=fields,
                      missing_values=missing)  # fmt: skip
    frame = parse_snapshot(dataset, data)
    sha = hashlib.sha256(data).hexdigest()
    descriptor = _descriptor(request, recipe, label, fields, key, missing, sha, today)
    suite = generate_suite(request.name, frame, types, key)
    write_new_folder(folder, {DATA: data, "datapackage.json": descriptor,
                              "expectations.json": suite}, replace=request.replace)  # fmt: skip
    example = {name: str(table[name].iloc[0]) for name in key}
    return Packaged(folder, columns, key, inferred, units, unit_column, len(table), sha,
                    example, value_columns, tuple(formula_like(table, columns)),
                    tuple(table.attrs.get("notes", ())),
                    tuple(c for c in period_columns if types[c] in _NUMERIC))  # fmt: skip


def check_name(name: str) -> None:
    """A dataset name is one folder name: no slash, no ``..``, no line break, and short
    enough for every file system once a staging prefix is added."""
    if not NAME_RE.fullmatch(name):
        raise UsageError(f"--name {name!r} is not a dataset name ([a-z0-9][a-z0-9._-]*)")
    if len(name) > MAX_NAME:
        raise UsageError(f"--name is {len(name)} characters long; at most {MAX_NAME}")


#: A text cell that a spreadsheet would run as a formula if data.csv were opened in one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(table: pd.DataFrame, columns: Sequence[Column]) -> list[str]:
    """The text columns with cells a spreadsheet would read as formulas (``=HYPERLINK(…)``).
    They are kept as printed (the snapshot is the publisher's text); the user is warned."""
    found = []
    for column in columns:
        if column.type != "string":
            continue
        cells = table[column.name]
        hits = cells[cells.str.startswith(_FORMULA_START) & ~cells.isin(MISSING_MARKERS)]
        if len(hits):
            found.append(f"{column.name} ({len(hits)} cell(s), e.g. {hits.iloc[0][:40]!r})")
    return found


def _infer(table: pd.DataFrame) -> list[Column]:
    out = []
    for name in table.columns:
        kind, markers = infer_type(pd.unique(table[name].str.strip()))
        out.append(Column(str(name), kind, markers))
    return out


def _not_a_number(cells: pd.Series) -> str:
    """`` (e.g. '1e400' on line 7)``: the first cell that is no finite figure."""
    for line, text in cells.str.strip().items():
        if text and text not in MISSING_MARKERS and infer_type([text])[0] not in _NUMERIC:
            return f" (e.g. {text[:40]!r} on line {line})"  # the index is the file's line
    return ""


def _decimal_hint(cells: pd.Series) -> str | None:
    texts = [t for t in cells.str.strip() if t and t not in MISSING_MARKERS]
    flagged = [t for t in texts if FLAGGED.fullmatch(t)]
    if flagged and all(FLAGGED.fullmatch(t) or infer_type([t])[0] in _NUMERIC for t in texts):
        return (
            f"its figures carry flags ({flagged[0]!r}, as Eurostat marks provisional or "
            "estimated figures); give --drop-flags to read the figures without them"
        )
    thousands = texts and all(THOUSANDS_COMMA.fullmatch(t) for t in texts)
    if thousands and all(DECIMAL_COMMA.fullmatch(t) for t in texts):
        return (
            f"its figures ({texts[0]!r}) have a comma that may be a decimal comma or a thousands "
            "separator: read the table, then give --decimal-comma or --thousands-comma"
        )
    if thousands or (
        texts
        and any(THOUSANDS_COMMA.fullmatch(t) for t in texts)
        and all(THOUSANDS_COMMA.fullmatch(t) or infer_type([t])[0] in _NUMERIC for t in texts)
    ):
        return (
            f"its figures have thousands separators ({texts[0]!r}); give --thousands-comma to "
            "read them without the commas"
        )
    if texts and all(DECIMAL_COMMA.fullmatch(t) for t in texts):
        return (
            "its figures have a decimal comma (as many European statistics offices print "
            "them); figcheck reads a decimal point: give --decimal-comma"
        )
    return None


def _check_units(
    request: PackageRequest, types: dict[str, str], label: str, cells: pd.DataFrame
) -> dict[str, str]:
    units = {}
    for column, unit in request.units.items():
        if column not in types:
            raise UsageError(f"--unit {column}=…: {label} has no column {column!r}",
                             choices=list(types))  # fmt: skip
        if types[column] not in ("number", "integer"):
            raise UsageError(f"--unit {column}=…: column {column!r} holds {types[column]} "
                             f"values, not numbers{_not_a_number(cells[column])}",
                             hint=_decimal_hint(cells[column]))  # fmt: skip
        if period_named(column):
            raise UsageError(f"--unit {column}=…: column {column!r} is named as a period; a "
                             "period holds no figures to compare",
                             hint="give --unit to a column of figures")  # fmt: skip
        try:
            parse_unit(unit)
        except UnitError as exc:
            raise UsageError(f"--unit {column}={unit}: {exc}") from exc
        units[column] = unit
    if request.unit_from is not None and request.unit_from not in types:
        raise UsageError(f"--unit-from: {label} has no column {request.unit_from!r}",
                         choices=list(types))  # fmt: skip
    return units


def _key(
    table: pd.DataFrame,
    columns: Sequence[Column],
    given: Sequence[str],
    label: str,
    *,
    exclude: Collection[str] = (),
    missing: Collection[str] = ("",),
) -> tuple[tuple[str, ...], bool]:
    """The given key, checked; else the first unique run of one to three key-like columns,
    never a value column (one with a ``--unit``) or the unit column. ``missing`` are the texts
    the schema reads as missing (``missingValues`` applies to every column): never in a key."""
    names = [c.name for c in columns]
    if given:
        for number, name in enumerate(given):
            if name in given[:number]:  # a key of country, country, year was written as given
                raise UsageError(f"--key {name} is given twice; name each key column once")
            if name not in names:
                raise UsageError(f"--key {name}: {label} has no column {name!r}", choices=names)
        _check_key(table, tuple(given), label, missing)
        return tuple(given), False
    candidates = [
        c.name for c in columns if c.type in _KEY_TYPES and not c.missing and c.name not in exclude
        and (len(table) < 2 or table[c.name].nunique() > 1)  # a constant column tells no row
    ][:_MAX_KEY_CANDIDATES]  # fmt: skip
    for width in (1, 2, 3):
        runs = [tuple(candidates[i : i + width]) for i in range(len(candidates) - width + 1)]
        others = [key for key in itertools.combinations(candidates, width) if key not in runs]
        for key in runs + others:  # columns side by side first, as a reader would take them
            if _unique(table, key, missing):
                return key, True
    return (), True


#: The first this many key-like columns are tried, alone, in pairs and in threes (in column
#: order; SDMX-CSV puts constant columns between the area and the period).
_MAX_KEY_CANDIDATES = 12


def _unique(table: pd.DataFrame, key: tuple[str, ...], missing: Collection[str]) -> bool:
    part = table[list(key)]
    return not part.isin(list(missing)).any().any() and not part.duplicated().any()


def _check_key(
    table: pd.DataFrame, key: tuple[str, ...], label: str, missing: Collection[str]
) -> None:
    part = table[list(key)]
    empty = part.isin(list(missing)).any(axis=1)
    if empty.any():
        row = int(empty.to_numpy().nonzero()[0][0])
        cells = [str(part[k].iloc[row]) for k in key if part[k].iloc[row] in missing]
        said = f" ({cells[0]!r} is read as missing in this table)" if cells[0] else ""
        raise InputError(f"key column(s) {', '.join(key)} empty{said}", path=label,
                         line=int(part.index[row]))  # fmt: skip
    dup = part.duplicated(keep=False)
    if dup.any():
        at = dup.to_numpy().nonzero()[0][:2]
        rows = [int(part.index[i]) for i in at]  # the index is each row's line in the file
        values = ", ".join(f"{k}={table[k].iloc[at[0]]}" for k in key)
        raise InputError(
            f"--key {', '.join(key)} is not unique: rows {rows[0]} and {rows[1]} both "
            f"have {values}",
            path=label, line=rows[0], hint="add a column to the key (repeat --key)",
        )  # fmt: skip


def _descriptor(
    request: PackageRequest,
    recipe: Recipe,
    label: str,
    fields: Sequence[Field],
    key: Sequence[str],
    missing: Sequence[str],
    sha: str,
    today: dt.date,
) -> dict[str, Any]:
    source: dict[str, Any] = {"title": request.source_title or Path(label).name}
    if request.source_url:
        source["path"] = request.source_url
    schema: dict[str, Any] = {"fields": [_field_json(f) for f in fields]}
    if key:
        schema["primaryKey"] = list(key)
    if missing != [""]:
        schema["missingValues"] = list(missing)
    resource: dict[str, Any] = {
        "name": request.name, "path": DATA, "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "hash": f"sha256:{sha}", "retrieved": today.isoformat(),
        "sources": [source], "schema": schema,
    }  # fmt: skip
    resource["transform"] = recipe.to_json()  # refresh re-applies it
    return {
        "name": request.name,
        "title": request.title or request.name,
        "resources": [resource],
        "x-provenance": {"packaged_by": "figcheck datasets add", "from": label},
    }


def _field_json(item: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"name": item.name, "type": item.type}
    if item.unit:
        out["unit"] = item.unit
    if item.unit_field:
        out["unitField"] = item.unit_field
    return out


def desk_snippet(name: str, packaged: Packaged) -> str:
    """A desk claim's ``reference`` block that reads one value of the new dataset."""
    lines = ["reference:", f"  dataset: {name}"]
    if packaged.example:
        lines.append("  where:")
        lines += [f"    {yaml_text(k)}: {yaml_text(v)}" for k, v in packaged.example.items()]
    if packaged.value_columns:
        lines.append(f"  column: {yaml_text(packaged.value_columns[0])}")
    return "\n".join(lines)


def yaml_text(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back the same, else double-quoted."""
    plain = (
        text
        and text.strip() == text
        and text[0].isalnum()
        and all(ch.isalnum() or ch in " ._-/" for ch in text)
    )
    return text if plain else json.dumps(text)  # a JSON string is a YAML double-quoted one
