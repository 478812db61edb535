"""The command line: parse arguments, build settings, delegate, translate errors to exit codes.

This is the only module that reads the environment or the working directory. It imports
nothing heavy at module level, so ``figcheck --help`` stays instant (no pandas, no GX).
"""

from __future__ import annotations

import math
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from figcheck import __version__
from figcheck.errors import FigcheckError
from figcheck.model.verdicts import Verdict

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
#: Interrupted (Ctrl-C, SIGINT): 128 + 2, as a shell reports it. Click's own "Aborted!" exited 1,
#: the status that says "there are discrepancies", beside the previous run's reports (mends30).
EXIT_INTERRUPTED = 130
#: --timeout's ceiling: a socket's timeout overflows far above it (1e300 was a traceback)
MAX_TIMEOUT_S = 86_400


def bundled_catalog() -> Path:
    """:func:`figcheck.data.catalog.bundled_catalog` with ``$FIGCHECK_BUNDLED_DATASETS`` (read here:
    only the CLI reads the environment; imported late, as catalog imports pandas)."""
    from figcheck.data.catalog import bundled_catalog as located

    return located(os.environ.get("FIGCHECK_BUNDLED_DATASETS"))


def default_cache_dir() -> Path:
    """``$FIGCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/figcheck``, else ``~/.cache/figcheck``."""
    explicit = os.environ.get("FIGCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "figcheck"


def _shown(text: object) -> str:
    """``text`` safe for a terminal, on one line: control characters, ANSI escapes and other
    unprintable characters (from a file, a descriptor or a provider's answer) as ``\\x1b``."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def _say(text: object, *, err: bool = False) -> None:
    click.echo(_shown(text), err=err)


def _fail(exc: BaseException, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exception(exc)
    _say(f"figcheck: error: {exc}", err=True)
    sys.exit(EXIT_INPUT)


_catalog_option = click.option(
    "--datasets",
    "catalogs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="An extra catalog folder (repeatable); the bundled datasets/ is always read.",
)
_articles_option = click.option(
    "--articles",
    "articles",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),  # a typo was silent
    help="A folder holding article texts (repeatable): a desk's source.text not found beside "
    "the desk is looked for there by its file name, for the coverage line.",
)
_cache_option = click.option(
    "--cache-dir",
    type=str,
    default=None,
    help="Where integrity-suite outcomes are cached [default: ~/.cache/figcheck].",
)


class _Commands(click.Group):
    """figcheck's commands; an interrupted one says what it left and exits 130."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _say(
                "figcheck: interrupted; a report set or dataset folder being written keeps its "
                "previous files (each is replaced whole or not at all)",
                err=True,
            )
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="figcheck")
def main() -> None:
    """Check the numbers in journalism against cached reference datasets."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_catalog_option
@click.option(
    "--out",
    "out_dir",
    default="reports",
    show_default=True,
    type=str,  # not click.Path, which turns "" into "." (the working directory)
    help="Folder the reports are written to.",
)
@click.option(
    "--format",
    "formats",
    default=None,
    metavar="F[,F…]",
    help="Report formats: json (always), md, html, junit, claimreview, parquet (the results in "
    "report.parquet, report.json keeps the summary). Default: json,md,html.",
)
@_cache_option
@click.option(
    "--offline",
    is_flag=True,
    help="Never use the network (check never does; accepted for scripts).",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    default=None,
    help="An earlier report.json: mark each result new/changed/unchanged/removed and exit 1 "
    "only for discrepancies and errors that are new or changed.",
)
@_articles_option
@click.option("--debug", is_flag=True, help="Show tracebacks for input errors.")
def check(
    paths: tuple[Path, ...],
    catalogs: tuple[Path, ...],
    out_dir: str,
    formats: str | None,
    cache_dir: str | None,
    offline: bool,
    baseline: Path | None,
    articles: tuple[Path, ...],
    debug: bool,
) -> None:
    """Check every claim in PATHS (desk files, claims tables, or folders; default expectations/).

    Exit status: 0 no discrepancy or error (with --baseline: none new or changed), 1 there are,
    2 nothing could be checked.
    """
    del offline  # checking reads only cached snapshots; the flag is for symmetry with refresh
    try:
        from figcheck.pipeline import Settings, run_check
        from figcheck.reports import parse_formats, write_reports
        from figcheck.reports.spool import ResultSpool
        from figcheck.storage.outfolder import check_folder

        chosen = parse_formats(formats)
        out = check_folder(out_dir, "--out")
        settings = Settings(
            catalogs=(bundled_catalog(), *catalogs),
            cache_dir=_cache_dir(cache_dir),
            baseline=baseline,
            articles=articles,
        )
        with ResultSpool(out, chosen) as spool:  # used only for tables over one chunk
            report = run_check(list(paths) or [Path("expectations")], settings, spool)
            written = write_reports(report, out, chosen)
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    _print_outcome(report, written)


def _cache_dir(option: str | Path | None) -> Path:
    """``--cache-dir`` (checked to be usable as a folder) or the default; pint keeps its parsed
    unit definitions there too."""
    from figcheck.model.units import keep_definitions_in
    from figcheck.storage.outfolder import check_folder

    folder = check_folder(option, "--cache-dir") if option is not None else default_cache_dir()
    keep_definitions_in(folder)
    return folder


def _warn(text: str) -> None:
    _say(f"figcheck: warning: {text}", err=True)


def _print_outcome(report: Any, written: list[Path]) -> NoReturn:
    click.echo(_summary_line(report.summary))
    if report.comparison is not None:
        for text in report.comparison.set_aside:
            _warn(f"--baseline: {text}")
        counts = report.comparison.counts()
        since = report.comparison.baseline_generated or "the baseline"
        click.echo(
            f"since {since}: "
            + ", ".join(f"{counts[k]} {k}" for k in ("changed", "new", "removed", "unchanged"))
        )
        for claim_id, detail in zip(report.findings["id"], report.comparison.detail, strict=True):
            if detail:
                click.echo(f"  changed {claim_id}: {detail}")
    for path in written:
        click.echo(f"wrote {path}")
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)


def _summary_line(summary: dict[str, Any]) -> str:
    counts = ", ".join(f"{summary[v]} {v}" for v in Verdict)  # in the enum's (summary) order
    return f"{sum(summary.values())} claims: {counts}"


# ---------------------------------------------------------------- datasets list | verify | refresh


def _fetch_options(command: Any) -> Any:
    """--offline, --http-cache, --timeout and --max-mb: how downloads behave (refresh, recheck)."""
    options = [
        click.option("--offline", is_flag=True, help="Use only the last good downloads cached."),
        click.option("--http-cache", type=click.Path(path_type=Path), default=None,
                     help="requests-cache SQLite [default: CACHE_DIR/http-cache.sqlite]."),
        click.option("--timeout", "timeout_s", type=float, default=60.0, show_default=True,
                     help="Seconds to wait for a publisher to answer."),
        click.option("--max-mb", type=float, default=64.0, show_default=True,
                     help="Refuse a download (or unpacked file) over this many MiB."),
        click.option("--base-url", "base_urls", multiple=True, metavar="PROVIDER=URL",
                     help="Reach a statistics provider (WB, ECB, ESTAT, OECD, IMF, UNSD, INEGI, "
                     "FRED) at another address; also $FIGCHECK_BASE_URLS (PROVIDER=URL,…)."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@main.group()
def datasets() -> None:
    """Add, list, verify and refresh the reference datasets."""


#: The contract gives every ``datasets`` command ``--offline``; list and verify never download.
_offline_accepted = click.option(
    "--offline", is_flag=True, expose_value=False, help="Accepted for scripts: never downloads."
)


@datasets.command("list")
@click.argument("names", nargs=-1)
@_catalog_option
@_cache_option
@_offline_accepted
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def list_datasets(
    names: tuple[str, ...], catalogs: tuple[Path, ...], cache_dir: str | None, debug: bool
) -> None:
    """Show each dataset: name, title, rows, source, retrieved date, hash and suite status.

    Suite status comes from the cache (run `figcheck datasets verify` to run the suites).
    """
    _survey(names, catalogs, cache_dir, debug, run_suites=False)


@datasets.command()
@click.argument("names", nargs=-1)
@_catalog_option
@_cache_option
@_offline_accepted
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def verify(
    names: tuple[str, ...], catalogs: tuple[Path, ...], cache_dir: str | None, debug: bool
) -> None:
    """Check every snapshot's hash and run every integrity suite. Exit 1 if any fails."""
    _survey(names, catalogs, cache_dir, debug, run_suites=True)


