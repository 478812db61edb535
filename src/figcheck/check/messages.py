"""The plain-words message of every finding, built once per distinct thing it says.

A million claims on one table say some tens of thousands of different things ("Holds: World
Bank GDP … gives US$4.235 billion, within the expected range (from the hedge 'about')."). Each
distinct message is built once, in C through Arrow, and the column is a pandas Categorical
(codes into the distinct texts): no string is made or stored per claim. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from figcheck.check.findings import Verdict, amounts_arrow, describe_basis, gaps_arrow, ranges_arrow
from figcheck.check.grouping import first_positions, groups, key_codes

__all__ = ["Facts", "References", "compose_messages"]

_NO_REFERENCE = "No reference recorded for this claim."


class References(Protocol):
    """What the engine learnt of each claim's reference (arrays aligned with the claims)."""

    status: np.ndarray  # None (no reference), ok, unverifiable, error
    message: np.ndarray  # why a reference could not be used
    label: np.ndarray  # who the figure is from, for sentences
    fx_rate: np.ndarray
    fx_date: np.ndarray
    fx_pair: np.ndarray


@dataclass(frozen=True)
class Facts:
    """What each claim's message speaks of (arrays aligned with the claims)."""

    verdict: np.ndarray
    claimed: np.ndarray  # the article's figure, in the claim's unit
    ref: np.ndarray  # the reference, converted to the claim's unit
    low: np.ndarray  # the expected range
    high: np.ndarray
    unit_text: np.ndarray
    hedge: np.ndarray
    notes: np.ndarray
    basis: np.ndarray
    tolerance_text: np.ndarray
    error: np.ndarray  # an input problem of the claim itself
    capped: np.ndarray | None = None  # the ±10% cap narrowed the range (bool; None: nowhere)


def compose_messages(facts: Facts, refs: References) -> pd.Categorical:
    """The message of every claim: why it could not be judged, or what holds and what not."""
    verdict, error, notes = facts.verdict, facts.error, facts.notes
    n = len(verdict)
    messages = np.full(n, None, dtype=object)
    is_error = verdict == Verdict.ERROR.value
    has_error = ~pd.isna(error)
    messages[is_error & has_error] = error[is_error & has_error]
    messages[is_error & ~has_error] = refs.message[is_error & ~has_error]
    unverifiable = verdict == Verdict.UNVERIFIABLE.value
    no_reference = unverifiable & pd.isna(refs.status)
    messages[unverifiable & ~no_reference] = refs.message[unverifiable & ~no_reference]
    noted = no_reference.copy()
    noted[no_reference] = _present(notes[no_reference])
    messages[no_reference & ~noted] = _NO_REFERENCE
    messages[noted] = [f"{_NO_REFERENCE} {note}" for note in notes[noted]]
    judged = np.flatnonzero(~is_error & ~unverifiable)
    unjudged = np.flatnonzero(is_error | unverifiable)
    codes = np.full(n, -1, dtype=np.intp)
    unjudged_codes, unjudged_texts = pd.factorize(messages[unjudged], use_na_sentinel=True)
    codes[unjudged] = unjudged_codes
    texts = [np.asarray(unjudged_texts, dtype=object)]
    if len(judged):
        off = verdict[judged] != Verdict.SUPPORTED.value
        # What a judged claim's message says: a supported claim's does not mention its own
        # figure or range, so claims on the same reference share one message.
        said = [np.where(off, figure[judged], np.nan) for figure in (facts.claimed, facts.low,
                                                                      facts.high)]  # fmt: skip
        keys = key_codes(
            off, facts.ref[judged], facts.unit_text[judged], refs.label[judged],
            facts.basis[judged], facts.hedge[judged], facts.tolerance_text[judged],
            _capped(facts)[judged], refs.fx_rate[judged], refs.fx_pair[judged],
            refs.fx_date[judged], *said,
        )  # fmt: skip
        first = first_positions(keys)
        built = _judged_texts(judged[first], off[first], facts, refs)
        codes[judged] = keys + len(texts[0])
        texts.append(np.asarray(built.to_pylist(), dtype=object))
    # Different keys can read the same (two references that round alike): one category each.
    distinct_codes, distinct = pd.factorize(np.concatenate(texts), use_na_sentinel=True)
    merged = np.where(codes >= 0, distinct_codes[np.maximum(codes, 0)], -1)
    return pd.Categorical.from_codes(merged, categories=pd.Index(distinct, dtype="str"))


