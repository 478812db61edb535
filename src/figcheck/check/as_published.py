"""As published: pin claims to the dataset snapshots that existed when their article appeared.

A claim with ``as_published: true`` is checked against, for each dataset it uses, the newest
snapshot retrieved on or before its article's ``published`` date (``NAME@RETRIEVED``, see
:mod:`figcheck.data.catalog`). Where every kept snapshot is younger than the article, the claim is
``unverifiable`` and says which snapshot is the oldest: figcheck never pretends today's data is
what the writer could have seen. No I/O here: the desk is rewritten, the engine does the rest.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from figcheck.data.catalog import VINTAGE_MARK, Catalog
from figcheck.model.claims import Derivation, Desk, Lookup

__all__ = ["MISSING", "pin_to_publication", "pinned_rows"]

#: ``world-gdp@missing:2012-09-03``: no snapshot of world-gdp that old is kept.
MISSING = "missing:"


def pinned_rows(desk: Desk) -> np.ndarray:
    """Positions of the claims that ask to be judged as published."""
    if "as_published" not in desk.frame.columns:
        return np.array([], dtype=int)
    flags = desk.frame["as_published"].fillna(False).astype(bool).to_numpy()
    return np.flatnonzero(flags)


def pin_to_publication(desk: Desk, rows: np.ndarray, catalog: Catalog) -> Desk:
    """A copy of ``desk`` whose pinned claims name dataset vintages instead of datasets."""
    frame = desk.frame.copy()
    derivations = dict(desk.derivations)
    dates = _publication_dates(desk)
    for row in rows:
        date = dates[row]
        if frame.at[row, "kind"] in ("lookup", "change", "rank"):
            frame.at[row, "reference.dataset"] = _vintage(
                catalog, str(frame.at[row, "reference.dataset"]), date
            )
        claim_id = str(frame.at[row, "id"])
        if claim_id in derivations:
            derivation = derivations[claim_id]
            terms = {
                name: replace(term, dataset=_vintage(catalog, term.dataset, date))
                if isinstance(term, Lookup)
                else term
                for name, term in derivation.terms.items()
            }
            derivations[claim_id] = Derivation(derivation.expr, terms)
    return Desk(frame, desk.sources, derivations, desk.inputs, desk.shapes)


def _publication_dates(desk: Desk) -> list[str | None]:
    published = [source.published for source in desk.sources]
    index = desk.frame["source"].astype("int64").to_numpy()
    fallback = desk.frame["as_of"].to_numpy(dtype=object)
    return [
        published[i] if published[i] else (None if pd.isna(f) else str(f))
        for i, f in zip(index, fallback, strict=True)
    ]


def _vintage(catalog: Catalog, name: str, date: str | None) -> str:
    if date is None:
        return f"{name}{VINTAGE_MARK}{MISSING}undated"
    return catalog.vintage_on(name, date) or f"{name}{VINTAGE_MARK}{MISSING}{date}"
