"""Where bytes stop being UTF-8: the one locator of a bad byte (its offset in the file and its
line), for desks, claims tables and articles (:mod:`figcheck.inputs.reading`) and snapshots
(:mod:`figcheck.data.catalog`), each of which words its own error. Python's own error counts
the byte within the buffer it was decoding, not the file, and names no line."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["BadByte", "first_bad_byte"]


@dataclass(frozen=True)
class BadByte:
    """The first byte that is not UTF-8: its offset from the start of the input (0 is the first
    byte), its line (1 is the first), the byte itself, and ``cut`` when the input ends inside a
    character (the byte is then that character's first one)."""

    offset: int
    line: int
    byte: bytes
    cut: bool = False


def first_bad_byte(blocks: Iterable[bytes]) -> BadByte | None:
    """The first byte of ``blocks`` (the input in order, whole or read in blocks) that is not
    UTF-8, or None when every byte is."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, line = 0, 1  # the bytes and line ends before this block
    for block in blocks:
        try:
            decoder.decode(block)
        except UnicodeDecodeError as exc:
            # exc.start counts in the decoder's buffer: bytes held back from the last block
            # (a character cut by the block's end, never a line end) come first
            held = len(exc.object) - len(block)
            line += block[: max(exc.start - held, 0)].count(b"\n")
            byte = exc.object[exc.start : exc.start + 1]
            return BadByte(offset - held + exc.start, line, bytes(byte))
        offset += len(block)
        line += block.count(b"\n")
    rest = decoder.getstate()[0]  # the start of a character the input ends inside
    if rest:
        return BadByte(offset - len(rest), line, rest[:1], cut=True)
    return None