def _survey(
    names: tuple[str, ...],
    catalogs: tuple[Path, ...],
    cache_dir: str | None,
    debug: bool,
    *,
    run_suites: bool,
) -> None:
    try:
        from figcheck.data.catalog import discover_catalog
        from figcheck.data.inventory import pick_datasets, survey

        cache = _cache_dir(cache_dir)  # before any unit is parsed: the registry keeps it
        catalog = discover_catalog([bundled_catalog(), *catalogs])
        strays = [] if names else catalog.strays
        statuses = survey(catalog, pick_datasets(catalog, names), cache, run_suites=run_suites)
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    for item in statuses:
        rows = "?" if item.rows is None else f"{item.rows:,} rows"
        _say(f"{item.name}  {item.title}")
        _say(f"    {rows} · retrieved {item.retrieved or '?'} · sha256 {item.hash_text()}")
        _say(f"    source: {item.source or 'none (not refreshable)'}")
        _say(f"    suite: {item.suite_text()}")
        if item.suite is not None and item.suite.success is False:
            for failure in item.suite.failures:
                _say(f"      ✗ {failure}")
        if item.problem:
            _say(f"    problem: {item.problem}")
    for stray in strays:
        _say(f"not a dataset: {stray.problem}")
    if run_suites:
        bad = [item.name for item in statuses if not item.healthy]
        click.echo(
            f"{len(statuses) - len(bad)} of {len(statuses)} datasets passed"
            + (f"; failed: {', '.join(bad)}" if bad else "")
        )
        sys.exit(EXIT_FINDINGS if bad else EXIT_OK)


