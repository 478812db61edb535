"""Hostile text in outputs: junit stays well-formed XML, report.md stays inert under a CommonMark
renderer with raw HTML on, and a crafted baseline is refused or set aside, never a traceback."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from figcheck.check.baseline import clean_baseline, read_baseline
from figcheck.cli import main
from figcheck.errors import UsageError
from figcheck.pipeline import Report
from figcheck.reports.junit import render_junit
from figcheck.reports.markdown import md_code, md_link, render_markdown
from helpers import BASELINE_DESK, MIXED_DESK, check_paths

#: The only tags report.md's template writes (and the renderer's own for Markdown syntax).
TEMPLATE_TAGS = {
    "details", "summary", "code", "p", "h1", "h2", "ul", "li", "strong", "em", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "a", "br", "hr",
}  # fmt: skip

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "`` <b>x</b> ``",
    "` <b onmouseover=alert(1)>x</b>",
    "</summary></details><script>x</script>",
    "a\n\n<iframe src=//evil>",
    '"><svg onload=alert(1)>',
    "[x]: javascript:alert(1)\n[x]",
    "&lt;script&gt; &#60;img src=x onerror=y&#62;",
    "\\<b>escaped?</b>",
    "<!-- comment --> <?php ?> <![CDATA[x]]>",
    "| cell | <b>x</b> |",
]


class _Audit(HTMLParser):
    """Every tag and attribute in rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]

    def handle_comment(self, data: str) -> None:
        self.other.append("comment")

    def handle_pi(self, data: str) -> None:
        self.other.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.other.append("declaration")


def assert_inert(markdown: str) -> None:
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    audit = _Audit()
    audit.feed(rendered)
    assert set(audit.tags) <= TEMPLATE_TAGS, rendered
    assert not audit.other, rendered
    for tag, name, value in audit.attributes:
        if tag in ("th", "td") and name == "style":  # the template's right-aligned columns
            assert value == "text-align:right", rendered
            continue
        assert (tag, name) == ("a", "href"), rendered
        assert value is not None, rendered
        assert value.lower().startswith(("http://", "https://")), rendered


@pytest.fixture
def hostile_report(
    write_desk: Callable[..., Path], check: Callable[..., Report], catalog_dir: Path
) -> Report:
    return check([write_desk(MIXED_DESK)], catalog_dir)


def _poison(report: Report, text: str) -> Report:
    findings = report.findings
    for column in ("id", "quote", "message", "note", "reference_detail", "file"):
        findings[column] = [f"{text} {i}" for i in range(len(findings))]
    findings["dataset"] = [("gdp",)] * len(findings)
    report.notes = [text]
    use = report.datasets[0] if report.datasets else None
    if use is not None:
        use.dataset.title = text
        use.dataset.source_url = text
        use.dataset.retrieved = text
        report.datasets[0] = replace(use, problem=text)
    report.inputs = [(text, "0" * 64)]
    return report


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_report_md_is_inert_for_hostile_text(hostile_report: Report, text: str) -> None:
    assert_inert(render_markdown(_poison(hostile_report, text)))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(list("<>&\"'`[]()!:/\\|*_#=\n -;x"))
        | st.sampled_from(["javascript:", "<script>", "onerror=", "<a href=", "&#60;", "<!--"]),
        max_size=25,
    ).map("".join)
)
def test_report_md_is_inert_for_any_text(hostile_report: Report, text: str) -> None:
    assert_inert(render_markdown(_poison(hostile_report, text)))


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a_(b)", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("https://a/ b", False),
        ("https://a/\x00", False),
        ("vbscript:x", False),
    ],
    ids=["http-parens", "upper", "js", "js-case", "data", "protocol-relative", "space", "nul",
         "vbscript"],
)  # fmt: skip
def test_only_http_links(url: str, linked: bool) -> None:
    text = md_link("title", url)
    assert text.startswith("[title](") is linked
    assert_inert(text)


def test_code_spans_cannot_be_closed_early() -> None:
    for text in ["a`b", "``<b>x</b>``", "`", "a ` <script>"]:
        span = md_code(text)
        rendered = MarkdownIt("commonmark", {"html": True}).renderInline(span)
        assert rendered.startswith("<code>")
        assert rendered.endswith("</code>")
        assert "<b>" not in rendered
        assert "<script>" not in rendered


@pytest.mark.parametrize(
    "quote",
    ["form\x0cfeed", "nul\x00byte", "escape\x1b[31mred", "lone\ud800surrogate", "bell\x07",
     "not\ufffechar", "vt\x0btab", "del\x7fok"],
    ids=["formfeed", "nul", "escape", "surrogate", "bell", "fffe", "vtab", "del"],
)  # fmt: skip
def test_junit_is_well_formed_whatever_the_quote(hostile_report: Report, quote: str) -> None:
    n = len(hostile_report.findings)  # object columns: arrow strings cannot hold a surrogate
    hostile_report.findings["quote"] = pd.Series([quote] * n, dtype=object)
    hostile_report.findings["message"] = pd.Series([quote] * n, dtype=object)
    hostile_report.findings["id"] = pd.Series([f"{quote}{i}" for i in range(n)], dtype=object)
    text = render_junit(hostile_report)
    root = ET.fromstring(text.encode("utf-8"))  # raises on anything not well-formed
    assert root.tag == "testsuites"
    assert "\ufffd" in text or quote.isprintable() or "\x7f" in quote


