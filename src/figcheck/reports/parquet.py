"""report.parquet: one row per result, report.json's result fields flattened into columns.

The columns are the declared fields of :mod:`figcheck.reports.fields`: a result's key path in
report.json (``reference.fx.rate``) is its column name, and a key report.json leaves out (no
reference, no hedge) is a null cell. tests/test_report_formats.py checks every row against the
result of the same claim in report.json. The cells are built column by column from the findings
frame (no Python object per result); a chunked run appends one row group per chunk
(:mod:`figcheck.reports.spool`), so a table of ten million claims never sits in memory.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from figcheck.reports.fields import SCHEMA, Rows, flatten_result, table

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["PARQUET_NAME", "SCHEMA", "result_table", "write_parquet"]

PARQUET_NAME = "report.parquet"


def result_table(report: Report, start: int = 0, stop: int | None = None) -> pa.Table:
    """The rows of results ``[start, stop)`` (and, for the whole report, removed ones)."""
    rows = table(Rows(report, report.findings.iloc[start:stop], start))
    if start == 0 and stop is None and report.comparison is not None:
        removed = [flatten_result(item) for item in report.comparison.removed]
        if removed:
            rows = pa.concat_tables([rows, pa.Table.from_pylist(removed, schema=SCHEMA)])
    return rows


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
