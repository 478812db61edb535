"""Answer change, rank and constant-money references, once per distinct spec.

The engine hands over the claims whose reference has a :class:`~figcheck.model.claims.Shape`. Claims
are grouped by what they ask (dataset, column, aggregate and spec), each distinct question is
answered once by the scalar rules of :mod:`figcheck.model.changes`, :mod:`figcheck.model.ranks` and
:mod:`figcheck.model.adjust`, and every claim gets its question's answer. The two ends of all
changes
are looked up together by :func:`figcheck.check.lookups.resolve_lookups`. No I/O: datasets come
through the injected :class:`~figcheck.check.lookups.DatasetAccess`.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from figcheck.check.findings import format_amount, format_precise
from figcheck.check.lookups import (
    ERROR,
    OK,
    UNVERIFIABLE,
    DatasetAccess,
    DatasetUnavailable,
    DatasetView,
    column_title,
    date_condition,
    is_monthly,
    resolve_lookups,
    select_rows,
)
from figcheck.limits import quoted, shown_value
from figcheck.model.adjust import LATEST, AdjustSpec, IndexLevel, index_level
from figcheck.model.changes import ChangeKind, ChangeSpec, compute_change, result_unit
from figcheck.model.claims import WHERE_PREFIX
from figcheck.model.dates import Grain, read_period
from figcheck.model.ranks import (
    RANK,
    RankOutcome,
    RankSpec,
    months_earlier,
    ordinal,
    rank_in_window,
    series_change,
    years_earlier,
)

__all__ = [
    "CHANGE", "RANK", "VERB", "Answer", "Question", "answer_adjustments", "answer_changes",
    "answer_ranks", "claim_shapes",
]  # fmt: skip


def claim_shapes(kind: np.ndarray, changes: np.ndarray) -> pd.Categorical:
    """Each claim's shape, the findings column ``shape`` the reports read (review27: they read
    it back from the detail text, "percent change: from …", "rank of …"): ``kind`` is the
    claims' kind (``rank``, ``change``, …), ``changes`` their change kinds (None: none)."""
    shape = np.full(len(kind), None, dtype=object)
    shape[np.asarray(kind == RANK, dtype=bool)] = RANK
    for row in np.flatnonzero(pd.notna(changes)).tolist():
        shape[row] = ChangeKind(changes[row]).value
    return pd.Categorical(shape)


#: Placeholders in :attr:`Answer.said` for the change ("9.06%") and its verb ("rose"/"fell").
CHANGE, VERB = "\x00change\x00", "\x00verb\x00"


@dataclass(frozen=True)
class Question:
    """One distinct change or rank question: the lookup part and the spec."""

    dataset: str
    column: str | None
    aggregate: str | None
    spec: ChangeSpec | RankSpec


@dataclass
class Answer:
    """The reference a question gives, in the unit ``unit`` (a unit key), or why it cannot.

    ``said`` is what the data say in words, for the message ("US CPI-U … rose 9.06%, from …");
    it holds :data:`VERB` and :data:`CHANGE` where the change is written once converted to the
    claim's unit."""

    value: float = math.nan
    unit: str = ""
    status: str = OK
    message: str | None = None
    detail: str = ""
    label: str = ""
    rows: int = 0
    said: str = ""
    rank: RankOutcome | None = None


def _failed(status: str, message: str) -> Answer:
    return Answer(status=status, message=message)


# --- changes ----------------------------------------------------------------------------------


