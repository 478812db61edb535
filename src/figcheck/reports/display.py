"""Which results the pages list first, and how many: report.html's order and caps.

Kept apart from the page itself (and its template engine), so that a run that writes no
report.html still keeps, chunk by chunk, the rows one would list (:mod:`figcheck.reports.spool`)
without loading it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from figcheck.model.changes import ChangeKind
from figcheck.model.ranks import RANK
from figcheck.model.verdicts import REPORT_ORDER

__all__ = [
    "BARS_UP_TO",
    "ROWS_UP_TO",
    "change_kind",
    "display_order",
    "display_sizes",
    "first_in_order",
    "is_rank",
    "safe_url",
    "shown_gaps",
    "verdict_ranks",
]


def change_kind(shape: object) -> ChangeKind | None:
    """A change claim's kind, from its findings ``shape`` (:func:`~figcheck.check.shaped.
    claim_shapes`), None for any other claim. mends28 (review27): read back from the detail
    text ("percent change: from …") before."""
    if isinstance(shape, str) and shape in _CHANGE_KINDS:
        return ChangeKind(shape)
    return None


def is_rank(shape: object) -> bool:
    """Whether a result is a rank claim, from its findings ``shape`` (was: its detail begins
    "rank of …")."""
    return shape == RANK


_CHANGE_KINDS = frozenset(kind.value for kind in ChangeKind)


def shown_gaps(findings: pd.DataFrame) -> np.ndarray:
    """How far each result's reference lies from the article's figure, as its report.html card
    says it (:func:`~figcheck.check.findings.gap` of the reference from the claimed figure, as a
    signed fraction: +0.162 for "16.2% higher than the article's"), for the overview's bars and
    histogram; NaN where a card says no gap (a rank, no reference, a claimed 0). A fall's is of
    its size, as its card's ("the fall in the figure from … is 22.7% lower"). mends28: the bars
    showed report.json's ``deviation``, the article against the data, beside cards that give
    the data against the article (editor26)."""
    claimed = np.array(findings["claimed_value"], dtype=float)  # copies: falls are mirrored
    reference = np.array(findings["reference_value"], dtype=float)
    shape = findings["shape"].astype(object).to_numpy(dtype=object)
    signed = np.isin(shape, [kind.value for kind in ChangeKind if kind is not ChangeKind.RATIO])
    fall = signed & (claimed < 0) & (reference < 0)
    claimed[fall], reference[fall] = -claimed[fall], -reference[fall]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(claimed != 0, reference / claimed, np.nan)
        gaps = np.where(ratio >= 0, ratio - 1, np.sign(reference - claimed) * np.abs(ratio - 1))
    gaps[(shape == RANK) | ~np.isfinite(gaps)] = np.nan
    return gaps


ROWS_UP_TO = 20_000  # claims beyond this are counted, not listed (all are in report.json)
BARS_UP_TO = 60  # the deviation bars of report.html, at most


def verdict_ranks(findings: pd.DataFrame) -> np.ndarray:
    """Each result's verdict as its place in :data:`REPORT_ORDER` (a byte a result; an unknown
    verdict ranks last)."""
    verdicts = findings["verdict"].to_numpy(dtype=object)
    rank = np.full(len(findings), len(REPORT_ORDER), dtype=np.int8)
    for i, verdict in enumerate(REPORT_ORDER):
        rank[verdicts == verdict] = i
    return rank


def display_order(
    findings: pd.DataFrame,
    limit: int,
    positions: np.ndarray | None = None,
    rank: np.ndarray | None = None,
) -> pd.DataFrame:
    """The first ``limit`` claims in display order: discrepancies (largest gap first, as the
    cards give it: :func:`display_sizes`),
    then errors, unverifiable, supported; ties in input order (``positions``, default the
    frame's order). Only those rows are taken out of the frame. ``rank``: the results'
    :func:`verdict_ranks`, when already at hand."""
    if rank is None:
        rank = verdict_ranks(findings)
    tie = np.arange(len(findings)) if positions is None else np.asarray(positions)
    return findings.iloc[first_in_order(rank, display_sizes(findings), tie, limit)]


def display_sizes(findings: pd.DataFrame) -> np.ndarray:
    """What orders results of one verdict (the smallest first): the largest gap first, as the
    factor between the article's figure and the data, whichever is larger (:func:`shown_gaps`;
    no gap counts as 0): "16.2% higher" 0.162, "40% lower" 0.667 (the article's figure is 1.67
    times the data's), "2 times as much" 1, "89% lower" 8.1, "a factor of 1,000 lower" 999; a
    reference of the other sign than the article's figure (the direction is wrong) before them
    all, by its size. mends30 ordered by the card's number, so "89% lower" came after "2 times as
    much" (review30); before it, report.json's |deviation| put every fall before a rise of the
    same factor."""
    shown = shown_gaps(findings)
    ratio = shown + 1  # the data over the article's figure (a fall's by its size); ≤ 0: signs
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.maximum(ratio, 1 / ratio) - 1
        size = np.where(ratio > 0, factor, _OTHER_SIGN + np.abs(shown))
    sizes: np.ndarray = -np.nan_to_num(size, nan=0.0, posinf=np.inf)
    return sizes


_OTHER_SIGN = 1e12  # above any factor a card gives; |gap| still orders within (16 digits)


def first_in_order(rank: np.ndarray, size: np.ndarray, tie: np.ndarray, limit: int) -> np.ndarray:
    """The positions of the first ``limit`` rows ordered by ``rank``, then ``size``, then
    ``tie`` (distinct), in that order: what sorting all rows would give, found in linear time
    (only the rows taken are sorted)."""
    picked: list[np.ndarray] = []
    room = limit
    for level in np.unique(rank).tolist():
        if room <= 0:
            break
        rows = np.flatnonzero(rank == level)
        if len(rows) > room:  # only the first `room` of this rank, by size then tie
            sizes = size[rows]
            cut = np.partition(sizes, room - 1)[room - 1]
            below, at = rows[sizes < cut], rows[sizes == cut]
            at = at[np.argsort(tie[at], kind="stable")][: room - len(below)]
            rows = np.concatenate([below, at])
        picked.append(rows)
        room -= len(rows)
    chosen = np.concatenate(picked) if picked else np.zeros(0, dtype=np.intp)
    return chosen[np.lexsort((tie[chosen], size[chosen], rank[chosen]))]


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) address, else None (no ``javascript:`` links, in
    report.html or in claimreview.jsonld)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
