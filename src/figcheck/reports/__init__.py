"""Report writers: each formats a :class:`~figcheck.pipeline.Report`, none decides anything.

The set is written as one unit under the output folder's lock (:mod:`figcheck.storage.outfolder`): a
reader sees the old reports or the new ones, never half of one nor a mix of two runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import IO, TYPE_CHECKING

from figcheck.errors import UsageError
from figcheck.storage.outfolder import write_set

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["DEFAULT_FORMATS", "FORMATS", "parse_formats", "write_reports"]

#: format name → file name. ``json`` is always written.
FORMATS: dict[str, str] = {
    "json": "report.json",
    "md": "report.md",
    "html": "report.html",
    "junit": "report.junit.xml",
    "claimreview": "claimreview.jsonld",
    "parquet": "report.parquet",
}
DEFAULT_FORMATS = ("json", "md", "html")


def parse_formats(text: str | None) -> tuple[str, ...]:
    """``"md,json"`` → ``("json", "md")``; unknown names raise :class:`UsageError`."""
    if text is None:
        return DEFAULT_FORMATS
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise UsageError("--format names no report format", choices=list(FORMATS), key="--format")
    for name in names:
        if name not in FORMATS:
            raise UsageError(
                f"unknown report format {name!r}", choices=list(FORMATS), key="--format"
            )
    return tuple(dict.fromkeys(["json", *names]))


def _writer(name: str) -> Callable[[Report, IO[str]], None]:
    """The writer of one format, imported only when that format is asked for."""
    module, function = _WRITERS[name]
    return getattr(import_module(f"figcheck.reports.{module}"), function)  # type: ignore[no-any-return]


_WRITERS = {
    "json": ("json", "write_json"),
    "md": ("markdown", "write_markdown"),
    "html": ("html", "write_html"),
    "junit": ("junit", "write_junit"),
    "claimreview": ("claimreview", "write_claimreview"),
    "parquet": ("parquet", "write_parquet"),
}


def write_reports(report: Report, out_dir: Path, formats: tuple[str, ...]) -> list[Path]:
    """Write every format; none replaces its old file unless all were written in full.
    With ``parquet``, the results are in report.parquet and report.json holds the rest."""
    if "parquet" in formats:
        report = dataclasses.replace(report, results_file=FORMATS["parquet"])
    items = []
    for name in formats:
        writer = _writer(name)
        items.append((FORMATS[name], lambda out, w=writer: w(report, out)))
    return write_set(out_dir, items)
