"""What ``figcheck datasets add SOURCE`` does: tell a series id from a file or URL, add it, and
say in lines what was inferred and how a desk references it (the CLI only prints them)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from figcheck.data.catalog import describe_dataset, discover_catalog
from figcheck.data.fetch import FetchSettings, download, open_session, remember
from figcheck.data.packaging import (
    Packaged,
    PackageRequest,
    check_name,
    desk_snippet,
    package_table,
    yaml_text,
)
from figcheck.data.providers import PROVIDERS
from figcheck.data.recipe import UnitMap, read_unit_map
from figcheck.data.series import SeriesAdded, add_series, read_series_id
from figcheck.data.tables import shown
from figcheck.errors import InputError, UsageError
from figcheck.storage.outfolder import LOCK_NAME, check_folder, output_lock
from figcheck.storage.regular import NotRegular, TooLarge, read_regular

__all__ = ["AddOptions", "Added", "add_source", "is_series_id", "parse_pairs"]


@dataclass(frozen=True)
class AddOptions:
    """The command line's options, parsed."""

    into: Path
    name: str | None = None
    key: tuple[str, ...] = ()
    units: tuple[str, ...] = ()  # COL=UNIT for a table; one UNIT for a series
    unit_from: str | None = None
    where: Mapping[str, str] = field(default_factory=dict)
    sheet: str | None = None
    title: str | None = None
    source_title: str | None = None
    unit_map: str | None = None  # COL=FILE
    decimal_comma: bool = False  # --decimal-comma: figures printed 2.409,1
    header_line: int | None = None  # --header-line N: the column names, below a title block
    encoding: str | None = None  # --encoding ENC: a CSV file that is not UTF-8
    thousands_comma: bool = False  # --thousands-comma: figures printed 1,204,331
    drop_flags: bool = False  # --drop-flags: figures printed 3.6 p (Eurostat's flags)
    unit_periods: str | None = None  # --unit-periods UNIT: the unit of every period column
    overwrite: bool = False  # --overwrite: replace a dataset of that name in ``into``
    #: other catalogs read with ``into`` (the bundled one): a name they hold is refused, since
    #: a name defined twice makes both datasets unusable
    others: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Added:
    """The lines to print, and whether the source became a snapshot."""

    lines: tuple[str, ...]
    ok: bool


def parse_pairs(option: str, values: Sequence[str], *, last: bool = False) -> dict[str, str]:
    """``COL=VALUE`` texts as a mapping (the first ``=`` splits; a column may hold spaces).
    With ``last``, the last ``=`` splits: a unit never holds one, a column name may
    (INEGI's ``Índice base 2018=100``)."""
    out = {}
    for text in values:
        column, sep, value = text.rpartition("=") if last else text.partition("=")
        if not sep or not column.strip():
            raise UsageError(f"{option} {text!r}: write COLUMN=VALUE")
        out[column.strip()] = value.strip()
    return out


def is_series_id(source: str) -> bool:
    """``ECB/EXR/…`` rather than a path or URL: a provider's name, then a slash, no file."""
    head = source.split("/", 1)[0]
    return "/" in source and head.upper() in PROVIDERS and not Path(source).exists()


def add_source(
    source: str, options: AddOptions, settings: FetchSettings, cache_dir: Path, today: dt.date
) -> Added:
    """Add ``source`` under ``options.into``, holding that folder's lock throughout, so two adds
    of one name never interleave (the second finds the first's folder and is refused)."""
    into = check_folder(options.into, "--into")
    if options.name is not None:
        check_name(options.name)  # before the folder is made or locked
    _refuse_credentials(source)
    series = is_series_id(source)
    if series:
        read_series_id(source)
    elif not source.lower().startswith(("http://", "https://")) and not Path(source).exists():
        if re.match(r"^[A-Za-z]+/[^/]", source):
            read_series_id(source)  # names the known providers
        raise InputError(f"no such file: {source}", path=source,
                         hint="give a CSV or Excel file, a URL, or a series id")  # fmt: skip
    created = not into.exists()
    added = None
    try:
        with output_lock(into):
            if series:
                added = _add_series(source, options, settings, cache_dir, today)
            else:
                added = _add_table(source, options, settings, today)
    finally:
        if created and (added is None or not added.ok):
            _remove_if_only_lock(into)
    return added


