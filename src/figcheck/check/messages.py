"""The plain-words message of every finding, built once per distinct thing it says.

A million claims on one table say some tens of thousands of different things ("Holds: World
Bank GDP … gives US$4.235 billion, within the expected range (from the hedge 'about')."). The
wording is one plain function of a message's facts (:func:`judged_message` of :class:`Judged`);
each distinct set of facts is worded once, and the column is a pandas Categorical (codes into
the distinct texts): no string is made or stored per claim. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Protocol, cast

import numpy as np
import pandas as pd

from figcheck.check.findings import (
    describe_basis,
    format_amount,
    format_bound,
    format_precise,
    gap_text,
    hedged,
    hedged_change,
    missed_bound,
    range_text,
)
from figcheck.check.grouping import constant, factorize_objects, first_positions, key_codes
from figcheck.model.verdicts import WORDS, Verdict

__all__ = [
    "Facts",
    "Judged",
    "References",
    "Unjudged",
    "compose_messages",
    "judged_message",
    "unjudged_message",
]

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
    hedge: np.ndarray | pd.Categorical  # a Categorical: keyed by its codes
    notes: np.ndarray
    basis: np.ndarray | pd.Categorical
    tolerance_text: np.ndarray
    error: np.ndarray  # an input problem of the claim itself
    capped: np.ndarray | None = None  # the ±10% cap narrowed the range (bool; None: nowhere)
    step: np.ndarray | None = None  # the claimed figure's last printed digit (None: not known)


def compose_messages(facts: Facts, refs: References) -> pd.Categorical:
    """The message of every claim: why it could not be judged, or what holds and what not."""
    verdict = facts.verdict
    n = len(verdict)
    messages = np.full(n, None, dtype=object)
    is_error = verdict == Verdict.ERROR.value
    unverifiable = verdict == Verdict.UNVERIFIABLE.value
    judged = np.flatnonzero(~is_error & ~unverifiable)
    unjudged = np.flatnonzero(is_error | unverifiable)
    codes = np.full(n, -1, dtype=np.intp)
    messages[unjudged] = _unjudged_texts(unjudged, facts, refs)
    unjudged_codes, unjudged_texts = pd.factorize(messages[unjudged], use_na_sentinel=True)
    codes[unjudged] = unjudged_codes
    texts = [np.asarray(unjudged_texts, dtype=object)]
    if len(judged):
        # What a judged claim's message says, from the one list of its facts: a supported
        # claim's does not mention its own figure, range or step (the facts read only when
        # off), so claims on the same reference share one message.
        records = _judged_records(judged, facts, refs)
        keys = _record_codes(records)
        at = first_positions(keys)
        built = _judged_texts(judged[at], _record_keys(records, at), facts, refs)
        codes[judged] = keys + len(texts[0])
        texts.append(np.asarray(built, dtype=object))
    # Different keys can read the same (two references that round alike): one category each.
    distinct_codes, distinct = pd.factorize(np.concatenate(texts), use_na_sentinel=True)
    merged = np.where(codes >= 0, distinct_codes[np.maximum(codes, 0)], -1)
    return pd.Categorical.from_codes(merged, categories=pd.Index(distinct, dtype=object))


@dataclass(frozen=True)
class Unjudged:
    """What the message of a claim that could not be judged (error, unverifiable) speaks of."""

    error: bool  # the verdict is error (else unverifiable)
    problem: str | None  # an input problem of the claim itself (None: none)
    looked_up: bool  # a reference was asked for
    reason: str | None  # why the reference could not be had or used
    note: str  # the desk's note ("": none)


def unjudged_message(facts: Unjudged) -> str | None:
    """Why a claim could not be judged: its own problem, else why its reference could not be
    used; a claim that names no reference says so (and gives its note)."""
    if facts.error:
        return facts.problem if facts.problem is not None else facts.reason
    if facts.looked_up:
        return facts.reason
    return f"{_NO_REFERENCE} {facts.note}" if facts.note else _NO_REFERENCE


def _unjudged_texts(rows: np.ndarray, facts: Facts, refs: References) -> np.ndarray:
    """The message of each claim at ``rows`` (errors and unverifiable ones), worded once per
    distinct set of facts."""
    if not len(rows):
        return np.zeros(0, dtype=object)
    error = facts.verdict[rows] == Verdict.ERROR.value
    problem = facts.error[rows]
    looked_up = ~pd.isna(refs.status[rows])
    reason = refs.message[rows]
    notes = facts.notes[rows]
    keys = key_codes(error, problem, looked_up, reason, notes)
    first = first_positions(keys)
    texts: list[str | None] = [
        unjudged_message(
            Unjudged(
                bool(error[i]),
                None if pd.isna(problem[i]) else problem[i],
                bool(looked_up[i]),
                None if pd.isna(reason[i]) else reason[i],
                notes[i] if isinstance(notes[i], str) else "",
            )
        )
        for i in first.tolist()
    ]
    spread: np.ndarray = np.asarray(texts, dtype=object)[keys]
    return spread


@dataclass(frozen=True)
class Judged:
    """What the message of a judged claim speaks of ("": not given)."""

    reference: float  # in the claim's unit
    unit: str
    label: str  # who the figure is from
    basis: str  # where the range came from (ranges.Basis)
    hedge: str
    tolerance: str  # as the desk wrote it
    capped: bool  # the ±10% cap narrowed the range
    # A discrepancy's message also says the claim, its range and the gap:
    discrepancy: bool = False
    claimed: float = math.nan
    low: float = math.nan
    high: float = math.nan
    # The reference was converted from another currency:
    fx_rate: float = math.nan
    fx_pair: str = ""
    fx_date: str = ""
    # Change and rank claims say what the data say, and what the claim needs, in their own words:
    said: str = ""  # instead of "<label> gives <reference>"
    claim: str = ""  # instead of the claimed amount ("rank 3rd")
    need: str = ""  # instead of "the figure must be <range>"
    adjusted: str = ""  # constant-money claims: how the reference was adjusted
    # A change claim with a negative value ("fell more than 20%", value -20 percent): its hedge
    # speaks of the size of the fall, and so do its words ("a fall of more than 20%", "the fall
    # must be at least 20%"), never "more than -20%" ... "at most -20%"
    fall: bool = False
    # A change claim with a positive value: "a rise of 2.7%", "the rise must be …" (mends28:
    # it read "The article says 2.7%; … rose 2.888%" and "the figure must be …")
    rise: bool = False
    # A ratio change without a ratio word: "a change by a factor of 3", "the ratio must be …"
    ratio: bool = False
    # The claimed figure's last printed digit, so that it is echoed as printed ("1.80 trillion")
    step: float = math.nan
    # Where the range came from, instead of the basis in words (None: from the basis; "": not
    # said, as for a rank, which no printed figure's rounding explains)
    why: str | None = None
    # What a supported claim's message says holds, instead of "within the expected range" (a
    # rank: "as the article says"; mends28: a rank has no range an editor thinks of)
    holds: str = ""


def judged_message(facts: Judged) -> str:
    """The message of a supported claim or a discrepancy. Only discrepancies are spelled out in
    full (their claim, range and gap); a supported claim's range is in report.json."""
    why = describe_basis(facts.basis, facts.hedge, facts.tolerance, "capped" * facts.capped)
    if facts.why is not None:
        why = facts.why
    got = format_amount(facts.reference, facts.unit)
    if facts.discrepancy and (facts.fall or facts.rise):
        # a fall's size and range are said as positive: "a fall of 20%", "at least 20%"
        word, sign = ("fall", -1.0) if facts.fall else ("rise", 1.0)
        size = format_amount(sign * facts.claimed, facts.unit, step=facts.step)
        claim = hedged_change(facts.hedge, size, f"a {word}")  # "a rise that topped 5%"
        low, high = (-facts.high, -facts.low) if facts.fall else (facts.low, facts.high)
        need = f"the {word} must be {range_text(low, high, facts.unit)}"
        text = f"The article says {claim}; {facts.said}. To stand, {need}{_why(why)}."
    elif facts.discrepancy and facts.ratio and not facts.claim:
        size = format_amount(facts.claimed, facts.unit, step=facts.step)
        claim = hedged_change(facts.hedge, size, "a change by a factor")
        need = facts.need or f"the ratio must be {range_text(facts.low, facts.high, facts.unit)}"
        text = f"The article says {claim}; {facts.said}. To stand, {need}{_why(why)}."
    elif facts.discrepancy:
        said = facts.claim or format_amount(facts.claimed, facts.unit, step=facts.step)
        claim = hedged(facts.hedge, said)  # "nearly 120,000 people", "it topped 130 million …"
        near = {said, format_bound(facts.low, facts.unit), format_bound(facts.high, facts.unit)}
        if got in near:  # rounded onto the figure it misses: "7,989,545,217 people", not "7.99
            got = format_precise(facts.reference, facts.unit)  # billion people"
        missed = missed_bound(facts.reference, facts.low, facts.high)
        off = gap_text(facts.claimed, facts.reference, facts.unit, missed)
        data = facts.said or f"{facts.label} gives {got}{off}"
        need = facts.need or f"the figure must be {range_text(facts.low, facts.high, facts.unit)}"
        text = f"The article says {claim}; {data}. To stand, {need}{_why(why)}."
    else:
        holds = WORDS[Verdict.SUPPORTED].sentence
        data = facts.said or f"{facts.label} gives {got}"
        agrees = facts.holds or "within the expected range"
        text = f"{holds}: {data}, {agrees}{_why(why)}."
    if facts.fx_pair:
        text += f" Converted at {facts.fx_rate:.4f} {facts.fx_pair} (ECB, {facts.fx_date})."
    if facts.adjusted:
        text += f" {facts.adjusted}"
    return text


