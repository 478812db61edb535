"""report.json, exactly as ``shared/spec/cli.md`` describes it, plus documented extensions."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["render_json", "report_dict"]


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) or math.isinf(number) else number


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (results in input order)."""
    f = report.findings
    cols = {name: f[name].tolist() for name in f.columns}
    fx_dates = [None if pd.isna(d) else str(np.datetime64(d, "D")) for d in f["fx_date"]]
    sources = report.sources
    results = []
    for i in range(len(f)):
        verdict = cols["verdict"][i]
        unit = _text(cols["unit"][i]) or ""
        ref_value = _number(cols["reference_value"][i])
        result: dict[str, Any] = {
            "id": cols["id"][i],
            "file": cols["file"][i],
            "line": int(cols["line"][i]),
            "quote": cols["quote"][i],
            "verdict": verdict,
            "claimed": {"value": _number(cols["claimed_value"][i]), "unit": unit},
            "expected": {
                "min": _number(cols["expected_min"][i]),
                "max": _number(cols["expected_max"][i]),
                "unit": unit,
                "basis": cols["basis"][i],
            },
            "reference": None,
            "deviation": _number(cols["deviation"][i]),
            "message": cols["message"][i],
        }
        if ref_value is not None:
            reference: dict[str, Any] = {
                "value": ref_value,
                "unit": unit,
                "dataset": _text(cols["dataset"][i]),
                "rows": int(cols["rows"][i]),
                "detail": _text(cols["reference_detail"][i]),
            }
            if _text(cols["fx_pair"][i]):
                reference["fx"] = {
                    "rate": _number(cols["fx_rate"][i]),
                    "date": fx_dates[i],
                    "pair": cols["fx_pair"][i],
                    "dataset": "ecb-euro-fx",
                }
            result["reference"] = reference
        for key, name in (("hedge", "hedge"), ("as_of", "as_of"), ("note", "note")):
            value = _text(cols[name][i])
            if value:
                result[key] = value
        source = sources[int(cols["source"][i])]
        if source.url or source.title:
            result["source"] = {
                "title": source.title,
                "url": source.url,
                "published": source.published,
            }
        results.append(result)
    return {
        "figcheck": report.version,
        "generated": report.generated,
        "inputs": [{"path": path, "sha256": sha} for path, sha in report.inputs],
        "datasets": [use.to_json() for use in report.datasets],
        "summary": report.summary,
        "results": results,
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=1) + "\n"
