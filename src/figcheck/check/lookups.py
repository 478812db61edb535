"""Resolve lookups against dataset tables, many at once: select rows, aggregate, report why not.

Requests are grouped by (dataset, column, aggregate, where-columns) and, within a group, by
their distinct key (the where values): each key is coerced, answered and described once, and
every request gets its key's answer by index. Keys that only test equality are answered by one
grouped merge; ``between``/``in`` conditions, which are rare, by boolean masks. Every
request gets a value and unit, the number of rows it matched, and a status: ``ok``,
``unverifiable`` (no usable reference value) or ``error`` (the lookup is wrong as written).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pandas as pd

from figcheck.check.grouping import first_positions, groups, key_codes
from figcheck.check.places import SHOWN_ITEMS, listed, missing_words
from figcheck.data.catalog import typed_values
from figcheck.errors import FigcheckError
from figcheck.limits import quoted, shown_value
from figcheck.model.claims import AGGREGATES, WHERE_PREFIX
from figcheck.model.dates import Grain, read_period

__all__ = [
    "DatasetAccess",
    "DatasetUnavailable",
    "DatasetView",
    "column_title",
    "date_condition",
    "is_monthly",
    "resolve_lookups",
    "select_rows",
]

OK, UNVERIFIABLE, ERROR = "ok", "unverifiable", "error"
#: Distinct keys whose answers a dataset view keeps, over all its (column, aggregate, where
#: columns): some 80 MB when full.
ANSWERS_KEPT = 1 << 17


class DatasetUnavailable(FigcheckError):
    """A dataset cannot be used (unknown, bad descriptor, hash mismatch, failed suite): the
    claims on it are ``error`` (or ``unverifiable`` where ``status`` says so)."""

    status = ERROR

    def __init__(self, problem: str, *, status: str = ERROR, **kwargs: Any) -> None:
        super().__init__(problem, **kwargs)
        self.status = status


@dataclass
class DatasetView:
    """What the engine needs of one dataset: its typed table and units."""

    name: str
    title: str
    frame: pd.DataFrame
    types: dict[str, str]  # column → schema type
    units: dict[str, str | None] = field(default_factory=dict)  # value column → unit key
    unit_columns: dict[str, str] = field(default_factory=dict)  # value column → unit column
    value_column: str | None = None
    label: dict[str, str] = field(default_factory=dict)  # column → words for sentences
    cite_columns: list[str] = field(default_factory=list)  # columns naming each row's source
    # The answers given so far, by (column, aggregate, where columns) and then key: a big table's
    # chunks ask for the same keys again. Bounded by ANSWERS_KEPT keys in all.
    answered: dict[tuple[Any, ...], _Kept] = field(default_factory=dict, repr=False, compare=False)


class DatasetAccess(Protocol):
    """Gives the engine datasets by name; raises :class:`DatasetUnavailable` with the reason."""

    def view(self, name: str) -> DatasetView: ...


def resolve_lookups(requests: pd.DataFrame, access: DatasetAccess) -> pd.DataFrame:
    """Answer lookup requests.

    ``requests`` has ``reference.dataset``, ``reference.column``, ``reference.aggregate`` and
    ``reference.where.<column>`` columns. Returns, aligned with it: ``value``, ``unit`` (key),
    ``rows``, ``status``, ``message``, ``detail`` (what was selected, in words) and ``label``
    (who the figure is from, for sentences: the cited row's publisher, else the column's or
    dataset's title).
    """
    out = _Answers(len(requests))
    if requests.empty:
        return out.frame(requests.index)
    where_cols = [c for c in requests.columns if str(c).startswith(WHERE_PREFIX)]
    # Which where-columns each request uses, as a bit mask: one integer per row, no row loop.
    mask = np.zeros(len(requests), dtype=np.int64)
    for bit, column in enumerate(where_cols):
        mask |= requests[column].notna().to_numpy().astype(np.int64) << bit
    for (name, column, aggregate, used), rows in groups(
        requests["reference.dataset"], requests["reference.column"],
        requests["reference.aggregate"], mask,
    ):  # fmt: skip
        try:
            view = access.view(str(name))
        except DatasetUnavailable as exc:
            _fail(out, rows, exc.status, str(exc))
            continue
        where = [
            str(c)[len(WHERE_PREFIX) :] for b, c in enumerate(where_cols) if int(used) >> b & 1
        ]
        group = requests if len(rows) == len(requests) else requests.iloc[rows]
        _resolve_group(out, rows, group, view, column or None, aggregate or None, where)
    return out.frame(requests.index)


class _Answers:
    """Answers held as plain numpy arrays, so filling them for a million requests costs no
    pandas indexing: one per request (aligned by position), or one per distinct key."""

    _FIELDS = ("value", "unit", "rows", "status", "message", "detail", "label")

    def __init__(self, n: int) -> None:
        self.value = np.full(n, np.nan)
        self.unit = np.empty(n, dtype=object)  # None throughout
        self.rows = np.zeros(n, dtype=np.int64)
        self.status = _filled(n, OK)
        self.message = np.empty(n, dtype=object)
        self.detail = _filled(n, "")
        self.label = np.empty(n, dtype=object)

    def joined(self, other: _Answers) -> _Answers:
        """These answers, then ``other``'s."""
        both = _Answers(0)
        for name in self._FIELDS:
            setattr(both, name, np.concatenate([getattr(self, name), getattr(other, name)]))
        return both

    def spread(self, out: _Answers, positions: np.ndarray, which: np.ndarray) -> None:
        """Give each request (at ``positions`` of ``out``) the answer of its key (``which``)."""
        every = len(positions) == len(out.value)  # every request, in order: taken, not put
        for name in self._FIELDS:
            if every:
                setattr(out, name, getattr(self, name)[which])
            else:
                getattr(out, name)[positions] = getattr(self, name)[which]

    def frame(self, index: pd.Index) -> pd.DataFrame:
        """The answers as a frame; text columns stay numpy object arrays (the engine reads them
        as such, so converting them to Arrow strings and back would be wasted)."""

        def text(values: np.ndarray) -> pd.Series:
            return pd.Series(values, index=index, dtype=object, copy=False)

        return pd.DataFrame(
            {"value": self.value, "unit": text(self.unit), "rows": self.rows,
             "status": text(self.status), "message": text(self.message),
             "detail": text(self.detail), "label": text(self.label)},
            index=index,
            copy=False,  # each column its own block (stacking the five text columns: ~8 ms/250k)
        )  # fmt: skip


def _filled(n: int, value: object) -> np.ndarray:
    """An object array holding one object ``n`` times (``np.full`` of a text makes a new string
    per row, through a ``<U`` array: most of the 26 ms an ``_Answers`` of 250k requests took)."""
    out = np.empty(n, dtype=object)
    out.fill(value)
    return out


def _fail(out: _Answers, positions: Any, status: str, message: str) -> None:
    out.status[positions] = status
    out.message[positions] = message


def _problem(view: DatasetView, value_column: str, where: list[str], aggregate: str | None) -> str:
    """What makes a whole group of lookups wrong as written (``""`` if nothing)."""
    for name in [value_column, *where]:
        if name not in view.types:
            what = "column" if name == value_column else "where column"
            return (
                f"unknown {what} {quoted(name)} in dataset {view.name!r}; "
                f"columns: {', '.join(view.types)}"
            )
    if aggregate is not None and aggregate not in AGGREGATES:  # desks and tables check it too
        return f"unknown aggregate {quoted(aggregate)}; valid choices: {', '.join(AGGREGATES)}"
    if view.types[value_column] not in ("number", "integer") and aggregate != "count":
        return (
            f"column {value_column!r} of {view.name!r} is {view.types[value_column]}, not a number"
        )
    return ""


def _resolve_group(
    out: _Answers,
    positions: np.ndarray,
    group: pd.DataFrame,
    view: DatasetView,
    column: str | None,
    aggregate: str | None,
    where: list[str],
) -> None:
    """Answer the lookups of one (dataset, column, aggregate, where-columns) group.

    A million lookups name a few thousand distinct keys (the where values): each key is
    coerced, looked up, described and explained once; rows get their key's answer by index.
    """
    value_column = column or view.value_column
    if value_column is None:
        _fail(out, positions, ERROR, f"dataset {view.name!r} declares no value column (no "
              "field has a unit); name one with reference.column")  # fmt: skip
        return
    problem = _problem(view, value_column, where, aggregate)
    if problem:
        _fail(out, positions, ERROR, problem)
        return
    which, raw, keys = _distinct_keys([group[WHERE_PREFIX + name] for name in where], len(group))
    name = (value_column, aggregate, tuple(where))
    kept = view.answered.setdefault(name, _Kept())
    try:
        at = np.array([kept.index.get(key, -1) for key in keys], dtype=np.intp)
    except TypeError:  # a value that cannot be a key (no plain value, no mapping): answer afresh
        _answer_group(view, value_column, aggregate, where, raw).spread(out, positions, which)
        return
    new = np.flatnonzero(at < 0)
    if sum(len(other.index) for other in view.answered.values()) + len(new) > ANSWERS_KEPT:
        view.answered.clear()  # the bound holds for all of a view's groups together
        kept = view.answered[name] = _Kept()
        at[:], new = -1, np.arange(len(at))
    if len(new):
        fresh = _answer_group(view, value_column, aggregate, where, [v[new] for v in raw])
        base = len(kept.index)
        kept.answers = kept.answers.joined(fresh)
        kept.index.update(
            zip([keys[i] for i in new.tolist()], range(base, base + len(new)), strict=True)
        )
        at[new] = np.arange(base, base + len(new))
    kept.answers.spread(out, positions, at[which])


@dataclass
class _Kept:
    """The answers given so far for one (column, aggregate, where columns) of a dataset: a key's
    place in ``answers`` by its where values (as :func:`_distinct_keys` tells keys apart)."""

    index: dict[tuple[Any, ...], int] = field(default_factory=dict)
    answers: _Answers = field(default_factory=lambda: _Answers(0))


def _answer_group(
    view: DatasetView,
    value_column: str,
    aggregate: str | None,
    where: list[str],
    raw: list[np.ndarray],
) -> _Answers:
    """The answers of distinct keys (``raw``: each where column's value of each key)."""
    answers = _Answers(len(raw[0]) if raw else 1)
    conditions: dict[str, np.ndarray] = {}
    for name, values in zip(where, raw, strict=True):
        monthly = view.types[name] == "date" and is_monthly(view.frame[name])
        conditions[name], problems = _coerce_conditions(values, view.types[name], monthly)
        failing = np.flatnonzero(pd.notna(problems))
        answers.status[failing] = ERROR
        answers.message[failing] = [
            f"where {name}: {text} (column {name!r} of {view.name!r} is {view.types[name]})"
            for text in problems[failing]
        ]
    good = np.flatnonzero(answers.status != ERROR)
    if len(good):
        _answer_keys(answers, good, view, value_column, aggregate, where, conditions, raw)
    return answers


def _answer_keys(
    answers: _Answers,
    good: np.ndarray,
    view: DatasetView,
    value_column: str,
    aggregate: str | None,
    where: list[str],
    conditions: dict[str, np.ndarray],
    raw: list[np.ndarray],
) -> None:
    """Look up the keys at ``good`` (their conditions are valid) and explain each answer."""
    unit_column = view.unit_columns.get(value_column)
    chosen = {name: conditions[name][good] for name in where}
    if where and not any(_has_mapping(values) for values in chosen.values()):
        values, units, rows, nulls, cites = _merge_lookup(
            view, chosen, where, value_column, aggregate, unit_column
        )
    else:
        values, units, rows, nulls, cites = _mask_lookup(
            view, chosen, len(good), where, value_column, aggregate, unit_column
        )
    if aggregate == "count":
        values = np.asarray(rows, dtype=float)
    fallback = column_title(view, value_column)
    answers.label[good] = [cite or fallback for cite in cites]
    unit = "" if aggregate == "count" else view.units.get(value_column)
    answers.value[good] = values
    answers.unit[good] = units if unit_column and aggregate != "count" else unit
    answers.rows[good] = rows
    keys = [values_[good] for values_ in raw]
    described = _describe_where(where, keys)
    how = f"{aggregate} of " if aggregate else ""
    answers.detail[good] = [
        f"{how}{value_column} where {t}" if t else f"{how}{value_column}" for t in described
    ]
    rows_arr = np.asarray(rows)
    nulls_arr = np.asarray(nulls)
    values_arr = np.asarray(values, dtype=float)
    none = (rows_arr == 0) & (aggregate != "count")  # counting no row is an answer: 0
    many = (rows_arr > 1) & (aggregate is None)
    gaps = ~none & ~many & (nulls_arr > 0)
    messages = np.full(len(good), None, dtype=object)
    status = np.full(len(good), OK, dtype=object)
    # What is missing is said in words, the dataset by its title (mends28: "no row of
    # 'us-cpi-u' matches …" named the catalog name, which report.json's vintage keeps)
    said = missing_words(  # mends30: "no figure for Mexico (MEX) in 2031"
        view.frame, view.types, where, keys, described, np.flatnonzero(none | gaps),
        _describe_condition,
    )  # fmt: skip
    for i in np.flatnonzero(none):
        which = f" for {said[i]}" if said[i] else ""
        messages[i] = f"no figure{which} in {fallback}"
    for i in np.flatnonzero(many):
        messages[i] = (
            f"{rows_arr[i]:,} rows of {view.name!r} match {described[i]}; narrow "
            "`where` or set `aggregate`"
        )
    for i in np.flatnonzero(gaps):
        # which rows, as "no row … matches" says (verdicts26: an editor could not tell which
        # year of the table lacked the value)
        which = f" for {said[i]}" if said[i] else ""
        messages[i] = (
            f"no figure{which} in {fallback}: {nulls_arr[i]:,} of the {rows_arr[i]:,} matching "
            f"rows have no {value_column} value"
            if rows_arr[i] > 1
            else f"no figure{which} in {fallback}: the row has no {value_column} value"
        )
    if unit_column and aggregate not in (None, "count"):
        mixed = np.asarray([u is None for u in np.asarray(units, dtype=object)]) & ~none
        for i in np.flatnonzero(mixed & ~gaps):
            messages[i] = f"the matching rows of {view.name!r} are in different units"
        gaps = gaps | mixed
    status[none | many | gaps | np.isnan(values_arr) & (aggregate != "count")] = UNVERIFIABLE
    answers.status[good] = status
    answers.message[good] = messages


def column_title(view: DatasetView, column: str) -> str:
    """A value column in words, as messages name it: its title, else :func:`_untitled`."""
    return view.label.get(column) or _untitled(view, column)


def _untitled(view: DatasetView, value_column: str) -> str:
    """A column without a title in words: the dataset's title, and the column's name when the
    dataset holds other figures (verdicts26: "Mexico: homicides per year (INEGI vital
    statistics) and SESNSP police counts gives 29,430 people" did not say whose count it was)."""
    return f"{view.title} ({value_column})" if len(view.units) > 1 else view.title


def _distinct_keys(
    columns: list[pd.Series], n: int
) -> tuple[np.ndarray, list[np.ndarray], list[tuple[Any, ...]]]:
    """Which distinct key (combination of the columns' values) each row has, numbered in order
    of first appearance; each column's raw value for each key; and each key as a tuple of
    (type, value) pairs that tells keys apart as the numbering does (see :func:`_hashable`)
    and, across chunks, as they read: one chunk's column can be ``int64`` and the next's
    ``float64`` or ``bool``, and ``1``, ``1.0`` and ``True`` are not one text."""
    if not columns:
        return np.zeros(n, dtype=np.intp), [], [()]
    hashable = [_hashable(column) for column in columns]
    which = key_codes(*hashable)
    first = first_positions(which)
    typed = [[(type(v), v) for v in column.iloc[first].tolist()] for column in hashable]
    keys = list(zip(*typed, strict=True))
    return which, [column.iloc[first].to_numpy(dtype=object) for column in columns], keys


def _hashable(column: pd.Series) -> pd.Series:
    """Mappings (``{between: …}``, ``{in: …}``) told apart by their JSON text; booleans and
    fractional-typed numbers by their type, since ``True == 1 == 1.0`` would otherwise make one
    key of values a column reads differently (``true`` is no integer; ``1.0`` is not ``1`` as
    text)."""
    if column.dtype != object:
        return column
    values = column.to_numpy()
    tagged = np.fromiter((type(v) in _TAGGED for v in values), dtype=bool, count=len(values))
    return column.map(_key) if tagged.any() else column


#: Value types whose Python equality is wider than a schema type's reading of them.
_TAGGED = frozenset({dict, bool, float, np.bool_, np.float64})


def _key(value: Any) -> Any:
    if type(value) is dict:
        return "\x00" + json.dumps(value, sort_keys=True, default=str)
    if isinstance(value, (bool, np.bool_)) or (isinstance(value, float) and value == value):
        return f"\x01{type(value).__name__}:{value!r}"
    return value


def _mappings(values: np.ndarray) -> np.ndarray:
    """Which values are ``{between: …}``/``{in: …}`` mappings rather than plain values."""
    if values.dtype != object:
        return np.zeros(len(values), dtype=bool)
    return np.fromiter((type(v) is dict for v in values), dtype=bool, count=len(values))


def _has_mapping(values: np.ndarray) -> bool:
    return bool(_mappings(values).any())


def is_monthly(column: pd.Series) -> bool:
    """A date column of months: every value on the 1st (how BLS and the Fed stamp a month)."""
    dates = pd.to_datetime(column, errors="coerce").dropna()
    return bool(len(dates)) and bool((dates.dt.day == 1).all())


def date_condition(value: Any, monthly: bool) -> tuple[pd.Timestamp | None, str | None]:
    """The scalar rule for a condition on a date column: a day as it is; a month (``2022-06``,
    ``June 2022``) as its first day when the column is monthly. Returns the date or the problem.
    """
    period = read_period(value)
    if period is None:
        return (
            None,
            f"{value!r} is not a date (write 2022-06-01, or a month as 2022-06 or June 2022)",
        )
    if period.grain is Grain.DAY or (period.grain is Grain.MONTH and monthly):
        return pd.Timestamp(period.start), None
    if period.grain is Grain.MONTH:
        return None, (
            f"{value!r} is a month but the column holds days: give a day (2022-06-01), or "
            "{between: [2022-06-01, 2022-06-30]} with an aggregate"
        )
    return None, (
        f"{value!r} is a year but the column holds dates: give a day or a month, or "
        "{between: [first, last]} with an aggregate"
    )


def _coerce_conditions(
    raw: np.ndarray, kind: str, monthly: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Coerce each condition (scalar, {between: [a, b]}, {in: [...]}) to the column's type;
    returns the coerced conditions and, where one cannot be, the problem in words."""
    if kind == "date":
        return _coerce_dates(raw, monthly)
    coerced = np.full(len(raw), None, dtype=object)
    problem = np.full(len(raw), None, dtype=object)
    mappings = _mappings(raw)
    scalars = np.flatnonzero(~mappings)
    if len(scalars):
        values, bad = _coerce_values(pd.Series(raw[scalars], dtype=object), kind)
        bad_arr = np.asarray(bad, dtype=bool)
        coerced[scalars] = values.astype(object).to_numpy()
        coerced[scalars[bad_arr]] = None
        problem[scalars[bad_arr]] = [
            f"{shown_value(v, quote=True)} is not a valid {kind}" for v in raw[scalars[bad_arr]]
        ]
    for pos in np.flatnonzero(mappings).tolist():
        mapping: dict[str, list[Any]] = raw[pos]
        ((op, items),) = mapping.items()
        typed, bad = _coerce_values(pd.Series(list(items), dtype=object), kind)
        if bad.any():
            first = items[int(np.flatnonzero(bad)[0])]
            problem[pos] = f"{shown_value(first, quote=True)} is not a valid {kind}"
        else:
            coerced[pos] = {op: list(typed)}
    return coerced, problem


def _coerce_dates(raw: np.ndarray, monthly: bool) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_coerce_conditions` for a date column, with :func:`date_condition` once per
    distinct value (the keys are distinct already)."""
    coerced = np.full(len(raw), None, dtype=object)
    problem = np.full(len(raw), None, dtype=object)
    for pos, value in enumerate(raw.tolist()):
        if type(value) is dict:
            ((op, items),) = value.items()
            answers = [date_condition(item, monthly) for item in items]
            bad = [text for _, text in answers if text]
            if bad:
                problem[pos] = bad[0]
            else:
                coerced[pos] = {op: [date for date, _ in answers]}
        else:
            coerced[pos], problem[pos] = date_condition(value, monthly)
    return coerced, problem


def _coerce_values(values: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    """Condition values as the column's type (:func:`typed_values`, the rule a snapshot's cells
    are read by); a missing condition value is as wrong as an unreadable one."""
    typed, bad = typed_values(values, kind)
    return typed, bad | values.isna()


def _merge_lookup(
    view: DatasetView,
    conditions: dict[str, np.ndarray],
    where: list[str],
    value_column: str,
    aggregate: str | None,
    unit_column: str | None,
) -> tuple[Any, Any, Any, Any, list[str]]:
    data = view.frame
    grouped = data.groupby(where, sort=False, dropna=False, observed=True)
    series = grouped[value_column]
    if aggregate in (None, "count"):
        table = pd.DataFrame(
            {
                "_value": series.first(),
                "_rows": series.size(),
                "_nulls": series.size() - series.count(),
            }
        )
        if aggregate == "count":
            table["_value"] = table["_rows"].astype(float)
            table["_nulls"] = 0
    else:
        table = pd.DataFrame(
            {
                "_value": series.agg(aggregate),
                "_rows": series.size(),
                "_nulls": series.size() - series.count(),
            }
        )
    if unit_column:
        by_unit = grouped[unit_column]
        table["_unit"] = by_unit.first().where(by_unit.nunique() <= 1, None)
    cite_columns = view.cite_columns if aggregate is None else []
    for number, column in enumerate(cite_columns):
        table[f"_cite{number}"] = grouped[column].first()
    table = table.reset_index()
    left = pd.DataFrame({name: pd.Series(conditions[name], dtype=object) for name in where})
    for name in where:
        left[name] = left[name].astype(data[name].dtype)
    merged = left.merge(table, on=where, how="left", sort=False)
    rows = merged["_rows"].fillna(0).astype("int64").to_numpy()
    values = merged["_value"].astype(float).to_numpy()
    nulls = merged["_nulls"].fillna(0).astype("int64").to_numpy()
    units = merged["_unit"].to_numpy(dtype=object) if unit_column else None
    cites = _join_cites([merged[f"_cite{k}"] for k in range(len(cite_columns))], len(merged))
    return values, units, rows, nulls, cites


def _join_cites(columns: list[pd.Series], n: int) -> list[str]:
    if not columns:
        return [""] * n
    parts = [
        column.astype(object).where(column.notna(), "").astype(str).tolist() for column in columns
    ]
    return [", ".join(p for p in items if p) for items in zip(*parts, strict=True)]


def select_rows(view: DatasetView, where: dict[str, Any]) -> tuple[np.ndarray, str | None]:
    """The rows of ``view`` that meet every condition of ``where`` (as a desk writes them), or
    the problem with a condition in words."""
    mask = np.ones(len(view.frame), dtype=bool)
    for name, raw in where.items():
        if name not in view.types:
            return mask, f"unknown where column {name!r} in dataset {view.name!r}; columns: " + (
                ", ".join(view.types)
            )
        kind = view.types[name]
        monthly = kind == "date" and is_monthly(view.frame[name])
        values = np.empty(1, dtype=object)
        values[0] = raw
        coerced, problems = _coerce_conditions(values, kind, monthly)
        if problems[0] is not None:
            return mask, f"where {name}: {problems[0]} (column {name!r} of {view.name!r} is {kind})"
        mask &= _condition_mask(view.frame[name], coerced[0])
    return mask, None


def _condition_mask(column: pd.Series, cond: Any) -> np.ndarray:
    if isinstance(cond, dict) and "between" in cond:
        low, high = cond["between"]
        inside = (column >= low).fillna(False) & (column <= high).fillna(False)
        return np.asarray(inside, dtype=bool)
    if isinstance(cond, dict):
        return np.asarray(column.isin(cond["in"]), dtype=bool)
    return np.asarray((column == cond).fillna(False), dtype=bool)


def _mask_lookup(
    view: DatasetView,
    conditions: dict[str, np.ndarray],
    count: int,
    where: list[str],
    value_column: str,
    aggregate: str | None,
    unit_column: str | None,
) -> tuple[Any, Any, Any, Any, list[str]]:
    data = view.frame
    values, units, rows, nulls, cites = [], [], [], [], []
    for key in range(count):
        mask = np.ones(len(data), dtype=bool)
        for name in where:
            cond = conditions[name][key]
            column = data[name]
            if isinstance(cond, dict) and "between" in cond:
                low, high = cond["between"]
                mask &= (column >= low).fillna(False).to_numpy() & (column <= high).fillna(
                    False
                ).to_numpy()
            elif isinstance(cond, dict):
                mask &= column.isin(cond["in"]).to_numpy()
            else:
                mask &= (column == cond).fillna(False).to_numpy()
        selected = data.loc[mask, value_column]
        n = int(mask.sum())
        rows.append(n)
        nulls.append(int(selected.isna().sum()) if aggregate != "count" else 0)
        if aggregate == "count":
            values.append(float(n))
        elif aggregate is None:
            values.append(float(selected.iloc[0]) if n == 1 and selected.notna().all() else np.nan)
        else:
            values.append(float(getattr(selected, aggregate)()) if n else np.nan)
        if unit_column:
            distinct = data.loc[mask, unit_column].dropna().unique()
            units.append(distinct[0] if len(distinct) == 1 else None)
        cited = data.loc[mask, view.cite_columns] if n == 1 and aggregate is None else None
        cites.append(
            ", ".join(str(v) for v in cited.iloc[0] if pd.notna(v))
            if cited is not None and view.cite_columns
            else ""
        )
    return values, (units if unit_column else None), rows, nulls, cites


def _describe_where(where: list[str], raw: list[np.ndarray]) -> list[str]:
    """Each key's conditions in words, as written (``Year = 2009``, ``Year 2006–2011``). Called
    for new keys only: a view keeps the answers, these words included, of the keys it has
    answered (see :class:`_Kept`)."""
    if not where:
        return [""]
    return [
        ", ".join(f"{name} {_describe_condition(value)}" for name, value in zip(where, key,
                                                                               strict=True))
        for key in zip(*raw, strict=True)
    ]  # fmt: skip


def _describe_condition(value: Any) -> str:
    if isinstance(value, dict) and "between" in value:
        low, high = value["between"]
        return f"{_plain_text(low)}–{_plain_text(high)}"
    if isinstance(value, dict):
        return "in " + listed([_plain_text(v) for v in value["in"][:SHOWN_ITEMS + 1]],
                              len(value["in"]))  # fmt: skip
    return f"= {_plain_text(value)}"


def _plain_text(value: Any) -> str:
    """A key as written: a whole number as an integer (``Year = 2022``, not ``2022.0``, which a
    column of keys with gaps becomes in pandas); invisible characters as escapes; a long one cut
    (:func:`~figcheck.limits.shown_value`)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return shown_value(value)
