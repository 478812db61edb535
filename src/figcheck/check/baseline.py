"""Compare a run with an earlier report.json: what is new, changed, unchanged or removed, and why.

A result is ``changed`` when its verdict differs from the baseline's (cli.md); it then explains
itself: the old and new verdict, the old and new reference value, and the dataset revision
(hash and retrieval date) that moved it, or else that the desk or figcheck changed. Pure: the
baseline comes in as parsed JSON.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from figcheck.check.dataset_lists import names_in
from figcheck.check.findings import format_amount
from figcheck.errors import UsageError
from figcheck.limits import json_loads
from figcheck.model.verdicts import Verdict
from figcheck.storage.regular import NotRegular, TooLarge, read_regular
from figcheck.utf8 import first_bad_byte

__all__ = ["MAX_BASELINE_BYTES", "Comparison", "compare", "read_baseline"]

NEWS = ("new", "changed")
#: A baseline report.json is read whole into memory; a million results make about 600 MB.
MAX_BASELINE_BYTES = 2 * 1024 * 1024 * 1024


@dataclass
class Comparison:
    """The change of each current result (aligned with the findings) and the removed ones."""

    change: np.ndarray
    detail: np.ndarray
    old_verdict: np.ndarray
    old_reference: np.ndarray
    removed: list[dict[str, Any]] = field(default_factory=list)
    baseline_generated: str = ""
    set_aside: list[str] = field(default_factory=list)  # baseline entries ignored, and why

    def counts(self) -> dict[str, int]:
        values, counts = np.unique(self.change.astype(str), return_counts=True)
        out = {"new": 0, "changed": 0, "unchanged": 0}
        out.update({str(v): int(c) for v, c in zip(values, counts, strict=True)})
        out["removed"] = len(self.removed)
        return out


def read_baseline(path: Path) -> dict[str, Any]:
    """Parse a report.json to compare with; anything else is a usage error naming the file. It
    is read once with a bound (:func:`~figcheck.storage.regular.read_regular`): a FIFO or a
    device is refused unread (it would block, or never end), and so is a file over
    :data:`MAX_BASELINE_BYTES`, whatever its size said."""
    try:
        raw = read_regular(path, MAX_BASELINE_BYTES)
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such baseline report", key="--baseline") from exc
    except NotRegular as exc:
        why = "a folder, not a report.json" if exc.kind == "a folder" else str(exc)
        raise UsageError(f"{path}: {why}", key="--baseline") from exc
    except TooLarge as exc:
        found = f"more than {exc.max_bytes:,}" if exc.size is None else f"{exc.size:,}"
        raise UsageError(
            f"{path}: {found} bytes, over the limit of {exc.max_bytes:,} bytes for a baseline",
            key="--baseline",
        ) from exc
    except OSError as exc:
        raise UsageError(
            f"{path}: not a readable report.json: {exc.strerror or exc}", key="--baseline"
        ) from exc
    try:
        data = json_loads(raw.decode("utf-8-sig"))  # a BOM or not
    except UnicodeDecodeError as exc:  # hostile33: Python's "'utf-8' codec can't decode…"
        bad = first_bad_byte([raw])
        where = "" if bad is None else f" (byte 0x{bad.byte.hex()} at line {bad.line})"
        raise UsageError(
            f"{path}: not a readable report.json: not UTF-8 text{where}", key="--baseline"
        ) from exc
    except ValueError as exc:  # JSONDecodeError, JSONNumberError
        raise UsageError(f"{path}: not a readable report.json: {exc}", key="--baseline") from exc
    except RecursionError as exc:
        raise UsageError(f"{path}: JSON nested too deeply for a report", key="--baseline") from exc
    if isinstance(data, dict) and "results" not in data and "results_file" in data:
        data = {**data, "results": _results_beside(path, data["results_file"])}
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise UsageError(f"{path}: not a figcheck report.json (no 'results')", key="--baseline")
    return data


def _results_beside(path: Path, name: Any) -> list[dict[str, Any]]:
    """The results of a report written with ``--format parquet``: its report.json names
    ``results_file`` (report.parquet, beside it) instead of holding them. Such a report was
    refused as a baseline ("no 'results'"), and ``recheck --format parquet`` set its own last
    report aside as damaged at every run. The name is untrusted: a bare ``.parquet`` file name,
    read as the report.json is (a regular file, at most :data:`MAX_BASELINE_BYTES`)."""
    if not (isinstance(name, str) and name.endswith(".parquet") and Path(name).name == name):
        raise UsageError(
            f"{path}: 'results_file' must name a .parquet file beside it, not {name!r:.80}",
            key="--baseline",
        )
    results = path.parent / name
    try:
        raw = read_regular(results, MAX_BASELINE_BYTES)
    except FileNotFoundError as exc:
        raise UsageError(f"{results}: no such file, which {path} names", key="--baseline") from exc
    except NotRegular as exc:
        raise UsageError(f"{results}: {exc}", key="--baseline") from exc
    except TooLarge as exc:
        raise UsageError(
            f"{results}: over the limit of {exc.max_bytes:,} bytes for a baseline",
            key="--baseline",
        ) from exc
    except OSError as exc:
        raise UsageError(f"{results}: {exc.strerror or exc}", key="--baseline") from exc
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        rows = pq.read_table(pa.BufferReader(raw)).to_pylist()
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise UsageError(
            f"{results}: not a readable report.parquet: {exc}", key="--baseline"
        ) from exc
    return [_nested(row) for row in rows]


def _nested(flat: dict[str, Any]) -> dict[str, Any]:
    """A report.parquet row (``reference.value`` columns) as report.json nests it, empty cells
    left out; a cell of a type JSON has no word for (a date, bytes) becomes text."""
    result: dict[str, Any] = {}
    for column, value in flat.items():
        if value is None:  # report.json leaves an empty field out (or writes null)
            continue
        *outer, key = str(column).split(".")
        node = result
        for part in outer:
            inner = node.setdefault(part, {})
            if not isinstance(inner, dict):
                break
            node = inner
        else:
            node[key] = _json_value(value)
    return result


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return str(value)


def compare(
    findings: pd.DataFrame,
    baseline: dict[str, Any],
    datasets: dict[str, tuple[str | None, str | None]],
    inputs: list[tuple[str, str]],
    unusable: dict[str, str] | None = None,
) -> Comparison:
    """Each current result against the baseline's result of the same claim id.

    ``datasets`` maps each dataset (or vintage) name used now to its (sha256, retrieved);
    ``unusable`` each dataset that could not be used now to why (a hash mismatch is a file
    changed behind the catalog's back, not a revision: a changed result says so).
    Baseline entries of the wrong shape are set aside (listed in ``set_aside``), not trusted.
    """
    baseline, set_aside = clean_baseline(baseline)
    old = {
        str(r.get("id")): r
        for r in baseline["results"]
        if isinstance(r, dict) and r.get("change") != "removed"
    }
    old_datasets = {d["name"]: (d["sha256"], d["retrieved"]) for d in baseline["datasets"]}
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
        detail[i] = _explain(
            findings.iloc[i], before, datasets, old_datasets, inputs, baseline, unusable or {}
        )
    now = set(ids)
    removed = [
        {**r, "change": "removed"}
        for r in baseline["results"]
        if isinstance(r, dict) and str(r.get("id")) not in now and r.get("change") != "removed"
    ]
    return Comparison(
        change, detail, old_verdict, old_reference, removed, baseline["generated"], set_aside
    )


def clean_baseline(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The baseline with only entries of the documented shape, and why each other was dropped.

    A result needs a text ``id`` and a known ``verdict``; ``reference`` is an object whose
    ``value`` is a finite number or null; ``vintage`` a list of texts; nothing may hold NaN or
    Infinity (report.json is strict JSON). Datasets and inputs need text names and hashes.
    """
    set_aside: list[str] = []
    results = []
    for number, item in enumerate(_list(data, "results", set_aside)):
        why = _result_problem(item)
        if why:
            set_aside.append(f"results[{number}] set aside: {why}")
        else:
            results.append(item)
    datasets = _entries(data, "datasets", ("name",), ("sha256", "retrieved"), set_aside)
    inputs = _entries(data, "inputs", ("path",), ("sha256",), set_aside)
    generated = data.get("generated")
    figcheck = data.get("figcheck")
    for key, value in (("generated", generated), ("figcheck", figcheck)):
        if value is not None and not isinstance(value, str):
            set_aside.append(f"'{key}' set aside: a {type(value).__name__}, not text")
    clean = {
        "results": results,
        "datasets": datasets,
        "inputs": inputs,
        "generated": generated if isinstance(generated, str) else "",
        "figcheck": figcheck if isinstance(figcheck, str) else None,
    }
    return clean, set_aside


def _list(data: dict[str, Any], key: str, set_aside: list[str]) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    set_aside.append(f"'{key}' set aside: a {type(value).__name__}, not a list")
    return []


def _result_problem(item: Any) -> str | None:
    if not isinstance(item, dict):
        return f"a {type(item).__name__}, not an object"
    if not isinstance(item.get("id"), str):
        return "'id' is not text"
    if not isinstance(item.get("verdict"), str) or item["verdict"] not in set(Verdict):
        return f"'verdict' is not one of {', '.join(Verdict)}"
    reference = item.get("reference")
    if reference is not None and not isinstance(reference, dict):
        return "'reference' is not an object"
    value = (reference or {}).get("value")
    if value is not None and (type(value) not in (int, float) or not math.isfinite(value)):
        return "'reference.value' is not a finite number"
    vintage = item.get("vintage")
    if vintage is not None and not (
        isinstance(vintage, list) and all(isinstance(v, str) for v in vintage)
    ):
        return "'vintage' is not a list of texts"
    if not isinstance(item.get("change", ""), str):
        return "'change' is not text"
    try:
        json.dumps(item, allow_nan=False)
    except ValueError:
        return "it holds NaN or Infinity"
    except RecursionError:
        return "it is nested too deeply"
    return None


def _entries(
    data: dict[str, Any],
    key: str,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    set_aside: list[str],
) -> list[dict[str, Any]]:
    kept = []
    for number, item in enumerate(_list(data, key, set_aside)):
        ok = (
            isinstance(item, dict)
            and all(isinstance(item.get(k), str) for k in required)
            and all(item.get(k) is None or isinstance(item.get(k), str) for k in optional)
        )
        if ok:
            kept.append({k: item.get(k) for k in (*required, *optional)})
        else:
            wanted = ", ".join([*required, *optional])
            set_aside.append(f"{key}[{number}] set aside: {wanted} must be text")
    return kept


def _explain(
    row: pd.Series,
    before: dict[str, Any],
    datasets: dict[str, tuple[str | None, str | None]],
    old_datasets: dict[str, tuple[str | None, str | None]],
    inputs: list[tuple[str, str]],
    baseline: dict[str, Any],
    unusable: dict[str, str],
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
    for name in names_in(row["dataset"]):
        now_sha, now_date = datasets.get(name, (None, None))
        base = name.split("@", 1)[0]
        then_sha, then_date = old_vintage.get(base) or old_datasets.get(name) or (None, None)
        if name in unusable:
            revised.append(f"{base} cannot be used now: {unusable[name]}")
        elif then_sha and now_sha and then_sha != now_sha:
            revised.append(
                f"{base} revised: {then_sha[:12]} retrieved {then_date} → {now_sha[:12]} "
                f"retrieved {now_date}"
            )
    if revised:
        parts += revised
    else:
        old_inputs = {i["path"]: i["sha256"] for i in baseline["inputs"]}
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
