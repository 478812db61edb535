"""Write a new dataset folder whole or not at all: staged beside it, then renamed into place."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from figcheck.errors import CatalogError
from figcheck.storage.outfolder import STAGE_PREFIX

__all__ = ["write_new_folder"]


def write_new_folder(
    folder: Path, files: Mapping[str, bytes | dict[str, Any]], *, replace: bool = False
) -> None:
    """Create ``folder`` with ``files`` (bytes, or JSON objects written with an indent).

    The files are written into a staging folder in the same parent and renamed to ``folder``
    only when all are written, so an interrupted add leaves no half-made dataset behind. The
    staging folder is named like :mod:`figcheck.storage.outfolder`'s (``.figcheck-stage-PID-…``),
    so one
    that a killed add left is removed by the next run that takes the catalog folder's lock.
    An existing folder is never overwritten (it may hold the user's own files), unless empty,
    or ``replace`` is given and it holds a dataset: then it is renamed aside
    (``.NAME.replaced-PID``), the new folder renamed in, and the old one removed.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    exists = folder.exists() or folder.is_symlink()
    is_dataset = (
        folder.is_dir() and not folder.is_symlink() and (folder / "datapackage.json").is_file()
    )
    if exists and not (replace and is_dataset) and (not folder.is_dir() or any(folder.iterdir())):
        what = "a dataset" if is_dataset else "files"
        raise CatalogError(
            f"{folder} already exists and holds {what}; nothing was written",
            hint="choose another --name or --into",
        )
    prefix = f"{STAGE_PREFIX}{os.getpid()}-{folder.name[:40]}-"
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=prefix))
    # not a staging name: a run killed between the two renames leaves the old dataset here,
    # hidden from the catalog but never removed by a later run's clean-up
    old = folder.with_name(f".{folder.name}.replaced-{os.getpid()}")
    try:
        os.chmod(staging, 0o777 & ~_umask())
        for name, content in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(
                    json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
                )
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        elif exists:
            os.rename(folder, old)  # replace: the old dataset goes aside, then away
        os.rename(staging, folder)
    except BaseException:
        if old.exists() and not folder.exists():
            os.rename(old, folder)  # the swap failed half-way: put the old dataset back
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
