"""The safe expression language: parse, evaluate, refuse everything else."""

from __future__ import annotations

import contextlib
import operator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.errors import ExpressionError
from figcheck.model import expr

FLOATS = expr.Arithmetic(
    float, operator.add, operator.sub, operator.mul, operator.truediv, operator.neg
)
ENV = {"a": 1.0, "b": 4.0, "gdp": 60.0, "proceeds": 2.1}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("-(1 + 2) / 4", -0.75),
        ("a / b", 0.25),
        ("proceeds / gdp", 0.035),
        ("2e3 * a", 2000.0),
        ("--a", 1.0),
        ("+a", 1.0),
        ("a - b - a", -4.0),
        ("b / b / b", 0.25),
        (".5 * b", 2.0),
    ],
)
def test_evaluates(text: str, value: float) -> None:
    assert expr.evaluate(expr.parse(text), ENV, FLOATS) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("__import__('os').system('x')", "unexpected character"),
        ("a ** 2", "unexpected"),
        ("a.b", "unexpected character"),
        ("abs(a)", "unexpected"),
        ("a b", "unexpected text"),
        ("1 +", "expected a number"),
        ("(1", r"expected '\)'"),
        ("", "empty"),
        ("a" * 1001, "longer than"),
        ("a; b", "unexpected character"),
    ],
    ids=[
        "import",
        "power",
        "attribute",
        "call",
        "juxtaposition",
        "dangling",
        "paren",
        "empty",
        "too-long",
        "statement",
    ],
)
def test_refuses_everything_else(text: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        expr.parse(text)


def test_unknown_term_lists_known_terms() -> None:
    with pytest.raises(ExpressionError, match=r"unknown term 'x'.*valid choices: a, b"):
        expr.evaluate(expr.parse("x + a"), {"a": 1.0, "b": 2.0}, FLOATS)


def test_division_by_zero_is_an_expression_error() -> None:
    with pytest.raises(ExpressionError, match=r"division by zero in '\(a / 0\)'"):
        expr.evaluate(expr.parse("a / 0"), ENV, FLOATS)


def test_names() -> None:
    assert expr.names(expr.parse("proceeds / (gdp + a) * 2")) == {"proceeds", "gdp", "a"}


@given(st.text(max_size=60))
def test_parse_never_crashes_on_arbitrary_text(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        expr.parse(text)


@given(
    st.recursive(
        st.one_of(st.sampled_from(["a", "b", "gdp"]), st.integers(0, 99).map(str)),
        lambda inner: st.tuples(inner, st.sampled_from("+-*"), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        max_leaves=12,
    )
)
def test_render_round_trips(text: str) -> None:
    node = expr.parse(text)
    assert expr.parse(expr.render(node)) == node


@pytest.mark.parametrize(
    ("text", "scaled"),
    [
        ("a / b * 100", True),
        ("100 * a / b", True),
        ("(a / b - 1) * 100", True),
        ("-(a - b) / b * 100", True),
        ("a / b * 100.0", True),
        ("a / b", False),
        ("a / b * 1000", False),
        ("a / (b * 100)", False),
        ("a * 100 + b", False),
        ("a / 100", False),
        ("a / b * 100000", False),
        ("(a / b * 100) / 100", False),  # review33: the / 100 cancels it
        ("100 * a / b - 100", True),  # the percent change written without brackets
        ("a / b * 100 - 100", True),
        ("a / b - c / d", False),
        ("a * 100 - b", False),
    ],
)
def test_a_result_scaled_by_100_is_said_in_percent(text: str, scaled: bool) -> None:
    # desks33: "usa / world * 100" against "about 30 percent" read 30.29 as a fraction, 3,029%
    assert expr.times_100(expr.parse(text)) is scaled
