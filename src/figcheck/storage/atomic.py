"""Write files atomically: a temporary file in the same folder, fsynced, then renamed over.

A failure to write (a full disk, a file where a folder should be) raises
:class:`~figcheck.errors.OutputError` naming the file that could not be written.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from figcheck.errors import FigcheckError, OutputError
from figcheck.storage.regular import file_kind

__all__ = [
    "fsynced", "json_bytes", "mode_for", "replace_together", "write_all", "write_bytes",
    "write_hint", "write_json", "write_text",
]  # fmt: skip

#: What to do about an OS error while writing (mends30: "cannot write: No space left on device"
#: named the file but not the way out).
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_BARRED = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def write_hint(exc: OSError) -> str | None:
    """What to do when ``exc`` stopped a write: free space, or another folder."""
    if exc.errno in _FULL:
        return "free some space on that disk, or write to a folder on another"
    if exc.errno in _BARRED:
        return "write to a folder you may write to"
    return None


def mode_for(path: Path) -> int:
    """The replaced file's permissions, or the umask's default for a new file (mkstemp's 0600
    would make reports and snapshots unreadable to the rest of a newsroom's group)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def fsynced(path: Path, mode: int) -> Iterator[IO[str]]:
    """A new text file at ``path`` (which must not exist), flushed to disk on a clean exit.
    A character UTF-8 cannot encode (a lone surrogate from a quote) is written as ``?``."""
    with path.open("x", encoding="utf-8", errors="replace", newline="\n") as out:
        os.chmod(path, mode)
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Turn an OS error while writing ``path`` into an :class:`OutputError` that names it."""
    try:
        yield
    except FigcheckError:
        raise
    except OSError as exc:
        raise OutputError(
            f"cannot write: {exc.strerror or exc}", path=str(path), hint=write_hint(exc)
        ) from exc


def _refuse_special(path: Path) -> None:
    """Refuse to replace ``path`` when it is a FIFO, a device, a socket or a folder: renaming a
    file over it would take its place (hostile33: ``extract --out /dev/full``, run as root,
    replaced the device node with the draft). A symbolic link is replaced itself, never what
    it points to, so it may stay."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return  # nothing there (or nothing reachable): the write says what is wrong
    if stat.S_ISLNK(mode) or stat.S_ISREG(mode):
        return
    kind = file_kind(mode) or "not a file"
    raise OutputError(
        f"cannot write: it is {kind}, not a regular file, and would be replaced",
        path=str(path),
        hint="give the path of a file (a new one, or a file to replace)",
    )


def write_all(items: Sequence[tuple[Path, Callable[[IO[str]], object]]]) -> None:
    """Write several text files so that none changes unless all were written in full.

    Each writer streams into a temporary file beside its target; only when every writer has
    finished are the temporary files renamed over the targets. On any failure they are removed.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, writer in items:
            _refuse_special(path)
            with _naming(path):
                path.parent.mkdir(parents=True, exist_ok=True)
                handle, temp = tempfile.mkstemp(
                    dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
                )
                staged.append((temp, path))
                os.chmod(temp, mode_for(path))
                with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                    writer(out)
                    out.flush()
                    os.fsync(out.fileno())
    except BaseException:
        for temp, _ in staged:
            Path(temp).unlink(missing_ok=True)
        raise
    for done, (temp, path) in enumerate(staged):
        try:
            with _naming(path):
                os.replace(temp, path)
        except BaseException:  # hostile33: a failed rename left its temporary files behind
            for rest, _ in staged[done:]:
                Path(rest).unlink(missing_ok=True)
            raise


def write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``; readers see the old file or the new one, never half."""
    write_all([(path, lambda out: out.write(text))])


def write_bytes(path: Path, data: bytes) -> None:
    _refuse_special(path)
    with _naming(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            os.chmod(temp, mode_for(path))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def json_bytes(data: Any) -> bytes:
    """``data`` as JSON, as every JSON file figcheck writes: UTF-8, indented by two, one final
    line break."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json(path: Path, data: Any) -> None:
    write_bytes(path, json_bytes(data))


def replace_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Replace each path with its bytes, each atomically, so that a failure or an interrupt
    (Ctrl-C) part way puts back every file already replaced (a dataset's data.csv and the
    datapackage.json recording its hash stay in step; review30: a Ctrl-C between them left a
    snapshot that failed its hash check)."""
    before = {path: path.read_bytes() if path.is_file() else None for path, _ in files}
    done: list[Path] = []
    try:
        for path, data in files:
            write_bytes(path, data)
            done.append(path)
    except BaseException:
        for path in reversed(done):
            old = before[path]
            if old is None:
                path.unlink(missing_ok=True)
            else:
                write_bytes(path, old)
        raise
