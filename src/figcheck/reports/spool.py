"""Where a chunked run streams its results: report.json's result lines or report.parquet's rows,
written chunk by chunk into a staging folder in the output folder, and the few results that
report.md and report.html list.

The spool holds the output folder's lock from the first chunk until the reports are written
(:func:`~figcheck.reports.write_reports` takes it again, re-entrantly), so the set of reports
stays one unit; its staging folder is named like :mod:`figcheck.storage.outfolder`'s, so a killed
run's
leftovers are removed by the next run.

Encoding and writing a chunk overlaps the checking of the next one; at most one chunk waits.
report.json's lines are encoded by one encoder process where the system has ``fork`` and memory
files (Linux), forked when the spool begins, before the run's memory grows: it encodes on the
second core without contending for the interpreter lock (a thread would: half of the encoder is
Python glue). This process takes each chunk's report fields (:func:`~figcheck.reports.fields.
columns`: codes into distinct texts, numbers) and hands them over as an Arrow IPC stream in a
memory file, which both processes keep mapped (a chunk is written into pages already there)
and the encoder reads without copying; it encodes them, appends the lines to the results file
and answers on a pipe. Forking once, not per chunk, spares both processes the
page faults of memory shared copy-on-write (a process forked per chunk saw every page of the
checked chunk, and this one then faulted on each page it wrote while checking the next). The
last chunk is encoded half by the encoder and half in this process, which has nothing else to
do by then. report.parquet's rows (whose writer keeps state across chunks), and report.json
where there is no ``fork``, are written on a second thread instead.
"""

from __future__ import annotations

import gc
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
from typing import IO, TYPE_CHECKING, NoReturn

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from figcheck.errors import OutputError, UsageError
from figcheck.model.verdicts import REPORT_ORDER
from figcheck.pipeline import Spooled
from figcheck.reports.display import (
    BARS_UP_TO,
    ROWS_UP_TO,
    display_sizes,
    first_in_order,
    shown_gaps,
    verdict_ranks,
)
from figcheck.reports.fields import Rows, columns, encode_results
from figcheck.reports.json import encode_chunk, write_strings
from figcheck.reports.markdown import MAX_LISTED
from figcheck.reports.parquet import SCHEMA, result_table
from figcheck.storage.outfolder import STAGE_PREFIX, output_lock

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["STREAMED_FORMATS", "ResultSpool"]

#: The formats a chunked run can write (junit and claimreview list every claim in one tree).
STREAMED_FORMATS = ("json", "md", "html", "parquet")

