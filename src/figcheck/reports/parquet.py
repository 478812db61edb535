"""report.parquet: one row per result, report.json's result fields flattened into columns.

:data:`RESULT_FIELDS` is the one declaration of the columns: a result's key path in report.json
(``reference.fx.rate``) is its column name, and a key report.json leaves out (no reference, no
hedge) is a null cell. tests/test_report_formats.py checks every row against the result of the
same claim in report.json, so the two cannot drift apart. The cells are built column by column
from the findings frame (no Python object per result); a chunked run appends one row group per
chunk (:mod:`figcheck.reports.spool`), so a table of ten million claims never sits in memory.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from figcheck.check.dataset_lists import distinct_lists, shown

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["PARQUET_NAME", "RESULT_FIELDS", "flatten_result", "result_table", "write_parquet"]

PARQUET_NAME = "report.parquet"
_TEXT, _NUMBER, _INTEGER, _TEXTS = pa.string(), pa.float64(), pa.int64(), pa.list_(pa.string())

#: Each column: report.json's key path of a result, and its Arrow type.
RESULT_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("id", _TEXT), ("file", _TEXT), ("line", _INTEGER), ("quote", _TEXT), ("verdict", _TEXT),
    ("claimed.value", _NUMBER), ("claimed.unit", _TEXT),
    ("expected.min", _NUMBER), ("expected.max", _NUMBER), ("expected.unit", _TEXT),
    ("expected.basis", _TEXT), ("expected.capped", pa.bool_()),
    ("reference.value", _NUMBER), ("reference.unit", _TEXT), ("reference.dataset", _TEXT),
    ("reference.rows", _INTEGER), ("reference.detail", _TEXT),
    ("reference.fx.rate", _NUMBER), ("reference.fx.date", _TEXT), ("reference.fx.pair", _TEXT),
    ("reference.fx.dataset", _TEXT),
    ("deviation", _NUMBER), ("message", _TEXT), ("hedge", _TEXT), ("as_of", _TEXT),
    ("note", _TEXT), ("source.title", _TEXT), ("source.url", _TEXT),
    ("source.published", _TEXT), ("vintage", _TEXTS),
    ("today.verdict", _TEXT), ("today.reference", _NUMBER), ("today.deviation", _NUMBER),
    ("today.vintage", _TEXTS), ("today.message", _TEXT),
    ("change", _TEXT), ("baseline.verdict", _TEXT), ("baseline.reference", _NUMBER),
    ("change_detail", _TEXT),
)  # fmt: skip
SCHEMA = pa.schema([pa.field(name, kind) for name, kind in RESULT_FIELDS])
_FX_DATASET = "ecb-euro-fx"


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
    return {name: flat.get(name) for name, _ in RESULT_FIELDS}


def _texts(values: Any, present: np.ndarray | None = None) -> pa.Array:
    """Texts (null where missing, or where ``present`` is false)."""
    array = np.asarray(values, dtype=object)
    mask = pd.isna(array)
    if present is not None:
        mask = mask | ~present
    return pa.array(array, type=_TEXT, mask=mask, from_pandas=True)


def _optional_texts(values: Any) -> pa.Array:
    """report.json's optional texts: left out (null) when missing or empty."""
    array = np.asarray(values, dtype=object)
    return _texts(array, present=~pd.isna(array) & (array != ""))


def _numbers(values: Any, present: np.ndarray | None = None) -> pa.Array:
    """Numbers, null where not finite (as report.json writes them) or not ``present``."""
    array = np.asarray(values, dtype=float)
    mask = ~np.isfinite(array)
    if present is not None:
        mask = mask | ~present
    return pa.array(array, type=_NUMBER, mask=mask)


def _vintages(report: Report, names: Any) -> pa.Array:
    """Each distinct dataset list → its vintages once (null where no dataset is named)."""
    vintages = report.vintages()
    codes, distinct = distinct_lists(names)
    lists = [[vintages[n] for n in names if n in vintages] if names else None for names in distinct]
    pool = pa.array([*lists, None], type=_TEXTS)
    return pool.take(pa.array(np.where(codes < 0, len(lists), codes)))


