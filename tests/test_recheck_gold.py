"""A recheck fails only on what changed (verdicts24): expectations written before the runs.

A desk is checked against the test catalog (gdp, deaths), then the gdp snapshot is revised as a
refresh would (one value changed, one row removed, one added), the desk is edited (a claim
added, one removed, one id renamed), and the gdp file is changed behind the catalog's back (a
hash mismatch). Each step's marks (new, changed, unchanged, removed) and exit status are the
hand labels below; the exit status is ``report.failed`` (docs/recheck.md: 1 only if a
discrepancy or error is new or changed).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from figcheck.pipeline import Report
from figcheck.reports.json import report_dict
from helpers import check_paths, serve_snapshot

DESK = """
source: {title: T, published: 2012-09-03}
claims:
  - {id: wld-2009, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: wld-2008, value: 55 trillion USD, hedge: about, reference: {dataset: gdp, where: {country: WLD, year: 2008}}}
  - {id: mex-2009, value: 0.9 trillion USD, reference: {dataset: gdp, where: {country: MEX, year: 2009}}}
  - {id: mex-2010, value: 1 trillion USD, reference: {dataset: gdp, where: {country: MEX, year: 2010}}}
  - {id: usa-2009, value: 14 trillion USD, reference: {dataset: gdp, where: {country: USA, year: 2009}}}
  - {id: deaths-2006, value: "10,000 people", reference: {dataset: deaths, where: {year: 2006}}}
