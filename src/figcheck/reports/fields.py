"""A result's report fields: the one declaration report.json, report.parquet and the per-result
dict follow (docs/report-json.md, "Results").

:data:`FIELDS` lists every field of a result in report.json's order: its key path
(``reference.fx.rate``, also report.parquet's column name), its kind, how to get its cells from
the findings frame, and whether report.json leaves the key out where it has no value.
:data:`GROUPS` says when a nested object is there at all (``reference`` is ``null`` without a
reference value; ``today`` is left out for a claim that is not pinned). From these:

- :func:`columns` gives the cells of results as Arrow arrays (null: no value), column by column,
  with no Python object per result: report.parquet's rows, and what report.json encodes;
- :func:`encode_results` writes each result as JSON text in Arrow (C code; ``json.dumps``
  would cost some five seconds per million results);
- :func:`nest` turns one flat row into the per-result dict, and :func:`flatten_result` back.

Adding a field is one :class:`Field` line here (and its description in docs/report-json.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from figcheck.check.dataset_lists import DatasetNames, distinct_lists
from figcheck.check.fx import FX_DATASET
from figcheck.check.grouping import factorize_objects

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = [
    "FIELDS",
    "GROUPS",
    "SCHEMA",
    "Field",
    "Group",
    "Kind",
    "Rows",
    "columns",
    "encode_results",
    "flatten_result",
    "join_texts",
    "json_cells",
    "literals",
    "nest",
    "result_dicts",
    "table",
    "text_cells",
    "written_number",
]

_SPECIAL = r'["\\\x00-\x1f]'  # what json.dumps escapes (ensure_ascii=False)


class Kind(StrEnum):
    """What a field holds (and its Arrow type in report.parquet)."""

    TEXT = "text"
    NUMBER = "number"  # finite, else null; written as :func:`written_number` says
    INTEGER = "integer"
    FLAG = "flag"
    TEXTS = "texts"  # a list of texts


#: Whole numbers below this magnitude are written without a fraction or an exponent (``5000000``),
#: as Arrow's float-to-text cast writes them; from it on, Arrow writes an exponent (``1e+10``).
WHOLE_BELOW = 1e10


def written_number(value: float) -> int | float:
    """A finite number as report.json writes it: a whole number below :data:`WHOLE_BELOW` as an
    integer (``5000000``; ``-0.0`` as ``0``), anything else as the float it is (``0.5``,
    ``1e+300``, ``5e-324``, ``10000000000.0``). This is the JSON value of the text Arrow's cast
    writes (the encoder's), so ``json.dumps`` of a result dict equals the encoder's text read back
    and dumped again."""
    if abs(value) < WHOLE_BELOW and value.is_integer():
        return int(value)
    return value


ARROW_TYPES: dict[Kind, pa.DataType] = {
    Kind.TEXT: pa.string(),
    Kind.NUMBER: pa.float64(),
    Kind.INTEGER: pa.int64(),
    Kind.FLAG: pa.bool_(),
    Kind.TEXTS: pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Rows:
    """The results being written: findings ``[start, start + len(frame))`` of ``report``."""

    report: Report
    frame: pd.DataFrame
    start: int

    def __len__(self) -> int:
        return len(self.frame)

    def col(self, name: str) -> pd.Series:
        return self.frame[name]

    @cached_property
    def has_reference(self) -> np.ndarray:
        found: np.ndarray = np.isfinite(self.frame["reference_value"].to_numpy(dtype=float))
        return found

    @cached_property
    def has_fx(self) -> np.ndarray:
        converted: np.ndarray = self.has_reference & pd.notna(self.frame["fx_pair"]).to_numpy()
        return converted

    @cached_property
    def pinned(self) -> np.ndarray:
        if "today_verdict" not in self.frame.columns:
            return np.zeros(len(self), dtype=bool)
        verdicts = self.frame["today_verdict"].to_numpy(dtype=object)
        return np.fromiter((isinstance(v, str) for v in verdicts), bool, count=len(verdicts))

    @cached_property
    def changed(self) -> np.ndarray:
        comparison = self.report.comparison
        if comparison is None:
            return np.zeros(len(self), dtype=bool)
        window = slice(self.start, self.start + len(self))
        changed: np.ndarray = np.asarray(comparison.change[window], dtype=object) == "changed"
        return changed

    @cached_property
    def dataset_lists(self) -> tuple[np.ndarray, list[DatasetNames]]:
        """Which distinct dataset list each result has (-1: none), and those lists."""
        return distinct_lists(self.frame["dataset"])

    @cached_property
    def units(self) -> pa.Array:
        """Each result's unit text ("" for none), as a dictionary array."""
        return text_cells(self.col("unit"), None, missing_is_empty=True)

    def source(self, part: str) -> pa.Array:
        """One part of each result's source (null where the source has no title nor url), as
        a dictionary array of the sources' parts."""
        pool = [getattr(s, part) if s.url or s.title else None for s in self.report.sources] + [
            None
        ]
        codes = self.frame["source"].astype("int64").to_numpy()
        absent = np.array([value is None for value in pool])[codes]
        indices = pa.array(codes.astype(np.int32), mask=absent)
        return pa.DictionaryArray.from_arrays(indices, pa.array(pool, type=pa.string()))

    def comparison(self, attribute: str) -> np.ndarray:
        window = slice(self.start, self.start + len(self))
        values: Any = getattr(self.report.comparison, attribute)
        return np.asarray(values[window], dtype=object)


Getter = Callable[[Rows], pa.Array]


@dataclass(frozen=True)
class Field:
    """One field of a result."""

    path: str  # report.json's key path, and report.parquet's column name
    kind: Kind
    get: Getter  # its cells (null: no value)
    optional: bool = False  # report.json leaves the key out where there is no value (else null)
    plain: bool = False  # texts of a validated vocabulary: never need escaping in JSON


@dataclass(frozen=True)
class Group:
    """A nested object of a result: there where any of ``present`` has a value; else ``null``,
    or left out when ``optional``. Objects not listed are always there."""

    present: tuple[str, ...]
    optional: bool


# --- getters: cells from the findings frame ------------------------------------------------------


def texts(name: str, *, when: str | None = None, empty_is_none: bool = False) -> Getter:
    """A text column of the findings (null where missing, or where the ``when`` mask of
    :class:`Rows` is false; ``empty_is_none``: also where empty), each distinct text once."""

    def get(rows: Rows) -> pa.Array:
        return text_cells(rows.col(name), _mask(rows, when), empty_is_none=empty_is_none)

    return get


def unique_texts(name: str) -> Getter:
    """A text column whose texts rarely repeat (ids, quotes): not encoded per distinct text."""

    def get(rows: Rows) -> pa.Array:
        # the Series as it is: Arrow strings (a table's ids) are taken over, not made Python
        # strings and encoded again
        cells: Any = pa.array(rows.col(name), type=pa.string(), from_pandas=True)
        if isinstance(cells, pa.ChunkedArray):
            cells = cells.combine_chunks()
        return cells

    return get


def numbers(name: str, *, when: str | None = None) -> Getter:
    """A number column of the findings, null where not finite (or where ``when`` is false)."""

    def get(rows: Rows) -> pa.Array:
        values = pd.to_numeric(rows.col(name)).to_numpy(dtype=float)
        mask = ~np.isfinite(values)
        present = _mask(rows, when)
        if present is not None:
            mask |= ~present
        return pa.array(values, type=pa.float64(), mask=mask)

    return get


def integers(name: str, *, when: str | None = None) -> Getter:
    def get(rows: Rows) -> pa.Array:
        present = _mask(rows, when)
        values = rows.col(name).astype("int64").to_numpy()
        return pa.array(values, type=pa.int64(), mask=None if present is None else ~present)

    return get


def constant(text: str, *, when: str) -> Getter:
    def get(rows: Rows) -> pa.Array:
        present: np.ndarray = getattr(rows, when)
        if not present.any():
            return pa.nulls(len(rows), pa.string())
        return pa.array(np.full(len(rows), text, dtype=object), type=pa.string(), mask=~present)

    return get


def _mask(rows: Rows, when: str | None) -> np.ndarray | None:
    if when is None:
        return None
    mask: np.ndarray = getattr(rows, when)
    return mask


def text_cells(
    values: Any,
    present: np.ndarray | None = None,
    *,
    empty_is_none: bool = False,
    missing_is_empty: bool = False,
) -> pa.Array:
    """Texts as a dictionary array (codes into the distinct texts; null: no value, but ""
    where ``missing_is_empty``)."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.CategoricalDtype):
        # only the categories in use, in their order (counted, not sorted); -1: no value
        shifted = values.cat.codes.to_numpy().astype(np.int64) + 1
        k = len(values.cat.categories)
        used = np.flatnonzero(np.bincount(shifted, minlength=k + 1)[1:])
        distinct = values.cat.categories.to_numpy(dtype=object)[used]
        renumbered = np.full(k + 1, -1, dtype=np.int64)
        renumbered[used + 1] = np.arange(len(used))
        codes = renumbered[shifted]
    else:
        # a Series as it is: Arrow strings are hashed in C, not turned into Python objects first
        raw = values if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
        if raw.dtype == object:  # Python objects, a few of them many times: by address first
            codes, distinct = factorize_objects(np.asarray(raw, dtype=object))
        else:
            codes, uniques = pd.factorize(raw, use_na_sentinel=True)
            distinct = np.asarray(uniques, dtype=object)
    if missing_is_empty and (codes < 0).any():  # no fillna: a copy of every row
        found = np.flatnonzero(distinct == "")
        if not len(found):
            distinct = np.append(distinct, np.array([""], dtype=object))
        codes = np.where(codes < 0, found[0] if len(found) else len(distinct) - 1, codes)
    if empty_is_none:
        empty = np.flatnonzero(distinct == "")
        if len(empty):
            codes = np.where(codes == empty[0], -1, codes)
    if present is not None:
        codes = np.where(present, codes, -1)
    dictionary = pa.array(distinct, type=pa.string(), from_pandas=True)
    indices = pa.array(codes.astype(np.int32), mask=codes < 0)
    return pa.DictionaryArray.from_arrays(indices, dictionary)


def _unit(rows: Rows) -> pa.Array:
    return rows.units


def _reference_unit(rows: Rows) -> pa.Array:
    units = rows.units
    codes = np.where(rows.has_reference, np.asarray(units.indices.fill_null(-1)), -1)
    return pa.DictionaryArray.from_arrays(
        pa.array(codes.astype(np.int32), mask=codes < 0), units.dictionary
    )


def _capped(rows: Rows) -> pa.Array:
    if "capped" not in rows.frame.columns:
        return pa.nulls(len(rows), pa.bool_())
    capped = rows.col("capped").to_numpy(dtype=bool)
    return pa.array(capped, type=pa.bool_(), mask=~capped)


def _fx_date(rows: Rows) -> pa.Array:
    if not rows.has_fx.any():
        return pa.nulls(len(rows), pa.string())
    dates = pd.to_datetime(rows.col("fx_date")).dt.strftime("%Y-%m-%d")
    return text_cells(dates, rows.has_fx, empty_is_none=False)


def _vintage_lists(
    report: Report, found: tuple[np.ndarray, list[DatasetNames]], empty: np.ndarray | None = None
) -> pa.Array:
    """Each distinct dataset list (``found``: :func:`distinct_lists`) → its vintages, as a
    dictionary array of those lists: null where no dataset is named, but an empty list where
    ``empty`` is true."""
    vintages = report.vintages()
    codes, distinct = found
    lists = [[vintages[n] for n in found if n in vintages] for found in distinct]
    if empty is not None:
        codes = np.where(empty & (codes < 0), len(lists), codes)
    pool = pa.array([*lists, []], type=pa.list_(pa.string()))
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32), mask=codes < 0), pool)


def _vintage(rows: Rows) -> pa.Array:
    return _vintage_lists(rows.report, rows.dataset_lists)


def _today_vintage(rows: Rows) -> pa.Array:
    if not rows.pinned.any():
        return pa.nulls(len(rows), pa.list_(pa.string()))
    codes, lists = distinct_lists(rows.col("today_dataset"))
    # a pinned claim whose reference named no dataset still has an (empty) list
    return _vintage_lists(rows.report, (np.where(rows.pinned, codes, -1), lists), rows.pinned)


def _datasets(rows: Rows) -> pa.Array:
    """The datasets a reference used, as report text (``world-gdp, us-cpi-u``), each distinct
    list joined once."""
    codes, lists = rows.dataset_lists
    codes = np.where(rows.has_reference, codes, -1)
    names = pa.array([", ".join(found) for found in lists], type=pa.string())
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32), mask=codes < 0), names)


def _today(kind: Kind, name: str) -> Getter:
    def get(rows: Rows) -> pa.Array:
        if not rows.pinned.any():
            return pa.nulls(len(rows), ARROW_TYPES[kind])
        if kind is Kind.NUMBER:
            return numbers(name, when="pinned")(rows)
        return texts(name, when="pinned")(rows)

    return get


def _change(rows: Rows) -> pa.Array:
    if rows.report.comparison is None:
        return pa.nulls(len(rows), pa.string())
    return text_cells(rows.comparison("change"), None, empty_is_none=False)


def _baseline(kind: Kind, attribute: str) -> Getter:
    def get(rows: Rows) -> pa.Array:
        if not rows.changed.any():
            return pa.nulls(len(rows), ARROW_TYPES[kind])
        values = rows.comparison(attribute)
        if kind is Kind.NUMBER:
            numeric = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
            mask = ~np.isfinite(numeric) | ~rows.changed
            return pa.array(numeric, type=pa.float64(), mask=mask)
        return text_cells(values, rows.changed, empty_is_none=False)

    return get


def _source(part: str) -> Getter:
    return lambda rows: rows.source(part)


# --- the declaration -----------------------------------------------------------------------------

TEXT, NUMBER, INTEGER, FLAG, LIST = Kind.TEXT, Kind.NUMBER, Kind.INTEGER, Kind.FLAG, Kind.TEXTS

#: Every field of a result, in report.json's order.
FIELDS: tuple[Field, ...] = (
    Field("id", TEXT, unique_texts("id"), plain=True),
    Field("file", TEXT, texts("file")),
    Field("line", INTEGER, integers("line")),
    Field("quote", TEXT, unique_texts("quote")),
    Field("verdict", TEXT, texts("verdict"), plain=True),
    Field("claimed.value", NUMBER, numbers("claimed_value")),
    Field("claimed.unit", TEXT, _unit),
    Field("expected.min", NUMBER, numbers("expected_min")),
    Field("expected.max", NUMBER, numbers("expected_max")),
    Field("expected.unit", TEXT, _unit),
    Field("expected.basis", TEXT, texts("basis"), plain=True),
    Field("expected.capped", FLAG, _capped, optional=True),  # only where the ±10% cap narrowed it
    Field("reference.value", NUMBER, numbers("reference_value")),
    Field("reference.unit", TEXT, _reference_unit),
    Field("reference.dataset", TEXT, _datasets, plain=True),
    Field("reference.rows", INTEGER, integers("rows", when="has_reference")),
    Field("reference.detail", TEXT, texts("reference_detail", when="has_reference")),
    Field("reference.fx.rate", NUMBER, numbers("fx_rate", when="has_fx")),
    Field("reference.fx.date", TEXT, _fx_date, plain=True),
    Field("reference.fx.pair", TEXT, texts("fx_pair", when="has_fx"), plain=True),
    Field("reference.fx.dataset", TEXT, constant(FX_DATASET, when="has_fx"), plain=True),
    Field("deviation", NUMBER, numbers("deviation")),
    Field("message", TEXT, texts("message")),
    Field("hedge", TEXT, texts("hedge", empty_is_none=True), optional=True),
    Field("as_of", TEXT, texts("as_of", empty_is_none=True), optional=True),
    Field("note", TEXT, texts("note", empty_is_none=True), optional=True),
    Field("source.title", TEXT, _source("title")),
    Field("source.url", TEXT, _source("url")),
    Field("source.published", TEXT, _source("published")),
    Field("vintage", LIST, _vintage, optional=True),
    Field("today.verdict", TEXT, _today(TEXT, "today_verdict")),
    Field("today.reference", NUMBER, _today(NUMBER, "today_reference_value")),
    Field("today.deviation", NUMBER, _today(NUMBER, "today_deviation")),
    Field("today.vintage", LIST, _today_vintage),
    Field("today.message", TEXT, _today(TEXT, "today_message")),
    Field("change", TEXT, _change, optional=True, plain=True),
    Field("baseline.verdict", TEXT, _baseline(TEXT, "old_verdict")),
    Field("baseline.reference", NUMBER, _baseline(NUMBER, "old_reference")),
    Field("change_detail", TEXT, _baseline(TEXT, "detail"), optional=True),
)

#: The nested objects that are not always there.
GROUPS: dict[str, Group] = {
    "reference": Group(("reference.value",), optional=False),
    "reference.fx": Group(("reference.fx.pair",), optional=True),
    "source": Group(("source.title", "source.url"), optional=True),
    "today": Group(("today.verdict",), optional=True),
    "baseline": Group(("baseline.verdict",), optional=True),
}

SCHEMA = pa.schema([pa.field(f.path, ARROW_TYPES[f.kind]) for f in FIELDS])


def columns(rows: Rows) -> dict[str, pa.Array]:
    """Every field's cells for ``rows`` (texts may be dictionary arrays)."""
    return {f.path: f.get(rows) for f in FIELDS}


def table(rows: Rows) -> pa.Table:
    """The cells of ``rows`` as a table of :data:`SCHEMA` (report.parquet's rows)."""
    cells = columns(rows)
    return pa.table([_decoded(cells[f.name]).cast(f.type) for f in SCHEMA], schema=SCHEMA)


def _decoded(cells: pa.Array) -> pa.Array:
    """Cells given as a dictionary array as the values themselves."""
    if isinstance(cells, pa.DictionaryArray):
        return cells.dictionary.take(cells.indices)
    return cells


def result_dicts(rows: Rows) -> list[dict[str, Any]]:
    """Each result of ``rows`` as the dict report.json holds, from the declared fields (numbers
    as :func:`written_number` writes them)."""
    flats = table(rows).to_pylist()
    numeric = [f.path for f in FIELDS if f.kind is Kind.NUMBER]
    for flat in flats:
        for path in numeric:
            value = flat[path]
            if value is not None:
                flat[path] = written_number(value)
    return [nest(flat) for flat in flats]


# --- the per-result dict -------------------------------------------------------------------------


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def _present(group: str, flat: dict[str, Any]) -> bool:
    """Whether the object at ``group`` (and every object around it) is there."""
    while group:
        rule = GROUPS.get(group)
        if rule is not None and all(flat.get(p) is None for p in rule.present):
            return False
        group = _parent(group)
    return True


def nest(flat: dict[str, Any]) -> dict[str, Any]:
    """One result as report.json holds it, from its flat row (``path → value``, None: none)."""
    result: dict[str, Any] = {}
    for field in FIELDS:
        parent = _parent(field.path)
        value = flat.get(field.path)
        if value is None and field.optional:
            continue
        if not _present(parent, flat):
            # the outermost absent object is null, or left out when optional
            outer = parent
            while _parent(outer) and not _present(_parent(outer), flat):
                outer = _parent(outer)
            if not GROUPS[outer].optional and _present(_parent(outer), flat):
                _place(result, outer, None)
            continue
        _place(result, field.path, value)
    return result


def _place(result: dict[str, Any], path: str, value: Any) -> None:
    *outer, key = path.split(".")
    target = result
    for name in outer:
        target = target.setdefault(name, {})
    target[key] = value


def flatten_result(result: dict[str, Any]) -> dict[str, Any]:
    """A report.json result as one row: nested keys joined by dots, absent keys null."""
    flat: dict[str, Any] = {}

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{prefix}.{key}" if prefix else key)
        else:
            flat[prefix] = value

    walk(result, "")
    return {f.path: flat.get(f.path) for f in FIELDS}


# --- report.json's encoder -----------------------------------------------------------------------


def join_texts(*parts: Any) -> pa.Array:
    """Concatenate string arrays (or plain strings) element-wise; a missing part reads as ""."""
    return pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="")


