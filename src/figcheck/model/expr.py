"""Safe arithmetic over named terms: numbers, names, ``+ - * /``, unary minus, parentheses.

Parsed by a small recursive-descent parser into a tree and evaluated with caller-supplied
arithmetic (the engine passes unit-aware operations), so nothing is ever ``eval``-ed and this
module knows nothing about units.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from figcheck.errors import ExpressionError
from figcheck.limits import MAX_EXPRESSION_DEPTH, over_limit

__all__ = [
    "Arithmetic",
    "BinOp",
    "Name",
    "Neg",
    "Node",
    "Num",
    "evaluate",
    "names",
    "parse",
    "render",
    "times_100",
]

T = TypeVar("T")

MAX_LENGTH = 1000
_TOKEN_RE = re.compile(
    r"\s*(?:(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>[-+*/()]))"
)


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Node
    right: Node


Node = Num | Name | Neg | BinOp


def _tokenize(text: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if not match or match.end() == pos:
            raise ExpressionError(
                f"unexpected character {text[pos:].lstrip()[:1]!r} at position {pos + 1} of "
                f"{text!r}; an expression may use numbers, term names, + - * / and parentheses"
            )
        kind = match.lastgroup or ""
        tokens.append((kind, match[kind], match.start(kind)))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0
        self.nesting = 0  # parentheses and signs open now
        self.depths: dict[int, int] = {}  # id(node) → depth of its tree

    def deeper(self, node: Node, *children: Node) -> Node:
        """Record ``node``'s tree depth; refuse a tree deeper than the limit, so evaluating
        and rendering it (recursive) stay far from Python's recursion limit."""
        depth = 1 + max((self.depths.get(id(child), 1) for child in children), default=0)
        if depth > MAX_EXPRESSION_DEPTH.value:
            raise ExpressionError(
                over_limit(MAX_EXPRESSION_DEPTH, f"an expression nests {depth} operations")
            )
        self.depths[id(node)] = depth
        return node

    def enter(self) -> None:
        self.nesting += 1
        if self.nesting > MAX_EXPRESSION_DEPTH.value:
            raise ExpressionError(
                over_limit(MAX_EXPRESSION_DEPTH, "parentheses or signs nested deeper")
            )

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def fail(self, what: str) -> ExpressionError:
        token = self.peek()
        where = f"at position {token[2] + 1}" if token else "at the end"
        return ExpressionError(f"{what} {where} of {self.text!r}")

    def take_op(self, ops: str) -> str | None:
        token = self.peek()
        if token and token[0] == "op" and token[1] in ops:
            self.pos += 1
            return token[1]
        return None

    def expression(self) -> Node:
        node = self.product()
        while op := self.take_op("+-"):
            right = self.product()
            node = self.deeper(BinOp(op, node, right), node, right)
        return node

    def product(self) -> Node:
        node = self.unary()
        while op := self.take_op("*/"):
            right = self.unary()
            node = self.deeper(BinOp(op, node, right), node, right)
        return node

    def unary(self) -> Node:
        if self.take_op("-"):
            self.enter()
            operand = self.unary()
            self.nesting -= 1
            return self.deeper(Neg(operand), operand)
        if self.take_op("+"):
            self.enter()
            node = self.unary()
            self.nesting -= 1
            return node
        return self.atom()

    def atom(self) -> Node:
        token = self.peek()
        if token is None:
            raise self.fail("expected a number, a term name or '('")
        kind, text, _ = token
        if kind == "num":
            value = float(text)
            if not math.isfinite(value):  # mends30: "a * 1e309" gave ∞, then a discrepancy
                raise self.fail(f"{text} is too large a number to compute with")
            self.pos += 1
            return Num(value)
        if kind == "name":
            self.pos += 1
            return Name(text)
        if self.take_op("("):
            self.enter()
            node = self.expression()
            if not self.take_op(")"):
                raise self.fail("expected ')'")
            self.nesting -= 1
            return node
        raise self.fail(f"unexpected {text!r}")


