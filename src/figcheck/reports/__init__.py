"""Report writers: each formats a :class:`~figcheck.pipeline.Report`, none decides anything.

Every file is written atomically (a reader sees the old report or the new one, never half).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from figcheck.atomic import write_text
from figcheck.errors import UsageError

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["DEFAULT_FORMATS", "FORMATS", "parse_formats", "write_reports"]

#: format name → file name. ``json`` is always written.
FORMATS: dict[str, str] = {"json": "report.json", "md": "report.md"}
DEFAULT_FORMATS = ("json", "md")


def parse_formats(text: str | None) -> tuple[str, ...]:
    """``"md,json"`` → ``("json", "md")``; unknown names raise :class:`UsageError`."""
    if not text:
        return DEFAULT_FORMATS
    names = [part.strip() for part in text.split(",") if part.strip()]
    for name in names:
        if name not in FORMATS:
            raise UsageError(
                f"unknown report format {name!r}", choices=list(FORMATS), key="--format"
            )
    return tuple(dict.fromkeys(["json", *names]))


def _renderer(name: str) -> Callable[[Report], str]:
    if name == "json":
        from figcheck.reports.json import render_json

        return render_json
    from figcheck.reports.markdown import render_markdown

    return render_markdown


def write_reports(report: Report, out_dir: Path, formats: tuple[str, ...]) -> list[Path]:
    """Render every format first, then write each file atomically; returns the paths."""
    rendered = {name: _renderer(name)(report) for name in formats}
    written = []
    for name, text in rendered.items():
        path = out_dir / FORMATS[name]
        write_text(path, text)
        written.append(path)
    return written
