"""Helpers the tests share: tiny dataset folders and findings as dicts."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from figcheck.pipeline import Report, Settings, run_check

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "datasets"
FIXED_NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)

#: The seed articles' full text, where the seed desks' ``source.text`` finds it (CI lays it out
#: beside the clone). figcheck does not redistribute it: the articles are their publishers'
#: copyright, and no licence clearly allows a software repository to copy them (docs/desks.md).
#: What the ``figcheck`` fixture returns for one command: exit code, stdout, stderr.
Run = Callable[..., tuple[int, str, str]]
SEED_ARTICLES = REPO.parent / "shared" / "articles"
GLOBAL_RESEARCH = "globalresearch-2012-americas-secret-deal-with-cartels.txt"
MOTHERBOARD = "motherboard-2012-us-mexican-narcos-peace-pipe.txt"


_MISSING_SEED = [
    path for path in (SEED_ARTICLES / GLOBAL_RESEARCH, SEED_ARTICLES / MOTHERBOARD)
    if not path.is_file()
]  # fmt: skip
#: For tests that read the seed articles: skipped, naming the missing file, when it is absent.
needs_seed_articles = pytest.mark.skipif(
    bool(_MISSING_SEED),
    reason=f"seed article text not available: {_MISSING_SEED[0] if _MISSING_SEED else ''} is "
    "missing (the articles are not redistributed with figcheck)",
)

#: A desk with every verdict (against make_test_catalog) and a quote that tries to inject.
MIXED_DESK = """
source: {title: T, publisher: P, url: "https://example.org/a", published: 2012-09-03}
claims:
  - {id: ok, quote: "60 trillion", value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: off, quote: "55 trillion", value: 55 trillion USD, hedge: about, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: open, quote: "more than 8", value: 8 trillion USD, hedge: more than, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: none, quote: "three", value: 3 people}
  - {id: bad, quote: "x", value: 3 widgets}
  - id: inject
    quote: "<script>document.title='x'</script><img src=x onerror=alert(1)> | `code` [link](http://x)"
    value: 1
"""


#: Three claims on make_test_catalog: two hold, one (gdp-2008) is a discrepancy.
BASELINE_DESK = """
source: {title: T, published: 2012-09-03}
claims:
  - {id: gdp-2009, quote: "60 trillion", value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: gdp-2008, quote: "55 trillion", value: 55 trillion USD, hedge: about, reference: {dataset: gdp, where: {country: WLD, year: 2008}}}
  - {id: deaths, quote: "10,000", value: "10,000 people", reference: {dataset: deaths, where: {year: 2006}}}
"""


def make_dataset(
    root: Path,
    name: str,
    csv_text: str,
    fields: list[dict[str, Any]],
    *,
    suite: list[dict[str, Any]] | None = None,
    primary_key: list[str] | None = None,
    resource: dict[str, Any] | None = None,
    title: str | None = None,
) -> Path:
    """Write a dataset folder (data.csv, datapackage.json, maybe expectations.json)."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    data = textwrap.dedent(csv_text).lstrip().encode()
    (folder / "data.csv").write_bytes(data)
    res: dict[str, Any] = {
        "name": name,
        "path": "data.csv",
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
        "retrieved": "2026-11-01",
        "sources": [{"title": "test", "path": "http://127.0.0.1:9/data.csv"}],
        "schema": {"fields": fields, "primaryKey": primary_key or []},
    }
    res.update(resource or {})
    descriptor = {"name": name, "title": title or name.title(), "resources": [res]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    if suite is not None:
        (folder / "expectations.json").write_text(json.dumps({"name": name, "expectations": suite}))
    return folder


def expectation(kind: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": kind, "kwargs": kwargs, "meta": {}}


def result(report: Report, claim_id: str) -> dict[str, Any]:
    """One finding as a plain dict."""
    rows = report.findings[report.findings["id"] == claim_id]
    assert len(rows) == 1, f"no finding {claim_id!r}"
    record: dict[str, Any] = rows.iloc[0].to_dict()
    return record


def make_test_catalog(root: Path) -> Path:
    """gdp: WLD 2008 50T, WLD 2009 60T, MEX 2009 0.9T, MEX 2010 1T, USA 2009 missing (USD);
    deaths: 2006 10,000, 2007 8,000, 2008 14,000, 2009 20,000 (people)."""
    make_dataset(
        root,
        "gdp",
        """
        country,year,value
        WLD,2008,50000000000000
        WLD,2009,60000000000000
        MEX,2009,900000000000
        MEX,2010,1000000000000
        USA,2009,
        """,
        [
            {"name": "country", "type": "string"},
            {"name": "year", "type": "integer"},
            {"name": "value", "type": "number", "unit": "USD", "title": "Test GDP"},
        ],
        primary_key=["country", "year"],
    )
    make_dataset(
        root,
        "deaths",
        """
        year,deaths,notes
        2006,10000,a
        2007,8000,b
        2008,14000,c
        2009,20000,d
        """,
        [
            {"name": "year", "type": "integer"},
            {"name": "deaths", "type": "integer", "unit": "people"},
            {"name": "notes", "type": "string"},
        ],
    )
    return root


def check_paths(
    paths: list[Path],
    catalogs: list[Path],
    work: Path,
    *,
    bundled: bool = False,
    baseline: Path | None = None,
) -> Report:
    """Check desks against catalogs; the bundled ECB rates are always added."""
    folders = list(catalogs)
    if bundled:
        folders.insert(0, BUNDLED)
    elif not any((c / "ecb-euro-fx").exists() for c in folders):
        fx_only = work / "fx-catalog"
        if not fx_only.exists():
            fx_only.mkdir(parents=True)
            (fx_only / "ecb-euro-fx").symlink_to(BUNDLED / "ecb-euro-fx")
        folders.append(fx_only)
    settings = Settings(
        catalogs=tuple(folders), cache_dir=work / "cache", now=FIXED_NOW, baseline=baseline
    )
    return run_check(paths, settings)


def desk_results(tmp_path: Path, desk: str) -> dict[str, dict[str, Any]]:
    """Check the desk text ``desk`` against the bundled datasets: each result by claim id."""
    path = tmp_path / "desk.yaml"
    path.write_text(desk, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    return {str(r["id"]): r for r in report.findings.to_dict("records")}


def serve_snapshot(descriptor_path: Path, url: str) -> None:
    """Point the first resource of the dataset at ``descriptor_path`` at ``url`` (a fixture
    server's), as its publisher's download."""
    descriptor = json.loads(descriptor_path.read_text())
    descriptor["resources"][0]["sources"][0]["path"] = url
    descriptor_path.write_text(json.dumps(descriptor))