@datasets.command()
@click.argument("names", nargs=-1)
@_catalog_option
@_cache_option
@_fetch_options
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def refresh(
    names: tuple[str, ...],
    catalogs: tuple[Path, ...],
    cache_dir: str | None,
    offline: bool,
    http_cache: Path | None,
    timeout_s: float,
    max_mb: float,
    base_urls: tuple[str, ...],
    debug: bool,
) -> None:
    """Download each dataset's source, check it, and replace the snapshot only if it passed.

    Prints one line per dataset: updated (with rows added, removed, revised), unchanged,
    skipped (no source) or failed (with the fault). Exit 1 if any failed.
    """
    import datetime as dt

    try:
        from figcheck.data.catalog import discover_catalog
        from figcheck.data.fetch import open_session
        from figcheck.data.inventory import pick_datasets
        from figcheck.data.refresh import RefreshStatus, refresh_dataset
        from figcheck.display import progress_lines

        cache = _cache_dir(cache_dir)
        settings = _fetch_settings(cache, http_cache, timeout_s, max_mb, offline, base_urls)
        catalog = discover_catalog([bundled_catalog(), *catalogs])
        chosen = pick_datasets(catalog, names)
        session = open_session(settings)
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    failed = 0
    today = dt.datetime.now(dt.UTC).date()
    with session, progress_lines(chosen, label=lambda d: d.name) as walk:
        for dataset in walk:
            outcome = refresh_dataset(dataset, session, settings, cache_dir=cache, today=today)
            # Naming a dataset that cannot be refreshed is a failure; skipping it in "all" is not.
            failed += outcome.failed or (bool(names) and outcome.status is RefreshStatus.SKIPPED)
            _say(outcome.line(), err=outcome.failed)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def _fetch_settings(
    cache: Path,
    http_cache: Path | None,
    timeout_s: float,
    max_mb: float,
    offline: bool,
    base_urls: tuple[str, ...] = (),
) -> Any:
    from figcheck.data.adding import parse_pairs
    from figcheck.data.fetch import FetchSettings
    from figcheck.data.providers import base_urls as provider_bases
    from figcheck.errors import UsageError
    from figcheck.storage.outfolder import check_folder

    from_env = [t for t in os.environ.get("FIGCHECK_BASE_URLS", "").split(",") if t.strip()]
    cache_path = http_cache or Path(
        os.environ.get("FIGCHECK_HTTP_CACHE") or cache / "http-cache.sqlite"
    )
    if cache_path.is_dir():
        raise UsageError(f"{cache_path} is a folder; name a file", key="--http-cache")
    check_folder(cache_path.parent, "--http-cache")
    for option, number in (("--timeout", timeout_s), ("--max-mb", max_mb)):
        if not (math.isfinite(number) and number > 0):  # 1e400 crashed int(); nan, -1 passed
            raise UsageError(f"must be a finite number above 0, not {number:g}", key=option)
    if timeout_s > MAX_TIMEOUT_S:  # 1e300 overflowed the socket's timeout: a traceback
        raise UsageError(
            f"at most {MAX_TIMEOUT_S:,} seconds (a day), not {timeout_s:g}", key="--timeout"
        )
    return FetchSettings(
        base_urls=provider_bases(parse_pairs("--base-url", [*from_env, *base_urls])),
        cache_path=cache_path,
        timeout_s=timeout_s,
        max_bytes=int(max_mb * 1024 * 1024),
        offline=offline,
    )


