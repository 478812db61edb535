"""report.json as docs/report-json.md describes it (the report contract and figcheck's additions).

Each result is encoded as JSON text column by column in Arrow (C code, no Python object per
field), and streamed in chunks, so a desk of a million claims neither takes minutes nor holds
its report in memory twice. Reports of up to :data:`INDENT_UP_TO` results are re-indented for
people to read; larger ones are compact, one result a line.
"""

from __future__ import annotations

import copy
import json
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from figcheck.reports.fields import Rows, columns, encode_results, result_dicts

if TYPE_CHECKING:
    from figcheck.data.inventory import DatasetStatus
    from figcheck.pipeline import Report

__all__ = [
    "CHUNK",
    "INDENT_UP_TO",
    "dataset_item",
    "encode_chunk",
    "render_json",
    "report_dict",
    "result_array",
    "result_lines",
    "write_json",
    "write_strings",
]

CHUNK = 100_000
#: Reports with at most this many results are indented for reading.
INDENT_UP_TO = 10_000


def result_lines(report: Report, start: int = 0, stop: int | None = None) -> list[str]:
    """The JSON text of each result in ``[start, stop)``, in input order."""
    out: list[str] = result_array(report, start, stop).to_pylist()
    return out


def result_array(
    report: Report,
    start: int = 0,
    stop: int | None = None,
    separator: str = "",
    first: bool = False,
) -> pa.Array:
    """:func:`result_lines` as an Arrow string array (no Python string per result), encoded
    from the declared fields (:mod:`figcheck.reports.fields`); each preceded by ``separator``,
    but the very first of the report (``first``)."""
    rows = Rows(report, report.findings.iloc[start:stop], start)
    return encode_results(columns(rows), separator, first)


def dataset_item(use: DatasetStatus) -> dict[str, Any]:
    """One entry of report.json's ``datasets``: how a dataset fared in the run."""
    dataset = use.dataset
    item: dict[str, Any] = {
        "name": dataset.name,
        "sha256": use.sha256,
        "retrieved": dataset.retrieved,
        "source": dataset.source_url,
        "validated": None if use.suite is None else use.suite.success,
        "title": dataset.title,
        "licenses": dataset.licenses,
    }
    if use.suite is not None and use.suite.success is not None:
        item["suite"] = use.suite.describe()
    if use.problem:
        item["problem"] = use.problem
    return item


def _head(report: Report) -> dict[str, Any]:
    head = {
        "figcheck": report.version,
        "generated": report.generated,
        "inputs": [{"path": path, "sha256": sha} for path, sha in report.inputs],
        "datasets": [dataset_item(use) for use in report.datasets],
        "summary": report.summary,
    }
    if report.coverage:
        head["coverage"] = [item.to_json() for item in report.coverage]
    if report.comparison is not None:
        head["baseline"] = {
            "generated": report.comparison.baseline_generated,
            "changes": report.comparison.counts(),
        }
    return head


