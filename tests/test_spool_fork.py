"""report.json encoded in a forked encoder process: a run that is interrupted or fails leaves no
process behind, no staging folder and no lock."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from figcheck import chunked
from figcheck.cli import main
from figcheck.reports import spool
from figcheck.reports.fields import encode_results
from figcheck.storage.outfolder import LOCK_NAME
from helpers import REPO, make_test_catalog
from test_chunked import table_rows

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")

#: How long a slowed encoder process takes to encode a chunk (far longer than any test waits).
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


def slow_in_children(monkeypatch: pytest.MonkeyPatch, started: Path | None = None) -> None:
    """The encoder takes :data:`SLOW_S` in a child process (at once in this one), having
    created ``started``."""
    parent = os.getpid()

    def slow(*args: Any) -> Any:
        if os.getpid() != parent:
            if started is not None:
                started.touch()
            time.sleep(SLOW_S)
        return encode_results(*args)

    monkeypatch.setattr(spool, "encode_results", slow)


def reaped(pid: int) -> bool:
    """Whether ``pid`` (a child of this process) has ended and been waited for."""
    try:
        os.waitpid(pid, os.WNOHANG)  # still running, or left a zombie (reaped here)
    except ChildProcessError:
        return True
    return False


def interrupt_once_started(started: Path, running: threading.Event) -> threading.Thread:
    """Ctrl-C to this process half a second after ``started`` appears, while ``running``: by
    then the run waits for the encoder to answer (a slowed encoder answers after SLOW_S)."""

    def interrupt() -> None:
        deadline = time.monotonic() + SLOW_S / 2
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.5)
        if running.is_set():
            os.kill(os.getpid(), signal.SIGINT)  # the main thread's handler raises

    thread = threading.Thread(target=interrupt)
    thread.start()
    return thread


def run(work: Path, out: Path, formats: str = "json") -> Any:
    return CliRunner().invoke(
        main,
        ["check", str(work / "inputs"), "--datasets", str(work / "catalog"), "--out", str(out),
         "--format", formats],
        env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
    )  # fmt: skip


def test_an_interrupt_while_waiting_for_the_encoder_ends_it(
    work: Path, tmp_path: Path, children: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    started = tmp_path / "started"
    slow_in_children(monkeypatch, started)
    out = work / "interrupted"
    running = threading.Event()
    running.set()
    interrupter = interrupt_once_started(started, running)
    begun = time.monotonic()
    try:
        outcome = run(work, out)
    finally:
        running.clear()
        interrupter.join()
    assert time.monotonic() - begun < SLOW_S / 2
    assert started.exists()
    assert isinstance(outcome.exception, KeyboardInterrupt) or outcome.exit_code != 0
    assert len(children) == 1
    assert all(reaped(pid) for pid in children)  # none left running, none a zombie
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]


#: A figcheck run of chunks of 7 claims whose encoding process writes ``started`` in the output
#: folder, then takes :data:`SLOW_S` per chunk.
SLOW_RUN = f"""
import os, sys, time
from pathlib import Path
from figcheck import chunked
from figcheck.cli import main
from figcheck.reports import spool
chunked.CHUNK_ROWS = 7
parent, encode = os.getpid(), spool.encode_results
def slow(*args):
    if os.getpid() != parent:
        (Path(sys.argv[-1]) / "started").touch()
        time.sleep({SLOW_S})
    return encode(*args)
spool.encode_results = slow
main()
"""


def group_alive(group: int) -> list[int]:
    """The processes of ``group`` that have not ended (zombies are ended)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc")
