"""Is a path a regular file? A FIFO blocks whoever opens it for reading, and a device such as
``/dev/zero`` reports size 0 and never ends: both must be refused before a file is read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["not_regular"]


def not_regular(path: Path) -> str | None:
    """Why ``path`` (links followed) is no regular file — ``not a regular file (a FIFO)`` — or
    None when it is one, or does not exist (the caller's read says so)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a FIFO"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "not a file"
    return f"not a regular file ({kind})"
