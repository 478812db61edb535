"""report.html: one self-contained page (inline CSS, SVG and script) an editor would rather look at.

Every text from a desk or a dataset is escaped by Jinja2's autoescaping; links are kept only for
http(s) addresses; a Content-Security-Policy allows no request at all and only the page's own
script (by hash), so even a text that slipped through could neither run nor call out.

Large reports stay usable: the first :data:`FULL_UP_TO` claims (discrepancies first) are shown in
full, with a number line for the first :data:`PLOTS_UP_TO`; the rest are rows of a table, up to
:data:`ROWS_UP_TO` claims; beyond that they are counted (every claim is in report.json).
"""

from __future__ import annotations

import base64
import hashlib
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from jinja2 import Environment
from markupsafe import Markup

from figcheck.check.dataset_lists import names_in
from figcheck.check.findings import format_amounts, gap_beside, missed_bound, points_gap
from figcheck.model.changes import ChangeKind
from figcheck.model.verdicts import REPORT_ORDER, WORDS, Verdict
from figcheck.reports.display import (
    BARS_UP_TO,
    ROWS_UP_TO,
    change_kind,
    display_order,
    is_rank,
    safe_url,
    shown_gaps,
)
from figcheck.reports.plots import (
    Bar,
    deviation_bars,
    deviation_histogram,
    number_line,
    trend_chart,
    verdict_strip,
)

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = [
    "FULL_UP_TO",
    "PLOTS_UP_TO",
    "render_html",
    "safe_url",
    "write_html",
]

FULL_UP_TO = 2_000
PLOTS_UP_TO = 500


@dataclass(frozen=True)
class Provenance:
    name: str
    title: str
    url: str | None
    retrieved: str
    hash: str


def write_html(report: Report, out: IO[str]) -> None:
    out.write(render_html(report))


def render_html(report: Report) -> str:
    findings = report.findings
    shown = display_order(findings, ROWS_UP_TO)
    datasets = {use.dataset.name: use for use in report.datasets}
    full, rest = shown.iloc[:FULL_UP_TO], shown.iloc[FULL_UP_TO:]
    changes = _change_views(report)
    claims = _claim_views(full, datasets, PLOTS_UP_TO, changes["by_row"] if changes else {})
    summary = report.summary
    total = int(sum(summary.values()))
    # the gap each card gives, the data against the article (not report.json's deviation)
    deviation = shown_gaps(findings)
    finite = np.isfinite(deviation)
    n_plotted = int(finite.sum())
    spooled = report.spooled  # a chunked run: findings holds only the listed results
    if spooled is not None:
        n_plotted = len(spooled.deviation)
    if n_plotted <= BARS_UP_TO:
        plotted = findings[finite]
        bars = [
            Bar(str(i), str(v), float(d))
            for i, v, d in zip(plotted["id"], plotted["verdict"], deviation[finite], strict=True)
        ]
        overview = deviation_bars(bars)
        caption = (
            "Each bar is one claim: how much higher (right) or lower (left) the data are than "
            "the article's figure, as its card says, coloured by verdict."
        )
    elif spooled is not None:
        names = np.asarray(REPORT_ORDER, dtype=object)[spooled.verdict]
        overview = deviation_histogram(spooled.deviation, names)
        caption = "Claims counted by how far the data are from the article's figure."
    else:
        verdicts = findings["verdict"].to_numpy(dtype=object)[finite]
        overview = deviation_histogram(deviation[finite], verdicts)
        caption = "Claims counted by how far the data are from the article's figure."
    missing = total - n_plotted
    if missing:
        plural = "" if missing == 1 else "s"
        caption += (
            f" {missing} claim{plural} without a gap to show (no reference value, or a rank) "
            "are not shown."
        )
    template, css, script = _assets()
    headline = ", ".join(f"{summary.get(v, 0)} {WORDS[v].label}" for v in REPORT_ORDER)
    page: str = template.render(
        version=report.version,
        generated=report.generated,
        headline=headline,
        total=total,
        sources=[_source(s) for s in report.sources],
        verdicts=[
            {"key": v, "count": summary.get(v, 0), "label": WORDS[v].label} for v in REPORT_ORDER
        ],
        strip=Markup(verdict_strip({v: summary.get(v, 0) for v in REPORT_ORDER})),
        overview=Markup(overview),
        overview_caption=caption,
        claims=claims,
        rest=[
            {"id": i, "verdict": v, "verdict_words": _sentence(v), "message": m}
            for i, v, m in zip(rest["id"], rest["verdict"], rest["message"], strict=True)
        ],
        unlisted=max(0, report.count - ROWS_UP_TO),
        results_file=report.results_file or "report.json",
        datasets=[_dataset(use) for use in report.datasets],
        inputs=report.inputs,
        changes=changes,
        trend=Markup(
            trend_chart([(t.get("generated", ""), t.get("summary", {})) for t in report.trend])
        ),
        notes=report.notes,
        coverage=report.coverage,
        css=Markup(css),
        script=Markup(script),
        script_hash="sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode(),
    )
    return page


