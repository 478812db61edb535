"""Fuzz the desk loader, the value and unit parser and the expression parser (issue 11 B).

The only acceptable outcomes are a result or a :class:`FigcheckError`: any other exception, a
hang or a RecursionError fails. ``make test`` runs a few hundred inputs of each;
``benchmarks/fuzz_inputs.py`` runs the same properties over 100,000+ inputs.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.errors import FigcheckError
from figcheck.inputs.desks import load_desk
from figcheck.model import expr, units

EXAMPLES = 150  # per property in `make test`; the benchmark runs far more

_UNIT_WORDS = ["USD", "EUR", "percent", "people", "m", "s", "year", "degC", "kelvin", "bn",
               "billion", "trillion", "k", "count", "tonne", "foo", "1", "0", "1e308", "2"]  # fmt: skip
_UNIT_OPS = ["*", "/", "^", "**", "(", ")", " ", "-", "+", "·", "%", "per cent", ".", "e"]

#: Unit texts: mostly pieces of the grammar in any order, sometimes anything at all.
unit_texts = st.one_of(
    st.lists(st.sampled_from(_UNIT_WORDS + _UNIT_OPS), max_size=25).map("".join),
    st.text(max_size=40),
)
numbers = st.one_of(
    st.floats(allow_nan=False).map(repr),
    st.integers().map(str),
    st.from_regex(r"[-+]?[0-9,. ]{0,12}(e[-+]?[0-9]{1,4})?", fullmatch=True),
)
#: Value texts: a number, maybe a scale word, a unit.
value_texts = st.one_of(
    st.tuples(numbers, st.sampled_from(["", " ", " million ", "bn ", " k"]), unit_texts).map(
        "".join
    ),
    st.text(max_size=40),
)
#: Expressions over the names a and b.
expr_texts = st.one_of(
    st.lists(st.sampled_from([*"ab()+-*/ 019.e", "1e308", "0.0"]), max_size=60).map("".join),
    st.text(max_size=60),
)

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), value_texts,
    st.dates().map(str), st.sampled_from(["2012-02-30", "2015-13-45", "!!int abc", "- x"]),
)  # fmt: skip
_KEYS = ["id", "value", "quote", "hedge", "as_of", "expected", "reference", "dataset", "where",
         "column", "aggregate", "expr", "terms", "claim", "take", "min", "max", "tolerance",
         "x-n", "series", "period", "between", "in", "source", "claims", "published"]  # fmt: skip
_trees = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(_KEYS), children, max_size=5),
    ),
    max_leaves=25,
)
#: Desk texts: structured desks (dumped YAML, sometimes with a tag or a cut spliced in) and raw.
_claims = st.lists(
    st.fixed_dictionaries(
        {"id": st.sampled_from(["a", "b", "c-1", "Bad Id"]), "value": value_texts},
        optional=dict.fromkeys(("reference", "expected", "as_of", "hedge", "x-n"), _trees),
    ),
    max_size=4,
)
_desks = st.fixed_dictionaries(
    {"claims": _claims}, optional={"source": _trees, "x-extra": _trees}
).map(lambda d: yaml.safe_dump(d, allow_unicode=True))
_SPLICES = ["!!int abc", "!!set {a}", "!!float x", "!!binary '%'", "&a [*a]", "*x", "[[[[", "]]",
            "{", "}", ": :", "\t", "'", '"\\ud800"', "<<: *a", "? [a]", "---", "%YAML 1.1"]  # fmt: skip
desk_texts = st.one_of(
    _desks,
    st.tuples(_desks, st.integers(0, 10_000), st.sampled_from(_SPLICES)).map(
        lambda t: t[0][: t[1] % (len(t[0]) + 1)] + t[2] + t[0][t[1] % (len(t[0]) + 1) :]
    ),
    st.text(max_size=200),
)


def check_value(text: str) -> None:
    try:
        parsed = units.parse_value(text)
    except FigcheckError:
        return
    assert math.isfinite(parsed.magnitude), text


def check_unit(text: str) -> None:
    try:
        units.parse_unit(text)
    except FigcheckError:
        return


_FLOATS: expr.Arithmetic[float] = expr.Arithmetic(
    float, lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b,
    lambda a, b: a / b, lambda a: -a,
)  # fmt: skip


def check_expression(text: str) -> None:
    try:
        node = expr.parse(text)
        expr.render(node)
        expr.evaluate(node, {"a": 2.0, "b": 0.0}, _FLOATS)
    except FigcheckError:
        return


def check_desk(text: str, folder: Path) -> None:
    path = folder / "fuzz.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_desk(path)
    except FigcheckError:
        return


#: (name, strategy, check) for the benchmark; the desk check takes a folder.
PROPERTIES: list[tuple[str, Any, Callable[..., None]]] = [
    ("unit", unit_texts, check_unit),
    ("expression", expr_texts, check_expression),
    ("value", value_texts, check_value),
    ("desk", desk_texts, check_desk),
]

_FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(value_texts)
def test_value_parser_returns_a_value_or_a_figcheck_error(text: str) -> None:
    check_value(text)


@_FAST
@given(unit_texts)
def test_unit_parser_returns_a_unit_or_a_figcheck_error(text: str) -> None:
    check_unit(text)


@_FAST
@given(expr_texts)
def test_expression_parser_returns_a_result_or_a_figcheck_error(text: str) -> None:
    check_expression(text)


@_FAST
@given(desk_texts)
def test_desk_loader_returns_a_desk_or_a_figcheck_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_desk(text, Path(folder))