def _why(why: str) -> str:
    return f" ({why})" if why else ""


#: The judged messages worded so far in this process, by their facts' record (see
#: :func:`_judged_records`); emptied when it reaches :data:`_WORDED_UP_TO` entries.
_WORDED: dict[bytes, str] = {}
_WORDED_UP_TO = 1 << 17
#: The number of each text fact's value met so far in this process (see :func:`_text_ids`); the
#: records in :data:`_WORDED` hold these numbers, so both are emptied together.
_TEXT_IDS: dict[Any, int] = {}
_TEXT_IDS_UP_TO = 1 << 17


def _judged_records(rows: np.ndarray, facts: Facts, refs: References) -> np.ndarray:
    """The facts of the judged claims at ``rows`` as exact integers, one row of the result per
    fact (:func:`_judged_facts`' order; the verdict as whether the claim is off): floats by
    their bits (so that missing values match one another), dates as days, texts as the number
    :func:`_text_ids` gives them for the whole process. A supported claim's record leaves out
    its figure, range and step (0), which its message does not say. Claims with equal records
    have one message, in this chunk or any later one."""
    if len(_TEXT_IDS) > _TEXT_IDS_UP_TO:
        _TEXT_IDS.clear()
        _WORDED.clear()
    off = np.asarray(facts.verdict[rows] != Verdict.SUPPORTED.value, dtype=bool)
    records = np.empty((len(_JUDGED_FACTS), len(rows)), dtype=np.int64)
    for k, (name, column) in enumerate(zip(_JUDGED_FACTS, _judged_facts(facts, refs),
                                           strict=True)):  # fmt: skip
        if name == "verdict":
            records[k] = off
        elif not isinstance(column, np.ndarray):  # a Categorical
            records[k] = _text_ids(column, rows)
        elif column.dtype.kind == "f":
            bits = np.ascontiguousarray(column[rows], dtype=np.float64).view(np.int64)
            records[k] = np.where(off, bits, 0) if name in _READ_WHEN_OFF else bits
        elif column.dtype.kind == "b":
            records[k] = column[rows]
        elif column.dtype == np.dtype("datetime64[D]"):
            records[k] = column[rows].view(np.int64)
        else:
            records[k] = _text_ids(column, rows)
    return records


