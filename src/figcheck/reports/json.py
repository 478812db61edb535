"""report.json, exactly as ``shared/spec/cli.md`` describes it, plus documented extensions.

Results are streamed in chunks, so a desk of a million claims never holds its whole report in
memory. Small reports are indented for people; large ones are compact (one chunk a line).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["CHUNK", "INDENT_UP_TO", "render_json", "report_dict", "write_json"]

CHUNK = 20_000
#: Reports with at most this many results are indented for reading.
INDENT_UP_TO = 10_000


def _numbers(column: pd.Series) -> list[float | None]:
    values = column.to_numpy(dtype=float)
    finite = np.isfinite(values)
    return [v if ok else None for v, ok in zip(values.tolist(), finite.tolist(), strict=True)]


def _texts(column: pd.Series) -> list[str | None]:
    return [None if v is None or v != v else str(v) for v in column.tolist()]


def _results(report: Report, start: int, stop: int) -> list[dict[str, Any]]:
    f = report.findings.iloc[start:stop]
    ids, files, quotes, verdicts = (
        f["id"].tolist(),
        f["file"].tolist(),
        f["quote"].tolist(),
        f["verdict"].tolist(),
    )
    lines = f["line"].astype("int64").tolist()
    units = [u or "" for u in _texts(f["unit"])]
    claimed, low, high = (
        _numbers(f["claimed_value"]),
        _numbers(f["expected_min"]),
        _numbers(f["expected_max"]),
    )
    reference, deviation = _numbers(f["reference_value"]), _numbers(f["deviation"])
    basis, messages = f["basis"].tolist(), f["message"].tolist()
    datasets, details = _texts(f["dataset"]), _texts(f["reference_detail"])
    rows = f["rows"].astype("int64").tolist()
    pairs, rates = _texts(f["fx_pair"]), _numbers(f["fx_rate"])
    fx_dates = [None if pd.isna(d) else str(np.datetime64(d, "D")) for d in f["fx_date"]]
    hedges, as_of, notes = _texts(f["hedge"]), _texts(f["as_of"]), _texts(f["note"])
    sources = f["source"].astype("int64").tolist()
    cited = [
        {"title": s.title, "url": s.url, "published": s.published} if s.url or s.title else None
        for s in report.sources
    ]
    out = []
    for i in range(len(f)):
        unit = units[i]
        result: dict[str, Any] = {
            "id": ids[i], "file": files[i], "line": lines[i], "quote": quotes[i],
            "verdict": verdicts[i],
            "claimed": {"value": claimed[i], "unit": unit},
            "expected": {"min": low[i], "max": high[i], "unit": unit, "basis": basis[i]},
            "reference": None,
            "deviation": deviation[i],
            "message": messages[i],
        }  # fmt: skip
        if reference[i] is not None:
            ref: dict[str, Any] = {
                "value": reference[i],
                "unit": unit,
                "dataset": datasets[i],
                "rows": rows[i],
                "detail": details[i],
            }
            if pairs[i]:
                ref["fx"] = {
                    "rate": rates[i],
                    "date": fx_dates[i],
                    "pair": pairs[i],
                    "dataset": "ecb-euro-fx",
                }
            result["reference"] = ref
        if hedges[i]:
            result["hedge"] = hedges[i]
        if as_of[i]:
            result["as_of"] = as_of[i]
        if notes[i]:
            result["note"] = notes[i]
        if cited[sources[i]] is not None:
            result["source"] = cited[sources[i]]
        out.append(result)
    return out


def _head(report: Report) -> dict[str, Any]:
    return {
        "figcheck": report.version,
        "generated": report.generated,
        "inputs": [{"path": path, "sha256": sha} for path, sha in report.inputs],
        "datasets": [use.to_json() for use in report.datasets],
        "summary": report.summary,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain JSON-ready data (results in input order)."""
    return {**_head(report), "results": _results(report, 0, len(report.findings))}


def _chunks(report: Report) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(report.findings), CHUNK):
        yield _results(report, start, start + CHUNK)


def write_json(report: Report, out: IO[str]) -> None:
    """Stream report.json to ``out``."""
    if len(report.findings) <= INDENT_UP_TO:
        out.write(
            json.dumps(report_dict(report), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
        )
        return
    head = json.dumps(_head(report), ensure_ascii=False, allow_nan=False)
    out.write(head[:-1] + ', "results": [\n')
    first = True
    for chunk in _chunks(report):
        if not chunk:
            continue
        out.write(
            ("" if first else ",\n") + json.dumps(chunk, ensure_ascii=False, allow_nan=False)[1:-1]
        )
        first = False
    out.write("\n]}\n")


def render_json(report: Report) -> str:
    """report.json as one string (for small reports and tests)."""
    import io

    buffer = io.StringIO()
    write_json(report, buffer)
    return buffer.getvalue()
