"""The claim model: sources, references, and the claims frame the engine works on.

Desks (YAML) and claims tables (CSV/Parquet) both become one :class:`Desk`: a pandas frame with
one row per claim (columns in :data:`COLUMNS`, plus ``reference.where.<column>`` for lookup
conditions) and, for derivations, a small mapping of claim id → :class:`Derivation`. No I/O here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd

from figcheck.errors import InputError
from figcheck.model.adjust import AdjustSpec
from figcheck.model.changes import ChangeSpec
from figcheck.model.ranks import RankSpec

__all__ = [
    "AGGREGATES",
    "COLUMNS",
    "ID_RE",
    "LOOKUP_COLUMNS",
    "PRINTED",
    "PROBLEM",
    "WHERE_PREFIX",
    "ClaimTerm",
    "Derivation",
    "Desk",
    "Lookup",
    "Shape",
    "Source",
    "concat_desks",
    "lookup_requests",
    "term_key",
]

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
AGGREGATES = ("sum", "mean", "min", "max", "count")
WHERE_PREFIX = "reference.where."

#: The claims frame's fixed columns, in order. ``kind`` is ``none``, ``lookup``, ``derived``,
#: ``change`` or ``rank`` (the last two with a :class:`Shape` in ``Desk.shapes``);
#: ``as_published`` (bool) pins a claim to the dataset snapshots of its article's date.
COLUMNS = (
    "id", "file", "line", "quote", "value", "hedge", "as_of", "expected.min", "expected.max",
    "expected.tolerance", "kind", "reference.dataset", "reference.column",
    "reference.aggregate", "note", "source", "as_published",
)  # fmt: skip
#: What a lookup asks of a dataset, as columns (with ``reference.where.<column>``): the one form in
#: which the engine asks, for a claim's own reference (the claims frame) and for a derivation's
#: lookup terms (:meth:`Desk.lookup_terms`) alike.
LOOKUP_COLUMNS = ("reference.dataset", "reference.column", "reference.aggregate")
#: An optional column: what made a claim unreadable while loading (an impossible ``as_of``).
#: It becomes that claim's ``error`` verdict; the other claims are still checked.
PROBLEM = "problem"
#: An optional column: a ratio word as the article printed it, without its hedge ("tripled",
#: "a tenfold rise"); its ``value`` holds the ratio. Messages echo the word, not the number.
PRINTED = "printed"


@dataclass(frozen=True)
class Source:
    """The article (or desk) a group of claims comes from."""

    path: str
    title: str = ""
    publisher: str = ""
    url: str = ""
    published: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Lookup:
    """A reference found by selecting rows of a dataset (and maybe aggregating them)."""

    dataset: str
    where: dict[str, Any] = field(default_factory=dict)
    column: str | None = None
    aggregate: str | None = None


@dataclass(frozen=True)
class ClaimTerm:
    """A derivation term naming another claim: its printed value, or its reference value."""

    claim: str
    take: Literal["value", "reference"] = "value"


@dataclass(frozen=True)
class Derivation:
    """A reference computed by a safe expression over named terms."""

    expr: str
    terms: dict[str, Lookup | ClaimTerm]


@dataclass(frozen=True)
class Shape:
    """A reference that is a change, a rank, and/or in constant money (docs/claim-shapes.md).
    A spec that is wrong as written is no Shape: the claim's ``problem`` (its error verdict)."""

    change: ChangeSpec | None = None
    rank: RankSpec | None = None
    adjust: AdjustSpec | None = None