def test_ctrl_c_to_the_process_group_leaves_no_process_no_folder_no_lock(work: Path) -> None:
    out = work / "ctrl-c"
    out.mkdir()
    run = subprocess.Popen(
        [sys.executable, "-c", SLOW_RUN, "check", str(work / "inputs"),
         "--datasets", str(work / "catalog"), "--format", "json", "--out", str(out)],
        env={**os.environ, "FIGCHECK_CACHE_DIR": str(work / "cache")},
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + SLOW_S
        while not (out / "started").exists() and run.poll() is None:
            assert time.monotonic() < deadline, "no encoding process started"
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        output, _ = run.communicate(timeout=SLOW_S / 2)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    assert run.returncode != 0, output
    deadline = time.monotonic() + 5
    while group_alive(run.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert group_alive(run.pid) == []
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "started"], output


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing the results (and, in an encoding process, any file) fails: no space left."""
    parent = os.getpid()

    def no_space(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(spool, "write_strings", no_space)
    monkeypatch.setattr(pq.ParquetWriter, "write_table", no_space)
    write_text = Path.write_text

    def write_text_here(path: Path, *args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            no_space()
        return write_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text_here)


@pytest.mark.parametrize(
    ("forks", "formats"),
    [(True, "json"), (False, "json"), (False, "parquet")],
    ids=["forked-json", "threaded-json", "parquet"],
)
def test_a_full_disk_while_spooling_says_so_and_leaves_nothing(
    work: Path, forks: bool, formats: str, children: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "FORK_ENCODER", forks)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    full_disk(monkeypatch)
    out = work / f"full-{formats}-{forks}"
    outcome = run(work, out, formats)
    assert outcome.exit_code == 2, outcome.output
    assert f"{out}: cannot write: No space left on device" in outcome.output
    assert all(reaped(pid) for pid in children)
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]


def test_forking_beside_native_threads_is_not_a_warning(
    work: Path, children: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python 3.12+ warns when a process with threads forks; this one always has some (Arrow's
    pool, jemalloc's background thread), and the test suite turns warnings into errors."""
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    fork = os.fork  # the fixture's, which records the children

    def fork_as_in_python_312() -> int:
        pid = fork()
        if pid:
            warnings.warn(
                f"This process (pid={os.getpid()}) is multi-threaded, use of fork() may lead "
                "to deadlocks in the child.",
                DeprecationWarning,
                stacklevel=2,
            )
        return pid

    monkeypatch.setattr(os, "fork", fork_as_in_python_312)
    out = work / "warned"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outcome = run(work, out)
    assert (outcome.exit_code, type(outcome.exception)) == (1, SystemExit), outcome.output
    assert len(children) == 1  # one encoding process for the run's 6 chunks
    assert all(reaped(pid) for pid in children)
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "report.json"]


def test_an_error_while_a_child_encodes_ends_it_at_once(
    work: Path, tmp_path: Path, children: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    slow_in_children(monkeypatch)
    rows = table_rows(30, "bad")
    # The third chunk's (rows 7-13; the first chunk is row 0 alone), read while the first
    # chunk is encoded
    rows.loc[10, "id"] = "Bad Id"
    (tmp_path / "inputs").mkdir()
    rows.to_csv(tmp_path / "inputs" / "claims.csv", index=False)
    (tmp_path / "catalog").symlink_to(work / "catalog")
    started = time.monotonic()
    outcome = run(tmp_path, tmp_path / "out")
    assert time.monotonic() - started < SLOW_S / 2
    assert outcome.exit_code == 2, outcome.output
    assert "claims.csv:12: id:" in outcome.output
    assert children
    assert all(reaped(pid) for pid in children)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [LOCK_NAME]


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else set()


@pytest.mark.parametrize("fails", ["memfd_create", "pipe", "fork"])
def test_an_encoder_that_cannot_start_leaves_the_encoding_to_this_process(
    work: Path, fails: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review27: with no memory file (an old kernel, seccomp) or no process to be had (a pids
    limit), `check` stopped with "[Errno 38] Function not implemented" and wrote nothing. The
    run now encodes on its thread: the same report, and no descriptor left open."""
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    monkeypatch.setattr(spool, "FORK_ENCODER", False)
    assert run(work, work / "threaded-start").exit_code in (0, 1)
    expected = json.loads((work / "threaded-start" / "report.json").read_text())
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    calls = {"pipe": 0}
    real_pipe = os.pipe

    def refused(*args: Any) -> Any:
        raise OSError(errno.ENOSYS if fails == "memfd_create" else errno.EAGAIN, "refused")

    def second_pipe_refused() -> tuple[int, int]:
        calls["pipe"] += 1
        if calls["pipe"] == 2:
            raise OSError(errno.EMFILE, "Too many open files")
        return real_pipe()

    if fails == "pipe":
        monkeypatch.setattr(os, "pipe", second_pipe_refused)
    else:
        monkeypatch.setattr(os, fails, refused)
    before = _open_fds()
    out = work / f"no-encoder-{fails}"
    outcome = run(work, out)
    assert outcome.exit_code in (0, 1), outcome.output
    got = json.loads((out / "report.json").read_text())
    assert got["results"] == expected["results"]
    assert _open_fds() <= before