def _refuse_credentials(source: str) -> None:
    """A URL with a user name or password (``https://user:secret@host/…``) is refused before
    anything is fetched, without echoing the secret: the URL is kept in the descriptor (and
    printed), which a newsroom shares (hostile33: the password was printed in the error)."""
    if not source.lower().startswith(("http://", "https://")):
        return
    scheme, _, rest = source.partition("://")
    host = rest.split("/", 1)[0]
    if "@" not in host:
        return
    shown = f"{scheme}://…@{host.rsplit('@', 1)[1]}/…"
    raise UsageError(
        f"{shown}: a URL holding a user name or password; the URL is kept in the dataset's "
        "datapackage.json, so a secret in it would be shared",
        hint="download the file yourself and add it from disk",
    )


def _remove_if_only_lock(into: Path) -> None:
    """A failed add leaves no trace: the catalog folder it made, holding only the lock, goes.
    (A second add of the same new folder waiting on that lock still writes nothing half-made:
    a dataset folder is renamed into place whole, and never over another.)"""
    try:
        (into / LOCK_NAME).unlink(missing_ok=True)
        into.rmdir()
    except OSError:
        pass  # not empty: something else was written there meanwhile; leave it


def check_clash(name: str, options: AddOptions, *, series: str | None = None) -> bool:
    """Refuse a dataset name that another catalog read with ``--into`` holds, or that a folder
    of ``--into`` holds, unless it is the same series again (an update, which keeps the old
    snapshot) or ``--overwrite`` replaces that dataset. True when a dataset is replaced."""
    for other in options.others:
        if other.is_dir() and other.resolve() != options.into.resolve() and name in _names(other):
            raise UsageError(
                f"--name {name!r} is the name of a dataset in {other}; a second dataset of "
                "that name would make both unusable; nothing was written",
                hint="choose another --name",
            )
    folder = options.into / name
    if not (folder.exists() or folder.is_symlink()) or _empty_dir(folder):
        if name in _names(options.into):
            raise UsageError(
                f"a dataset in {options.into} is already named {name!r} (its descriptor's "
                "name); nothing was written",
                hint="choose another --name",
            )
        return False
    dataset = (
        folder.is_dir() and not folder.is_symlink() and (folder / "datapackage.json").is_file()
    )
    if dataset and series is not None and _series_of(folder) == series:
        return False
    if not dataset:
        raise UsageError(
            f"{folder} already exists and is not a dataset; nothing was written",
            hint="move it away, or choose another --name",
        )
    if not options.overwrite:
        raise UsageError(
            f"{options.into} already holds a dataset named {name!r}; nothing was written",
            hint="choose another --name, or give --overwrite to replace it",
        )
    return True


def _names(catalog: Path) -> set[str]:
    """The dataset names a catalog folder holds: folder names and descriptors' names."""
    found = discover_catalog([catalog])
    return set(found.datasets) | {dataset.folder.name for dataset in found.datasets.values()}


def _empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir())


def _series_of(folder: Path) -> str | None:
    recorded = describe_dataset(folder / "datapackage.json").descriptor.get("x-series")
    return str(recorded.get("id")) if isinstance(recorded, dict) else None