def answer_changes(questions: list[Question], access: DatasetAccess) -> list[Answer]:
    """Answer change questions; both ends of every question are looked up in one batch."""
    records: list[dict[str, Any]] = []
    for number, question in enumerate(questions):
        assert isinstance(question.spec, ChangeSpec)
        for end, conditions in (("start", question.spec.start), ("end", question.spec.end)):
            record: dict[str, Any] = {
                "key": f"{number}:{end}",
                "reference.dataset": question.dataset,
                "reference.column": question.column,
                "reference.aggregate": question.aggregate,
            }
            for column, condition in conditions:
                record[WHERE_PREFIX + column] = condition
            records.append(record)
    if not records:
        return []
    requests = pd.DataFrame.from_records(records).astype(object).set_index("key")
    found = resolve_lookups(requests, access)
    answers = []
    for number, question in enumerate(questions):
        ends: list[dict[str, Any]] = [
            {str(k): v for k, v in found.loc[f"{number}:{end}"].to_dict().items()}
            for end in ("start", "end")
        ]
        answers.append(_change(question, ends[0], ends[1], access))
    return answers


def _change(
    question: Question, start: dict[str, Any], end: dict[str, Any], access: DatasetAccess
) -> Answer:
    spec = question.spec
    assert isinstance(spec, ChangeSpec)
    for name, which, side in (("from", "start", start), ("to", "end", end)):
        if side["status"] == UNVERIFIABLE:  # what is missing first, the desk key after it
            return _failed(UNVERIFIABLE, f"{side['message']} (the change's {which}, `{name}`)")
        if side["status"] != OK:
            return _failed(str(side["status"]), f"{name}: {side['message']}")
    unit = start["unit"] or ""
    if (end["unit"] or "") != unit:
        return _failed(ERROR, f"to: the change's ends are in {unit or 'no unit'} and "
                              f"{end['unit'] or 'no unit'}")  # fmt: skip
    value = compute_change(spec.kind, float(start["value"]), float(end["value"]))
    if math.isnan(value):
        return _failed(UNVERIFIABLE, "the change is undefined: its start is zero")
    start_where, end_where = _ends_in_words(question, access)
    start_text = f"{format_precise(float(start['value']), unit)} ({start_where})"
    end_text = f"{format_precise(float(end['value']), unit)} ({end_where})"
    if spec.kind is ChangeKind.RATIO:
        said = f"changed by a factor of {CHANGE}, from {start_text} to {end_text}"
    else:
        points = " points" if spec.kind is ChangeKind.POINTS else ""
        said = f"{VERB} {CHANGE}{points}, from {start_text} to {end_text}"
        if spec.kind is ChangeKind.PERCENT and unit == "percent":
            # a percent change of a rate is easily a slip for its change in points: say both
            moved = float(end["value"]) - float(start["value"])
            said += f" (a change of {format_precise(moved, '')} percentage points)"
    return Answer(
        value=value, unit=result_unit(spec.kind, unit), label=str(start["label"]),
        rows=int(start["rows"]) + int(end["rows"]), said=said,
        detail=f"{spec.kind.value} change: from {start['detail']} to {end['detail']}",
    )  # fmt: skip


def _ends_in_words(question: Question, access: DatasetAccess) -> tuple[str, str]:
    """Where the ends differ, read as the table reads them and shown as a reader writes them:
    ``2021-06`` for ``Date: June 2021`` on a monthly column (its rows are dated 2021-06-01)."""
    spec = question.spec
    assert isinstance(spec, ChangeSpec)
    start, end = dict(spec.start), dict(spec.end)
    differ = [c for c in dict.fromkeys([*start, *end]) if start.get(c) != end.get(c)] or list(end)
    try:
        view: DatasetView | None = access.view(question.dataset)
    except DatasetUnavailable:
        view = None

    def words(conditions: dict[str, Any]) -> str:
        return ", ".join(_key_text(view, column, conditions.get(column)) for column in differ)

    return words(start), words(end)


def _key_text(view: DatasetView | None, column: str, value: Any) -> str:
    if view is not None and view.types.get(column) == "date" and not isinstance(value, dict):
        monthly = is_monthly(view.frame[column])
        date, _ = date_condition(value, monthly)
        if date is not None:
            return _show(date, monthly)
    if isinstance(value, dict):
        ((op, items),) = value.items()
        shown = [_key_text(view, column, item) for item in items]
        return "–".join(shown) if op == "between" else "in " + ", ".join(shown)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- ranks ------------------------------------------------------------------------------------


