"""report.json as docs/report-json.md describes it (the report contract and figcheck's additions).

Each result is encoded as JSON text column by column in Arrow (C code, no Python object per
field), and streamed in chunks, so a desk of a million claims neither takes minutes nor holds
its report in memory twice. Reports of up to :data:`INDENT_UP_TO` results are re-indented for
people to read; larger ones are compact, one result a line.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from figcheck.check.dataset_lists import distinct_lists, names_in, shown

if TYPE_CHECKING:
    from figcheck.check.baseline import Comparison
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
_SPECIAL = r'["\\\x00-\x1f]'  # what json.dumps escapes (ensure_ascii=False)


def _join(*parts: Any) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="")


def _string(values: Any, *, plain: bool = False, unique: bool = False) -> pa.Array:
    """JSON string literals (or ``null``) for a column of texts, exactly as json.dumps writes
    them. Each distinct text is encoded once (a report's columns repeat themselves: units,
    datasets, messages), unless the column is known to be ``unique`` (ids, quotes); texts
    without a quote, backslash or control character (nearly all) are wrapped in C, the rest
    escaped by the json module. ``plain`` columns (ids, verdicts, dataset names, dates:
    validated vocabularies) are known to need no escaping."""
    if unique:
        texts = _arrow_text(values)
        return pc.if_else(texts.is_valid(), _literals(texts, plain=plain), "null")
    return _encoded(values, lambda texts: _literals(texts, plain=plain), "null")


def _arrow_text(values: Any) -> pa.Array:
    """Texts as one Arrow string array; a pandas column already held in Arrow is not copied."""
    if isinstance(values, pd.Series) and values.dtype != object:
        values = pa.array(values, from_pandas=True)
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        return pc.cast(values, pa.string())
    return pa.array(np.asarray(values, dtype=object), type=pa.string(), from_pandas=True)


def _optional(key: str, values: Any) -> pa.Array:
    """``,"key":value`` where the value is present and not empty, else nothing."""

    def fragments(texts: pa.Array) -> pa.Array:
        return pc.if_else(pc.equal(texts, ""), "", _join(f',"{key}":', _literals(texts)))

    return _encoded(values, fragments, "")


def _encoded(values: Any, encode: Callable[[pa.Array], pa.Array], missing: str) -> pa.Array:
    """``encode`` applied to each distinct text of ``values`` (``missing`` for a missing one),
    spread back to every row."""
    codes, distinct = _distinct(values)
    return _spread(encode(distinct), codes, missing)


def _spread(fragments: pa.Array, codes: np.ndarray, missing: str) -> pa.Array:
    """Each row's fragment by its code into ``fragments``; code -1 gets ``missing``."""
    with_missing = pa.concat_arrays([fragments, pa.array([missing], type=pa.string())])
    return with_missing.take(pa.array(np.where(codes < 0, len(fragments), codes)))