@datasets.command("add")
@click.argument("source")
@click.option("--name", default=None, help="The dataset's name (required for a file or URL).")
@click.option(
    "--into",
    type=str,  # not click.Path, which turns "" into "." (the working directory)
    default=None,
    help="The catalog folder to add it to [default: the bundled datasets/].",
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="Replace a dataset of the same name in the --into folder (a name the bundled "
    "catalog holds is still refused when --into is another folder).",
)
@click.option(
    "--key",
    multiple=True,
    metavar="COL",
    help="A primary-key column (repeatable); checked unique [default: inferred].",
)
@click.option(
    "--unit",
    "units",
    multiple=True,
    metavar="COL=UNIT",
    help="A value column's unit (repeatable), e.g. 'Value=USD'; for a series, "
    "one UNIT when the provider's cannot be determined.",
)
@click.option(
    "--unit-periods",
    default=None,
    metavar="UNIT",
    help="The unit of every column named as a period (2019, '2019 [YR2019]', 2020M01, "
    "2020Q1), as wide tables print one column per year, month or quarter.",
)
@click.option(
    "--unit-from",
    default=None,
    metavar="COL",
    help="A column that holds each row's unit (e.g. a currency code).",
)
@click.option(
    "--unit-map",
    default=None,
    metavar="COL=FILE",
    help="Each row's unit from a two-column CSV FILE: a value of COL, its unit "
    "(e.g. 'Country=currencies.csv' with the line 'United Kingdom,GBP/USD').",
)
@click.option(
    "--where",
    multiple=True,
    metavar="COL=VALUE",
    help="Keep only the rows where COL is VALUE (repeatable).",
)
@click.option(
    "--decimal-comma",
    is_flag=True,
    help="The table prints figures with a decimal comma (2.409,1): write them 2409.1.",
)
@click.option(
    "--thousands-comma",
    is_flag=True,
    help="The table prints figures with thousands commas (1,204,331): write them 1204331.",
)
@click.option(
    "--drop-flags",
    is_flag=True,
    help="Figures are followed by flags (Eurostat's '3.6 p'): write them without (3.6).",
)
@click.option(
    "--header-line",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="The line (Excel: row) of the column names, below a title block [default: 1].",
)
@click.option(
    "--encoding",
    default=None,
    metavar="ENC",
    help="A CSV file's text encoding when it is not UTF-8, e.g. latin-1 or cp1252.",
)
@click.option("--sheet", default=None, help="The Excel sheet to read [default: the first].")
@click.option("--title", default=None, help="The dataset's title.")
@click.option("--source-title", default=None, help="Words for sources[0] (the publisher).")
@_cache_option
@_fetch_options
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def add(
    source: str,
    name: str | None,
    into: str | None,
    overwrite: bool,
    key: tuple[str, ...],
    units: tuple[str, ...],
    unit_periods: str | None,
    unit_from: str | None,
    unit_map: str | None,
    where: tuple[str, ...],
    decimal_comma: bool,
    thousands_comma: bool,
    drop_flags: bool,
    header_line: int | None,
    encoding: str | None,
    sheet: str | None,
    title: str | None,
    source_title: str | None,
    cache_dir: Path | None,
    offline: bool,
    http_cache: Path | None,
    timeout_s: float,
    max_mb: float,
    base_urls: tuple[str, ...],
    debug: bool,
) -> None:
    """Package SOURCE as a dataset: a CSV or Excel file, a URL to one, or a series id of a
    statistics API (PROVIDER/DATASET/SERIES, e.g. WB/WDI/A-NY.GDP.MKTP.CD-WLD,
    ECB/EXR/M.USD.EUR.SP00.A, FRED/CPIAUCSL).

    Prints what it inferred (types, key, units) and how a desk references it. Exit 2 when
    nothing was added (the reason names the file, column or series).
    """
    import datetime as dt

    try:
        from figcheck.data.adding import AddOptions, add_source, parse_pairs
        from figcheck.storage.outfolder import check_folder

        cache = _cache_dir(cache_dir)
        settings = _fetch_settings(cache, http_cache, timeout_s, max_mb, offline, base_urls)
        options = AddOptions(
            into=bundled_catalog() if into is None else check_folder(into, "--into"),
            name=name, key=key, units=units, unit_from=unit_from,
            where=parse_pairs("--where", where), sheet=sheet, title=title,
            source_title=source_title, unit_map=unit_map, overwrite=overwrite,
            decimal_comma=decimal_comma, thousands_comma=thousands_comma,
            header_line=header_line, encoding=encoding, drop_flags=drop_flags,
            unit_periods=unit_periods,
            others=(bundled_catalog(),),
        )  # fmt: skip
        added = add_source(source, options, settings, cache, dt.datetime.now(dt.UTC).date())
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    for line in added.lines:
        _say(line, err=not added.ok)
    sys.exit(EXIT_OK if added.ok else EXIT_INPUT)


