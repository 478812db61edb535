"""Inline SVG charts for the HTML report: a number line per claim and an overview of deviations.

Pure functions from numbers and labels to SVG text. Every piece of text is escaped here; the
charts load nothing and carry a text alternative (``role="img"`` with ``aria-label``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from figcheck.check.findings import MINUS, signed
from figcheck.model.verdicts import REPORT_ORDER

__all__ = [
    "Bar",
    "deviation_bars",
    "deviation_histogram",
    "number_line",
    "trend_chart",
    "verdict_strip",
]


def _percent(share: float, decimals: int) -> str:
    """A signed share in percent, its minus the one of every figure in words: ``−13.9%``."""
    return signed(f"{share:+.{decimals}%}")


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def number_line(
    *,
    claimed: float | None,
    low: float | None,
    high: float | None,
    reference: float | None,
    claimed_text: str,
    range_text: str,
    reference_text: str,
    verdict: str,
    width: int = 420,
) -> str:
    """The claimed value (◆), the expected range (band) and the reference (●) on one axis."""
    points = [v for v in (claimed, low, high, reference) if v is not None and math.isfinite(v)]
    if not points:
        return ""
    lo, hi = min(points), max(points)
    if hi == lo:
        spread = abs(lo) * 0.1 or 1.0
        lo, hi = lo - spread, hi + spread
    pad = (hi - lo) * 0.12
    lo, hi = lo - pad, hi + pad
    margin, axis_y, height = 14.0, 34.0, 72

    def x(value: float) -> float:
        return margin + (value - lo) / (hi - lo) * (width - 2 * margin)

    def label_x(value: float) -> float:
        return min(max(x(value), 70.0), width - 70.0)

    parts = [
        f'<line class="axis" x1="{margin}" y1="{axis_y}" x2="{width - margin}" y2="{axis_y}"/>'
    ]
    if low is not None or high is not None:
        left = x(low) if low is not None and math.isfinite(low) else margin
        right = x(high) if high is not None and math.isfinite(high) else width - margin
        parts.append(
            f'<rect class="band" x="{_fmt(left)}" y="{axis_y - 8}" '
            f'width="{_fmt(max(right - left, 2.0))}" height="16" rx="3"/>'
        )
    if claimed is not None and math.isfinite(claimed):
        cx = x(claimed)
        parts.append(
            f'<path class="claim" d="M{_fmt(cx)} {axis_y - 8}l7 8-7 8-7-8z"/>'
            f'<text class="label" x="{_fmt(label_x(claimed))}" y="14" text-anchor="middle">'
            f"article: {escape(claimed_text)}</text>"
        )
    if reference is not None and math.isfinite(reference):
        rx = x(reference)
        parts.append(
            f'<circle class="ref ref-{escape(verdict)}" cx="{_fmt(rx)}" cy="{axis_y}" r="6"/>'
            f'<text class="label" x="{_fmt(label_x(reference))}" y="64" text-anchor="middle">'
            f"data: {escape(reference_text)}</text>"
        )
    alt = f"Article: {claimed_text}. Range for the claim to stand: {range_text}."
    if reference is not None and math.isfinite(reference):
        alt += f" Data: {reference_text}."
    return (
        f'<svg class="numberline" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(alt)}"><title>{escape(alt)}</title>'
        + "".join(parts)
        + "</svg>"
    )


def verdict_strip(counts: dict[str, int], width: int = 640) -> str:
    """One bar split by verdict, proportional to the counts."""
    total = sum(counts.values())
    if not total:
        return ""
    parts, left = [], 0.0
    for verdict in REPORT_ORDER:
        share = counts.get(verdict, 0) / total * width
        if share:
            parts.append(
                f'<rect class="fill-{verdict}" x="{_fmt(left)}" y="0" width="{_fmt(share)}" '
                f'height="18"><title>{verdict}: {counts[verdict]}</title></rect>'
            )
        left += share
    alt = ", ".join(f"{counts.get(v, 0)} {v}" for v in REPORT_ORDER)
    return (
        f'<svg class="strip" viewBox="0 0 {width} 18" width="100%" height="18" '
        f'preserveAspectRatio="none" role="img" aria-label="{escape(alt)}">'
        + "".join(parts)
        + "</svg>"
    )


@dataclass(frozen=True)
class Bar:
    """One claim in the overview: its id, verdict and deviation (fraction, signed)."""

    claim_id: str
    verdict: str
    deviation: float


def deviation_bars(bars: Sequence[Bar], width: int = 680, clip: float = 1.0) -> str:
    """A row per claim: a bar from 0 to its deviation (clipped at ±``clip``), labelled."""
    if not bars:
        return ""
    row, label_w, top = 18, 230, 22
    mid = label_w + (width - label_w) / 2
    half = (width - label_w) / 2 - 62  # room for a label past the longest bar
    height = top + row * len(bars) + 6
    parts = [
        f'<line class="axis" x1="{_fmt(mid)}" y1="{top - 6}" x2="{_fmt(mid)}" y2="{height}"/>',
        f'<text class="label" x="{_fmt(mid)}" y="12" text-anchor="middle">0%</text>',
        f'<text class="label" x="{_fmt(mid - half)}" y="12" text-anchor="middle">'
        f"{MINUS}{clip:.0%}</text>",
        f'<text class="label" x="{_fmt(mid + half)}" y="12" text-anchor="middle">'
        f"+{clip:.0%}</text>",
    ]
    for i, bar in enumerate(bars):
        y = top + i * row
        share = max(-clip, min(clip, bar.deviation)) / clip
        end = mid + share * half
        left, span = min(mid, end), max(abs(end - mid), 1.5)
        anchor = "start" if share >= 0 else "end"
        more = "+" if bar.deviation > clip else (MINUS if bar.deviation < -clip else "")
        name = escape(bar.claim_id if len(bar.claim_id) <= 34 else bar.claim_id[:33] + "…")
        parts.append(
            f"<g><title>{escape(bar.claim_id)}: {_percent(bar.deviation, 1)} "
            f"({escape(bar.verdict)})"
            f'</title><text class="label" x="{label_w - 6}" y="{y + 12}" text-anchor="end">'
            f'{name}</text><rect class="fill-{escape(bar.verdict)}" x="{_fmt(left)}" '
            f'y="{y + 3}" width="{_fmt(span)}" height="{row - 6}"/>'
            f'<text class="label" x="{_fmt(end + (6 if share >= 0 else -6))}" y="{y + 12}" '
            f'text-anchor="{anchor}">{_percent(bar.deviation, 1)}{more}</text></g>'
        )
    alt = f"How far the data are from the article's figure, for {len(bars)} claims"
    return (
        f'<svg class="overview" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{alt}">' + "".join(parts) + "</svg>"
    )


def deviation_histogram(
    deviation: np.ndarray, verdict: np.ndarray, width: int = 640, step: float = 0.1
) -> str:
    """Claims counted by deviation, in bins of ``step`` from −50% to +50% plus two open bins,
    stacked by verdict: the overview when there are too many claims for a row each. Counted
    with numpy, so a million claims cost no more than a hundred."""
    if len(deviation) == 0:
        return ""
    edges = np.round(np.arange(-0.5, 0.5 + step / 2, step), 10)
    labels = [f"< {MINUS}50%"] + [_percent(e, 0) for e in edges[:-1]] + ["≥ +50%"]
    index = np.searchsorted(edges, deviation, side="right")  # 0: below, len(edges): above
    counts = {v: np.bincount(index[verdict == v], minlength=len(labels)) for v in REPORT_ORDER}
    tallest = int(np.sum(list(counts.values()), axis=0).max()) or 1
    height, base, column = 200, 170, (width - 20) / len(labels)
    parts = [f'<line class="axis" x1="10" y1="{base}" x2="{width - 10}" y2="{base}"/>']
    for i, label in enumerate(labels):
        x, y = 10 + i * column, float(base)
        for v in REPORT_ORDER:
            n = int(counts[v][i])
            if not n:
                continue
            h = n / tallest * (base - 20)
            y -= h
            parts.append(
                f'<rect class="fill-{v}" x="{_fmt(x + 2)}" y="{_fmt(y)}" '
                f'width="{_fmt(column - 4)}" height="{_fmt(h)}"><title>{label}: {n:,} '
                f"{v}</title></rect>"
            )
        parts.append(
            f'<text class="label" x="{_fmt(x + column / 2)}" y="{base + 16}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    alt = f"How far the data are from the article's figures, {len(deviation):,} claims in bins"
    return (
        f'<svg class="overview" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{alt}">' + "".join(parts) + "</svg>"
    )


def trend_chart(runs: Sequence[tuple[str, dict[str, int]]], width: int = 640) -> str:
    """Counts per verdict across runs (oldest left), one line per verdict."""
    if len(runs) < 2:
        return ""
    height, left, right, top, bottom = 170, 40, 16, 12, 132
    tallest = max(max(counts.values(), default=0) for _, counts in runs) or 1
    step = (width - left - right) / (len(runs) - 1)

    def y(n: int) -> float:
        return bottom - n / tallest * (bottom - top)

    parts = [
        f'<line class="axis" x1="{left}" y1="{bottom}" x2="{width - right}" y2="{bottom}"/>',
        f'<text class="label" x="{left - 6}" y="{_fmt(y(tallest) + 4)}" text-anchor="end">'
        f"{tallest}</text>",
        f'<text class="label" x="{left - 6}" y="{bottom + 4}" text-anchor="end">0</text>',
    ]
    for verdict in REPORT_ORDER:
        points = " ".join(
            f"{_fmt(left + i * step)},{_fmt(y(counts.get(verdict, 0)))}"
            for i, (_, counts) in enumerate(runs)
        )
        parts.append(f'<polyline class="line-{verdict}" fill="none" points="{points}"/>')
    for i in sorted({0, len(runs) - 1, (len(runs) - 1) // 2}):
        parts.append(
            f'<text class="label" x="{_fmt(left + i * step)}" y="{bottom + 18}" '
            f'text-anchor="middle">{escape(runs[i][0][:10])}</text>'
        )
    last = runs[-1][1]
    alt = f"Verdict counts over {len(runs)} runs; latest: " + ", ".join(
        f"{last.get(v, 0)} {v}" for v in REPORT_ORDER
    )
    return (
        f'<svg class="trend" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(alt)}">' + "".join(parts) + "</svg>"
    )
