"""Recall, precision and unit accuracy of `figcheck extract` on the hand-labelled gold sets.

``tests/data/gold/dev`` is for tuning; ``tests/data/gold/holdout`` was scored once (it has been
seen since); ``tests/data/gold/final``, labelled after that and before any rule changed because of
it, is scored once, at the end (``--set final``), and so is ``tests/data/gold/final2``, a second
unseen set labelled on 2026-12-06 (``--set final2``), and ``tests/data/gold/final3``, a third
labelled on 2026-12-07 (``--set final3``), and ``tests/data/gold/final4``, a fourth labelled
later on 2026-12-07 (``--set final4``), and ``tests/data/gold/final5``, a fifth labelled later
still on 2026-12-07 (``--set final5``); ``tests/data/gold/dev5``, labelled on 2026-12-07 before any
rule change, is a development set (``--set dev5``): its first score is the unseen measurement;
``tests/data/gold/final6``, a sixth unseen set labelled later on 2026-12-07, is scored once, at the
end (``--set final6``).
``tests/data/gold/final7``, a seventh unseen set labelled later on 2026-12-07, is scored once, at
the end (``--set final7``).
``tests/data/gold/final8``, an eighth unseen set labelled later on 2026-12-07 (no publisher of an
earlier set), is scored once, at the end (``--set final8``).
``tests/data/gold/final9``, a ninth unseen set labelled later on 2026-12-07 (no publisher of an
earlier set), is scored once, at the end (``--set final9``).
``tests/data/gold/final10``, a tenth unseen set labelled later on 2026-12-07 (no publisher of an
earlier set), is scored once, at the end (``--set final10``).
``tests/data/gold/final11``, an eleventh unseen set labelled later on 2026-12-07 (no publisher of
an earlier set), is scored once, at the end (``--set final11``).
``tests/data/gold/final12``, a twelfth unseen set labelled later on 2026-12-07 (no publisher of an
earlier set; publishers N–Z, English-heavy), is scored once, at the end (``--set final12``).
``tests/data/gold/final13``, a thirteenth unseen set labelled later on 2026-12-07 (no publisher of
an earlier set; publishers A–M, English-heavy), is scored once, at the end (``--set final13``).
``tests/data/gold/final14``, a fourteenth unseen set labelled later on 2026-12-07 (no publisher of
an earlier set; publishers N–Z, English-heavy), is scored once, at the end (``--set final14``).
``tests/data/gold/final15``, a fifteenth unseen set labelled later on 2026-12-07 (no publisher of
an earlier set; publishers A–M, English-heavy), is scored once, at the end (``--set final15``).
``tests/data/gold/final16``, a sixteenth unseen set labelled later on 2026-12-07 (no publisher of
an earlier set; publishers N–Z, English-heavy), is scored once, at the end (``--set final16``).
``tests/data/gold/dev33p``, labelled on 2026-12-08 before any rule change of round 33, is a
development set for the period of each figure (``--set dev33p``): its first score is the unseen
measurement; ``tests/data/gold/held33p``, five texts kept back from it, is scored once, at the end
of that round (``--set held33p``).

A found quantity matches a label when it is in the same file and line, has the same value (relative
difference below 1e-6, or 0.01 absolute for spelled fraction shares) and the same unit. Unit
accuracy: of the found quantities that match a label's line and value, the share whose unit is
right. Period accuracy: of the found quantities that match a label (as for recall) whose ``period``
column is filled, the share whose drafted period (:func:`figcheck.draft.governing.drafted_periods`,
resolved against the text's date as the draft does; ``as_of`` is its last day; the date is the
leading ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` of the text's ``date`` column in
``tests/data/gold/SOURCES.md``, passed as a user passes ``figcheck extract --published`` because
most texts print no date line; a text whose column starts with no date falls back to the date line
found in its head, as ``extract`` does) agrees with the label: a year label (``2022``) agrees with a
drafted period ending in that year; a month (``2022-06``) with one ending in that month; a day with
that day; an interval (``2021-07/2022-06``, ``2006/2012``) with a drafted period whose end (or, for
a point, whose date) falls in the interval's end; a fiscal year (``FY2023``) with the same fiscal
year. A label with a period and no drafted period counts as a disagreement. Per kind, recall and
unit accuracy are by the label's kind and precision by the kind the extractor gave
(:func:`predicted_kind`).

With ``--suggestions``, instead, the share of the set's labelled claims that a bundled dataset
can check (the labels' ``dataset`` and ``column``, written by hand before any rule) whose first
suggested reference names the right dataset and column, and the share among the first four.

    python benchmarks/extraction_gold.py
        [--set dev|holdout|final|final2|final3|final4|final5|dev5|final6|final7|final8|final9
               |final10|final11|final12|final13|final14|final15|final16|dev33p|held33p]
        [--verbose] [--suggestions]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from figcheck.draft.drafting import published_date
from figcheck.draft.extract import Mention, extract_mentions
from figcheck.draft.governing import drafted_periods
from figcheck.draft.periods import Period

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold"
KINDS = ("amount", "share", "change", "rate", "record", "range")
SETS = tuple(sorted(p.parent.name for p in GOLD.glob("*/labels.csv")))  # the set folders


@dataclass
class Tally:
    """Counts for one row of a table."""

    labels: int = 0
    found: int = 0
    hit_labels: int = 0
    hit_found: int = 0
    value_hits: int = 0  # found quantities on a label's line and value
    unit_hits: int = 0  # ... with the right unit too
    dated: int = 0  # matched labels that have a period
    period_hits: int = 0  # ... whose drafted period agrees
    period_misses: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        recall = self.hit_labels / self.labels if self.labels else float("nan")
        precision = self.hit_found / self.found if self.found else float("nan")
        unit = self.unit_hits / self.value_hits if self.value_hits else float("nan")
        period = self.period_hits / self.dated if self.dated else float("nan")
        return (
            f"| {name} | {self.labels} | {self.found} | {recall:.1%} | {precision:.1%} "
            f"| {unit:.1%} | {period:.1%} ({self.period_hits}/{self.dated}) |"
        )


def period_agrees(label: str, period: Period | None) -> bool:
    """The drafted period agrees with the label's ISO ``period`` (see the module's docstring)."""
    if period is None:
        return False
    end = period.last or period.first
    if label.startswith("FY"):
        return period.first == label
    if "/" in label:
        return end.startswith(label.split("/")[1])  # the same interval ends there too
    return end.startswith(label)


def unit_of(mention: Mention) -> str:
    return mention.unit or "dimensionless"


def predicted_kind(mention: Mention) -> str:
    """The gold set's kind for what the extractor found."""
    if mention.kind == "range":
        return "range"
    if mention.record:
        return "record"
    if mention.kind == "change":
        return "change"
    if "/" in mention.unit:
        return "rate"
    if mention.unit == "percent":
        return "share"
    return "amount"


