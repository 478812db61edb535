"""report.md: the summary table first, then each discrepancy in plain words in a collapsible
``<details>`` block, so the file reads well as a pull-request comment or a CI job summary.

Every text that comes from a desk, a descriptor, a baseline or a refresh is untrusted: it goes
through :func:`md_escape` (prose), :func:`md_code` (code spans) or :func:`md_link` (http and https
only), so no tag, attribute or ``javascript:`` link of its own survives a CommonMark renderer that
passes raw HTML through. The only tags are the template's ``details``, ``summary`` and ``code``.
"""

from __future__ import annotations

import html
import re
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from figcheck.check.dataset_lists import names_in
from figcheck.model.verdicts import REPORT_ORDER, WORDS, Verdict

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["MAX_LISTED", "md_code", "md_escape", "md_link", "render_markdown", "write_markdown"]

#: How many claims of one verdict are written out; the rest are counted (all are in report.json).
MAX_LISTED = 200
_SPECIAL = re.compile(r"([\\`*\[\]<>|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
_BLOCK_START = re.compile(r"^(\d{1,9}(?=[.)](?:\s|$))|)([-+=.)])")
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)
_URL_UNSAFE = set('<>()\\"`|')  # percent-encoded: nothing can end the link early


def md_escape(text: Any) -> str:
    """Make untrusted text inert in Markdown (and in any HTML a renderer lets through): one line,
    inline markup escaped, and nothing that would open a block (heading, list, rule) where the
    text starts a line or a list item."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    flat = " ".join(str(text).split())
    flat = _SPECIAL.sub(r"\\\1", flat).replace("#", "\\#")
    return _BLOCK_START.sub(r"\1\\\2", flat)


def md_code(text: Any) -> str:
    """``text`` as an inline code span: fenced by more backticks than it holds, so it cannot
    close the span early (inside a span nothing is markup or HTML)."""
    flat = " ".join(str("" if text is None else text).split())
    if not flat:
        return "` `"
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def md_link(title: Any, url: Any) -> str:
    """``[title](url)`` for an http(s) URL, else the escaped title and URL as plain text."""
    text = md_escape(title)
    href = str(url or "")
    if not _SAFE_URL.match(href):
        return f"{text} ({md_escape(href)})" if href else text
    return f"[{text}]({_encode_url(href)})"


def _encode_url(url: str) -> str:
    return "".join(f"%{ord(c):02X}" if c in _URL_UNSAFE else c for c in url)


def _plural(n: int, word: str) -> str:
    return (
        f"{n} {word}"
        if n == 1
        else f"{n} {word}s"
        if not word.endswith("y")
        else f"{n} {word[:-1]}ies"
    )


def write_markdown(report: Report, out: IO[str]) -> None:
    out.write(render_markdown(report))


def render_markdown(report: Report) -> str:
    s = report.summary
    total = sum(s.values())
    lines = ["# figcheck report", ""]
    headline = ", ".join([
        _plural(s["discrepancy"], "discrepancy"), _plural(s["error"], "error"),
        f"{s['supported']} supported", f"{s['unverifiable']} unverifiable",
    ])  # fmt: skip
    lines += [
        f"**{headline}** — {_plural(total, 'claim')} from {_plural(len(report.inputs), 'file')}, "
        f"checked {report.generated} against {_plural(len(report.datasets), 'dataset')} "
        f"(figcheck {report.version}).",
        "",
        "| verdict | claims |",
        "|---|---:|",
    ]
    for verdict in REPORT_ORDER:
        lines.append(f"| {WORDS[verdict].mark} {verdict} | {s[verdict]} |")
    lines.append("")
    lines += _changes(report)
    if report.notes:
        lines += ["## Reference data refresh", ""]
        lines += [f"- {md_escape(note)}" for note in report.notes]
        lines.append("")
    findings = report.findings
    where = "report.parquet" if report.results_file else "report.json"
    datasets = report.uses()
    verdicts = findings["verdict"].to_numpy(dtype=object)
    for verdict in REPORT_ORDER:
        count = s[verdict]  # a chunked run's findings hold only the first of each verdict
        if not count:
            continue
        rows = findings.iloc[np.flatnonzero(verdicts == verdict)[:MAX_LISTED]]
        lines += [f"## {WORDS[verdict].heading} ({count})", ""]
        for record in rows.itertuples(index=False):
            lines += _entry(record, verdict, datasets)
        if count > MAX_LISTED:
            lines += ["", f"…and {count - MAX_LISTED} more (all are in {where})."]
        if lines[-1] != "":
            lines.append("")
    if report.datasets:
        lines += [
            "## Reference data",
            "",
            "| dataset | retrieved | sha256 | integrity |",
            "|---|---|---|---|",
        ]
        for use in report.datasets:
            dataset = use.dataset
            suite = (
                "no suite"
                if use.suite is None or use.suite.success is None
                else ("passed" if use.suite.success else "**failed**")
            )
            if use.problem:
                suite = f"**unusable**: {md_escape(use.problem)}"
            source = md_link(dataset.title, dataset.source_url)
            lines.append(
                f"| {md_code(dataset.name)} — {source} | {md_escape(dataset.retrieved or '?')} | "
                f"{md_code((use.sha256 or '')[:12])} | {suite} |"
            )
        lines.append("")
    lines += _coverage(report)
    lines += ["## Inputs", ""]
    lines += [f"- {md_code(path)} (sha256 {md_code(sha[:12])})" for path, sha in report.inputs]
    return "\n".join(lines) + "\n"


def _coverage(report: Report) -> list[str]:
    """How many of each article's numbers were recorded and checked, and which were not."""
    if not report.coverage:
        return []
    lines = ["## Coverage of the articles' numbers", ""]
    lines += [
        "| article text | numbers | recorded | checked against data |",
        "|---|---:|---:|---:|",
    ]
    for item in report.coverage:
        if not item.measured:
            lines.append(f"| {md_code(item.text_path)} | {md_escape(item.status_text())} | | |")
        else:
            lines.append(
                f"| {md_code(item.text_path)} | {item.numbers} | {item.recorded} | {item.checked} |"
            )
    lines.append("")
    for item in report.coverage:
        if item.unrecorded:
            lines.append(f"Not recorded in {md_code(item.desk)}:")
            lines += [f"- line {line}: “{md_escape(text)}”" for line, text in item.unrecorded]
            lines.append("")
    return lines