def result_table(report: Report, start: int = 0, stop: int | None = None) -> pa.Table:
    """The rows of results ``[start, stop)`` (and, for the whole report, removed ones)."""
    f = report.findings.iloc[start:stop]
    n = len(f)
    reference = f["reference_value"].to_numpy(dtype=float)
    has_ref = np.isfinite(reference)
    has_fx = has_ref & pd.notna(f["fx_pair"]).to_numpy()
    unit = f["unit"].fillna("").to_numpy(dtype=object)
    fx_dates = pd.to_datetime(f["fx_date"]).dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    source_rows = [
        (s.title, s.url, s.published) if s.url or s.title else (None, None, None)
        for s in report.sources
    ]
    by_source = np.asarray(f["source"].astype("int64").to_numpy())
    source_cols = [
        pa.array([row[i] for row in source_rows] + [None], type=_TEXT).take(pa.array(by_source))
        for i in range(3)
    ]
    columns: dict[str, pa.Array] = {
        "id": _texts(f["id"]),
        "file": _texts(f["file"]),
        "line": pa.array(f["line"].astype("int64").to_numpy(), type=_INTEGER),
        "quote": _texts(f["quote"]),
        "verdict": _texts(f["verdict"]),
        "claimed.value": _numbers(f["claimed_value"]),
        "claimed.unit": _texts(unit),
        "expected.min": _numbers(f["expected_min"]),
        "expected.max": _numbers(f["expected_max"]),
        "expected.unit": _texts(unit),
        "expected.basis": _texts(f["basis"]),
        # True where the ±10% cap narrowed the range; null (report.json: no key) elsewhere.
        "expected.capped": _capped(f),
        "reference.value": _numbers(reference),
        "reference.unit": _texts(unit, has_ref),
        "reference.dataset": _texts(shown(f["dataset"]), has_ref),
        "reference.rows": pa.array(
            f["rows"].astype("int64").to_numpy(), type=_INTEGER, mask=~has_ref
        ),
        "reference.detail": _texts(f["reference_detail"], has_ref),
        "reference.fx.rate": _numbers(f["fx_rate"], has_fx),
        "reference.fx.date": _texts(fx_dates, has_fx),
        "reference.fx.pair": _texts(f["fx_pair"], has_fx),
        "reference.fx.dataset": _texts(np.full(n, _FX_DATASET, dtype=object), has_fx),
        "deviation": _numbers(f["deviation"]),
        "message": _texts(f["message"]),
        "hedge": _optional_texts(f["hedge"]),
        "as_of": _optional_texts(f["as_of"]),
        "note": _optional_texts(f["note"]),
        "source.title": source_cols[0],
        "source.url": source_cols[1],
        "source.published": source_cols[2],
        "vintage": _vintages(report, f["dataset"]),
    }
    columns.update(_today(report, f))
    columns.update(_changes(report, start, n))
    table = pa.table([columns[name] for name, _ in RESULT_FIELDS], schema=SCHEMA)
    if start == 0 and stop is None and report.comparison is not None:
        removed = [flatten_result(item) for item in report.comparison.removed]
        if removed:
            table = pa.concat_tables([table, pa.Table.from_pylist(removed, schema=SCHEMA)])
    return table


def _capped(f: pd.DataFrame) -> pa.Array:
    if "capped" not in f.columns:
        return pa.nulls(len(f), pa.bool_())
    capped = f["capped"].to_numpy(dtype=bool)
    return pa.array(capped, type=pa.bool_(), mask=~capped)


def _today(report: Report, f: pd.DataFrame) -> dict[str, pa.Array]:
    n = len(f)
    if "today_verdict" not in f.columns:
        nothing = pa.nulls(n, _TEXT)
        return {
            "today.verdict": nothing, "today.reference": pa.nulls(n, _NUMBER),
            "today.deviation": pa.nulls(n, _NUMBER), "today.vintage": pa.nulls(n, _TEXTS),
            "today.message": nothing,
        }  # fmt: skip
    verdict = f["today_verdict"].to_numpy(dtype=object)
    pinned = np.array([isinstance(v, str) for v in verdict], dtype=bool)
    vintages = _vintages(report, f["today_dataset"].where(pd.Series(pinned, index=f.index), None))
    return {
        "today.verdict": _texts(verdict, pinned),
        "today.reference": _numbers(pd.to_numeric(f["today_reference_value"]), pinned),
        "today.deviation": _numbers(pd.to_numeric(f["today_deviation"]), pinned),
        "today.vintage": pa.array(
            [(v or []) if p else None for v, p in zip(vintages.to_pylist(), pinned, strict=True)],
            type=_TEXTS,
        ),
        "today.message": _texts(f["today_message"], pinned),
    }


def _changes(report: Report, start: int, n: int) -> dict[str, pa.Array]:
    comparison = report.comparison
    if comparison is None:
        return {
            "change": pa.nulls(n, _TEXT), "baseline.verdict": pa.nulls(n, _TEXT),
            "baseline.reference": pa.nulls(n, _NUMBER), "change_detail": pa.nulls(n, _TEXT),
        }  # fmt: skip
    window = slice(start, start + n)
    change = np.asarray(comparison.change[window], dtype=object)
    changed = change == "changed"
    return {
        "change": _texts(change),
        "baseline.verdict": _texts(comparison.old_verdict[window], changed),
        "baseline.reference": _numbers(comparison.old_reference[window], changed),
        "change_detail": _texts(comparison.detail[window], changed),
    }


def write_parquet(report: Report, out: IO[str]) -> None:
    """Write report.parquet into the (text) staging file ``out``, through its binary layer;
    a chunked run's rows were already written chunk by chunk and are copied in."""
    out.flush()
    binary: Any = out.buffer  # type: ignore[attr-defined]
    spooled = report.spooled
    if spooled is not None and spooled.parquet is not None:
        with spooled.parquet.open("rb") as source:
            while block := source.read(1 << 24):
                binary.write(block)
    else:
        pq.write_table(result_table(report), binary)
    binary.flush()
