"""The engine on hand-worked cases: lookups, aggregates, conversions, derivations, verdicts.

The catalog (conftest.catalog_dir): gdp — WLD 2008 50T, WLD 2009 60T, MEX 2009 0.9T,
MEX 2010 1T, USA 2009 missing (USD); deaths — 2006 10,000, 2007 8,000, 2008 14,000,
2009 20,000 (people). ECB: on 2009-12-11, 1 EUR = 1.4757 USD = 0.90515 GBP.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from figcheck.pipeline import Report
from helpers import check_paths, make_test_catalog, result

DESK = """
source: {title: Engine cases}
claims:
  - {id: exact, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: year-as-text, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: "2009"}}}
  - {id: too-low, value: 55 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: on-the-edge, value: 60 trillion USD, hedge: nearly, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: sum, value: "52,000 people", reference: {dataset: deaths, where: {year: {between: [2006, 2009]}}, aggregate: sum}}
  - {id: mean, value: 13000 people, reference: {dataset: deaths, where: {year: {between: [2006, 2009]}}, aggregate: mean}}
  - {id: min, value: 8000 people, reference: {dataset: deaths, where: {year: {in: [2007, 2008]}}, aggregate: min}}
  - {id: max, value: 20000 people, reference: {dataset: deaths, where: {year: {between: [2000, 2020]}}, aggregate: max}}
  - {id: count, value: 4, reference: {dataset: deaths, aggregate: count}}
  - {id: sum-in, value: 22000 people, reference: {dataset: deaths, where: {year: {in: [2006, 2008]}}, aggregate: sum}}
  - {id: equality-sum, value: 110 trillion USD, reference: {dataset: gdp, where: {country: WLD}, aggregate: sum}}
  - {id: many-rows, value: 1 people, reference: {dataset: deaths, where: {year: {between: [2006, 2007]}}}}
  - {id: no-row, value: 1 USD, reference: {dataset: gdp, where: {country: WLD, year: 1999}}}
  - {id: missing-value, value: 1 USD, reference: {dataset: gdp, where: {country: USA, year: 2009}}}
  - {id: unknown-dataset, value: 1 USD, reference: {dataset: gpd, where: {country: WLD}}}
  - {id: unknown-column, value: 1 USD, reference: {dataset: gdp, where: {colour: red}}}
  - {id: unknown-value-column, value: 1 USD, reference: {dataset: gdp, column: gnp, where: {country: WLD, year: 2009}}}
  - {id: text-value-column, value: 1, reference: {dataset: deaths, column: notes, where: {year: 2006}}}
  - {id: bad-where-type, value: 1 USD, reference: {dataset: gdp, where: {country: WLD, year: twenty}}}
  - {id: incompatible, value: 60 trillion people, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: unparseable, value: lots, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: unknown-unit, value: 3 widgets, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: unknown-hedge, value: 60 trillion USD, hedge: a majority of, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: fx, value: 36.8 trillion GBP, as_of: 2009-12-13, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: fx-too-early, value: 1 GBP, as_of: 1990-01-01, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: fx-no-date, value: 1 GBP, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: tolerance, value: 62 trillion USD, expected: {tolerance: 5 percent}, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: explicit, value: 60 trillion USD, expected: {min: 59000 billion USD, max: 61e12 USD}, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: explicit-open, value: 1 trillion USD, expected: {min: 61 trillion USD}, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: expected-wrong-unit, value: 60 trillion USD, expected: {min: 1 people}, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
  - {id: no-reference, value: 3 people, note: Nothing to check against.}
  - id: share
    value: 1.5 percent
    reference:
      expr: mex / wld
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
  - id: of-a-claim
    value: 0.9 trillion USD
    reference:
      expr: exact * 0.015
      terms: {exact: {claim: exact}}
  - id: reference-of-a-claim
    value: 60 trillion USD
    reference:
      expr: x
      terms: {x: {claim: too-low, take: reference}}
  - id: cycle-a
    value: 1
    reference: {expr: x, terms: {x: {claim: cycle-b, take: reference}}}
  - id: cycle-b
    value: 1
    reference: {expr: y, terms: {y: {claim: cycle-a, take: reference}}}
  - id: divide-by-zero
    value: 1
    reference: {expr: a / (a - a), terms: {a: {claim: exact}}}
  - id: add-incompatible
    value: 1
    reference:
      expr: a + d
      terms:
        a: {dataset: gdp, where: {country: WLD, year: 2009}}
        d: {dataset: deaths, where: {year: 2006}}
  - id: unknown-term
    value: 1
    reference: {expr: a + zz, terms: {a: {claim: exact}}}
  - id: unknown-claim
    value: 1
    reference: {expr: a, terms: {a: {claim: nobody}}}
  - id: term-unverifiable
    value: 1 percent
    reference:
      expr: a / b
      terms:
        a: {dataset: gdp, where: {country: USA, year: 2009}}
        b: {dataset: gdp, where: {country: WLD, year: 2009}}
  - id: bad-expression
    value: 1
    reference: {expr: "__import__('os')", terms: {a: {claim: exact}}}
  - id: share-change-in-points
    value: -0.5 percentage_point
    reference:
      expr: mex / wld - 0.02
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
  - id: share-change-in-basis-points
    value: -50 bp
    reference:
      expr: mex / wld - 0.02
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
  - {id: count-in-points, value: 4 percentage_point, reference: {dataset: deaths, aggregate: count}}
  - id: share-times-100
    value: 1.5 percent
    reference:
      expr: mex / wld * 100
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
  - id: share-change-times-100-in-points
    value: -0.5 percentage_point
    reference:
      expr: 100 * (mex / wld - 0.02)
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
  - id: times-100-plain-claim
    value: 1.5
    reference:
      expr: mex / wld * 100
      terms:
        mex: {dataset: gdp, where: {country: MEX, year: 2009}}
        wld: {dataset: gdp, where: {country: WLD, year: 2009}}
"""

GBP_PER_USD = 0.90515 / 1.4757

# id, verdict, reference value (None: none), a fragment of the message
EXPECTED: list[tuple[str, str, float | None, str]] = [
    (
        "exact",
        "supported",
        60e12,
        "Holds: Test GDP gives US$60 trillion, within the expected range",
    ),
    ("year-as-text", "supported", 60e12, "Holds"),
    ("too-low", "discrepancy", 60e12, "9.1% higher"),
    ("on-the-edge", "supported", 60e12, "hedge 'nearly'"),
    ("sum", "supported", 52000, "52,000 people"),
    ("mean", "supported", 13000, "Holds"),
    ("min", "supported", 8000, "Holds"),
    ("max", "supported", 20000, "Holds"),
    ("count", "supported", 4, "Holds"),
    ("sum-in", "discrepancy", 24000, "9.1% higher"),
    ("equality-sum", "supported", 110e12, "Holds"),
    ("many-rows", "unverifiable", None, "2 rows of 'deaths' match year 2006–2007"),
    ("no-row", "unverifiable", None, "no figure for country = WLD, year = 1999 in Test GDP"),
    ("missing-value", "unverifiable", None, "the row has no value value"),
    ("unknown-dataset", "error", None, "unknown dataset 'gpd'; valid choices: deaths"),
    ("unknown-column", "error", None, "unknown where column 'colour'"),
    ("unknown-value-column", "error", None, "unknown column 'gnp'"),
    ("text-value-column", "error", None, "is string, not a number"),
    ("bad-where-type", "error", None, "'twenty' is not a valid integer"),
    ("incompatible", "error", None, "the claim is in people but the reference is in USD"),
    ("unparseable", "error", None, "cannot read a number in 'lots'"),
    ("unknown-unit", "error", None, "unknown unit 'widgets'"),
    ("unknown-hedge", "error", 60e12, "unknown hedge 'a majority of'"),
    ("fx", "supported", 60e12 * GBP_PER_USD, "Converted at 0.6134 GBP/USD (ECB, 2009-12-11)"),
    ("fx-too-early", "unverifiable", None, "no USD→GBP exchange rate for 1990-01-01"),
    # verdicts26: no date at all is the desk's to fix (docs/desks.md#verdicts: "cannot be checked
    # as written"); it was unverifiable, "no USD→GBP exchange rate for no date"
    ("fx-no-date", "error", None, "cannot convert USD to GBP without a date: set as_of"),
    ("tolerance", "supported", 60e12, "tolerance of 5 percent"),
    ("explicit", "supported", 60e12, "as set in the desk"),
    ("explicit-open", "discrepancy", 60e12, "at least US$61 trillion"),
    ("expected-wrong-unit", "error", 60e12, "expected.min is in people but the value is in USD"),
    ("no-reference", "unverifiable", None, "No reference recorded for this claim. Nothing to"),
    ("share", "supported", 1.5, "mex / wld, with Test GDP"),
    ("of-a-claim", "supported", 0.9e12, "computing exact * 0.015 from the article's figures"),
    ("reference-of-a-claim", "supported", 60e12, "Holds"),
    ("cycle-a", "error", None, "cycle: cycle-a → cycle-b → cycle-a"),
    ("cycle-b", "error", None, "cycle"),
    ("divide-by-zero", "error", None, "division by zero"),
    ("add-incompatible", "error", None, "cannot add 'USD' and 'people'"),
    ("unknown-term", "error", None, "unknown term 'zz'"),
    ("unknown-claim", "error", None, "names unknown claim 'nobody'"),
    ("term-unverifiable", "unverifiable", None, "the row has no value value (the term `a`)"),
    ("bad-expression", "error", None, "unexpected character"),
    # desks33: a difference of two shares is a change in points ("the rate fell 6.1 percentage
    # points", computed from levels); it was an error, "the reference is in no unit"
    ("share-change-in-points", "supported", -0.5, "with Test GDP, gives −0.5 percentage points"),
    ("share-change-in-basis-points", "supported", -50, "Holds"),
    # a count (or a column without a unit) is no fraction: still not a number of points
    ("count-in-points", "error", None, "percentage points but the reference is in no unit"),
    # desks33: a share times 100 is already in percent; it was read as a fraction (150%, a
    # discrepancy "100 times as much" on a true claim)
    ("share-times-100", "supported", 1.5, "mex / wld * 100, with Test GDP, gives 1.5%"),
    ("share-change-times-100-in-points", "supported", -0.5, "gives −0.5 percentage points"),
    ("times-100-plain-claim", "supported", 1.5, "Holds"),
]


@pytest.fixture(scope="module")
def engine_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    work = tmp_path_factory.mktemp("engine")
    desk = work / "desk.yaml"
    desk.write_text(DESK, encoding="utf-8")
    return check_paths([desk], [make_test_catalog(work / "catalog")], work)


@pytest.mark.parametrize(
    ("claim_id", "verdict", "reference", "fragment"), EXPECTED, ids=[e[0] for e in EXPECTED]
)
def test_engine_case(
    engine_report: Report, claim_id: str, verdict: str, reference: float | None, fragment: str
) -> None:
    found = result(engine_report, claim_id)
    assert found["verdict"] == verdict, found["message"]
    if reference is None:
        assert math.isnan(found["reference_value"])
    else:
        assert found["reference_value"] == pytest.approx(reference, rel=1e-9)
    assert fragment in found["message"]


def test_every_claim_yields_one_finding_in_input_order(engine_report: Report) -> None:
    assert list(engine_report.findings["id"]) == [e[0] for e in EXPECTED]
    assert sum(engine_report.summary.values()) == len(EXPECTED)


def test_deviation_is_relative_to_the_reference(engine_report: Report) -> None:
    assert result(engine_report, "too-low")["deviation"] == pytest.approx((55 - 60) / 60)
    assert result(engine_report, "exact")["deviation"] == 0
    assert math.isnan(result(engine_report, "no-row")["deviation"])


def test_fx_records_rate_and_date(engine_report: Report) -> None:
    found = result(engine_report, "fx")
    assert found["fx_rate"] == pytest.approx(GBP_PER_USD)
    assert found["fx_date"] == np.datetime64("2009-12-11")
    assert found["fx_pair"] == "GBP/USD"


def test_rows_and_detail(engine_report: Report) -> None:
    found = result(engine_report, "sum")
    assert found["rows"] == 4
    assert found["reference_detail"] == "sum of deaths where year 2006–2009"
    assert result(engine_report, "many-rows")["rows"] == 2


def test_changing_units_never_changes_a_verdict(
    write_desk: Callable[..., Path], check: Callable[..., Report], catalog_dir: Path
) -> None:
    variants = ["60 trillion USD", "60,000 billion USD", "60000000000000 USD", "60tn USD"]
    text = "claims:\n" + "".join(
        f"  - {{id: v{i}, value: '{v}', expected: {{tolerance: 1 percent}}, reference: "
        "{dataset: gdp, where: {country: WLD, year: 2009}}}\n"
        for i, v in enumerate(variants)
    )
    report = check([write_desk(text)], catalog_dir)
    assert set(report.findings["verdict"]) == {"supported"}


def test_the_engine_works_on_a_claims_table(
    tmp_path: Path, check: Callable[..., Report], catalog_dir: Path
) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,value,reference.dataset,reference.where.country,reference.where.year\n"
        "a,60 trillion USD,gdp,WLD,2009\n"
        "b,0.8 trillion USD,gdp,MEX,2009\n"
        "c,1 trillion USD,gdp,MEX,2010\n"
        "d,1 USD,gdp,XXX,2010\n"
    )
    report = check([path], catalog_dir)
    verdicts: list[Any] = report.findings["verdict"].tolist()
    assert verdicts == ["supported", "discrepancy", "supported", "unverifiable"]


def test_plain_and_mapped_conditions_in_one_group(
    write_desk: Callable[..., Path], check: Callable[..., Report], catalog_dir: Path
) -> None:
    """Plain values, {in: ...} and a bad value for the same column, resolved together."""
    desk = write_desk(
        "claims:\n"
        "  - {id: plain, value: 10000 people, reference: {dataset: deaths, where: {year: 2006}}}\n"
        "  - {id: mapped, value: 8000 people, reference: {dataset: deaths, where: {year: {in: [2007]}}}}\n"
        "  - {id: bad, value: 1 people, reference: {dataset: deaths, where: {year: soon}}}\n"
        "  - {id: bad-mapped, value: 1 people, reference: {dataset: deaths, where: {year: {in: [2007, later]}}}}\n"
    )
    report = check([desk], catalog_dir)
    assert result(report, "plain")["reference_value"] == 10000
    assert result(report, "mapped")["reference_value"] == 8000
    assert "'soon' is not a valid integer" in result(report, "bad")["message"]
    assert "'later' is not a valid integer" in result(report, "bad-mapped")["message"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"], ids=["csv", "parquet"])
def test_a_large_table_gets_the_verdicts_of_its_rows(
    tmp_path: Path, check: Callable[..., Report], catalog_dir: Path, suffix: str
) -> None:
    """Above 4,096 rows values are parsed once per distinct text and lookups answered once per
    distinct key; a Parquet table read back in several Arrow chunks must work there too."""
    rows = [
        ("60 trillion USD", "WLD", "2009", "supported"),
        ("0.8 trillion USD", "MEX", "2009", "discrepancy"),
        ("1 trillion USD", "MEX", "2010", "supported"),
        ("1 USD", "XXX", "2010", "unverifiable"),
        ("1 USD", "MEX", "soon", "error"),
    ]
    n = 5_000
    table = pd.DataFrame({
        "id": [f"c{i}" for i in range(n)],
        "value": [rows[i % 5][0] for i in range(n)],
        "reference.dataset": "gdp",
        "reference.where.country": [rows[i % 5][1] for i in range(n)],
        "reference.where.year": [rows[i % 5][2] for i in range(n)],
    })  # fmt: skip
    path = tmp_path / f"claims{suffix}"
    if suffix == ".csv":
        table.to_csv(path, index=False)
    else:
        table.to_parquet(path, row_group_size=1_000)  # read back as chunked Arrow columns
    report = check([path], catalog_dir)
    assert report.findings["verdict"].tolist() == [rows[i % 5][3] for i in range(n)]
    assert report.findings["reference_detail"].iloc[7] == "value where country = MEX, year = 2010"


@pytest.mark.parametrize("first", ["one", "true"])
def test_where_values_equal_in_python_but_not_in_the_desk_are_looked_up_apart(
    tmp_path: Path, first: str
) -> None:
    # True == 1 == 1.0 in Python: grouped as one lookup, the claim met first decided both.
    claims = {
        "one": "{id: one, value: 60 trillion USD, reference: "
        "{dataset: gdp, where: {country: WLD, year: 1}}}",
        "true": "{id: 'true', value: 60 trillion USD, reference: "
        "{dataset: gdp, where: {country: WLD, year: true}}}",
        "float": "{id: float, value: 60 trillion USD, reference: "
        "{dataset: gdp, where: {country: WLD, year: 2009.0}}}",
        "int": "{id: int, value: 60 trillion USD, reference: "
        "{dataset: gdp, where: {country: WLD, year: 2009}}}",
    }
    order = [first, *(name for name in claims if name != first)]
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "source: {title: T, published: 2012-09-03}\nclaims:\n"
        + "".join(f"  - {claims[name]}\n" for name in order)
    )
    report = check_paths([desk], [make_test_catalog(tmp_path / "catalog")], tmp_path)
    assert result(report, "one")["message"] == "no figure for country = WLD, year = 1 in Test GDP"
    assert result(report, "true")["verdict"] == "error"
    assert "True is not a valid integer" in result(report, "true")["message"]
    assert result(report, "float")["verdict"] == result(report, "int")["verdict"] == "supported"


def test_a_tables_arrow_texts_give_the_findings_of_the_same_texts_as_objects(
    tmp_path: Path, catalog_dir: Path
) -> None:
    """A table's texts come as Arrow strings: its hedges are handed on as a Categorical and its
    quotes as they are (no Python string per row), with the findings of the same texts held as
    Python objects (missing and empty hedges, quotes that need escaping, kinds)."""
    from figcheck.check.engine import check_claims
    from figcheck.data.catalog import discover_catalog
    from figcheck.inputs.desks import load_desk
    from figcheck.model.claims import Desk
    from figcheck.pipeline import CatalogAccess

    path = tmp_path / "claims.parquet"
    pd.DataFrame({
        "id": ["a", "b", "c", "d", "e", "f"],
        "value": ["60 trillion USD", "55 trillion USD", "1 trillion USD", "60 trillion USD",
                  "3 widgets", "7 people"],
        "hedge": ["about", "", None, "nearly", "about", None],
        "quote": ['said "60"\n', None, "", "q\\d", "é", "x"],
        "reference.dataset": ["gdp", "gdp", "gdp", "gdp", "gdp", None],
        "reference.where.country": ["WLD", "WLD", "MEX", "WLD", "WLD", None],
        "reference.where.year": ["2009", "2009", "2010", "2009", "2009", None],
    }).to_parquet(path)  # fmt: skip
    desk = load_desk(path)
    texts = [c for c in desk.frame.columns if isinstance(desk.frame[c].dtype, pd.StringDtype)]
    assert {"hedge", "quote", "kind"} <= set(texts)  # as a table's texts are read
    plain = desk.frame.assign(**{c: desk.frame[c].astype(object) for c in texts})
    access = CatalogAccess(discover_catalog([catalog_dir]), None)
    arrow = check_claims(desk, access, access.fx)
    objects = check_claims(Desk(plain, desk.sources), access, access.fx)
    assert isinstance(arrow["hedge"].dtype, pd.CategoricalDtype)
    assert arrow["hedge"].isna().tolist() == [False, False, True, False, False, True]
    assert arrow.astype(object).equals(objects.astype(object))
    assert arrow["verdict"].tolist() == objects["verdict"].tolist()