def _text_ids(values: Any, rows: np.ndarray) -> np.ndarray:
    """A text fact's value at each of ``rows`` as a number that names it for the whole process:
    every missing value as one (None), a text as itself, anything else (a Parquet column's
    number) with its type — 0, 0.0 and False are one key to Python, not one text. Each
    distinct value is numbered once (a Categorical's by its codes)."""
    if isinstance(values, pd.Categorical):
        codes = np.asarray(values.codes)[rows]
        distinct = values.categories.to_numpy(dtype=object)
    elif constant(taken := values[rows]):  # one text (or None) throughout: nothing to hash
        given = taken[0] is not None
        codes = np.full(len(rows), 0 if given else -1, dtype=np.intp)
        distinct = taken[:1] if given else taken[:0]
    else:
        codes, distinct = factorize_objects(np.asarray(taken, dtype=object))
    named: list[Any] = distinct.tolist()
    if not all(type(v) is str for v in named):  # told apart by type, row by row (rare)
        taken = np.array(values[rows], dtype=object)
        taken[pd.isna(taken)] = None
        numbered: dict[Any, int] = {}
        codes = np.fromiter(
            (numbered.setdefault(v if v is None or type(v) is str else (type(v), v),
                                 len(numbered)) for v in taken.tolist()),
            dtype=np.int64, count=len(taken),
        )  # fmt: skip
        named = list(numbered)
    ids = np.array([_TEXT_IDS.setdefault(v, len(_TEXT_IDS)) for v in [*named, None]],
                   dtype=np.int64)  # fmt: skip
    spread: np.ndarray = ids[codes]  # code -1 (missing): the last, None
    return spread


