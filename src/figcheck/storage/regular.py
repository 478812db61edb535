"""Is a path a regular file? A FIFO blocks whoever opens it for reading, and a device such as
``/dev/zero`` reports size 0 and never ends: both must be refused before a file is read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["file_kind", "not_regular"]


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
