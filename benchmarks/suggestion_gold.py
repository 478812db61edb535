"""First-suggestion accuracy of `figcheck extract`'s reference suggestions on the hand-written
suggestion gold set (``tests/data/suggestions``, see its README).

For each row, the sentence is extracted, the quantity whose printed text contains ``figure`` is
ranked against the bundled datasets (and, for ``added.csv`` and the held-aside set's
``series:`` rows, the series added with ``datasets add`` from the recorded responses in
``tests/data/providers``, served from 127.0.0.1 into a temporary catalog), and scored:

- first right: the first suggestion is the row's ``dataset/column`` (or one of ``also``);
- in the first four: it is among the first four;
- where right: the drafted reference of a first suggestion that is the row's own ``dataset``
  (not one of ``also``, whose keys differ) holds every ``where`` key value of the row;
- negatives: rows with no dataset whose quantity gets no suggestion at all.

- shape right (``fresh28``, ``fresh30``, ``fresh33``): the claim ``figcheck extract`` drafts for the
  quantity (read from :func:`draft_desk` of the sentence, with the row's ``published`` date)
  has the row's ``change`` kind and ``from`` start, its ``record`` order and window, its sign
  (``fall``) and its count's ``noun``, each where the row fills it.

    python benchmarks/suggestion_gold.py [--set dev|aside|fresh28|fresh30|fresh33] [--verbose]

``dev`` scores ``dev.csv`` and ``added.csv``; ``aside`` scores ``aside.csv`` (held aside: once,
at the end); ``fresh28``, ``fresh30`` and ``fresh33`` score ``fresh28.csv``, ``fresh30.csv`` and
``fresh33.csv`` (sentences of real texts, with their shape).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from figcheck.draft.drafting import draft_desk, reference_for
from figcheck.draft.extract import Mention, extract_mentions
from figcheck.draft.governing import drafted_periods
from figcheck.draft.suggest import DatasetHint, hints_from_catalog, rank_references

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "suggestions"
PROVIDERS = REPO / "tests" / "data" / "providers"
FILES = {
    "dev": ("dev.csv", "added.csv"),
    "aside": ("aside.csv",),
    "fresh28": ("fresh28.csv",),
    "fresh30": ("fresh30.csv",),
    "fresh33": ("fresh33.csv",),
}
SHAPE = ("change", "from", "record", "fall", "noun")

#: The recorded series that ``added.csv`` names: series id, provider, path and query under the
#: provider's base URL, recorded file, content type (as tests/test_series_add.py serves them).
RECORDED = (
    ("WB/WDI/A-NY.GDP.MKTP.CD-WLD",
     "/country/WLD/indicator/NY.GDP.MKTP.CD?format=json&per_page=20000&source=2",
     "wb-wdi-a-ny.gdp.mktp.cd-wld.json", "application/json"),
    ("ECB/EXR/M.USD.EUR.SP00.A", "/data/EXR/M.USD.EUR.SP00.A", "ecb-exr-m-usd-eur.xml",
     "application/xml"),
    ("ESTAT/nama_10_gdp/A.CLV10_MEUR.B1GQ.BE", "/data/nama_10_gdp/A.CLV10_MEUR.B1GQ.BE",
     "estat-nama_10_gdp-a-clv10_meur-b1gq-be.xml", "application/xml"),
    ("OECD/OECD.SDD.STES,DSD_STES@DF_FINMARK,4.0/USA.M.IR3TIB.PA._Z._Z._Z._Z.N",
     "/data/OECD.SDD.STES,DSD_STES@DF_FINMARK,4.0/USA.M.IR3TIB.PA._Z._Z._Z._Z.N",
     "oecd-finmark-usa-m-ir3tib.xml", "application/xml"),
    ("FRED/CPIAUCNS", "/graph/fredgraph.csv?id=CPIAUCNS", "fred-cpiaucns.csv", "text/csv"),
)  # fmt: skip


@dataclass
class Score:
    """The tallies of one run."""

    positives: int = 0
    first: int = 0
    four: int = 0
    exact: int = 0  # first suggestion the row's own dataset and column (not one of ``also``)
    where: int = 0
    negatives: int = 0
    silent: int = 0
    shaped: int = 0  # rows with a shape label
    shape: int = 0  # of them, drafted in that shape
    lines: list[str] = field(default_factory=list)

    def summary(self, name: str) -> str:
        def share(n: int, d: int) -> str:
            return f"{n}/{d} = {n / d:.0%}" if d else "0/0"

        return (
            f"{name}: first suggestion right {share(self.first, self.positives)}; in the first "
            f"four {share(self.four, self.positives)}; where keys right (of the first right "
            f"that are the row's own answer) {share(self.where, self.exact)}; negatives with no "
            "suggestion "
            f"{share(self.silent, self.negatives)}"
            + (f"; shape right {share(self.shape, self.shaped)}" if self.shaped else "")
        )


def read_rows(which: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in FILES[which]:
        with (GOLD / name).open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def added_catalog(folder: Path) -> None:
    """Add the recorded series into ``folder`` with ``figcheck datasets add``, from a server on
    127.0.0.1 (no other address is touched)."""
    from click.testing import CliRunner

    sys.path.insert(0, str(REPO / "tests"))
    from figcheck.cli import main
    from localhttp import local_server

    with local_server() as server:
        for series, path, fixture, content_type in RECORDED:
            provider = series.split("/")[0]
            server.serve(f"/{provider.lower()}{path}", (PROVIDERS / fixture).read_bytes(),
                         headers={"Content-Type": content_type})  # fmt: skip
            outcome = CliRunner().invoke(
                main,
                ["datasets", "add", series, "--into", str(folder / "catalog"),
                 f"--base-url={provider}={server.base}/{provider.lower()}",
                 "--cache-dir", str(folder / "cache")],
                env={"FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
                     "FIGCHECK_HTTP_CACHE": str(folder / "http.sqlite")},
            )  # fmt: skip
            if outcome.exit_code != 0:
                raise SystemExit(f"datasets add {series} failed: {outcome.stderr}")


def load_hints(folders: Sequence[Path]) -> list[DatasetHint]:
    from figcheck.data.catalog import discover_catalog

    catalog = discover_catalog(list(folders))
    return hints_from_catalog([catalog.datasets[n] for n in catalog.names()])


def pick(mentions: list[Mention], figure: str) -> int | None:
    """The index of the quantity printed as (or containing) ``figure``."""
    for i, m in enumerate(mentions):
        if figure in m.text or m.text in figure:
            return i
    return None


def label_of(suggestion_name: str, series_id: str | None) -> str:
    return f"series:{series_id}" if series_id else suggestion_name


def where_right(reference: str, where: str) -> bool:
    """Every ``KEY=VALUE`` of the row's ``where`` is in the drafted reference."""
    for part in filter(None, where.split(";")):
        key, value = part.split("=", 1)
        if ".." in value:
            first, last = value.split("..")
            wanted = f"{key}: {{between: [{first}, {last}]}}"
        else:
            wanted = f"{key}: {value}"
        if wanted not in reference:
            return False
    return True