# ------------------------------------------------------------------------------------ recheck


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_catalog_option
@click.option("--out", "out_dir", default="reports", show_default=True, type=str,
              help="Reports folder; its report.json is the baseline.")  # fmt: skip
@click.option("--format", "formats", default=None, metavar="F[,F…]",
              help="Report formats, as for check. Default: json,md,html.")  # fmt: skip
@_cache_option
@click.option("--no-refresh", is_flag=True, help="Check against the snapshots as they are.")
@_fetch_options
@_articles_option
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def recheck(
    paths: tuple[Path, ...],
    catalogs: tuple[Path, ...],
    out_dir: str,
    formats: str | None,
    cache_dir: str | None,
    offline: bool,
    no_refresh: bool,
    http_cache: Path | None,
    timeout_s: float,
    max_mb: float,
    base_urls: tuple[str, ...],
    articles: tuple[Path, ...],
    debug: bool,
) -> None:
    """Refresh the datasets, check every desk against the last report, keep a dated copy.

    For cron and CI: OUT/report.json from the previous run is the baseline, so the exit status
    is 1 only for discrepancies and errors that are new or changed. Reports are rewritten in
    OUT; a copy of report.json and a summary line go to OUT/history/. A failed refresh keeps the
    old snapshot, is listed, and does not change the exit status.
    """
    try:
        from figcheck.pipeline import Settings
        from figcheck.recheck import RecheckSettings
        from figcheck.recheck import recheck as run_recheck
        from figcheck.reports import parse_formats
        from figcheck.storage.outfolder import check_folder

        cache = _cache_dir(cache_dir)
        settings = RecheckSettings(
            paths=paths or (Path("expectations"),),
            check=Settings(
                catalogs=(bundled_catalog(), *catalogs), cache_dir=cache, articles=articles
            ),
            out_dir=check_folder(out_dir, "--out"),
            formats=parse_formats(formats),
            fetch=None
            if no_refresh
            else _fetch_settings(cache, http_cache, timeout_s, max_mb, offline, base_urls),
        )
        report, _, written = run_recheck(
            settings, on_refresh=lambda o: _say(o.line(), err=o.failed), on_warning=_warn
        )
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    _print_outcome(report, written)


# ------------------------------------------------------------------------------------ extract


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--out", "out_path", type=click.Path(path_type=Path), default=None,
              help="Write the draft desk here (YAML) instead of to standard output.")  # fmt: skip