def _wrap(before: str, texts: pa.Array, after: str) -> pa.Array:
    """``before + text + after`` for each text (null stays null)."""
    return pc.binary_join_element_wise(before, texts, after, "", null_handling="emit_null")


def literals(texts: pa.Array, *, plain: bool = False) -> pa.Array:
    """JSON string literals, exactly as json.dumps writes them: texts without a quote,
    backslash or control character (nearly all) are wrapped in C, the rest escaped by the json
    module."""
    literal = _wrap('"', texts, '"')
    if plain or len(texts) == 0:
        return literal
    return _escaped(literal, texts, texts)


def _escaped(encoded: pa.Array, probe: pa.Array, values: pa.Array) -> pa.Array:
    """``encoded`` with each row whose ``probe`` text holds what JSON escapes replaced by
    ``json.dumps`` of its value."""
    odd = pc.fill_null(pc.match_substring_regex(probe, _SPECIAL), False)
    if not pc.any(odd).as_py():
        return encoded
    rows = pa.array(np.flatnonzero(np.asarray(odd)))
    exact = [json.dumps(v, ensure_ascii=False) for v in values.take(rows).to_pylist()]
    return pc.replace_with_mask(encoded, odd, pa.array(exact, type=pa.string()))


def json_cells(kind: Kind, cells: pa.Array, *, plain: bool = False) -> pa.Array:
    """Each cell as JSON text (null where it has no value); ``plain`` texts need no escaping."""
    distinct = _distinct_json(kind, cells, plain)
    if distinct is not None:
        texts, codes = distinct
        return texts.take(pa.array(codes, mask=codes < 0))
    if kind is Kind.TEXT:
        return literals(cells, plain=plain)
    if kind is Kind.INTEGER:
        return pc.cast(cells, pa.string())
    if kind is Kind.FLAG:
        return pc.if_else(cells, "true", "false")
    joined = pc.binary_join(cells, '","')
    text = pc.if_else(pc.equal(pc.list_value_length(cells), 0), "[]", _wrap('["', joined, '"]'))
    return _escaped(text, joined, cells)