@cache
def _assets() -> tuple[Any, str, str]:
    folder = files("figcheck.reports") / "assets"
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string((folder / "report.html.j2").read_text(encoding="utf-8"))
    css = (folder / "report.css").read_text(encoding="utf-8")
    script = (folder / "report.js").read_text(encoding="utf-8")
    return template, css, script


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value)


def _change_views(report: Report) -> dict[str, Any] | None:
    comparison = report.comparison
    if comparison is None:
        return None
    ids = [str(i) for i in report.findings["id"]]
    by_row = {
        i: (str(c), d) for i, c, d in zip(ids, comparison.change, comparison.detail, strict=True)
    }
    listed = [
        {"id": i, "detail": by_row[i][1] or f"new claim, {v}"}
        for i, v in zip(ids, report.findings["verdict"], strict=True)
        if by_row[i][0] == "changed" or (by_row[i][0] == "new" and v in ("discrepancy", "error"))
    ]
    listed += [
        {"id": item.get("id"), "detail": f"removed (was {item.get('verdict')})"}
        for item in comparison.removed
    ]
    return {
        "since": comparison.baseline_generated or "the baseline",
        "counts": comparison.counts(),
        "listed": listed,
        "by_row": by_row,
    }


def _claim_views(
    findings: pd.DataFrame,
    datasets: dict[str, Any],
    plots_up_to: int,
    changes: dict[str, tuple[str, Any]],
) -> list[dict[str, Any]]:
    words = _amount_words(findings)
    views = []
    has_today = "today_verdict" in findings.columns
    records: Any = findings.itertuples(index=False)
    for position, record in enumerate(records):
        claimed_text, low_text, high_text, ref_text = words[position]
        verdict = str(record.verdict)
        names = list(names_in(record.dataset))
        plot = ""
        if position < plots_up_to and verdict != "error":
            plot = number_line(
                claimed=_number(record.claimed_value),
                low=_number(record.expected_min),
                high=_number(record.expected_max),
                reference=_number(record.reference_value),
                claimed_text=claimed_text,
                range_text=_range_words(low_text, high_text),
                reference_text=ref_text,
                verdict=verdict,
            )
        views.append(
            {
                "id": record.id,
                "file": record.file,
                "line": record.line,
                "quote": _text(record.quote),
                "verdict": verdict,
                "verdict_words": _sentence(verdict),
                "message": _text(record.message),
                "deviation_words": ""
                if is_rank(record.shape)
                else _deviation_words(
                    _number(record.claimed_value),
                    _number(record.reference_value),
                    record.unit if isinstance(record.unit, str) else None,
                    names,
                    datasets,
                    _bound(record, verdict),
                    fall=change_kind(record.shape) not in (None, ChangeKind.RATIO),
                ),
                "plot": Markup(plot),
                "detail": _text(record.reference_detail),
                "note": _text(record.note),
                "fx": _fx_words(record),
                "provenance": [_provenance(datasets[n]) for n in names if n in datasets],
                "change": changes.get(str(record.id), ("", None))[0],
                "change_detail": _text(changes.get(str(record.id), ("", None))[1]),
                "today": _today_words(record) if has_today else "",
            }
        )
    return views


