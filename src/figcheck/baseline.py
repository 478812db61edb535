"""Compare a run with an earlier report.json: what is new, changed, unchanged or removed, and why.

A result is ``changed`` when its verdict differs from the baseline's (cli.md); it then explains
itself: the old and new verdict, the old and new reference value, and the dataset revision
(hash and retrieval date) that moved it, or else that the desk or figcheck changed. Pure: the
baseline comes in as parsed JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from figcheck.errors import UsageError
from figcheck.findings import format_amount

__all__ = ["BAD_VERDICTS", "Comparison", "compare", "read_baseline"]

BAD_VERDICTS = ("discrepancy", "error")
NEWS = ("new", "changed")


@dataclass
class Comparison:
    """The change of each current result (aligned with the findings) and the removed ones."""

    change: np.ndarray
    detail: np.ndarray
    old_verdict: np.ndarray
    old_reference: np.ndarray
    removed: list[dict[str, Any]] = field(default_factory=list)
    baseline_generated: str = ""

    def counts(self) -> dict[str, int]:
        values, counts = np.unique(self.change.astype(str), return_counts=True)
        out = {"new": 0, "changed": 0, "unchanged": 0}
        out.update({str(v): int(c) for v, c in zip(values, counts, strict=True)})
        out["removed"] = len(self.removed)
        return out


def read_baseline(path: Path) -> dict[str, Any]:
    """Parse a report.json to compare with; anything else is a usage error naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such baseline report", key="--baseline") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: not a readable report.json: {exc}", key="--baseline") from exc
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise UsageError(f"{path}: not a figcheck report.json (no 'results')", key="--baseline")
    return data


def compare(
    findings: pd.DataFrame,
    baseline: dict[str, Any],
    datasets: dict[str, tuple[str | None, str | None]],
    inputs: list[tuple[str, str]],
) -> Comparison:
    """Each current result against the baseline's result of the same claim id.

    ``datasets`` maps each dataset (or vintage) name used now to its (sha256, retrieved).
    """
    old = {
        str(r.get("id")): r
        for r in baseline["results"]
        if isinstance(r, dict) and r.get("change") != "removed"
    }
    old_datasets = {
        str(d.get("name")): (d.get("sha256"), d.get("retrieved"))
        for d in baseline.get("datasets") or []
        if isinstance(d, dict)
    }
    n = len(findings)
    change = np.full(n, "new", dtype=object)
    detail = np.full(n, None, dtype=object)
    old_verdict = np.full(n, None, dtype=object)
    old_reference = np.full(n, np.nan)
    ids = findings["id"].astype(str).to_numpy()
    verdicts = findings["verdict"].astype(str).to_numpy()
    for i, claim_id in enumerate(ids):
        before = old.get(claim_id)
        if before is None:
            continue
        old_verdict[i] = before.get("verdict")
        reference = before.get("reference") or {}
        old_reference[i] = _float(reference.get("value"))
        if before.get("verdict") == verdicts[i]:
            change[i] = "unchanged"
            continue
        change[i] = "changed"
        detail[i] = _explain(findings.iloc[i], before, datasets, old_datasets, inputs, baseline)
    now = set(ids)
    removed = [
        {**r, "change": "removed"}
        for r in baseline["results"]
        if isinstance(r, dict) and str(r.get("id")) not in now and r.get("change") != "removed"
    ]
    return Comparison(
        change, detail, old_verdict, old_reference, removed, str(baseline.get("generated") or "")
    )


def _explain(
    row: pd.Series,
    before: dict[str, Any],
    datasets: dict[str, tuple[str | None, str | None]],
    old_datasets: dict[str, tuple[str | None, str | None]],
    inputs: list[tuple[str, str]],
    baseline: dict[str, Any],
) -> str:
    parts = [f"verdict {before.get('verdict')} → {row['verdict']}"]
    unit = row["unit"] if isinstance(row["unit"], str) else None
    old_ref = _float((before.get("reference") or {}).get("value"))
    new_ref = _float(row["reference_value"])
    if not (np.isnan(old_ref) and np.isnan(new_ref)) and old_ref != new_ref:
        parts.append(f"reference {_amount(old_ref, unit)} → {_amount(new_ref, unit)}")
    old_vintage: dict[str, tuple[Any, Any]] = {}
    for item in before.get("vintage") or []:  # "NAME@RETRIEVED"; its hash is in the datasets list
        if isinstance(item, str) and "@" in item:
            base, date = item.split("@", 1)
            sha = (old_datasets.get(item) or old_datasets.get(base) or (None, None))[0]
            old_vintage[base] = (sha, date)
    revised = []
    for name in [n for n in str(row["dataset"] or "").split(", ") if n and n != "nan"]:
        now_sha, now_date = datasets.get(name, (None, None))
        base = name.split("@", 1)[0]
        then_sha, then_date = old_vintage.get(base) or old_datasets.get(name) or (None, None)
        if then_sha and now_sha and then_sha != now_sha:
            revised.append(
                f"{base} revised: {then_sha[:12]} retrieved {then_date} → {now_sha[:12]} "
                f"retrieved {now_date}"
            )
    if revised:
        parts += revised
    else:
        old_inputs = {
            str(i.get("path")): i.get("sha256")
            for i in baseline.get("inputs") or []
            if isinstance(i, dict)
        }
        if any(old_inputs.get(path) not in (None, sha) for path, sha in inputs):
            parts.append("no dataset changed: the desk was edited")
        else:
            parts.append(
                f"no dataset or desk changed (baseline figcheck {baseline.get('figcheck')})"
            )
    return "; ".join(parts)


def _float(value: Any) -> float:
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")


def _amount(value: float, unit: str | None) -> str:
    return "none" if np.isnan(value) else format_amount(value, unit)
