"""The unit registry, built on first use: one per process, and from the kept definitions.

Each case runs in a fresh interpreter, since the registry is built once per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_THREADS = """
import threading
from figcheck.model import units
start = threading.Barrier(4)
got = []
def parse():
    start.wait()
    got.append(units.parse_unit("km").unit)
threads = [threading.Thread(target=parse) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len({id(unit._REGISTRY) for unit in got}))
print(sorted({units.conversion(unit, got[0]).factor for unit in got}))
"""


def test_threads_that_first_use_units_at_once_share_one_registry() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", _THREADS],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["1", "[1.0]"]


def test_datasets_list_keeps_the_unit_definitions_in_its_cache_folder(tmp_path: Path) -> None:
    # Listing reads every descriptor, whose units are parsed: the cache folder must be known
    # before that, or the registry is built without it and the definitions are never kept.
    env = {**os.environ, "FIGCHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "figcheck", "datasets", "list"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(list((tmp_path / "unit-definitions").glob("pint-*"))) == 1


_PARSE = """
import sys
from pathlib import Path
from figcheck.model import units
units.keep_definitions_in(Path(sys.argv[1]))
print(units.format_unit(units.parse_unit("people / km**2").unit))
"""


def test_definitions_others_could_have_written_are_not_loaded(tmp_path: Path) -> None:
    # They are pickles: loading one runs what it says. A kept folder that anyone else may write
    # to (or that is not the user's) is left alone, and the run parses the definitions itself.
    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-W", "error", "-c", _PARSE, str(tmp_path)],
            capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        return done.stdout.strip()

    assert run() == "people / kilometer ** 2"
    (kept,) = (tmp_path / "unit-definitions").glob("pint-*")
    for pickle in kept.glob("*.pickle"):
        pickle.write_bytes(b"planted")
    kept.chmod(0o777)
    assert run() == "people / kilometer ** 2"
    assert sorted(p.read_bytes() for p in kept.glob("*.pickle")) == [b"planted"] * 5  # not read
