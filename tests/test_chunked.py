"""Big claims tables checked in chunks give the reports a run in memory gives; report.parquet
holds report.json's results, flattened."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from figcheck import chunked
from figcheck.cli import main
from figcheck.pipeline import Report, Settings, run_check
from figcheck.reports import html, markdown, spool
from figcheck.reports import json as json_report
from figcheck.reports.fields import FIELDS as RESULT_FIELDS
from figcheck.reports.fields import encode_results, flatten_result
from figcheck.reports.json import report_dict
from figcheck.reports.parquet import result_table
from figcheck.storage.outfolder import LOCK_NAME
from helpers import BASELINE_DESK, FIXED_NOW, MIXED_DESK, REPO, make_test_catalog

FIELDS = [field.path for field in RESULT_FIELDS]


def table_rows(n: int, prefix: str) -> pd.DataFrame:
    """Claims of every verdict on make_test_catalog; the source's cells only in later rows."""
    rows = []
    for i in range(n):
        kind = i % 5
        value = ["60 trillion USD", "55 trillion USD", "0.9 trillion USD", "3 widgets", "7"][kind]
        rows.append({
            "id": f"{prefix}-{i}",
            "quote": f'said "{value}"\n',
            "value": value,
            "hedge": "about" if i % 3 == 0 else None,
            "as_of": "2009-12-31" if i % 4 == 0 else None,
            "reference.dataset": None if kind == 4 else "gdp",
            "reference.where.country": ["WLD", "WLD", "MEX", "WLD", None][kind],
            "reference.where.year": "2009" if i % 7 else "2001",
            "note": "n" if i % 6 == 0 else None,
            "source.title": "A table's article" if i == n - 3 else None,
            "source.published": "2012-09-03" if i >= n - 5 else None,
        })  # fmt: skip
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog, two desk files and two tables (one CSV, one Parquet) between them."""
    root = tmp_path_factory.mktemp("chunked")
    make_test_catalog(root / "catalog")
    inputs = root / "inputs"
    inputs.mkdir()
    (inputs / "a-mixed.yaml").write_text(MIXED_DESK)
    table_rows(40, "csv").to_csv(inputs / "b-claims.csv", index=False)
    (inputs / "c-baseline.yaml").write_text(BASELINE_DESK)
    table_rows(33, "pq").to_parquet(inputs / "d-claims.parquet")
    return root


def check(work: Path, out: str, *options: str) -> Path:
    outcome = CliRunner().invoke(
        main,
        ["check", str(work / "inputs"), "--datasets", str(work / "catalog"),
         "--out", str(work / out), *options],
        env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
    )  # fmt: skip
    assert outcome.exit_code == 1, outcome.output
    return work / out


def texts(folder: Path) -> dict[str, str]:
    """Each report's text, ``generated`` left out."""
    found = {}
    for path in sorted(folder.glob("report.*")):
        if path.suffix == ".parquet":
            continue
        text = path.read_text(encoding="utf-8")
        found[path.name] = text.replace(_generated(folder), "GENERATED")
    return found


def _generated(folder: Path) -> str:
    return str(json.loads((folder / "report.json").read_text())["generated"])