@click.option("--title", default=None, help="The article's title [default: its first line].")
@click.option(
    "--lang",
    type=click.Choice(["en", "es"]),
    default=None,
    help="The article's language [default: detected from its commonest words].",
)
@click.option(
    "--published",
    metavar="DATE",
    default=None,
    help="The article's date (YYYY-MM-DD, YYYY-MM or YYYY): resolves 'last year', 'in June' "
    "[default: the first date in the text's head].",
)
@_catalog_option
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def extract(
    article: Path,
    out_path: Path | None,
    title: str | None,
    lang: str | None,
    published: str | None,
    catalogs: tuple[Path, ...],
    debug: bool,
) -> None:
    """Draft a desk from ARTICLE (UTF-8 text): every quantity as a claim, with its sentence as
    quote, value, hedge and period; ranges, conversions and change words noted; references
    suggested (as comments) where a dataset's words match the sentence."""
    try:
        from figcheck.data.catalog import discover_catalog
        from figcheck.draft.drafting import draft_desk, hints_from_catalog, published_date
        from figcheck.draft.extract import extract_mentions
        from figcheck.errors import UsageError
        from figcheck.inputs.desks import read_article
        from figcheck.storage.atomic import write_text

        when = _published(published) if published is not None else None
        if out_path is not None and _same_file(out_path, article):
            raise UsageError(
                f"--out {out_path} is the article itself: the draft would replace it; "
                "give the draft another name (such as desk.yaml)"
            )
        text = read_article(article)
        mentions = extract_mentions(text, lang=lang)
        catalog = discover_catalog([bundled_catalog(), *catalogs])
        hints = hints_from_catalog([catalog.datasets[n] for n in catalog.names()])
        base = (out_path.parent if out_path else Path.cwd()).resolve()
        text_path = os.path.relpath(article.resolve(), base)
        draft = draft_desk(
            mentions,
            title=title or _first_line(text) or article.stem,
            text_path=text_path,
            published=when or published_date(text),
            hints=hints,
        )
        if out_path:
            write_text(out_path, draft)
    except (FigcheckError, OSError) as exc:
        _fail(exc, debug)
    _warn_unread_article(base, text_path, article, out_path is None)
    suggested = draft.count("# suggested reference")
    where = f" → {out_path}" if out_path else ""
    click.echo(
        f"{article}: {len(mentions)} quantities, {suggested} with a suggested reference{where}",
        err=True,
    )
    if not out_path:
        click.echo(draft, nl=False)


def _same_file(one: Path, other: Path) -> bool:
    """Are ``one`` and ``other`` the same file (a link to it, another spelling of its path)?"""
    try:
        return one.exists() and other.exists() and one.samefile(other)
    except OSError:
        return False


def _warn_unread_article(base: Path, text_path: str, article: Path, on_stdout: bool) -> None:
    """Warn when ``figcheck check`` will not read the draft's ``source.text`` beside it (outside
    the draft's folder and the folder above it: its coverage row would say "unreadable")."""
    from figcheck.pipeline import outside_folder

    why = outside_folder(base, text_path)
    if why is None:
        return
    kept = " (a draft kept in the current folder)" if on_stdout else ""
    _warn(
        f"{why}: figcheck check will not read the article for the draft's coverage{kept}; "
        f"give its folder with --articles {article.resolve().parent}, or keep the draft nearer "
        "the article"
    )


def _published(value: str) -> str:
    """``--published`` as given, checked to be a real day, month or year."""
    import datetime as dt

    from figcheck.errors import UsageError

    text = value.strip()
    parts = text.split("-")
    try:
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
            raise ValueError(text)
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                int(parts[2]) if len(parts) > 2 else 1)  # fmt: skip
    except ValueError:
        raise UsageError(
            f"the article's date must be written YYYY-MM-DD, YYYY-MM or YYYY and be a real "
            f"date, such as 2022-07-13, not {value[:40]!r}", key="--published",
        ) from None  # fmt: skip
    return text


def _first_line(text: str) -> str:
    for line in text.splitlines():
        cleaned = line.strip().strip("#*_ ").strip()
        if len(cleaned) > 3:
            return cleaned
    return ""
