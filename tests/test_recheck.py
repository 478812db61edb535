"""`figcheck recheck`: a publisher revises its data (served from 127.0.0.1); the recheck reports
exactly the claims whose verdict changed, with the revision that caused it; a second recheck with
nothing new exits 0."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from figcheck.cli import main
from helpers import BASELINE_DESK as DESK
from helpers import serve_snapshot
from localhttp import local_server


def test_recheck_fails_only_on_what_a_revision_changed(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk(DESK)
    out = tmp_path / "reports"
    snapshot = (catalog_dir / "gdp" / "data.csv").read_bytes()
    with local_server() as server:
        serve_snapshot(catalog_dir / "gdp" / "datapackage.json", server.serve("/gdp.csv", snapshot))

        def recheck() -> tuple[int, str, str]:
            outcome = CliRunner().invoke(
                main,
                ["recheck", str(desk), "--out", str(out), "--cache-dir", str(tmp_path / "cache"),
                 "--format", "json,md,html"],
                env={"FIGCHECK_BUNDLED_DATASETS": str(catalog_dir),
                     "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite")},
            )  # fmt: skip
            return outcome.exit_code, outcome.stdout, outcome.stderr

        # First run: no baseline yet, so the known discrepancy (gdp-2008) is new.
        code, stdout, stderr = recheck()
        assert code == 1, stdout
        assert "gdp: unchanged" in stdout
        # The deaths publisher is down: said, snapshot kept, and not a reason to fail.
        assert (
            "deaths: failed (connection): cannot connect to http://127.0.0.1:9/data.csv" in stderr
        )
        # Nothing changed: quiet.
        code, stdout, stderr = recheck()
        assert code == 0, stdout
        assert "deaths: failed (connection)" in stderr
        assert "0 changed, 0 new, 0 removed, 3 unchanged" in stdout
        # The publisher revises WLD 2009 from 60 to 66 trillion.
        server.serve(
            "/gdp.csv", snapshot.replace(b"WLD,2009,60000000000000", b"WLD,2009,66000000000000")
        )
        code, stdout, _ = recheck()
        assert code == 1, stdout
        assert (
            "gdp: updated: 0 rows added, 0 removed, 1 revised (e.g. WLD 2009 value: 6e+13 → 6.6e+13)"
            in stdout
        )
        assert "1 changed, 0 new, 0 removed, 2 unchanged" in stdout
        changed = [line for line in stdout.splitlines() if line.startswith("  changed ")]
        assert len(changed) == 1
        assert changed[0].startswith(
            "  changed gdp-2009: verdict supported → discrepancy; reference US$60 trillion → "
            "US$66 trillion; gdp revised: "
        )
        assert "retrieved 2026-11-01 →" in changed[0]
        # And again with nothing new: exit 0, although two discrepancies stand.
        code, stdout, _ = recheck()
        assert code == 0, stdout
        assert "2 discrepancy" in stdout
    history = out / "history"
    index = json.loads((history / "index.json").read_text())
    assert len(index) == 4
    assert [entry["summary"]["discrepancy"] for entry in index] == [1, 1, 2, 2]
    assert all((history / entry["report"]).is_file() for entry in index)
    assert len({entry["report"] for entry in index}) == 4
    page = (out / "report.html").read_text()
    assert 'class="trend"' in page
    assert "What changed since" in page
    md = (out / "report.md").read_text()
    assert "## What changed since" in md
    assert "0 changed, 0 new, 0 removed, 3 unchanged." in md