BASELINES = {
    "nan-reference": '{"results": [{"id": "gdp-2009", "verdict": "discrepancy", '
    '"reference": {"value": NaN}}]}',
    "sha-number": '{"results": [{"id": "gdp-2008", "verdict": "supported", "vintage": '
    '["gdp@2026-11-01"]}], "datasets": [{"name": "gdp", "sha256": 5}]}',
    "reference-string": '{"results": [{"id": "gdp-2008", "verdict": "supported", '
    '"reference": "x"}]}',
    "id-list": '{"results": [{"id": ["a"], "verdict": "supported"}]}',
    "verdict-number": '{"results": [{"id": "gdp-2008", "verdict": 5}]}',
    "vintage-string": '{"results": [{"id": "gdp-2008", "verdict": "supported", '
    '"vintage": "gdp@1"}]}',
    "inputs-string": '{"results": [], "inputs": "x"}',
    "datasets-object": '{"results": [], "datasets": {"name": "gdp"}}',
    "generated-list": '{"generated": [1], "results": []}',
    "result-deep": '{"results": [{"id": "x", "verdict": "error", "x": '
    + "[" * 200
    + "]" * 200
    + "}]}",
    "removed-html": '{"results": [{"id": "<script>x</script>", "verdict": "error"}]}',
    "infinity-elsewhere": '{"results": [{"id": "gone", "verdict": "error", "x": Infinity}]}',
    # hostile26: a list or an object is no verdict (it was looked up in a set: a traceback)
    "verdict-list": '{"results": [{"id": "gdp-2009", "verdict": [1, 2]}]}',
    "verdict-object": '{"results": [{"id": "gdp-2009", "verdict": {"a": 1}}]}',
}