def _judged_texts(rows: np.ndarray, off: np.ndarray, facts: Facts, refs: References) -> pa.Array:
    """The messages of the judged claims at ``rows`` (``off``: which are discrepancies)."""
    claimed, ref, low, high = facts.claimed, facts.ref, facts.low, facts.high
    unit_text = facts.unit_text
    hedges = _text(facts.hedge[rows], "")
    labels = _text(refs.label[rows], "the reference")
    tolerances = _text(facts.tolerance_text[rows], "")
    capped = pa.array(np.where(_capped(facts)[rows], "capped", ""), type=pa.string())
    keys = pc.dictionary_encode(
        _join(_text(facts.basis[rows], ""), "\x1f", hedges, "\x1f", tolerances, "\x1f", capped)
    )
    words = [describe_basis(*key.split("\x1f")) for key in keys.dictionary.to_pylist()]
    why = pa.array(words, type=pa.string()).take(keys.indices)
    got = _by_unit(rows, unit_text, lambda r, unit: amounts_arrow(ref[r], unit))
    text = _join("Holds: ", labels, " gives ", got, ", within the expected range (", why, ").")
    # Only discrepancies are spelled out in full (their claim, range and gap); a supported
    # claim's range is in report.json.
    if off.any():
        pick = pa.array(np.flatnonzero(off))
        rows_off = rows[off]
        said = _by_unit(rows_off, unit_text, lambda r, u: amounts_arrow(claimed[r], u))
        spans = _by_unit(rows_off, unit_text, lambda r, u: ranges_arrow(low[r], high[r], u))
        gaps = _by_unit(rows_off, unit_text, lambda r, u: gaps_arrow(claimed[r], ref[r]))
        hedge_off = hedges.take(pick)
        claim = _join(pc.if_else(pc.equal(hedge_off, ""), "", _join(hedge_off, " ")), said)
        detailed = _join("The article says ", claim, "; ", labels.take(pick), " gives ",
                         got.take(pick), gaps, ". To stand, the figure must be ", spans, " (",
                         why.take(pick), ").")  # fmt: skip
        text = pc.replace_with_mask(text, pa.array(off), detailed)
    converted = np.flatnonzero(pd.notna(refs.fx_pair[rows]))
    if len(converted):
        suffix = np.full(len(rows), "", dtype=object)
        for k in converted.tolist():
            i = rows[k]
            suffix[k] = (
                f" Converted at {refs.fx_rate[i]:.4f} {refs.fx_pair[i]} (ECB, {refs.fx_date[i]})."
            )
        text = _join(text, pa.array(suffix, type=pa.string()))
    return text


def _capped(facts: Facts) -> np.ndarray:
    if facts.capped is None:
        return np.zeros(len(facts.verdict), dtype=bool)
    return facts.capped


def _by_unit(
    rows: np.ndarray, unit_text: np.ndarray, make: Callable[[np.ndarray, Any], pa.Array]
) -> pa.Array:
    """Build one Arrow column for ``rows`` group by group of unit, back in ``rows`` order."""
    parts, order = [], []
    for (unit,), positions in groups(unit_text[rows]):
        parts.append(make(rows[positions], unit))
        order.append(positions)
    if len(parts) == 1:  # one unit: the positions are 0..n-1 already, in order
        return parts[0]
    return pa.concat_arrays(parts).take(pa.array(np.argsort(np.concatenate(order))))


def _text(values: np.ndarray, missing: str) -> pa.Array:
    return pc.fill_null(pa.array(values, type=pa.string(), from_pandas=True), missing)


def _join(*parts: Any) -> Any:
    return pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="")


def _present(values: np.ndarray) -> np.ndarray:
    """Which values are a non-empty text (not None, NaN or "")."""
    return np.fromiter(
        (isinstance(v, str) and v != "" for v in values), dtype=bool, count=len(values)
    )
