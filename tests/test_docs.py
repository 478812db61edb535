"""The docs cover what exists: every report.json key, every command and option, every desk key
and table column; their links resolve; nothing points readers or code at ``../shared``.

These tests check that what the code has is documented (not the reverse), so a new key or option
fails here until its page names it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.data.catalog import FIELD_TYPES
from figcheck.inputs import desks
from figcheck.model.claims import AGGREGATES, COLUMNS
from helpers import BUNDLED, MIXED_DESK, REPO, make_test_catalog

DOCS = REPO / "docs"


def doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- report.json


def key_paths(value: Any, prefix: str = "") -> Iterator[str]:
    """``results[].reference.fx.rate``-style paths of every key in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            yield from key_paths(item, f"{prefix}[]")


def test_key_paths_walk_lists_and_objects() -> None:
    found = set(key_paths({"a": [{"b": {"c": 1}}, {"d": None}], "e": []}))
    assert found == {"a", "a[].b", "a[].b.c", "a[].d", "e"}


def run_cli(args: list[str], cache: Path) -> None:
    outcome = CliRunner().invoke(main, args, env={"FIGCHECK_CACHE_DIR": str(cache)})
    assert outcome.exit_code in (0, 1), outcome.output


@pytest.fixture(scope="module")
def real_reports(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """report.json of the seed desks; again against a baseline where one claim had another
    verdict and one claim is gone; and a small desk whose article text has an unrecorded
    number, one whose text is unreadable, with a mixed desk of every verdict."""
    work = tmp_path_factory.mktemp("docs-reports")
    cache = work / "cache"
    run_cli(["check", str(REPO / "expectations"), "--out", str(work / "seed")], cache)
    seed = json.loads((work / "seed" / "report.json").read_text())
    doctored = json.loads(json.dumps(seed))
    first = doctored["results"][0]
    first["verdict"] = "discrepancy" if first["verdict"] != "discrepancy" else "supported"
    doctored["results"].append({**first, "id": "a-claim-since-removed"})
    (work / "baseline.json").write_text(json.dumps(doctored))
    run_cli(
        ["check", str(REPO / "expectations"), "--out", str(work / "changed"),
         "--baseline", str(work / "baseline.json")],
        cache,
    )  # fmt: skip
    desks_dir = work / "desks"
    desks_dir.mkdir()
    (desks_dir / "article.txt").write_text("Some 5 million emails and 12 ships.\n")
    (desks_dir / "folder-not-text").mkdir()
    (desks_dir / "a.yaml").write_text(
        "source: {title: A, text: article.txt}\n"
        "claims:\n  - {id: emails, quote: 'Some 5 million emails', value: 5 million count}\n"
    )
    (desks_dir / "b.yaml").write_text(
        "source: {title: B, text: folder-not-text}\nclaims:\n  - {id: b, value: 1}\n"
    )
    (desks_dir / "mixed.yaml").write_text(MIXED_DESK)
    catalog = make_test_catalog(work / "catalog")
    run_cli(
        ["check", str(desks_dir), "--datasets", str(catalog), "--out", str(work / "small")],
        cache,
    )
    return [
        json.loads((work / name / "report.json").read_text())
        for name in ("seed", "changed", "small")
    ]


def test_the_real_reports_exercise_the_optional_keys(real_reports: list[dict[str, Any]]) -> None:
    found = {path for report in real_reports for path in key_paths(report)}
    for path in (
        "results[].reference.fx.rate",
        "results[].change_detail",
        "results[].baseline.verdict",
        "baseline.changes.removed",
        "coverage[].unrecorded[].line",
        "coverage[].problem",
    ):
        assert path in found


def test_every_key_of_a_real_report_json_is_documented(
    real_reports: list[dict[str, Any]],
) -> None:
    documented = set(re.findall(r"^\| `([^`]+)` \|", doc("report-json.md"), flags=re.M))
    found = {path for report in real_reports for path in key_paths(report)}
    assert sorted(found - documented) == []


# ------------------------------------------------------------------------------- command line


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


COMMANDS = list(command_paths(main))


def command_at(path: tuple[str, ...]) -> click.Command:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    return command


def long_options(command: click.Command) -> list[str]:
    return [
        opt
        for param in command.params
        if isinstance(param, click.Option)
        for opt in (*param.opts, *param.secondary_opts)
        if opt.startswith("--") and opt != "--help"
    ]


def test_the_command_list_is_complete() -> None:
    assert {("check",), ("datasets", "list"), ("extract",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    outcome = CliRunner().invoke(main, [*path, "--help"], prog_name="figcheck")
    assert outcome.exit_code == 0
    assert outcome.stdout.startswith(f"Usage: figcheck {' '.join(path)}")
    assert len(outcome.stdout.splitlines()) > 4


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_and_option_is_in_cli_md(path: tuple[str, ...]) -> None:
    command = command_at(path)
    text = doc("cli.md")
    if isinstance(command, click.Group):  # a group is documented through its commands
        assert f"figcheck {' '.join(path)} " in text
        return
    synopsis = re.findall(rf"^figcheck {re.escape(' '.join(path))} .*$", text, flags=re.M)
    assert synopsis, f"no synopsis line 'figcheck {' '.join(path)} …' in docs/cli.md"
    missing = [opt for opt in long_options(command) if opt not in synopsis[0]]
    assert missing == [], f"options missing from the synopsis of {' '.join(path)}"
    undescribed = [opt for opt in long_options(command) if f"`{opt}" not in text]
    assert undescribed == [], "options without a row in docs/cli.md"


def test_the_environment_variables_the_cli_reads_are_documented() -> None:
    source = (REPO / "src" / "figcheck" / "cli.py").read_text()
    variables = set(re.findall(r"environ\.get\(\"([A-Z_]+)\"", source))
    assert variables
    assert sorted(v for v in variables if f"`{v}`" not in doc("cli.md")) == []


# ------------------------------------------------------------------------- desks and tables


def test_every_desk_key_is_in_desks_md() -> None:
    text = doc("desks.md")
    keys = {
        *desks._SOURCE_KEYS, *desks._CLAIM_KEYS, *desks._EXPECTED_KEYS,
        *desks._LOOKUP_KEYS, *desks._DERIVATION_KEYS, *AGGREGATES,
        "source", "claims", "claim", "take",
    }  # fmt: skip
    assert sorted(k for k in keys if f"`{k}" not in text) == []
    assert "`{between: [low, high]}`" in text
    assert "`{in: [a, b, …]}`" in text


def test_every_claims_table_column_is_in_claims_tables_md() -> None:
    internal = {"file", "line", "kind", "source"}
    columns = {*COLUMNS, *desks._TABLE_SOURCE_COLUMNS, "reference.where.<column>"} - internal
    text = doc("claims-tables.md")
    assert sorted(c for c in columns if f"`{c}`" not in text) == []


@pytest.mark.parametrize(
    "column", [c for c in COLUMNS if c not in {"file", "line", "kind", "source"}]
)
def test_a_documented_table_column_is_accepted(column: str, tmp_path: Path) -> None:
    table = tmp_path / "claims.csv"
    table.write_text(f"id,value,{column}\n" if column not in ("id", "value") else "id,value\n")
    desks.load_desk(table)


def test_every_field_type_is_in_datasets_md() -> None:
    text = doc("datasets.md")
    assert sorted(t for t in FIELD_TYPES if f"`{t}`" not in text) == []


def test_every_bundled_dataset_is_named_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    names = [p.name for p in BUNDLED.iterdir() if (p / "datapackage.json").is_file()]
    assert sorted(n for n in names if f"`{n}`" not in readme) == []


# -------------------------------------------------------------------------------- links


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, links reduced to their text, punctuation
    other than '-' and '_' dropped, spaces to '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip()).lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    return {slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}


PAGES = [REPO / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_relative_links_and_anchors_resolve(page: Path) -> None:
    text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.M | re.S)
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        resolved = (page.parent / file_part).resolve() if file_part else page
        if not resolved.exists() or (
            anchor and resolved.suffix == ".md" and anchor not in anchors(resolved)
        ):
            broken.append(target)
    assert broken == []


def test_the_slug_follows_github() -> None:
    assert slug("Refresh ([datasets.md](datasets.md))") == "refresh-datasetsmd"
    assert slug("`figcheck check`") == "figcheck-check"
    assert slug("As published, and as of today") == "as-published-and-as-of-today"


def test_docs_and_code_never_send_anyone_to_shared() -> None:
    """A clone has nothing beside it: no page, module, desk, benchmark or make target may name
    ../shared (the seed articles are found with --articles DIR)."""
    places = [
        REPO / "README.md", REPO / "Makefile", *DOCS.rglob("*.md"), *DOCS.rglob("*.yaml"),
        *(REPO / "src").rglob("*.py"), *(REPO / "src").rglob("*.j2"),
        *(REPO / "expectations").glob("*.yaml"), *(REPO / "benchmarks").glob("*.py"),
    ]  # fmt: skip
    pattern = re.compile(r"shared/(spec|reference-data|articles)|\.\./shared\b")
    offenders = [
        f"{p.relative_to(REPO)}:{n}"
        for p in places
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
