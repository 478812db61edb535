"""Benchmark: time and size of each report format for the seed desks and for N generated claims.

Each time is the median of several renders of the same report (the check itself is not timed).

    python benchmarks/bench_reports.py              # seed desks and N = 10,000
    python benchmarks/bench_reports.py --sizes 1000 10000 --runs 3
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import DATASETS, REPO, make_claims

FORMATS = ("json", "md", "html", "junit", "claimreview")


def measure(label: str, report: object, runs: int) -> None:
    from figcheck.reports import _writer

    cells = []
    for name in FORMATS:
        writer = _writer(name)
        times, size = [], 0
        for _ in range(runs):
            buffer = io.StringIO()
            start = time.perf_counter()
            writer(report, buffer)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
            size = len(buffer.getvalue().encode())
        cells.append(f"{name} {statistics.median(times):.2f} s / {size / 1e6:.2f} MB")
    print(f"{label:>22}: " + " · ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from figcheck.pipeline import Settings, run_check

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(catalogs=(DATASETS,), cache_dir=work / "cache")
        measure("seed desks", run_check([REPO / "expectations"], settings), args.runs)
        for n in args.sizes:
            parquet = work / f"claims-{n}.parquet"
            make_claims(n).to_parquet(parquet)
            measure(f"{n:,} claims", run_check([parquet], settings), args.runs)


if __name__ == "__main__":
    main()