def _distinct_json(kind: Kind, cells: pa.Array, plain: bool) -> tuple[pa.Array, np.ndarray] | None:
    """The JSON text of each distinct value and each cell's code into them (-1: no value), for
    texts held as a dictionary and for numbers (None for other cells)."""
    if isinstance(cells, pa.DictionaryArray):  # texts, lists of texts
        codes = np.asarray(cells.indices.fill_null(-1), dtype=np.int64)
        return json_cells(kind, cells.dictionary, plain=plain), codes
    if kind is Kind.NUMBER:
        codes, values = pd.factorize(cells.to_numpy(zero_copy_only=False), use_na_sentinel=True)
        return pc.cast(pa.array(values, type=pa.float64()), pa.string()), codes
    if kind is Kind.INTEGER:  # counts repeat; line numbers do not, and are cast as they are
        whole = np.asarray(cells.fill_null(0), dtype=np.int64)
        codes, values = pd.factorize(whole)
        if len(values) > len(cells) // 4:
            return None
        codes = np.where(np.asarray(cells.is_valid()), codes, -1)
        return pc.cast(pa.array(values, type=pa.int64()), pa.string()), codes
    if kind is Kind.FLAG:
        flags = np.asarray(cells.fill_null(False), dtype=bool)
        codes = np.where(np.asarray(cells.is_valid()), flags.astype(np.int64), -1)
        return pa.array(["false", "true"]), codes
    return None