#: The odd 64-bit multiplier of :func:`_record_codes`' hash (the golden ratio's bits).
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _record_codes(records: np.ndarray) -> np.ndarray:
    """One integer per column of ``records`` naming its distinct record, numbered in order of
    first appearance (as :func:`~figcheck.check.grouping.key_codes` numbers them): the records
    are hashed to one 64-bit integer each and those numbered; every record is then compared
    with the first of its number, and should two records share a hash the numbering is
    :func:`~figcheck.check.grouping.key_codes` of the facts themselves."""
    n = records.shape[1]
    varying = [row for row in records if n and row.min() != row.max()]
    if len(varying) < 2:
        return key_codes(*varying) if varying else np.zeros(n, dtype=np.intp)
    mixed = np.zeros(n, dtype=np.uint64)
    for row in varying:
        mixed ^= row.view(np.uint64)
        mixed *= _MIX
        mixed ^= mixed >> np.uint64(31)
    codes = pd.factorize(mixed)[0]
    first = first_positions(codes)
    if all(np.array_equal(row[first][codes], row) for row in varying):
        return codes.astype(np.intp)
    return key_codes(*varying)


def _record_keys(records: np.ndarray, at: np.ndarray) -> list[bytes]:
    """The records at ``at`` as bytes (the key of :data:`_WORDED`)."""
    taken = np.ascontiguousarray(records[:, at].T)
    keys: list[bytes] = taken.view(f"V{taken.shape[1] * 8}").ravel().tolist()
    return keys


def _judged_texts(rows: np.ndarray, keys: list[bytes], facts: Facts, refs: References) -> list[str]:
    """The messages of the judged claims at ``rows`` (``keys``: their records' bytes, see
    :func:`_judged_records`): facts already worded (in this chunk or an earlier one) are
    looked up, the others worded by :func:`judged_message`."""
    texts: list[str | None] = [_WORDED.get(key) for key in keys]
    new = [i for i, found in enumerate(texts) if found is None]
    if len(_WORDED) + len(new) > _WORDED_UP_TO:
        _WORDED.clear()
    for i, worded in zip(new, _worded(rows[new], facts, refs), strict=True):
        texts[i] = _WORDED[keys[i]] = worded
    return cast("list[str]", texts)


