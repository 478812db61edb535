"""--baseline: new, changed, unchanged and removed results; exit only on what changed; vintages."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from figcheck.pipeline import Report
from figcheck.reports.json import report_dict
from helpers import BASELINE_DESK as DESK
from helpers import FIXED_NOW, check_paths


def revise(catalog: Path, old: bytes, new: bytes, retrieved: str = "2026-12-01") -> None:
    """Edit the gdp snapshot as a refresh would: data, hash and retrieved date together."""
    data = catalog / "gdp" / "data.csv"
    data.write_bytes(data.read_bytes().replace(old, new))
    descriptor_path = catalog / "gdp" / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text())
    descriptor["resources"][0]["hash"] = "sha256:" + hashlib.sha256(data.read_bytes()).hexdigest()
    descriptor["resources"][0]["retrieved"] = retrieved
    descriptor_path.write_text(json.dumps(descriptor))


def run(desk: Path, catalog: Path, work: Path, baseline: dict | None = None) -> Report:
    path = None
    if baseline is not None:
        path = work / "baseline.json"
        path.write_text(json.dumps(baseline))
    return check_paths([desk], [catalog], work, baseline=path)


def test_a_revision_changes_exactly_the_claims_it_moves(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    first = run(desk, catalog_dir, tmp_path)
    assert first.summary == {"supported": 2, "discrepancy": 1, "unverifiable": 0, "error": 0}
    baseline = report_dict(first)
    # Unchanged inputs: everything unchanged, and the old discrepancy does not fail the run.
    again = run(desk, catalog_dir, tmp_path, baseline)
    assert list(again.comparison.change) == ["unchanged", "unchanged", "unchanged"]
    assert first.failed
    assert not again.failed
    # WLD 2009 revised from 60 to 66 trillion: gdp-2009 turns into a discrepancy.
    revise(catalog_dir, b"WLD,2009,60000000000000", b"WLD,2009,66000000000000")
    revised = run(desk, catalog_dir, tmp_path, baseline)
    assert list(revised.comparison.change) == ["changed", "unchanged", "unchanged"]
    assert revised.failed
    detail = revised.comparison.detail[0]
    assert detail.startswith(
        "verdict supported → discrepancy; reference US$60 trillion → US$66 trillion; gdp revised: "
    )
    assert "retrieved 2026-11-01 → " in detail
    assert detail.endswith("retrieved 2026-12-01")
    result = report_dict(revised)["results"][0]
    assert result["change"] == "changed"
    assert result["baseline"] == {"verdict": "supported", "reference": 6e13}
    assert result["vintage"] == ["gdp@2026-12-01"]


def test_new_and_removed_claims(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    baseline = report_dict(run(desk, catalog_dir, tmp_path))
    edited = write_desk(DESK.replace("gdp-2008", "gdp-2008b"), name="desk.yaml")
    report = run(edited, catalog_dir, tmp_path, baseline)
    assert list(report.comparison.change) == ["unchanged", "new", "unchanged"]
    assert report.failed  # gdp-2008b is a new discrepancy
    results = report_dict(report)["results"]
    assert [r["id"] for r in results] == ["gdp-2009", "gdp-2008b", "deaths", "gdp-2008"]
    assert results[-1]["change"] == "removed"
    assert report_dict(report)["baseline"]["changes"] == {
        "new": 1,
        "changed": 0,
        "unchanged": 2,
        "removed": 1,
    }


def test_a_changed_verdict_without_a_dataset_revision_blames_the_desk(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    baseline = report_dict(run(desk, catalog_dir, tmp_path))
    write_desk(DESK.replace("value: 60 trillion USD", "value: 50 trillion USD"))
    report = run(desk, catalog_dir, tmp_path, baseline)
    assert (
        report.comparison.detail[0]
        == "verdict supported → discrepancy; no dataset changed: the desk was edited"
    )


def test_a_bad_baseline_is_a_usage_error(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    import pytest

    from figcheck.errors import UsageError

    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(UsageError, match=r"not a figcheck report\.json"):
        check_paths([write_desk(DESK)], [catalog_dir], tmp_path, baseline=bad)


PINNED = """
source: {title: T, published: 2012-09-03}
claims:
  - {id: pinned, quote: "60 trillion", value: 60 trillion USD, as_published: true, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: derived, quote: "60 trillion", value: 60 trillion USD, as_published: yes, reference: {expr: g, terms: {g: {dataset: gdp, where: {country: WLD, year: 2009}}}}}
  - {id: today, quote: "60 trillion", value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
"""


def keep_old_snapshot(catalog: Path, retrieved: str) -> None:
    """Keep the current gdp snapshot as an earlier one, as a refresh does."""
    folder = catalog / "gdp"
    (folder / "snapshots").mkdir()
    old = (folder / "data.csv").read_bytes()
    (folder / "snapshots" / "old.csv").write_bytes(old)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"][0]["x-snapshots"] = [
        {
            "path": "snapshots/old.csv",
            "hash": "sha256:" + hashlib.sha256(old).hexdigest(),
            "retrieved": retrieved,
        }
    ]
    (folder / "datapackage.json").write_text(json.dumps(descriptor))


def test_as_published_claims_are_judged_on_the_snapshot_of_their_date(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    keep_old_snapshot(catalog_dir, "2012-08-01")
    revise(
        catalog_dir, b"WLD,2009,60000000000000", b"WLD,2009,66000000000000", retrieved="2026-12-01"
    )
    report = check_paths([write_desk(PINNED)], [catalog_dir], tmp_path)
    verdicts = dict(zip(report.findings["id"], report.findings["verdict"], strict=True))
    assert verdicts == {"pinned": "supported", "derived": "supported", "today": "discrepancy"}
    results = {r["id"]: r for r in report_dict(report)["results"]}
    assert results["pinned"]["vintage"] == ["gdp@2012-08-01"]
    assert results["pinned"]["today"]["verdict"] == "discrepancy"
    assert results["pinned"]["today"]["vintage"] == ["gdp@2026-12-01"]
    assert results["derived"]["today"]["verdict"] == "discrepancy"
    assert "today" not in results["today"]
    assert {d["name"] for d in report_dict(report)["datasets"]} >= {"gdp", "gdp@2012-08-01"}


def test_as_published_without_an_old_enough_snapshot_is_unverifiable(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    report = check_paths([write_desk(PINNED)], [catalog_dir], tmp_path)
    row = report.findings.iloc[0]
    assert row["verdict"] == "unverifiable"
    assert (
        "no snapshot of gdp from on or before 2012-09-03 is kept (the oldest is from 2026-11-01)"
        in row["message"]
    )
    assert row["today_verdict"] == "supported"


def test_as_published_must_be_a_flag(write_desk: Callable[..., Path]) -> None:
    import pytest

    from figcheck.errors import InputError
    from figcheck.inputs.desks import load_desks

    desk = write_desk("claims:\n  - {id: a, value: 1, as_published: maybe}\n")
    with pytest.raises(
        InputError,
        match=r"desk.yaml:2: claims\[0\].as_published: as_published must be true or false",
    ):
        load_desks([desk])


def test_fixed_now_is_used(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    assert run(write_desk(DESK), catalog_dir, tmp_path).generated == FIXED_NOW.strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