def _add_series(
    source: str, options: AddOptions, settings: FetchSettings, cache_dir: Path, today: dt.date
) -> Added:
    if (options.key or options.unit_from or options.where or options.sheet or options.unit_map
            or options.decimal_comma or options.header_line is not None or options.encoding
            or options.thousands_comma or options.drop_flags
            or options.unit_periods is not None):  # fmt: skip
        raise UsageError(
            "--key, --unit-from, --unit-map, --where, --sheet, --header-line, --encoding, "
            "--decimal-comma, --thousands-comma, --drop-flags and --unit-periods are for tables, "
            "not series"
        )
    if options.name is not None:
        check_name(options.name)
    if len(options.units) > 1 or (options.units and "=" in options.units[0]):
        raise UsageError("for a series, give one --unit UNIT (e.g. --unit 'million EUR')")
    series = read_series_id(source)
    replace = check_clash(options.name or series.dataset_name(), options, series=str(series))
    with open_session(settings) as session:
        added = add_series(
            source, options.into, session, settings,
            unit=options.units[0] if options.units else None, cache_dir=cache_dir, today=today,
            name=options.name, replace=replace,
        )  # fmt: skip
    # titles, units and error texts come from the provider's answer: escaped for the terminal
    return Added(tuple(map(shown, _series_lines(added))), not added.outcome.failed)


def _series_lines(added: SeriesAdded) -> list[str]:
    outcome = added.outcome
    if outcome.failed:
        return [f"{added.series}: {outcome.status.value} ({outcome.fault}): {outcome.detail}"]
    lines = [f"{added.series} → {added.folder}: {outcome.status.value}: {outcome.detail}"]
    if added.parsed is not None and added.unit is not None:
        periods = [o.period for o in added.parsed.observations]
        lines += [
            f"  {len(periods)} periods, {periods[0]} to {periods[-1]}; title: {added.parsed.title}",
            f"  unit: {added.unit.unit}, published ×10^{added.unit.multiplier} "
            f"({added.unit.rule}; the provider says {added.unit.provider_unit!r})",
            f"  last updated by the provider: {added.parsed.last_updated or 'not stated'}",
            "reference it from a desk claim:",
            "  reference:",
            f"    series: {yaml_text(str(added.series))}",
            f"    period: {_quoted(periods[-1])}",
        ]
    return lines


def _quoted(period: str) -> str:
    return period if period.isdigit() else f'"{period}"'


def _add_table(source: str, options: AddOptions, settings: FetchSettings, today: dt.date) -> Added:
    if not options.name:
        raise UsageError("--name is required to add a file or URL (the dataset's name)")
    check_name(options.name)
    replace = check_clash(options.name, options)
    units = parse_pairs("--unit", options.units, last=True)
    for column, unit in units.items():
        if not unit:  # `--unit value=` wrote a field whose unit is empty text
            raise UsageError(
                f"--unit {column}=: the unit is empty", hint="name it (USD, people, percent)"
            )
    unit_map = _unit_map(options.unit_map, settings) if options.unit_map else None
    url = source if source.lower().startswith(("http://", "https://")) else None
    if url:
        with open_session(settings) as session:
            fetched = download(session, url, settings)
            body = fetched.body
            packaged = _package(body, url, options, units, unit_map, url, settings, today,
                                replace)  # fmt: skip
            remember(session, fetched)
    else:
        path = Path(source)
        body = _read_local(path, "", settings)
        packaged = _package(body, source, options, units, unit_map, None, settings, today,
                            replace)  # fmt: skip
    return Added(tuple(_table_lines(options.name, packaged)), True)


def _package(
    body: bytes,
    label: str,
    options: AddOptions,
    units: dict[str, str],
    unit_map: UnitMap | None,
    url: str | None,
    settings: FetchSettings,
    today: dt.date,
    replace: bool,
) -> Packaged:
    assert options.name is not None
    request = PackageRequest(
        name=options.name, into=options.into, key=options.key, units=units,
        unit_from=options.unit_from, where=options.where, title=options.title,
        source_url=url, source_title=options.source_title, sheet=options.sheet,
        unit_map=unit_map, max_bytes=settings.max_bytes, replace=replace,
        decimal_comma=options.decimal_comma, header_line=options.header_line,
        encoding=options.encoding, thousands_comma=options.thousands_comma,
        drop_flags=options.drop_flags, unit_periods=options.unit_periods,
    )  # fmt: skip
    return package_table(body, label, request, today)


