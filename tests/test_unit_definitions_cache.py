"""pint's parsed unit definitions kept in the cache folder: used when whole, rebuilt when not.

Each case runs in a fresh interpreter, since the registry is built once per process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CODE = """
import sys
from pathlib import Path
from figcheck.model import units
units.keep_definitions_in(Path(sys.argv[1]))
km, mile = units.parse_unit("km").unit, units.parse_unit("mile").unit
print(round(units.conversion(mile, km).factor, 6))
print(units.format_unit(units.parse_unit("people / km**2").unit))
"""


_EXPECTED = ["1.609344", "people / kilometer ** 2"]


def _run(folder: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", _CODE, str(folder)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return done.stdout.split("\n")[:2]


def _kept(folder: Path) -> list[Path]:
    return sorted((folder / "unit-definitions").glob("pint-*"))


def test_definitions_are_kept_then_read_back_alike(tmp_path: Path) -> None:
    first = _run(tmp_path)
    (kept,) = _kept(tmp_path)
    assert (
        sorted(p.suffix for p in kept.iterdir()) == [".json"] * 5 + [".pickle"] * 5
    )  # pint, units.txt, currencies.txt
    stamps = {p.name: p.stat().st_mtime_ns for p in kept.iterdir()}
    assert _run(tmp_path) == first == _EXPECTED
    assert {p.name: p.stat().st_mtime_ns for p in kept.iterdir()} == stamps  # read, not rewritten
    assert not list((tmp_path / "unit-definitions").glob(".staging-*"))


def test_damaged_definitions_are_dropped_and_the_run_goes_on(tmp_path: Path) -> None:
    expected = _run(tmp_path)
    (kept,) = _kept(tmp_path)
    for pickle in kept.glob("*.pickle"):
        pickle.write_bytes(b"not a pickle")
    assert _run(tmp_path) == expected
    assert not kept.exists()  # dropped; the next run keeps them afresh
    assert _run(tmp_path) == expected
    assert _kept(tmp_path) == [kept]


def test_an_unwritable_folder_only_costs_the_parse(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would go")
    assert _run(blocked) == _EXPECTED