def _worded(rows: np.ndarray, facts: Facts, refs: References) -> list[str]:
    """The messages of the judged claims at ``rows``, each worded from its facts (each column
    read once, as Python values)."""

    def column(values: np.ndarray | pd.Categorical) -> list[Any]:
        out: list[Any] = values[rows].tolist()
        return out

    supported = Verdict.SUPPORTED.value
    texts = []
    for verdict, ref, unit, label, basis, hedge, tolerance, cap, claimed, low, high, rate, pair, \
            date, step in zip(*(column(v) for v in _judged_facts(facts, refs)),
                              strict=True):  # fmt: skip
        off = verdict != supported
        fx = isinstance(pair, str)
        texts.append(judged_message(_judged(
            reference=float(ref), unit=_str(unit), label=_str(label, "the reference"),
            basis=_str(basis), hedge=_str(hedge), tolerance=_str(tolerance), capped=bool(cap),
            discrepancy=off, claimed=float(claimed) if off else math.nan,
            low=float(low) if off else math.nan, high=float(high) if off else math.nan,
            fx_rate=float(rate) if fx else math.nan, fx_pair=pair if fx else "",
            fx_date=str(date) if fx else "", step=float(step) if off else math.nan,
        )))  # fmt: skip
    return texts


#: :class:`Judged`'s fields that have a default, and it (see :func:`_judged`).
_JUDGED_DEFAULTS = {
    f.name: f.default for f in dataclasses.fields(Judged) if f.default is not dataclasses.MISSING
}


def _judged(**given: Any) -> Judged:
    """``Judged(**given)``, made without its frozen ``__init__``, which sets each of its two
    dozen fields through ``object.__setattr__`` (4.4 µs a message: as long as wording it, for
    the tens of thousands of messages a chunk words). Every field is given or has a plain
    default (a test checks it gives what ``Judged(**given)`` gives)."""
    made = object.__new__(Judged)
    made.__dict__.update(_JUDGED_DEFAULTS, **given)
    return made


#: The names of :func:`_judged_facts`' columns, in its order.
_JUDGED_FACTS = ("verdict", "ref", "unit", "label", "basis", "hedge", "tolerance", "capped",
                 "claimed", "low", "high", "fx_rate", "fx_pair", "fx_date", "step")  # fmt: skip
#: The facts a message reads only when the claim is off (not supported).
_READ_WHEN_OFF = frozenset({"claimed", "low", "high", "step"})


def _judged_facts(facts: Facts, refs: References) -> tuple[np.ndarray | pd.Categorical, ...]:
    """The columns a judged message is worded from, one place for their order: verdict,
    reference, unit, label, basis, hedge, tolerance, capped, claimed, low, high, and the
    conversion's rate, pair and date, and the claimed figure's printed step."""
    return (
        facts.verdict, facts.ref, facts.unit_text, refs.label, facts.basis, facts.hedge,
        facts.tolerance_text, _capped(facts), facts.claimed, facts.low, facts.high,
        refs.fx_rate, refs.fx_pair, refs.fx_date, _step(facts),
    )  # fmt: skip


def _str(value: Any, missing: str = "") -> str:
    """A text fact: ``missing`` for None or NaN."""
    absent = value is None or (isinstance(value, float) and math.isnan(value))
    return missing if absent else str(value)


def _step(facts: Facts) -> np.ndarray:
    if facts.step is None:
        return np.full(len(facts.verdict), np.nan)
    return np.asarray(facts.step, dtype=float)


def _capped(facts: Facts) -> np.ndarray:
    if facts.capped is None:
        return np.zeros(len(facts.verdict), dtype=bool)
    return facts.capped
