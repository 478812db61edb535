"""Throughput of `figcheck extract`: KB/s on ordinary text (the dev gold texts, repeated to about
1 MB) and on one 150 KB sentence (no full stop anywhere), median of several runs each, and the
time per KB at 50, 100 and 150 KB of that sentence (linear: the three should be about equal),
and the peak memory Python allocates for one extraction (tracemalloc, in a run of its own).

    python benchmarks/extraction_throughput.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from figcheck.draft.extract import extract_mentions

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "tests" / "data" / "gold" / "dev"
CLAUSE = (
    "some 9,000 troops and about 3.2 million dollars, nearly half of the 120 000 residents, "
    "a 500-mile pipeline, 29 per 100,000 residents, casi 1,6 mil millones de dólares, "
    "between 2007 and 2012 the toll rose 9.1% in the twelve months to June 2022; "
)


def one_sentence(kb: int) -> str:
    return (CLAUSE * (kb * 1024 // len(CLAUSE) + 1))[: kb * 1024]


def median_seconds(text: str, runs: int, lang: str | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_mentions(text, lang=lang)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mb(text: str, lang: str | None = None) -> float:
    tracemalloc.start()
    try:
        extract_mentions(text, lang=lang)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    normal = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    normal = normal * (1_000_000 // len(normal.encode()) + 1)
    kb = len(normal.encode()) / 1024
    seconds = median_seconds(normal, args.runs)
    print("| text | size | median s | KB/s | peak MB |\n|---|---|---|---|---|")
    print(f"| dev texts repeated | {kb:.0f} KB | {seconds:.2f} | {kb / seconds:.0f} "
          f"| {peak_mb(normal):.0f} |")  # fmt: skip
    for size in (50, 100, 150):
        text = one_sentence(size)
        seconds = median_seconds(text, args.runs, lang="en")
        print(f"| one sentence | {size} KB | {seconds:.2f} | {size / seconds:.0f} "
              f"| {peak_mb(text, lang='en'):.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
