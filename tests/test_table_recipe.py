"""The recipe of `datasets add FILE|URL` (Excel sheet, --where cuts, --unit-map) is kept in the
descriptor and re-applied by `datasets refresh`; a table that names countries gets each row's
unit from a unit map. Served from 127.0.0.1; nothing here touches the network."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.data.recipe import Recipe, UnitMap
from figcheck.data.transforms import TransformError, apply_transform
from figcheck.errors import InputError
from helpers import Run
from localhttp import LocalServer, local_server

FED = (
    "Date,Country,Exchange rate\n"
    "2009-11-01,United Kingdom,0.6027\n2009-11-01,Mexico,13.0658\n2009-11-01,Euro,0.6704\n"
    "2009-12-01,United Kingdom,0.6163\n2009-12-01,Mexico,12.8570\n2009-12-01,Euro,0.6853\n"
)
NEXT_MONTH = "2010-01-01,United Kingdom,0.6194\n2010-01-01,Mexico,12.8154\n2010-01-01,Euro,0.6983\n"
UNITS = "Country,unit\nUnited Kingdom,GBP/USD\nMexico,MXN/USD\nEuro,EUR/USD\n"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        yield running


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def verdict(figcheck: Run, tmp_path: Path, catalog: Path, reference: str, value: str) -> str:
    desk = write(tmp_path / "desk.yaml", "source: {title: t, published: 2026-12-01}\nclaims:\n"
                 f"  - id: c\n    value: {json.dumps(value)}\n    reference: {reference}\n")  # fmt: skip
    figcheck("check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "r"))
    (found,) = json.loads((tmp_path / "r" / "report.json").read_text())["results"]
    return str(found["verdict"])


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def age(folder: Path) -> None:
    """Make the snapshot look retrieved earlier, so that a refresh archives it under a date."""
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text())
    descriptor["resources"][0]["retrieved"] = "2026-01-01"
    path.write_text(json.dumps(descriptor))


def test_refresh_re_applies_the_where_cut_and_keeps_the_old_snapshot(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    url = server.serve("/fed/monthly.csv", FED.encode())
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", url, "--name", "gbp", "--into", str(catalog),
                            "--where", "Country=United Kingdom",
                            "--unit", "Exchange rate=GBP/USD")  # fmt: skip
    assert code == 0, err
    folder = catalog / "gbp"
    first = (folder / "data.csv").read_bytes()
    resource = json.loads((folder / "datapackage.json").read_text())["resources"][0]
    assert resource["transform"]["name"] == "table"
    assert resource["transform"]["where"] == {"Country": "United Kingdom"}
    age(folder)
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "gbp")
    assert code == 0, out + err
    assert "unchanged" in out  # the cut, re-applied to the same file, gives the same bytes
    server.serve("/fed/monthly.csv", (FED + NEXT_MONTH).encode())
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "gbp")
    assert code == 0, out + err
    assert "updated" in out
    assert (
        folder / "data.csv"
    ).read_text() == first.decode() + "2010-01-01,United Kingdom,0.6194\n"
    (kept,) = json.loads((folder / "datapackage.json").read_text())["resources"][0]["x-snapshots"]
    assert (folder / kept["path"]).read_bytes() == first
    ref = "{dataset: gbp, where: {Date: 2010-01-01}}"
    assert verdict(figcheck, tmp_path, catalog, ref, "0.619 GBP/USD") == "supported"
    assert verdict(figcheck, tmp_path, catalog, ref, "0.70 GBP/USD") == "discrepancy"
    server.serve("/fed/monthly.csv", b"<html><body>Maintenance</body></html>",
                 headers={"Content-Type": "text/html"})  # fmt: skip
    before = files(folder)
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "gbp")
    assert code == 1
    assert "failed" in out + err
    assert files(folder) == before


def test_refresh_re_applies_the_sheet_of_an_excel_workbook(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    import openpyxl

    def workbook(rows: list[list[object]]) -> bytes:
        book = openpyxl.Workbook()
        notes = book.active
        assert notes is not None
        notes.title = "notes"
        notes.append(["Source: a statistics office"])
        sheet = book.create_sheet("data")
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    rows: list[list[object]] = [["state", "year", "deaths"], ["01", 2009, 1200], ["02", 2009, 3350]]
    url = server.serve("/stats/t.xlsx", workbook(rows))
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", url, "--name", "x", "--into", str(catalog),
                            "--sheet", "data", "--unit", "deaths=people")  # fmt: skip
    assert code == 0, err
    age(catalog / "x")
    server.serve("/stats/t.xlsx", workbook([*rows, ["03", 2009, 410]]))
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "x")
    assert code == 0, out + err
    assert (catalog / "x" / "data.csv").read_text().endswith("02,2009,3350\n03,2009,410\n")


def test_a_unit_map_gives_each_country_its_currency(figcheck: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "fed.csv", FED)
    units = write(tmp_path / "currencies.csv", UNITS)
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(source), "--name", "fx", "--into",
                              str(catalog), "--unit-map", f"Country={units}")  # fmt: skip
    assert code == 0, err
    assert "Exchange rate: number (unit from column 'unit')" in out
    assert (catalog / "fx" / "data.csv").read_text().splitlines()[:2] == [
        "Date,Country,Exchange rate,unit", "2009-11-01,United Kingdom,0.6027,GBP/USD"]  # fmt: skip
    assert figcheck("datasets", "verify", "fx", "--datasets", str(catalog))[0] == 0
    uk = "{dataset: fx, where: {Date: 2009-12-01, Country: United Kingdom}}"
    mx = "{dataset: fx, where: {Date: 2009-12-01, Country: Mexico}}"
    assert verdict(figcheck, tmp_path, catalog, uk, "0.616 GBP/USD") == "supported"
    assert verdict(figcheck, tmp_path, catalog, mx, "12.86 MXN/USD") == "supported"
    assert verdict(figcheck, tmp_path, catalog, mx, "14.2 MXN/USD") == "discrepancy"
    assert verdict(figcheck, tmp_path, catalog, mx, "12.86 GBP/USD") != "supported"


@pytest.mark.parametrize(
    ("units", "words"),
    [
        ("Country,unit\nUnited Kingdom,GBP/USD\nMexico,MXN/USD\n", "'Euro'"),
        ("Country,unit\nUnited Kingdom,GBP/USD\nMexico,pesos of gold\nEuro,EUR/USD\n", ":3:"),
        ("Country,unit\nMexico,MXN/USD\nMexico,EUR/USD\n", "line 2"),
        ("Country,unit,note\nMexico,MXN/USD,x\n", "two columns"),
    ],
    ids=["unmapped-country", "unknown-unit", "two-units", "three-columns"],
)
def test_a_bad_unit_map_is_a_clear_error(
    units: str, words: str, figcheck: Run, tmp_path: Path
) -> None:
    source = write(tmp_path / "fed.csv", FED)
    unit_map = write(tmp_path / "u.csv", units)
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", str(source), "--name", "fx", "--into",
                            str(catalog), "--unit-map", f"Country={unit_map}")  # fmt: skip
    assert code == 2
    assert words in err
    assert "Traceback" not in err
    assert not (catalog / "fx").exists()


def test_refresh_re_applies_the_unit_map_and_refuses_a_new_country(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    url = server.serve("/fed/monthly.csv", FED.encode())
    units = write(tmp_path / "currencies.csv", UNITS)
    catalog = tmp_path / "catalog"
    assert figcheck("datasets", "add", url, "--name", "fx", "--into", str(catalog),
                    "--unit-map", f"Country={units}")[0] == 0  # fmt: skip
    units.unlink()  # the map is kept in the descriptor: refresh does not need the file
    age(catalog / "fx")
    server.serve("/fed/monthly.csv", (FED + NEXT_MONTH).encode())
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "fx")
    assert code == 0, out + err
    assert "2010-01-01,Euro,0.6983,EUR/USD" in (catalog / "fx" / "data.csv").read_text()
    server.serve("/fed/monthly.csv", (FED + "2010-02-01,Japan,90.14\n").encode())
    before = files(catalog / "fx")
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), "fx")
    assert code == 1
    assert "'Japan'" in out + err
    assert files(catalog / "fx") == before


@pytest.mark.parametrize(
    ("body", "spec", "words"),
    [
        (b"a,b\n1,2\n", {"name": "table", "where": {"z": "1"}}, "no column 'z'"),
        (b"a,c\n1,2\n", {"name": "table"}, "missing b; new c"),
        (b"b,a\n2,1\n", {"name": "table"}, "another order"),
        (b"a,b\n1,2\n", {"name": "table", "where": ["a"]}, "where must map text to text"),
        (b"a,b\n1,2\n", {"name": "table", "sheet": 3}, "sheet must be text"),
        (b"a,b\n1,2\n", {"name": "table", "unitMap": {"units": {}}}, "needs a column"),
        (b"<html>", {"name": "table"}, "header row"),
    ],
    ids=["where-unknown", "columns-changed", "columns-reordered", "bad-where", "bad-sheet",
         "bad-unit-map", "html"],
)  # fmt: skip
def test_the_table_transform_names_what_is_wrong(
    body: bytes, spec: dict[str, object], words: str
) -> None:
    with pytest.raises(TransformError) as caught:
        apply_transform(spec, body, field_names=["a", "b"], max_bytes=10_000)
    assert words in str(caught.value)


def test_a_recipe_reads_back_as_written() -> None:
    recipe = Recipe({"Country": "Mexico"}, "data", None, UnitMap("Country", {"Mexico": "MXN/USD"}))
    assert Recipe.from_json(recipe.to_json()) == recipe
    with pytest.raises(InputError):
        Recipe.from_json({"name": "table", "unitMap": "Country"})


_CELL = st.text(alphabet=st.sampled_from('ab1-., é"='), min_size=1, max_size=6).filter(
    lambda text: text.strip() == text
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["MX", "US", "GB"]), _CELL, st.integers(-99, 99)),
        min_size=1,
        max_size=12,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    cut=st.sampled_from([None, "MX", "US"]),
)
def test_the_recipe_re_applied_to_the_same_file_gives_the_snapshot_byte_for_byte(
    rows: list[tuple[str, str, int]], delimiter: str, cut: str | None
) -> None:
    """Invariant: refresh of an unchanged publisher file is `unchanged`, whatever its dialect."""
    import csv
    import datetime as dt
    import tempfile

    from figcheck.data.packaging import PackageRequest, package_table

    if cut is not None and all(row[0] != cut for row in rows):
        cut = None
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(
        [("country", "note", "value"), *rows]
    )
    body = out.getvalue().encode("utf-8")
    where = {"country": cut} if cut else {}
    with tempfile.TemporaryDirectory() as tmp:
        request = PackageRequest(name="t", into=Path(tmp), key=(), where=where)
        packaged = package_table(body, "t.csv", request, dt.date(2026, 12, 1))
        snapshot = (packaged.folder / "data.csv").read_bytes()
        spec = json.loads((packaged.folder / "datapackage.json").read_text())["resources"][0]
    again = apply_transform(spec["transform"], body, field_names=["country", "note", "value"],
                            max_bytes=1_000_000)  # fmt: skip
    assert again == snapshot