@dataclass
class Desk:
    """Claims ready for the engine: the frame, their sources, any derivations and shapes."""

    frame: pd.DataFrame
    sources: list[Source]
    derivations: dict[str, Derivation] = field(default_factory=dict)
    inputs: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256)
    shapes: dict[str, Shape] = field(default_factory=dict)  # claim id → its shape
    #: The derivations' lookup terms as lookup requests (:func:`lookup_requests`), when they
    #: differ from ``derivations`` as written (pinned ``as_published``); None: as written.
    term_requests: pd.DataFrame | None = None

    def lookup_terms(self) -> pd.DataFrame:
        """Every lookup term of the derivations as a lookup request, indexed by
        :func:`term_key`, with the ``claim`` whose derivation it is."""
        if self.term_requests is not None:
            return self.term_requests
        terms = {
            term_key(claim_id, name): (claim_id, term)
            for claim_id, derivation in self.derivations.items()
            for name, term in derivation.terms.items()
            if isinstance(term, Lookup)
        }
        requests = lookup_requests({key: term for key, (_, term) in terms.items()})
        requests["claim"] = pd.Series(
            [claim for claim, _ in terms.values()], requests.index, object
        )
        return requests


def term_key(claim_id: str, name: str) -> str:
    """The key of a derivation's term: claim id and term name."""
    return f"{claim_id}\0{name}"


def lookup_requests(lookups: dict[str, Lookup]) -> pd.DataFrame:
    """:class:`Lookup` values as lookup requests (:data:`LOOKUP_COLUMNS` and one
    ``reference.where.<column>`` per condition), indexed by their keys."""
    records: list[dict[str, Any]] = []
    for key, lookup in lookups.items():
        record: dict[str, Any] = {
            "key": key,
            "reference.dataset": lookup.dataset,
            "reference.column": lookup.column,
            "reference.aggregate": lookup.aggregate,
        }
        for column, condition in lookup.where.items():
            record[WHERE_PREFIX + column] = condition
        records.append(record)
    if not records:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in LOOKUP_COLUMNS}, pd.Index([]))
    return pd.DataFrame.from_records(records).astype(object).set_index("key")


def empty_frame() -> pd.DataFrame:
    """A claims frame with no rows and the fixed columns."""
    return pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS})


def concat_desks(desks: list[Desk]) -> Desk:
    """Join desks into one, renumbering source indexes; claim ids must be unique across all
    (each desk's own were checked when it was loaded)."""
    if len(desks) == 1:  # nothing to join: a million-row copy and check saved
        return desks[0]
    frames: list[pd.DataFrame] = []
    sources: list[Source] = []
    derivations: dict[str, Derivation] = {}
    inputs: list[tuple[str, str]] = []
    shapes: dict[str, Shape] = {}
    for desk in desks:
        frame = desk.frame.copy()
        frame["source"] = frame["source"].astype("int64") + len(sources)
        # A condition column one desk lacks would turn another's integers into floats
        # ("year = 2009.0") when the frames are joined: conditions stay objects.
        where = [c for c in frame.columns if str(c).startswith(WHERE_PREFIX)]
        frame[where] = frame[where].astype(object)
        frames.append(frame)
        sources.extend(desk.sources)
        derivations.update(desk.derivations)
        inputs.extend(desk.inputs)
        shapes.update(desk.shapes)
    frame = pd.concat(frames, ignore_index=True) if frames else empty_frame()
    check_unique_ids(frame)
    terms = None  # as written, unless some desk's were pinned
    if any(desk.term_requests is not None for desk in desks):
        terms = pd.concat([desk.lookup_terms() for desk in desks]).astype(object)
    return Desk(frame, sources, derivations, inputs, shapes, terms)


def check_unique_ids(frame: pd.DataFrame) -> None:
    """Raise :class:`InputError` at the second occurrence of a repeated claim id."""
    dup = frame["id"].duplicated(keep="first")
    if dup.any():
        row = frame[dup].iloc[0]
        first = frame[(frame["id"] == row["id"]) & ~dup].iloc[0]
        raise InputError(
            f"claim id {row['id']!r} is used twice (first at {first['file']}:{first['line']})",
            path=str(row["file"]),
            line=int(row["line"]),
            key="id",
            hint="ids must be unique across all files of one run",
        )
