"""Hostile desks and claims tables (issue 11 B1–B4, B9): a clear error or verdict, never a
traceback, a hang or a silent wrong verdict. The cases are in ``hostile_cases.py``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.errors import FigcheckError, InputError
from figcheck.inputs.reading import read_input
from figcheck.limits import LIMITS, MAX_DESK_BYTES, LimitError
from figcheck.pipeline import Report
from helpers import check_paths, make_dataset, make_test_catalog, result
from hostile_cases import CASES, OK_CLAIM, SOURCE, Case


def _run(case: Case, tmp_path: Path) -> Report:
    catalog = make_test_catalog(tmp_path / "catalog")
    if case.dataset_unit:
        make_dataset(catalog, "odd", "year,v\n2009,5\n", [
            {"name": "year", "type": "integer"},
            {"name": "v", "type": "number", "unit": case.dataset_unit},
        ])  # fmt: skip
    path = tmp_path / f"desk{case.suffix}"
    path.write_bytes(case.encoded())
    return check_paths([path], [catalog], tmp_path / "work")


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}:{c.id}" for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a RuntimeWarning would reach a user's stderr
        if case.kind == "stop":
            with pytest.raises(case.error) as caught:
                _run(case, tmp_path)
            message = str(caught.value)
            assert case.words in message
            assert len(message) < 2000  # a long input is never echoed whole
            assert f"desk{case.suffix}" in message
            if case.line is not None:
                assert caught.value.line == case.line, message
            return
        report = _run(case, tmp_path)
    found = result(report, "bad")
    assert found["verdict"] == case.verdict, found["message"]
    assert case.words in str(found["message"])
    assert len(str(found["message"])) < 2000  # a long input is never echoed whole
    assert result(report, "ok")["verdict"] == "supported"


def test_each_group_has_several_cases() -> None:
    groups: dict[str, int] = {}
    for case in CASES:
        groups[case.group] = groups.get(case.group, 0) + 1
    assert min(groups.values()) >= 3, groups


@pytest.mark.parametrize("length", [2, 10_000], ids=["short", "10k"])
def test_long_take_reference_chain_resolves(tmp_path: Path, length: int) -> None:
    """Each claim takes the reference of the one before: resolved iteratively, all supported."""
    lines = [SOURCE, "claims:\n", OK_CLAIM]
    previous = "ok"
    for i in range(length):
        lines.append(
            f"  - {{id: c{i}, value: 60 trillion USD, reference: {{expr: a, terms: "
            f"{{a: {{claim: {previous}, take: reference}}}}}}}}\n"
        )
        previous = f"c{i}"
    catalog = make_test_catalog(tmp_path / "catalog")
    path = tmp_path / "chain.yaml"
    path.write_text("".join(lines))
    report = check_paths([path], [catalog], tmp_path / "work")
    assert set(report.findings["verdict"]) == {"supported"}


def test_take_reference_cycle_in_long_chain_is_an_error(tmp_path: Path) -> None:
    lines = [SOURCE, "claims:\n", OK_CLAIM]
    n = 3000
    for i in range(n):
        lines.append(
            f"  - {{id: c{i}, value: 5 USD, reference: {{expr: a, terms: "
            f"{{a: {{claim: c{(i + 1) % n}, take: reference}}}}}}}}\n"
        )
    catalog = make_test_catalog(tmp_path / "catalog")
    path = tmp_path / "cycle.yaml"
    path.write_text("".join(lines))
    findings = check_paths([path], [catalog], tmp_path / "work").findings
    cycle = findings[findings["id"] != "ok"]
    assert set(cycle["verdict"]) == {"error"}
    assert cycle["message"].str.contains("cycle").all()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_desk_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "desk.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file \\(a FIFO\\)"):
        read_input(fifo)
    outcome = CliRunner().invoke(main, ["check", str(fifo), "--out", str(tmp_path / "out")])
    assert outcome.exit_code == 2
    assert "not a regular file" in outcome.output
    assert "Traceback" not in outcome.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--out", ""], "--out"),
        (["--cache-dir", ""], "--cache-dir"),
    ],
    ids=["out-empty", "cache-dir-empty"],
)
def test_empty_output_options_are_usage_errors(tmp_path: Path, args: list[str], words: str) -> None:
    desk = tmp_path / "d.yaml"
    desk.write_text(SOURCE + "claims: []\n")
    outcome = CliRunner().invoke(main, ["check", str(desk), *args])
    assert outcome.exit_code == 2
    assert words in outcome.output
    assert "Traceback" not in outcome.output


def test_desk_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: costs no disk and is never read
        handle.truncate(MAX_DESK_BYTES.value + 1)
    with pytest.raises(LimitError) as caught:
        read_input(path)
    assert caught.value.limit is MAX_DESK_BYTES
    assert "desk size limit" in str(caught.value)


def test_every_limit_is_documented() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "limits.md").read_text()
    for limit in LIMITS:
        assert limit.name in text, limit.name
        assert f"{limit.value:,}" in text, limit.name


@pytest.mark.parametrize("fmt", ["json", "html", "md", "junit", "claimreview"])
def test_lone_surrogate_in_a_quote_reaches_no_writer_as_a_crash(tmp_path: Path, fmt: str) -> None:
    """The C YAML parser refuses ``"\\ud800"``; a claims frame built in Python can still hold one."""
    from figcheck.data.catalog import discover_catalog
    from figcheck.model.claims import COLUMNS, Desk, Source
    from figcheck.pipeline import Settings, check_desk
    from figcheck.reports import write_reports

    row = dict.fromkeys(COLUMNS)
    row.update(id="s", file="x.yaml", line=1, quote="bad \ud800 text \udfff", value="5 people",
               kind="none", source=0, as_published=False)  # fmt: skip
    frame = pd.DataFrame([row], columns=list(COLUMNS), dtype=object)  # Arrow refuses surrogates
    desk = Desk(frame, [Source(path="x.yaml", title="t")])
    catalog = make_test_catalog(tmp_path / "catalog")
    settings = Settings(catalogs=(catalog,), cache_dir=tmp_path / "cache")
    report = check_desk(desk, discover_catalog([catalog]), settings)
    written = write_reports(report, tmp_path / "out", tuple(dict.fromkeys(("json", fmt))))
    for path in written:
        path.read_bytes().decode("utf-8")  # well-formed UTF-8 on disk


def test_yaml_desk_with_escaped_surrogate_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text('claims:\n  - {id: a, value: 5, quote: "\\ud800"}\n')
    catalog = make_test_catalog(tmp_path / "catalog")
    if getattr(yaml, "__with_libyaml__", False):
        with pytest.raises(FigcheckError, match=r"s\.yaml:2"):
            check_paths([path], [catalog], tmp_path / "work")
    else:  # the pure-Python parser reads it: the reports must still be writable
        assert isinstance(check_paths([path], [catalog], tmp_path / "work").findings, pd.DataFrame)


@pytest.mark.parametrize("option", ["--out", "--cache-dir"])
@pytest.mark.parametrize("link", ["dangling", "loop", "under-loop"])
def test_an_output_folder_that_is_a_broken_link_is_a_usage_error(
    tmp_path: Path, option: str, link: str
) -> None:
    """hostile23: a dangling or looping symbolic link as --out said only "cannot create the
    folder: File exists" (mkdir's words), and as --cache-dir was silently not written."""
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere" / "reports")
    (tmp_path / "loop").symlink_to(tmp_path / "loop-2")
    (tmp_path / "loop-2").symlink_to(tmp_path / "loop")
    folder = {"dangling": "dangling", "loop": "loop", "under-loop": "loop/reports"}[link]
    desk = tmp_path / "d.yaml"
    desk.write_text(SOURCE + "claims: []\n")
    outcome = CliRunner().invoke(main, ["check", str(desk), option, str(tmp_path / folder)])
    assert outcome.exit_code == 2, outcome.output
    assert f"{option}: " in outcome.output
    assert "symbolic link that leads to no folder" in outcome.output
    assert "Traceback" not in outcome.output


