"""Read desks (YAML) and claims tables (CSV, Parquet) into :class:`~figcheck.model.claims.Desk`.

Every problem names the file, the line and the key. YAML is read with the safe loader; the node
tree is walked alongside the data so each claim and each key keeps its line number.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import errno
import hashlib
import io
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import yaml

from figcheck.csvrows import UnclosedQuote, record_line, records, unclosed_record, wide_cells
from figcheck.errors import InputError
from figcheck.inputs.reading import (
    clean_text,
    decode_utf8,
    not_utf8,
    paused_gc,
    read_input,
    read_yaml,
)
from figcheck.inputs.shape_specs import SHAPE_KEYS, read_shape
from figcheck.limits import MAX_ID_LENGTH, LimitError, quoted, refuse_wide
from figcheck.model.changes import ChangeKind, read_ratio_word
from figcheck.model.claims import (
    AGGREGATES,
    COLUMNS,
    ID_RE,
    PRINTED,
    PROBLEM,
    WHERE_PREFIX,
    ClaimTerm,
    Derivation,
    Desk,
    Lookup,
    Shape,
    Source,
    check_unique_ids,
    concat_desks,
    empty_frame,
)
from figcheck.storage.regular import file_kind

__all__ = [
    "AS_PUBLISHED_WORDS",
    "DESK_SUFFIXES",
    "TABLE_SOURCE_COLUMNS",
    "discover",
    "load_desk",
    "load_desks",
    "load_table_rows",
    "read_article",
    "read_as_published",
    "read_csv_chunks",
    "read_published",
]

DESK_SUFFIXES = (".yaml", ".yml", ".csv", ".parquet")
_SOURCE_KEYS = ("title", "publisher", "url", "published", "author", "text")
_CLAIM_KEYS = (
    "id", "quote", "value", "hedge", "as_of", "expected", "reference", "note", "as_published",
)  # fmt: skip
#: The words ``as_published`` may be written in (any case), in a desk and in a claims table alike.
AS_PUBLISHED_WORDS = {
    "true": True, "yes": True, "1": True, "1.0": True,
    "false": False, "no": False, "0": False, "0.0": False,
}  # fmt: skip
_EXPECTED_KEYS = ("min", "max", "tolerance")
_LOOKUP_KEYS = (
    "dataset", "where", "column", "aggregate", "series", "period", "change", "from", "to", "rank",
    "adjust",
)  # fmt: skip
_DERIVATION_KEYS = ("expr", "terms")
_TABLE_SOURCE_COLUMNS = ("source.title", "source.publisher", "source.url", "source.published")
TABLE_SOURCE_COLUMNS = _TABLE_SOURCE_COLUMNS
#: A table row's kind, by whether it names a dataset (see :func:`load_table_rows`).
_KINDS = np.array(["none", "lookup"], dtype=object)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the desk files they hold (sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(_desks_under(path)))
        elif path.is_file() or path.exists():  # a FIFO or device: refused by read_input
            if path.suffix.lower() not in DESK_SUFFIXES:
                raise InputError(
                    f"{path}: not a desk file or claims table",
                    choices=list(DESK_SUFFIXES),
                )
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    # one file named twice (`check a.yaml a.yaml`, or a file and its folder) is read once: it
    # was "claim id 'ok' is used twice (first at a.yaml:3)"
    once: dict[Path, Path] = {}
    for path in found:
        once.setdefault(path.resolve(), path)
    return list(once.values())


def _desks_under(folder: Path) -> Iterator[Path]:
    """The desk files and claims tables in ``folder`` and the folders below it. Names starting
    with ``.`` are skipped, as in a catalog (``.git``, ``.venv``, an editor's ``.#desk.yaml``:
    hostile33 found a folder's ``.hidden.yaml`` stopping the run); linked folders are followed,
    each folder entered once (a link to a folder above is no loop). A desk name that is no
    regular file (a FIFO, a device, a link to nothing or to itself) is an error naming it: it
    was skipped in silence, and its claims were missing from the report."""
    seen: set[tuple[int, int]] = set()
    todo = [folder]
    while todo:
        here = todo.pop()
        try:
            info = here.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError as exc:
            raise InputError(f"{here}: cannot read the folder: {exc.strerror or exc}") from exc
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                todo.append(path)
            elif path.suffix.lower() in DESK_SUFFIXES:
                _refuse_unreadable_entry(path)
                yield path


def _refuse_unreadable_entry(path: Path) -> None:
    try:
        kind = file_kind(os.stat(path).st_mode)
        why = None if kind is None else f"not a regular file ({kind})"
    except OSError as exc:
        why = (
            "a symbolic link to itself (a loop)"
            if exc.errno == errno.ELOOP
            else "a symbolic link to nothing"
            if path.is_symlink()
            else exc.strerror
        )
    if why is not None:
        raise InputError(
            f"{path}: {why}",
            hint="remove it from the folder (names starting with '.' are skipped), or name the "
            "desk files to check",
        )


def load_desks(paths: Iterable[Path]) -> Desk:
    """Load every desk and table under ``paths`` into one desk (claim ids unique across all)."""
    paths = list(paths)
    found = discover(paths)
    if not found:
        where = ", ".join(str(p) for p in paths)
        raise InputError(f"no desk files ({', '.join(DESK_SUFFIXES)}) under {where}")
    return concat_desks([load_desk(path) for path in found])


def load_desk(path: Path) -> Desk:
    """Load one desk file or claims table."""
    suffix = path.suffix.lower()
    raw = read_input(path)
    digest = hashlib.sha256(raw).hexdigest()
    if suffix in (".yaml", ".yml"):
        with paused_gc():
            desk = _load_yaml(path, raw)
    elif suffix == ".csv":
        desk = _load_table(path, _read_csv(path, raw))
    elif suffix == ".parquet":
        desk = _load_table(path, _read_parquet(path, raw), first_line=1)
    else:
        raise InputError("not a desk file or claims table", path=str(path), choices=DESK_SUFFIXES)
    desk.inputs = [(str(path), digest)]
    return desk


# --- YAML -------------------------------------------------------------------------------------


def _key_shown(key: Any) -> str:
    """A mapping key as its YAML reads: ``'refrence'``, or ``null``, ``true``, ``7`` for a key
    that is no text (hostile33: ``null: x`` was "unknown key None")."""
    if isinstance(key, str):
        return repr(key)
    if key is None:
        return "null (a key with no name)"
    if isinstance(key, bool):
        return f"{str(key).lower()} (YAML reads yes, no, on, off as true or false; quote it)"
    return f"{key!r} (a number, not a name)"


class _Located:
    """A YAML mapping with the line of each key, for error messages."""

    def __init__(self, path: Path, node: yaml.MappingNode, data: dict[str, Any], where: str):
        self.path, self.data, self.where = path, data, where
        self.line = node.start_mark.line + 1
        self.key_lines: dict[str, int] = {}
        self.value_nodes: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in self.key_lines:
                raise InputError(
                    f"key {key!r} appears twice (first at line {self.key_lines[key]})",
                    path=str(path),
                    line=key_node.start_mark.line + 1,
                    key=f"{where}.{key}" if where else key,
                )
            self.key_lines[key] = key_node.start_mark.line + 1
            self.value_nodes[key] = value_node

    def error(self, problem: str, key: str | None = None, **extra: Any) -> InputError:
        line = self.key_lines.get(key, self.line) if key else self.line
        full_key = f"{self.where}.{key}" if key and self.where else (key or self.where or None)
        return InputError(problem, path=str(self.path), line=line, key=full_key, **extra)

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.data:
            if key not in allowed and not str(key).startswith("x-"):
                raise self.error(
                    f"unknown key {_key_shown(key)}",
                    key,
                    choices=allowed,
                    hint="keys starting with 'x-' are kept and ignored",
                )

    def child(self, key: str) -> _Located | None:
        node = self.value_nodes.get(key)
        if node is None or self.data.get(key) is None:
            return None
        if not isinstance(node, yaml.MappingNode) or not isinstance(self.data[key], dict):
            raise self.error(f"{key!r} must be a mapping", key)
        where = f"{self.where}.{key}" if self.where else key
        return _Located(self.path, node, self.data[key], where)

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(f"missing required key {key!r}", key)
            return None
        node = self.value_nodes.get(key)
        if isinstance(node, yaml.ScalarNode):
            # The text as printed: YAML would turn 1.50 into 1.5 (losing the printed precision)
            # and off/no into false.
            return clean_text(str(node.value))
        raise self.error(f"{key!r} must be text or a number, not {type(value).__name__}", key)

    def date(self, key: str) -> str | None:
        """A date written ``YYYY-MM-DD`` (or an ISO date and time), checked to exist."""
        value = self.data.get(key)
        if value is None:
            return None
        text = str(value).strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text).isoformat()
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError as exc:
            raise self.error(
                f"{key!r} must be a real date written YYYY-MM-DD, such as 2009-12-31, "
                f"not {text[:40]!r}",
                key,
            ) from exc


def read_article(path: Path) -> str:
    """An article's text; unreadable or non-UTF-8 input is an :class:`InputError` saying where."""
    return decode_utf8(read_input(path, "article"), path)


def _load_yaml(path: Path, raw: bytes) -> Desk:
    node, data = read_yaml(path, decode_utf8(raw, path))
    if node is None or not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise InputError(
            "a desk file must be a mapping with 'source' and 'claims'", path=str(path), line=1
        )
    top = _Located(path, node, data, "")
    top.check_keys(("source", "claims"))
    source_node = top.child("source")
    source = Source(path=str(path))
    if source_node is not None:
        source_node.check_keys(_SOURCE_KEYS)
        source = Source(
            path=str(path),
            title=source_node.text("title") or "",
            publisher=source_node.text("publisher") or "",
            url=source_node.text("url") or "",
            published=source_node.date("published"),
            text=source_node.text("text"),
        )
    claims_node = top.value_nodes.get("claims")
    if "claims" not in data:
        raise top.error("missing required key 'claims' (a list of claims)")
    items = data["claims"] or []
    if not isinstance(items, list) or not isinstance(
        claims_node, (yaml.SequenceNode, yaml.ScalarNode)
    ):
        raise top.error("'claims' must be a list", "claims")
    rows: list[dict[str, Any]] = []
    derivations: dict[str, Derivation] = {}
    shapes: dict[str, Shape] = {}
    item_nodes = claims_node.value if isinstance(claims_node, yaml.SequenceNode) else []
    for index, (item, item_node) in enumerate(zip(items, item_nodes, strict=True)):
        where = f"claims[{index}]"
        if not isinstance(item, dict) or not isinstance(item_node, yaml.MappingNode):
            raise InputError(
                "each claim must be a mapping",
                path=str(path),
                line=item_node.start_mark.line + 1,
                key=where,
            )
        claim = _Located(path, item_node, item, where)
        row, derivation, shape = _claim_row(claim, source)
        rows.append(row)
        if derivation is not None:
            derivations[row["id"]] = derivation
        if shape is not None:
            shapes[row["id"]] = shape
    frame = pd.DataFrame(rows) if rows else empty_frame()
    for name in COLUMNS:
        if name not in frame.columns:
            frame[name] = None
    frame = frame.astype({"line": "int64", "source": "int64"}) if rows else frame
    check_unique_ids(frame)
    return Desk(frame, [source], derivations, shapes=shapes)


def _bounded_id(node: _Located, key: str) -> str:
    """The claim id at ``key`` of ``node`` (a claim's ``id``, a term's ``claim``), refused over
    :data:`MAX_ID_LENGTH` naming its line and key."""
    claim_id = node.text(key, required=True) or ""
    if len(claim_id) > MAX_ID_LENGTH.value:
        full_key = f"{node.where}.{key}" if node.where else key
        raise _long_id(claim_id, node.path, node.key_lines.get(key, node.line), full_key)
    return claim_id


def _long_id(claim_id: str, path: Path, line: int, key: str) -> LimitError:
    """An id over :data:`MAX_ID_LENGTH`: named by its length, never echoed (it is in every
    message and report row about its claim)."""
    found = f"an id of {len(claim_id):,} characters"
    return LimitError(MAX_ID_LENGTH, found, path=str(path), line=line, key=key)


def _claim_row(
    claim: _Located, source: Source
) -> tuple[dict[str, Any], Derivation | None, Shape | None]:
    claim.check_keys(_CLAIM_KEYS)
    claim_id = _bounded_id(claim, "id")
    if not ID_RE.fullmatch(claim_id):
        raise claim.error(
            f"id {claim_id!r} is not a valid claim id",
            "id",
            hint="use lower-case letters, digits, '.', '_' and '-', "
            "starting with a letter or digit",
        )
    row: dict[str, Any] = {
        "id": claim_id,
        "file": str(claim.path),
        "line": claim.line,
        "quote": claim.text("quote") or "",
        "value": claim.text("value", required=True),
        "hedge": claim.text("hedge"),
        "as_of": source.published,
        "note": claim.text("note"),
        "source": 0,
        "kind": "none",
        "as_published": _flag(claim.text("as_published"), claim),
    }
    try:
        row["as_of"] = claim.date("as_of") or source.published
    except InputError as exc:  # that claim's error, not the desk's
        row[PROBLEM] = str(exc)
    expected = claim.child("expected")
    if expected is not None:
        expected.check_keys(_EXPECTED_KEYS)
        for key in _EXPECTED_KEYS:
            row[f"expected.{key}"] = expected.text(key)
        if row["expected.tolerance"] is not None and (
            row["expected.min"] is not None or row["expected.max"] is not None
        ):
            raise expected.error("give either min/max or tolerance, not both", "tolerance")
    ratio = read_ratio_word(row["value"])
    if ratio is not None:  # "doubled": the value 2, maybe with a hedge ("more than double")
        word = " ".join(str(row["value"]).split())
        row["value"], implied = ratio
        row["hedge"] = row["hedge"] or implied
        if implied and word.lower().startswith(implied + " "):  # "more than doubled"
            word = word[len(implied) + 1 :]
        row[PRINTED] = word
    reference = claim.child("reference")
    derivation = None
    shape = None
    if reference is not None:
        if "expr" in reference.data or "terms" in reference.data:
            reference.check_keys(_DERIVATION_KEYS)
            derivation = _derivation(reference)
            row["kind"] = "derived"
        else:
            lookup = _lookup(reference)
            row["kind"] = "lookup"
            row["reference.dataset"] = lookup.dataset
            row["reference.column"] = lookup.column
            row["reference.aggregate"] = lookup.aggregate
            if any(key in reference.data for key in SHAPE_KEYS):
                try:
                    shape = read_shape(reference, lookup.where, _condition)
                except InputError as exc:  # a spec mistake is that claim's error
                    row[PROBLEM], row["kind"] = str(exc), "none"
                else:
                    row["kind"] = "change" if shape.change else "rank" if shape.rank else "lookup"
            if row["kind"] == "lookup":
                for column, condition in lookup.where.items():
                    row[WHERE_PREFIX + column] = condition
    if (
        ratio is not None
        and row["kind"] != "none"
        and (shape is None or shape.change is None or shape.change.kind is not ChangeKind.RATIO)
    ):
        row[PROBLEM] = str(
            claim.error(
                f"the ratio word {claim.text('value')!r} needs a reference with change: ratio",
                "value",
            )
        )
        row["kind"], shape = "none", None
    return row, derivation, shape


def read_as_published(value: Any) -> bool | None:
    """The one rule for an ``as_published`` value: True or False, or None when it is not one of
    :data:`AS_PUBLISHED_WORDS` (a missing value is False)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return False
    return AS_PUBLISHED_WORDS.get(str(value).strip().lower())


def _as_published_problem(value: Any) -> str:
    return f"as_published must be true or false, not {value!r}"


def _flag(text: str | None, claim: _Located) -> bool:
    flag = read_as_published(text)
    if flag is None:
        raise claim.error(_as_published_problem(text), "as_published",
                          choices=["true", "false"])  # fmt: skip
    return flag


def _lookup(node: _Located) -> Lookup:
    node.check_keys(_LOOKUP_KEYS)
    if "series" in node.data:
        return _series_lookup(node)
    if "period" in node.data:
        raise node.error("'period' goes with 'series'; for a dataset use where", "period")
    dataset = node.text("dataset", required=True) or ""
    aggregate = node.text("aggregate")
    if aggregate is not None and aggregate not in AGGREGATES:
        raise node.error(f"unknown aggregate {quoted(aggregate)}", "aggregate", choices=AGGREGATES)
    where: dict[str, Any] = {}
    where_node = node.child("where")
    if where_node is not None:
        for column, condition in where_node.data.items():
            where[str(column)] = _condition(where_node, str(column), condition)
    return Lookup(dataset, where, node.text("column"), aggregate)


def _series_lookup(node: _Located) -> Lookup:
    """``{series: ECB/EXR/M.USD.EUR.SP00.A, period: 2022-11}``: one period of a series snapshot
    (added with ``figcheck datasets add ID``); its value column is ``value``."""
    from figcheck.data.series import desk_period, read_series_id
    from figcheck.errors import UsageError

    if "dataset" in node.data or "where" in node.data:
        raise node.error("give either series (with period) or dataset (with where)", "series")
    text = node.text("series", required=True) or ""
    try:
        series = read_series_id(text)
    except UsageError as exc:
        raise node.error(str(exc), "series") from exc
    period = node.text("period")
    aggregate = node.text("aggregate")
    if aggregate is not None and aggregate not in AGGREGATES:
        raise node.error(f"unknown aggregate {quoted(aggregate)}", "aggregate", choices=AGGREGATES)
    where = {"period": desk_period(period, series)} if period is not None else {}
    return Lookup(series.reference, where, node.text("column") or "value", aggregate)


#: A number as a desk prints it: YAML 1.1 also reads 0x7d9, 0o3731, 2_009 and 33:29 (base 60)
#: as 2009, which a reader of the desk would not.
_DECIMAL = re.compile(
    r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")


def _scalar_nodes(node: yaml.Node | None) -> list[yaml.ScalarNode]:
    """The scalar nodes of a condition: itself, or the items of its ``between``/``in`` list."""
    if isinstance(node, yaml.ScalarNode):
        return [node]
    if isinstance(node, yaml.MappingNode) and len(node.value) == 1:
        items = node.value[0][1]
        if isinstance(items, yaml.SequenceNode):
            return [item for item in items.value if isinstance(item, yaml.ScalarNode)]
    return []


def _condition(node: _Located, column: str, condition: Any) -> Any:
    """One ``where`` condition: a value, ``{between: [low, high]}`` or ``{in: [...]}``."""
    if condition is None:
        raise node.error(
            f"{column!r} has no value: give the value to match, or leave {column!r} out", column
        )
    if isinstance(condition, float) and math.isnan(condition):
        # mends30: a YAML .nan matched as no condition at all ("2 rows of 'gdp' match country
        # = WLD"; with an aggregate, every year was summed)
        written = getattr(node.value_nodes.get(column), "value", ".nan")
        raise node.error(
            f"{column!r} is {written}, not a value to match: give the value to match, or leave "
            f"{column!r} out",
            column,
        )
    for scalar in _scalar_nodes(node.value_nodes.get(column)):
        if scalar.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and not (
            _DECIMAL.fullmatch(scalar.value)
        ):
            raise node.error(
                f"{scalar.value!r} is not a number written in decimal digits (YAML reads it as "
                f"{yaml.safe_load(scalar.value)!r}): write that, or quote the text",
                column,
            )
    if isinstance(condition, dict):
        if len(condition) != 1 or next(iter(condition)) not in ("between", "in"):
            raise node.error(
                "a condition must be a value, {between: [a, b]} or {in: [...]}", column
            )
        ((op, arg),) = condition.items()
        if not isinstance(arg, list) or (op == "between" and len(arg) != 2) or not arg:
            shape = "a list of two values [low, high]" if op == "between" else "a non-empty list"
            raise node.error(f"{op!r} needs {shape}", column)
        if any(isinstance(item, (dict, list)) for item in arg):
            raise node.error(f"{op!r} values must be plain values", column)
        if op == "between" and any(item is None for item in arg):
            raise node.error("'between' needs a low and a high value, not null", column)
        plain = [_plain(item) for item in arg]
        if op == "between" and _reversed(*plain):
            raise node.error(
                f"'between' [{plain[0]}, {plain[1]}] runs backwards: no value lies between "
                f"them; swap them ([{plain[1]}, {plain[0]}])",
                column,
            )
        return {op: plain}
    if isinstance(condition, list):
        raise node.error("a list of values needs {in: [...]}", column)
    return _plain(condition)


def _reversed(low: Any, high: Any) -> bool:
    """Whether a ``between`` range is empty because low is above high: numbers, or dates and
    months written ``YYYY-MM-DD``/``YYYY-MM`` (whose text sorts as they do)."""
    numbers = (int, float)
    if isinstance(low, numbers) and isinstance(high, numbers):
        if isinstance(low, bool) or isinstance(high, bool):
            return False
        return bool(low > high)
    if not (isinstance(low, str) and isinstance(high, str) and len(low) == len(high)):
        return False
    return bool(_ISO_DAY.fullmatch(low) and _ISO_DAY.fullmatch(high) and low > high)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _derivation(node: _Located) -> Derivation:
    expr = node.text("expr", required=True) or ""
    terms_node = node.child("terms")
    if terms_node is None:
        raise node.error("a derivation needs 'terms' (name → lookup or {claim: id})", "terms")
    terms: dict[str, Lookup | ClaimTerm] = {}
    for name in terms_node.data:
        term = terms_node.child(str(name))
        if term is None:
            raise terms_node.error("a term must be a mapping", str(name))
        if "claim" in term.data:
            term.check_keys(("claim", "take"))
            take = term.text("take") or "value"
            if take not in ("value", "reference"):
                raise term.error(f"unknown take {take!r}", "take", choices=("value", "reference"))
            claim_id = _bounded_id(term, "claim")  # no claim has a longer id: never echo it
            terms[str(name)] = ClaimTerm(claim_id, "reference" if take == "reference" else "value")
        else:
            terms[str(name)] = _lookup(term)
    return Derivation(expr, terms)


# --- tables -----------------------------------------------------------------------------------


def _read_csv(path: Path, raw: bytes) -> pd.DataFrame:
    """The table with every cell as text. A row with more fields than the header is an error
    naming its line (pandas would shift it into the columns, or use the first as the index)."""
    header = _csv_header(io.BytesIO(raw), path)  # first: it names a UTF-16 byte-order mark
    _refuse_nul(path, [raw])
    with _csv_problems(path, len(header)):
        table = pd.read_csv(io.BytesIO(raw), **_csv_options(header))
    table = _no_surplus(table.iloc[1:].reset_index(drop=True), path, 2, len(header))
    _ShortRows(path, header, lambda: io.BytesIO(raw)).check(table, 0)
    return table


def _refuse_nul(path: Path, blocks: Iterable[bytes]) -> None:
    """Refuse a claims CSV holding a NUL byte, naming its line (hostile33: it was kept in a
    quote or an id; a desk's YAML refuses it). ``blocks`` is the file in order."""
    lines, ends = 1, re.compile(rb"\r\n|\r|\n")
    tail = b""  # a "\r" ending one block may pair with a "\n" starting the next
    for block in blocks:
        nul = block.find(b"\x00")
        text = tail + (block if nul < 0 else block[:nul])
        if nul < 0:
            tail = text[-1:] if text.endswith(b"\r") else b""
            lines += len(ends.findall(text[: len(text) - len(tail)]))
            continue
        raise InputError(
            "a NUL byte (U+0000): no CSV value holds one; the file is damaged, binary, or "
            "not UTF-8 (UTF-16 text has a NUL in every other byte)",
            path=str(path),
            line=lines + len(ends.findall(text)),
            hint="open it in an editor and remove the byte, or save the table as UTF-8",
        )


def read_csv_chunks(path: Path, rows: int) -> Iterator[pd.DataFrame]:
    """A claims CSV ``rows`` rows at a time, read (and refused) as :func:`load_desk` reads it
    whole; the first chunk holds one row fewer (the header is read as its row 0)."""
    with path.open("rb") as stream:
        header = _csv_header(stream, path)
        stream.seek(0)
        _refuse_nul(path, iter(lambda: stream.read(1 << 22), b""))
    first_line = 2
    short = _ShortRows(path, header, lambda: path.open("rb"))
    with (
        _csv_problems(path, len(header)),
        pd.read_csv(path, chunksize=rows, **_csv_options(header)) as reader,
        short,
    ):
        for number, chunk in enumerate(reader):
            table = (chunk.iloc[1:] if number == 0 else chunk).reset_index(drop=True)
            table = _no_surplus(table, path, first_line, len(header))
            short.check(table, first_line - 2)
            yield table
            first_line += len(table)


def _csv_header(stream: IO[bytes], path: Path) -> list[str]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")  # BOM or not
    try:
        header = next(csv.reader(text))
    except StopIteration:
        raise InputError("not a readable CSV table: the file is empty", path=str(path)) from None
    except UnicodeDecodeError:
        raise not_utf8(path) from None
    except csv.Error as exc:
        raise InputError(f"not a readable CSV table: {exc}", path=str(path), line=1) from exc
    finally:
        text.detach()  # the caller's stream stays the caller's to close
    refuse_wide(str(path), len(header), line=1)
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(f"column {name!r} appears twice", path=str(path), line=1, key=name)
        seen.add(name)
    return header


def _csv_options(header: list[str]) -> dict[str, Any]:
    # header=None: with a header row and names, pandas would make the first column the index
    # of rows with two extra fields; the header row is read as row 0 and dropped.
    return {
        "dtype": str, "keep_default_na": False, "na_values": [""], "encoding": "utf-8",
        "header": None, "names": [*header, _SURPLUS], "index_col": False,
    }  # fmt: skip


@contextmanager
def _csv_problems(path: Path, fields: int) -> Iterator[None]:
    """pandas' reading errors as the input errors a desk can act on."""
    try:
        yield
    except UnicodeDecodeError:
        raise not_utf8(path) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        found = re.search(r"Expected \d+ fields in line (\d+), saw (\d+)", str(exc))
        if found:
            raise _surplus_error(path, int(found[1]), int(found[2]), fields) from exc
        record = unclosed_record(str(exc))
        if record is not None:
            raise InputError(
                "a quoted value opens here and is never closed: the rest of the file was read "
                "as its text", path=str(path), line=_record_line(path, record),
                hint='close the quote, or write a quote inside a quoted value as two ("")',
            ) from exc  # fmt: skip
        raise InputError(f"not a readable CSV table: {exc}", path=str(path)) from exc


def _record_line(path: Path, record: int) -> int | None:
    """The line where CSV record ``record`` starts (0: the header, blank lines counted, as
    pandas' tokenizer counts); a quoted value may hold line breaks, so records and lines differ."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return record_line(handle, record)
    except (OSError, UnicodeDecodeError):
        return None


def _no_surplus(table: pd.DataFrame, path: Path, first_line: int, fields: int) -> pd.DataFrame:
    surplus = table.pop(_SURPLUS).notna().to_numpy()
    if surplus.any():
        raise _surplus_error(path, int(surplus.nonzero()[0][0]) + first_line, fields + 1, fields)
    return table


_SURPLUS = "\x00surplus"


class _ShortRows:
    """Refuses a row with fewer fields than the header (``a,5 USD`` under five column names):
    pandas reads the fields it lacks as empty cells, so a row cut off, or split by a line break
    outside quotes, was checked with its other keys missing. Only a row whose last cell is
    empty can be one; once a table has such a row, the file is read again with :mod:`csv`
    (once, forward, as the chunks come) to count that row's fields."""

    def __init__(self, path: Path, header: list[str], opened: Callable[[], IO[bytes]]) -> None:
        self._path, self._header, self._opened = path, header, opened
        self._stream: IO[bytes] | None = None
        self._rows: Iterator[tuple[int, list[str] | None]] | None = None
        self._row = 0  # the data row the reader gives next (0: the first after the header)

    def check(self, table: pd.DataFrame, first_row: int) -> None:
        """Check ``table``, the data rows from ``first_row`` on (0: the first one)."""
        if len(self._header) < 2:
            return
        empty = np.flatnonzero(table[self._header[-1]].isna().to_numpy()) + first_row
        if not len(empty):
            return
        candidates = set(empty.tolist())
        with wide_cells():  # pandas reads a cell of any length
            self._check_rows(candidates, int(empty[-1]))

    def _check_rows(self, candidates: set[int], last: int) -> None:
        try:
            rows = self._reader()
            while self._row <= last:
                start, row = next(rows)
                if row is None:
                    continue  # a blank line, which pandas skips too
                if self._row in candidates and len(row) < len(self._header):
                    raise self._error(row, start)
                self._row += 1
        except (StopIteration, UnclosedQuote):  # pandas says so, naming its line
            return

    def _reader(self) -> Iterator[tuple[int, list[str] | None]]:
        if self._rows is None:
            self._stream = self._opened()
            text = io.TextIOWrapper(self._stream, encoding="utf-8-sig", newline="")
            self._rows = records(text)
            next(self._rows, None)  # the header
        return self._rows

    def _error(self, row: list[str], line: int) -> InputError:
        missing = self._header[len(row) :]
        named = ", ".join(repr(name) for name in missing[:3]) + (", …" if len(missing) > 3 else "")
        return InputError(
            f"this row has fewer fields than the header ({len(row)}, not {len(self._header)}): "
            f"no field for {named}",
            path=str(self._path), line=line, key=missing[0],
            hint="write an empty value as an empty field (a,5 USD,,); a row that ends early "
            "was cut off, or a value holds a line break outside quotes",
        )  # fmt: skip

    def __enter__(self) -> _ShortRows:
        return self

    def __exit__(self, *_: object) -> None:
        if self._stream is not None:
            self._stream.close()


def _surplus_error(path: Path, line: int, fields: int, header: int) -> InputError:
    return InputError(
        f"this row has more fields than the header ({fields}, not {header})",
        path=str(path), line=line,
        hint="quote a value that holds a comma, or add the column to the header",
    )  # fmt: skip


def _read_parquet(path: Path, raw: bytes) -> pd.DataFrame:
    try:
        columns = len(pq.read_schema(io.BytesIO(raw)).names)
    except (OSError, ValueError) as exc:
        raise _not_parquet(path, exc) from exc
    refuse_wide(str(path), columns)
    try:
        table = pd.read_parquet(io.BytesIO(raw))
    except (OSError, ValueError) as exc:
        raise _not_parquet(path, exc) from exc
    for name in table.columns:
        table[name] = _day_texts(table[name])
    return table


def _not_parquet(path: Path, exc: Exception) -> InputError:
    why = str(exc).strip()  # pyarrow's words end with a line break
    return InputError(f"not a readable Parquet file: {why}", path=str(path))


def _day_texts(values: pd.Series) -> pd.Series:
    """A Parquet date column (``date32``), or a timestamp column whose every value is a
    midnight, as ``YYYY-MM-DD`` texts: a date is a date however a data tool stored it (pandas
    writes dates as timestamps). A timestamp with a time of day is left as it is."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values
    if pd.api.types.is_datetime64_dtype(values.dtype):
        known = values.dropna()
        if len(known) and not (known == known.dt.normalize()).all():
            return values
        days: pd.Series = values.dt.strftime("%Y-%m-%d").astype(object)
        return days.where(values.notna(), None)
    if values.dtype == object:
        known = values.dropna()
        if len(known) and type(known.iloc[0]) is dt.date:  # pyarrow reads date32 as dates
            return values.map(lambda v: v.isoformat() if type(v) is dt.date else v)
    return values


def _load_table(
    path: Path, table: pd.DataFrame, first_line: int = 2, *, unique_ids: bool = True
) -> Desk:
    """A claims table: one row per claim; lookups only. ``first_line``: line of row 0."""
    known = set(COLUMNS) | set(_TABLE_SOURCE_COLUMNS) | {"expected.min", "expected.max"}
    for column in table.columns:
        name = str(column)
        if (name not in known and not name.startswith((WHERE_PREFIX, "x-"))) or name in (
            "file",
            "line",
            "kind",
            "source",
            PROBLEM,
        ):
            raise InputError(
                f"unknown column {quoted(name)}",
                path=str(path),
                line=1,
                key=name,
                choices=[
                    *(c for c in COLUMNS if c not in ("file", "line", "kind", "source")),
                    WHERE_PREFIX + "<column>",
                    *_TABLE_SOURCE_COLUMNS,
                ],
            )
    for required in ("id", "value"):
        if required not in table.columns:
            raise InputError(
                f"missing required column {required!r}", path=str(path), line=1, key=required
            )
    n = len(table)
    lines = pd.RangeIndex(first_line, first_line + n)
    table = _scalar_columns(table, path, lines)
    frame = pd.DataFrame(index=table.index)
    ids = table["id"] if pd.api.types.is_string_dtype(table["id"]) else table["id"].astype(object)
    texts = ids.fillna("").astype(str)
    bad = ids.isna() | (texts.str.len() > MAX_ID_LENGTH.value) | ~texts.str.fullmatch(ID_RE.pattern)
    if bad.any():
        pos = int(bad.to_numpy().nonzero()[0][0])
        if len(texts.iloc[pos]) > MAX_ID_LENGTH.value:
            raise _long_id(texts.iloc[pos], path, int(lines[pos]), "id")
        raise InputError(
            "missing required id"
            if pd.isna(ids.iloc[pos])
            else f"id {ids.iloc[pos]!r} is not a valid claim id",
            path=str(path),
            line=int(lines[pos]),
            key="id",
        )
    missing_value = table["value"].isna()
    if missing_value.any():
        pos = int(missing_value.to_numpy().nonzero()[0][0])
        raise InputError(
            "missing required value", path=str(path), line=int(lines[pos]), key="value"
        )
    for name in COLUMNS:
        frame[name] = table[name] if name in table.columns else None
    if not pd.api.types.is_string_dtype(table["value"]):  # numbers without units
        frame["value"] = frame["value"].map(str)
    frame["file"] = str(path)
    frame["line"] = lines.to_numpy()
    frame["source"] = 0
    frame["quote"] = frame["quote"].fillna("")
    for name in table.columns:
        if str(name).startswith(WHERE_PREFIX):
            frame[str(name)] = table[name]
    has_dataset = frame["reference.dataset"].notna()
    # one object per kind (np.where makes a "<U6" array, then a new string per row: ~19 ms for
    # 250k rows, and the engine hashed each again)
    frame["kind"] = _KINDS[has_dataset.to_numpy().astype(np.intp)]
    published = _first(table, "source.published")
    if published is not None:
        cells = table["source.published"]
        line = int(lines[int(cells.notna().to_numpy().nonzero()[0][0])])
        published = read_published(published, path, line)
    aggregate = frame["reference.aggregate"]
    bad_aggregate = aggregate.notna() & ~aggregate.isin(AGGREGATES)
    if bad_aggregate.any():
        pos = int(bad_aggregate.to_numpy().nonzero()[0][0])
        raise InputError(
            f"unknown aggregate {quoted(str(aggregate.iloc[pos]))}", path=str(path),
            line=int(lines[pos]), key="reference.aggregate", choices=AGGREGATES,
        )  # fmt: skip
    as_of, problem = _iso_dates(frame["as_of"])
    frame["as_of"] = as_of.fillna(published)
    located = np.full(n, None, dtype=object)  # located as a desk's claim errors are
    has_problem = problem.notna().to_numpy()
    located[has_problem] = [
        f"{path}:{line}: as_of: {text}"
        for text, line in zip(problem[has_problem], lines[has_problem], strict=True)
    ]
    frame[PROBLEM] = located
    frame["as_published"] = _flags(frame["as_published"], path, lines)
    if unique_ids:
        check_unique_ids(frame)
    source = Source(
        path=str(path),
        title=_first(table, "source.title") or "",
        publisher=_first(table, "source.publisher") or "",
        url=_first(table, "source.url") or "",
        published=published,
    )
    return Desk(frame.reset_index(drop=True), [source])


#: The columns a claims table holds as text: a Parquet column of numbers there is read as
#: the text of each number (ids 1, 2 as "1", "2"), as a CSV's cells are.
_TEXT_COLUMNS = (
    "id", "quote", "hedge", "note", "reference.dataset", "reference.column",
    "reference.aggregate", *_TABLE_SOURCE_COLUMNS,
)  # fmt: skip
#: The single values a cell of a Parquet claims table may hold besides text.
_SCALARS = (bool, int, float, np.number, np.bool_, decimal.Decimal, dt.date, pd.Timestamp)


def _scalar_columns(table: pd.DataFrame, path: Path, lines: pd.RangeIndex) -> pd.DataFrame:
    """``table`` with each text column as text, or an :class:`InputError` naming a column
    whose cells are not single values: a Parquet column of lists, structs, maps, bytes or
    durations (a CSV's cells are always text). Such cells crashed the engine or a report
    writer with a traceback. A Parquet column holds one type, so its first value tells."""
    converted: dict[str, pd.Series] = {}
    for name in table.columns:
        column = table[name]
        present = column.notna().to_numpy()
        if not present.any():
            continue
        pos = int(present.argmax())
        first = column.iloc[pos]
        if isinstance(first, str):
            continue
        what = _cell_kind(first, column.dtype.kind)
        if what is not None:
            raise InputError(
                f"column {name!r} holds {what}, not text, numbers, true/false or dates",
                path=str(path), line=int(lines[pos]), key=str(name),
                hint="write one value per cell (a list as several rows)",
            )  # fmt: skip
        if name in _TEXT_COLUMNS:
            converted[str(name)] = column.map(_cell_text, na_action="ignore").astype(object)
    return table.assign(**converted) if converted else table


def _cell_kind(value: Any, dtype_kind: str) -> str | None:
    """What ``value`` is when it is no single value a claims table may hold (else None)."""
    if dtype_kind == "m" or isinstance(value, dt.timedelta | np.timedelta64):
        return "durations"
    if isinstance(value, list | tuple | np.ndarray):
        return "lists"
    if isinstance(value, dict):
        return "mappings (structs)"
    if isinstance(value, bytes | bytearray):
        return "bytes"
    if isinstance(value, _SCALARS):
        return None
    return f"{type(value).__name__} values"


def _cell_text(value: Any) -> str:
    """A number as a cell prints it: ``1``, not ``np.int64(1)`` or ``1.0`` for a whole float."""
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


def load_table_rows(path: Path, table: pd.DataFrame, first_line: int) -> Desk:
    """Claims from rows of a claims table (one chunk of a big one: :mod:`figcheck.chunked`);
    ``first_line`` is the line of its first row. No ``inputs``: the caller hashes the file.
    Repeated ids are not looked for here: the caller looks across all chunks at once."""
    return _load_table(path, table, first_line, unique_ids=False)


def read_published(text: str, path: Path, line: int) -> str:
    """A claims table's ``source.published`` (its first non-empty cell, at ``line``) as
    ``YYYY-MM-DD``; not a real date is the whole table's problem."""
    dates, problem = _iso_dates(pd.Series([text], dtype=object))
    if problem.notna().any():
        raise InputError(
            str(problem.iloc[0]).replace("as_of", "source.published"),
            path=str(path), line=line, key="source.published",
        )  # fmt: skip
    published: str = dates.iloc[0]
    return published


def _first(table: pd.DataFrame, column: str) -> str | None:
    if column not in table.columns:
        return None
    values = table[column].dropna()
    return str(values.iloc[0]) if len(values) else None


def _flags(values: pd.Series, path: Path, lines: pd.RangeIndex) -> pd.Series:
    """A claims table's ``as_published`` column, read once per distinct value."""
    if values.isna().all():
        return pd.Series(False, index=values.index)
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    flags = [read_as_published(value) for value in distinct]
    if None in flags:
        wrong = distinct[flags.index(None)]
        pos = int(np.flatnonzero(codes == flags.index(None))[0])
        raise InputError(
            _as_published_problem(wrong), path=str(path), line=int(lines[pos]), key="as_published"
        )
    table = np.asarray([*flags, False], dtype=bool)  # the sentinel -1: a missing value
    return pd.Series(table[codes], index=values.index)


def _iso_dates(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The dates as ``YYYY-MM-DD`` texts, and for each one that is not a real date the
    problem (that claim's error; the other rows are still checked)."""
    problem = pd.Series(None, index=values.index, dtype=object)
    if values.isna().all():
        return values, problem
    parsed = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    bad = parsed.isna() & values.notna()
    problem[bad] = [
        f"as_of must be a real date written YYYY-MM-DD, such as 2009-12-31, not {v!r}"
        for v in values[bad]
    ]
    dates = parsed.dt.strftime("%Y-%m-%d").astype(object).where(values.notna() & ~bad, None)
    return dates, problem
