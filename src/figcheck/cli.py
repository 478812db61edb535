"""The command line: parse arguments, build settings, delegate, translate errors to exit codes.

This is the only module that reads the environment or the working directory. It imports
nothing heavy at module level, so ``figcheck --help`` stays instant (no pandas, no GX).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from figcheck import __version__
from figcheck.errors import FigcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def bundled_catalog() -> Path:
    """The repository's ``datasets/`` (or ``$FIGCHECK_BUNDLED_DATASETS``)."""
    override = os.environ.get("FIGCHECK_BUNDLED_DATASETS")
    if override:
        return Path(override)
    repo = Path(__file__).resolve().parents[2] / "datasets"
    return repo if repo.is_dir() else Path.cwd() / "datasets"


def default_cache_dir() -> Path:
    """``$FIGCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/figcheck``, else ``~/.cache/figcheck``."""
    explicit = os.environ.get("FIGCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "figcheck"


def _fail(exc: BaseException, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exception(exc)
    click.echo(f"figcheck: error: {exc}", err=True)
    sys.exit(EXIT_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="figcheck")
def main() -> None:
    """Check the numbers in journalism against cached reference datasets."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--datasets",
    "catalogs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="An extra catalog folder (repeatable); the bundled datasets/ is always read.",
)
@click.option(
    "--out",
    "out_dir",
    default="reports",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder the reports are written to.",
)
@click.option(
    "--format",
    "formats",
    default=None,
    metavar="F[,F…]",
    help="Report formats: json (always), md. Default: json,md.",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Where integrity-suite outcomes are cached [default: ~/.cache/figcheck].",
)
@click.option(
    "--offline",
    is_flag=True,
    help="Never use the network (check never does; accepted for scripts).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for input errors.")
def check(
    paths: tuple[Path, ...],
    catalogs: tuple[Path, ...],
    out_dir: Path,
    formats: str | None,
    cache_dir: Path | None,
    offline: bool,
    debug: bool,
) -> None:
    """Check every claim in PATHS (desk files, claims tables, or folders; default expectations/).

    Exit status: 0 no discrepancy or error, 1 there are, 2 nothing could be checked.
    """
    del offline  # checking reads only cached snapshots; the flag is for symmetry with refresh
    try:
        from figcheck.pipeline import Settings, run_check
        from figcheck.reports import parse_formats, write_reports

        chosen = parse_formats(formats)
        settings = Settings(
            catalogs=(bundled_catalog(), *catalogs),
            cache_dir=cache_dir or default_cache_dir(),
        )
        report = run_check(list(paths) or [Path("expectations")], settings)
        written = write_reports(report, out_dir, chosen)
    except FigcheckError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(exc, debug)
    click.echo(_summary_line(report.summary))
    for path in written:
        click.echo(f"wrote {path}")
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)


def _summary_line(summary: dict[str, Any]) -> str:
    order = ("supported", "discrepancy", "unverifiable", "error")
    return f"{sum(summary.values())} claims: " + ", ".join(f"{summary[k]} {k}" for k in order)
