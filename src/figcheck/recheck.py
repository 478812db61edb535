"""The scheduled recheck: refresh datasets, check every desk against the last report, keep history.

One call for cron and CI. The last ``report.json`` in the output folder is the baseline, so the
run fails only on discrepancies and errors that are new or changed. Every run also leaves a dated
copy of its report.json under ``history/`` and a line in ``history/index.json`` (its summary),
which the HTML report draws as a trend. A refresh that fails keeps the old snapshot and is
reported, but does not fail the run: a publisher's outage is not news about the articles.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from figcheck.check.baseline import MAX_BASELINE_BYTES
from figcheck.data.catalog import discover_catalog
from figcheck.data.fetch import FetchSettings, open_session
from figcheck.data.refresh import RefreshOutcome, refresh_dataset
from figcheck.errors import OutputError, UsageError
from figcheck.limits import json_loads
from figcheck.pipeline import Report, Settings, run_check
from figcheck.reports import write_reports
from figcheck.storage.atomic import write_bytes, write_json
from figcheck.storage.outfolder import output_lock
from figcheck.storage.regular import NotRegular, TooLarge, read_regular

__all__ = ["HISTORY", "RecheckSettings", "recheck"]

HISTORY = "history"
INDEX = "index.json"


@dataclass(frozen=True)
class RecheckSettings:
    paths: tuple[Path, ...]
    check: Settings
    out_dir: Path
    formats: tuple[str, ...]
    fetch: FetchSettings | None  # None: do not refresh


def recheck(
    settings: RecheckSettings,
    on_refresh: Callable[[RefreshOutcome], None] = lambda _: None,
    on_warning: Callable[[str], None] = lambda _: None,
) -> tuple[Report, list[RefreshOutcome], list[Path]]:
    """Refresh, check with the last report as baseline, write reports and history.

    From reading the baseline to writing the index, the run holds the output folder's lock, so
    concurrent rechecks into one folder run one after the other and each one's history entry is
    kept (the index is read, extended and written under the lock)."""
    now = settings.check.now or dt.datetime.now(dt.UTC)
    outcomes = []
    if settings.fetch is not None:
        catalog = discover_catalog(list(settings.check.catalogs))
        with open_session(settings.fetch) as session:
            for name in catalog.names():
                outcome = refresh_dataset(
                    catalog.datasets[name], session, settings.fetch,
                    cache_dir=settings.check.cache_dir, today=now.date(),
                )  # fmt: skip
                outcomes.append(outcome)
                on_refresh(outcome)
    with output_lock(settings.out_dir):
        return _check_and_write(settings, now, outcomes, on_warning)


def _check_and_write(
    settings: RecheckSettings,
    now: dt.datetime,
    outcomes: list[RefreshOutcome],
    on_warning: Callable[[str], None],
) -> tuple[Report, list[RefreshOutcome], list[Path]]:
    history = settings.out_dir / HISTORY
    broken_link = history.is_symlink() and not history.exists()
    if broken_link or (history.exists() and not history.is_dir()):
        raise OutputError(  # checked before anything is written: the report set stays as it was
            "not a folder (a file, or a link to nothing): recheck keeps the dated reports "
            "there; move it aside", path=str(history),
        )  # fmt: skip
    last = settings.out_dir / "report.json"
    check = replace(settings.check, now=now, baseline=last if last.is_file() else None)
    try:
        report = run_check(list(settings.paths), check)
    except UsageError as exc:
        if exc.key != "--baseline":
            raise
        # the last report is damaged: set aside as the index is, never fatal for a cron job
        _set_aside(last, exc.problem, on_warning, "this run has no baseline")
        report = run_check(list(settings.paths), replace(check, baseline=None))
    index = _read_index(history / INDEX, on_warning)
    copy = _free_name(history, report.generated.replace(":", ""))
    entry: dict[str, Any] = {
        "generated": report.generated,
        "summary": report.summary,
        "report": copy,
    }
    if report.comparison is not None:
        entry["changes"] = report.comparison.counts()
    report.trend = [*index, entry]
    report.notes = [outcome.line() for outcome in outcomes if outcome.status != "unchanged"]
    written = write_reports(report, settings.out_dir, settings.formats)
    write_bytes(history / copy, (settings.out_dir / "report.json").read_bytes())
    write_json(history / INDEX, report.trend)
    return report, outcomes, [*written, history / copy]


def _free_name(folder: Path, stem: str, suffix: str = ".json") -> str:
    """``STEM.json``, or ``STEM-2.json``… when two runs fall in the same second (or another
    ``suffix``)."""
    name, n = f"{stem}{suffix}", 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}{suffix}"
    return name


def _set_aside(path: Path, why: str, on_warning: Callable[[str], None], then: str) -> None:
    """Rename a damaged file to ``NAME.bad`` (``NAME.bad-2``… when an earlier one is there:
    each stays for a person to look at) and warn; never fatal for a scheduled run."""
    aside = _free_name(path.parent, f"{path.name}.bad", suffix="")
    try:
        os.replace(path, path.parent / aside)
    except OSError as exc:
        raise OutputError(f"damaged ({why}) and cannot be set aside: {exc.strerror}",
                          path=str(path)) from exc  # fmt: skip
    on_warning(f"{path} is damaged ({why}); set aside as {aside}, {then}")


def _read_index(path: Path, on_warning: Callable[[str], None]) -> list[dict[str, Any]]:
    """Earlier runs' summaries. A damaged index (not JSON, or not a list of entries as
    :func:`_valid_entry` wants them) is set aside as ``index.json.bad`` with a warning, never
    fatal: the trend restarts, the old file stays for a person to look at."""
    if not path.exists():
        return []
    why = None
    try:
        # read once with a bound (hostile33: a FIFO as index.json hung the run, a link to
        # /dev/zero read until memory ran out)
        data = json_loads(read_regular(path, MAX_BASELINE_BYTES).decode("utf-8"))
    except TooLarge as exc:
        why = f"over the limit of {exc.max_bytes:,} bytes"
    except OSError as exc:  # NotRegular says "not a regular file (a FIFO)"
        why = str(exc) if isinstance(exc, NotRegular) else f"unreadable: {exc.strerror or exc}"
    except UnicodeDecodeError:
        why = "not UTF-8 text"
    except (ValueError, RecursionError):
        why = "not readable JSON"
    else:
        if not isinstance(data, list):
            why = f"a JSON {type(data).__name__}, not a list of runs"
        else:
            bad = next((i for i, item in enumerate(data) if not _valid_entry(item)), None)
            if bad is None:
                return list(data)
            why = f"entry {bad} is not a run summary"
    _set_aside(path, why, on_warning, "the trend restarts")
    return []


def _valid_entry(item: Any) -> bool:
    """``{"generated": str, "summary": {verdict: int}, "report": str, "changes"?: {…: int}}``."""
    if not isinstance(item, dict):
        return False
    counts = [item.get("summary"), item.get("changes", {})]
    return (
        isinstance(item.get("generated"), str)
        and isinstance(item.get("report"), str)
        and all(isinstance(c, dict) for c in counts)
        and all(isinstance(k, str) and type(v) is int for c in counts for k, v in c.items())
    )
