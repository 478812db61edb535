"""Recall and precision of `figcheck extract` against the hand-labelled gold list, and throughput.

A found mention matches a gold row when it is in the same article and line, has the same value
(relative difference below 1e-9) and the same unit. Unmatched gold rows are misses; unmatched
mentions are false positives. Throughput is measured on the two articles repeated to ~2 MB.

The articles' text is not redistributed with figcheck (their publishers' copyright): give the
folder that holds it with ``--articles``.

    python benchmarks/extraction_quality.py --articles DIR [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

from figcheck.draft.extract import extract_mentions

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold" / "quantities.csv"


def score(articles: Path, verbose: bool = False) -> tuple[float, float, int, int, int]:
    with GOLD.open(encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle))
    found = {
        path.name: extract_mentions(path.read_text(encoding="utf-8"))
        for path in sorted(articles.glob("*.txt"))
    }
    matched_gold, matched_found = set(), set()
    for g_index, row in enumerate(gold):
        for f_index, mention in enumerate(found.get(row["article"], [])):
            key = (row["article"], f_index)
            if key in matched_found or mention.line != int(row["line"]):
                continue
            value = float(row["value"])
            same = abs(mention.magnitude - value) <= 1e-9 * max(1.0, abs(value))
            unit = row["unit"] if row["unit"] != "dimensionless" else ""
            if same and mention.unit == unit:
                matched_gold.add(g_index)
                matched_found.add(key)
                break
    total_found = sum(len(m) for m in found.values())
    if verbose:
        for g_index, row in enumerate(gold):
            if g_index not in matched_gold:
                where = f"{row['article'][:20]}:{row['line']}"
                print(f"MISSED  {where}  {row['text']!r} = {row['value']} {row['unit']}")
        for article, mentions in found.items():
            for f_index, m in enumerate(mentions):
                if (article, f_index) not in matched_found:
                    print(f"EXTRA   {article[:20]}:{m.line}  {m.text!r} = {m.value!r}")
    recall = len(matched_gold) / len(gold)
    precision = len(matched_found) / total_found if total_found else 1.0
    return recall, precision, len(gold), total_found, len(matched_gold)


def throughput(articles: Path, runs: int = 5) -> float:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt")))
    big = text * (2_000_000 // len(text.encode()) + 1)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_mentions(big)
        times.append(time.perf_counter() - start)
    return len(big.encode()) / 1e6 / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=Path, required=True, help="the seed articles' folder")
    args = parser.parse_args()
    gold = csv.DictReader(GOLD.read_text(encoding="utf-8").splitlines())
    needed = sorted({row["article"] for row in gold})
    missing = [name for name in needed if not (args.articles / name).is_file()]
    if missing:
        sys.exit(
            f"extraction_quality: article text not available: {args.articles / missing[0]} "
            "(the seed articles are not redistributed with figcheck; pass --articles DIR)"
        )
    recall, precision, n_gold, n_found, n_matched = score(args.articles, args.verbose)
    print(f"gold quantities {n_gold}, found {n_found}, matched {n_matched}")
    print(f"recall {recall:.1%}  precision {precision:.1%}")
    print(f"throughput {throughput(args.articles, args.runs):.2f} MB/s (median of {args.runs})")


if __name__ == "__main__":
    main()
