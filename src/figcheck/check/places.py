"""A lookup's ``where`` in an editor's words, for the messages that say what is missing.

"no figure for Country Code = MEX, Year = 2031" is the desk's key as written; an editor reads
"no figure for Mexico (MEX) in 2031" (mends30). The name is the dataset's own: a code column
``<stem> Code`` (``country_code``, ``Country code``) whose table also holds ``<stem> Name``
gives each code the one name its rows carry. A code the table does not hold, or holds under
two names, stays as written, and so does every key of a dataset without a name column. The
structured fields (report.json's ``reference_detail``) keep the key as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from figcheck.limits import shown_value

#: The values of an ``in`` list a message shows; the rest are counted (mends30: a list of
#: 20,000 codes made a 148,938-character message).
SHOWN_ITEMS = 10


def listed(items: Sequence[str], count: int) -> str:
    """The first :data:`SHOWN_ITEMS` of ``count`` items, joined, the rest counted: "C0, C1, …,
    C9 and 19,990 more"."""
    if count <= SHOWN_ITEMS:
        return ", ".join(items[:count])
    return f"{', '.join(items[:SHOWN_ITEMS])} and {count - SHOWN_ITEMS:,} more"


#: A code column's name: a stem, then "code" (any case, after a space, _ or -).
_CODE = re.compile(r"^(?P<stem>.+?)(?P<sep>[ _-])(?P<code>code)$", re.IGNORECASE)
#: A column of years: "year", "Year", "fiscal_year".
_YEAR = re.compile(r"(^|[ _-])year$", re.IGNORECASE)


def name_column(columns: Sequence[str], types: Mapping[str, str], column: str) -> str | None:
    """The column of ``columns`` that names the codes in ``column``, if the table has one: for
    ``Country Code`` the string column ``Country Name`` (its "code" in the same case as
    "name")."""
    found = _CODE.match(column)
    if found is None or types.get(column) != "string":
        return None
    code = found["code"]
    name = "NAME" if code.isupper() else "Name" if code[0].isupper() else "name"
    wanted = f"{found['stem']}{found['sep']}{name}"
    return wanted if wanted in columns and types.get(wanted) == "string" else None


def code_names(frame: pd.DataFrame, column: str, names: str, codes: set[str]) -> dict[str, str]:
    """Each of ``codes`` that the rows of ``frame`` name with one name only: code → name."""
    rows = frame.loc[frame[column].isin(list(codes)), [column, names]].dropna().drop_duplicates()
    counts = rows[column].value_counts()
    single = rows[rows[column].map(counts) == 1]
    return {str(code): str(name) for code, name in zip(single[column], single[names], strict=True)}


def _values_of(condition: Any) -> list[Any]:
    """The values a ``where`` condition names: an ``in`` list's, or the one value."""
    if isinstance(condition, dict) and "in" in condition:
        values: list[Any] = condition["in"]
        return values
    return [condition]


def where_words(
    where: Sequence[str],
    key: Sequence[Any],
    describe: Callable[[Any], str],
    named: Mapping[str, Mapping[str, str]],
) -> str | None:
    """One key's conditions in words when a code of it has a name (``named``: where column →
    code → name): "Mexico (MEX) in 2031"; else ``None`` (the caller keeps the key as written).
    ``describe`` gives a condition as written (``= 2031``, ``2031–2040``)."""
    places: list[str] = []
    periods: list[str] = []
    others: list[str] = []
    any_name = False
    for column, value in zip(where, key, strict=True):
        names = named.get(column, {})
        codes = _values_of(value)
        if names and all(isinstance(c, str) and c in names for c in codes):
            shown = [
                f"{shown_value(names[c])} ({shown_value(c)})" for c in codes[: SHOWN_ITEMS + 1]
            ]
            places.append(listed(shown, len(codes)))
            any_name = True
        elif _YEAR.search(column) and (not isinstance(value, dict) or "between" in value):
            periods.append(describe(value).removeprefix("= "))
        else:
            others.append(f"{column} {describe(value)}")
    if not any_name:
        return None
    said = ", ".join([*places, *others])
    return f"{said} in {' and '.join(periods)}" if periods else said


def missing_words(
    frame: pd.DataFrame,
    types: Mapping[str, str],
    where: list[str],
    raw: list[np.ndarray],
    described: list[str],
    missing: np.ndarray,
    describe: Callable[[Any], str],
) -> list[str]:
    """Each key's conditions in words (``raw``: each where column's value of each key;
    ``described``: the keys as written): the keys at ``missing`` with their codes named, where
    the dataset names them; the others as written."""
    said = list(described)
    columns = [str(c) for c in frame.columns]
    names = {c: n for c in where if (n := name_column(columns, types, c)) is not None}
    if not names or not len(missing):
        return said
    keys = {int(i): [values[i] for values in raw] for i in missing}
    named = {}
    for column, name in names.items():
        at = where.index(column)
        codes = {
            code for key in keys.values() for code in _values_of(key[at]) if isinstance(code, str)
        }
        named[column] = code_names(frame, column, name, codes)
    for i, key in keys.items():
        said[i] = where_words(where, key, describe, named) or said[i]
    return said