"""

REVISED = """country,year,value
WLD,2008,50000000000000
WLD,2009,60000000000000
MEX,2009,1200000000000
USA,2009,
USA,2010,15000000000000
"""


def _snapshot(catalog: Path, text: str, retrieved: str = "2026-12-01") -> None:
    """Replace the gdp snapshot as a refresh does: data, hash and retrieved date together."""
    data = catalog / "gdp" / "data.csv"
    data.write_text(text, encoding="utf-8")
    path = catalog / "gdp" / "datapackage.json"
    descriptor = json.loads(path.read_text())
    descriptor["resources"][0]["hash"] = "sha256:" + hashlib.sha256(data.read_bytes()).hexdigest()
    descriptor["resources"][0]["retrieved"] = retrieved
    path.write_text(json.dumps(descriptor))


def _run(desk: Path, catalog: Path, work: Path, baseline: Report | None) -> Report:
    path = None
    if baseline is not None:
        path = work / "baseline.json"
        path.write_text(json.dumps(report_dict(baseline)))
    return check_paths([desk], [catalog], work, baseline=path)


def _marks(report: Report) -> dict[str, str]:
    marks = dict(zip(report.findings["id"], report.comparison.change, strict=True))
    marks.update({str(r["id"]): "removed" for r in report.comparison.removed})
    return marks


def _verdicts(report: Report) -> dict[str, str]:
    return dict(zip(report.findings["id"], report.findings["verdict"], strict=True))


def test_a_revised_dataset_changes_only_the_claims_it_moves(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    first = _run(desk, catalog_dir, tmp_path, None)
    assert _verdicts(first) == {
        "wld-2009": "supported", "wld-2008": "discrepancy", "mex-2009": "supported",
        "mex-2010": "supported", "usa-2009": "unverifiable", "deaths-2006": "supported",
    }  # fmt: skip
    assert first.failed  # no baseline: the discrepancy is new
    again = _run(desk, catalog_dir, tmp_path, first)
    assert set(_marks(again).values()) == {"unchanged"}
    assert not again.failed  # the old discrepancy is not news

    _snapshot(catalog_dir, REVISED)  # MEX 2009 0.9 → 1.2 T; MEX 2010 removed; USA 2010 added
    revised = _run(desk, catalog_dir, tmp_path, first)
    assert _verdicts(revised)["mex-2009"] == "discrepancy"
    assert _verdicts(revised)["mex-2010"] == "unverifiable"
    assert _marks(revised) == {
        "wld-2009": "unchanged", "wld-2008": "unchanged", "mex-2009": "changed",
        "mex-2010": "changed", "usa-2009": "unchanged", "deaths-2006": "unchanged",
    }  # fmt: skip
    assert revised.failed  # mex-2009 is a changed discrepancy
    detail = dict(zip(revised.findings["id"], revised.comparison.detail, strict=True))
    assert detail["mex-2009"].startswith(
        "verdict supported → discrepancy; reference US$900 billion → US$1.2 trillion; gdp revised: "
    )
    assert detail["mex-2010"].startswith("verdict supported → unverifiable; ")
    assert "gdp revised: " in detail["mex-2010"]


def test_a_removed_row_alone_does_not_fail_the_recheck(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    """A claim that can no longer be judged is changed, but it is neither a discrepancy nor an
    error: the exit status stays 0."""
    desk = write_desk(DESK)
    first = _run(desk, catalog_dir, tmp_path, None)
    _snapshot(catalog_dir, REVISED.replace("MEX,2009,1200000000000", "MEX,2009,900000000000"))
    revised = _run(desk, catalog_dir, tmp_path, first)
    assert [k for k, v in _marks(revised).items() if v != "unchanged"] == ["mex-2010"]
    assert not revised.failed


def test_an_edited_desk_marks_what_was_added_removed_and_renamed(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    first = _run(desk, catalog_dir, tmp_path, None)
    edited = (
        DESK.replace("  - {id: wld-2009,", "  - {id: wld-2009-gone,").replace(
            "id: wld-2008,", "id: wld-2008-renamed,"
        )
        + '  - {id: deaths-2007, value: "8,000 people", '
        "reference: {dataset: deaths, where: {year: 2007}}}\n"
    )
    edited = "\n".join(line for line in edited.splitlines() if "wld-2009-gone" not in line)
    write_desk(edited)
    report = _run(desk, catalog_dir, tmp_path, first)
    assert _marks(report) == {
        "wld-2008-renamed": "new", "mex-2009": "unchanged", "mex-2010": "unchanged",
        "usa-2009": "unchanged", "deaths-2006": "unchanged", "deaths-2007": "new",
        "wld-2009": "removed", "wld-2008": "removed",
    }  # fmt: skip
    assert report.failed  # the renamed claim is a discrepancy the baseline does not know
    assert report_dict(report)["baseline"]["changes"] == {
        "new": 2, "changed": 0, "unchanged": 4, "removed": 2,
    }  # fmt: skip


def test_an_unusable_dataset_says_so_and_leaves_the_others_alone(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    """gdp's file changed without its hash: every claim on gdp is an error naming the mismatch
    (a changed error: exit 1), the detail blames the dataset (not the desk, not figcheck), and
    the claim on deaths stays unchanged."""
    desk = write_desk(DESK)
    first = _run(desk, catalog_dir, tmp_path, None)
    data = catalog_dir / "gdp" / "data.csv"
    data.write_bytes(data.read_bytes().replace(b"60000000000000", b"61000000000000"))
    report = _run(desk, catalog_dir, tmp_path, first)
    verdicts = _verdicts(report)
    assert {v for k, v in verdicts.items() if k != "deaths-2006"} == {"error"}
    assert _marks(report)["deaths-2006"] == "unchanged"
    assert report.failed
    detail = dict(zip(report.findings["id"], report.comparison.detail, strict=True))
    for claim_id in ("wld-2009", "mex-2009"):
        assert "gdp cannot be used now: " in detail[claim_id], detail[claim_id]
        assert "hash" in detail[claim_id].lower(), detail[claim_id]
        assert "gdp revised" not in detail[claim_id]
        assert "the desk was edited" not in detail[claim_id]
        assert "no dataset or desk changed" not in detail[claim_id]
    # usa-2009 was unverifiable and is now an error: changed too, and it says why.
    assert _marks(report)["usa-2009"] == "changed"


def test_the_recheck_command_fails_only_on_what_changed(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    """The same story through `figcheck recheck`, the publisher served from 127.0.0.1: exit 1
    on the first run, 0 with nothing new, 1 on the revision (mex-2009 a changed discrepancy), 0
    again, and 1 when the gdp file is changed behind the catalog's back (--no-refresh)."""
    from click.testing import CliRunner

    from figcheck.cli import main
    from localhttp import local_server

    desk = write_desk(DESK)
    out = tmp_path / "reports"
    snapshot = (catalog_dir / "gdp" / "data.csv").read_bytes()
    with local_server() as server:
        serve_snapshot(catalog_dir / "gdp" / "datapackage.json", server.serve("/gdp.csv", snapshot))

        def recheck(*extra: str) -> tuple[int, str]:
            outcome = CliRunner().invoke(
                main,
                ["recheck", str(desk), "--out", str(out), "--cache-dir", str(tmp_path / "cache"),
                 "--format", "json,md", *extra],
                env={"FIGCHECK_BUNDLED_DATASETS": str(catalog_dir),
                     "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite")},
            )  # fmt: skip
            return outcome.exit_code, outcome.stdout

        code, stdout = recheck()
        assert code == 1, stdout
        code, stdout = recheck()
        assert code == 0, stdout
        assert "0 changed, 0 new, 0 removed, 6 unchanged" in stdout
        server.serve("/gdp.csv", REVISED.encode())
        code, stdout = recheck()
        assert code == 1, stdout
        assert "gdp: updated: 1 row added, 1 removed, 1 revised" in stdout  # not "1 rows"
        assert "2 changed, 0 new, 0 removed, 4 unchanged" in stdout
        code, stdout = recheck()
        assert code == 0, stdout
    data = catalog_dir / "gdp" / "data.csv"
    data.write_bytes(data.read_bytes().replace(b"50000000000000", b"51000000000000"))
    code, stdout = recheck("--no-refresh")
    assert code == 1, stdout
    assert "5 changed, 0 new, 0 removed, 1 unchanged" in stdout
    changed = [line for line in stdout.splitlines() if line.startswith("  changed ")]
    assert len(changed) == 5
    assert all("gdp cannot be used now: " in line for line in changed), changed


def test_a_vintage_of_a_dataset_defined_twice_says_so(
    write_desk: Callable[..., Path], tmp_path: Path
) -> None:
    """A copy of a bundled dataset in a --datasets folder: a claim pinned as_published said
    "unknown dataset 'world-gdp'; valid choices: …, world-gdp" (a name it then listed), where the
    claim beside it says the name is defined twice. (The bundled folder itself given again is
    read once since hostile26, so the copy is what defines the name twice.)"""
    import shutil

    from helpers import BUNDLED

    again = tmp_path / "again"
    shutil.copytree(BUNDLED / "world-gdp", again / "world-gdp")

    desk = write_desk(
        "source: {title: T, published: 2024-06-01}\nclaims:\n"
        "  - {id: pinned, value: 27 trillion USD, as_published: true, reference: "
        "{dataset: world-gdp, where: {Country Code: USA, Year: 2023}}}\n"
        "  - {id: today, value: 27 trillion USD, reference: "
        "{dataset: world-gdp, where: {Country Code: USA, Year: 2023}}}\n"
    )
    report = check_paths([desk], [again], tmp_path, bundled=True)
    messages = dict(zip(report.findings["id"], report.findings["message"], strict=True))
    assert "is defined twice" in messages["today"]
    assert "is defined twice" in messages["pinned"], messages["pinned"]
    assert "unknown dataset" not in messages["pinned"]