@pytest.mark.parametrize(("case", "text"), BASELINES.items(), ids=BASELINES.keys())
def test_a_crafted_baseline_is_set_aside_with_a_warning(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path, case: str, text: str
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(text)
    desk = write_desk(BASELINE_DESK)
    report = check_paths([desk], [catalog_dir], tmp_path, baseline=baseline)
    assert report.comparison is not None
    assert_inert(render_markdown(report))
    out = CliRunner().invoke(
        main,
        ["check", str(desk), "--datasets", str(catalog_dir), "--baseline", str(baseline),
         "--out", str(tmp_path / "out"), "--format", "json,md,html,junit",
         "--cache-dir", str(tmp_path / "cache")],
    )  # fmt: skip
    assert out.exit_code in (0, 1), out.output
    assert "Traceback" not in out.output
    json.loads((tmp_path / "out" / "report.json").read_text(), parse_constant=_refuse_constant)
    if case not in ("removed-html", "result-deep"):  # those two are well-formed
        assert "figcheck: warning: --baseline:" in out.stderr


def _refuse_constant(name: str) -> None:
    raise AssertionError(f"report.json holds {name}")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"results": {}}', "no 'results'"),
        ("[1]", "no 'results'"),
        ("{", "not a readable report.json"),
        ('{"results": [], "n": ' + "9" * 5000 + "}", "number of digits limit"),
        ('{"results": [{"id": "a", "verdict": "error", "x": -' + "1" * 4301 + "}]}", "digits"),
    ],
    ids=["deep", "results-object", "list", "broken", "int-5000-digits", "int-negative"],
)
def test_an_unusable_baseline_is_an_input_error(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(text)
    with pytest.raises(UsageError, match=words):
        read_baseline(path)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc on this system")
def test_a_baseline_is_read_with_a_bound_whatever_its_size_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mends26: a baseline was read whole, with no bound at all (a /proc file says size 0);
    it is read once through storage.regular.read_regular, up to MAX_BASELINE_BYTES."""
    monkeypatch.setattr("figcheck.check.baseline.MAX_BASELINE_BYTES", 64, raising=False)
    path = tmp_path / "baseline.json"
    path.symlink_to("/proc/self/status")
    with pytest.raises(UsageError, match=r"baseline\.json: more than 64 bytes, over the limit"):
        read_baseline(path)
    big = tmp_path / "big.json"
    big.write_text('{"results": []}' + " " * 100)
    with pytest.raises(UsageError, match=r"big\.json: 115 bytes, over the limit of 64 bytes"):
        read_baseline(big)


@pytest.mark.parametrize(
    ("make", "words"),
    [("folder", "a folder, not a report.json"), ("missing", "no such baseline report")],
)
def test_a_baseline_that_is_no_file_says_so(tmp_path: Path, make: str, words: str) -> None:
    path = tmp_path / "baseline.json"
    if make == "folder":
        path.mkdir()
    with pytest.raises(UsageError, match=f"baseline\\.json: {words}"):
        read_baseline(path)


def test_a_baseline_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Editors on Windows save JSON with a BOM; descriptors were read with it, baselines not."""
    path = tmp_path / "baseline.json"
    path.write_text('\ufeff{"results": []}', encoding="utf-8")
    assert read_baseline(path) == {"results": []}


def test_clean_baseline_keeps_good_entries_and_says_why_others_went() -> None:
    clean, aside = clean_baseline(
        {"results": [{"id": "a", "verdict": "error"}, {"id": "b", "verdict": "maybe"}, 7],
         "datasets": [{"name": "d", "sha256": "ab", "retrieved": None}, {"name": 1}]}
    )  # fmt: skip
    assert [r["id"] for r in clean["results"]] == ["a"]
    assert clean["datasets"] == [{"name": "d", "sha256": "ab", "retrieved": None}]
    assert aside == [
        "results[1] set aside: 'verdict' is not one of supported, discrepancy, unverifiable, error",
        "results[2] set aside: a int, not an object",
        "datasets[1] set aside: name, sha256, retrieved must be text",
    ]


def _cli(*args: str, tmp_path: Path) -> Any:
    return CliRunner().invoke(main, [*args, "--cache-dir", str(tmp_path / "cache")])


def test_recheck_with_format_parquet_keeps_its_own_report_as_the_baseline(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    """hostile26: report.json of a --format parquet run names report.parquet instead of holding
    the results, and was refused as a baseline ("no 'results'"): recheck --format parquet set its
    own last report aside as damaged (report.json.bad) at every run and never had a baseline."""
    desk = write_desk(BASELINE_DESK)
    out = tmp_path / "out"
    args = ["recheck", str(desk), "--datasets", str(catalog_dir), "--out", str(out),
            "--no-refresh", "--format", "parquet"]  # fmt: skip
    assert _cli(*args, tmp_path=tmp_path).exit_code == 1
    second = _cli(*args, tmp_path=tmp_path)
    assert second.exit_code == 0, second.output  # the discrepancy is not new
    assert "0 changed, 0 new, 0 removed, 3 unchanged" in second.stdout
    assert "warning" not in second.stderr
    assert not (out / "report.json.bad").exists()


def test_check_against_a_parquet_baseline_finds_the_removed_and_changed(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    first = _cli("check", str(write_desk(BASELINE_DESK)), "--datasets", str(catalog_dir),
                 "--out", str(tmp_path / "first"), "--format", "parquet", tmp_path=tmp_path)  # fmt: skip
    assert first.exit_code == 1
    edited = BASELINE_DESK.replace("value: 55 trillion USD", "value: 50 trillion USD")
    edited = "\n".join(line for line in edited.splitlines() if "id: deaths" not in line)
    second = _cli("check", str(write_desk(edited, "b.yaml")), "--datasets", str(catalog_dir),
                  "--out", str(tmp_path / "second"), "--format", "json,md,html,junit",
                  "--baseline", str(tmp_path / "first" / "report.json"), tmp_path=tmp_path)  # fmt: skip
    assert second.exit_code == 0, second.output
    assert "1 changed, 0 new, 1 removed, 1 unchanged" in second.stdout


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../outside.parquet", "'results_file' must name a .parquet file beside it"),
        ("/etc/passwd", "'results_file' must name a .parquet file beside it"),
        (5, "'results_file' must name a .parquet file beside it"),
        ("missing.parquet", "no such file"),
        ("damaged.parquet", "not a readable report.parquet"),
        ("folder.parquet", "not a regular file (a folder)"),
    ],
)
def test_a_crafted_results_file_is_a_usage_error(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path, name: object, words: str
) -> None:
    (tmp_path / "damaged.parquet").write_bytes(b"PAR1" + bytes(100))
    (tmp_path / "folder.parquet").mkdir()
    baseline = tmp_path / "report.json"
    baseline.write_text(json.dumps({"results_file": name}))
    out = _cli("check", str(write_desk(BASELINE_DESK)), "--datasets", str(catalog_dir),
               "--out", str(tmp_path / "out"), "--baseline", str(baseline), tmp_path=tmp_path)  # fmt: skip
    assert out.exit_code == 2, out.output
    assert words in out.stderr
    assert "Traceback" not in out.output


def test_a_results_file_of_odd_arrow_types_is_read_or_set_aside(
    write_desk: Callable[..., Path], catalog_dir: Path, tmp_path: Path
) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"id": ["gdp-2009", "x"], "verdict": ["supported", "error"],
                  "as_of": [dt.date(2009, 1, 1)] * 2, "note": [b"\xff", b"a"],
                  "reference.value": [float("nan"), 1.0]}),
        tmp_path / "report.parquet",
    )  # fmt: skip
    baseline = tmp_path / "report.json"
    baseline.write_text(json.dumps({"results_file": "report.parquet"}))
    out = _cli("check", str(write_desk(BASELINE_DESK)), "--datasets", str(catalog_dir),
               "--out", str(tmp_path / "out"), "--baseline", str(baseline), tmp_path=tmp_path)  # fmt: skip
    assert out.exit_code in (0, 1), out.output
    assert "results[0] set aside: 'reference.value' is not a finite number" in out.stderr
    assert "1 removed" in out.stdout
