"""report.junit.xml: one testcase per claim, so CI systems show discrepancies as failed tests.

The layout is the Apache Ant JUnit format most CI systems read (Jenkins, GitLab, GitHub
reporters): ``testsuites`` → one ``testsuite`` per input file (with ``properties`` naming each
dataset's hash, and ``system-out``/``system-err``) → ``testcase``. A ``discrepancy`` is a
``failure``, an ``error`` an ``error``, ``unverifiable`` is ``skipped``, each with the
plain-words message. ElementTree escapes every text and attribute; characters XML 1.0 cannot
hold at all (control characters such as form feed or NUL, lone surrogates, U+FFFE/U+FFFF) are
replaced by U+FFFD, so the file stays well-formed whatever a quote contains.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import IO, TYPE_CHECKING, Any

import pandas as pd

from figcheck.check.dataset_lists import names_in

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["render_junit", "write_junit"]

_KIND = {"discrepancy": "failure", "error": "error"}
#: Everything outside XML 1.0's Char production.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_junit(report: Report, out: IO[str]) -> None:
    out.write(render_junit(report))


def render_junit(report: Report) -> str:
    findings = report.findings
    timestamp = report.generated.removesuffix("Z")
    root = ET.Element("testsuites", _counts(findings, name="figcheck"))
    hashes = {use.dataset.name: use for use in report.datasets}
    for number, (path, _sha) in enumerate(report.inputs):
        rows = findings[findings["file"] == path]
        suite = ET.SubElement(
            root, "testsuite",
            {**_counts(rows, name=path), "package": "figcheck", "id": str(number),
             "timestamp": timestamp, "hostname": "localhost"},
        )  # fmt: skip
        properties = ET.SubElement(suite, "properties")
        for name in sorted(_datasets_of(rows)):
            use = hashes.get(name)
            value = f"sha256:{use.sha256}, retrieved {use.dataset.retrieved}" if use else "?"
            ET.SubElement(properties, "property", {"name": f"dataset:{name}", "value": value})
        classname = _classname(path)
        for record in rows.itertuples(index=False):
            case = ET.SubElement(
                suite, "testcase", {"name": str(record.id), "classname": classname, "time": "0"}
            )
            verdict = str(record.verdict)
            message = _text(record.message)
            if verdict in _KIND:
                item = ET.SubElement(case, _KIND[verdict], {"message": message, "type": verdict})
                item.text = _details(record)
            elif verdict == "unverifiable":
                ET.SubElement(case, "skipped", {"message": message})
        ET.SubElement(suite, "system-out").text = ""
        ET.SubElement(suite, "system-err").text = ""
    ET.indent(root)
    body = _NOT_XML.sub("\ufffd", ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _counts(rows: pd.DataFrame, *, name: str) -> dict[str, str]:
    verdicts = rows["verdict"].value_counts()
    return {
        "name": name,
        "tests": str(len(rows)),
        "failures": str(int(verdicts.get("discrepancy", 0))),
        "errors": str(int(verdicts.get("error", 0))),
        "skipped": str(int(verdicts.get("unverifiable", 0))),
        "time": "0",
    }


def _datasets_of(rows: pd.DataFrame) -> set[str]:
    return {n for names in rows["dataset"] for n in names_in(names)}


def _classname(path: str) -> str:
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "figcheck." + (stem or "claims")


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _details(record: Any) -> str:
    lines = [f"Quote: {_text(record.quote)}", f"Finding: {_text(record.message)}"]
    if _text(record.reference_detail):
        lines.append(f"Reference: {_text(record.reference_detail)}")
    if _text(record.note):
        lines.append(f"Note: {_text(record.note)}")
    lines.append(f"Recorded at {record.file}:{record.line}")
    return "\n".join(lines)
