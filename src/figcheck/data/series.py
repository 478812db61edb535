"""Series of the statistics APIs as snapshots: fetch, parse, set units, validate, then write.

A series snapshot is a Data Package like any other, with one table per series::

    period,value,unit,provider_unit,unit_multiplier,obs_status
    2022-11,1.0201272727273,USD/EUR,UNIT=USD,0,A

``value`` is in base units (the published figure times ten to the ``unit_multiplier``), ``unit``
is figcheck's unit for it (the value field's ``unitField``), and the provider's raw response is
kept beside the table (``x-raw``), with the query URL (``sources[0]``), the retrieved date and
the provider's own last-updated stamp (``x-series``). ``datasets add ID`` and ``datasets refresh``
share :func:`update_series`: nothing is written unless the download parsed, its unit is known
and the table passed the suite; an earlier snapshot (table and raw response) is kept under
``snapshots/`` and listed in ``x-snapshots``, so ``as_published`` and ``recheck`` work on series.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests_cache

from figcheck.data.catalog import Dataset, Field, parse_snapshot, safe_path
from figcheck.data.fetch import Download, Fault, FetchError, FetchSettings, download, remember
from figcheck.data.integrity import check_suite
from figcheck.data.observations import ProviderSeries, SeriesError, normalise_period
from figcheck.data.providers import PROVIDERS
from figcheck.data.refresh import (
    RefreshOutcome,
    RefreshStatus,
    archive_snapshot,
    reread,
    write_target,
)
from figcheck.data.revisions import Revision, compare_snapshots
from figcheck.data.series_ids import SeriesId, parse_series_id
from figcheck.data.snapshots import write_new_folder
from figcheck.data.suites import generate_suite
from figcheck.data.unit_rules import SeriesUnit, unit_of
from figcheck.errors import CatalogError, FigcheckError
from figcheck.storage.atomic import json_bytes, replace_together, write_bytes
from figcheck.storage.outfolder import output_lock

__all__ = [
    "SERIES_FIELDS",
    "SeriesAdded",
    "add_series",
    "check_periods",
    "desk_period",
    "read_series_id",
    "refresh_series",
]

SERIES_FIELDS = (
    Field("period", "string"),
    Field("value", "number", unit_field="unit"),
    Field("unit", "string"),
    Field("provider_unit", "string"),
    Field("unit_multiplier", "integer"),
    Field("obs_status", "string"),
)
DATA = "data.csv"


@dataclass(frozen=True)
class SeriesAdded:
    """What ``datasets add ID`` made: where, how many periods, which unit and why."""

    series: SeriesId
    folder: Path
    outcome: RefreshOutcome
    parsed: ProviderSeries | None = None
    unit: SeriesUnit | None = None


def read_series_id(text: str) -> SeriesId:
    return parse_series_id(text, tuple(PROVIDERS))


def check_periods(parsed: ProviderSeries) -> None:
    """A period given twice (``2009`` and ``2009-A1`` both read as 2009) leaves the figure of
    that period unknown: refused, naming the series and both figures."""
    seen: dict[str, float] = {}
    for obs in parsed.observations:
        if obs.period in seen:
            raise SeriesError(
                parsed.series,
                Fault.SCHEMA,
                f"the response gives period {obs.period} twice ({seen[obs.period]!r} and "
                f"{obs.value!r})",
                hint="ask for one series only (a key without wildcards)",
            )
        seen[obs.period] = obs.value


#: Frequency codes (SDMX CL_FREQ, the World Bank's A/Q/M) whose periods a date can name.
_BY_DATE = {"A", "Q", "M", "D", "B", "W"}
_DAY_TEXT = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def series_frequency(series: SeriesId) -> str | None:
    """The frequency code an id states (``A`` in ``WB/WDI/A-…``, ``M`` in ``ECB/EXR/M.…``),
    or None when the id does not say (FRED, the OECD's keys)."""
    if series.provider == "WB":
        head = series.series.split("-", 1)[0]
    elif series.provider in ("FRED", "OECD"):
        return None
    else:
        head = series.series.split(".", 1)[0]
    return head.upper() if head.upper() in _BY_DATE else None


def desk_period(text: str, series: SeriesId) -> str | dict[str, list[str]]:
    """A desk's ``period`` in the snapshot's spelling: ``2009M01``, ``2009-01`` and
    ``2009-01-01`` name the month 2009-01 of a monthly series, ``2009Q1`` and ``2009-Q1`` a
    quarter, ``2009`` a year. A first-of-month date names that day of a daily series, the
    month of a monthly one (the quarter, the year, when it starts one), and, when the id does
    not state its frequency, any of these (``{in: [...]}``: a snapshot has one frequency, so at
    most one matches). Text that is no period is kept, so the lookup reports it unmatched."""
    text = text.strip()
    day = _DAY_TEXT.fullmatch(text)
    if day is None:
        return normalise_period(text) or text
    year, month, dom = day[1], int(day[2]), day[3]
    if dom != "01" or not 1 <= month <= 12:
        return text
    month_text = f"{year}-{month:02d}"
    quarter = f"{year}-Q{(month - 1) // 3 + 1}" if month in (1, 4, 7, 10) else None
    year_text = year if month == 1 else None
    frequency = series_frequency(series)
    by_frequency = {"M": month_text, "Q": quarter, "A": year_text}
    if frequency in ("D", "B", "W"):
        return text
    if frequency in by_frequency:
        return by_frequency[frequency] or text
    return {"in": [p for p in (text, month_text, quarter, year_text) if p]}


def add_series(
    text: str,
    into: Path,
    session: requests_cache.CachedSession,
    settings: FetchSettings,
    *,
    unit: str | None,
    cache_dir: Path | None,
    today: dt.date,
    name: str | None = None,
    replace: bool = False,
) -> SeriesAdded:
    """Make (or, when it exists, update) the snapshot of series ``text`` under ``into``;
    ``replace``: a new snapshot replaces whatever dataset the folder held (``--overwrite``)."""
    series = read_series_id(text)
    folder = into / (name or series.dataset_name())
    existing = folder / "datapackage.json"
    if existing.is_file() and not replace:
        from figcheck.data.catalog import describe_dataset

        dataset = describe_dataset(existing)
        recorded = (dataset.descriptor.get("x-series") or {}).get("id")
        if recorded != str(series):
            raise CatalogError(
                f"{folder} already holds {recorded or 'a dataset that is not a series'}",
                hint="choose another --name or --into",
            )
    else:
        dataset = _new_dataset(folder, name or series.dataset_name())
    return update_series(
        dataset, series, session, settings, unit=unit, cache_dir=cache_dir, today=today,
        replace=replace,
    )  # fmt: skip


def refresh_series(
    dataset: Dataset,
    session: requests_cache.CachedSession,
    settings: FetchSettings,
    *,
    cache_dir: Path | None,
    today: dt.date,
) -> RefreshOutcome:
    """``datasets refresh`` for a series snapshot (its id and any given unit as recorded)."""
    meta = dataset.descriptor.get("x-series") or {}
    try:
        series = read_series_id(str(meta.get("id", "")))
    except FigcheckError as exc:
        return _failed(dataset.name, Fault.SCHEMA, f"x-series.id: {exc}")
    given = meta.get("unitGiven")
    return update_series(
        dataset,
        series,
        session,
        settings,
        unit=given if isinstance(given, str) else None,
        cache_dir=cache_dir,
        today=today,
    ).outcome


def update_series(
    dataset: Dataset,
    series: SeriesId,
    session: requests_cache.CachedSession,
    settings: FetchSettings,
    *,
    unit: str | None,
    cache_dir: Path | None,
    today: dt.date,
    replace: bool = False,
) -> SeriesAdded:
    """Download, parse, set the unit, validate; write only if all passed. Never raises for a
    bad download: the outcome says what failed, naming the series."""
    provider = PROVIDERS[series.provider]
    base = settings.base_urls.get(series.provider, provider.default_base)
    name = dataset.name
    try:
        url = provider.query_url(series, base)
        published_url = provider.query_url(series, provider.default_base)
        fetched = download(session, url, settings)
        parsed = provider.parse(fetched.body, series)
        check_periods(parsed)
        found = unit_of(parsed, unit)
    except FetchError as exc:
        text = str(exc) if str(series) in str(exc) else f"series {series}: {exc}"
        return SeriesAdded(series, dataset.folder, _failed(name, exc.fault, text))
    body = normalised_table(parsed, found)
    try:
        frame = parse_snapshot(dataset, body)
    except CatalogError as exc:
        return SeriesAdded(series, dataset.folder, _failed(name, Fault.SCHEMA, str(exc)))
    sha = hashlib.sha256(body).hexdigest()
    types = {item.name: item.type for item in dataset.fields}
    suite = generate_suite(name, frame, types, ["period"])
    if not replace and dataset.suite_path.is_file():
        try:
            outcome = check_suite(dataset.suite_path, frame, sha, cache_dir)
        except CatalogError as exc:
            return SeriesAdded(series, dataset.folder, _failed(name, Fault.SUITE, str(exc)))
        if outcome.success is False:
            return SeriesAdded(
                series,
                dataset.folder,
                _failed(
                    name,
                    Fault.SUITE,
                    f"series {series}: the download fails its integrity suite: "
                    f"{outcome.failed_on()}",
                ),
            )
    remember(session, fetched)
    try:
        with output_lock(dataset.folder.parent):  # re-entrant: an add already holds it
            if not replace and (dataset.folder / "datapackage.json").is_file():
                dataset = reread(dataset)  # a concurrent refresh's snapshot is built upon
            descriptor = _descriptor(
                dataset, series, parsed, found, published_url, sha, fetched, today
            )
            result = _write(
                dataset, descriptor, body, fetched.body, frame, sha, suite, today, replace
            )
    except CatalogError as exc:  # a symbolic link where the snapshot's files go
        result = _failed(name, Fault.WRITE, f"refusing to write the snapshot of {series}: {exc}")
    except OSError as exc:
        result = _failed(name, Fault.WRITE, f"cannot write the snapshot of {series}: {exc}")
    return SeriesAdded(series, dataset.folder, result, parsed, found)


def normalised_table(parsed: ProviderSeries, unit: SeriesUnit) -> bytes:
    """The snapshot's CSV: one row per period, values shifted to base units exactly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([item.name for item in SERIES_FIELDS])
    for obs in parsed.observations:
        value = Decimal(repr(obs.value)).scaleb(unit.multiplier)
        writer.writerow(
            [obs.period, _plain(value), unit.unit, unit.provider_unit, unit.multiplier, obs.status]
        )
    return out.getvalue().encode("utf-8")


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _new_dataset(folder: Path, name: str) -> Dataset:
    return Dataset(
        name, folder, {}, path=folder / DATA, fields=list(SERIES_FIELDS), primary_key=["period"]
    )


def _raw_name(body: bytes, provider: str) -> str:
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return "raw.json"
    if head == b"<":
        return "raw.xml"
    return "raw.csv" if provider == "FRED" else "raw.txt"


def _descriptor(
    dataset: Dataset,
    series: SeriesId,
    parsed: ProviderSeries,
    unit: SeriesUnit,
    url: str,
    sha: str,
    fetched: Download,
    today: dt.date,
) -> dict[str, Any]:
    provider = PROVIDERS[series.provider]
    descriptor = copy.deepcopy(dataset.descriptor) if dataset.descriptor else {}
    previous = (descriptor.get("resources") or [{}])[0]
    descriptor.update(
        {
            "name": dataset.name,
            "title": f"{parsed.title} ({series})",
            "x-series": {
                "id": str(series),
                "provider": series.provider,
                "dataset": series.dataset,
                "series": series.series,
                "query": url,
                "lastUpdated": parsed.last_updated,
                "lastUpdatedFrom": parsed.last_updated_from,
                "unitRule": unit.rule,
                **({"unitGiven": unit.provider_unit} if unit.rule == "given with --unit" else {}),
            },
        }
    )
    resource: dict[str, Any] = {
        "name": dataset.name,
        "path": DATA,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "hash": f"sha256:{sha}",
        "retrieved": today.isoformat(),
        "sources": [{"title": f"{provider.title}, series {series}", "path": url}],
        "schema": {
            "fields": [_field_json(item, parsed.title) for item in SERIES_FIELDS],
            "primaryKey": ["period"],
        },
        "x-raw": {
            "path": _raw_name(fetched.body, series.provider),
            "hash": f"sha256:{hashlib.sha256(fetched.body).hexdigest()}",
        },
    }
    if previous.get("x-snapshots"):
        resource["x-snapshots"] = previous["x-snapshots"]
    descriptor["resources"] = [resource]
    return descriptor


def _field_json(item: Field, title: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": item.name, "type": item.type}
    if item.unit_field:
        out.update(unitField=item.unit_field, title=title)
    return out


def _write(
    dataset: Dataset,
    descriptor: dict[str, Any],
    body: bytes,
    raw: bytes,
    frame: Any,
    sha: str,
    suite: dict[str, Any],
    today: dt.date,
    replace: bool = False,
) -> RefreshOutcome:
    folder = dataset.folder
    raw_name = descriptor["resources"][0]["x-raw"]["path"]
    new_folder = replace or not (folder / "datapackage.json").is_file()
    # a refresh writes only real files inside the folder: never through a symbolic link
    data_path = folder / DATA if new_folder else write_target(folder, Path(DATA))
    old = None if new_folder or not data_path.is_file() else data_path.read_bytes()
    old_sha = hashlib.sha256(old).hexdigest() if old is not None else None
    declared = (dataset.declared_hash or "").removeprefix("sha256:")
    if old_sha == sha and declared == sha:
        return RefreshOutcome(
            dataset.name,
            RefreshStatus.UNCHANGED,
            f"same data as the snapshot retrieved {dataset.retrieved} ({sha[:12]})",
            sha256=sha,
        )
    revision = Revision(len(frame), 0, 0)
    resource = descriptor["resources"][0]
    if old is not None and old_sha == declared:
        try:
            revision = compare_snapshots(parse_snapshot(dataset, old), frame, ["period"])
        except CatalogError:
            revision = Revision(len(frame), 0, 0, ("the old snapshot no longer matched",))
        resource["x-snapshots"] = [
            *(resource.get("x-snapshots") or []),
            _archive(dataset, old, old_sha, today),
        ]
    if new_folder:
        files: dict[str, bytes | dict[str, Any]] = {
            "expectations.json": suite,
            raw_name: raw,
            DATA: body,
            "datapackage.json": descriptor,
        }
        write_new_folder(folder, files, replace=replace)
    else:
        raw_path = write_target(folder, Path(raw_name))
        descriptor_path = write_target(folder, Path("datapackage.json"))
        replace_together(
            [(raw_path, raw), (data_path, body), (descriptor_path, json_bytes(descriptor))]
        )
    return RefreshOutcome(
        dataset.name,
        RefreshStatus.UPDATED,
        f"{revision.describe()}; snapshot {sha[:12]}",
        revision=revision,
        sha256=sha,
    )


def _archive(dataset: Dataset, old: bytes, old_sha: str, today: dt.date) -> dict[str, Any]:
    """Keep the old table and the old raw response under ``snapshots/``."""
    entry = archive_snapshot(dataset, old, old_sha, today, ".csv")
    stem = entry["path"].removesuffix(".csv")
    raw = (dataset.descriptor.get("resources") or [{}])[0].get("x-raw") or {}
    if raw.get("path"):
        try:
            old_raw = safe_path(dataset.folder, raw["path"])
        except CatalogError:
            return entry
        if old_raw.is_file() and not old_raw.is_symlink():
            kept = f"{stem}.{old_raw.name}"
            write_bytes(write_target(dataset.folder, Path(kept)), old_raw.read_bytes())
            entry["raw"] = kept
    return entry


def _failed(name: str, fault: Fault, detail: str) -> RefreshOutcome:
    return RefreshOutcome(name, RefreshStatus.FAILED, f"{detail}; nothing was written", fault)
