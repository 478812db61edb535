"""Benchmark: one large desk file (YAML) end to end — load, check, write report.json.

Generates a desk of N claims on the bundled world-gdp dataset (about 220 bytes a claim, so
90,000 claims make a 20 MB file, the size issue 11 measured), with a hedge, a quote, a note,
an ``x-`` key and, for one claim in fifty, a derivation, then runs ``figcheck check DESK
--format json`` in a fresh process. Quotes the median wall time of several runs and the peak
memory (max RSS) of the child process, and, for a smaller N, the same figures so the growth
can be read (linear: time and memory per claim stay flat).

    python benchmarks/bench_large_desk.py                     # N = 22,500 and 90,000, 3 runs
    python benchmarks/bench_large_desk.py --sizes 90000 --runs 3
    python benchmarks/bench_large_desk.py --profile 90000     # cProfile of the load and check
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO / "datasets"


def make_desk(n: int, seed: int = 11) -> str:
    """A desk of ``n`` claims on world-gdp, as YAML text (block style, as people write it)."""
    gdp = pd.read_csv(DATASETS / "world-gdp" / "data.csv")
    rng = np.random.default_rng(seed)
    rows = gdp.iloc[rng.integers(0, len(gdp), n)].reset_index(drop=True)
    factor = np.where(rng.random(n) < 0.1, 1.2, 1.0)
    billions = np.round(rows["Value"].to_numpy() * factor / 1e9, 1)
    out = [
        "source:",
        "  title: A very long desk",
        "  publisher: Benchmark",
        "  url: https://example.org/large",
        "  published: 2020-06-30",
        "claims:",
    ]
    for i in range(n):
        code, year = rows.at[i, "Country Code"], int(rows.at[i, "Year"])
        out.append(f"  - id: c{i}")
        out.append(f'    quote: "GDP of {code} in {year} was about {billions[i]} billion dollars"')
        out.append(f"    value: {billions[i]} billion USD")
        if i % 2:
            out.append("    hedge: about")
        if i % 50 == 49:
            out.append("    reference:")
            out.append("      expr: a / 1")
            out.append(f"      terms: {{a: {{claim: c{i - 1}, take: reference}}}}")
        else:
            out.append("    reference:")
            out.append("      dataset: world-gdp")
            out.append(f"      where: {{Country Code: {code}, Year: {year}}}")
        out.append(f"    x-desk-note: row {i}")
    return "\n".join(out) + "\n"


def run_once(desk: Path, out: Path, cache: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (KiB) of one ``figcheck check``
    in a fresh process. CPU time is the figure to compare on a shared machine."""
    command = [sys.executable, "-m", "figcheck", "check", str(desk), "--out", str(out),
               "--format", "json", "--cache-dir", str(cache)]  # fmt: skip
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    if done.returncode not in (0, 1):
        raise SystemExit(f"figcheck failed ({done.returncode}): {done.stderr[-2000:]}")
    # RUSAGE_CHILDREN keeps the largest child so far; runs go from small to large.
    return elapsed, cpu, after.ru_maxrss


def profile(n: int, folder: Path) -> None:
    from figcheck.pipeline import Settings, run_check

    desk = folder / "large.yaml"
    desk.write_text(make_desk(n))
    settings = Settings(catalogs=(DATASETS,), cache_dir=folder / "cache")
    profiler = cProfile.Profile()
    profiler.enable()
    run_check([desk], settings)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[22_500, 90_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, metavar="N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.profile:
            profile(args.profile, folder)
            return
        print(f"{'claims':>8} {'MB':>6} {'median s':>9} {'median CPU s':>13} {'runs (wall)':>22} "
              f"{'peak RSS MB':>12}")  # fmt: skip
        for n in sorted(args.sizes):
            desk = folder / f"desk-{n}.yaml"
            desk.write_text(make_desk(n))
            size = os.path.getsize(desk) / 1e6
            times, cpus, peaks = [], [], []
            for run in range(args.runs):
                elapsed, cpu, peak = run_once(desk, folder / f"out-{n}-{run}", folder / "cache")
                times.append(elapsed)
                cpus.append(cpu)
                peaks.append(peak)
            shown = ", ".join(f"{t:.1f}" for t in times)
            print(f"{n:>8} {size:>6.1f} {statistics.median(times):>9.2f} "
                  f"{statistics.median(cpus):>13.2f} {shown:>22} {max(peaks) / 1024:>12.0f}",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