def answer_ranks(questions: list[Question], access: DatasetAccess) -> list[Answer]:
    """Answer rank questions: build each distinct series once, then rank within the window."""
    return [_rank(question, access) for question in questions]


def _rank(question: Question, access: DatasetAccess) -> Answer:
    spec = question.spec
    assert isinstance(spec, RankSpec)
    try:
        view = access.view(question.dataset)
    except DatasetUnavailable as exc:
        return _failed(exc.status, f"dataset: {exc}")
    column = question.column or view.value_column
    if column is None:
        return _failed(ERROR, f"column: dataset {view.name!r} declares no value column; name "
                              "one with reference.column")  # fmt: skip
    for name, what in ((column, "column"), (spec.by, "rank.by")):
        if name not in view.types:
            return _failed(ERROR, f"{what}: unknown column {quoted(name)} in dataset "
                                  f"{view.name!r}; columns: {', '.join(view.types)}")  # fmt: skip
    periods = _period_columns(view)
    if spec.by not in periods:
        # "the second most populous country" ranked by Country Code ranked CHN among the codes
        # that sort before it (ABW–CHN, aggregates such as EAS included): a false verdict; a
        # value column (Inflation) ordered the series by another figure
        what = f"a {view.types[spec.by]} column"
        if view.types[spec.by] in (*_PERIOD_TYPES, "number"):  # a figure: a unit or a number
            unit = view.units.get(spec.by)
            what = f"a value column ({unit})" if unit else "a value column"
        return _failed(ERROR, f"rank.by: {spec.by!r} is {what}, not a "
                              "period: a rank orders a series over time (years, months, days); "
                              f"period columns of {view.name!r}: {', '.join(periods) or 'none'}. "
                              "Ranks across countries or other groups are not checked")  # fmt: skip
    mask, problem = select_rows(view, dict(spec.where))
    if problem:
        return _failed(ERROR, f"where: {problem}")
    series, problem = _series(view, mask, column, spec.by, question.aggregate)
    if problem:
        return _failed(ERROR, f"aggregate: {problem}")
    kind = view.types[spec.by]
    monthly = kind == "date" and is_monthly(view.frame[spec.by])
    at, problem = _key(spec.at, kind, monthly, "rank.at")
    if problem:
        return _failed(ERROR, problem)
    after = None
    if spec.since is not None:
        after, problem = _after(spec.since, kind, monthly)
        if problem:
            return _failed(ERROR, problem)
        if not after < at:  # desks33: an empty window stopped the whole run (IndexError)
            return _failed(
                ERROR,
                f"rank.since: {_show(after, monthly)} is not before rank.at {_show(at, monthly)}: "
                "the window runs from after `since` up to `at`, so it would be empty; name an "
                "earlier `since`",
            )
    unit = view.units.get(column) or ""
    what = f"{question.aggregate} of {column}" if question.aggregate else column
    # lag and last count periods on a series of months or years (a month without a release
    # must not shift them), rows on any other series
    earlier = months_earlier if monthly else years_earlier if kind in ("integer", "year") else None
    if spec.change is not None:
        series = series_change(series, spec.change, spec.lag, earlier)
        unit = result_unit(spec.change, unit)
        period = "month" if monthly else "year" if earlier is not None else "period"
        what = f"{spec.lag}-{period} {spec.change.value} change of {what}"
    outcome = rank_in_window(series, at, spec.order, after=after, last=spec.last,
                             earlier=earlier)  # fmt: skip
    label = view.label.get(column) or view.title
    if outcome.problem:
        return _failed(UNVERIFIABLE, f"{label}: {outcome.problem}")
    window = f"{spec.by} {_show(outcome.first, monthly)}–{_show(outcome.last, monthly)}"
    said = (
        f"{label} ({what}): {spec.by} {_show(at, monthly)} ranks {ordinal(outcome.rank)} "
        f"{spec.order.value} of {outcome.size:,} ({window}) with "
        f"{format_amount(outcome.value, unit)}"
    )
    if outcome.beaten_by:
        beaters = [f"{_show(k, monthly)} ({format_amount(v, unit)})"
                   for k, v in outcome.beaten_by[:3]]  # fmt: skip
        more = len(outcome.beaten_by) - len(beaters)
        said += "; beaten by " + ", ".join(beaters) + (f" and {more} more" if more else "")
    return Answer(
        value=float(outcome.rank), unit="", label=label, rows=outcome.size, said=said,
        detail=f"rank of {spec.by} {_show(at, monthly)} by {what} ({spec.order.value}, {window})",
        rank=outcome,
    )  # fmt: skip