def drafted_claim(mentions: list[Mention], index: int, published: str | None,
                  hints: list[DatasetHint]) -> str:  # fmt: skip
    """The YAML block ``figcheck extract`` drafts for the ``index``-th quantity."""
    desk = draft_desk(mentions, title="", text_path="s.txt", published=published, hints=hints)
    return desk.split("\n  - id: ")[index + 1]


def shape_misses(row: dict[str, str], claim: str) -> list[str]:
    """The shape fields of ``row`` that the drafted ``claim`` does not have."""
    misses = []
    value = re.search(r'^    value: "(.*)"$', claim, re.MULTILINE)
    drafted = value.group(1) if value else ""
    reference = re.search(r"^    # reference: (.*)$", claim, re.MULTILINE)
    ref = reference.group(1) if reference else ""
    rank = re.search(r"rank claim \(value: 1\): (.*)$", claim, re.MULTILINE)
    ranked = rank.group(1) if rank else ""
    if row["change"] and f"change: {row['change']}," not in ref:
        misses.append("change")
    if row["from"]:
        key, when = row["from"].split("=", 1)
        start = re.search(r"from: \{([^}]*)\}", ref)
        if not start or f"{key}: {when}" not in start.group(1):
            misses.append("from")
    if row["record"]:
        order, *window = row["record"].split(";")
        wanted = [f"order: {order}", *(w.replace("=", ": ") for w in window)]
        if not ranked or any(w not in ranked for w in wanted):
            misses.append("record")
    if row["fall"] and drafted.startswith("-") != (row["fall"] == "y"):
        misses.append("fall")
    if row["noun"]:
        noun = re.search(r"\(([^)]*)\)$", drafted)
        if not noun or row["noun"] not in noun.group(1):
            misses.append("noun")
    return misses


