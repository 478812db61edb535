"""The one CSV row finder (figcheck.csvrows), checked against pandas itself: a frame's rows and
the tokenizer's "EOF inside string starting at row N" are found at the lines they start on,
whatever blank lines, lines of spaces, lines holding only ``""`` and quoted line breaks come
before them."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.csvrows import data_row_line, record_line, records, unclosed_record

#: Lines a table may hold: (text, how many lines it takes).
PIECES = ["1,2\n", "\n", "  \n", "\t \n", '""\n', '"",""\n', ",\n", '"x\ny",3\n', '"a\n\nb",4\n']


def _lines(text: str) -> io.StringIO:
    return io.StringIO(text, newline="")


def _starts(text: str) -> list[int]:
    """The line each record of ``text`` starts on, from the text itself (a record ends at a
    line break outside quotes)."""
    starts, line, quoted, fresh = [], 1, False, True
    for char in text:
        if fresh:
            starts.append(line)
            fresh = False
        if char == '"':
            quoted = not quoted
        elif char == "\n":
            line += 1
            fresh = not quoted
    return starts


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["", "\n", "  \n"]))
def test_a_frame_row_is_found_where_it_starts(pieces: list[str], before: str) -> None:
    text = before + "a,b\n" + "".join(pieces) + "5,6\n"
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    starts = _starts(text)
    kept = [(start, fields) for start, fields in records(_lines(text)) if fields is not None]
    assert len(kept) == len(frame) + 1  # the header
    for row in range(len(frame)):
        start, fields = kept[row + 1]
        assert start in starts
        assert data_row_line(_lines(text), row) == start
        assert fields + [""] * (2 - len(fields)) == list(frame.iloc[row])
    assert data_row_line(_lines(text), len(frame) - 1) == text.count("\n")  # "5,6"
    assert data_row_line(_lines(text), len(frame)) is None


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["", "\n", "  \n"]))
def test_an_unclosed_quote_is_found_where_pandas_says_it_opens(
    pieces: list[str], before: str
) -> None:
    text = before + "a,b\n" + "".join(pieces) + '7,"8\n9,10\n'
    with pytest.raises(pd.errors.ParserError) as caught:
        pd.read_csv(io.StringIO(text), dtype=str)
    record = unclosed_record(str(caught.value))
    assert record is not None
    opens = text.count("\n") - 1  # the line of '7,"8'
    assert record_line(_lines(text), record) == opens


def test_blank_lines_are_those_pandas_skips() -> None:
    text = 'a,b\n\n  \n\t\n""\n "" \n\f\n,\n'
    assert [fields for _, fields in records(_lines(text))] == [
        ["a", "b"], None, None, None, [""], [' "" '], ["\f"], ["", ""],
    ]  # fmt: skip


def test_a_tab_separated_line_of_one_tab_is_a_row() -> None:
    assert [f for _, f in records(_lines("a\tb\n\t\n  \n"), "\t")] == [["a", "b"], ["", ""], None]


def test_line_ends_of_any_kind_count_once() -> None:
    text = 'a,b\r\n1,2\r\n\r\n"x\r\ny",3\r\n4,5\r\n'
    assert [start for start, _ in records(_lines(text))] == [1, 2, 3, 4, 6]
    assert data_row_line(_lines(text), 2) == 6


def test_a_cell_longer_than_csvs_default_limit_is_read() -> None:
    text = "a,b\n" + "x" * 200_000 + ",1\n2,3\n"
    assert data_row_line(_lines(text), 1) == 3
    assert record_line(_lines(text), 2) == 3


def test_other_parser_errors_name_no_record() -> None:
    assert unclosed_record("Expected 2 fields in line 3, saw 3") is None
