"""Composition: load desks and catalogs, vet datasets (hash, suite), run the engine, report."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pandas as pd

from figcheck import __version__
from figcheck.check.as_published import pin_to_publication, pinned_rows
from figcheck.check.baseline import NEWS, Comparison, compare, read_baseline
from figcheck.check.engine import check_claims
from figcheck.check.fx import FX_DATASET, FxRates
from figcheck.check.lookups import DatasetUnavailable, DatasetView
from figcheck.data.catalog import (
    VINTAGE_MARK,
    Catalog,
    Dataset,
    Vintage,
    VintageState,
    discover_catalog,
)
from figcheck.data.inventory import DatasetStatus, SuiteRun, vet
from figcheck.data.series_ids import SERIES_PREFIX
from figcheck.errors import CatalogError, InputError, UnitError
from figcheck.inputs.desks import DESK_SUFFIXES, discover, load_desks, read_article
from figcheck.limits import quoted
from figcheck.model.claims import Desk, Source
from figcheck.model.units import parse_unit, unit_key
from figcheck.model.verdicts import BAD, Verdict

if TYPE_CHECKING:
    from figcheck.draft.coverage import Coverage

#: What a pinned claim's report also says about today's data.
TODAY_COLUMNS = ("verdict", "reference_value", "deviation", "dataset", "message")

__all__ = ["CatalogAccess", "Report", "ResultSink", "Settings", "Spooled", "run_check"]


@dataclass(frozen=True)
class Settings:
    """Everything a run needs from the outside world, decided once by the CLI."""

    catalogs: tuple[Path, ...]
    cache_dir: Path | None = None
    now: dt.datetime | None = None
    baseline: Path | None = None  # an earlier report.json: report and fail only on changes
    #: Folders where an article named by ``source.text`` is looked for (by its file name) when it
    #: is not beside its desk: the seed articles are not redistributed with figcheck.
    articles: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Spooled:
    """Where a chunked run put its results (:mod:`figcheck.chunked`): every result in files
    written chunk by chunk, and each gap report.html's overview shows (as the cards give it:
    reports.display.shown_gaps) with its verdict."""

    count: int
    json_lines: Path | None  # report.json's results, compact, separated by ",\n"
    parquet: Path | None  # report.parquet's rows
    deviation: np.ndarray
    verdict: np.ndarray  # int8: the index of each verdict in model.verdicts.REPORT_ORDER


class ResultSink(Protocol):
    """Takes a chunked run's results as they are checked (reports.spool.ResultSpool)."""

    def begin(self) -> None:
        """Called once, before the first chunk; raises if the formats cannot be streamed."""

    def add(self, part: Report, *, last: bool = False) -> None:
        """One chunk's results (``part.findings``), in input order; ``last``: no chunk follows."""

    def finish(self) -> tuple[pd.DataFrame, Spooled]:
        """The results the md and html reports list, and where all of them went."""


@dataclass
class Report:
    """The outcome of one ``figcheck check`` run; report writers format it, never decide."""

    version: str
    generated: str
    inputs: list[tuple[str, str]]
    datasets: list[DatasetStatus]
    findings: pd.DataFrame
    sources: list[Source]
    summary: dict[str, int] = field(default_factory=dict)
    comparison: Comparison | None = None  # with a baseline
    trend: list[dict[str, Any]] = field(default_factory=list)  # earlier runs' summaries
    notes: list[str] = field(default_factory=list)  # e.g. what a recheck's refresh did
    coverage: list[Coverage] = field(default_factory=list)  # for desks naming source.text
    #: Set for a run checked in chunks: ``findings`` then holds only the results the md and
    #: html reports list (the first of each verdict, the largest discrepancies), in input order.
    spooled: Spooled | None = None
    #: Where the results are when report.json holds only the summary (``--format parquet``).
    results_file: str | None = None

    @property
    def count(self) -> int:
        """How many results (claims) the run has."""
        return self.spooled.count if self.spooled is not None else len(self.findings)

    @property
    def failed(self) -> bool:
        """Any discrepancy or error; with a baseline, any that is new or changed."""
        bad = self.findings["verdict"].isin(BAD).to_numpy()
        if self.comparison is not None:
            bad = bad & np.isin(self.comparison.change, NEWS)
        return bool(bad.any())

    def vintages(self) -> dict[str, str]:
        """Each dataset (or vintage) name used → ``NAME@RETRIEVED``, the snapshot a result was
        judged on (its sha256 is in the report's datasets list, under the dataset's name). A
        claim pinned to the current snapshot names it ``NAME@RETRIEVED`` too."""
        return {name: snapshot for name, (snapshot, _) in self._names().items()}

    def uses(self) -> dict[str, DatasetStatus]:
        """Each dataset (or vintage) name a result may carry → how that dataset fared."""
        return {name: use for name, (_, use) in self._names().items()}

    def _names(self) -> dict[str, tuple[str, DatasetStatus]]:
        names: dict[str, tuple[str, DatasetStatus]] = {}
        for use in self.datasets:
            data = use.dataset
            vintage = Vintage(data.snapshot_of or data.name, VintageState.PUBLISHED, data.retrieved)
            names[data.name] = names[vintage.name] = (vintage.name, use)
            series = data.descriptor.get("x-series")
            if isinstance(series, dict) and isinstance(series.get("id"), str):
                # claims name it ``series:ID`` (pinned: ``series:ID@RETRIEVED``)
                asked = Vintage(
                    SERIES_PREFIX + series["id"], VintageState.PUBLISHED, data.retrieved
                )
                names[asked.name] = (vintage.name, use)
                if data.snapshot_of is None:
                    names[asked.dataset] = (vintage.name, use)
        return names


