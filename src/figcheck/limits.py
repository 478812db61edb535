"""The named limits on untrusted input, and the error that says which one was hit.

Each limit bounds the work one line of a desk, claims table or descriptor can ask for. The
values are far above anything a real desk needs (docs/limits.md gives each one's reason) and
small enough that hitting one costs milliseconds, not gigabytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from figcheck.errors import InputError

__all__ = [
    "LIMITS",
    "MAX_DESK_BYTES",
    "MAX_EXPRESSION_DEPTH",
    "MAX_ID_LENGTH",
    "MAX_NUMBER_DIGITS",
    "MAX_TABLE_COLUMNS",
    "MAX_TAKE_CHAIN",
    "MAX_UNIT_DEPTH",
    "MAX_UNIT_EXPONENT",
    "MAX_UNIT_LENGTH",
    "MAX_YAML_DEPTH",
    "SHOWN_CHARS",
    "SHOWN_HEAD",
    "JSONNumberError",
    "Limit",
    "LimitError",
    "json_loads",
    "over_limit",
    "quoted",
    "refuse_wide",
    "shown_value",
]


@dataclass(frozen=True)
class Limit:
    """One limit: its name (as in docs/limits.md), its value and what it counts."""

    name: str
    value: int
    what: str


#: A desk file or claims table, in bytes (a 90,000-claim desk is 20 MB).
MAX_DESK_BYTES = Limit("desk size", 256 * 1024 * 1024, "bytes")
#: Nesting of YAML collections (a desk needs 6: claims, claim, reference, terms, term, where).
MAX_YAML_DEPTH = Limit("YAML nesting depth", 64, "levels of nested lists and mappings")
#: The absolute value of a power in a unit (``m^3``, ``USD^2``); ``USD^2^2^2`` is refused whole.
MAX_UNIT_EXPONENT = Limit("unit exponent", 12, "as the absolute value of a power")
#: Parentheses nested in a unit text.
MAX_UNIT_DEPTH = Limit("unit nesting depth", 8, "levels of parentheses")
#: Characters of a unit text.
MAX_UNIT_LENGTH = Limit("unit length", 200, "characters")
#: Parentheses and unary signs nested in a derivation's expression.
MAX_EXPRESSION_DEPTH = Limit(
    "expression nesting depth", 50, "levels of parentheses, signs and operations"
)
#: Digits of one number (a claim's value, a ``where`` value).
MAX_NUMBER_DIGITS = Limit("number of digits", 400, "digits")
#: Characters of a claim id (echoed in every message and report row about the claim).
MAX_ID_LENGTH = Limit("claim id length", 200, "characters")
#: Claims one ``take: reference`` chain may pass through before its reference is known.
MAX_TAKE_CHAIN = Limit("take-reference chain length", 100_000, "claims")
#: Columns of a table ``datasets add`` packages (each is typed, ranged and given expectations:
#: milliseconds a column, so 100,000 columns took hours).
MAX_TABLE_COLUMNS = Limit("table columns", 2_000, "columns")

LIMITS: tuple[Limit, ...] = (
    MAX_DESK_BYTES, MAX_YAML_DEPTH, MAX_UNIT_EXPONENT, MAX_UNIT_DEPTH, MAX_UNIT_LENGTH,
    MAX_EXPRESSION_DEPTH, MAX_NUMBER_DIGITS, MAX_TAKE_CHAIN, MAX_ID_LENGTH, MAX_TABLE_COLUMNS,
)  # fmt: skip


def over_limit(limit: Limit, found: str) -> str:
    """The words every limit error uses: what was found and which limit it passes."""
    return f"{found}: over the {limit.name} limit of {limit.value:,} {limit.what} (docs/limits.md)"


#: Untrusted text over this many characters is cut in messages (:func:`shown_value`): 100,000
#: characters written in a desk's ``where`` made a 100,000-character message in every report,
#: a 5,000-digit snapshot cell one of 5,000 …
SHOWN_CHARS = 60
#: … to its first this many, and its length.
SHOWN_HEAD = 40


def shown_value(value: Any, *, quote: bool = False) -> str:
    """Untrusted text (a name a desk gives, a where value, a snapshot's cell) echoed in a
    message, by one rule: one over :data:`SHOWN_CHARS` characters, counted as written, is cut
    to its first :data:`SHOWN_HEAD` and its length (a 5,000-character hedge made a
    6,000-character message in every report); then quoted (``repr``; a short number stays
    unquoted: 2009), or plain with invisible characters as escapes (a zero-width space after WLD
    showed as WLD: no clue why it matched no row). Cut before it is escaped, so an escape is
    never cut in half nor counted as characters of the value. mends28: ``quoted`` and
    ``catalog.shown_value`` cut by two copies of this rule."""
    text = value if isinstance(value, str) else str(value)
    cut = len(text) > SHOWN_CHARS
    head = text[:SHOWN_HEAD] if cut else text
    if quote:
        shown = repr(head if cut else value)
    else:
        shown = head if head.isprintable() else repr(head)[1:-1]
    return f"{shown}… ({len(text):,} characters)" if cut else shown


def quoted(text: str) -> str:
    """Untrusted text echoed in a message, quoted: :func:`shown_value` with ``quote``."""
    return shown_value(text, quote=True)


class LimitError(InputError):
    """A desk or table asks for more than a named limit allows; ``limit`` says which.

    Limits hit inside one claim (a unit, an expression) are not raised: they become that
    claim's ``error`` verdict with the same words (:func:`over_limit`).
    """

    def __init__(self, limit: Limit, found: str, **where: Any) -> None:
        self.limit = limit
        self.found = found
        super().__init__(over_limit(limit, found), **where)


class JSONNumberError(ValueError):
    """A JSON integer longer than :data:`MAX_NUMBER_DIGITS` (a ``ValueError``, as
    ``json.JSONDecodeError`` is, so a reader's one ``except ValueError`` covers both)."""


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS.value:
        found = f"an integer of {len(text):,} characters"
        raise JSONNumberError(over_limit(MAX_NUMBER_DIGITS, found))
    return int(text)


def json_loads(text: str | bytes, **options: Any) -> Any:
    """``json.loads`` for untrusted JSON (reports, descriptors, suites, providers' answers).

    Python refuses to read an integer of more than 4,300 digits with a bare ``ValueError`` that
    no reader expected (a ``report.json`` or ``datapackage.json`` holding one crashed the run);
    here any integer over the number-of-digits limit is a :class:`JSONNumberError` naming it.
    """
    return json.loads(text, parse_int=_bounded_int, **options)


def refuse_wide(label: str, columns: int, line: int | None = None) -> None:
    """A table wider than the table columns limit is refused before any column is read (a
    claims table of 100,000 ``x-`` columns took 70 s to check; a packaged one, hours)."""
    if columns > MAX_TABLE_COLUMNS.value:
        raise LimitError(
            MAX_TABLE_COLUMNS, f"a header of {columns:,} columns", path=label, line=line
        )