def _changes(report: Report) -> list[str]:
    """What changed since the baseline: counts, then each changed claim in words."""
    comparison = report.comparison
    if comparison is None:
        return []
    counts = comparison.counts()
    since = comparison.baseline_generated or "the baseline"
    lines = [
        f"## What changed since {md_escape(since)}",
        "",
        ", ".join(f"{counts[k]} {k}" for k in ("changed", "new", "removed", "unchanged")) + ".",
        "",
    ]
    for claim_id, verdict, change, detail in zip(
        report.findings["id"], report.findings["verdict"], comparison.change, comparison.detail,
        strict=True,
    ):  # fmt: skip
        if change == "changed" or (change == "new" and verdict in ("discrepancy", "error")):
            why = md_escape(detail if detail else f"new claim, {verdict}")
            lines.append(f"- {md_code(claim_id)} — {why}")
    for item in comparison.removed[:MAX_LISTED]:
        was = md_escape(item.get("verdict"))
        lines.append(f"- {md_code(item.get('id'))} — removed (was {was})")
    if lines[-1] != "":
        lines.append("")
    return lines


def _entry(record: Any, verdict: str, datasets: dict[str, Any]) -> list[str]:
    where = f"{md_escape(record.file)}:{record.line}"
    quote = md_escape(record.quote)
    today = getattr(record, "today_verdict", None)
    as_of_today = (
        f" As of today ({md_escape(today)}): {md_escape(record.today_message)}"
        if isinstance(today, str)
        else ""
    )
    if verdict in (Verdict.SUPPORTED, Verdict.UNVERIFIABLE):
        quoted = f"“{quote}” — " if quote else ""  # no empty quotation marks (verdicts26)
        return [
            f"- {md_code(record.id)} — {quoted}{md_escape(record.message)}{as_of_today} ({where})"
        ]
    summary = _html_text(record.message)
    out = [
        "<details>",
        f"<summary><code>{_html_text(record.id)}</code>: {summary}</summary>",
        "",
        f"> {quote}" if quote else "> (no quote recorded)",
        "",
    ]
    if isinstance(record.reference_detail, str) and record.reference_detail:
        out.append(f"- Reference: {md_escape(record.reference_detail)}")
    for name in names_in(record.dataset):
        use = datasets.get(name)
        if use is not None:
            out.append(
                f"- Data: {md_code(name)}, retrieved {md_escape(use.dataset.retrieved or '?')}"
                f", sha256 {md_code((use.sha256 or '')[:12])}"
            )
    if isinstance(record.note, str) and record.note:
        out.append(f"- Note: {md_escape(record.note)}")
    if as_of_today:
        out.append(f"-{as_of_today}")
    out += [f"- Recorded at {where}", "", "</details>", ""]
    return out


def _html_text(text: Any) -> str:
    """Text inside the template's HTML lines: one line (a blank line would end the HTML block
    and let the rest be read as Markdown), every ``<``, ``>`` and ``&`` escaped."""
    return html.escape(" ".join(str(text).split()), quote=True)
