"""Benchmark: big claims tables end to end — time and peak memory of ``figcheck check``.

For each case it runs ``figcheck check claims.parquet`` in fresh processes (interpreter start,
imports, reading the table, checking, writing the reports) and reports the median wall time and
the highest peak RSS of one process in ``--runs`` runs, and the peak memory of the process and its
children together (PSS, sampled in one more run: see ``fresh_process``), beside a raw-pandas floor:
a fresh process that only reads the same table and writes it back as Parquet (no
checking). The integrity-suite cache is warmed by one run first, as on any second run.

    python benchmarks/bench_big_runs.py                       # 1M json, 1M parquet, 10M parquet
    python benchmarks/bench_big_runs.py --cases 1000000:json,md --runs 3
    python benchmarks/bench_big_runs.py --make 10000000 claims.parquet   # only write a table
    python benchmarks/bench_big_runs.py --src /tmp/base/src   # an earlier version, same tables

The generated tables are the ones of bench_engine.py (claims on world GDP by country and year,
a tenth off by 20%, some hedged, 2% with no such row), written in row groups of 1M claims.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from bench_engine import make_claims  # the same generated claims as the engine benchmark

DEFAULT_CASES = ("1000000:json,md", "1000000:parquet,md", "10000000:parquet,md")
ROW_GROUP = 1_000_000
_FLOOR = (
    "import sys, pandas as pd; "
    "pd.read_parquet(sys.argv[1]).to_parquet(sys.argv[2])"
)  # fmt: skip


def write_claims(n: int, path: Path) -> None:
    """An N-claim Parquet table, generated and written a row group at a time."""
    writer: pq.ParquetWriter | None = None
    try:
        for start in range(0, n, ROW_GROUP):
            part = make_claims(min(ROW_GROUP, n - start), seed=7 + start, offset=start)
            table = pa.Table.from_pandas(part, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table.cast(writer.schema))
    finally:
        if writer is not None:
            writer.close()


def _tree_pss_mib(pid: int) -> float:
    """The proportional set size of ``pid`` and its descendants (Linux; 0 elsewhere): the
    memory the tree holds, pages a forked child shares with its parent counted once."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(int(line.split()[1]) for line in rollup.splitlines()
                          if line.startswith("Pss:"))  # fmt: skip
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue  # the process has just ended
    return total / 1024


def _sample_tree(pid: int, peak: list[float], done: threading.Event) -> None:
    while not done.wait(0.1):
        peak[0] = max(peak[0], _tree_pss_mib(pid))


def fresh_process(
    command: list[str], src: Path | None = None, *, tree: bool = False
) -> tuple[float, float, float]:
    """Run ``command``: its wall seconds, peak memory in MiB and CPU seconds (user + system,
    which a loaded machine disturbs less than wall time; children included). Exit 1
    (discrepancies) is fine. The peak is the highest resident set of one process (``wait4``'s);
    with ``tree``, the larger of that and the highest PSS of the process and its children
    together, sampled every 0.1 s (a chunked run encodes report.json in a child process). The
    sampling walks the processes' page tables and slows the run: time a run without it."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        env = {**os.environ, "PYTHONPATH": str(src)} if src else None
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        peak, done = [0.0], threading.Event()
        sampler = threading.Thread(target=_sample_tree, args=(process.pid, peak, done))
        if tree:
            sampler.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            done.set()
            if tree:
                sampler.join()
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"{command[:4]} failed: {errors.read().decode()}")
    return elapsed, max(usage.ru_maxrss / 1024, peak[0]), usage.ru_utime + usage.ru_stime


def check_command(table: Path, out: Path, cache: Path, formats: str) -> list[str]:
    return [
        sys.executable, "-m", "figcheck", "check", str(table), "--format", formats,
        "--out", str(out), "--cache-dir", str(cache),
    ]  # fmt: skip


def measure(n: int, formats: str, runs: int, work: Path, src: Path | None) -> dict[str, float]:
    table = work / f"claims-{n}.parquet"
    if not table.exists():
        write_claims(n, table)
    cache = work / "cache"
    out = work / "out"
    if not cache.exists():
        fresh_process(check_command(table, out, cache, formats), src)  # warms the suite cache
    checks = [fresh_process(check_command(table, out, cache, formats), src) for _ in range(runs)]
    _, tree_peak, _ = fresh_process(check_command(table, out, cache, formats), src, tree=True)
    floors = [
        fresh_process([sys.executable, "-c", _FLOOR, str(table), str(work / "floor.parquet")])
        for _ in range(runs)
    ]
    sizes = {p.name: p.stat().st_size for p in out.glob("report.*")}
    return {
        "seconds": statistics.median(t for t, _, _ in checks),
        "cpu_seconds": statistics.median(c for _, _, c in checks),
        "peak_mib": max(m for _, m, _ in checks),
        "tree_mib": tree_peak,
        "floor_seconds": statistics.median(t for t, _, _ in floors),
        "floor_peak_mib": max(m for _, m, _ in floors),
        "json_mib": sizes.get("report.json", 0) / 2**20,
        "parquet_mib": sizes.get("report.parquet", 0) / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", default=list(DEFAULT_CASES), metavar="N:FORMATS")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="keep tables here between runs")
    parser.add_argument("--make", nargs=2, metavar=("N", "PATH"), help="only write a table")
    parser.add_argument(
        "--src", type=Path, default=None,
        help="run figcheck from this src/ folder (another version, e.g. from `git archive`)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.make:
        write_claims(int(args.make[0]), Path(args.make[1]))
        return
    print(
        f"{'N':>11} {'formats':>12} {'check s':>8} {'cpu s':>6} {'peak MiB':>9} {'tree MiB':>9} "
        f"{'floor s':>8} "
        f"{'floor MiB':>9} {'json MiB':>9} {'parquet MiB':>11}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for case in args.cases:
            size, formats = case.split(":", 1)
            n = int(size)
            row = measure(n, formats, args.runs, work, args.src)
            print(
                f"{n:>11,} {formats:>12} {row['seconds']:>8.2f} {row['cpu_seconds']:>6.1f} "
                f"{row['peak_mib']:>9,.0f} {row['tree_mib']:>9,.0f} "
                f"{row['floor_seconds']:>8.2f} {row['floor_peak_mib']:>9,.0f} "
                f"{row['json_mib']:>9,.0f} {row['parquet_mib']:>11,.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