#: Column types a rank's ``by`` may be: the periods of a series.
_PERIOD_TYPES = frozenset({"date", "integer", "year"})  # not "number": a figure, not a period


def _period_columns(view: DatasetView) -> list[str]:
    """The columns a rank's ``by`` may name: of a period type, and not a figure (a column
    with a unit, or the dataset's value column)."""
    return [
        name for name, kind in view.types.items()
        if kind in _PERIOD_TYPES and name != view.value_column
        and name not in view.units and name not in view.unit_columns
    ]  # fmt: skip


def _series(
    view: DatasetView, mask: np.ndarray, column: str, by: str, aggregate: str | None
) -> tuple[list[tuple[Any, float]], str | None]:
    """The series to rank: one value per ``by`` entry, sorted, gaps dropped. Rows sharing an
    entry (the states and months of a year) are combined by ``aggregate`` first."""
    rows = view.frame.loc[mask, [by, column]].dropna(subset=[by])
    grouped = rows.groupby(by, sort=True)[column]
    if aggregate is None:
        sizes = grouped.size()
        if (sizes > 1).any():
            entry = sizes[sizes > 1].index[0]
            return [], (
                f"{int(sizes.max())} rows of {view.name!r} share {by} {_show(entry)}: set "
                "reference.aggregate (e.g. sum) or narrow reference.where"
            )
        values = grouped.first()
    elif aggregate == "count":
        values = grouped.size().astype(float)
    elif aggregate == "sum":
        values = grouped.sum(min_count=1)
    else:
        values = grouped.agg(aggregate)
    values = values.dropna()
    keys = [_plain_key(k) for k in values.index]
    return list(zip(keys, values.astype(float).tolist(), strict=True)), None


def _plain_key(key: Any) -> Any:
    if isinstance(key, pd.Timestamp):
        return key.date()
    if isinstance(key, (np.integer, np.floating)):
        return key.item()
    return key


def _key(value: Any, kind: str, monthly: bool, what: str) -> tuple[Any, str | None]:
    """A period as the ``by`` column holds it."""
    if kind == "date":
        date, problem = date_condition(value, monthly)
        return (date.date() if date is not None else None), (
            f"{what}: {problem}" if problem else None
        )
    if kind in ("integer", "year", "number"):
        period = read_period(value)
        if period is None or period.grain is not Grain.YEAR:
            return None, f"{what}: {_not_a_year(value)} (the column is {kind})"
        return period.start.year, None
    return str(value), None


def _not_a_year(value: Any) -> str:
    """Why ``value`` names no year, in words (mends30: a year out of range, 0 or 99999, was "not
    a whole number"; a 300-digit one was echoed whole)."""
    text = value if isinstance(value, str) else None
    if (isinstance(value, int) and not isinstance(value, bool)) or (
        text is not None and text.strip().lstrip("+-").isascii()
        and text.strip().lstrip("+-").isdigit()
    ):  # fmt: skip
        return f"{shown_value(value)} is not a year from 1 to 9999"
    digits = "".join(c for c in text or "" if c.isdecimal())
    if digits and not digits.isascii():
        plain = "".join(str(unicodedata.decimal(c)) for c in digits)
        return (
            f"{quoted(text or '')} is written in digits of another script; write it with the "
            f"digits 0-9 ({quoted(plain)})"
        )
    return (
        f"{quoted(value) if isinstance(value, str) else shown_value(value)} is not a whole number"
    )