def _amount_words(findings: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """Claimed, low, high and reference values in words, formatted per unit (vectorised)."""
    out: list[tuple[str, str, str, str]] = [("", "", "", "")] * len(findings)
    units = findings["unit"].astype(object).where(findings["unit"].notna(), None)
    for unit in pd.unique(units):
        same = units.isna() if unit is None else units == unit
        rows = np.flatnonzero(same.to_numpy(dtype=bool))
        columns = [
            format_amounts(
                findings[c].to_numpy(dtype=float)[rows], unit, exact=c.startswith("expected_")
            )
            for c in ("claimed_value", "expected_min", "expected_max", "reference_value")
        ]
        for k, row in enumerate(rows):
            out[row] = tuple(_text(c[k]) for c in columns)  # type: ignore[assignment]
    return out


def _number(value: Any) -> float | None:
    number = float(value) if value is not None and pd.notna(value) else None
    return number if number is not None and math.isfinite(number) else None


def _range_words(low: str, high: str) -> str:
    if low and high:
        return low if low == high else f"{low} to {high}"
    if low:
        return f"at least {low}"
    if high:
        return f"at most {high}"
    return "any value"


def _deviation_words(
    claimed: float | None,
    reference: float | None,
    unit: str | None,
    names: list[str],
    datasets: dict[str, Any],
    bound: float = math.nan,
    *,
    fall: bool = False,
) -> str:
    """ "The figure from INEGI … is 16.2% higher than the article's"; "The data are 15.7 times
    as much as the article's": the data against the article's figure, the direction the message
    gives the same gap in ("gives 2,904 people, 16.2% higher"; editor26: the card said "13.9%
    lower than the figure from …", the article against the data, beside it), by the rule the
    messages use (:func:`~figcheck.check.findings.gap`); a figure in percent in points first
    ("0.45 percentage points lower than the article's (30% in relative terms)"). report.json's
    ``deviation`` keeps its documented direction, (claimed − reference) / |reference|. The
    percentage has the decimals the message gives it beside the ``bound`` it misses."""
    if claimed is None or reference is None:
        return ""
    titles = [datasets[n].dataset.title for n in names if n in datasets]
    what = f"the figure from {titles[0]} is" if len(titles) == 1 else "the data are"
    subject = f"the figure from {titles[0]} is" if len(titles) == 1 else "the data is"
    if fall and claimed < 0 and reference < 0:
        # a fall is said by its size, as the message says it ("a fall of about 20%; … fell
        # 4.579%"): review27: the card said the data were "15.4 percentage points higher"
        claimed, reference, bound = -claimed, -reference, -bound
        what = f"the fall in {subject}"
    elif fall and claimed > 0 and reference > 0:
        # a rise in the same form (mends30: "The figure from … is 0.19 percentage points
        # higher" beside a fall's "The fall in the figure from …")
        what = f"the rise in {subject}"
    found = gap_beside(reference, claimed, bound)
    if found is None:
        return ""
    points = points_gap(reference, claimed, unit)
    text = (
        f"{what} {points[0]} than the article's ({points[1]})"
        if points
        else f"{what} {found.words} {found.joiner} the article's"
    )
    return text[:1].upper() + text[1:]


def _bound(record: Any, verdict: str) -> float:
    """The end of a discrepancy's range its reference misses (NaN: none), as its message
    says the gap beside it."""
    reference = _number(record.reference_value)
    if verdict != "discrepancy" or reference is None:
        return math.nan
    low, high = _number(record.expected_min), _number(record.expected_max)
    return missed_bound(
        reference, -math.inf if low is None else low, math.inf if high is None else high
    )


def _sentence(verdict: str) -> str:
    """A verdict as a sentence ("Holds"); an unknown word as it is."""
    return WORDS[Verdict(verdict)].sentence if verdict in set(Verdict) else verdict


def _today_words(record: Any) -> str:
    verdict = record.today_verdict
    if not isinstance(verdict, str):
        return ""
    return f"{_sentence(verdict)}: {_text(record.today_message)}"


def _fx_words(record: Any) -> str:
    if not isinstance(record.fx_pair, str) or not record.fx_pair:
        return ""
    date = pd.Timestamp(record.fx_date).strftime("%Y-%m-%d") if pd.notna(record.fx_date) else "?"
    return f"at {float(record.fx_rate):.4g} {record.fx_pair} (ECB reference rate of {date})"


def _provenance(use: Any) -> Provenance:
    dataset = use.dataset
    return Provenance(
        dataset.name,
        dataset.title,
        safe_url(dataset.source_url),
        dataset.retrieved or "?",
        (use.sha256 or "")[:12],
    )


def _dataset(use: Any) -> dict[str, Any]:
    dataset = use.dataset
    if use.problem:
        integrity = f"unusable: {use.problem}"
    elif use.suite is None or use.suite.success is None:
        integrity = "no integrity suite"
    else:
        integrity = use.suite.describe()
    return {
        "name": dataset.name,
        "title": dataset.title,
        "url": safe_url(dataset.source_url),
        "retrieved": dataset.retrieved or "?",
        "hash": (use.sha256 or "")[:12],
        "integrity": integrity,
    }


def _source(source: Any) -> dict[str, Any]:
    return {
        "title": source.title,
        "path": source.path,
        "url": safe_url(source.url),
        "published": source.published,
    }
