"""The figcheck error tree: every input problem a user can act on.

::

    FigcheckError                      base; only the CLI catches it (exit 2)
    ├── InputError(ValueError)         a desk or claims table is malformed (file, line, key)
    ├── UnitError(ValueError)          a value or unit does not parse
    │   └── IncompatibleUnitsError     two units cannot be converted (names both)
    ├── ExpressionError(ValueError)    a derivation's `expr` is malformed or cannot be evaluated
    ├── CatalogError(LookupError)      a catalog or dataset descriptor is unusable
    │   └── SnapshotError              a snapshot is missing, too large, changed… (catalog.py)
    ├── OutputError(OSError)           a report, cache or snapshot cannot be written (its path)
    └── UsageError(ValueError)         a bad command-line invocation

Errors keep structured fields and build their message in ``__str__`` so callers can either show
them or inspect them. Claim-level problems (an unknown unit in one claim) are *not* raised to the
user: the engine turns them into findings with verdict ``error``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CatalogError",
    "ExpressionError",
    "FigcheckError",
    "IncompatibleUnitsError",
    "InputError",
    "OutputError",
    "UnitError",
    "UsageError",
]


class FigcheckError(Exception):
    """Base of every error figcheck raises on purpose."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
        hint: str | None = None,
        choices: Sequence[str] | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path
        self.line = line
        self.key = key
        self.hint = hint
        self.choices = list(choices) if choices is not None else None

    def where(self) -> str:
        """The location prefix, e.g. ``desk.yaml:12: claims[3].value``."""
        parts = []
        if self.path:
            parts.append(self.path if self.line is None else f"{self.path}:{self.line}")
        if self.key:
            parts.append(self.key)
        return ": ".join(parts)

    def __str__(self) -> str:
        text = self.problem
        if self.choices is not None:
            shown = ", ".join(self.choices[:30])
            more = f" (and {len(self.choices) - 30} more)" if len(self.choices) > 30 else ""
            text += f"; valid choices: {shown}{more}" if self.choices else "; there are no choices"
        if self.hint:
            text += f". {self.hint}"
        where = self.where()
        return f"{where}: {text}" if where else text


class InputError(FigcheckError, ValueError):
    """A desk file or claims table cannot be read as written."""


class UnitError(FigcheckError, ValueError):
    """A value, unit or scale word does not parse."""


class IncompatibleUnitsError(UnitError):
    """Two units measure different things (or different currencies without a date)."""

    def __init__(self, from_unit: str, to_unit: str, *, context: str = "") -> None:
        self.from_unit = from_unit
        self.to_unit = to_unit
        what = f" ({context})" if context else ""
        super().__init__(f"cannot convert {from_unit!r} to {to_unit!r}{what}: incompatible units")


class ExpressionError(FigcheckError, ValueError):
    """A derivation expression is malformed, names an unknown term, loops, or divides by zero."""


class CatalogError(FigcheckError, LookupError):
    """A catalog folder or dataset descriptor is unusable."""


class OutputError(FigcheckError, OSError):
    """A file cannot be written (full disk, a file where a folder should be…); ``path`` names it."""


class UsageError(FigcheckError, ValueError):
    """The command line asks for something that cannot be done."""
