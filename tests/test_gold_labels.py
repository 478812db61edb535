"""The hand-labelled development, holdout and final sets (final to final16) are well formed
(tests/data/gold/README.md).

These tests read only the label files and the texts; they never run the extractor, so they
cannot leak the holdout into tuning. They fail on a span that is not on its line, a value or
unit figcheck cannot read, an unknown kind, or a text without labels or provenance.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
from pathlib import Path

import pytest

from figcheck.model.units import parse_unit

GOLD = Path(__file__).resolve().parent / "data" / "gold"
SETS = tuple(sorted(p.parent.name for p in GOLD.glob("*/labels.csv")))
COLUMNS = [
    "file", "line", "span", "value", "low", "high", "unit", "hedge", "kind", "direction",
    "record", "period", "period_text", "dataset", "column", "where", "note",
]  # fmt: skip
KINDS = {"amount", "share", "change", "rate", "record", "range"}
DATASETS = {
    "world-gdp", "mexico-homicides-annual", "mexico-homicides-state-month", "ecb-euro-fx",
    "published-figures", "us-cpi-u", "fed-fx-monthly", "world-bank-population",
}  # fmt: skip
PER_CAPITA = re.compile(r"^(?P<num>[a-z_]+)/(?P<n>[1-9][0-9]*) (?P<den>[a-z_]+)$")
PERIOD = re.compile(r"^(?:FY)?\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/(?:FY)?\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


def _rows(which: str) -> list[dict[str, str]]:
    path = GOLD / which / "labels.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS, f"{path}: columns {reader.fieldnames}"
        return list(reader)


def _cases() -> list[object]:
    cases = []
    for which in SETS:
        for number, row in enumerate(_rows(which), start=2):
            cases.append(pytest.param(which, row, id=f"{which}:{number}:{row['span'][:30]}"))
    return cases


def _lines(which: str, name: str) -> list[str]:
    return (GOLD / which / name).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize(("which", "row"), _cases())
def test_each_label_is_well_formed(which: str, row: dict[str, str]) -> None:
    lines = _lines(which, row["file"])
    line = int(row["line"])
    assert 1 <= line <= len(lines)
    assert row["span"], "empty span"
    assert row["span"] in lines[line - 1], "span is not on its line"
    if row["hedge"]:
        assert row["hedge"] in row["span"].lower(), "hedge is not inside the span"
    value = float(row["value"])
    assert math.isfinite(value)
    assert value >= 0
    assert row["kind"] in KINDS
    if row["kind"] == "range":
        low, high = float(row["low"]), float(row["high"])
        assert low < high
        assert math.isclose(value, (low + high) / 2, rel_tol=1e-6)
    else:
        assert not row["low"]
        assert not row["high"]
    assert row["direction"] in {"", "up", "down"}
    if row["kind"] == "change":
        assert row["direction"] or row["unit"] == "dimensionless", "a change needs a direction"
    if row["kind"] == "record":
        assert row["record"], "a record row names its record phrase"
    per_capita = PER_CAPITA.match(row["unit"])
    if per_capita:
        parse_unit(per_capita["num"])
        parse_unit(per_capita["den"])
    else:
        assert parse_unit(row["unit"]).scale == 1.0, "scale words belong in value"
    if row["period"]:
        assert PERIOD.match(row["period"]), row["period"]
    if row["period_text"]:
        assert row["period_text"] in "\n".join(lines), "period_text is not in the text"
    if row["dataset"]:
        assert row["dataset"] in DATASETS
        assert row["column"]
        assert row["where"]


@pytest.mark.parametrize("which", SETS)
def test_every_text_has_labels_and_provenance(which: str) -> None:
    texts = sorted(p.name for p in (GOLD / which).glob("*.txt"))
    assert texts
    labelled = {row["file"] for row in _rows(which)}
    assert labelled == set(texts)
    sources = (GOLD / "SOURCES.md").read_text(encoding="utf-8")
    for name in texts:
        assert f"`{which}/{name}`" in sources, f"{name} has no entry in SOURCES.md"


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(SETS, 2)))
def test_sets_are_apart(one: str, other: str) -> None:
    first = {p.name for p in (GOLD / one).glob("*.txt")}
    second = {p.name for p in (GOLD / other).glob("*.txt")}
    assert first
    assert second
    assert not first & second
