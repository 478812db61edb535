"""Resolve lookups against dataset tables, many at once: select rows, aggregate, report why not.

Requests that only test equality are answered by one grouped merge per (dataset, columns,
aggregate); ``between``/``in`` conditions, which are rare, are answered by boolean masks. Every
request gets a value and unit, the number of rows it matched, and a status: ``ok``,
``unverifiable`` (no usable reference value) or ``error`` (the lookup is wrong as written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pandas as pd

from figcheck.claims import WHERE_PREFIX
from figcheck.errors import FigcheckError
from figcheck.grouping import groups

__all__ = ["DatasetAccess", "DatasetUnavailable", "DatasetView", "resolve_lookups"]

OK, UNVERIFIABLE, ERROR = "ok", "unverifiable", "error"


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
    out = _Answers(requests.index)
    if requests.empty:
        return out.frame()
    where_cols = [c for c in requests.columns if str(c).startswith(WHERE_PREFIX)]
    # Which where-columns each request uses, as a bit mask: one integer per row, no row loop.
    mask = np.zeros(len(requests), dtype=np.int64)
    for bit, column in enumerate(where_cols):
        mask |= requests[column].notna().to_numpy().astype(np.int64) << bit
    by_mask = {
        m: tuple(c for b, c in enumerate(where_cols) if int(m) >> b & 1) for m in np.unique(mask)
    }
    signature = pd.Series(mask).map(by_mask).to_numpy(dtype=object)
    for (name, column, aggregate, sig), rows in groups(
        requests["reference.dataset"], requests["reference.column"],
        requests["reference.aggregate"], signature,
    ):  # fmt: skip
        try:
            view = access.view(str(name))
        except DatasetUnavailable as exc:
            _fail(out, rows, exc.status, str(exc))
            continue
        _resolve_group(out, rows, requests.iloc[rows], view, column or None, aggregate or None,
                       [str(c)[len(WHERE_PREFIX):] for c in sig])  # fmt: skip
    return out.frame()


class _Answers:
    """The answers, aligned with the requests by position: plain numpy arrays, so filling them
    for a million requests costs no pandas indexing."""

    def __init__(self, index: pd.Index) -> None:
        n = len(index)
        self.index = index
        self.value = np.full(n, np.nan)
        self.unit = np.full(n, None, dtype=object)
        self.rows = np.zeros(n, dtype=np.int64)
        self.status = np.full(n, OK, dtype=object)
        self.message = np.full(n, None, dtype=object)
        self.detail = np.full(n, "", dtype=object)
        self.label = np.full(n, None, dtype=object)

    def frame(self) -> pd.DataFrame:
        """The answers as a frame; text columns stay numpy object arrays (the engine reads them
        as such, so converting them to Arrow strings and back would be wasted)."""

        def text(values: np.ndarray) -> pd.Series:
            return pd.Series(values, index=self.index, dtype=object)

        return pd.DataFrame(
            {"value": self.value, "unit": text(self.unit), "rows": self.rows,
             "status": text(self.status), "message": text(self.message),
             "detail": text(self.detail), "label": text(self.label)},
            index=self.index,
        )  # fmt: skip


def _fail(out: _Answers, positions: Any, status: str, message: str) -> None:
    out.status[positions] = status
    out.message[positions] = message


def _resolve_group(
    out: _Answers,
    positions: np.ndarray,
    group: pd.DataFrame,
    view: DatasetView,
    column: str | None,
    aggregate: str | None,
    where: list[str],
) -> None:
    index = group.index
    value_column = column or view.value_column
    if value_column is None:
        _fail(
            out,
            positions,
            ERROR,
            f"dataset {view.name!r} declares no value column (no field has "
            "a unit); name one with reference.column",
        )
        return
    for name in [value_column, *where]:
        if name not in view.types:
            what = "column" if name == value_column else "where column"
            _fail(
                out,
                positions,
                ERROR,
                f"unknown {what} {name!r} in dataset {view.name!r}; "
                f"columns: {', '.join(view.types)}",
            )
            return
    if view.types[value_column] not in ("number", "integer") and aggregate != "count":
        _fail(
            out,
            positions,
            ERROR,
            f"column {value_column!r} of {view.name!r} is {view.types[value_column]}, not a number",
        )
        return
    conditions: dict[str, pd.Series] = {}
    dicts: dict[str, np.ndarray] = {}
    for name in where:
        raw = group[WHERE_PREFIX + name]
        dicts[name] = _dict_mask(raw)
        coerced, problem = _coerce_conditions(raw, view.types[name], dicts[name])
        failing = problem.notna().to_numpy()
        if failing.any():
            out.status[positions[failing]] = ERROR
            out.message[positions[failing]] = [
                f"where {name}: {text} (column {name!r} of {view.name!r} is {view.types[name]})"
                for text in problem[failing]
            ]
        conditions[name] = coerced
    keep = out.status[positions] != ERROR
    good = index[keep]
    good_positions = positions[keep]
    if len(good) == 0:
        return
    unit_column = view.unit_columns.get(value_column)
    simple = all(not dicts[name][keep].any() for name in where)
    if simple and where:
        values, units, rows, nulls, cites = _merge_lookup(
            view, good, conditions, where, value_column, aggregate, unit_column
        )
    else:
        values, units, rows, nulls, cites = _mask_lookup(
            view, good, conditions, where, value_column, aggregate, unit_column
        )
    fallback = view.label.get(value_column) or view.title
    out.label[good_positions] = [cite or fallback for cite in cites]
    unit = "" if aggregate == "count" else view.units.get(value_column)
    out.value[good_positions] = values
    out.unit[good_positions] = units if unit_column and aggregate != "count" else unit
    out.rows[good_positions] = rows
    distinct_where, which = _describe_where(
        group.loc[good], where, {n: m[keep] for n, m in dicts.items()}
    )
    how = f"{aggregate} of " if aggregate else ""
    details = np.array(
        [f"{how}{value_column} where {t}" if t else f"{how}{value_column}" for t in distinct_where],
        dtype=object,
    )
    out.detail[good_positions] = details[which]
    described = distinct_where[which]
    rows_arr = np.asarray(rows)
    nulls_arr = np.asarray(nulls)
    values_arr = np.asarray(values, dtype=float)
    none = rows_arr == 0
    many = (rows_arr > 1) & (aggregate is None)
    gaps = ~none & ~many & (nulls_arr > 0)
    messages = np.full(len(good), None, dtype=object)
    status = np.full(len(good), OK, dtype=object)
    where_text = np.asarray(described, dtype=object)
    for i in np.flatnonzero(none):
        messages[i] = f"no row of {view.name!r} matches {where_text[i] or 'the lookup'}"
    for i in np.flatnonzero(many):
        messages[i] = (
            f"{rows_arr[i]} rows of {view.name!r} match {where_text[i]}; narrow "
            "`where` or set `aggregate`"
        )
    for i in np.flatnonzero(gaps):
        messages[i] = (
            f"{nulls_arr[i]} of {rows_arr[i]} matching rows of {view.name!r} have no "
            f"{value_column} value"
            if rows_arr[i] > 1
            else f"the matching row of {view.name!r} has no {value_column} value"
        )
    if unit_column and aggregate not in (None, "count"):
        mixed = np.asarray([u is None for u in np.asarray(units, dtype=object)]) & ~none
        for i in np.flatnonzero(mixed & ~gaps):
            messages[i] = f"the matching rows of {view.name!r} are in different units"
        gaps = gaps | mixed
    status[none | many | gaps | np.isnan(values_arr) & (aggregate != "count")] = UNVERIFIABLE
    out.status[good_positions] = status
    out.message[good_positions] = messages


def _coerce_conditions(
    raw: pd.Series, kind: str, dict_mask: np.ndarray
) -> tuple[pd.Series, pd.Series]:
    """Coerce each condition (scalar, {between: [a, b]}, {in: [...]}) to the column's type."""
    coerced = pd.Series(None, index=raw.index, dtype=object)
    problem = pd.Series(None, index=raw.index, dtype=object)
    scalars = ~dict_mask
    if scalars.any():
        # Each distinct value is coerced once (a million claims name a few hundred years).
        plain = raw[scalars]
        codes, distinct = pd.factorize(plain.to_numpy(dtype=object), use_na_sentinel=True)
        values, bad = _coerce_values(pd.Series(distinct, dtype=object), kind)
        lookup = np.concatenate([values.astype(object).to_numpy(), np.array([None], dtype=object)])
        failed = np.append(np.asarray(bad, dtype=bool), True)[codes]
        coerced[scalars] = lookup[codes]
        if failed.any():
            positions = np.flatnonzero(scalars)[failed]
            problem.iloc[positions] = [f"{v!r} is not a valid {kind}" for v in plain[failed]]
    for pos in np.flatnonzero(dict_mask).tolist():
        mapping: dict[str, list[Any]] = raw.iat[pos]  # type: ignore[assignment]
        ((op, items),) = mapping.items()
        typed, bad = _coerce_values(pd.Series(list(items), dtype=object), kind)
        if bad.any():
            problem.iat[pos] = f"{items[int(np.flatnonzero(bad)[0])]!r} is not a valid {kind}"
        else:
            coerced.iat[pos] = {op: list(typed)}  # type: ignore[assignment]
    return coerced, problem


