"""`figcheck datasets add FILE`: a publisher's table becomes a dataset that verifies and checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from figcheck.data.tables import infer_type
from helpers import REPO, Run


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def check(figcheck: Run, tmp_path: Path, catalog: Path, reference: str, value: str) -> dict:
    desk = write(tmp_path / "desk.yaml", "source: {title: t, published: 2026-12-01}\nclaims:\n"
                 f"  - id: c\n    value: {json.dumps(value)}\n    reference: {reference}\n")  # fmt: skip
    figcheck("check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "r"))
    (found,) = json.loads((tmp_path / "r" / "report.json").read_text())["results"]
    return dict(found)


def test_a_publishers_csv_becomes_a_dataset_that_verifies_and_checks(
    figcheck: Run, tmp_path: Path
) -> None:
    source = REPO / "datasets" / "world-gdp" / "data.csv"
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(catalog), "--unit", "Value=USD")  # fmt: skip
    assert code == 0, err
    assert "Year: integer (key)" in out
    assert "primary key (inferred, checked unique): Country Code, Year" in out
    assert "dataset: gdp" in out
    code, out, _ = figcheck("datasets", "verify", "gdp", "--datasets", str(catalog))
    assert code == 0, out
    suite = json.loads((catalog / "gdp" / "expectations.json").read_text())
    kinds = {item["type"] for item in suite["expectations"]}
    assert {"expect_compound_columns_to_be_unique", "expect_column_values_to_not_be_null",
            "expect_column_values_to_be_between", "expect_column_values_to_be_in_type_list",
            "expect_table_row_count_to_be_between"} <= kinds  # fmt: skip
    ref = "{dataset: gdp, where: {Country Code: WLD, Year: 2009}}"
    assert check(figcheck, tmp_path, catalog, ref, "60.7 trillion USD")["verdict"] == "supported"
    assert check(figcheck, tmp_path, catalog, ref, "58 trillion USD")["verdict"] == "discrepancy"


def test_the_generated_suite_refuses_a_tampered_table(figcheck: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "t.csv", "year,deaths\n2009,19803\n2010,25757\n2011,27213\n")
    catalog = tmp_path / "catalog"
    assert figcheck("datasets", "add", str(source), "--name", "d", "--into", str(catalog),
                    "--unit", "deaths=people")[0] == 0  # fmt: skip
    data = catalog / "d" / "data.csv"
    data.write_text(data.read_text().replace("25757", "25757000"))
    descriptor = json.loads((catalog / "d" / "datapackage.json").read_text())
    import hashlib

    descriptor["resources"][0]["hash"] = "sha256:" + hashlib.sha256(data.read_bytes()).hexdigest()
    (catalog / "d" / "datapackage.json").write_text(json.dumps(descriptor))
    code, out, _ = figcheck("datasets", "verify", "d", "--datasets", str(catalog))
    assert code == 1
    assert "expect_column_values_to_be_between" in out


def test_a_unit_column_gives_each_row_its_unit(figcheck: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "fx.csv", "Date,currency,rate\n2009-12-01,GBP/USD,0.6163\n"
                   "2009-12-01,MXN/USD,12.86\n")  # fmt: skip
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(source), "--name", "fx", "--into",
                              str(catalog), "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert "rate: number (unit from column 'currency')" in out
    field = json.loads((catalog / "fx" / "datapackage.json").read_text())["resources"][0]
    assert field["schema"]["fields"][2]["unitField"] == "currency"
    gbp = "{dataset: fx, where: {Date: 2009-12-01, currency: GBP/USD}}"
    assert check(figcheck, tmp_path, catalog, gbp, "0.62 GBP/USD")["verdict"] == "supported"
    mxn = "{dataset: fx, where: {Date: 2009-12-01, currency: MXN/USD}}"
    assert check(figcheck, tmp_path, catalog, mxn, "0.62 GBP/USD")["verdict"] == "error"


def test_where_cuts_a_mixed_table_to_one_unit(figcheck: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "fed.csv", "Date,Country,Exchange rate\n2009-12-01,United Kingdom,"
                   "0.6163\n2009-12-01,Mexico,12.8570\n2010-01-01,United Kingdom,0.6194\n")  # fmt: skip
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gbp", "--into",
                              str(catalog), "--where", "Country=United Kingdom",
                              "--unit", "Exchange rate=GBP/USD")  # fmt: skip
    assert code == 0, err
    assert "2 rows" in out
    ref = "{dataset: gbp, where: {Date: 2009-12-01}}"
    assert check(figcheck, tmp_path, catalog, ref, "0.616 GBP/USD")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "args", "words"),
    [
        ("k,v\na,1\na,2\n", ["--key", "k"], "rows 2 and 3 both have k=a"),
        ("k,v\na,1\n,2\n", ["--key", "k"], "empty"),
        ("k,v\na,1\n", ["--key", "nope"], "no column 'nope'"),
        ("k,v\na,1\n", ["--unit", "v=furlongs of gold"], "unknown unit"),
        ("k,v\na,1\n", ["--unit", "k=USD"], "not numbers"),
        ("k,v\na,1\n", ["--where", "k=zzz"], "no row"),
        ("k,v\na,1,9\n", [], "3 cells"),
        ("k,k\na,1\n", [], "appears twice"),
    ],
    ids=["duplicate-key", "empty-key", "unknown-key", "unknown-unit", "unit-on-text",
         "where-nothing", "ragged-row", "duplicate-header"],
)  # fmt: skip
def test_bad_input_is_a_clear_error_and_writes_nothing(
    text: str, args: list[str], words: str, figcheck: Run, tmp_path: Path
) -> None:
    source = write(tmp_path / "bad.csv", text)
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", str(source), "--name", "bad", "--into",
                            str(catalog), *args)  # fmt: skip
    assert code == 2
    assert words in err
    assert "Traceback" not in err
    assert not (catalog / "bad").exists()


def test_an_existing_folder_is_never_overwritten(figcheck: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "t.csv", "k,v\na,1\n")
    (tmp_path / "catalog" / "t").mkdir(parents=True)
    mine = write(tmp_path / "catalog" / "t" / "mine.txt", "keep me")
    code, _, err = figcheck("datasets", "add", str(source), "--name", "t", "--into",
                            str(tmp_path / "catalog"))  # fmt: skip
    assert code == 2
    assert "already exists" in err
    assert mine.read_text() == "keep me"


def test_an_excel_workbook_is_read_as_printed(figcheck: Run, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "data"
    for row in (["state", "year", "deaths"], ["01", 2009, 1200], ["02", 2009, 3350.5]):
        sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(tmp_path / "t.xlsx"), "--name", "x",
                              "--into", str(catalog), "--unit", "deaths=people")  # fmt: skip
    assert code == 0, err
    assert "state: string (key)" in out
    assert (catalog / "x" / "data.csv").read_text() == (
        "state,year,deaths\n01,2009,1200\n02,2009,3350.5\n"
    )


def test_a_folder_without_descriptor_is_reported_not_skipped(figcheck: Run, tmp_path: Path) -> None:
    (tmp_path / "catalog" / "half-made").mkdir(parents=True)
    write(tmp_path / "catalog" / "half-made" / "data.csv", "a\n1\n")
    _code, out, _ = figcheck("datasets", "list", "--datasets", str(tmp_path / "catalog"))
    assert "half-made" in out
    assert "no datapackage.json" in out


@pytest.mark.parametrize(
    ("texts", "expected"),
    [(["1", "2"], "integer"), (["01", "2"], "string"), (["1.5", "2"], "number"),
     (["1.5", "N/A"], "number"), (["2009-01-01"], "date"), (["2009-02-30"], "string"),
     (["true", "False"], "boolean"), (["1,000"], "string"), (["", ""], "string")],
    ids=["integer", "leading-zero-code", "number", "number-with-marker", "date", "bad-date",
         "boolean", "thousands-separator", "empty"],
)  # fmt: skip
def test_type_inference(texts: list[str], expected: str) -> None:
    assert infer_type(texts)[0] == expected
