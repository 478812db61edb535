"""Benchmark: re-applying a `datasets add` recipe (the ``table`` transform) on refresh.

The bundled 13,979-row World Bank GDP table (datasets/world-gdp/data.csv) stands for a
publisher's download; each figure is the median of several in-process runs of the transform:

- as added with no cut (read, type-check nothing, write back: the floor);
- with a ``--where`` cut to one economy;
- with a unit map over all 266 economy codes (each row gets its unit column).

    python benchmarks/bench_table_recipe.py            # 5 runs
    python benchmarks/bench_table_recipe.py --runs 9
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import time
from pathlib import Path
from typing import Any

from figcheck.data.transforms import apply_transform

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "datasets" / "world-gdp" / "data.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    body = SOURCE.read_bytes()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    header = rows[0]
    codes = sorted({row[1] for row in rows[1:]})
    specs: dict[str, tuple[dict[str, Any], list[str]]] = {
        "no cut": ({"name": "table"}, header),
        "--where one economy": ({"name": "table", "where": {"Country Code": "WLD"}}, header),
        "--unit-map 266 codes": (
            {
                "name": "table",
                "unitMap": {
                    "column": "Country Code",
                    "into": "unit",
                    "units": dict.fromkeys(codes, "USD"),
                },
            },
            [*header, "unit"],
        ),
    }
    print(f"{len(rows) - 1:,} rows, {len(body):,} bytes; median of {args.runs} runs")
    for label, (spec, fields) in specs.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            apply_transform(spec, body, field_names=fields, max_bytes=64 * 1024 * 1024)
            times.append(time.perf_counter() - start)
        print(f"  {label:<22} {statistics.median(times) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
