"""The output folder: lock, reports replaced as a set, stale temporaries, concurrent rechecks,
a damaged history index, and clear messages for unusable --out/--cache-dir and a full disk."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.errors import OutputError, UsageError
from figcheck.storage.outfolder import LOCK_NAME, STAGE_PREFIX, check_folder, clean_stale, write_set
from helpers import REPO

GOOD = "claims:\n  - {id: a, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + str(REPO / "tests")}


def _writer(text: str) -> Callable[[IO[str]], object]:
    return lambda out: out.write(text)


def test_a_set_is_replaced_whole_or_not_at_all(tmp_path: Path) -> None:
    write_set(tmp_path, [("a.txt", _writer("old a")), ("b.txt", _writer("old b"))])

    def full_disk(out: IO[str]) -> None:
        out.write("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError) as caught:
        write_set(tmp_path, [("a.txt", _writer("new a")), ("b.txt", full_disk)])
    assert str(caught.value) == (
        f"{tmp_path / 'b.txt'}: cannot write: No space left on device. free some space on that "
        "disk, or write to a folder on another"  # mends30: what to do
    )
    assert (tmp_path / "a.txt").read_text() == "old a"  # the first file of the set is kept too
    assert (tmp_path / "b.txt").read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_NAME, "a.txt", "b.txt"]


def test_the_cli_names_the_path_on_a_full_disk(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def full_disk(report: object, out: IO[str]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(
        __import__("figcheck.reports", fromlist=["_WRITERS"])._WRITERS,
        "md",
        ("junit", "write_junit"),
    )
    monkeypatch.setattr("figcheck.reports.junit.write_junit", full_disk)
    outcome = CliRunner().invoke(
        main, ["check", str(write_desk(GOOD)), "--datasets", str(catalog_dir), "--out",
               str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 2
    assert outcome.stderr.strip() == (
        f"figcheck: error: {tmp_path / 'out' / 'report.md'}: cannot write: No space left on device"
        ". free some space on that disk, or write to a folder on another"  # mends30
    )


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--out", "", "--out: an empty path is not a folder"),
        ("--out", " ", "--out: an empty path is not a folder"),
        ("--out", "{file}", "is a file, not a folder"),
        ("--out", "{file}/sub", "lies under"),
        ("--cache-dir", "{file}", "--cache-dir: "),
        ("--cache-dir", "", "--cache-dir: an empty path"),
    ],
    ids=["out-empty", "out-blank", "out-file", "out-under-file", "cache-file", "cache-empty"],
)
@pytest.mark.parametrize("command", ["check", "recheck"])
def test_unusable_folders_are_refused_before_any_work(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path,
    command: str, option: str, value: str, words: str,
) -> None:  # fmt: skip
    afile = tmp_path / "afile"
    afile.write_text("keep me")
    args = [command, str(write_desk(GOOD)), "--datasets", str(catalog_dir)]
    args += ["--no-refresh"] if command == "recheck" else []
    if option != "--out":
        args += ["--out", str(tmp_path / "out")]
    if option != "--cache-dir":
        args += ["--cache-dir", str(tmp_path / "cache")]
    args += [option, value.format(file=afile)]
    before = sorted(os.listdir(Path.cwd()))
    outcome = CliRunner().invoke(main, args)
    assert outcome.exit_code == 2, outcome.output
    assert words in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert afile.read_text() == "keep me"
    assert sorted(os.listdir(Path.cwd())) == before  # nothing written to the working directory


def test_datasets_commands_refuse_a_cache_dir_that_is_a_file(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    for args in (["datasets", "list"], ["datasets", "refresh", "--offline"]):
        outcome = CliRunner().invoke(main, [*args, "--cache-dir", str(afile)])
        assert outcome.exit_code == 2
        assert "--cache-dir" in outcome.stderr
        assert "is a file" in outcome.stderr


def test_check_folder_accepts_new_and_existing_folders(tmp_path: Path) -> None:
    assert check_folder(str(tmp_path / "new" / "deeper"), "--out") == tmp_path / "new" / "deeper"
    assert check_folder(str(tmp_path), "--out") == tmp_path
    (tmp_path / "f").write_text("")
    with pytest.raises(UsageError):
        check_folder(str(tmp_path / "f" / "x" / "y"), "--out")


# ------------------------------------------------------------------ killed runs and concurrency

SLOW_WRITER = """
import sys, time
from pathlib import Path
from figcheck.storage.outfolder import write_set