@pytest.fixture(params=["default-caps", "small-caps"])
def caps(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The reports' caps as they are, or small enough that the chunks cross them."""
    if request.param == "small-caps":
        for module in (markdown, spool):
            monkeypatch.setattr(module, "MAX_LISTED", 3)
        for module in (html, spool):
            monkeypatch.setattr(module, "ROWS_UP_TO", 12)
            monkeypatch.setattr(module, "BARS_UP_TO", 5)
        monkeypatch.setattr(html, "FULL_UP_TO", 4)
        monkeypatch.setattr(html, "PLOTS_UP_TO", 2)
        monkeypatch.setattr(json_report, "INDENT_UP_TO", 10)
    return str(request.param)


@pytest.fixture(params=[True, False], ids=["forked-encoder", "threaded-encoder"])
def forks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """report.json's lines encoded in child processes (where there is fork) or on a thread."""
    if request.param and not hasattr(os, "fork"):
        pytest.skip("no fork on this system")
    monkeypatch.setattr(spool, "FORK_ENCODER", request.param)
    return bool(request.param)


@pytest.mark.parametrize(
    "formats",
    ["json,md,html", "parquet,md,html", "json", "json,md", "json,html", "md,html", "parquet"],
    ids=["json", "parquet", "json-only", "json-md", "json-html", "md-html", "parquet-only"],
)
def test_chunks_give_the_reports_of_a_run_in_memory(
    work: Path, caps: str, formats: str, forks: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = check(work, f"whole-{caps}-{formats}-{forks}", "--format", formats)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    chunks = check(work, f"chunks-{caps}-{formats}-{forks}", "--format", formats)
    assert texts(chunks) == texts(whole)
    if formats.startswith("parquet"):
        assert pq.read_table(chunks / "report.parquet").equals(
            pq.read_table(whole / "report.parquet")
        )
    assert sorted(p.name for p in chunks.iterdir()) == sorted(p.name for p in whole.iterdir())


def test_a_chunked_run_leaves_no_staging_folder_and_holds_no_lock(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    out = check(work, "clean", "--format", "parquet")
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "report.json", "report.parquet"]
    check(work, "clean", "--format", "parquet")  # the lock was released


def test_with_parquet_report_json_keeps_the_summary_and_points_at_the_results(
    work: Path,
) -> None:
    out = check(work, "summary-only", "--format", "parquet")
    report = json.loads((out / "report.json").read_text())
    assert "results" not in report
    assert report["results_file"] == "report.parquet"
    assert sum(report["summary"].values()) == pq.read_metadata(out / "report.parquet").num_rows
    assert [d["name"] for d in report["datasets"]] == ["deaths", "gdp"]


@pytest.mark.parametrize(
    ("repeat", "first"), [(25, 3), (5, 2), (26, 22)], ids=["across", "within-first", "within-last"]
)
def test_a_repeated_id_across_chunks_is_the_same_error_as_in_memory(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: int, first: int
) -> None:
    rows = table_rows(30, "dup")
    rows.loc[repeat, "id"] = f"dup-{first}"
    rows.to_csv(tmp_path / "claims.csv", index=False)
    args = ["check", str(tmp_path / "claims.csv"), "--datasets", str(work / "catalog"),
            "--out", str(tmp_path / "out")]  # fmt: skip
    env = {"FIGCHECK_CACHE_DIR": str(work / "cache")}
    whole = CliRunner().invoke(main, args, env=env)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    chunks = CliRunner().invoke(main, args, env=env)
    assert whole.exit_code == chunks.exit_code == 2
    assert chunks.output == whole.output
    assert f"'dup-{first}' is used twice (first at" in chunks.output
    assert not (tmp_path / "out" / "report.json").exists()


@pytest.mark.parametrize(
    ("row", "column", "cell"),
    [(20, "id", "Bad Id"), (9, "value", None)],
    ids=["bad-id", "no-value"],
)
def test_a_bad_row_in_a_later_chunk_is_the_error_of_a_run_in_memory(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, row: int, column: str, cell: Any
) -> None:
    rows = table_rows(30, "bad")
    rows.loc[row, column] = cell
    rows.to_csv(tmp_path / "claims.csv", index=False)
    out = tmp_path / "out"
    args = ["check", str(tmp_path / "claims.csv"), "--datasets", str(work / "catalog"),
            "--out", str(out)]  # fmt: skip
    env = {"FIGCHECK_CACHE_DIR": str(work / "cache")}
    whole = CliRunner().invoke(main, args, env=env)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    chunks = CliRunner().invoke(main, args, env=env)
    assert whole.exit_code == chunks.exit_code == 2
    assert chunks.output == whole.output
    assert f"claims.csv:{row + 2}: {column}:" in chunks.output
    assert [p.name for p in out.iterdir()] == [LOCK_NAME]  # no report, no staging folder


@pytest.mark.parametrize("name", ["junit", "claimreview"])
def test_formats_that_list_every_claim_in_one_tree_are_refused_for_chunks(
    work: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    outcome = CliRunner().invoke(
        main,
        ["check", str(work / "inputs"), "--datasets", str(work / "catalog"),
         "--out", str(work / f"refused-{name}"), "--format", name],
        env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
    )  # fmt: skip
    assert outcome.exit_code == 2
    assert f"--format {name} lists every claim" in outcome.output


# ----------------------------------------------------------------- report.parquet's field list


def leaf_paths(value: Any, prefix: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaf_paths(item, f"{prefix}.{key}" if prefix else key)
    elif value is not None:
        yield prefix


def reports(work: Path) -> Iterator[Report]:
    settings = Settings(catalogs=(work / "catalog",), now=FIXED_NOW)
    plain = run_check([work / "inputs"], settings)
    yield plain
    baseline = report_dict(plain)
    baseline["results"][1]["verdict"] = "supported"
    baseline["results"].append({**baseline["results"][0], "id": "gone"})
    (work / "baseline.json").write_text(json.dumps(baseline))
    yield run_check(
        [work / "inputs"],
        Settings(catalogs=(work / "catalog",), now=FIXED_NOW, baseline=work / "baseline.json"),
    )
    seed = REPO / "expectations"
    yield run_check([seed], Settings(catalogs=(REPO / "datasets",), now=FIXED_NOW))


def test_parquet_rows_are_report_json_results_flattened(work: Path) -> None:
    checked = 0
    for report in reports(work):
        results = report_dict(report)["results"]
        rows = result_table(report).to_pylist()
        assert len(rows) == len(results)
        for result, row in zip(results, rows, strict=True):
            assert set(leaf_paths(result)) <= set(FIELDS), result["id"]
            assert row == flatten_result(result), result["id"]
            checked += 1
    assert checked > 100


def test_flatten_result_joins_keys_and_leaves_absent_ones_null() -> None:
    flat = flatten_result({"id": "a", "reference": {"fx": {"rate": 2.0}}, "vintage": ["x@y"]})
    assert flat["id"] == "a"
    assert flat["reference.fx.rate"] == 2.0
    assert flat["vintage"] == ["x@y"]
    assert flat["reference.value"] is None
    assert list(flat) == FIELDS


def test_an_impossible_date_in_a_later_chunk_is_that_claims_error_as_in_memory(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An unreadable as_of spoils only its claim (issue 11 B2), in chunks as in one piece.
    rows = table_rows(30, "bad")
    rows.loc[17, "as_of"] = "2015-13-45"
    rows.to_csv(tmp_path / "claims.csv", index=False)
    outcomes = whole_and_chunks(work, tmp_path / "claims.csv", monkeypatch)
    assert [code for code, _, _ in outcomes] == [1, 1], outcomes
    results = [{r["id"]: r["verdict"] for r in found or []} for _, _, found in outcomes]
    assert results[0] == results[1]
    assert results[0][rows.loc[17, "id"]] == "error"


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize("published", ["2012-9-3", "2012-02-30", " 2012-09-03"])
def test_a_tables_published_date_is_read_in_chunks_as_in_memory(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: str, suffix: str
) -> None:
    # The date is written as YYYY-MM-DD (as_of and source.published alike), or refused at its
    # line; found only in a later chunk, it is still the table's date.
    rows = table_rows(30, "p")
    rows["source.published"] = None
    rows.loc[25, "source.published"] = published
    table = tmp_path / f"claims{suffix}"
    rows.to_csv(table, index=False) if suffix == ".csv" else rows.to_parquet(table)
    outcomes = whole_and_chunks(work, table, monkeypatch)
    assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize("case", ["surplus", "twice", "short"])
def test_a_malformed_csv_in_chunks_is_the_error_of_a_run_in_memory(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    # A row with more fields than the header is refused at its line, a header naming a
    # column twice at line 1 (chunks read by pandas gave its tokenizer's text, or 'hedge.1').
    table = tmp_path / "claims.csv"
    table_rows(30, "m")[["id", "value", "hedge"]].to_csv(table, index=False)
    lines = table.read_text().splitlines()
    if case == "surplus":
        lines[20] += ",extra"
    elif case == "short":  # mends25: a row of fewer fields was read as empty cells
        lines[20] = lines[20].rsplit(",", 1)[0]
    else:
        lines = [lines[0] + ",hedge", *(line + "," for line in lines[1:])]
    table.write_text("\n".join(lines) + "\n")
    whole, chunks = whole_and_chunks(work, table, monkeypatch)
    assert whole == chunks
    assert chunks[0] == 2
    assert f"claims.csv:{1 if case == 'twice' else 21}: " in chunks[1]


def whole_and_chunks(
    work: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[int, str, list[dict[str, Any]] | None]]:
    """``check --format json`` of one table in memory, then in chunks of 7 rows: the exit code,
    the output (its folder as OUT) and report.json's results (None: no report)."""
    outcomes = []
    for name, size in (("whole", None), ("chunks", 7)):
        if size is not None:
            monkeypatch.setattr(chunked, "CHUNK_ROWS", size)
        out = table.parent / name
        outcome = CliRunner().invoke(
            main,
            ["check", str(table), "--datasets", str(work / "catalog"), "--out", str(out),
             "--format", "json"],
            env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
        )  # fmt: skip
        report = out / "report.json"
        results = (
            json.loads(report.read_text(encoding="utf-8"))["results"] if report.exists() else None
        )
        outcomes.append((outcome.exit_code, outcome.output.replace(str(out), "OUT"), results))
    return outcomes


def _failing_encoder(how: str) -> Any:
    """An encoder that fails in the encoding process (and works in this one)."""
    parent = os.getpid()

    def encode(*args: Any) -> Any:
        if os.getpid() == parent:
            return encode_results(*args)
        if how == "killed":
            os.kill(os.getpid(), signal.SIGKILL)
        raise ValueError("the encoder broke")

    return encode


@pytest.mark.parametrize("how", ["raises", "killed"])
def test_an_encoder_that_fails_in_its_process_is_an_error_and_no_report_is_left(
    work: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("no fork on this system")
    monkeypatch.setattr(spool, "FORK_ENCODER", True)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 7)
    monkeypatch.setattr(spool, "encode_results", _failing_encoder(how))
    out = work / f"broken-encoder-{how}"
    outcome = CliRunner().invoke(
        main,
        ["check", str(work / "inputs"), "--datasets", str(work / "catalog"), "--out", str(out),
         "--format", "json"],
        env={"FIGCHECK_CACHE_DIR": str(work / "cache")},
    )  # fmt: skip
    assert outcome.exit_code == 2, outcome.output
    said = "ValueError: the encoder broke" if how == "raises" else "stopped by signal SIGKILL"
    assert "could not encode the results" in outcome.output
    assert said in outcome.output
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]  # no report, no staging folder


# ------------------------------------------------- edge chunkings (the last chunk is shared out)

#: Inputs (file name, rows of a table or a desk's YAML) and the chunk size: one chunk of a
#: table whose quotes span lines, a last chunk of one row, a table of one row, a desk after
#: the tables (the last chunk is a desk's), a desk with no claims last.
LAYOUTS: dict[str, tuple[list[tuple[str, int | str]], int]] = {
    "one-chunk": ([("claims.csv", 4)], 7),
    "last-of-one": ([("claims.csv", 15)], 7),
    "one-row": ([("claims.csv", 1)], 1),
    "desk-last": ([("claims.csv", 15), ("z-mixed.yaml", MIXED_DESK)], 7),
    "empty-desk-last": ([("claims.csv", 15), ("z-empty.yaml", "claims: []\n")], 7),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("formats", ["json,md,html", "json"])
def test_edge_chunkings_give_the_reports_of_a_run_in_memory(
    work: Path, tmp_path: Path, layout: str, formats: str, caps: str, forks: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    files, size = LAYOUTS[layout]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name, content in files:
        if isinstance(content, int):
            table_rows(content, name[0]).to_csv(inputs / name, index=False)
        else:
            (inputs / name).write_text(content)
    args = ["check", str(inputs), "--datasets", str(work / "catalog"), "--format", formats]
    env = {"FIGCHECK_CACHE_DIR": str(work / "cache")}
    whole = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "whole")], env=env)
    monkeypatch.setattr(chunked, "CHUNK_ROWS", size)
    assert chunked.needs_chunks(sorted(inputs.iterdir()))
    chunks = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "chunks")], env=env)
    assert (chunks.exit_code, chunks.output.replace("chunks", "whole")) == (
        whole.exit_code,
        whole.output,
    )
    assert texts(tmp_path / "chunks") == texts(tmp_path / "whole")


@pytest.mark.parametrize("formats", ["json,md,html", "parquet,md"])
def test_a_table_of_more_blank_lines_than_a_chunk_is_a_run_of_no_claims(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formats: str
) -> None:
    """Review of this stop (older than it): a claims table whose header is followed only by
    blank lines, more of them than a chunk, stopped the chunked run with ``KeyError:
    'verdict'`` (no chunk was checked, so the results had no columns). It is a run of no
    claims, as a run in memory reads it."""
    table = tmp_path / "claims.csv"
    table.write_text("id,value\n" + "\n" * 11)
    env = {"FIGCHECK_CACHE_DIR": str(work / "cache")}

    def run(out: Path) -> Any:
        args = ["check", str(table), "--datasets", str(work / "catalog"), "--out", str(out),
                "--format", formats]  # fmt: skip
        return CliRunner().invoke(main, args, env=env)

    whole = run(tmp_path / "whole")
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 5)
    chunks = run(tmp_path / "chunks")
    assert chunks.exception is None or isinstance(chunks.exception, SystemExit), chunks.exception
    assert whole.exit_code == chunks.exit_code == 0, chunks.output
    assert chunks.output.splitlines()[0] == whole.output.splitlines()[0]
    assert chunks.output.startswith("0 claims:")