def score(rows: list[dict[str, str]], hints: list[DatasetHint]) -> Score:
    out = Score()
    for row in rows:
        mentions = extract_mentions(row["sentence"], row["lang"])
        index = pick(mentions, row["figure"])
        published = row.get("published") or None
        shaped = any(row.get(k) for k in SHAPE)
        if index is None:
            ranked, names, reference = [], [], "(not found)"
        else:
            mention = mentions[index]
            period = drafted_periods(mentions, published)[index]
            known = period if period and not period.first.startswith("-") else None
            ranked = rank_references(mention, hints, known.last or known.first if known else "")
            names = [label_of(f"{r.hint.name}/{r.column.name}", r.hint.series_id)
                     for r in ranked[:4]]  # fmt: skip
            reference = (reference_for(mention, ranked[0], known, published) if ranked
                         else "(none)")  # fmt: skip
        shape = ""
        if shaped:
            out.shaped += 1
            misses = (shape_misses(row, drafted_claim(mentions, index, published, hints))
                      if index is not None else ["not found"])  # fmt: skip
            out.shape += not misses
            shape = f" shape {'✓' if not misses else '✗ ' + ', '.join(misses)}"
        first = names[0] if names else "(none)"
        if not row["dataset"]:
            out.negatives += 1
            ok = not ranked
            out.silent += ok
            out.lines.append(f"| {row['id']} | (none) | {first} {'✓' if ok else '✗'} | |{shape}")
            continue
        out.positives += 1
        wanted = row["dataset"] if row["dataset"].startswith("series:") else (
            f"{row['dataset']}/{row['column']}")  # fmt: skip
        right = {wanted, *filter(None, row["also"].split("|"))}
        # a series' suggestion is named by its id; its column is always ``value``
        hit = first in right or first.split("/value")[0] in right
        listed = any(n in right or n.split("/value")[0] in right for n in names)
        exact = first == wanted or first.split("/value")[0] == wanted
        keys = exact and where_right(reference, row["where"])
        out.first += hit
        out.exact += exact
        out.four += listed
        out.where += keys
        out.lines.append(
            f"| {row['id']} | {wanted} | {first} {'✓' if hit else '✗'} | "
            f"{'✓' if listed else '✗'} | {'✓' if keys else '✗'} `{reference}` |{shape}"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", choices=tuple(FILES), default="dev")
    parser.add_argument("--verbose", action="store_true", help="list every case")
    args = parser.parse_args()
    rows = read_rows(args.which)
    with tempfile.TemporaryDirectory() as tmp:
        folders = [REPO / "datasets"]
        if any(r["dataset"].startswith("series:") for r in rows):
            added_catalog(Path(tmp))
            folders.append(Path(tmp) / "catalog")
        result = score(rows, load_hints(folders))
    if args.verbose:
        print("| case | wanted | first | in four | where |\n|---|---|---|---|---|")
        print("\n".join(result.lines))
        print()
    print(result.summary(args.which))


if __name__ == "__main__":
    main()