def _coerce_values(values: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    if kind in ("integer", "year"):
        numbers = pd.to_numeric(_strip(values), errors="coerce")
        bad = numbers.isna() | (numbers % 1 != 0)
        return numbers.where(~bad).astype("Int64"), bad
    if kind == "number":
        numbers = pd.to_numeric(_strip(values), errors="coerce")
        return numbers, numbers.isna()
    if kind == "date":
        dates = pd.to_datetime(_strip(values), format="%Y-%m-%d", errors="coerce")
        return dates, dates.isna()
    if kind == "boolean":
        mapped = values.map(lambda v: {"true": True, "false": False}.get(str(v).lower()))
        return mapped, mapped.isna()
    return values.astype(object).where(values.isna(), values.astype(str)), values.isna()


def _strip(values: pd.Series) -> pd.Series:
    """Condition values as text without surrounding blanks (numbers become their digits)."""
    return values.astype(str).str.strip().where(values.notna())


def _dict_mask(values: pd.Series) -> np.ndarray:
    """Which conditions are ``{between: …}``/``{in: …}`` mappings rather than plain values."""
    if values.dtype != object:
        return np.zeros(len(values), dtype=bool)
    return np.fromiter((type(v) is dict for v in values.to_numpy()), dtype=bool, count=len(values))


def _merge_lookup(
    view: DatasetView,
    good: pd.Index,
    conditions: dict[str, pd.Series],
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
    left = pd.DataFrame({name: conditions[name].loc[good] for name in where})
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


def _mask_lookup(
    view: DatasetView,
    good: pd.Index,
    conditions: dict[str, pd.Series],
    where: list[str],
    value_column: str,
    aggregate: str | None,
    unit_column: str | None,
) -> tuple[Any, Any, Any, Any, list[str]]:
    data = view.frame
    values, units, rows, nulls, cites = [], [], [], [], []
    for key in good:
        mask = np.ones(len(data), dtype=bool)
        for name in where:
            cond = conditions[name].loc[key]
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


def _describe_where(
    group: pd.DataFrame, where: list[str], dicts: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Each request's conditions in words, as (distinct texts, index of each request's text):
    a million lookups on one table name a few thousand distinct keys, each described once."""
    if not where:
        return np.array([""], dtype=object), np.zeros(len(group), dtype=np.intp)
    combined = np.zeros(len(group), dtype=np.int64)
    parts: list[np.ndarray] = []
    for name in where:
        column = group[WHERE_PREFIX + name]
        complex_ = dicts[name]
        if complex_.any():  # {between: …} / {in: …}: described one by one (they are few)
            texts = _prefixed(f"{name} = ", column.where(~complex_, None))
            texts[complex_] = [f"{name} {_describe_condition(v)}" for v in column[complex_]]
        else:
            texts = _prefixed(f"{name} = ", column)
        codes, distinct = pd.factorize(texts)
        # Re-factorised at each step, so the combined code stays below the number of requests.
        combined = pd.factorize(combined * (len(distinct) + 1) + codes + 1)[0].astype(np.int64)
        parts.append(np.asarray(distinct, dtype=object)[codes])
    _, first, which = np.unique(combined, return_index=True, return_inverse=True)
    texts = np.array([", ".join(str(part[i]) for part in parts) for i in first], dtype=object)
    return texts, which.ravel()


def _prefixed(prefix: str, column: pd.Series) -> np.ndarray:
    """``prefix + str(value)`` for a column of plain values, built once per distinct value."""
    codes, distinct = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    texts = np.array([prefix + str(v) for v in distinct] + [prefix + "None"], dtype=object)
    result: np.ndarray = texts[codes]
    return result


def _describe_condition(value: Any) -> str:
    if isinstance(value, dict) and "between" in value:
        low, high = value["between"]
        return f"{low}–{high}"
    if isinstance(value, dict):
        return "in " + ", ".join(str(v) for v in value["in"])
    return f"= {value}"
