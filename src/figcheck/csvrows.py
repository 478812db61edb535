"""Where a row of a CSV file starts, its rows counted as pandas counts them: the one finder
behind every error that names a CSV line (a claims table's short row or unclosed quote, a
snapshot's cell of the wrong type or unclosed quote).

pandas names rows two ways. Its tokenizer's errors (``EOF inside string starting at row 3``)
count every record from the top of the file, blank lines included (:func:`record_line`); the
rows of a frame skip blank lines and start after the header (:func:`data_row_line`). A blank
line is empty or holds only spaces and tabs, unquoted: a line ``""`` is a row of one empty
field, and a quoted line break stays inside its row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

__all__ = [
    "UnclosedQuote",
    "data_row_line",
    "record_line",
    "records",
    "unclosed_record",
    "wide_cells",
]

#: The longest cell read (pandas reads a cell of any length; csv stops at 131,072 characters).
_CELL_LIMIT = 2**31 - 1
_UNCLOSED = re.compile(r"EOF inside string starting at row (\d+)")
_BLANK = " \t\r\n"


class UnclosedQuote(Exception):
    """A quoted value opens in the record starting at ``line`` and is never closed."""

    def __init__(self, line: int) -> None:
        super().__init__(f"a quoted value opens at line {line} and is never closed")
        self.line = line


def unclosed_record(message: str) -> int | None:
    """The record pandas' tokenizer names when a quoted value is never closed (``EOF inside
    string starting at row 3``: 0 is the file's first record), or None for another error."""
    found = _UNCLOSED.search(message)
    return int(found[1]) if found else None


@contextmanager
def wide_cells() -> Iterator[None]:
    """Let :mod:`csv` read a cell of any length while inside; the limit is the process's, so it
    is restored on leaving (other readers, such as ``datasets add``, keep theirs)."""
    limit = csv.field_size_limit(_CELL_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(limit)


def records(lines: Iterable[str], delimiter: str = ",") -> Iterator[tuple[int, list[str] | None]]:
    """Each record of CSV text (``lines`` read with ``newline=""``): the line it starts on (1
    is the first) and its fields, or None for a blank line, which pandas skips in a frame. A
    quoted value never closed raises :class:`UnclosedQuote`. A cell over 131,072 characters
    needs :func:`wide_cells` around the reading."""
    last = ""

    def fed() -> Iterator[str]:
        nonlocal last
        for line in lines:
            last = line
            yield line

    reader = csv.reader(fed(), delimiter=delimiter)
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # at the end of the text, inside a quoted value
            raise UnclosedQuote(start) from exc
        if not fields or (len(fields) == 1 and reader.line_num == start and not last.strip(_BLANK)):
            yield start, None
        else:
            yield start, fields


def record_line(lines: Iterable[str], record: int, delimiter: str = ",") -> int | None:
    """The line record ``record`` starts on, blank lines counted (0: the file's first line, as
    pandas' tokenizer counts), or None when the text holds fewer records."""
    return _start_of(lines, record, delimiter, blanks=True)


def data_row_line(lines: Iterable[str], row: int, delimiter: str = ",") -> int | None:
    """The line data row ``row`` starts on (0: the first after the header), blank lines
    skipped as in a pandas frame, or None when the text holds fewer rows."""
    return _start_of(lines, row + 1, delimiter, blanks=False)  # record 0 is the header


def _start_of(lines: Iterable[str], wanted: int, delimiter: str, *, blanks: bool) -> int | None:
    """The line the ``wanted``-th record starts on (blank lines counted as records or not); an
    unclosed quote is where its record starts, if that is the one wanted."""
    at = 0
    with wide_cells():
        try:
            for start, fields in records(lines, delimiter):
                if fields is None and not blanks:
                    continue
                if at == wanted:
                    return start
                at += 1
        except UnclosedQuote as exc:
            return exc.line if at == wanted else None
    return None
