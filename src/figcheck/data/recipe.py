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

from figcheck.data.tables import read_table
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
        decimal_comma = spec.get("decimalComma", False)
        if not isinstance(decimal_comma, bool):
            raise InputError("transform 'table': decimalComma must be true or false",
                             key="decimalComma")  # fmt: skip
        return cls(where, sheet, unit_from, unit_map, decimal_comma)


def _text_mapping(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise InputError(f"transform 'table': {key} must map text to text", key=key)
    return dict(value)


def cut_table(body: bytes, label: str, recipe: Recipe, *, max_bytes: int) -> pd.DataFrame:
    """The publisher's table as the recipe cuts it; raises a FigcheckError naming the fault."""
    table = read_table(body, label, sheet=recipe.sheet, max_bytes=max_bytes)
    table = _select(table, recipe.where, label)
    if recipe.decimal_comma:
        table = decimal_points(table)
    if recipe.unit_map:
        table = _add_units(table, recipe.unit_map, label)
    if recipe.unit_column:
        if recipe.unit_column not in table.columns:
            raise UsageError(f"--unit-from: {label} has no column {recipe.unit_column!r}",
                             choices=[str(c) for c in table.columns])  # fmt: skip
        check_unit_column(table, recipe.unit_column, label)
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
    from figcheck.data.tables import MISSING_MARKERS

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


def _select(table: pd.DataFrame, where: Mapping[str, str], label: str) -> pd.DataFrame:
    for column, value in where.items():
        if column not in table.columns:
            raise UsageError(f"--where {column}=…: {label} has no column {column!r}",
                             choices=[str(c) for c in table.columns])  # fmt: skip
        table = table[table[column].str.strip() == value.strip()]
    if table.empty:
        raise UsageError(f"no row of {label} matches --where "
                         + ", ".join(f"{k}={v}" for k, v in where.items()))  # fmt: skip
    return table.reset_index(drop=True)


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
            line = int(table.index[table[column] == text][0]) + 2
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