#: Encode report.json's lines in a forked encoder process (where ``fork`` is safe to use and
#: memory files exist, opened again through /proc).
FORK_ENCODER = (
    sys.platform == "linux" and hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd")
)

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
        self._encoder: _Encoder | None = None
        self._rest: pa.Array | None = None  # the last results encoded here, written at finish()
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
            if FORK_ENCODER:
                try:
                    self._encoder = _Encoder(self._paths["json"], self.out_dir)
                except OSError:
                    # No memory file or no process to be had (an old kernel, a sandbox, a
                    # process limit): this process encodes on its thread, the same report.
                    self._encoder = None

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
        if self._encoder is not None:
            assert self._json is not None
            # The last chunk: the encoder takes the first 60% while this process, which has
            # nothing else to do by then, encodes the rest (working out the fields of the
            # encoder's rows first, so that it starts at once: both end about together). The
            # rest is written after the encoder's lines, at finish(): what the run does until
            # then (the check of repeated ids) overlaps the encoder's work.
            split = n - (n * 2 // 5 if last else 0)
            if split:
                cells = columns(Rows(part, findings.iloc[:split], 0))
                with self._writing():  # the memory file written: a failure is the output's
                    self._encoder.send(cells, first)
            if split < n:
                self._rest = encode_chunk(part, split, n, first and split == 0)
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

    def _wait(self) -> None:
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
        deviation = shown_gaps(findings)  # as the cards give them (report.html's overview)
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
        if self._encoder is not None:
            self._encoder.finish()
        with self._writing():
            self._close_parquet()
            if self._json is not None:
                if self._rest is not None:
                    rest, self._rest = self._rest, None
                    write_strings(self._json, rest)
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
        if self._encoder is not None:  # its lines go with the staging folder
            self._encoder.stop()
        self._rest = None
        if self._pending is not None:
            self._pending.exception()
            self._pending = None
        self._stack.close()


class _Encoder:
    """report.json's encoder process: forked once, it encodes each chunk's report fields sent
    to it, in order, appending the lines to ``results``; a failure is said as the output
    folder's (``out_dir``). Use :meth:`send` per chunk, then :meth:`finish`; :meth:`stop` ends
    it at once (an interrupted or failed run)."""

    def __init__(self, results: Path, out_dir: Path) -> None:
        self.out_dir = out_dir
        # The cells of the chunk being encoded, as an Arrow IPC stream; rewritten per chunk.
        self._pid: int | None = None
        self._orders = self._answers = -1
        self._memory = os.memfd_create("figcheck-cells", os.MFD_CLOEXEC)
        self._cells = f"/proc/self/fd/{self._memory}"
        # The memory file stays mapped here (and in the encoder): a chunk is written into pages
        # already there, not into a file emptied and filled again (a page fault per page, in
        # both processes). It only grows, by allocating: a full memory is an error, not SIGBUS.
        self._mapped: pa.MemoryMappedFile | None = None
        try:
            orders, self._orders = os.pipe()  # a byte per chunk sent; closed: no more
        except OSError:
            self.stop()
            raise
        try:
            self._answers, answers = os.pipe()  # a byte per chunk written, or what failed
        except OSError:
            os.close(orders)
            self.stop()
            raise
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns of forking a process that has threads. This one's are
                # native (Arrow's thread pool, jemalloc's background thread), and their
                # libraries ready themselves for fork; the child starts none of its own.
                warnings.filterwarnings("ignore", _THREADED_FORK, DeprecationWarning)
                pid = os.fork()
        except OSError:
            os.close(orders)
            os.close(answers)
            self.stop()
            raise
        if not pid:
            os.close(self._orders)
            os.close(self._answers)
            _serve(orders, answers, self._cells, results)
        os.close(orders)
        os.close(answers)
        self._pid = pid
        self._busy = False  # a chunk sent is not written yet

    def send(self, cells: dict[str, pa.Array], first: bool) -> None:
        """Encode the results whose fields' cells are ``cells``, after those sent before; the
        first preceded by no separator if ``first``."""
        self.wait()
        batch = pa.RecordBatch.from_arrays([_compact(c) for c in cells.values()], list(cells))
        size = pa.MockOutputStream()  # counts the stream's bytes, writes none
        with pa.ipc.new_stream(size, batch.schema) as ipc:
            ipc.write_batch(batch)
        if self._mapped is None or self._mapped.size() < size.size():
            self._grow(size.size())
        assert self._mapped is not None
        self._mapped.seek(0)  # what is left beyond the stream's end is never read
        with pa.ipc.new_stream(self._mapped, batch.schema) as ipc:
            ipc.write_batch(batch)
        try:
            os.write(self._orders, b"F" if first else b"n")
        except BrokenPipeError:  # it has ended: why is in its answer
            self._ended(failed=True)
        self._busy = True

    def _grow(self, size: int) -> None:
        """Room for a stream of ``size`` bytes, and a quarter more (chunks differ a little)."""
        if self._mapped is not None:
            self._mapped.close()
            self._mapped = None
        os.posix_fallocate(self._memory, 0, size + size // 4)
        self._mapped = pa.memory_map(self._cells, "r+")

    def wait(self) -> None:
        """Until the chunks sent are written; raises :class:`OutputError` if the encoder failed."""
        if self._busy:
            if os.read(self._answers, 1) != b".":  # it has ended
                self._ended(failed=True)
            self._busy = False

    def finish(self) -> None:
        """Every chunk sent written, the process ended."""
        if self._pid is None:
            return
        self.wait()
        os.close(self._orders)
        self._orders = -1
        self._ended(failed=False)

    def _ended(self, *, failed: bool) -> None:
        """Wait for the process to end (forgotten only once ended: interrupted here, stop()
        still ends it); raise its failure, if it ``failed`` (it left without answering) or
        exited with a failure."""
        assert self._pid is not None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        said = b""
        while part := os.read(self._answers, select.PIPE_BUF):
            said += part
        self.stop()
        if status or failed:
            text = said.decode(errors="replace").lstrip(".!").strip()
            raise OutputError(_child_error(status, text), path=str(self.out_dir))

    def stop(self) -> None:
        """End the process at once, if it runs, and let go of the pipes and the memory file."""
        if self._pid is not None:
            pid, self._pid = self._pid, None
            with suppress(ProcessLookupError, ChildProcessError):  # waited for already
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        if self._mapped is not None:
            self._mapped.close()
            self._mapped = None
        for fd in (self._orders, self._answers, self._memory):
            if fd >= 0:
                os.close(fd)
        self._orders = self._answers = self._memory = -1


def _compact(cells: pa.Array) -> pa.Array:
    """Cells with no value anywhere as Arrow's null type (no buffers to hand over; the encoder
    writes them by their absence alone)."""
    if len(cells) and cells.null_count == len(cells):
        return pa.nulls(len(cells))
    return cells


def _serve(orders: int, answers: int, cells: str, results: Path) -> NoReturn:
    """The encoder process: for each chunk ordered, encode the cells in ``cells`` and append
    the lines to ``results``; answer ``.`` each time, or ``!`` and what failed. It leaves by
    ``os._exit``: no cleanup of the process it was forked from (the staging folder, the lock)
    runs in it."""
    status = 1
    try:
        # The objects inherited are never collected here: the collector would write to each
        # (a page fault per page shared with the parent).
        gc.freeze()
        source: pa.MemoryMappedFile | None = None  # mapped again only when it has grown
        with results.open("a", encoding="utf-8", errors="replace", newline="\n") as out:
            while order := os.read(orders, 1):
                if source is None or source.size() < os.stat(cells).st_size:
                    if source is not None:
                        source.close()
                    source = pa.memory_map(cells)
                source.seek(0)
                batch = pa.ipc.open_stream(source).read_next_batch()
                lines = encode_results(
                    dict(zip(batch.schema.names, batch.columns, strict=True)), ",\n", order == b"F"
                )
                del batch
                write_strings(out, lines)
                del lines
                os.write(answers, b".")
        status = 0
    except BaseException as exc:  # said to the parent
        # At most PIPE_BUF bytes: written at once into the pipe (empty but for at most one
        # answer the parent has not read), never blocking.
        os.write(answers, b"!" + _failure(exc).encode()[: select.PIPE_BUF - 2])
    finally:
        os._exit(status)


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
