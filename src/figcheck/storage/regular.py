"""Is a path a regular file? A FIFO blocks whoever opens it for reading, and a device such as
``/dev/zero`` reports size 0 and never ends: both must be refused before a file is read.
:func:`read_regular` is the one bounded read of an untrusted local file (desks, claims tables,
articles, and the files given to ``datasets add``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["NotRegular", "TooLarge", "file_kind", "not_regular", "read_regular"]


def file_kind(mode: int) -> str | None:
    """What a file of ``mode`` (``os.stat(...).st_mode``) is when it is no regular file — "a
    folder", "a FIFO", "a device", "a socket" — or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def not_regular(path: Path) -> str | None:
    """Why ``path`` (links followed) is no regular file — ``not a regular file (a FIFO)`` — or
    None when it is one, or does not exist (the caller's read says so)."""
    try:
        kind = file_kind(os.stat(path).st_mode)
    except OSError:
        return None
    return None if kind is None else f"not a regular file ({kind})"


class NotRegular(OSError):
    """The path is a folder, FIFO, device or socket; ``kind`` says which ("a FIFO")."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"not a regular file ({kind})")
        self.kind = kind


class TooLarge(OSError):
    """The file holds more than the bytes allowed: ``size`` is what its size said, or None
    when it said less and the read found more (``/proc`` files say 0; a file may grow)."""

    def __init__(self, size: int | None, max_bytes: int) -> None:
        super().__init__(f"more than {max_bytes:,} bytes")
        self.size = size
        self.max_bytes = max_bytes


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them: opened once,
    without blocking (a FIFO never hangs the caller), its kind and size taken from that open
    file, and read with a bound (``/dev/zero`` is refused, a file that grows is not read without
    end). :class:`NotRegular`, :class:`TooLarge`, or the ``OSError`` of the open or read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        kind = file_kind(info.st_mode)
        if kind is not None:
            raise NotRegular(kind)
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size, max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(raw) > max_bytes:
        raise TooLarge(None, max_bytes)
    return raw