def _removed(report: Report) -> list[str]:
    if report.comparison is None:
        return []
    return [json.dumps(item, ensure_ascii=False) for item in report.comparison.removed]


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain data (results in input order, then removed ones), each result
    the dict generated from the declared fields (:func:`figcheck.reports.fields.result_dicts`)."""
    results = result_dicts(Rows(report, report.findings, 0))
    removed = [] if report.comparison is None else copy.deepcopy(report.comparison.removed)
    return {**_head(report), "results": [*results, *removed]}


def write_json(report: Report, out: IO[str]) -> None:
    """Stream report.json to ``out``."""
    if report.results_file is not None:  # the results are in another file (report.parquet)
        head = {**_head(report), "results_file": report.results_file}
        out.write(json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
        return
    spooled = report.spooled
    if spooled is not None and spooled.json_lines is not None:
        _write_spooled(report, spooled.count, spooled.json_lines, out)
        return
    if len(report.findings) <= INDENT_UP_TO:
        out.write(
            json.dumps(report_dict(report), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
        )
        return
    out.write(_opening(report))
    # Chunks are encoded two at a time (Arrow's kernels release the GIL, and this machine has
    # two cores) and written in order straight from Arrow's buffer: no Python string per result.
    with ThreadPoolExecutor(max_workers=2) as pool:
        pending: deque[Future[pa.Array]] = deque()
        for start in range(0, len(report.findings), CHUNK):
            pending.append(pool.submit(_chunk, report, start, start == 0))
            if len(pending) == 2:
                write_strings(out, pending.popleft().result())
        while pending:
            write_strings(out, pending.popleft().result())
    removed = _removed(report)
    if removed:
        out.write(",\n" + ",\n".join(removed))
    out.write("\n]}\n")


def _opening(report: Report) -> str:
    head = json.dumps(_head(report), ensure_ascii=False, allow_nan=False)
    return head[:-1] + ', "results": [\n'


def _write_spooled(report: Report, count: int, lines: Path, out: IO[str]) -> None:
    """report.json of a chunked run, whose results were written to ``lines`` as they were
    checked (compact, separated by ``,\\n``): the head, then those bytes as they are."""
    if count <= INDENT_UP_TO:  # read back to be indented like any small report
        results = json.loads("[" + lines.read_text(encoding="utf-8") + "]")
        whole = {**_head(report), "results": results}
        out.write(json.dumps(whole, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
        return
    out.write(_opening(report))
    binary: Any = getattr(out, "buffer", None)
    if binary is None:  # a StringIO (tests)
        out.write(lines.read_text(encoding="utf-8"))
    else:
        out.flush()
        binary.flush()
        with lines.open("rb") as source:
            _copy_in_kernel(source.fileno(), binary.fileno(), lines.stat().st_size)
    out.write("\n]}\n")


def _copy_in_kernel(source: int, target: int, size: int) -> None:
    """Append ``size`` bytes of ``source`` at ``target``'s position without passing them
    through Python (sendfile: about twice as fast as a read-write loop for 600 MB)."""
    sent = 0
    while sent < size:
        done = os.sendfile(target, source, sent, size - sent)
        if done == 0:
            raise OSError(f"the spooled results ended after {sent} of {size} bytes")
        sent += done


def encode_chunk(report: Report, start: int, stop: int, first: bool) -> pa.ChunkedArray:
    """The results ``[start, stop)``, each preceded by ``,\\n`` but the very first of the
    report (``first``), encoded :data:`CHUNK` at a time."""
    pieces = [
        _chunk(report, at, first and at == start, min(stop, at + CHUNK))
        for at in range(start, stop, CHUNK)
    ]
    return pa.chunked_array(pieces, type=pa.string())


def _chunk(report: Report, start: int, first: bool, stop: int | None = None) -> pa.Array:
    """One chunk's results, each preceded by the separator (but the very first)."""
    return result_array(report, start, start + CHUNK if stop is None else stop, ",\n", first)


def write_strings(out: IO[str], strings: pa.Array | pa.ChunkedArray) -> None:
    """Write the concatenation of ``strings``: from Arrow's data buffers when ``out`` has a
    binary layer (a file), else through Python strings."""
    binary = getattr(out, "buffer", None)
    if binary is None or strings.null_count:
        out.write("".join(strings.to_pylist()))
        return
    out.flush()
    chunks = strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings]
    for chunk in chunks:
        if len(chunk) == 0:
            continue
        wide = pa.types.is_large_string(chunk.type)
        offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int64 if wide else np.int32)
        first, last = offsets[chunk.offset], offsets[chunk.offset + len(chunk)]
        binary.write(memoryview(chunk.buffers()[2])[first:last])
    binary.flush()


def render_json(report: Report) -> str:
    """report.json as one string (for small reports and tests)."""
    import io

    buffer = io.StringIO()
    write_json(report, buffer)
    return buffer.getvalue()