def _parquet_columns(kind: str) -> dict[str, Any]:
    import pyarrow as pa

    base: dict[str, Any] = {
        "id": ["ok", "bad"], "value": ["60 trillion USD", "5 USD"],
        "reference.dataset": ["gdp", "gdp"], "reference.where.country": ["WLD", "WLD"],
        "reference.where.year": [2009, 2009],
    }  # fmt: skip
    changes: dict[str, dict[str, Any]] = {
        "year-list": {"reference.where.year": [[2009], [2009, 2010]]},
        "year-struct": {"reference.where.year": [{"a": 1}, {"a": 2}]},
        "year-bytes": {"reference.where.year": [b"2009", b"\xff"]},
        "quote-bytes": {"quote": [b"\x00\xff", b"x"]},
        "title-list": {"source.title": [["a"], ["b"]]},
        "note-duration": {"note": pa.array([1, 2], pa.duration("s"))},
        "id-integers": {"id": [1, 2]},
        "aggregate-integers": {"reference.aggregate": [1, 2]},
    }
    return {**base, **changes[kind]}


#: hostile23: Parquet columns of the wrong Arrow type crashed the engine or a report writer with
#: a traceback (lists, structs, bytes), or were quoted as numpy reprs (``np.int64(1)``).
PARQUET_REFUSED = {
    "year-list": ("reference.where.year", "holds lists"),
    "year-struct": ("reference.where.year", "holds mappings (structs)"),
    "year-bytes": ("reference.where.year", "holds bytes"),
    "quote-bytes": ("quote", "holds bytes"),
    "title-list": ("source.title", "holds lists"),
    "note-duration": ("note", "holds durations"),
    "aggregate-integers": ("reference.aggregate", "unknown aggregate '1'"),
}


