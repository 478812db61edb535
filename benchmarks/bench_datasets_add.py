"""Benchmark: `figcheck datasets add` on a 14,000-row CSV (a copy of datasets/world-gdp/data.csv).

Two figures, each the median of several runs into fresh folders:

- the command as users run it (a fresh process: imports, reading, typing, key check, writing,
  generating the suite), wall time;
- the packaging itself in this process (``package_table``), without the start-up cost.

    python benchmarks/bench_datasets_add.py            # 3 runs
    python benchmarks/bench_datasets_add.py --runs 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "datasets" / "world-gdp" / "data.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from figcheck.data.packaging import PackageRequest, package_table

    body = SOURCE.read_bytes()
    figcheck = Path(sys.executable).parent / "figcheck"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "gdp.csv"
        shutil.copyfile(SOURCE, copy)
        cli, inproc = [], []
        for run in range(args.runs):
            into = Path(tmp) / f"cli{run}"
            start = time.perf_counter()
            subprocess.run(
                [str(figcheck), "datasets", "add", str(copy), "--name", "gdp", "--into",
                 str(into), "--unit", "Value=USD"],
                check=True, capture_output=True,
            )  # fmt: skip
            cli.append(time.perf_counter() - start)
            request = PackageRequest(
                name="gdp", into=Path(tmp) / f"lib{run}", units={"Value": "USD"}
            )
            start = time.perf_counter()
            rows = package_table(body, str(copy), request, dt.date.today()).rows
            inproc.append(time.perf_counter() - start)
    shown = {name: ", ".join(f"{t:.2f}" for t in times) for name, times in (("cli", cli),
             ("lib", inproc))}  # fmt: skip
    print(
        f"datasets add, {rows:,} rows: command {statistics.median(cli):.2f} s (runs "
        f"{shown['cli']}); packaging in-process {statistics.median(inproc):.2f} s (runs "
        f"{shown['lib']})"
    )


if __name__ == "__main__":
    main()