def _after(value: Any, kind: str, monthly: bool) -> tuple[Any, str | None]:
    """The last entry *before* the window of ``since`` (the window starts after it)."""
    period = read_period(value)
    if kind == "date" and period is not None:
        if period.grain is Grain.MONTH and not monthly:
            return None, f"rank.since: {value!r} is a month but {kind} column holds days"
        return period.end, None
    return _key(value, kind, monthly, "rank.since")


def _show(key: Any, monthly: bool = False) -> str:
    """A period as a reader writes it: a month of a monthly column as ``2023-12`` (as a desk
    names it; its rows are dated on the 1st), a day as ``2023-12-05``, a year as ``2023``."""
    if isinstance(key, dt.datetime):
        key = key.date()
    if isinstance(key, dt.date):
        return f"{key.year:04d}-{key.month:02d}" if monthly else key.isoformat()
    return str(key)


# --- constant money ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Adjustment:
    """The factor that takes a reference's money into the claim's, and how it was found."""

    factor: float = math.nan
    text: str = ""
    status: str = OK
    message: str | None = None


def answer_adjustments(specs: Iterable[AdjustSpec], access: DatasetAccess) -> list[Adjustment]:
    """One :class:`Adjustment` per spec (the caller passes each distinct spec once)."""
    return [_adjustment(spec, access) for spec in specs]


def _adjustment(spec: AdjustSpec, access: DatasetAccess) -> Adjustment:
    try:
        view = access.view(spec.index)
    except DatasetUnavailable as exc:
        return Adjustment(status=exc.status, message=f"adjust.index: {exc}")
    column = spec.column or view.value_column
    dates = [name for name, kind in view.types.items() if kind == "date"]
    by = spec.by or (dates[0] if len(dates) == 1 else None)
    if column is None or column not in view.types:
        return Adjustment(status=ERROR, message=f"adjust.column: {column!r} is not a column of "
                          f"{view.name!r}; columns: {', '.join(view.types)}")  # fmt: skip
    if by is None or view.types.get(by) != "date":
        return Adjustment(status=ERROR, message=f"adjust.by: name the date column of "
                          f"{view.name!r}; date columns: {', '.join(dates) or 'none'}")  # fmt: skip
    table = view.frame[[by, column]].dropna().sort_values(by)
    entries = [
        (stamp.date(), float(value))
        for stamp, value in zip(pd.to_datetime(table[by]), table[column], strict=True)
    ]
    monthly = is_monthly(view.frame[by])
    levels: list[IndexLevel] = [index_level(entries, spec.start, monthly),
                                index_level(entries, spec.end, monthly)]  # fmt: skip
    title = column_title(view, column)  # the dataset's catalog name is in report.json
    index = f"the price index {title}"
    for name, which, level in zip(("from", "to"), ("start", "end"), levels, strict=True):
        if level.problem:  # "the price index US CPI-U … has 5 of 12 months for 2026 (…)"
            problem = level.problem.removeprefix("the index ")
            return Adjustment(status=UNVERIFIABLE, message=f"{index} {problem} (the "
                              f"adjustment's {which}, `adjust.{name}`)")  # fmt: skip
    start, end = levels
    factor = end.value / start.value
    to = end.when if spec.end == LATEST else str(spec.end)
    text = (
        f"Adjusted with {title} from {start.text} to {end.text}: × {factor:.4g} "
        f"(the reference in {to} money)."
    )
    return Adjustment(factor=factor, text=text)