class CatalogAccess:
    """Hands the engine datasets that passed every check, remembering how each one fared."""

    def __init__(self, catalog: Catalog, cache_dir: Path | None) -> None:
        self.catalog = catalog
        self.cache_dir = cache_dir
        self.uses: dict[str, DatasetStatus] = {}
        self.views: dict[str, DatasetView] = {}
        self.vintages: dict[str, Vintage] = {}
        self._rates: FxRates | None = None

    def pin(self, vintages: dict[str, Vintage]) -> None:
        """Make the names of vintages (claims pinned ``as_published``) known by their values."""
        self.vintages.update(vintages)

    def view(self, name: str) -> DatasetView:
        if name in self.views:
            return self.views[name]
        vintage = self.vintages.get(name)
        dataset = self._dataset(name) if vintage is None else self._vintage(vintage)
        if vintage is not None and dataset.snapshot_of is None and dataset.name != name:
            # pinned to the current snapshot: the dataset itself, vetted and listed once
            self.views[name] = self.view(dataset.name)
            return self.views[name]
        if name in self.uses:  # vetted already, and found unusable
            raise DatasetUnavailable(self.uses[name].problem or name)
        status, loaded = vet(self.catalog, dataset, self.cache_dir, SuiteRun.REUSE)
        why = status.unusable()
        view = None
        if loaded is not None and why is None:
            try:
                view = _view(dataset, loaded.frame)
            except CatalogError as exc:
                why = str(exc)
        if view is None:
            # report.json names the dataset as the claims asked for it
            self.uses[name] = replace(status, problem=f"dataset {name!r}: {why}")
            raise DatasetUnavailable(f"dataset {name!r}: {why}")
        self.uses[name] = status
        self.views[name] = view
        return view

    def _dataset(self, name: str) -> Dataset:
        dataset = self.catalog.get(name)
        if dataset is not None:
            return dataset
        if name.startswith(SERIES_PREFIX) and self.catalog.resolve_series(name) is None:
            raise _no_series(name[len(SERIES_PREFIX) :])
        if VINTAGE_MARK in name:  # NAME@RETRIEVED written in a desk: that snapshot is not kept
            base, date = (self.catalog.resolve_series(name) or name).split(VINTAGE_MARK, 1)
            raise _no_vintage(self.catalog, Vintage(base, VintageState.MISSING, date))
        raise DatasetUnavailable(f"unknown dataset {quoted(name)}", choices=self.catalog.names())

    def _vintage(self, vintage: Vintage) -> Dataset:
        base = vintage.dataset
        if base.startswith(SERIES_PREFIX):
            resolved = self.catalog.resolve_series(base)
            if resolved is None:
                raise _no_series(base[len(SERIES_PREFIX) :])
            base = resolved
        dataset = None
        if vintage.state is VintageState.PUBLISHED and vintage.date is not None:
            dataset = self.catalog.snapshot(base, vintage.date)
        if dataset is None:
            raise _no_vintage(self.catalog, replace(vintage, dataset=base))
        return dataset

    def used(self) -> list[DatasetStatus]:
        """How every dataset asked for so far fared, sorted by name."""
        return [self.uses[name] for name in sorted(self.uses)]

    def fx(self) -> FxRates:
        """The exchange-rate table, vetted like any dataset and built once per run."""
        if self._rates is None:
            self._rates = FxRates(self.view(FX_DATASET).frame)
        return self._rates


