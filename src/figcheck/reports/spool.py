"""Where a chunked run streams its results: report.json's result lines or report.parquet's rows,
written chunk by chunk into a staging folder in the output folder, and the few results that
report.md and report.html list.

The spool holds the output folder's lock from the first chunk until the reports are written
(:func:`~figcheck.reports.write_reports` takes it again, re-entrantly), so the set of reports
stays one unit; its staging folder is named like :mod:`figcheck.storage.outfolder`'s, so a killed
run's
leftovers are removed by the next run.

Encoding and writing a chunk overlaps the checking of the next one; at most one chunk waits.
report.json's lines are encoded in a forked child process where the system has ``fork`` (Linux):
the child sees the checked chunk without it being copied or pickled, and encodes on the second
core without contending for the interpreter lock (a thread would: half of the encoder is Python
glue). The last chunk is encoded half in a child and half in this process, which has nothing
else to do by then. report.parquet's rows (whose writer keeps state across chunks), and
report.json where there is no ``fork``, are written on a second thread instead.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sys
import tempfile
import traceback
import warnings
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from figcheck.errors import OutputError, UsageError
from figcheck.model.verdicts import REPORT_ORDER
from figcheck.pipeline import Spooled
from figcheck.reports.display import (
    BARS_UP_TO,
    ROWS_UP_TO,
    display_sizes,
    first_in_order,
    verdict_ranks,
)
from figcheck.reports.json import encode_chunk, write_strings
from figcheck.reports.markdown import MAX_LISTED
from figcheck.reports.parquet import SCHEMA, result_table
from figcheck.storage.outfolder import STAGE_PREFIX, output_lock

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["STREAMED_FORMATS", "ResultSpool"]

#: The formats a chunked run can write (junit and claimreview list every claim in one tree).
STREAMED_FORMATS = ("json", "md", "html", "parquet")

#: Encode report.json's lines in forked child processes (where ``fork`` is safe to use).
FORK_ENCODER = sys.platform == "linux"

#: What Python 3.12+ says when a process with threads forks.
_THREADED_FORK = r"This process \(pid=\d+\) is multi-threaded, use of fork\(\) may lead"


class ResultSpool:
    """A :class:`~figcheck.pipeline.ResultSink` that spools into ``out_dir``; use it as a
    context manager (leaving it removes the staging folder and releases the lock)."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...]) -> None:
        self.out_dir, self.formats = out_dir, formats
        self._stack = ExitStack()
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        # the process encoding the last chunk added, and the pipe it tells a failure through
        self._child: tuple[int, int] | None = None
        self._json: IO[str] | None = None
        self._parquet: pq.ParquetWriter | None = None
        self._paths: dict[str, Path] = {}
        self._count = 0
        self._listed = dict.fromkeys(REPORT_ORDER, 0)
        self._kept: list[pd.DataFrame] = []  # report.md's first results of each verdict
        # report.html's first ROWS_UP_TO in display order among the chunks seen, a frame per
        # chunk (membership only: report.html orders them)
        self._top: list[pd.DataFrame] = []
        self._none = pd.DataFrame()  # no results, with the columns of the results (when any)
        self._bars: list[pd.DataFrame] | None = []  # every result with a deviation, while few
        self._deviation: list[np.ndarray] = []
        self._verdict: list[np.ndarray] = []

    def __enter__(self) -> ResultSpool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def begin(self) -> None:
        unsupported = [name for name in self.formats if name not in STREAMED_FORMATS]
        if unsupported:
            raise UsageError(
                f"--format {unsupported[0]} lists every claim in one document: not available "
                "for a claims table checked in chunks (over 250,000 claims in one file)",
                key="--format",
                choices=list(STREAMED_FORMATS),
            )
        self._stack.enter_context(output_lock(self.out_dir))
        try:
            folder = Path(
                tempfile.mkdtemp(dir=self.out_dir, prefix=f"{STAGE_PREFIX}{os.getpid()}-spool-")
            )
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror}", path=str(self.out_dir)) from exc
        self._stack.callback(shutil.rmtree, folder, ignore_errors=True)
        self._pool = self._stack.enter_context(ThreadPoolExecutor(max_workers=1))
        if "parquet" in self.formats:
            self._paths["parquet"] = folder / "results.parquet"
            self._parquet = pq.ParquetWriter(self._paths["parquet"], SCHEMA)
            self._stack.callback(self._discard_parquet)
        else:
            self._paths["json"] = folder / "results.json"
            # Appending: the children write through this file's descriptor, one after another.
            self._json = self._stack.enter_context(
                self._paths["json"].open("a", encoding="utf-8", errors="replace", newline="\n")
            )

    def add(self, part: Report, *, last: bool = False) -> None:
        """One chunk's results; ``last``: no chunk follows (its encoding is shared out)."""
        findings = part.findings
        if findings.empty:
            if not len(self._none.columns):  # a run of no claims still has the results' columns
                self._none = findings.iloc[:0]
            return
        first = self._count == 0
        self._wait()
        assert self._pool is not None, "begin() first"
        n = len(findings)
        if first:
            self._none = findings.iloc[:0]
        if self._json is not None and FORK_ENCODER:
            # The last chunk: a child encodes the first half while this process does the rest.
            half = n // 2 if last else n
            if half:
                self._child = self._fork(part, 0, half, first)
            rest = encode_chunk(part, half, n, first and half == 0) if half < n else None
            if rest is not None:
                self._wait()
                with self._writing():
                    write_strings(self._json, rest)
                    self._json.flush()
        else:
            self._pending = self._pool.submit(self._write, part, first)
        self._keep(findings.set_axis(pd.RangeIndex(self._count, self._count + n)))
        self._count += n

    def _write(self, part: Report, first: bool) -> None:
        if self._parquet is not None:
            self._parquet.write_table(result_table(part))
        if self._json is not None:
            self._encode(part, 0, len(part.findings), first)

    def _encode(self, part: Report, start: int, stop: int, first: bool) -> None:
        assert self._json is not None
        write_strings(self._json, encode_chunk(part, start, stop, first))
        self._json.flush()

    def _fork(self, part: Report, start: int, stop: int, first: bool) -> tuple[int, int]:
        """Encode results ``[start, stop)`` in a child process; its pid, and the pipe it tells
        a failure through (not a file: the disk may be full). The child shares this process's
        memory as it was (copy on write) and leaves by ``os._exit``: no cleanup of this process
        (the staging folder, the lock) runs in it."""
        assert self._json is not None
        self._json.flush()  # nothing of this process's may be written twice
        reader, writer = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12+ warns of forking a process that has threads. This one's are native
            # (Arrow's thread pool, jemalloc's background thread), and their libraries ready
            # themselves for fork; the child starts none of its own.
            warnings.filterwarnings("ignore", _THREADED_FORK, DeprecationWarning)
            pid = os.fork()
        if pid:
            os.close(writer)
            return pid, reader
        status = 1
        try:
            os.close(reader)
            self._encode(part, start, stop, first)
            status = 0
        except BaseException as exc:  # reported by the parent
            # At most PIPE_BUF bytes: written at once into the empty pipe, never blocking.
            os.write(writer, _failure(exc).encode()[: select.PIPE_BUF])
        finally:
            os._exit(status)

    def _wait(self) -> None:
        if self._child is not None:
            # Forgotten only once ended: interrupted here, close() still ends it.
            pid, reader = self._child
            _, status = os.waitpid(pid, 0)
            self._child = None
            with open(reader, "rb") as pipe:
                said = pipe.read().decode(errors="replace").strip()
            if status:
                raise OutputError(_child_error(status, said), path=str(self.out_dir))
        if self._pending is not None:
            pending, self._pending = self._pending, None
            with self._writing():
                pending.result()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Writing the spooled results: a failure is the output folder's (a full disk)."""
        try:
            yield
        except OSError as exc:
            raise OutputError(_cannot_write(exc), path=str(self.out_dir)) from exc

    def _close_parquet(self) -> None:
        if self._parquet is not None:
            writer, self._parquet = self._parquet, None
            writer.close()

    def _discard_parquet(self) -> None:
        with suppress(OSError):  # the staging folder goes: a full disk is said already
            self._close_parquet()

    def _keep(self, findings: pd.DataFrame) -> None:
        """Keep what the md and html reports list; drop the rest. The first results of each
        verdict are always kept (the run's outcome and exit status are read from them); what
        only report.html shows, only when it is asked for."""
        codes = verdict_ranks(findings)  # a byte a claim, not a pointer
        for code, verdict in enumerate(REPORT_ORDER):
            room = MAX_LISTED - self._listed[verdict]
            rows = np.flatnonzero(codes == code)
            self._listed[verdict] += len(rows)
            if room > 0 and len(rows):
                self._kept.append(findings.iloc[rows[:room]])
        if "html" not in self.formats:
            return
        # The chunk's own first rows, then the first of all those kept. Only their display keys
        # are joined, and the frames pruned (joining frames unites their messages' categories,
        # which costs seconds per million).
        positions = findings.index.to_numpy()
        self._top.append(findings.iloc[first_in_order(codes, display_sizes(findings), positions,
                                                      ROWS_UP_TO)])  # fmt: skip
        rank, size, tie = (
            np.concatenate([key(frame) for frame in self._top])
            for key in (verdict_ranks, display_sizes, lambda frame: frame.index.to_numpy())
        )
        chosen = np.zeros(len(rank), dtype=bool)
        chosen[first_in_order(rank, size, tie, ROWS_UP_TO)] = True
        bounds = np.cumsum([0, *(len(frame) for frame in self._top)])
        self._top = [frame[chosen[start:stop]] for frame, start, stop
                     in zip(self._top, bounds[:-1], bounds[1:], strict=True)
                     if chosen[start:stop].any()]  # fmt: skip
        deviation = findings["deviation"].to_numpy(dtype=float)
        finite = np.isfinite(deviation)
        self._deviation.append(deviation[finite])
        self._verdict.append(codes[finite])
        if self._bars is not None:  # every result with a deviation, while they are few
            if sum(len(b) for b in self._bars) + int(finite.sum()) > BARS_UP_TO:
                self._bars = None
            else:
                self._bars.append(findings[finite])

    def finish(self) -> tuple[pd.DataFrame, Spooled]:
        self._wait()
        with self._writing():
            self._close_parquet()
            if self._json is not None:
                self._json.flush()
        parts = [*self._kept, *self._top, *(self._bars or [])]
        kept = pd.concat([p for p in parts if len(p)]) if any(len(p) for p in parts) else self._none
        kept = kept[~kept.index.duplicated()].sort_index()
        spooled = Spooled(
            count=self._count,
            json_lines=self._paths.get("json"),
            parquet=self._paths.get("parquet"),
            deviation=np.concatenate(self._deviation) if self._deviation else np.empty(0),
            verdict=np.concatenate(self._verdict) if self._verdict else np.empty(0, np.int8),
        )
        self._kept, self._top, self._bars = [], [], []
        self._deviation, self._verdict = [], []
        return kept.reset_index(drop=True), spooled

    def close(self) -> None:
        """Remove the staging folder and release the lock. A chunk still being written is
        waited for; its failure is not raised here (a run that reaches this point normally has
        called :meth:`finish`, which raises it; otherwise another error is on its way out)."""
        if self._child is not None:  # its lines go with the staging folder
            (pid, reader), self._child = self._child, None
            os.close(reader)
            with suppress(ProcessLookupError, ChildProcessError):  # waited for already
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        if self._pending is not None:
            self._pending.exception()
            self._pending = None
        self._stack.close()


def _cannot_write(exc: OSError) -> str:
    return f"cannot write: {exc.strerror or exc}"


def _failure(exc: BaseException) -> str:
    """What an encoding process tells of its failure."""
    if isinstance(exc, OSError):
        return _cannot_write(exc)
    return f"could not encode the results: {traceback.format_exception_only(exc)[-1].strip()}"


def _child_error(status: int, said: str) -> str:
    """The failure of an encoding process that ended with ``status``, having ``said`` it."""
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        return (
            "could not encode the results: the encoding process was stopped by signal "
            f"{signal.Signals(-code).name}"
        )
    return said or f"could not encode the results: the encoding process exited with status {code}"
