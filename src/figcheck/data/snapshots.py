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

__all__ = ["write_new_folder"]


def write_new_folder(folder: Path, files: Mapping[str, bytes | dict[str, Any]]) -> None:
    """Create ``folder`` with ``files`` (bytes, or JSON objects written with an indent).

    The files are written into a temporary folder in the same parent and renamed to ``folder``
    only when all are written, so an interrupted add leaves no half-made dataset behind. An
    existing folder is never overwritten (it may hold the user's own files), unless empty.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        what = "a dataset" if (folder / "datapackage.json").exists() else "files"
        raise CatalogError(
            f"{folder} already exists and holds {what}; nothing was written",
            hint="choose another --name or --into",
        )
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
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
        if folder.exists():
            folder.rmdir()
        os.rename(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