def _view(dataset: Dataset, frame: pd.DataFrame) -> DatasetView:
    frame = frame.copy()
    units: dict[str, str | None] = {}
    unit_columns: dict[str, str] = {}
    for item in dataset.fields:
        if item.unit:
            parsed = parse_unit(item.unit)
            units[item.name] = unit_key(parsed.unit)
            if parsed.scale != 1.0:
                frame[item.name] = frame[item.name] * parsed.scale
        elif item.unit_field:
            if dataset.field_named(item.unit_field) is None:
                raise CatalogError(
                    f"field {item.name!r}: unitField {item.unit_field!r} is not a "
                    "field of the schema"
                )
            texts = frame[item.unit_field].fillna("")
            scales: dict[str, float] = {}
            keys: dict[str, str] = {}
            for text in pd.unique(texts):
                try:
                    parsed = parse_unit(str(text))
                except UnitError as exc:
                    raise CatalogError(
                        f"column {item.unit_field!r} holds an unknown unit: {exc}"
                    ) from exc
                except (ArithmeticError, RecursionError) as exc:  # pint's own faults ("USD/0")
                    raise CatalogError(
                        f"column {item.unit_field!r} holds a unit that cannot be evaluated: "
                        f"{str(text)[:80]!r}"
                    ) from exc
                scales[text], keys[text] = parsed.scale, unit_key(parsed.unit)
            frame[item.name] = frame[item.name] * texts.map(scales).to_numpy(dtype=float)
            unit_column = f"__unit__{item.name}"
            frame[unit_column] = texts.map(keys)
            unit_columns[item.name] = unit_column
    return DatasetView(
        name=dataset.name,
        title=dataset.title,
        frame=frame,
        types={item.name: item.type for item in dataset.fields},
        units=units,
        unit_columns=unit_columns,
        value_column=dataset.value_column,
        label={item.name: item.title for item in dataset.fields if item.title},
        cite_columns=[name for name in dataset.cite_fields if dataset.field_named(name)],
    )


def run_check(paths: list[Path], settings: Settings, sink: ResultSink | None = None) -> Report:
    """Load every desk under ``paths``, check all claims, and return the report.

    With a ``sink``, a run with a claims table of more than one chunk is checked a chunk at a
    time and its results streamed into the sink (:mod:`figcheck.chunked`), so memory is bounded
    by the chunk; without one, or with a baseline (compared as a whole), everything is in memory.
    """
    baseline = read_baseline(settings.baseline) if settings.baseline else None
    if sink is not None and baseline is None:
        from figcheck.chunked import check_in_chunks, needs_chunks

        found = discover_paths(paths)
        if needs_chunks(found):
            catalog = discover_catalog(list(settings.catalogs))
            return check_in_chunks(found, catalog, settings, sink)
    desk = load_desks(paths)
    catalog = discover_catalog(list(settings.catalogs))
    return check_desk(desk, catalog, settings, baseline)


def discover_paths(paths: list[Path]) -> list[Path]:
    """Every desk file and claims table under ``paths``, in the order they are checked."""
    found = discover(paths)
    if not found:
        where = ", ".join(str(p) for p in paths)
        raise InputError(f"no desk files ({', '.join(DESK_SUFFIXES)}) under {where}")
    return found


def _no_series(series: str) -> DatasetUnavailable:
    return DatasetUnavailable(
        f"no snapshot of series {series}: run `figcheck datasets add {series}` "
        "(check never goes online)"
    )


def _no_vintage(catalog: Catalog, vintage: Vintage) -> DatasetUnavailable:
    base, date = vintage.dataset, vintage.date
    dates = catalog.vintage_dates(base)
    if not dates:
        known = catalog.datasets.get(base)
        if known is not None and known.problem:  # defined twice, or an unreadable descriptor
            return DatasetUnavailable(f"dataset {base!r}: {known.problem}")
        return DatasetUnavailable(f"unknown dataset {quoted(base)}", choices=catalog.names())
    if date is None:
        why = "the article has no published date (source.published) to pick a snapshot by"
    else:
        why = (
            f"no snapshot of {base} from on or before {date} is kept (the oldest is from "
            f"{dates[0]}), so it cannot be judged as published"
        )
    return DatasetUnavailable(why, status="unverifiable")


def check_desk(
    desk: Desk, catalog: Catalog, settings: Settings, baseline: dict[str, Any] | None = None
) -> Report:
    """Check an already loaded desk against a catalog.

    Claims pinned ``as_published`` are judged on the snapshots of their article's date; their
    verdict as of today (current snapshots) is kept beside it in the ``today_*`` columns.
    """
    access = CatalogAccess(catalog, settings.cache_dir)
    findings = check_part(desk, catalog, access)
    summary = count_verdicts(findings)
    now = settings.now or dt.datetime.now(dt.UTC)
    uses = access.used()
    comparison = None
    if baseline is not None:
        used = {use.dataset.name: (use.sha256, use.dataset.retrieved) for use in uses}
        unusable = {use.dataset.name: why for use in uses if (why := use.unusable())}
        comparison = compare(findings, baseline, used, desk.inputs, unusable)
    return Report(
        version=__version__,
        generated=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        inputs=desk.inputs,
        datasets=uses,
        findings=findings,
        sources=desk.sources,
        summary=summary,
        comparison=comparison,
        coverage=article_coverage(desk.sources, findings, settings.articles),
    )


