"""Read a desk reference's ``change``, ``rank`` and ``adjust`` keys into typed specs.

Called by :mod:`figcheck.inputs.desks` with the located YAML node, so a mistake names the file,
line and
key with the valid choices. A mistake in a spec concerns one claim: the desk loader turns the
:class:`~figcheck.errors.InputError` raised here into that claim's ``error`` verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from figcheck.errors import InputError
from figcheck.limits import quoted
from figcheck.model.adjust import LATEST, AdjustSpec
from figcheck.model.changes import ChangeKind, ChangeSpec
from figcheck.model.claims import Shape
from figcheck.model.dates import Period, read_period
from figcheck.model.ranks import Order, RankSpec

__all__ = ["SHAPE_KEYS", "read_shape"]

#: Reference keys that make a lookup a change, a rank, or a constant-money claim.
SHAPE_KEYS = ("change", "from", "to", "rank", "adjust")
#: The most periods a rank's ``last`` or ``lag`` may count (monthly since the year 1200).
MAX_PERIODS = 10_000
RANK_KEYS = ("by", "at", "order", "since", "last", "change", "lag")
ADJUST_KEYS = ("index", "from", "to", "column", "by")


class Node(Protocol):
    """What the desk loader's located mapping offers (``desks._Located``)."""

    data: dict[str, Any]

    def error(self, problem: str, key: str | None = None, **extra: Any) -> InputError: ...
    def check_keys(self, allowed: tuple[str, ...]) -> None: ...
    def child(self, key: str) -> Node | None: ...
    def text(self, key: str, *, required: bool = False) -> str | None: ...


ConditionReader = Callable[[Any, str, Any], Any]  # desks._condition(node, column, value)


def read_shape(reference: Node, where: dict[str, Any], condition: ConditionReader) -> Shape:
    """The shape of a reference with ``change``/``rank``/``adjust`` (``where``: its own
    conditions, already read). Raises :class:`InputError` naming the key at fault."""
    change = rank = None
    if "rank" in reference.data:
        if "change" in reference.data or "from" in reference.data or "to" in reference.data:
            raise reference.error(
                "give either rank (its own change and lag go inside it) or change with from/to",
                "rank",
            )
        rank = _rank(reference, where)
    elif any(key in reference.data for key in ("change", "from", "to")):
        change = _change(reference, where, condition)
    adjust = _adjust(reference) if "adjust" in reference.data else None
    return Shape(change=change, rank=rank, adjust=adjust)


def _kind(node: Node, key: str) -> ChangeKind:
    text = node.text(key, required=True) or ""
    try:
        return ChangeKind(text.lower())
    except ValueError as exc:
        raise node.error(
            f"unknown {key} {quoted(text)}", key, choices=[kind.value for kind in ChangeKind]
        ) from exc


def _change(reference: Node, where: dict[str, Any], condition: ConditionReader) -> ChangeSpec:
    kind = _kind(reference, "change")
    ends = []
    for key in ("from", "to"):
        node = reference.child(key)
        if node is None:
            raise reference.error(
                f"a change needs {key!r}: a mapping of column → value, e.g. {{Date: 2021-06}}",
                key,
            )
        merged = dict(where)
        for column, value in node.data.items():
            merged[str(column)] = condition(node, str(column), value)
        if not merged:
            raise reference.error(f"{key!r} selects nothing: name a column and its value", key)
        ends.append(tuple(sorted(merged.items())))
    return ChangeSpec(kind, ends[0], ends[1])


def _scalar(node: Node, key: str, *, required: bool = False) -> Any:
    value = node.data.get(key)
    if value is None:
        if required:
            raise node.error(f"missing required key {key!r}", key)
        return None
    if isinstance(value, (dict, list)):
        raise node.error(f"{key!r} must be a single value, such as 2011 or 2022-06", key)
    return value.isoformat() if isinstance(value, dt.date) else value


def _count(node: Node, key: str, default: int | None) -> int | None:
    text = node.text(key)
    if text is None:
        return default
    # ASCII digits: "²" passed str.isdigit and int() refused it (a traceback)
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        shown = text if len(text) <= 40 else f"{text[:40]}… ({len(text):,} characters)"
        raise node.error(
            f"{key!r} must be a whole number of periods, 1 or more, not {shown!r}", key
        )
    if int(text) > MAX_PERIODS:  # 10**30 months overflowed the date arithmetic (a traceback)
        raise node.error(
            f"{key!r} is {int(text):,} periods; at most {MAX_PERIODS:,} (no series is longer)", key
        )
    return int(text)


def _rank(reference: Node, where: dict[str, Any]) -> RankSpec:
    node = reference.child("rank")
    if node is None:
        raise reference.error("'rank' must be a mapping such as {by: year, at: 2011}", "rank")
    node.check_keys(RANK_KEYS)
    by = node.text("by", required=True) or ""
    at = _scalar(node, "at", required=True)
    order_text = (node.text("order") or Order.HIGHEST.value).lower()
    try:
        order = Order(order_text)
    except ValueError as exc:
        raise node.error(
            f"unknown order {order_text!r}", "order", choices=[o.value for o in Order]
        ) from exc
    since = _scalar(node, "since")
    last = _count(node, "last", None)
    if since is not None and last is not None:
        raise node.error("give either since or last, not both", "last")
    change = _kind(node, "change") if "change" in node.data else None
    lag = _count(node, "lag", 1) or 1
    if "lag" in node.data and change is None:
        raise node.error("'lag' goes with 'change' (rank the change over lag periods)", "lag")
    return RankSpec(by, at, order, since, last, change, lag, tuple(sorted(where.items())))


def _adjust(reference: Node) -> AdjustSpec:
    node = reference.child("adjust")
    if node is None:
        raise reference.error(
            "'adjust' must be a mapping such as {index: us-cpi-u, from: 2008, to: 2024-06}",
            "adjust",
        )
    node.check_keys(ADJUST_KEYS)
    index = node.text("index", required=True) or ""
    periods: list[Period | str] = []
    for key in ("from", "to"):
        value = _scalar(node, key, required=True)
        if key == "to" and str(value).lower() == LATEST:
            periods.append(LATEST)
            continue
        period = read_period(value)
        if period is None:
            raise node.error(
                f"{key!r} must be a period such as 2008, 2024-06, June 2024 or 2024-06-15"
                + (" (or latest)" if key == "to" else "")
                + f", not {value!r}",
                key,
            )
        periods.append(period)
    start = periods[0]
    assert not isinstance(start, str)
    return AdjustSpec(index, start, periods[1], node.text("column"), node.text("by"))