@pytest.mark.parametrize("kind", sorted(PARQUET_REFUSED))
def test_a_parquet_column_of_the_wrong_type_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "claims.parquet"
    pq.write_table(pa.table(_parquet_columns(kind)), path)
    catalog = make_test_catalog(tmp_path / "catalog")
    outcome = CliRunner().invoke(
        main, ["check", str(path), "--datasets", str(catalog), "--out", str(tmp_path / "out"),
               "--cache-dir", str(tmp_path / "cache")],
    )  # fmt: skip
    key, words = PARQUET_REFUSED[kind]
    assert outcome.exit_code == 2, outcome.output
    assert f"claims.parquet:1: {key}: " in outcome.output
    assert words in outcome.output
    assert "Traceback" not in outcome.output


def test_a_parquet_column_of_integer_ids_reads_as_text(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "claims.parquet"
    pq.write_table(pa.table(_parquet_columns("id-integers")), path)
    catalog = make_test_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    outcome = CliRunner().invoke(
        main, ["check", str(path), "--datasets", str(catalog), "--out", str(out),
               "--format", "json,md,html,junit,claimreview", "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert outcome.exit_code == 1, outcome.output  # "2" claims US$5: a discrepancy
    ids = [r["id"] for r in json.loads((out / "report.json").read_text())["results"]]
    assert sorted(ids) == ["1", "2"]


def _figcheck_within(seconds: float, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process that is killed after ``seconds``: a hang fails the test
    instead of stopping the suite."""
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args], capture_output=True, text=True,
        timeout=seconds, check=False,
    )  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("text", ["fifo", "/dev/zero"])
def test_an_article_text_that_is_no_file_is_unreadable_not_a_hang(
    tmp_path: Path, text: str
) -> None:
    """hostile23: `source.text: fifo` blocked `check` for ever, and `/dev/zero` read without
    end (memory grew until the run was killed): the article is read as desks are."""
    os.mkfifo(tmp_path / "fifo")
    desk = tmp_path / "d.yaml"
    desk.write_text(f"source: {{title: T, published: 2012-09-03, text: {text}}}\n" + "claims:\n"
                    + OK_CLAIM)  # fmt: skip
    catalog = make_test_catalog(tmp_path / "catalog")
    done = _figcheck_within(
        90, "check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "out"),
        "--cache-dir", str(tmp_path / "cache"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    coverage = json.loads((tmp_path / "out" / "report.json").read_text())["coverage"][0]
    assert coverage["status"] == "unreadable"
    # mends25: /dev/zero is outside the desk's folder, and no longer read at all
    assert ("not a regular file" if text == "fifo" else "absolute path") in coverage["problem"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_extract_of_a_fifo_is_refused_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    done = _figcheck_within(60, "extract", str(tmp_path / "article.txt"))
    assert done.returncode == 2
    assert "not a regular file (a FIFO)" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("baseline", ["fifo", "/dev/zero"])
def test_a_baseline_that_is_no_file_is_refused_not_a_hang(tmp_path: Path, baseline: str) -> None:
    """Review: `--baseline FIFO` blocked for ever and `--baseline /dev/zero` read until memory
    ran out; a baseline is refused as other special files are."""
    os.mkfifo(tmp_path / "fifo")
    desk = tmp_path / "d.yaml"
    desk.write_text("source: {title: T, published: 2012-09-03}\nclaims:\n" + OK_CLAIM)
    catalog = make_test_catalog(tmp_path / "catalog")
    path = str(tmp_path / baseline) if baseline == "fifo" else baseline
    done = _figcheck_within(
        60, "check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "out"),
        "--cache-dir", str(tmp_path / "cache"), "--baseline", path,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_months_before_the_year_1_are_before_every_period() -> None:
    """hostile26: a window of last: 10000 months from a month of the year 800 ran below the
    year 1 (dt.date refused it: a traceback); it starts before every period instead."""
    import datetime as dt

    from figcheck.model.ranks import months_earlier

    assert months_earlier(dt.date(2022, 6, 1), 12) == dt.date(2021, 6, 1)
    assert months_earlier(dt.date(800, 6, 1), 10_000) == dt.date.min
    assert months_earlier(dt.date(1, 3, 1), 2) == dt.date(1, 1, 1)


def test_a_rank_over_10000_months_on_a_monthly_series_is_an_error_not_a_crash(
    tmp_path: Path,
) -> None:
    """hostile26 campaign: rank.last 10**30 on us-cpi-u was an OverflowError traceback."""
    from click.testing import CliRunner

    from figcheck.cli import main
    from helpers import BUNDLED

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n  - {id: r, value: 1, reference: {dataset: us-cpi-u, column: Index, rank: "
        "{by: Date, at: 2022-06, last: 1000000000000000000000000000000}}}\n"
    )
    out = CliRunner().invoke(
        main,
        ["check", str(desk), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")],
        env={"FIGCHECK_BUNDLED_DATASETS": str(BUNDLED)},
    )
    assert out.exit_code == 1, out.output
    assert "Traceback" not in out.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert "at most 10,000" in report["results"][0]["message"]


def test_extract_of_a_number_of_9001_digits_with_commas_is_no_crash(tmp_path: Path) -> None:
    """hostile26 campaign: a figure printed with 3,000 thousands groups was int()'s 4,300-digit
    ValueError (a traceback) while the draft printed it with commas."""
    from click.testing import CliRunner

    from figcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text("T\nJuly 13, 2022\n\nSome 1" + ",000" * 3000 + " people.\n")
    out = CliRunner().invoke(main, ["extract", str(article), "--out", str(tmp_path / "d.yaml")])
    assert out.exit_code == 0, out.output
    assert "Traceback" not in out.output


def test_draft_ids_of_12000_figures_on_one_line_are_not_quadratic() -> None:
    """hostile26 campaign: "10 10 10 …" 12,000 times on a line: each id was found by counting
    up from 1 through every earlier one (72 million tries, over 30 s)."""
    import time
    from types import SimpleNamespace

    from figcheck.draft.drafting import _ids

    mentions: Any = [SimpleNamespace(text="10", line=3)] * 12_000
    mentions += [SimpleNamespace(text="10 2", line=3), SimpleNamespace(text="10", line=3)]
    start = time.perf_counter()
    ids = _ids(mentions)
    assert time.perf_counter() - start < 2
    assert ids[:3] == ["l3-10", "l3-10-2", "l3-10-3"]
    assert len(set(ids)) == len(ids)
    assert ids[-2] == "l3-10-2-2"  # the text "10 2" meets the second "10"'s id
    assert ids[-1] == "l3-10-12001"


@pytest.mark.parametrize("twice", ["same-path", "file-and-its-folder", "dot-path"])
def test_one_desk_named_twice_is_read_once(tmp_path: Path, twice: str) -> None:
    """hostile26: `check a.yaml a.yaml` stopped with "claim id 'ok' is used twice (first at
    a.yaml:3)", a puzzle: the file is read once."""
    from click.testing import CliRunner

    from figcheck.cli import main
    from helpers import make_test_catalog

    catalog = make_test_catalog(tmp_path / "catalog")
    desk = tmp_path / "desks" / "a.yaml"
    desk.parent.mkdir()
    desk.write_text("claims:\n" + OK_CLAIM)
    paths = {
        "same-path": [desk, desk],
        "file-and-its-folder": [desk, desk.parent],
        "dot-path": [desk, desk.parent / "." / "a.yaml"],
    }[twice]
    out = CliRunner().invoke(
        main,
        ["check", *map(str, paths), "--datasets", str(catalog), "--out", str(tmp_path / "out"),
         "--cache-dir", str(tmp_path / "cache")],
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    assert "1 claims: 1 supported" in out.stdout


def test_an_articles_folder_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    """hostile26: a mistyped --articles folder was accepted without a word (no coverage)."""
    from click.testing import CliRunner

    from figcheck.cli import main

    out = CliRunner().invoke(main, ["check", "--articles", str(tmp_path / "nope")])
    assert out.exit_code == 2
    assert "does not exist" in out.output