def check_part(desk: Desk, catalog: Catalog, access: CatalogAccess) -> pd.DataFrame:
    """The findings of one desk (or one chunk of a run); pinned claims are checked twice."""
    pinned = pinned_rows(desk)
    if not len(pinned):
        return check_claims(desk, access, access.fx)
    pinned_desk, vintages = pin_to_publication(desk, pinned, catalog)
    access.pin(vintages)
    findings = check_claims(pinned_desk, access, access.fx)
    today = check_claims(desk, access, access.fx).iloc[pinned]
    for column in TODAY_COLUMNS:
        findings[f"today_{column}"] = None
        findings.loc[findings.index[pinned], f"today_{column}"] = today[column].to_numpy()
    return findings


def count_verdicts(findings: pd.DataFrame) -> dict[str, int]:
    """How many results have each verdict (report.json ``summary``)."""
    counts = findings["verdict"].value_counts()
    return {verdict.value: int(counts.get(verdict.value, 0)) for verdict in Verdict}


def find_article(
    desk_folder: Path, text: str, articles: Sequence[Path], outside: str | None
) -> Path | None:
    """``source.text`` relative to its desk (unless ``outside``, the reason it may not be read
    there: :func:`outside_folder`), else its file name in the first articles folder that holds
    it; None when no such path exists."""
    if _UNREADABLE_NAME.search(text):
        return None  # a NUL or control character names no file
    beside: tuple[Path, ...] = () if outside else (desk_folder / text,)
    for candidate in (*beside, *(folder / Path(text).name for folder in articles)):
        if candidate.exists():
            return candidate
    return None


#: Characters no file name of an article holds (a NUL stops the OS call with an error).
_UNREADABLE_NAME = re.compile(r"[\x00-\x1f\x7f]")


def outside_folder(desk_folder: Path, text: str) -> str | None:
    """Why ``source.text`` is not read beside its desk — a control character, an absolute
    path, or one that leaves the desk's project (the desk's folder and the folder above it:
    ``../../secret.txt``, a symbolic link out): a desk could name any file on disk, and the
    report lists the article's unrecorded numbers with their words — or None. The folder above
    is the project's: a desk in ``desks/`` names its article ``../articles/a.txt``, as
    ``figcheck extract`` writes it. The working directory plays no part (a scheduled run from
    ``/`` or ``$HOME`` would open everything beneath it)."""
    where = "outside the desk's folder and the folder above it"
    if _UNREADABLE_NAME.search(text):
        return f"source.text: {text!r} holds a control character"
    if Path(text).is_absolute():
        return f"source.text: {text!r} is an absolute path, {where}"
    folder = desk_folder.resolve()
    target = (desk_folder / text).resolve()
    if not target.is_relative_to(folder.parent if folder.parent != folder else folder):
        return f"source.text: {text!r} is {where}"
    return None


def article_coverage(
    sources: list[Source], findings: pd.DataFrame, articles: Sequence[Path] = ()
) -> list[Coverage]:
    """For each article whose desk names its text: numbers found, recorded, checked."""
    if not any(source.text for source in sources):
        return []
    # The extractor is imported only for a desk that names its article's text.
    from figcheck.draft.coverage import Coverage, measure_coverage
    from figcheck.draft.extract import extract_mentions

    out = []
    for index, source in enumerate(sources):
        if not source.text:
            continue
        folder = Path(source.path).parent
        outside = outside_folder(folder, source.text)
        try:
            path = find_article(folder, source.text, articles, outside)
        except OSError as exc:  # hostile33: a name too long for the file system stopped the run
            why = f"source.text: {exc.strerror or exc}"
            out.append(Coverage.unreadable(source.path, source.text, why))
            continue
        if path is None:
            if outside:
                why = (f"{outside}; it is not read: put the article beside the desk, or give "
                       "its folder with --articles DIR")  # fmt: skip
                out.append(Coverage.unreadable(source.path, source.text, why))
            else:
                out.append(Coverage.not_available(source.path, source.text))
            continue
        claims = findings[findings["source"].astype("int64") == index]
        try:
            mentions = extract_mentions(read_article(path))
        except InputError as exc:
            out.append(Coverage.unreadable(source.path, source.text, str(exc)))
            continue
        out.append(measure_coverage(source.path, source.text, mentions, claims))
    return out