def slow(out):
    out.write("x" * 1_000_000)
    out.flush()
    Path(sys.argv[2]).write_text("ready")
    time.sleep(60)

write_set(Path(sys.argv[1]), [("report.json", lambda out: out.write("{}")), ("report.md", slow)])
"""


def test_kill_9_mid_write_leaves_old_reports_and_the_next_run_cleans_up(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_set(out, [("report.json", _writer('{"old": 1}')), ("report.md", _writer("old"))])
    (out / ".report.md.abc123xy.tmp").write_text("left by an older figcheck")  # atomic.py's name
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(out), str(ready)], env=ENV)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "the writer died"
            assert time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.05)
        stages = [p for p in out.iterdir() if p.name.startswith(STAGE_PREFIX)]
        assert len(stages) == 1
        assert (stages[0] / "report.md").stat().st_size >= 1_000_000
        assert clean_stale(out) == []  # while the writer lives, its staging folder is kept
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert (out / "report.json").read_text() == '{"old": 1}'  # the killed run changed nothing
    write_set(out, [("report.json", _writer('{"new": 1}')), ("report.md", _writer("new"))])
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "report.json", "report.md"]
    assert (out / "report.md").read_text() == "new"


def test_concurrent_rechecks_keep_every_history_entry(catalog_dir: Path, tmp_path: Path) -> None:
    desk = tmp_path / "desk.yaml"
    desk.write_text(GOOD)
    runs = 10
    command = [
        sys.executable, "-m", "figcheck", "recheck", str(desk), "--datasets", str(catalog_dir),
        "--no-refresh", "--out", str(tmp_path / "out"), "--format", "json,md",
        "--cache-dir", str(tmp_path / "cache"),
    ]  # fmt: skip
    children = [
        subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(runs)
    ]
    errors = [child.communicate(timeout=600)[1].decode() for child in children]
    assert [child.returncode for child in children] == [0] * runs, errors
    history = tmp_path / "out" / "history"
    index = json.loads((history / "index.json").read_text())
    assert len(index) == runs
    assert len({entry["report"] for entry in index}) == runs
    assert all((history / entry["report"]).is_file() for entry in index)
    changes = [entry.get("changes") for entry in index]
    assert changes[0] is None
    assert all(c == {**c, "unchanged": 1} for c in changes[1:])


@pytest.mark.parametrize(
    "text",
    ['["a", "b"]', '{"a": 1}', '[{"generated": "x", "summary": "s", "report": "r"}]',
     '[{"generated": "x", "summary": {"supported": "1"}, "report": "r"}]',
     '[{"generated": 1, "summary": {}, "report": "r"}]', "{{{", "[" * 100_000 + "]" * 100_000,
     b"\xff\xfe".decode("latin-1")],
    ids=["strings", "object", "summary-text", "count-text", "generated-number", "not-json",
         "deep", "not-utf8"],
)  # fmt: skip
def test_a_damaged_index_is_set_aside_with_a_warning(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path, text: str
) -> None:
    history = tmp_path / "out" / "history"
    history.mkdir(parents=True)
    (history / "index.json").write_text(text, encoding="latin-1")
    outcome = CliRunner().invoke(
        main, ["recheck", str(write_desk(GOOD)), "--datasets", str(catalog_dir), "--no-refresh",
               "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    assert "figcheck: warning:" in outcome.stderr
    assert "set aside as index.json.bad" in outcome.stderr
    assert (history / "index.json.bad").read_text(encoding="latin-1") == text
    assert len(json.loads((history / "index.json").read_text())) == 1


@pytest.mark.parametrize(
    "text",
    ["[1, 2]", '{"results": [], "n": ' + "9" * 5000 + "}", "{", "[" * 100_000 + "]" * 100_000],
    ids=["list", "integer-5000-digits", "cut-off", "deep"],
)
def test_a_damaged_last_report_is_set_aside_and_the_recheck_runs(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path, text: str
) -> None:
    """hostile23: a damaged OUT/report.json stopped every later recheck (exit 2, naming a
    --baseline the user never gave), so a cron job never recovered; the index was set aside."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text(text)
    outcome = CliRunner().invoke(
        main, ["recheck", str(write_desk(GOOD)), "--datasets", str(catalog_dir), "--no-refresh",
               "--out", str(out), "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    assert "set aside as report.json.bad, this run has no baseline" in outcome.stderr
    assert (out / "report.json.bad").read_text() == text
    assert json.loads((out / "report.json").read_text())["results"]


@pytest.mark.parametrize("kind", ["file", "broken-link"])
def test_a_history_that_is_no_folder_stops_the_recheck_before_writing(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path, kind: str
) -> None:
    """hostile23: OUT/history as a file (or a link to nothing) failed after the reports were
    replaced, with "cannot write: File exists": the new baseline had no history entry."""
    out = tmp_path / "out"
    out.mkdir()
    if kind == "file":
        (out / "history").write_text("x")
    else:
        (out / "history").symlink_to(tmp_path / "nowhere")
    outcome = CliRunner().invoke(
        main, ["recheck", str(write_desk(GOOD)), "--datasets", str(catalog_dir), "--no-refresh",
               "--out", str(out), "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 2, outcome.output
    assert "history: not a folder" in outcome.stderr
    assert not (out / "report.json").exists()


def test_the_lock_is_reentrant_and_released(tmp_path: Path) -> None:
    from figcheck.storage.outfolder import output_lock

    with output_lock(tmp_path), output_lock(tmp_path):  # a recheck writes reports under its lock
        write_set(tmp_path, [("a", _writer("1"))])
    script = textwrap.dedent(f"""
        from pathlib import Path
        from figcheck.storage.outfolder import output_lock
        with output_lock(Path({str(tmp_path)!r}), wait_s=5):
            print("got it")
    """)
    done = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True)
    assert done.stdout.strip() == "got it", done.stderr


@pytest.mark.parametrize("where", ["folder", "under-a-file"])
def test_an_http_cache_that_cannot_be_a_file_is_refused(tmp_path: Path, where: str) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    target = tmp_path if where == "folder" else afile / "http.sqlite"
    outcome = CliRunner().invoke(
        main, ["datasets", "refresh", "--offline", "--http-cache", str(target),
               "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith("figcheck: error: --http-cache: ")


WRITER = """
import sys
from pathlib import Path
from figcheck.storage.outfolder import write_set

for i in range(40):
    tag = f"{sys.argv[2]}-{i}"
    write_set(Path(sys.argv[1]), [("a.txt", lambda o: o.write(tag)), ("b.txt", lambda o: o.write(tag))])
"""


def test_concurrent_writers_never_leave_a_mixed_set(tmp_path: Path) -> None:
    from figcheck.storage.outfolder import output_lock

    out = tmp_path / "out"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(out), name], env=ENV)
        for name in ("one", "two", "three")
    ]
    while any(w.poll() is None for w in writers):
        with output_lock(out):  # a reader that takes the lock sees one run's set
            if (out / "a.txt").exists():
                a, b = (out / "a.txt").read_text(), (out / "b.txt").read_text()
                assert a == b
        time.sleep(0.01)
    assert [w.returncode for w in writers] == [0, 0, 0]
    assert (out / "a.txt").read_text() == (out / "b.txt").read_text()
    assert not [p for p in out.iterdir() if p.name.startswith(STAGE_PREFIX)]


def test_a_second_damaged_file_never_replaces_the_first_set_aside(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    """Review: the name set aside was checked as NAME.bad.json and used as NAME.bad, so a
    second damaged report.json (or index.json) overwrote the first one kept for a person."""
    out = tmp_path / "out"
    history = out / "history"
    history.mkdir(parents=True)
    args = ["recheck", str(write_desk(GOOD)), "--datasets", str(catalog_dir), "--no-refresh",
            "--out", str(out), "--cache-dir", str(tmp_path / "c")]  # fmt: skip
    for text in ("{first", "{second"):
        (out / "report.json").write_text(text)
        (history / "index.json").write_text(text)
        outcome = CliRunner().invoke(main, args)
        assert outcome.exit_code == 0, outcome.output
    assert (out / "report.json.bad").read_text() == "{first"
    assert (out / "report.json.bad-2").read_text() == "{second"
    assert (history / "index.json.bad").read_text() == "{first"
    assert (history / "index.json.bad-2").read_text() == "{second"
    assert "set aside as report.json.bad-2, this run has no baseline" in outcome.stderr
