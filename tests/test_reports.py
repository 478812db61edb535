"""report.json follows cli.md exactly; report.md reads as plain words; writes are atomic."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.pipeline import Report
from figcheck.reports import parse_formats, write_reports
from figcheck.reports.json import report_dict
from figcheck.reports.markdown import md_escape, render_markdown
from figcheck.storage.outfolder import LOCK_NAME
from helpers import MIXED_DESK


def test_report_json_has_the_contract_shape(report: Report) -> None:
    data = report_dict(report)
    assert set(data) == {"figcheck", "generated", "inputs", "datasets", "summary", "results"}
    assert data["generated"] == "2026-11-23T12:00:00Z"
    assert data["summary"] == {"supported": 2, "discrepancy": 1, "unverifiable": 2, "error": 1}
    assert data["inputs"][0]["path"].endswith("desk.yaml")
    assert len(data["inputs"][0]["sha256"]) == 64
    (dataset,) = [d for d in data["datasets"] if d["name"] == "gdp"]
    assert {"name", "sha256", "retrieved", "source", "validated"} <= set(dataset)
    assert dataset["validated"] is None  # the test dataset has no suite
    results = {r["id"]: r for r in data["results"]}
    assert [r["id"] for r in data["results"]] == ["ok", "off", "open", "none", "bad", "inject"]
    ok = results["ok"]
    for key in (
        "id",
        "file",
        "line",
        "quote",
        "verdict",
        "claimed",
        "expected",
        "reference",
        "deviation",
        "message",
    ):
        assert key in ok
    assert ok["claimed"] == {"value": 60e12, "unit": "USD"}
    # "60" is read as rounded to its last non-zero digit: one step is 10 trillion.
    assert ok["expected"] == {"min": 55e12, "max": 65e12, "unit": "USD", "basis": "rounding"}
    assert ok["reference"]["value"] == 60e12
    assert ok["reference"]["dataset"] == "gdp"
    assert ok["reference"]["rows"] == 1
    assert ok["deviation"] == 0
    off = results["off"]
    assert off["verdict"] == "discrepancy"
    assert off["expected"]["basis"] == "hedge"
    assert off["deviation"] == pytest.approx(-5 / 60)
    assert results["open"]["expected"]["max"] is None  # an open side is null, never Infinity
    assert results["none"]["reference"] is None
    assert results["none"]["deviation"] is None
    assert "change" not in ok  # only with --baseline


def test_report_json_is_valid_strict_json_and_deterministic(
    write_desk: Callable[..., Path],
    check: Callable[..., Report],
    catalog_dir: Path,
    tmp_path: Path,
) -> None:
    desk = write_desk(MIXED_DESK)
    first = check([desk], catalog_dir)
    second = check([desk], catalog_dir)
    out1, out2 = tmp_path / "r1", tmp_path / "r2"
    write_reports(first, out1, ("json", "md"))
    write_reports(second, out2, ("json", "md"))
    text1 = (out1 / "report.json").read_text()
    assert text1 == (out2 / "report.json").read_text()
    assert (out1 / "report.md").read_text() == (out2 / "report.md").read_text()

    def refuse(token: str) -> Any:
        raise ValueError(token)

    json.loads(text1, parse_constant=refuse)  # no NaN or Infinity anywhere


def test_markdown_puts_the_summary_first_and_explains_discrepancies(report: Report) -> None:
    text = render_markdown(report)
    lines = text.splitlines()
    assert lines[0] == "# figcheck report"
    assert lines[2].startswith("**1 discrepancy, 1 error, 2 supported, 2 unverifiable**")
    assert text.index("## Discrepancies") < text.index("## Errors") < text.index("## Supported")
    assert (
        "The article says about US$55 trillion; Test GDP gives US$60 trillion, 9.1% higher." in text
    )


def test_untrusted_quotes_are_inert_in_markdown(report: Report) -> None:
    text = render_markdown(report)
    ours = re.sub(r"</?(details|summary|code)>", "", text)  # the only tags report.md writes
    assert not re.search(r"(?<!\\)<", ours)  # every other < is escaped, so no tag can open
    assert "\\<script\\>" in text
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("homicides_inegi") == "homicides_inegi"
    assert md_escape("_x_") == "\\_x\\_"


def test_writes_are_atomic_and_leave_nothing_behind(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_reports(report, out, ("json", "md"))
    before = (out / "report.json").read_bytes()

    def broken(_: Report) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("figcheck.reports.markdown.render_markdown", broken)
    with pytest.raises(RuntimeError):
        write_reports(report, out, ("json", "md"))
    assert (out / "report.json").read_bytes() == before  # nothing is written until all render
    left = sorted(p.name for p in out.iterdir())
    assert left == [LOCK_NAME, "report.json", "report.md"]  # the lock file stays, empty


def test_markdown_folds_each_discrepancy_for_a_pull_request_comment(report: Report) -> None:
    text = render_markdown(report)
    assert text.index("| verdict | claims |") < text.index("<details>")
    assert text.count("<details>") == text.count("</details>") == 2  # 1 discrepancy + 1 error
    assert "<summary><code>" in text


def test_format_names() -> None:
    assert parse_formats(None) == ("json", "md", "html")
    assert parse_formats("md") == ("json", "md")
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        parse_formats("json,pdf")


@pytest.mark.parametrize("given", ["", " ", ",", " , "])
def test_a_format_option_that_names_no_format_is_a_usage_error(given: str) -> None:
    """hostile26 noticed: `--format ""` quietly wrote the default set."""
    with pytest.raises(ValueError, match="--format names no report format"):
        parse_formats(given)


def test_large_reports_stream_compact_json_with_the_same_content(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import figcheck.reports.json as writer

    monkeypatch.setattr(writer, "INDENT_UP_TO", 2)
    monkeypatch.setattr(writer, "CHUNK", 4)
    compact = writer.render_json(report)
    assert json.loads(compact) == report_dict(report)
    assert compact.count("\n") == len(report.findings) + 2  # one result a line


@given(st.lists(st.one_of(st.none(), st.text()), max_size=20))
def test_json_strings_round_trip_any_text(texts: list[str | None]) -> None:
    from figcheck.reports.fields import Kind, json_cells, text_cells

    whole = pa.array(texts, type=pa.string())
    for cells in (text_cells(np.array(texts, dtype=object)), whole):  # distinct, or every one
        encoded = pc.fill_null(json_cells(Kind.TEXT, cells), "null").to_pylist()
        assert [json.loads(e) for e in encoded] == texts


@given(st.lists(st.one_of(st.none(), st.sampled_from(["a", 'say "so"', "ü\n", ""])), max_size=20))
def test_json_strings_of_a_categorical_column(texts: list[str | None]) -> None:
    """Messages are a Categorical: only the categories a chunk uses are encoded."""
    from figcheck.reports.fields import Kind, json_cells, text_cells

    column = pd.Series(pd.Categorical(texts, categories=["unused", "a", 'say "so"', "ü\n", ""]))
    for part in (column, column.iloc[len(texts) // 2 :]):
        cells = text_cells(part)
        assert "unused" not in cells.dictionary.to_pylist()
        encoded = pc.fill_null(json_cells(Kind.TEXT, cells), "null").to_pylist()
        assert [json.loads(e) for e in encoded] == part.astype(object).where(
            part.notna(), None
        ).tolist()


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=20))
def test_json_numbers_round_trip_and_non_finite_is_null(values: list[float]) -> None:
    from figcheck.reports.fields import Kind, json_cells

    array = np.array(values, dtype=float)
    cells = pa.array(array, type=pa.float64(), mask=~np.isfinite(array))
    encoded = pc.fill_null(json_cells(Kind.NUMBER, cells), "null").to_pylist()
    assert [json.loads(e) for e in encoded] == [v if math.isfinite(v) else None for v in values]
