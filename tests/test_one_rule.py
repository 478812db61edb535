"""One place for each rule (issue 14): dataset vetting, schema type conversion, as_published flags,
and the typed values passed between modules."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from figcheck.check.as_published import pin_to_publication, pinned_rows
from figcheck.check.dataset_lists import distinct_lists, names_in, one_each, shown
from figcheck.data.catalog import (
    SnapshotState,
    Vintage,
    VintageState,
    discover_catalog,
    parse_snapshot,
    typed_values,
)
from figcheck.data.inventory import SuiteRun, survey, vet
from figcheck.errors import CatalogError, InputError
from figcheck.inputs.desks import load_desk, read_as_published
from figcheck.pipeline import Report
from figcheck.reports.json import report_dict
from helpers import expectation, make_dataset, result

FIELDS = [{"name": "year", "type": "integer"}, {"name": "n", "type": "integer", "unit": "people"}]
LOOKUP = "claims:\n  - {id: c, value: 5 people, reference: {dataset: d, where: {year: 2009}}}\n"
FAILING = [expectation("expect_column_values_to_be_between", column="n", min_value=0, max_value=1)]


# --- dataset vetting: one function, one status record -------------------------------------------


def test_vet_reads_hashes_and_runs_the_suite(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    catalog = discover_catalog([tmp_path / "cat"])
    status, loaded = vet(catalog, catalog.datasets["d"], None, SuiteRun.REUSE)
    assert loaded is not None
    assert len(loaded.frame) == 1
    assert (status.name, status.rows, status.sha256) == ("d", 1, loaded.sha256)
    assert status.suite is not None
    assert status.suite.success is None
    assert status.unusable() is None
    assert status.healthy


def test_vet_says_why_a_changed_snapshot_is_unusable(tmp_path: Path) -> None:
    folder = make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    (folder / "data.csv").write_text("year,n\n2009,6\n")
    catalog = discover_catalog([tmp_path / "cat"])
    status, loaded = vet(catalog, catalog.datasets["d"], None, SuiteRun.REUSE)
    assert loaded is None
    assert status.state is SnapshotState.MISMATCH
    assert "does not match its recorded hash" in (status.unusable() or "")
    assert not status.healthy


def test_a_failed_suite_is_unusable_alike_for_check_and_verify(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS, suite=FAILING)
    catalog = discover_catalog([tmp_path / "cat"])
    (verified,) = survey(catalog, [catalog.datasets["d"]], None, run_suites=True)
    assert not verified.healthy
    assert (verified.unusable() or "").startswith("integrity suite failed")
    (used,) = check([write_desk(LOOKUP)], tmp_path / "cat").datasets
    assert type(used) is type(verified)  # one record for both
    assert used.problem == f"dataset 'd': {verified.unusable()}"


def test_list_only_looks_the_suite_up(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS, suite=FAILING)
    catalog = discover_catalog([tmp_path / "cat"])
    (listed,) = survey(catalog, [catalog.datasets["d"]], tmp_path / "cache", run_suites=False)
    assert listed.suite is None
    assert listed.suite_text() == "not run yet"
    vet(catalog, catalog.datasets["d"], tmp_path / "cache", SuiteRun.RERUN)
    (listed,) = survey(catalog, [catalog.datasets["d"]], tmp_path / "cache", run_suites=False)
    assert listed.suite is not None
    assert listed.suite.success is False
    assert listed.suite.cached


# --- schema type conversion: one rule for snapshot cells and where values -----------------------


def _typed(values: list[object], kind: str) -> tuple[list[object], list[bool]]:
    typed, bad = typed_values(pd.Series(values, dtype=object), kind)
    return [None if pd.isna(v) else v for v in typed.tolist()], bad.tolist()


def test_integers_are_whole_and_fit_64_bits() -> None:
    assert _typed([" 2009 ", 2010, "2011.0", None], "integer") == (
        [2009, 2010, 2011, None],
        [False, False, False, False],
    )
    assert _typed(["2009.5", "x", str(2**63)], "year")[1] == [True, True, True]


def test_integers_beyond_a_floats_precision_are_read_exactly() -> None:
    # Past 2**53 a float64 cannot tell 2**53 + 1 from 2**53: two rows would read as one.
    big = [str(2**53 + 1), f" {2**53} ", str(2**63 - 1), f"{-(2**63) + 1}", f"{2**53 + 1}.0"]
    assert _typed(big, "integer") == (
        [2**53 + 1, 2**53, 2**63 - 1, -(2**63) + 1, 2**53 + 1],
        [False] * 5,
    )
    assert _typed([f"{2**53}.5", str(2**63), str(-(2**63) - 1)], "integer")[1] == [True] * 3


def test_numbers_are_finite() -> None:
    assert _typed(["1.5", " 2 ", None], "number") == ([1.5, 2.0, None], [False, False, False])
    assert _typed(["inf", "1e400", "x"], "number")[1] == [True, True, True]  # lookups took inf


def test_dates_are_iso_days_without_blanks() -> None:
    typed, bad = _typed([" 2020-01-31", "2020-02-30", "31/01/2020"], "date")
    assert typed[0] == pd.Timestamp("2020-01-31")  # the catalog refused the blank
    assert bad == [False, True, True]


def test_booleans_take_one_vocabulary() -> None:
    # 1/0 were the catalog's words only; an unknown word was silently missing there
    assert _typed(["TRUE", "false", "1", "0", None], "boolean") == (
        [True, False, True, False, None],
        [False] * 5,
    )
    assert _typed(["yes"], "boolean")[1] == [True]


def test_a_snapshot_and_a_where_value_are_read_by_the_same_rule(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    fields = [{"name": "flag", "type": "boolean"}, *FIELDS]
    make_dataset(tmp_path / "cat", "d", "flag,year,n\n1,2009,5\nfalse,2009,7\n", fields)
    desk = "claims:\n  - {id: c, value: 5 people, reference: {dataset: d, where: {flag: '1', year: ' 2009'}}}\n"
    assert result(check([write_desk(desk)], tmp_path / "cat"), "c")["verdict"] == "supported"
    make_dataset(tmp_path / "bad", "d", "flag,year,n\nmaybe,2009,5\n", fields)
    found = result(check([write_desk(desk)], tmp_path / "bad"), "c")
    assert "is declared boolean but holds 'maybe'" in found["message"]


# --- as_published: one vocabulary for desks and claims tables ------------------------------------


@pytest.mark.parametrize(
    ("word", "flag"),
    [("true", True), ("Yes", True), ("1", True), ("1.0", True), (" no ", False), ("FALSE", False),
     ("0", False), ("0.0", False), (None, False), (float("nan"), False), (True, True)],
)  # fmt: skip
def test_as_published_words(word: object, flag: bool) -> None:
    assert read_as_published(word) is flag


def test_as_published_refuses_other_words() -> None:
    assert read_as_published("maybe") is None
    assert read_as_published("2") is None


@pytest.mark.parametrize("word", ["yes", "1", "0.0"])
def test_a_desk_takes_the_words_a_table_took(tmp_path: Path, word: str) -> None:
    path = tmp_path / "desk.yaml"
    path.write_text(f"claims:\n  - {{id: c, value: '5', as_published: '{word}'}}\n")
    assert load_desk(path).frame["as_published"].tolist() == [word != "0.0"]


def test_a_table_takes_the_words_a_desk_took_and_locates_a_wrong_one(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("id,value,as_published\na,5,Yes\nb,5,no\nc,5,\nd,5,TRUE\n")
    assert load_desk(path).frame["as_published"].tolist() == [True, False, False, True]
    path.write_text("id,value,as_published\na,5,yes\nb,5,maybe\nc,5,perhaps\n")
    with pytest.raises(InputError, match="as_published must be true or false, not 'maybe'") as exc:
        load_desk(path)
    assert "claims.csv:3" in str(exc.value)


# --- a vintage is a value, not a NAME@missing:DATE string ----------------------------------------


def test_a_vintage_names_itself_for_reports_only() -> None:
    assert Vintage("gdp", VintageState.PUBLISHED, "2012-08-01").name == "gdp@2012-08-01"
    assert Vintage("gdp", VintageState.MISSING, "2012-09-03").name == "gdp@missing:2012-09-03"
    assert Vintage("gdp", VintageState.MISSING, None).name == "gdp@missing:undated"


def test_vintage_on_picks_the_newest_snapshot_not_younger_than_the_date(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)  # retrieved 2026-11-01
    catalog = discover_catalog([tmp_path / "cat"])
    assert catalog.vintage_on("d", "2026-12-31") == Vintage(
        "d", VintageState.PUBLISHED, "2026-11-01"
    )
    assert catalog.vintage_on("d", "2012-09-03") == Vintage("d", VintageState.MISSING, "2012-09-03")
    assert catalog.vintage_on("d", None) == Vintage("d", VintageState.MISSING, None)
    assert catalog.snapshot("d", "2026-11-01") is catalog.datasets["d"]
    assert catalog.snapshot("d", "2012-09-03") is None


def test_pinning_hands_each_vintage_over_by_value(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    catalog = discover_catalog([tmp_path / "cat"])
    path = tmp_path / "desk.yaml"
    path.write_text(
        "source: {title: T, published: 2027-01-05}\nclaims:\n"
        "  - {id: c, value: 5 people, as_published: true, reference: {dataset: d, where: {year: 2009}}}\n"
        "  - {id: e, value: 5 people, reference: {dataset: d, where: {year: 2009}}}\n"
    )
    desk = load_desk(path)
    pinned, vintages = pin_to_publication(desk, pinned_rows(desk), catalog)
    assert pinned.frame["reference.dataset"].tolist() == ["d@2026-11-01", "d"]
    assert vintages == {"d@2026-11-01": Vintage("d", VintageState.PUBLISHED, "2026-11-01")}


def test_a_derivations_lookup_terms_are_lookup_requests_pinned_alike(tmp_path: Path) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n2010,7\n", FIELDS)
    catalog = discover_catalog([tmp_path / "cat"])
    path = tmp_path / "desk.yaml"
    term = "{{dataset: d, where: {{year: {}}}}}"
    path.write_text(
        "source: {title: T, published: 2027-01-05}\nclaims:\n"
        "  - {id: c, value: 5 people, as_published: true, reference: {dataset: d, where: {year: 2009}}}\n"
        f"  - {{id: p, value: 12 people, as_published: true, reference: {{expr: a + b, terms: "
        f"{{a: {term.format(2009)}, b: {term.format(2010)}}}}}}}\n"
        f"  - {{id: t, value: 12 people, reference: {{expr: a + b, terms: "
        f"{{a: {term.format(2009)}, b: {term.format(2010)}}}}}}}\n"
    )
    desk = load_desk(path)
    written = desk.lookup_terms()
    assert written.columns[:3].tolist() == ["reference.dataset", "reference.column",
                                            "reference.aggregate"]  # fmt: skip
    assert written["reference.where.year"].tolist() == [2009, 2010, 2009, 2010]
    pinned, vintages = pin_to_publication(desk, pinned_rows(desk), catalog)
    terms = pinned.lookup_terms()
    assert terms["reference.dataset"].tolist() == ["d@2026-11-01"] * 2 + ["d"] * 2
    assert terms["claim"].tolist() == ["p", "p", "t", "t"]
    assert desk.lookup_terms()["reference.dataset"].tolist() == ["d"] * 4  # the desk is unchanged
    assert list(vintages) == ["d@2026-11-01"]


def test_an_undated_article_cannot_be_judged_as_published(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    desk = "claims:\n  - {id: c, value: 5 people, as_published: true, reference: {dataset: d, where: {year: 2009}}}\n"
    found = result(check([write_desk(desk)], tmp_path / "cat"), "c")
    assert found["verdict"] == "unverifiable"
    assert "the article has no published date" in found["message"]
    assert found["today_verdict"] == "supported"


# --- the datasets a result used are a tuple of names, joined for display only --------------------


def test_one_each_makes_a_list_of_one_name_per_result() -> None:
    lists = one_each(np.array(["gdp", None, "gdp", "cpi"], dtype=object))
    assert lists.tolist() == [("gdp",), None, ("gdp",), ("cpi",)]


def test_lists_are_shown_joined_and_read_without_splitting() -> None:
    values = np.empty(4, dtype=object)
    values[:] = [("gdp", "cpi"), None, ("a, b",), ("gdp", "cpi")]
    assert shown(values).tolist() == ["gdp, cpi", None, "a, b", "gdp, cpi"]
    codes, lists = distinct_lists(values)
    assert codes.tolist() == [0, -1, 1, 0]
    assert lists == [("gdp", "cpi"), ("a, b",)]  # a comma in a name is no separator
    assert names_in(values[1]) == ()


def test_a_derived_claim_lists_each_dataset_once(
    write_desk: Callable[..., Path], check: Callable[..., Report], tmp_path: Path
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n2010,7\n", FIELDS)
    desk = (
        "claims:\n  - {id: c, value: 12 people, reference: {expr: a + b, terms: "
        "{a: {dataset: d, where: {year: 2009}}, b: {dataset: d, where: {year: 2010}}}}}\n"
    )
    report = check([write_desk(desk)], tmp_path / "cat")
    assert result(report, "c")["dataset"] == ("d",)
    (item,) = report_dict(report)["results"]
    assert item["reference"]["dataset"] == "d"
    assert item["vintage"] == ["d@2026-11-01"]


def test_a_claim_pinned_to_the_current_snapshot_lists_it_once_with_its_vintage(
    write_desk: Callable[..., Path], check: Callable[..., Report], tmp_path: Path
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)  # retrieved 2026-11-01
    desk = (
        "source: {title: T, published: 2027-01-05}\nclaims:\n"
        "  - {id: c, value: 5 people, as_published: true, reference: {dataset: d, where: {year: 2009}}}\n"
    )
    report = check([write_desk(desk)], tmp_path / "cat")
    data = report_dict(report)
    assert [item["name"] for item in data["datasets"]] == ["d"]
    (item,) = data["results"]
    assert item["verdict"] == "supported"
    assert item["vintage"] == ["d@2026-11-01"]
    assert item["today"]["vintage"] == ["d@2026-11-01"]


def test_a_claim_pinned_to_a_kept_snapshot_names_that_snapshot(
    write_desk: Callable[..., Path], check: Callable[..., Report], tmp_path: Path
) -> None:
    folder = make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    (folder / "old.csv").write_text("year,n\n2009,4\n")
    descriptor = json.loads((folder / "datapackage.json").read_text())
    digest = "sha256:" + hashlib.sha256((folder / "old.csv").read_bytes()).hexdigest()
    descriptor["resources"][0]["x-snapshots"] = [
        {"retrieved": "2012-08-01", "path": "old.csv", "hash": digest}
    ]
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    desk = (
        "source: {title: T, published: 2012-09-03}\nclaims:\n"
        "  - {id: c, value: 4 people, as_published: true, reference: {dataset: d, where: {year: 2009}}}\n"
    )
    data = report_dict(check([write_desk(desk)], tmp_path / "cat"))
    assert [item["name"] for item in data["datasets"]] == ["d", "d@2012-08-01"]
    (item,) = data["results"]
    assert item["vintage"] == ["d@2012-08-01"]
    assert item["today"]["vintage"] == ["d@2026-11-01"]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (
            "flag,year,n\n1,2009,5\n\n1,2009,5\nmaybe,2009,5\n",
            "column 'flag' is declared boolean but holds 'maybe' at line 5 (1 such value)",
        ),
        ('flag,year,n\n1,2009,5\n1,2009,"5\n"\n0,2009,x\n', "holds 'x' at line 5 (1 such value)"),
        ('flag,year,n\n1,2009,5\n1,"2009,5\n0,2010,6\n', "a quoted value opens at line 3"),
        ("flag,year,n\n1,2009,5\n1,2009,5\n1,2009,\xff\n", "not UTF-8 text at line 4"),
        ('flag,year,n\n1,2009,5\n""\n \nmaybe,2009,5\n', "holds 'maybe' at line 5"),
        ('flag,year,n\n1,2009,5\n\n \n1,"2009,5\n0,2010,6\n', "a quoted value opens at line 5"),
        ('\nflag,year,n\n""\n1,"2\n009",5\n1,"2009,5\n', "a quoted value opens at line 6"),
        (
            "flag,year,n\n1,2009,5\n1,2009," + "7" * 70 + "\n",
            f"column 'n' is declared integer but holds '{'7' * 40}'… (70 characters) at line 3",
        ),
        ("flag,year,n\n1,2009,5\n1,2009,5\u200b\n", "holds '5\\u200b' at line 3 (1 such"),
    ],
    ids=[
        "typed",
        "typed-after-a-quoted-line-break",
        "unclosed-quote",
        "not-utf8",
        "typed-after-a-line-of-two-quotes",
        "unclosed-quote-after-blank-lines",
        "unclosed-quote-after-blank-quoted-and-multiline-rows",
        "a-long-cell-cut-and-counted",
        "an-invisible-character-escaped",
    ],
)
def test_a_snapshot_parse_error_names_the_line(tmp_path: Path, body: str, says: str) -> None:
    """mends25: a snapshot whose cell is not its column's type, or that cannot be parsed, said
    which column and value but not where ('holds 'maybe' (1 such values)')."""
    fields = [{"name": "flag", "type": "boolean"}, *FIELDS]
    make_dataset(tmp_path / "cat", "d", "flag,year,n\n1,2009,5\n", fields)
    dataset = discover_catalog([tmp_path / "cat"]).datasets["d"]
    raw = body.encode("utf-8").replace("\xff".encode(), b"\xff")
    with pytest.raises(CatalogError) as caught:
        parse_snapshot(dataset, raw)
    assert says in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        "  \nflag,year,n\n1,2009,5\n",
        "\t\n\nflag,year,n\n1,2009,5\n",
        "flag,year,n\n\n  \n1,2009,5\n",
    ],
    ids=["a-line-of-spaces-first", "a-tab-and-a-blank-line-first", "blank-lines-after-the-header"],
)
def test_a_snapshot_header_is_found_as_pandas_finds_it(tmp_path: Path, body: str) -> None:
    """review27: the csv header reader took a first line of spaces as the header ('its columns
    are '  ''), where pandas (and every load before) skips it."""
    fields = [{"name": "flag", "type": "boolean"}, *FIELDS]
    make_dataset(tmp_path / "cat", "d", "flag,year,n\n1,2009,5\n", fields)
    dataset = discover_catalog([tmp_path / "cat"]).datasets["d"]
    frame = parse_snapshot(dataset, body.encode())
    assert list(frame.columns) == ["flag", "year", "n"]
    assert frame.to_dict("records") == [{"flag": True, "year": 2009, "n": 5}]
