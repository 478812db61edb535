"""Benchmark: claims per second for N generated claims against the bundled world-gdp dataset.

For each N it measures, in the same run and on the same claims:
  * engine      — figcheck's engine on a claims frame (parse, range, look up, convert, compare);
  * end-to-end  — read a Parquet claims table, check it, write report.json and report.md;
  * raw pandas  — the same lookup-and-compare written directly in pandas (parse the number,
                  merge on the keys, compare with a ±5% range), the floor to compare against.
Each figure is the median of several runs; peak memory (max RSS) is measured for the
end-to-end run in a fresh process per N.

    python benchmarks/bench_engine.py                 # N = 10k, 100k, 1M
    python benchmarks/bench_engine.py --sizes 10000 --runs 3
"""

from __future__ import annotations

import argparse
import json
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


def make_claims(n: int, seed: int = 7) -> pd.DataFrame:
    """N claims on GDP (country, year), a tenth of them off by 20%, some hedged, some missing."""
    gdp = pd.read_csv(DATASETS / "world-gdp" / "data.csv")
    rng = np.random.default_rng(seed)
    rows = gdp.iloc[rng.integers(0, len(gdp), n)].reset_index(drop=True)
    factor = np.where(rng.random(n) < 0.1, 1.2, 1.0)
    billions = np.round(rows["Value"].to_numpy() * factor / 1e9, 1)
    year = rows["Year"].to_numpy().copy()
    year[rng.random(n) < 0.02] = 1900  # no such row: unverifiable
    return pd.DataFrame({
        "id": [f"c{i}" for i in range(n)],
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
    from figcheck.catalog import discover_catalog
    from figcheck.claims import COLUMNS, Desk, Source
    from figcheck.engine import check_claims
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


def end_to_end_once(parquet: Path, out: Path, cache: Path) -> float:
    from figcheck.pipeline import Settings, run_check
    from figcheck.reports import write_reports

    start = time.perf_counter()
    report = run_check([parquet], Settings(catalogs=(DATASETS,), cache_dir=cache))
    write_reports(report, out, ("json", "md"))
    return time.perf_counter() - start


def child(n: int, runs: int) -> None:
    """Run in a fresh process: end-to-end timings and this process's peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parquet = work / "claims.parquet"
        make_claims(n).to_parquet(parquet)
        cache = work / "cache"
        end_to_end_once(parquet, work / "warm", cache)  # fills the integrity cache
        times = [end_to_end_once(parquet, work / f"out{i}", cache) for i in range(runs)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"times": times, "peak_mib": peak_mib}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs)
        return
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
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--runs", str(runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        e2e = json.loads(done.stdout.strip().splitlines()[-1])
        e2e_median = statistics.median(e2e["times"])
        print(
            f"{n:>9,} {n / engine:>12,.0f} {n / raw_median:>15,.0f} "
            f"{engine / raw_median:>9.1f}x {e2e_median:>13.2f} {n / e2e_median:>10,.0f} "
            f"{e2e['peak_mib']:>9,.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
