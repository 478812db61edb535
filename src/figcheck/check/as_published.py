"""As published: pin claims to the dataset snapshots that existed when their article appeared.

A claim with ``as_published: true`` is checked against, for each dataset it uses, the newest
snapshot retrieved on or before its article's ``published`` date (a :class:`Vintage`, see
:mod:`figcheck.data.catalog`). Where every kept snapshot is younger than the article, the claim is
``unverifiable`` and says which snapshot is the oldest: figcheck never pretends today's data is
what the writer could have seen. No I/O here: the desk's pinned references are renamed to their
vintages' names, each name handed over with its :class:`Vintage`; the engine does the rest.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from figcheck.data.catalog import Catalog, Vintage
from figcheck.model.claims import Desk

__all__ = ["pin_to_publication", "pinned_rows"]


def pinned_rows(desk: Desk) -> np.ndarray:
    """Positions of the claims that ask to be judged as published."""
    if "as_published" not in desk.frame.columns:
        return np.array([], dtype=int)
    flags = desk.frame["as_published"].fillna(False).astype(bool).to_numpy()
    return np.flatnonzero(flags)


def pin_to_publication(
    desk: Desk, rows: np.ndarray, catalog: Catalog
) -> tuple[Desk, dict[str, Vintage]]:
    """A copy of ``desk`` whose pinned claims name dataset vintages instead of datasets, and
    each vintage by the name they now use. A claim's own lookup and its derivation's lookup
    terms are the same form (lookup requests) and are pinned alike."""
    dates = _publication_dates(desk)
    vintages: dict[str, Vintage] = {}
    frame = desk.frame.copy()
    asks = frame["kind"].to_numpy(dtype=object)[rows]
    own = rows[np.isin(asks, ("lookup", "change", "rank"))]
    _pin(frame, own, [dates[row] for row in own], catalog, vintages)
    terms = desk.lookup_terms().copy()
    if len(terms):
        position = dict(zip(frame["id"].astype(str), range(len(frame)), strict=True))
        pinned = set(rows.tolist())
        claim_rows = [position.get(str(claim), -1) for claim in terms["claim"]]
        which = np.flatnonzero([row in pinned for row in claim_rows])
        _pin(terms, which, [dates[claim_rows[i]] for i in which], catalog, vintages)
    return replace(desk, frame=frame, term_requests=terms), vintages


def _pin(
    requests: pd.DataFrame,
    at: np.ndarray,
    dates: list[str | None],
    catalog: Catalog,
    vintages: dict[str, Vintage],
) -> None:
    """Rename the dataset of the lookup requests at positions ``at`` to its vintage on each
    one's date (once per distinct dataset and date), recording each vintage by its name."""
    if not len(at):
        return
    datasets = requests["reference.dataset"].to_numpy(dtype=object).copy()
    names: dict[tuple[str, str | None], str] = {}
    for position, date in zip(at.tolist(), dates, strict=True):
        key = (str(datasets[position]), date)
        if key not in names:
            vintage = catalog.vintage_on(key[0], date)
            vintages[vintage.name] = vintage
            names[key] = vintage.name
        datasets[position] = names[key]
    requests["reference.dataset"] = datasets


def _publication_dates(desk: Desk) -> list[str | None]:
    published = [source.published for source in desk.sources]
    index = desk.frame["source"].astype("int64").to_numpy()
    fallback = desk.frame["as_of"].to_numpy(dtype=object)
    return [
        published[i] if published[i] else (None if pd.isna(f) else str(f))
        for i, f in zip(index, fallback, strict=True)
    ]