def parse(text: str) -> Node:
    """Parse an expression such as ``proceeds / gdp * 100``; raises :class:`ExpressionError`."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("the expression is empty")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"the expression is longer than {MAX_LENGTH} characters")
    parser = _Parser(text)
    node = parser.expression()
    if parser.peek() is not None:
        raise parser.fail("unexpected text")
    return node


def times_100(node: Node) -> bool:
    """Whether the result is multiplied by 100 as a whole (``a / b * 100``, ``100 * (a - b) /
    b``, ``100 * a / b - 100``): one net factor 100 at the top of the tree, where a ``/ 100``
    cancels one (review33: ``(a / b * 100) / 100`` is a fraction again). A desk writes it to say
    the result in percent; the engine then reads it as a percentage, not as a fraction
    (desks33: ``usa / world * 100`` against "about 30 percent" gave 3,029%)."""
    return _hundreds(node) == 1


def _hundreds(node: Node) -> int:
    """The net power of 100 a node's value carries at its top: ``100`` is one, a product adds
    its sides', a quotient subtracts its divisor's, a sum or difference has its sides' when both
    agree (``100 * a / b - 100``) and none otherwise; names and other numbers none."""
    if isinstance(node, Num):
        return 1 if node.value == 100.0 else 0
    if isinstance(node, Neg):
        return _hundreds(node.operand)
    if not isinstance(node, BinOp):
        return 0
    left, right = _hundreds(node.left), _hundreds(node.right)
    if node.op == "*":
        return left + right
    if node.op == "/":
        return left - right
    return left if left == right else 0


def has_division(node: Node) -> bool:
    """Whether the expression divides anywhere (``a / b``): a result without a unit is then a
    ratio whose units cancelled, which a claim in percent or points may read as a fraction."""
    if isinstance(node, Neg):
        return has_division(node.operand)
    if isinstance(node, BinOp):
        return node.op == "/" or has_division(node.left) or has_division(node.right)
    return False


def names(node: Node) -> set[str]:
    """Every term name the expression uses."""
    if isinstance(node, Name):
        return {node.name}
    if isinstance(node, Neg):
        return names(node.operand)
    if isinstance(node, BinOp):
        return names(node.left) | names(node.right)
    return set()


@dataclass(frozen=True)
class Arithmetic(Generic[T]):
    """The operations evaluation uses; the engine supplies unit-aware ones."""

    number: Callable[[float], T]
    add: Callable[[T, T], T]
    sub: Callable[[T, T], T]
    mul: Callable[[T, T], T]
    div: Callable[[T, T], T]
    neg: Callable[[T], T]


def evaluate(node: Node, env: Mapping[str, T], arithmetic: Arithmetic[T]) -> T:
    """Evaluate ``node`` with term values from ``env``.

    Raises :class:`ExpressionError` for an unknown term or a division by zero; errors raised by
    the arithmetic itself (such as incompatible units) pass through.
    """
    if isinstance(node, Num):
        return arithmetic.number(node.value)
    if isinstance(node, Name):
        if node.name not in env:
            raise ExpressionError(f"unknown term {node.name!r}", choices=sorted(env))
        return env[node.name]
    if isinstance(node, Neg):
        return arithmetic.neg(evaluate(node.operand, env, arithmetic))
    left = evaluate(node.left, env, arithmetic)
    right = evaluate(node.right, env, arithmetic)
    if node.op == "+":
        return arithmetic.add(left, right)
    if node.op == "-":
        return arithmetic.sub(left, right)
    if node.op == "*":
        return arithmetic.mul(left, right)
    try:
        return arithmetic.div(left, right)
    except ZeroDivisionError as exc:
        raise ExpressionError(f"division by zero in {render(node)!r}") from exc


def render(node: Node) -> str:
    """The expression as text, fully parenthesised where it matters."""
    if isinstance(node, Num):
        return f"{node.value:g}"
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Neg):
        return f"-{render(node.operand)}"
    return f"({render(node.left)} {node.op} {render(node.right)})"