def _cell_pieces(field: Field, cell: pa.Array, label: str) -> list[Any]:
    """``"key":value`` of each result for one field: ``null`` where it has no value, or nothing
    where the field is optional. Distinct values get their whole fragment once (a
    :class:`_Coded` piece, joined with its neighbours per distinct combination by :func:`_join`)."""
    if cell.null_count == len(cell):  # nowhere a value
        return [] if field.optional else [f"{label}null"]
    distinct = _distinct_json(field.kind, cell, field.plain)
    if distinct is not None:
        texts, codes = distinct
        if field.optional:
            texts = join_texts(label, texts)
        pool = pa.concat_arrays([texts, pa.array(["" if field.optional else "null"])])
        coded = _Coded(pool, np.where(codes < 0, len(texts), codes))
        return [coded] if field.optional else [label, coded]
    value = json_cells(field.kind, cell, plain=field.plain)
    if cell.null_count == 0:
        return [label, value]
    if field.optional:
        return [pc.fill_null(_wrap(label, value, ""), "")]
    return [label, pc.fill_null(value, "null")]


@dataclass(frozen=True)
class _Coded:
    """A piece of text per result given as distinct texts and each result's code into them
    (``pool.take(codes)``, not yet taken)."""

    pool: pa.Array
    codes: np.ndarray


