"""The one locator of a byte that is not UTF-8 (figcheck.utf8), shared by desks, claims tables,
articles and snapshots: offsets count in the file, not in the block being decoded."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.data.catalog import _not_utf8
from figcheck.inputs.reading import not_utf8
from figcheck.utf8 import BadByte, first_bad_byte

TEXT = "año\nmañana\n€ 5\n".encode()


def _blocks(raw: bytes, size: int) -> list[bytes]:
    return [raw[i : i + size] for i in range(0, len(raw), size)]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, len(TEXT) + 9])
def test_utf8_text_read_in_any_blocks_has_no_bad_byte(size: int) -> None:
    assert first_bad_byte(_blocks(TEXT, size)) is None


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 1 << 20])
def test_a_bad_byte_is_found_at_its_offset_and_line_whatever_the_blocks(size: int) -> None:
    """A multi-byte character cut by a block's end is held back by the decoder: the offset
    still counts in the file (TEXT holds 'ñ' twice and '€', each cut by some block size)."""
    raw = TEXT + b"x = \xff\n"
    assert first_bad_byte(_blocks(raw, size)) == BadByte(len(TEXT) + 4, 4, b"\xff")


@pytest.mark.parametrize("size", [1, 2, 4, 1 << 20])
def test_input_that_ends_inside_a_character_names_that_character(size: int) -> None:
    raw = TEXT + "€".encode()[:2]
    assert first_bad_byte(_blocks(raw, size)) == BadByte(len(TEXT), 4, b"\xe2", cut=True)


def test_desks_and_snapshots_locate_a_bad_byte_alike(tmp_path: Path) -> None:
    raw = b"id,n\na,1\n\xc3\xa9,2\nb,\xe9\n"
    path = tmp_path / "t.csv"
    path.write_bytes(raw)
    assert "t.csv:4: not UTF-8 text (byte 16: b'\\xe9')" in str(not_utf8(path))
    assert str(_not_utf8(raw)) == "the snapshot is not UTF-8 text at line 4 (byte 16: b'\\xe9')"
