"""report.json encoded in forked child processes: a run that is interrupted or fails leaves no
process behind, no staging folder and no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from click.testing import CliRunner

from figcheck import chunked
from figcheck.cli import main
from figcheck.reports import spool
from figcheck.storage.outfolder import LOCK_NAME
from helpers import make_test_catalog
from test_chunked import table_rows

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")

#: How long a slowed child takes to encode its chunk (far longer than any test waits).
SLOW_S = 30


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spool-fork")
    make_test_catalog(root / "catalog")
    (root / "inputs").mkdir()
    table_rows(30, "f").to_csv(root / "inputs" / "claims.csv", index=False)
    return root


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The pids of the encoding processes forked during the test (any left running is killed
    after it, so that a failing test leaves none behind)."""
    pids: list[int] = []
    fork = os.fork

    def recorded() -> int:
        pid = fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recorded)
    yield pids
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def slow_in_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """The encoder takes :data:`SLOW_S` in a child process (at once in this one)."""
    parent, encode = os.getpid(), spool.encode_chunk

    def slow(*args: Any) -> Any:
        if os.getpid() != parent:
            time.sleep(SLOW_S)
        return encode(*args)

    monkeypatch.setattr(spool, "encode_chunk", slow)


def reaped(pid: int) -> bool:
    """Whether ``pid`` (a child of this process) has ended and been waited for."""
    try:
        os.waitpid(pid, os.WNOHANG)  # still running, or left a zombie (reaped here)
    except ChildProcessError:
        return True
    return False


def interrupt_after(seconds: float) -> Callable[[], None]:
    """Raise KeyboardInterrupt in this process after ``seconds`` (as Ctrl-C would); the
    returned function disarms it."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)

    def disarm() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    return disarm


def run(work: Path, out: Path) -> Any:
    return CliRunner().invoke(
        main,
        ["check", str(work / "inputs"), "--datasets", str(work / "catalog"), "--out", str(out),
         "--format", "json"],
        env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
    )  # fmt: skip


def test_an_interrupt_while_waiting_for_a_child_ends_the_child(
    work: Path, children: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    slow_in_children(monkeypatch)
    out = work / "interrupted"
    disarm = interrupt_after(1.0)  # the next chunk waits for the first chunk's slow child
    try:
        started = time.monotonic()
        outcome = run(work, out)
    finally:
        disarm()
    assert time.monotonic() - started < SLOW_S / 2
    assert isinstance(outcome.exception, KeyboardInterrupt) or outcome.exit_code != 0
    assert children
    assert all(reaped(pid) for pid in children)  # none left running, none a zombie
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]