def _distinct(values: Any) -> tuple[np.ndarray, pa.Array]:
    """Codes (-1: missing) and the distinct texts, as Arrow strings."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        used, inverse = np.unique(codes, return_inverse=True)  # only the categories in use
        found = used >= 0
        names = values.cat.categories.to_numpy(dtype=object)[used[found]]
        remap = np.where(found, np.cumsum(found) - 1, -1)
        return remap[inverse.ravel()], pa.array(names, type=pa.string())
    if not isinstance(values, (pd.Series, np.ndarray)):
        values = np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return codes, pa.array(np.asarray(uniques, dtype=object), type=pa.string())


def _literals(texts: pa.Array, *, plain: bool = False) -> pa.Array:
    literal = _join('"', texts, '"')
    if plain:
        return literal
    odd = pc.fill_null(pc.match_substring_regex(texts, _SPECIAL), False)
    if pc.any(odd).as_py():
        rows = pa.array(np.flatnonzero(np.asarray(odd)))
        exact = [json.dumps(v, ensure_ascii=False) for v in texts.take(rows).to_pylist()]
        literal = pc.replace_with_mask(literal, odd, pa.array(exact, type=pa.string()))
    return literal


def _number(values: Any) -> pa.Array:
    """JSON numbers (``null`` for NaN and ±inf), each distinct value formatted once."""
    codes, distinct = pd.factorize(np.asarray(values, dtype=float), use_na_sentinel=True)
    finite = np.isfinite(distinct)
    text = pc.cast(pa.array(np.where(finite, distinct, 0.0)), pa.string())
    return _spread(pc.if_else(pa.array(finite), text, "null"), codes, "null")


def result_lines(report: Report, start: int = 0, stop: int | None = None) -> list[str]:
    """The JSON text of each result in ``[start, stop)``, in input order."""
    out: list[str] = result_array(report, start, stop).to_pylist()
    return out


def result_array(report: Report, start: int = 0, stop: int | None = None) -> pa.Array:
    """:func:`result_lines` as an Arrow string array (no Python string per result)."""
    f = report.findings.iloc[start:stop]
    unit = _encoded(f["unit"], _literals, '""')
    reference = f["reference_value"].to_numpy(dtype=float)
    dates, distinct_dates = pd.factorize(pd.to_datetime(f["fx_date"]), use_na_sentinel=True)
    date_texts = pd.DatetimeIndex(distinct_dates).strftime("%Y-%m-%d").to_numpy(dtype=object)
    fx_dates = _spread(_literals(pa.array(date_texts, type=pa.string()), plain=True), dates, "null")
    fx = pc.if_else(
        pa.array(pd.notna(f["fx_pair"]).to_numpy()),
        _join(',"fx":{"rate":', _number(f["fx_rate"]), ',"date":', fx_dates,
              ',"pair":', _string(f["fx_pair"], plain=True), ',"dataset":"ecb-euro-fx"}'),
        "",
    )  # fmt: skip
    ref = pc.if_else(
        pa.array(np.isfinite(reference)),
        _join('{"value":', _number(reference), ',"unit":', unit,
              ',"dataset":', _string(shown(f["dataset"]), plain=True),
              ',"rows":', pc.cast(pa.array(f["rows"].astype("int64")), pa.string()),
              ',"detail":', _string(f["reference_detail"]), fx, "}"),
        "null",
    )  # fmt: skip
    sources = [
        ',"source":'
        + json.dumps({"title": s.title, "url": s.url, "published": s.published}, ensure_ascii=False)
        if s.url or s.title
        else ""
        for s in report.sources
    ]
    source = pa.array(sources, type=pa.string()).take(pa.array(f["source"].astype("int64")))
    extras = _extras(report, f, start)
    # ``expected.capped`` appears only when the ±10% cap narrowed the range (ranges.md).
    capped_rows = (
        f["capped"].to_numpy(dtype=bool) if "capped" in f.columns else np.zeros(len(f), bool)
    )
    capped = pa.array(np.where(capped_rows, ',"capped":true', ""), type=pa.string())
    lines = _join(
        '{"id":', _string(f["id"], plain=True, unique=True), ',"file":', _string(f["file"]),
        ',"line":', pc.cast(pa.array(f["line"].astype("int64")), pa.string()),
        ',"quote":', _string(f["quote"], unique=True),
        ',"verdict":', _string(f["verdict"], plain=True),
        ',"claimed":{"value":', _number(f["claimed_value"]), ',"unit":', unit,
        '},"expected":{"min":', _number(f["expected_min"]), ',"max":', _number(f["expected_max"]),
        ',"unit":', unit, ',"basis":', _string(f["basis"], plain=True), capped,
        '},"reference":', ref,
        ',"deviation":', _number(f["deviation"]), ',"message":', _string(f["message"]),
        _optional("hedge", f["hedge"]), _optional("as_of", f["as_of"]),
        _optional("note", f["note"]), source, extras, "}",
    )  # fmt: skip
    return lines


def _extras(report: Report, f: pd.DataFrame, start: int) -> pa.Array:
    """``vintage`` (the snapshots each result was judged on), ``today`` (a pinned claim's verdict
    on today's data) and, with a baseline, ``change`` with its explanation: figcheck's additions.
    Vintages are encoded once per distinct dataset list."""
    vintages = report.vintages()

    codes, lists = distinct_lists(f["dataset"])
    fragments = [',"vintage":' + _dumps(_vintage(vintages, names)) for names in lists]
    out = _spread(pa.array(fragments, type=pa.string()), codes, "")
    if "today_verdict" in f.columns:
        rows = zip(
            f["today_verdict"], f["today_reference_value"], f["today_deviation"],
            f["today_dataset"], f["today_message"], strict=True,
        )  # fmt: skip
        today = [
            ',"today":' + _dumps({
                "verdict": verdict, "reference": _finite(ref), "deviation": _finite(dev),
                "vintage": _vintage(vintages, names), "message": message,
            }) if isinstance(verdict, str) else ""
            for verdict, ref, dev, names, message in rows
        ]  # fmt: skip
        out = _join(out, pa.array(today, type=pa.string()))
    if report.comparison is not None:
        out = _join(out, pa.array(_changes(report.comparison, start, len(f)), type=pa.string()))
    return out


def _changes(comparison: Comparison, start: int, count: int) -> list[str]:
    pieces = []
    for i in range(start, start + count):
        text = f',"change":"{comparison.change[i]}"'
        if comparison.change[i] == "changed":
            old = {
                "verdict": comparison.old_verdict[i],
                "reference": _finite(comparison.old_reference[i]),
            }
            text += f',"baseline":{_dumps(old)},"change_detail":{_dumps(comparison.detail[i])}'
        pieces.append(text)
    return pieces


def _vintage(vintages: dict[str, str], names: Any) -> list[str]:
    return [vintages[n] for n in names_in(names) if n in vintages]


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


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _finite(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


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
    """The whole report as plain data (results in input order, then removed ones)."""
    results = json.loads("[" + ",".join([*result_lines(report), *_removed(report)]) + "]")
    return {**_head(report), "results": results}


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
    lines = result_array(report, start, start + CHUNK if stop is None else stop)
    separated = _join(",\n", lines)
    if first:
        separated = pc.replace_with_mask(
            separated, pa.array([True] + [False] * (len(lines) - 1)), lines.slice(0, 1)
        )
    return separated


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
