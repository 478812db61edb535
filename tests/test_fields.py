"""report.json's Arrow encoder, report.parquet's rows and the per-result dict all follow the one
declared field list (reports/fields.py)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from figcheck.pipeline import Report
from figcheck.reports.fields import FIELDS, GROUPS, Rows, flatten_result, nest, result_dicts
from figcheck.reports.json import result_lines
from helpers import REPO, check_paths


def _same_as_the_dicts(report: Report) -> None:
    lines = result_lines(report)
    dicts = result_dicts(Rows(report, report.findings, 0))
    assert len(lines) == len(dicts) == len(report.findings)
    for line, result in zip(lines, dicts, strict=True):
        assert json.loads(line) == result
        # the same text as json.dumps writes, numbers spelled alike (5000000, not 5000000.0)
        assert json.dumps(json.loads(line), ensure_ascii=False) == json.dumps(
            result, ensure_ascii=False
        )
        assert list(json.loads(line)) == list(result)  # and keys in the same order
        assert nest(flatten_result(result)) == result


def test_the_seed_desks(tmp_path: Path) -> None:
    _same_as_the_dicts(check_paths([REPO / "expectations"], [], tmp_path, bundled=True))


ODD_TEXTS = [None, "", "ü € 🙂", 'quote " and \\ backslash', "tab\tnew\nline\x00\x1f", "\u2028"]
ODD_NUMBERS = [math.nan, math.inf, -math.inf, -0.0, 1e300, 5e-324, 0.1 + 0.2, 5e6, 1e10, 2.0**53]


def test_odd_values(report: Report) -> None:
    f = report.findings
    n = len(f)
    for column in ("quote", "message", "note", "reference_detail", "hedge", "as_of", "file"):
        f[column] = np.array([ODD_TEXTS[i % len(ODD_TEXTS)] for i in range(n)], dtype=object)
    f["message"] = f["message"].fillna("m")
    f["file"] = f["file"].fillna("f")
    for column in ("claimed_value", "expected_min", "expected_max", "reference_value", "deviation"):
        f[column] = [ODD_NUMBERS[(i + len(column)) % len(ODD_NUMBERS)] for i in range(n)]
    _same_as_the_dicts(report)


def test_the_declaration_is_consistent() -> None:
    paths = [f.path for f in FIELDS]
    assert len(paths) == len(set(paths))
    for group, rule in GROUPS.items():
        assert all(p in paths for p in rule.present)
        assert any(p.startswith(group + ".") for p in paths)


def test_lists_of_texts_are_json_arrays() -> None:
    import pyarrow as pa

    from figcheck.reports.fields import Kind, json_cells

    lists = [["a", 'b"'], [], None, ["ü\n", "x"]]
    encoded = json_cells(Kind.TEXTS, pa.array(lists, type=pa.list_(pa.string()))).to_pylist()
    assert [None if e is None else json.loads(e) for e in encoded] == lists


WHOLE_AND_NOT = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    5e6,
    9999999999.0,
    -9999999999.0,
    1e10,
    -1e10,
    12345678901.0,
    2.0**53,
    -(2.0**53),
    2.0**53 + 2,
    1e15,
    1e16,
    1e300,
    -1e300,
    5e-324,
    -5e-324,
    1e-6,
    1e-7,
    1e-5,
    0.5,
    0.1 + 0.2,
    1234567890.5,
    2.2250738585072014e-308,
    1.7976931348623157e308,
]


def _arrow_written(values: list[float]) -> list[str]:
    import pyarrow as pa
    import pyarrow.compute as pc

    return [json.dumps(json.loads(t)) for t in pc.cast(pa.array(values), pa.string()).to_pylist()]


def test_numbers_are_written_as_the_encoder_writes_them() -> None:
    from figcheck.reports.fields import written_number

    mine = [json.dumps(written_number(v)) for v in WHOLE_AND_NOT]
    assert mine == _arrow_written(WHOLE_AND_NOT)
    assert mine[:4] == ["0", "0", "1", "-1"]


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_number_is_written_as_the_encoder_writes_it(value: float) -> None:
    from figcheck.reports.fields import written_number

    near = [value, float(round(value)), float(round(value / 1e9) * 1e9)]
    assert [json.dumps(written_number(v)) for v in near] == _arrow_written(near)


def test_chunks_are_separated_but_the_first(report: Report) -> None:
    """report.json's results are written a chunk at a time, each preceded by ``,\\n`` but the
    report's very first: the same lines as one by one."""
    from figcheck.reports.json import encode_chunk

    lines = result_lines(report)
    n = len(lines)
    assert n > 2
    assert "".join(encode_chunk(report, 0, n, True).to_pylist()) == ",\n".join(lines)
    rest = "".join(encode_chunk(report, 1, n, False).to_pylist())
    assert rest == "".join(",\n" + line for line in lines[1:])


def test_pinned_results_and_sources(report: Report) -> None:
    """The ``today`` object and the source, whose cells are codes into a few distinct values
    (lists of vintages, the sources' parts): the encoder's text and the dicts agree, and a
    pinned result whose reference named no dataset has an empty list of vintages."""
    f = report.findings
    n = len(f)
    name = report.datasets[0].dataset.name
    kind = np.arange(n) % 3  # 0: not pinned, 1: pinned to a dataset, 2: pinned, no dataset
    f["today_verdict"] = np.where(kind > 0, "supported", None)
    f["today_reference_value"] = np.where(kind > 0, 1.5, np.nan)
    f["today_deviation"] = np.where(kind > 0, 0.25, np.nan)
    f["today_message"] = np.where(kind > 0, "today's message", None)
    f["today_dataset"] = np.array([(name,) if k == 1 else None for k in kind], dtype=object)
    report.sources = [replace(report.sources[0], title='A "title"', url="")]
    _same_as_the_dicts(report)
    vintage = report.vintages()[name]
    expected = [None, [vintage], []]
    results = result_dicts(Rows(report, report.findings, 0))
    assert [r.get("today", {}).get("vintage") for r in results] == [expected[k] for k in kind]
    assert {r["source"]["title"] for r in results} == {'A "title"'}