#: Combined codes are re-numbered densely before they could pass this.
_CODE_ROOM = 1 << 62


def _merged(run: list[str | _Coded], n: int) -> str | _Coded:
    """Consecutive pieces as one: texts joined, coded pieces joined once per distinct
    combination of their codes (the fields of a result repeat together: its key's)."""
    coded = [piece for piece in run if isinstance(piece, _Coded)]
    if not coded:
        return "".join(str(piece) for piece in run)
    combined = np.zeros(n, dtype=np.int64)
    size = 1
    for piece in coded:
        width = len(piece.pool)
        if size * width >= _CODE_ROOM:
            combined, uniques = pd.factorize(combined)
            size = len(uniques)
        combined = combined * width + piece.codes
        size *= width
    dense, uniques = pd.factorize(combined)
    first = np.empty(len(uniques), dtype=np.int64)  # a result of each combination
    first[dense] = np.arange(n)
    parts = [
        piece if isinstance(piece, str) else piece.pool.take(pa.array(piece.codes[first]))
        for piece in run
    ]
    pool = join_texts(*parts) if len(parts) > 1 else parts[0]
    return _Coded(pool, dense.astype(np.int64))


def _join(pieces: list[Any], n: int) -> pa.Array:
    """The pieces (texts, :class:`_Coded` pieces, arrays of one text per result) joined per
    result; runs of texts and coded pieces are merged first (:func:`_merged`)."""
    flat: list[Any] = []
    run: list[str | _Coded] = []
    for piece in [*pieces, None]:
        if isinstance(piece, str | _Coded):
            run.append(piece)
            continue
        if run:
            merged = _merged(run, n)
            flat.append(merged.pool.take(pa.array(merged.codes)) if isinstance(merged, _Coded)
                        else merged)  # fmt: skip
            run = []
        if piece is not None:
            flat.append(piece)
    if all(isinstance(piece, str) for piece in flat):
        return pa.array(["".join(flat)] * n, type=pa.string())
    if len(flat) == 1:
        return pc.fill_null(flat[0], "")
    return join_texts(*flat)