def _same_value(mention: Mention, label: dict[str, str]) -> bool:
    value = float(label["value"])
    if abs(mention.magnitude - value) <= 1e-6 * max(1.0, abs(value)):
        return True
    return label["unit"] == "percent" and abs(mention.magnitude - value) <= 0.011


def source_dates(which: str) -> dict[str, str]:
    """File name → the leading ISO date of its ``date`` column in SOURCES.md, for ``which``."""
    dates: dict[str, str] = {}
    column = -1
    for line in (GOLD / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if cells and cells[0] == "file":
            column = cells.index("date")
        elif 0 <= column < len(cells) and cells[0].startswith(f"`{which}/"):
            date = re.match(r"(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?\b", cells[column])
            if date:
                dates[cells[0].strip("`").split("/", 1)[1]] = date.group(0)
    return dates


def score(which: str) -> tuple[dict[str, Tally], dict[str, Tally], Tally]:
    folder = GOLD / which
    dates = source_dates(which)
    with (folder / "labels.csv").open(encoding="utf-8") as handle:
        labels = list(csv.DictReader(handle))
    per_text: dict[str, Tally] = defaultdict(Tally)
    per_kind: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = extract_mentions(text)
        published = dates.get(path.name) or published_date(text)
        periods = drafted_periods(mentions, published)
        mine = [row for row in labels if row["file"] == path.name]
        used: set[int] = set()
        value_used: set[int] = set()
        for row in mine:
            tallies = (per_text[path.name], per_kind[row["kind"]], total)
            for t in tallies:
                t.labels += 1
            line = int(row["line"])
            hit = next(
                (
                    i
                    for i, m in enumerate(mentions)
                    if i not in used
                    and m.line == line
                    and _same_value(m, row)
                    and unit_of(m) == row["unit"]
                ),
                None,
            )
            near = next(
                (
                    i
                    for i, m in enumerate(mentions)
                    if i not in value_used and m.line == line and _same_value(m, row)
                ),
                None,
            )
            if near is not None:
                value_used.add(near)
                for t in tallies:
                    t.value_hits += 1
                    t.unit_hits += unit_of(mentions[near]) == row["unit"]
            if hit is None:
                got = [f"{m.text!r}={m.magnitude:g} {unit_of(m)}" for m in mentions
                       if m.line == line]  # fmt: skip
                text = (
                    f"{path.name[:22]}:{line} {row['span']!r} = {row['value']} "
                    f"{row['unit']} [{row['kind']}]  found on line: {', '.join(got)}"
                )
                for t in tallies:
                    t.misses.append(text)
                continue
            used.add(hit)
            drafted = periods[hit]
            agrees = period_agrees(row["period"], drafted)
            for t in tallies:
                t.hit_labels += 1
                if row["period"]:
                    t.dated += 1
                    t.period_hits += agrees
                    if not agrees:
                        t.period_misses.append(
                            f"{path.name[:22]}:{line} {row['span']!r} label {row['period']} "
                            f"drafted {(drafted.last or drafted.first) if drafted else None}"
                        )
        for i, m in enumerate(mentions):
            tallies = (per_text[path.name], per_kind[predicted_kind(m)], total)
            for t in tallies:
                t.found += 1
                t.hit_found += i in used
                if i not in used:
                    t.extras.append(
                        f"{path.name[:22]}:{m.line} {m.text!r} = {m.magnitude:g} {unit_of(m)}"
                    )
    return per_text, per_kind, total


def score_suggestions(which: str) -> tuple[int, int]:
    """First suggestion right, over the labels of ``which`` that name a bundled dataset and whose
    quantity the extractor finds (same line, value and unit)."""
    from figcheck.data.catalog import discover_catalog
    from figcheck.draft.suggest import hints_from_catalog, rank_references

    catalog = discover_catalog([REPO / "datasets"])
    hints = hints_from_catalog([catalog.datasets[n] for n in catalog.names()])
    folder = GOLD / which
    with (folder / "labels.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["dataset"] in catalog.names()]
    right = listed = 0
    print("| claim | right | first suggestion | in the first four |\n|---|---|---|---|")
    mentions: dict[str, list[Mention]] = {}
    for row in rows:
        if row["file"] not in mentions:
            text = (folder / row["file"]).read_text(encoding="utf-8")
            mentions[row["file"]] = extract_mentions(text)
        same = [m for m in mentions[row["file"]] if m.line == int(row["line"])
                and _same_value(m, row) and unit_of(m) == row["unit"]]  # fmt: skip
        # the one printed as the label's span ("more than 1.4 billion each", not the line's
        # "(140 crore)" of the same value), else the first of that value
        mention = next((m for m in same if m.text in row["span"] or row["span"] in m.text),
                       same[0] if same else None)  # fmt: skip
        ranked = rank_references(mention, hints) if mention else []
        names = [f"{r.hint.name}/{r.column.name}" for r in ranked[:4]]
        first = names[0] if names else "(none)" if mention else "(not found)"
        wanted = f"{row['dataset']}/{row['column']}"
        right += first == wanted
        listed += wanted in names
        print(
            f"| `{row['file'][:24]}:{row['line']}` {row['span']} | {wanted} | "
            f"{first} {'✓' if first == wanted else '✗'} | {'✓' if wanted in names else '✗'} |"
        )
    if rows:
        print(f"\n{which}: first suggestion right: {right}/{len(rows)} = {right / len(rows):.0%}; "
              f"in the first four: {listed}/{len(rows)}")  # fmt: skip
    else:
        print(f"\n{which}: no label names a bundled dataset")
    return right, len(rows)


HEAD = (
    "| {} | labels | found | recall | precision | unit right | period right |\n"
    "|---|---|---|---|---|---|---|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        dest="which",
        choices=SETS,
        default="dev",
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--suggestions", action="store_true", help="score reference suggestions")
    args = parser.parse_args()
    if args.suggestions:
        score_suggestions(args.which)
        return
    per_text, per_kind, total = score(args.which)
    texts = len(list((GOLD / args.which).glob("*.txt")))
    print(f"{len(source_dates(args.which))} of {texts} texts have a date in SOURCES.md\n")
    print(f"### {args.which}: per text\n")
    print(HEAD.format("text"))
    for name, tally in sorted(per_text.items()):
        print(tally.row(f"`{name}`"))
    print(total.row("**all**"))
    print(f"\n### {args.which}: per kind\n")
    print(HEAD.format("kind"))
    for kind in KINDS:
        print(per_kind[kind].row(kind))
    print(total.row("**all**"))
    if args.verbose:
        print("\nMISSED")
        print("\n".join(total.misses))
        print("\nEXTRA")
        print("\n".join(total.extras))
        print("\nPERIOD WRONG")
        print("\n".join(total.period_misses))


if __name__ == "__main__":
    main()