def _unit_map(option: str, settings: FetchSettings) -> UnitMap:
    """``--unit-map COL=FILE``, read from a local file (it is kept in the descriptor)."""
    _, _, path = option.partition("=")
    body = _read_local(Path(path.strip()), "--unit-map: ", settings)
    return read_unit_map(option, body, path.strip(), max_bytes=settings.max_bytes)


def _read_local(path: Path, option: str, settings: FetchSettings) -> bytes:
    """A local file given to ``datasets add``: a regular file of at most --max-mb, opened once
    and read with that bound (a FIFO blocked the command for ever, ``/dev/zero`` was read
    without end, and a file whose size said less than it held was read whole)."""
    hint = None
    try:
        return read_regular(path, settings.max_bytes)
    except TooLarge as exc:
        found = "more than" if exc.size is None else f"{exc.size:,} bytes, over"
        problem = f"{found} --max-mb ({settings.max_bytes:,} bytes)"
        hint = "raise --max-mb for a larger file"
    except NotRegular as exc:
        problem = str(exc)
    except OSError as exc:
        problem = str(exc.strerror)
    raise InputError(f"{option}cannot read it: {problem}", path=str(path), hint=hint)


def _table_lines(name: str, packaged: Packaged) -> list[str]:
    lines = [f"{name} → {shown(str(packaged.folder))}: {packaged.rows:,} rows, "
             f"sha256 {packaged.sha256[:12]}"]  # fmt: skip
    for column in packaged.columns:
        notes = []
        if column.name in packaged.key:
            notes.append("key")
        if column.name in packaged.units:
            notes.append(f"unit {shown(packaged.units[column.name])}")
        elif column.name in packaged.value_columns and packaged.unit_from:
            notes.append(f"unit from column {shown(packaged.unit_from)!r}")
        if column.missing:
            notes.append("missing: " + " ".join(column.missing))
        lines.append(
            f"  {shown(column.name)}: {column.type}" + (f" ({', '.join(notes)})" if notes else "")
        )
    how = "inferred" if packaged.key_inferred else "given"
    key = ", ".join(map(shown, packaged.key)) if packaged.key else "none unique found (give --key)"
    lines.append(f"  primary key ({how}, checked unique): {key}")
    unitless = [c for c in packaged.period_columns if c not in packaged.units]
    if unitless and not packaged.unit_from:
        lines.append(
            f"  {len(unitless)} column(s) of figures are named as periods ({shown(unitless[0])}"
            f"…): give --unit-periods UNIT to give them all one unit"
        )
    elif not packaged.units and not packaged.unit_from:
        lines.append(
            "  no unit declared: give --unit COLUMN=UNIT (or --unit-from COLUMN) so that claims "
            "are compared in the right unit"
        )
    kept = [c for c in packaged.units if packaged.unit_from]
    # --unit beside --unit-from (or --unit-map): which one each column took
    if kept and set(packaged.value_columns) - set(packaged.units):
        given = ", ".join(f"{shown(c)} ({shown(packaged.units[c])})" for c in kept)
        lines.append(
            f"  note: --unit kept for {given}; the other value columns take their unit from "
            f"column {shown(packaged.unit_from or '')!r}"
        )
    lines += [f"  note: {note}" for note in packaged.notes]
    for found in packaged.formula_cells:
        lines.append(
            f"  warning: column {shown(found)} starts with = + - or @: kept as printed, but a "
            "spreadsheet opening data.csv would run it as a formula"
        )
    lines.append("reference it from a desk claim:")
    lines += ["  " + shown(line) for line in desk_snippet(name, packaged).splitlines()]
    return lines