def encode_results(
    cells: dict[str, pa.Array], separator: str = "", first: bool = False
) -> pa.Array:
    """Each result as one line of JSON text, from its fields' cells: one join in C of the keys
    and the encoded cells; an object is built apart only where some results lack it. Each
    result is preceded by ``separator``, but the first when ``first``."""
    n = len(next(iter(cells.values())))
    opening: str | _Coded = separator + "{"
    if separator and first and n:
        codes = np.zeros(n, dtype=np.int64)
        codes[0] = 1
        opening = _Coded(pa.array([separator + "{", "{"]), codes)
    return _join([opening, *_members("", cells, n), "}"], n)


def _children(path: str) -> list[tuple[str, Field | None]]:
    """The key paths directly under ``path`` in declaration order, with their field (None:
    an object)."""
    depth = path.count(".") + 1 if path else 0
    found: dict[str, Field | None] = {}
    for field in FIELDS:
        if path and not field.path.startswith(path + "."):
            continue
        key = ".".join(field.path.split(".")[: depth + 1])
        found.setdefault(key, field if key == field.path else None)
    return list(found.items())


def _members(path: str, cells: dict[str, pa.Array], n: int) -> list[Any]:
    """The pieces of the object at ``path`` (keys as texts, values as columns) for one join."""
    pieces: list[Any] = []
    for key, field in _children(path):
        name = key.rpartition(".")[2]
        label = f'{"," if pieces else ""}"{name}":'
        some_absent = field.optional if field is not None else key in GROUPS
        if some_absent and not pieces:
            raise AssertionError(f"{key}: what may be left out cannot open an object")
        if field is not None:
            pieces += _cell_pieces(field, cells[key], label)
            continue
        rule = GROUPS.get(key)
        present = np.ones(n, dtype=bool)
        if rule is not None:
            present[:] = False
            for p in rule.present:
                present |= np.asarray(cells[p].is_valid())
        absent = "" if rule is None or rule.optional else f"{label}null"
        if not present.any():
            pieces += [absent] if absent else []
        elif present.all():
            pieces += [label + "{", *_members(key, cells, n), "}"]
        else:
            inner = [label + "{", *_members(key, cells, n), "}"]
            if all(isinstance(piece, str | _Coded) for piece in inner):
                # one coded piece, its absence one more text in the pool
                whole = _merged(inner, n)
                pool, codes = (
                    (whole.pool, whole.codes)
                    if isinstance(whole, _Coded)
                    else (pa.array([whole]), np.zeros(n, dtype=np.int64))
                )
                pool = pa.concat_arrays([pool.cast(pa.string()), pa.array([absent])])
                pieces.append(_Coded(pool, np.where(present, codes, len(pool) - 1)))
            else:
                joined = _join(inner, n)
                pieces.append(pc.if_else(pa.array(present), joined, absent))
    return pieces
