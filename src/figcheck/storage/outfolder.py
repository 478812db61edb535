"""The output folder: checked before a run, locked while written, its reports replaced as a set.

* :func:`check_folder` refuses an ``--out``/``--cache-dir`` that is empty, names a file, or lies
  under a file, before any work is done.
* :func:`output_lock` is one ``filelock`` lock per folder (``.figcheck.lock``), re-entrant in a
  process, so two runs never interleave their writes, and a recheck reads the baseline, appends
  to ``history/index.json`` and writes its reports as one read-modify-write. The lock is an OS
  lock (``flock``): a run killed with ``kill -9`` releases it.
* :func:`write_set` stages every report in a fresh folder beside them, then renames them into
  place under the lock: a run that dies leaves the old set whole, and a reader that takes the
  lock never sees a mixed set.
* Whoever takes the lock first removes what a killed run left behind: staging folders and the
  ``.NAME.*.tmp`` files of :mod:`figcheck.storage.atomic` — no live writer can own them, since every
  writer holds the lock.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import filelock

from figcheck.errors import OutputError, UsageError
from figcheck.storage.atomic import fsynced, mode_for, write_hint

__all__ = ["LOCK_NAME", "check_folder", "clean_stale", "output_lock", "write_set"]

LOCK_NAME = ".figcheck.lock"
STAGE_PREFIX = ".figcheck-stage-"
#: How long a run waits for another run writing into the same folder.
LOCK_WAIT_S = 600.0
#: ``.report.json.k2j3h4.tmp`` (atomic.py) — only names figcheck itself creates.
_TEMP_RE = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


def check_folder(text: str | os.PathLike[str], option: str) -> Path:
    """``text`` as a folder figcheck may create and write into; raises :class:`UsageError`."""
    if not str(text).strip():
        raise UsageError("an empty path is not a folder", key=option, hint="name a folder")
    path = Path(text)
    for part in [path, *path.parents]:
        if part.is_symlink() and not part.exists():  # mkdir would say only "File exists"
            try:
                target = f" (to {os.readlink(part)})"
            except OSError:
                target = ""
            where = "is" if part == path else f"lies under {part}, which is"
            raise UsageError(
                f"{path} {where} a symbolic link that leads to no folder{target}: it points to "
                "a path that does not exist, or links loop",
                key=option, hint="name a folder, or mend the link",
            )  # fmt: skip
        if part.exists() and not part.is_dir():
            what = "is a file" if part == path else f"lies under {part}, which is a file"
            raise UsageError(f"{path} {what}, not a folder", key=option, hint="name a folder")
        if part.is_dir():
            break
    return path


@contextmanager
def output_lock(folder: Path, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold ``folder``'s lock (creating the folder); cleans stale temporaries on first entry."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the folder: {exc.strerror}", path=str(folder), hint=write_hint(exc)
        ) from exc
    lock = filelock.FileLock(folder / LOCK_NAME, timeout=wait_s, is_singleton=True)
    first = not lock.is_locked
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise OutputError(
            f"another figcheck run has been writing into {folder} for over {wait_s:g} s",
            path=str(folder / LOCK_NAME),
            hint="wait for it to finish, or use another --out",
        ) from exc
    except OSError as exc:
        raise OutputError(
            f"cannot lock the folder: {exc.strerror}", path=str(folder), hint=write_hint(exc)
        ) from exc
    try:
        if first:
            clean_stale(folder)
        yield
    finally:
        lock.release()


def clean_stale(folder: Path) -> list[Path]:
    """Remove what killed runs left in ``folder`` and its ``history/``; call under the lock."""
    removed = []
    for where in (folder, folder / "history"):
        if not where.is_dir():
            continue
        for item in where.iterdir():
            if item.name.startswith(STAGE_PREFIX) and item.is_dir() and not _alive(item.name):
                shutil.rmtree(item, ignore_errors=True)
                removed.append(item)
            elif _TEMP_RE.match(item.name) and item.is_file():
                item.unlink(missing_ok=True)
                removed.append(item)
    return removed


def _alive(stage_name: str) -> bool:
    """Whether the process that named this staging folder still runs (belt and braces: the
    lock already guarantees that no other live run is writing)."""
    pid_text = stage_name.removeprefix(STAGE_PREFIX).split("-", 1)[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_set(folder: Path, items: Sequence[tuple[str, Callable[[IO[str]], object]]]) -> list[Path]:
    """Write files named ``items[i][0]`` in ``folder`` as one set, under the folder's lock.

    Each writer streams into a staging folder; when all finished, the files are renamed into
    place. A failure (a writer's error, a full disk) leaves the old set untouched and raises
    :class:`OutputError` naming the file, unless the writer raised a figcheck error itself.
    """
    targets = [folder / name for name, _ in items]
    with output_lock(folder):
        try:
            stage = Path(tempfile.mkdtemp(dir=folder, prefix=f"{STAGE_PREFIX}{os.getpid()}-"))
        except OSError as exc:
            raise OutputError(
                f"cannot write into the folder: {exc.strerror}", path=str(folder),
                hint=write_hint(exc),
            ) from exc  # fmt: skip
        try:
            for (name, writer), target in zip(items, targets, strict=True):
                staged = stage / name
                try:
                    with fsynced(staged, mode_for(target)) as out:
                        writer(out)
                except OSError as exc:
                    raise OutputError(
                        f"cannot write: {exc.strerror or exc}", path=str(target),
                        hint=write_hint(exc),
                    ) from exc  # fmt: skip
            for name, target in zip([n for n, _ in items], targets, strict=True):
                try:
                    os.replace(stage / name, target)
                except OSError as exc:
                    raise OutputError(
                        f"cannot replace: {exc.strerror}", path=str(target), hint=write_hint(exc)
                    ) from exc
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return targets
