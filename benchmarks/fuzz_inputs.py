"""Fuzz run: the properties of tests/test_hostile_fuzz.py over many generated inputs.

Each property gets its share of ``--examples`` (default 100,000 in all): the fast parsers
(unit, expression: 40% each) more than the slow ones (value 15%, desk loader 5%: each desk is
written to a file and loaded). The only acceptable outcomes are a result or a
FigcheckError; anything else is printed with the input that caused it (Hypothesis shrinks it).
Prints the count, the time and the failures of each property.

    python benchmarks/fuzz_inputs.py                    # 100,000 inputs in all
    python benchmarks/fuzz_inputs.py --examples 400000 --seed 3
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_hostile_fuzz import PROPERTIES


def run(name: str, strategy: Any, check: Any, examples: int, folder: Path, rng: int) -> int:
    """Run one property; returns how many inputs were tried (its failure is raised)."""
    tried = 0

    @seed(rng)
    @settings(
        max_examples=examples, deadline=None, database=None,
        suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
    )  # fmt: skip
    @given(strategy)
    def prop(text: str) -> None:
        nonlocal tried
        tried += 1
        if name == "desk":
            check(text, folder)
        else:
            check(text)

    prop()
    return tried


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    weights = {"unit": 0.40, "expression": 0.40, "value": 0.15, "desk": 0.05}
    total, failures = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, strategy, check in PROPERTIES:
            share = max(1, round(args.examples * weights[name]))
            start = time.perf_counter()
            try:
                tried = run(name, strategy, check, share, Path(tmp), args.seed)
                failed = ""
            except Exception as exc:  # report it and go on with the other properties
                tried, failed = share, f"FAILED: {type(exc).__name__}: {exc}"[:2000]
                failures += 1
            elapsed = time.perf_counter() - start
            total += tried
            print(f"{name:>10}: {tried:>7,} inputs in {elapsed:7.1f} s  {failed or 'no failure'}")
    print(f"{'total':>10}: {total:>7,} inputs, {failures} failing properties")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
