"""The recipe that turns a publisher's table into a snapshot, kept so that refresh re-applies it.

``datasets add FILE|URL`` reads the table (the Excel sheet given by ``--sheet``), keeps the rows
of its ``--where`` cuts, and, with ``--unit-map COL=FILE``, adds a column that gives each row its
unit from a small lookup table (the Federal Reserve's monthly table names countries, not
currencies). The same steps, recorded in the resource's ``transform`` as the built-in
``"table"`` transform, run again on every ``datasets refresh``::

    "transform": {"name": "table", "where": {"Country": "United Kingdom"}, "sheet": null,
                  "unitFrom": null, "unitMap": null}

so a refreshed snapshot has the rows and columns of the first one, and passes through the same
schema and suite before it replaces anything. Cells are copied as printed; nothing is computed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from figcheck.data.tables import MISSING_MARKERS, infer_type, read_table, shown
from figcheck.errors import FigcheckError, InputError, UnitError, UsageError
from figcheck.model.units import parse_unit

__all__ = [
    "DECIMAL_COMMA",
    "TRANSFORM_NAME",
    "Recipe",
    "UnitMap",
    "apply_recipe",
    "read_unit_map",
    "table_csv",
]

#: The name of the built-in transform that re-applies a recipe (``transforms.TRANSFORMS``).
TRANSFORM_NAME = "table"
#: The column ``--unit-map`` adds for each row's unit.
UNIT_COLUMN = "unit"
#: A figure with a decimal comma (``2.409,1``, ``-0,5``), as European statistics offices print.
DECIMAL_COMMA = re.compile(r"-?\d{1,3}(\.\d{3})*,\d+|-?\d+,\d+")
#: What else a column of such figures may hold: whole numbers, with or without thousands dots.
_WHOLE = re.compile(r"-?\d{1,3}(\.\d{3})+|-?\d+")
#: A figure with thousands commas (``1,204,331``, ``5,310.2``), as English-language tables print.
THOUSANDS_COMMA = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")
#: A figure or ``:`` followed by Eurostat's flags (``3.6 p``, ``17.6 b``, ``: c``, ``5.1 bep``).
FLAGGED = re.compile(r"(?P<figure>-?\d+(\.\d+)?|:)\s+[a-z]{1,4}")
#: What else such a column may hold: figures without a comma.
_PLAIN = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class UnitMap:
    """Each value of ``column`` (a country) and the unit of that row's figures (``MXN/USD``)."""

    column: str
    units: Mapping[str, str]
    into: str = UNIT_COLUMN


@dataclass(frozen=True)
class Recipe:
    """How the snapshot was cut from the publisher's file."""

    where: Mapping[str, str] = field(default_factory=dict)
    sheet: str | None = None
    unit_from: str | None = None
    unit_map: UnitMap | None = None
    decimal_comma: bool = False  # figures printed 2.409,1 are written 2409.1
    header_line: int | None = None  # the line of the column names, below a title block
    encoding: str | None = None  # a CSV file's encoding when it is not UTF-8
    thousands_comma: bool = False  # figures printed 1,204,331 are written 1204331
    drop_flags: bool = False  # figures printed 3.6 p are written 3.6
    split_keys: bool = False  # Eurostat's first column freq,unit,geo\TIME_PERIOD split in three

    @property
    def unit_column(self) -> str | None:
        """The column that names each row's unit, given or added."""
        return self.unit_map.into if self.unit_map else self.unit_from

    def to_json(self) -> dict[str, Any]:
        unit_map = None
        if self.unit_map:
            unit_map = {"column": self.unit_map.column, "into": self.unit_map.into,
                        "units": dict(self.unit_map.units)}  # fmt: skip
        out: dict[str, Any] = {
            "name": TRANSFORM_NAME, "where": dict(self.where), "sheet": self.sheet,
            "unitFrom": self.unit_from, "unitMap": unit_map,
        }  # fmt: skip
        if self.decimal_comma:  # only when set: older recipes read back unchanged
            out["decimalComma"] = True
        if self.header_line is not None:
            out["headerLine"] = self.header_line
        if self.encoding is not None:
            out["encoding"] = self.encoding
        if self.thousands_comma:
            out["thousandsComma"] = True
        if self.drop_flags:
            out["dropFlags"] = True
        if self.split_keys:
            out["splitKeys"] = True
        return out

    @classmethod
    def from_json(cls, spec: Mapping[str, Any]) -> Recipe:
        """Read a descriptor's recipe back; a malformed one raises :class:`InputError`."""
        where = _text_mapping(spec.get("where") or {}, "where")
        sheet, unit_from = spec.get("sheet"), spec.get("unitFrom")
        for key, value in (("sheet", sheet), ("unitFrom", unit_from)):
            if value is not None and not isinstance(value, str):
                raise InputError(f"transform 'table': {key} must be text, not {value!r}", key=key)
        unit_map = None
        raw = spec.get("unitMap")
        if raw is not None:
            if not isinstance(raw, Mapping):
                raise InputError("transform 'table': unitMap must be an object", key="unitMap")
            column, into = raw.get("column"), raw.get("into", UNIT_COLUMN)
            if not isinstance(column, str) or not isinstance(into, str):
                raise InputError("transform 'table': unitMap needs a column name", key="unitMap")
            unit_map = UnitMap(column, _text_mapping(raw.get("units") or {}, "unitMap.units"), into)
        flags = {}
        for key in ("decimalComma", "thousandsComma", "dropFlags", "splitKeys"):
            flags[key] = spec.get(key, False)
            if not isinstance(flags[key], bool):
                raise InputError(f"transform 'table': {key} must be true or false", key=key)
        header_line, encoding = spec.get("headerLine"), spec.get("encoding")
        if header_line is not None and (
            not isinstance(header_line, int) or isinstance(header_line, bool) or header_line < 1
        ):
            raise InputError("transform 'table': headerLine must be a line number (1 or more)",
                             key="headerLine")  # fmt: skip
        if encoding is not None and not isinstance(encoding, str):
            raise InputError("transform 'table': encoding must be text", key="encoding")
        return cls(where, sheet, unit_from, unit_map, flags["decimalComma"], header_line,
                   encoding, flags["thousandsComma"], flags["dropFlags"],
                   flags["splitKeys"])  # fmt: skip


