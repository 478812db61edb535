"""Benchmark: claims per second for N generated claims against the bundled world-gdp dataset.

For each N it measures, in the same run and on the same claims:
  * engine      — figcheck's engine on a claims frame (parse, range, look up, convert, compare),
                  in this process;
  * end-to-end  — what a user runs: ``figcheck check claims.parquet --format json,md`` in a
                  fresh process (interpreter start, imports, reading the table, checking,
                  writing report.json and report.md), with that process's peak memory (max RSS);
                  the integrity-suite cache is warmed by one run first, as on any second run;
  * raw pandas  — the same lookup-and-compare written directly in pandas (parse the number,
                  merge on the keys, compare with a ±5% range), the floor to compare against.
Each figure is the median of several runs.

    python benchmarks/bench_engine.py                 # N = 10k, 100k, 1M
    python benchmarks/bench_engine.py --sizes 10000 --runs 3
"""

from __future__ import annotations

import argparse
import os
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


def make_claims(n: int, seed: int = 7, offset: int = 0) -> pd.DataFrame:
    """N claims on GDP (country, year), a tenth of them off by 20%, some hedged, some missing;
    ids start at ``offset``."""
    gdp = pd.read_csv(DATASETS / "world-gdp" / "data.csv")
    rng = np.random.default_rng(seed)
    rows = gdp.iloc[rng.integers(0, len(gdp), n)].reset_index(drop=True)
    factor = np.where(rng.random(n) < 0.1, 1.2, 1.0)
    billions = np.round(rows["Value"].to_numpy() * factor / 1e9, 1)
    year = rows["Year"].to_numpy().copy()
    year[rng.random(n) < 0.02] = 1900  # no such row: unverifiable
    return pd.DataFrame({
        "id": [f"c{i}" for i in range(offset, offset + n)],
        "quote": "GDP was about so much",
        "value": [f"{b} billion USD" for b in billions],
        "hedge": np.where(rng.random(n) < 0.5, "about", None),
        "reference.dataset": "world-gdp",
        "reference.where.Country Code": rows["Country Code"].to_numpy(),
        "reference.where.Year": year.astype(str),
    })  # fmt: skip


def raw_pandas(claims: pd.DataFrame, gdp: pd.DataFrame) -> pd.Series:
    """The lookup-and-compare in plain pandas: the fastest reasonable hand-written version."""
    parts = claims["value"].str.split(" ", n=2, expand=True)
    value = pd.to_numeric(parts[0]) * 1e9
    keys = pd.DataFrame({
        "Country Code": claims["reference.where.Country Code"],
        "Year": pd.to_numeric(claims["reference.where.Year"]),
    })  # fmt: skip
    merged = keys.merge(gdp, on=["Country Code", "Year"], how="left")
    reference = merged["Value"].to_numpy()
    inside = (reference >= value * 0.95) & (reference <= value * 1.05)
    verdict = np.where(
        np.isnan(reference), "unverifiable", np.where(inside, "supported", "discrepancy")
    )
    return pd.Series(verdict)


def engine_once(claims: pd.DataFrame) -> float:
    from figcheck.check.engine import check_claims
    from figcheck.data.catalog import discover_catalog
    from figcheck.model.claims import COLUMNS, Desk, Source
    from figcheck.pipeline import CatalogAccess

    frame = claims.copy()
    for name in COLUMNS:
        if name not in frame.columns:
            frame[name] = None
    frame["file"], frame["line"], frame["source"], frame["kind"] = "bench", 0, 0, "lookup"
    desk = Desk(frame, [Source("bench")])
    access = CatalogAccess(discover_catalog([DATASETS]), cache_dir=None)
    access.view("world-gdp")  # load and vet the dataset outside the timed part
    start = time.perf_counter()
    check_claims(desk, access, access.fx)
    return time.perf_counter() - start


def cli_once(parquet: Path, out: Path, cache: Path) -> tuple[float, float]:
    """One ``figcheck check`` in a fresh process: wall seconds and its peak memory in MiB."""
    command = [
        sys.executable, "-m", "figcheck", "check", str(parquet), "--format", "json,md",
        "--out", str(out), "--cache-dir", str(cache),
    ]  # fmt: skip
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):  # 1: there are discrepancies, as intended
            errors.seek(0)
            raise SystemExit(f"figcheck check failed: {errors.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def end_to_end(claims: pd.DataFrame, runs: int) -> tuple[float, float]:
    """Median seconds and highest peak MiB of ``runs`` fresh ``figcheck check`` processes."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parquet = work / "claims.parquet"
        claims.to_parquet(parquet)
        cache = work / "cache"
        cli_once(parquet, work / "warm", cache)  # fills the integrity-suite cache
        measured = [cli_once(parquet, work / f"out{i}", cache) for i in range(runs)]
    return statistics.median(t for t, _ in measured), max(m for _, m in measured)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    gdp = pd.read_csv(DATASETS / "world-gdp" / "data.csv")
    print(
        f"{'N':>9} {'engine c/s':>12} {'raw pandas c/s':>15} {'engine/raw':>10} "
        f"{'end-to-end s':>13} {'e2e c/s':>10} {'peak MiB':>9}"
    )
    for n in args.sizes:
        runs = args.runs if n < 1_000_000 else max(3, args.runs // 2)
        claims = make_claims(n)
        engine = statistics.median(engine_once(claims) for _ in range(runs))
        raw = []
        for _ in range(runs):
            start = time.perf_counter()
            raw_pandas(claims, gdp)
            raw.append(time.perf_counter() - start)
        raw_median = statistics.median(raw)
        e2e_median, peak_mib = end_to_end(claims, runs)
        print(
            f"{n:>9,} {n / engine:>12,.0f} {n / raw_median:>15,.0f} "
            f"{engine / raw_median:>9.1f}x {e2e_median:>13.2f} {n / e2e_median:>10,.0f} "
            f"{peak_mib:>9,.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
