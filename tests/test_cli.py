"""The command line: exit codes, one-line errors, help for every command, a light --help."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from figcheck import __version__
from figcheck.cli import main

GOOD = "claims:\n  - {id: a, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"
BAD = "claims:\n  - {id: a, value: 50 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"


def run(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    runner = CliRunner()
    outcome = runner.invoke(main, [*args, "--cache-dir", str(tmp_path / "cache")])
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_exit_0_when_everything_holds(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    code, out, _ = run(
        [
            "check",
            str(write_desk(GOOD)),
            "--datasets",
            str(catalog_dir),
            "--out",
            str(tmp_path / "out"),
        ],
        tmp_path,
    )
    assert code == 0
    assert "1 claims: 1 supported" in out
    data = json.loads((tmp_path / "out" / "report.json").read_text())
    assert data["summary"]["supported"] == 1
    assert (tmp_path / "out" / "report.md").exists()


@pytest.mark.parametrize("header", ["id,value", "id,value,hedge"])
def test_a_claims_table_with_no_rows_is_checked_not_a_crash(
    catalog_dir: Path, tmp_path: Path, header: str
) -> None:
    # A table's header alone (a template) crashed in the range keys (an empty key array).
    table = tmp_path / "claims.csv"
    table.write_text(header + "\n")
    code, out, _ = run(
        ["check", str(table), "--datasets", str(catalog_dir), "--out", str(tmp_path / "out")],
        tmp_path,
    )
    assert code == 0, out
    assert json.loads((tmp_path / "out" / "report.json").read_text())["results"] == []


def test_exit_1_on_a_discrepancy(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    code, _, _ = run(
        [
            "check",
            str(write_desk(BAD)),
            "--datasets",
            str(catalog_dir),
            "--out",
            str(tmp_path / "out"),
        ],
        tmp_path,
    )
    assert code == 1


def test_exit_1_on_an_error(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    desk = write_desk("claims:\n  - {id: a, value: 3 widgets}\n")
    code, _, _ = run(["check", str(desk), "--out", str(tmp_path / "out")], tmp_path)
    assert code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.yaml"], "missing.yaml: no such file or folder"),
        (["check", "{desk}", "--format", "pdf"], "unknown report format 'pdf'"),
        (["check", "{broken}"], "broken.yaml:2: claims[0].id: missing required key 'id'"),
        (["check", "{desk}", "--datasets", "nowhere"], "nowhere: no such catalog folder"),
    ],
    ids=["no-file", "bad-format", "malformed", "no-catalog"],
)
def test_exit_2_with_one_line_and_no_traceback(
    write_desk: Callable[..., Path], tmp_path: Path, args: list[str], message: str
) -> None:
    desk = write_desk(GOOD)
    broken = write_desk("claims:\n  - {value: 1}\n", "broken.yaml")
    args = [a.format(desk=desk, broken=broken) for a in args]
    code, _out, err = run([*args, "--out", str(tmp_path / "out")], tmp_path)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "report.json").exists()


def _command_paths(group: click.Group, prefix: list[str]) -> list[list[str]]:
    paths = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += _command_paths(command, [*prefix, name])
        else:
            paths.append([*prefix, name])
    return paths


def test_every_command_has_help() -> None:
    runner = CliRunner()
    paths = _command_paths(main, [])
    assert ["datasets", "refresh"] in paths
    for args in paths:
        outcome = runner.invoke(main, [*args, "--help"])
        assert outcome.exit_code == 0, args
        assert "Usage:" in outcome.stdout
        assert len(outcome.stdout.splitlines()) > 4, f"{args} needs a description"
    assert __version__ in runner.invoke(main, ["--version"]).stdout


def test_help_imports_neither_pandas_nor_great_expectations() -> None:
    code = (
        "import sys\n"
        "from figcheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pandas', 'great_expectations', 'pint', 'numpy') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Usage:" in done.stdout
    assert "HEAVY=\n" in done.stderr


@pytest.mark.parametrize("command", ["list", "verify"])
def test_datasets_list_and_verify_accept_offline_as_the_contract_gives_it(
    command: str, tmp_path: Path
) -> None:
    code, out, err = run(["datasets", command, "--offline", "mexico-homicides-annual"], tmp_path)
    assert code == 0, err
    assert out.startswith("mexico-homicides-annual  ")