def _text_mapping(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise InputError(f"transform 'table': {key} must map text to text", key=key)
    return dict(value)


def cut_table(body: bytes, label: str, recipe: Recipe, *, max_bytes: int) -> pd.DataFrame:
    """The publisher's table as the recipe cuts it; raises a FigcheckError naming the fault."""
    if recipe.decimal_comma and recipe.thousands_comma:
        raise UsageError("give --decimal-comma or --thousands-comma, not both")
    table = read_table(body, label, sheet=recipe.sheet, max_bytes=max_bytes,
                       header_line=recipe.header_line, encoding=recipe.encoding)  # fmt: skip
    notes = table.attrs.get("notes", ())
    split: list[str] = []
    was_split = False
    if recipe.split_keys:
        before = list(table.columns)
        table, split = keys_split(table, label)
        was_split = list(table.columns) != before
    table = _select(table, recipe.where, label)
    if recipe.drop_flags:
        table = flags_dropped(table)
    if recipe.decimal_comma:
        table = decimal_points(table)
    if recipe.thousands_comma:
        table = thousands_removed(table)
    table = markers_trimmed(table)
    if recipe.unit_map:
        table = _add_units(table, recipe.unit_map, label)
    if recipe.unit_column:
        if recipe.unit_column not in table.columns:
            raise UsageError(f"--unit-from: {label} has no column {recipe.unit_column!r}",
                             choices=[str(c) for c in table.columns])  # fmt: skip
        check_unit_column(table, recipe.unit_column, label)
    table.attrs["notes"] = [*notes, *split]
    table.attrs["split_keys"] = was_split  # whether the recipe needs splitKeys
    return table


def table_csv(table: pd.DataFrame) -> bytes:
    """The snapshot's bytes: UTF-8, comma-separated, ``\\n`` line ends, cells as printed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.itertuples(index=False, name=None))
    return out.getvalue().encode("utf-8")


def apply_recipe(body: bytes, options: Mapping[str, Any], field_names: list[str],
                 max_bytes: int) -> bytes:  # fmt: skip
    """The ``table`` transform: the recipe re-applied to a fresh download, which must still
    have the snapshot's columns. Every fault is a :class:`figcheck.data.transforms.TransformError`
    naming it (the caller keeps the old snapshot)."""
    from figcheck.data.transforms import TransformError

    try:
        table = cut_table(body, "the download", Recipe.from_json(options), max_bytes=max_bytes)
    except FigcheckError as exc:
        raise TransformError(str(exc)) from exc
    columns = [str(c) for c in table.columns]
    if field_names and columns != list(field_names):
        missing = [c for c in field_names if c not in columns]
        extra = [c for c in columns if c not in field_names]
        parts = [f"missing {', '.join(missing)}"] if missing else []
        parts += [f"new {', '.join(extra)}"] if extra else []
        raise TransformError(
            "the download's columns differ from the snapshot's: "
            + ("; ".join(parts) or "the same columns in another order")
        )
    return table_csv(table)


def decimal_points(table: pd.DataFrame) -> pd.DataFrame:
    """Each column whose figures all have a decimal comma (or are whole, ``1.234`` being one
    thousand two hundred thirty-four), at least one with a comma, rewritten with a decimal
    point and no thousands dots. Other columns (codes, dates, ``1.5``) are left as printed."""
    out = table.copy()
    for name in table.columns:
        texts = table[name].str.strip()
        present = texts[(texts != "") & ~texts.isin(MISSING_MARKERS)]
        commas = present.str.fullmatch(DECIMAL_COMMA.pattern)
        if present.empty or not commas.any():
            continue
        if not (commas | present.str.fullmatch(_WHOLE.pattern)).all():
            continue
        converted = present.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        out.loc[present.index, name] = converted
    return out


#: Eurostat's first column name in its tab-separated bulk files: the key's dimensions, then the
#: dimension the other columns are named by (``freq,unit,geo\\TIME_PERIOD``, ``geo\\time``).
_DIMENSIONS = re.compile(
    r"(?P<keys>[A-Za-z_][\w-]*(?:,[A-Za-z_][\w-]*)+)\\(?P<across>[A-Za-z_][\w-]*)"
)


def keys_split(table: pd.DataFrame, label: str) -> tuple[pd.DataFrame, list[str]]:
    """Eurostat's first column (``freq,unit,geo\\TIME_PERIOD`` holding ``A,CP_MEUR,AT``) as one
    column per dimension (``freq``, ``unit``, ``geo``), so that ``--where geo=AT`` and the key
    work on them; and a note saying so (naming the unit when Eurostat's code says it). A table
    without such a first column (two or more dimensions, each named once and by no other
    column) is returned as it is, with no note: a pivot table's corner ``Country\\Year`` is no
    key to split. One whose rows do not all hold as many parts is returned as it is too, with a
    note naming the first row that does not (review33: a comma in "Korea, Rep.")."""
    if table.columns.empty:
        return table, []
    first = str(table.columns[0])
    found = _DIMENSIONS.fullmatch(first.strip())
    if found is None:
        return table, []
    names = found["keys"].split(",")
    if len(set(names)) < len(names) or any(name in table.columns[1:] for name in names):
        return table, []
    parts = table[first].str.split(",").map(lambda cells: [cell.strip() for cell in cells])
    wrong = parts.map(len) != len(names)
    if wrong.any():
        at = int(wrong.to_numpy().argmax())
        line, cell = int(table.index[at]), str(table[first].iloc[at])
        return table, [f"the first column '{shown(first)}' is kept whole: line {line}'s "
                       f"'{shown(cell)}' holds {len(parts.iloc[at])} part(s), not "
                       f"{len(names)}"]  # fmt: skip
    split = pd.DataFrame(parts.tolist(), index=table.index, columns=names, dtype=object)
    out = pd.concat([split, table.drop(columns=[first])], axis=1)
    out.attrs = dict(table.attrs)
    note = f"the first column '{shown(first)}' is split into {', '.join(names)} (Eurostat's key)"
    if "unit" in names and split["unit"].nunique() == 1:
        from figcheck.data.unit_rules import eurostat

        code = str(split["unit"].iloc[0])
        said = eurostat({"UNIT": code})
        if said is not None:
            scale = {0: "", 3: "thousand ", 6: "million ", 9: "billion "}.get(said.multiplier)
            if scale is not None:
                unit = f"{scale}{said.unit}"
                note += f"; its unit {code} is {unit} (e.g. --unit-periods '{unit}')"
    return out, [note]


def markers_trimmed(table: pd.DataFrame) -> pd.DataFrame:
    """In a column of figures, a missing-value marker printed with blanks around it (``.. ``,
    ``: `` in Eurostat's TSV) written without them, as the schema's ``missingValues`` match
    whole cells. Figures and text columns are left as printed."""
    out = table
    for name in table.columns:
        texts = table[name].str.strip()
        padded = texts.isin(MISSING_MARKERS) & (texts != table[name])
        if padded.any() and infer_type(pd.unique(texts))[0] in ("integer", "number"):
            out = out.copy() if out is table else out
            out.loc[padded, name] = texts[padded]
    return out


def thousands_removed(table: pd.DataFrame) -> pd.DataFrame:
    """Each column whose figures all read as figures with thousands commas (``1,204,331``,
    ``5,310.2``) or without a comma, at least one with, rewritten without the commas. Other
    columns (text, ``1,5``) are left as printed."""
    out = table.copy()
    for name in table.columns:
        texts = table[name].str.strip()
        present = texts[(texts != "") & ~texts.isin(MISSING_MARKERS)]
        commas = present.str.fullmatch(THOUSANDS_COMMA.pattern)
        if present.empty or not commas.any():
            continue
        if not (commas | present.str.fullmatch(_PLAIN.pattern)).all():
            continue
        out.loc[present.index, name] = present.str.replace(",", "", regex=False)
    return out


def flags_dropped(table: pd.DataFrame) -> pd.DataFrame:
    """Each column whose cells all read as figures (or ``:``), at least one followed by flags
    (``3.6 p``: Eurostat's provisional, estimated, break… marks), rewritten without the flags.
    Text columns are left as printed."""
    out = table.copy()
    for name in table.columns:
        texts = table[name].str.strip()
        present = texts[(texts != "") & ~texts.isin(MISSING_MARKERS)]
        flagged = present.str.fullmatch(FLAGGED.pattern)
        if present.empty or not flagged.any():
            continue
        if not (flagged | present.str.fullmatch(_PLAIN.pattern)).all():
            continue
        out.loc[present.index, name] = present.str.extract(
            f"^(?:{FLAGGED.pattern}|(?P<plain>.*))$"
        ).apply(lambda row: row["figure"] if isinstance(row["figure"], str) else row["plain"],
                axis=1)  # fmt: skip
    return out


def _select(table: pd.DataFrame, where: Mapping[str, str], label: str) -> pd.DataFrame:
    for column, value in where.items():
        if column not in table.columns:
            raise UsageError(f"--where {column}=…: {label} has no column {column!r}",
                             choices=[str(c) for c in table.columns])  # fmt: skip
        table = table[table[column].str.strip() == value.strip()]
    if table.empty:
        raise UsageError(f"no row of {label} matches --where "
                         + ", ".join(f"{k}={v}" for k, v in where.items()))  # fmt: skip
    return table  # the index stays each row's line in the file, for messages


def _add_units(table: pd.DataFrame, unit_map: UnitMap, label: str) -> pd.DataFrame:
    if unit_map.column not in table.columns:
        raise UsageError(
            f"--unit-map {unit_map.column}=…: {label} has no column {unit_map.column!r}",
            choices=[str(c) for c in table.columns],
        )
    if unit_map.into in table.columns:
        raise UsageError(
            f"--unit-map adds a column {unit_map.into!r}, and {label} has one",
            hint=f"use --unit-from {unit_map.into} if it names each row's unit",
        )
    keys = table[unit_map.column].str.strip()
    unmapped = sorted(set(keys) - set(unit_map.units))
    if unmapped:
        shown = ", ".join(repr(v) for v in unmapped[:8]) + (" …" if len(unmapped) > 8 else "")
        raise InputError(
            f"--unit-map: {len(unmapped)} value(s) of column {unit_map.column!r} have no unit: "
            f"{shown}", path=label, key=unit_map.column,
            hint="add a line for each to the unit map, or cut the table with --where",
        )  # fmt: skip
    out = table.copy()
    out[unit_map.into] = keys.map(dict(unit_map.units))
    return out


def check_unit_column(table: pd.DataFrame, column: str, label: str) -> None:
    """Every unit text of the unit column must be a unit figcheck reads."""
    for text in pd.unique(table[column]):
        try:
            parse_unit(str(text))
        except UnitError as exc:
            line = int(table.index[table[column] == text][0])  # the row's line in the file
            raise InputError(f"unit column {column!r}: {exc}", path=label, line=line,
                             key=column) from exc  # fmt: skip


def read_unit_map(option: str, body: bytes, label: str, *, max_bytes: int) -> UnitMap:
    """``--unit-map COL=FILE``: FILE's first column holds values of COL, its second the unit of
    the rows that have that value (``United Kingdom,GBP/USD``). Every unit is read by pint
    first; a value listed twice with different units is an error naming both lines."""
    column, sep, _ = option.partition("=")
    if not sep or not column.strip():
        raise UsageError(f"--unit-map {option!r}: write COLUMN=FILE")
    table = read_table(body, label, max_bytes=max_bytes)
    if len(table.columns) != 2:
        raise InputError(f"a unit map has two columns (a value of {column.strip()!r}, its "
                         f"unit), not {len(table.columns)}", path=label, line=1)  # fmt: skip
    units: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for number, (value, unit) in enumerate(table.itertuples(index=False, name=None), start=2):
        value, unit = str(value).strip(), str(unit).strip()
        try:
            parse_unit(unit)
        except UnitError as exc:
            raise InputError(f"unit of {value!r}: {exc}", path=label, line=number) from exc
        if value in units and units[value] != unit:
            raise InputError(f"{value!r} has unit {units[value]!r} on line {first_line[value]} "
                             f"and {unit!r} here", path=label, line=number)  # fmt: skip
        units[value] = unit
        first_line.setdefault(value, number)
    return UnitMap(column.strip(), units)
