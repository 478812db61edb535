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
from figcheck.model.claims import Derivation, Desk, Lookup

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
    each vintage by the name they now use."""
    frame = desk.frame.copy()
    derivations = dict(desk.derivations)
    dates = _publication_dates(desk)
    vintages: dict[str, Vintage] = {}

    def pin(name: str, date: str | None) -> str:
        vintage = catalog.vintage_on(name, date)
        vintages[vintage.name] = vintage
        return vintage.name

    for row in rows:
        date = dates[row]
        if frame.at[row, "kind"] in ("lookup", "change", "rank"):
            frame.at[row, "reference.dataset"] = pin(str(frame.at[row, "reference.dataset"]), date)
        claim_id = str(frame.at[row, "id"])
        if claim_id in derivations:
            derivation = derivations[claim_id]
            terms = {
                name: replace(term, dataset=pin(term.dataset, date))
                if isinstance(term, Lookup)
                else term
                for name, term in derivation.terms.items()
            }
            derivations[claim_id] = Derivation(derivation.expr, terms)
    return Desk(frame, desk.sources, derivations, desk.inputs, desk.shapes), vintages


def _publication_dates(desk: Desk) -> list[str | None]:
    published = [source.published for source in desk.sources]
    index = desk.frame["source"].astype("int64").to_numpy()
    fallback = desk.frame["as_of"].to_numpy(dtype=object)
    return [
        published[i] if published[i] else (None if pd.isna(f) else str(f))
        for i, f in zip(index, fallback, strict=True)
    ]
