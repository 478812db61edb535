"""`datasets add` on layouts of real publishers' downloads it was not built on (fixtures in
tests/data/tables/, synthetic figures; see the README there): a title block above the header,
notes below the table, Latin-1 files, a tab-separated Eurostat file, thousands separators, and
a key that is two columns apart. Each is either read right or refused with the option to give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from figcheck.data.tables import read_table
from helpers import Run
from localhttp import local_server

TABLES = Path(__file__).parent / "data" / "tables"


def add(figcheck: Run, tmp_path: Path, name: str, *args: str) -> tuple[int, str, str]:
    return figcheck("datasets", "add", str(TABLES / name), "--into", str(tmp_path / "cat"), *args)


def verdicts(figcheck: Run, tmp_path: Path, claims: list[tuple[str, str]]) -> list[str]:
    """Check one claim per (value, reference) against the catalog; the verdicts in order."""
    lines = ["source: {title: t, published: 2026-12-01}", "claims:"]
    for number, (value, reference) in enumerate(claims):
        lines += [f"  - id: c{number}", f"    value: {json.dumps(value)}",
                  f"    reference: {reference}"]  # fmt: skip
    desk = tmp_path / "desk.yaml"
    desk.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "report"
    figcheck("check", str(desk), "--datasets", str(tmp_path / "cat"), "--out", str(out))
    results = json.loads((out / "report.json").read_text())["results"]
    by_id = {r["id"]: r["verdict"] for r in results}
    return [by_id[f"c{n}"] for n in range(len(claims))]


def snapshot_rows(tmp_path: Path, name: str) -> list[str]:
    return (tmp_path / "cat" / name / "data.csv").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("name", "args"),
    [("wb-api-wide.csv", []),  # the World Bank's 4 metadata lines (and blanks)
     ("banxico-sie-latin1.csv", ["--encoding", "latin-1"])],  # a title line holding commas
)  # fmt: skip
def test_a_title_block_is_refused_naming_the_header_line(
    figcheck: Run, tmp_path: Path, name: str, args: list[str]
) -> None:
    code, _, err = add(figcheck, tmp_path, name, "--name", "t", *args)
    assert code == 2
    assert "--header-line 5" in err


def test_header_line_skips_the_title_block(figcheck: Run, tmp_path: Path) -> None:
    code, out, err = add(figcheck, tmp_path, "wb-api-wide.csv", "--name", "wb", "--header-line",
                         "5", "--unit", "2019=USD", "--unit", "2020=USD")  # fmt: skip
    assert code == 0, err
    assert "4 rows" in out
    descriptor = json.loads((tmp_path / "cat" / "wb" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["transform"]["headerLine"] == 5  # refresh re-applies it
    mex = '{dataset: wb, where: {Country Code: MEX}, column: "2020"}'
    abw = '{dataset: wb, where: {Country Code: ABW}, column: "2019"}'
    assert verdicts(figcheck, tmp_path, [("1.12 trillion USD", mex), ("3.31 billion USD", abw)]) \
        == ["supported", "supported"]  # fmt: skip


def test_header_line_numbers_count_blank_lines(figcheck: Run, tmp_path: Path) -> None:
    """An error's line is the file's line, blank lines included."""
    (tmp_path / "t.csv").write_text("a,b\n\n\nx,1\nx,2\n", encoding="utf-8")
    code, _, err = figcheck("datasets", "add", str(tmp_path / "t.csv"), "--name", "t",
                            "--into", str(tmp_path / "cat"), "--key", "a")  # fmt: skip
    assert code == 2
    assert "t.csv:4" in err
    assert "rows 4 and 5" in err


@pytest.mark.parametrize(
    ("name", "unit", "rows", "key"),
    [("wb-databank.csv", "2019 [YR2019]=people", 3, "Country Name"),
     ("undata-footnotes.csv", "Value=people", 3, "Country or Area, Year")],
)  # fmt: skip
def test_notes_below_the_table_are_not_rows(
    figcheck: Run, tmp_path: Path, name: str, unit: str, rows: int, key: str
) -> None:
    code, out, err = add(figcheck, tmp_path, name, "--name", "t", "--unit", unit)
    assert code == 0, err
    assert f"{rows} rows" in out
    assert f"checked unique): {key}" in out
    assert "not read as rows" in out  # the user is told, with the lines
    assert len(snapshot_rows(tmp_path, "t")) == rows + 1


def test_many_note_blocks_below_a_long_table_are_found_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """mends25: each note block peeled off the bottom rebuilt the blank-line positions of the
    whole table (199 blocks under 50,000 rows: 2.2 s against 0.5 s for the rows alone). Counted,
    not timed: a row's line span is worked out at most once per row, however many blocks."""
    from figcheck.data import tables

    spans = 0
    span = tables._span

    def counted(row: list[str]) -> int:
        nonlocal spans
        spans += 1
        return span(row)

    monkeypatch.setattr(tables, "_span", counted)
    rows = ["a,b,c,d", *(f"{i},x,y,z" for i in range(5_000))]
    noted = ("\n".join(rows + [f"\nnote {k}" for k in range(199)]) + "\n").encode()
    frame = read_table(noted, "t.csv")
    assert len(frame) == 5_000
    assert "199 line(s) below the table" in frame.attrs["notes"][0]
    assert spans <= 2 * 199, spans  # one per blank line; it was about 20,000 (a scan per block)


def test_undata_claims_check_against_the_table(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "undata-footnotes.csv", "--name", "un",
                       "--unit", "Value=people")  # fmt: skip
    assert code == 0, err
    mex = "{dataset: un, where: {Country or Area: Mexico, Year: 2020}, column: Value}"
    chl = "{dataset: un, where: {Country or Area: Chile, Year: 2010}, column: Value}"
    assert verdicts(figcheck, tmp_path, [("126.0 million people", mex),
                                         ("20 million people", chl)]) \
        == ["supported", "discrepancy"]  # fmt: skip


def test_latin1_is_refused_naming_the_encoding_option(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "inegi-bie-semicolon.csv", "--name", "inegi")
    assert code == 2
    assert "--encoding latin-1" in err


def test_encoding_reads_a_latin1_file(figcheck: Run, tmp_path: Path) -> None:
    code, _out, err = add(figcheck, tmp_path, "banxico-sie-latin1.csv", "--name", "banxico",
                         "--encoding", "latin-1", "--header-line", "5",
                         "--unit", "SF43718=MXN/USD")  # fmt: skip
    assert code == 0, err
    descriptor = json.loads((tmp_path / "cat" / "banxico" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["transform"]["encoding"] == "latin-1"
    ref = "{dataset: banxico, where: {Fecha: 02/01/2020}, column: SF43718}"
    assert verdicts(figcheck, tmp_path, [("18.88 MXN/USD", ref), ("19.5 MXN/USD", ref)]) == [
        "supported", "discrepancy"]  # fmt: skip


def test_an_unknown_encoding_is_a_usage_error(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "fred.csv", "--name", "f", "--encoding", "klingon")
    assert code == 2
    assert "--encoding" in err
    assert "klingon" in err


def test_a_tab_separated_file_with_commas_in_its_header(figcheck: Run, tmp_path: Path) -> None:
    """Eurostat's TSV: the first column's name holds commas (``freq,unit,geo\\TIME_PERIOD``)."""
    code, out, err = add(figcheck, tmp_path, "eurostat-flags.tsv", "--name", "estat",
                         "--unit", "2019=percent")  # fmt: skip
    assert code == 0, err
    assert "geo: string (key)" in out  # the first column is split (below)
    ref = '{dataset: estat, where: {geo: AT}, column: "2019"}'
    assert verdicts(figcheck, tmp_path, [("4.5%", ref), ("5.5%", ref)]) == [
        "supported", "discrepancy"]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "unit"), [("thousands-totals.csv", "2022=people"),
                       ("quarters-long.csv", "gdp_musd=million USD")],
)  # fmt: skip
def test_thousands_separators_are_refused_naming_the_option(
    figcheck: Run, tmp_path: Path, name: str, unit: str
) -> None:
    code, _, err = add(figcheck, tmp_path, name, "--name", "t", "--unit", unit)
    assert code == 2
    assert "--thousands-comma" in err


def test_thousands_comma_reads_the_figures(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "quarters-long.csv", "--name", "q",
                       "--thousands-comma", "--unit", "gdp_musd=million USD")  # fmt: skip
    assert code == 0, err
    assert snapshot_rows(tmp_path, "q")[1] == "2020Q1,5310.2"
    descriptor = json.loads((tmp_path / "cat" / "q" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["transform"]["thousandsComma"] is True
    ref = "{dataset: q, where: {quarter: 2020Q2}, column: gdp_musd}"
    assert verdicts(figcheck, tmp_path, [("4.81 billion USD", ref), ("5.3 billion USD", ref)]) \
        == ["supported", "discrepancy"]  # fmt: skip


def test_thousands_comma_and_decimal_comma_together_are_refused(
    figcheck: Run, tmp_path: Path
) -> None:
    code, _, err = add(figcheck, tmp_path, "quarters-long.csv", "--name", "q",
                       "--thousands-comma", "--decimal-comma")  # fmt: skip
    assert code == 2
    assert "not both" in err


def test_the_key_may_be_two_columns_apart(figcheck: Run, tmp_path: Path) -> None:
    """SDMX-CSV: constant columns (STRUCTURE, FREQ…) lie between the area and the period."""
    code, out, err = add(figcheck, tmp_path, "oecd-sdmx.csv", "--name", "oecd",
                         "--unit", "OBS_VALUE=percent")  # fmt: skip
    assert code == 0, err
    assert "checked unique): REF_AREA, TIME_PERIOD" in out
    usa = "{dataset: oecd, where: {REF_AREA: USA, TIME_PERIOD: 2020-Q2}, column: OBS_VALUE}"
    mex = "{dataset: oecd, where: {REF_AREA: MEX, TIME_PERIOD: 2020-Q1}, column: OBS_VALUE}"
    assert verdicts(figcheck, tmp_path, [("13%", usa), ("3.4%", mex)]) == [
        "supported", "supported"]  # fmt: skip


def test_flagged_figures_are_refused_naming_the_option(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "eurostat-flags.tsv", "--name", "e",
                       "--unit", "2020=percent")  # fmt: skip
    assert code == 2
    assert "'3.6 p'" in err
    assert "--drop-flags" in err


def test_drop_flags_reads_eurostat_figures(figcheck: Run, tmp_path: Path) -> None:
    code, out, err = add(figcheck, tmp_path, "eurostat-flags.tsv", "--name", "e", "--drop-flags",
                         "--unit", "2020=percent", "--unit", "2021=percent")  # fmt: skip
    assert code == 0, err
    assert "2021: number (unit percent, missing: :)" in out
    assert snapshot_rows(tmp_path, "e")[3] == "A,PC,DE,3.0 ,3.6,3.7"  # flags gone, else as printed
    descriptor = json.loads((tmp_path / "cat" / "e" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["transform"]["dropFlags"] is True
    de = '{dataset: e, where: {geo: DE}, column: "2020"}'
    el = '{dataset: e, where: {geo: EL}, column: "2020"}'
    assert verdicts(figcheck, tmp_path, [("3.6%", de), ("19%", el)]) == [
        "supported", "discrepancy"]  # fmt: skip


def test_eurostats_first_column_is_split_into_its_dimensions(figcheck: Run, tmp_path: Path) -> None:
    """``freq,unit,geo\\TIME_PERIOD`` holding ``A,PC,DE`` was one key column that a desk had to
    quote whole (``"freq,unit,geo\\\\TIME_PERIOD": "A,PC,DE"``); it is three columns, the key is
    the one that varies, and the note names the unit Eurostat's code gives."""
    code, out, err = add(figcheck, tmp_path, "eurostat-flags.tsv", "--name", "e", "--drop-flags",
                         "--where", "geo=DE")  # fmt: skip
    assert code == 0, err
    assert snapshot_rows(tmp_path, "e") == ["freq,unit,geo,2019,2020,2021", "A,PC,DE,3.0 ,3.6,3.7"]
    assert "is split into freq, unit, geo (Eurostat's key)" in out
    assert "its unit PC is percent (e.g. --unit-periods 'percent')" in out
    descriptor = json.loads((tmp_path / "cat" / "e" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["transform"]["splitKeys"] is True


def test_a_table_without_eurostats_first_column_keeps_its_recipe(
    figcheck: Run, tmp_path: Path
) -> None:
    """Only a split table's recipe says ``splitKeys`` (older recipes read back the same)."""
    code, _, err = add(figcheck, tmp_path, "fred.csv", "--name", "f")
    assert code == 0, err
    descriptor = json.loads((tmp_path / "cat" / "f" / "datapackage.json").read_text())
    assert "splitKeys" not in descriptor["resources"][0]["transform"]


def test_a_row_with_another_number_of_dimensions_keeps_the_column(
    figcheck: Run, tmp_path: Path
) -> None:
    """A row that does not split as the header says leaves the column whole, with a note
    (review33: it refused the whole add)."""
    (tmp_path / "e.tsv").write_text("unit,geo\\time\t2020\nPC,AT\t1.0\nPC\t2.0\n", encoding="utf-8")
    code, out, err = figcheck("datasets", "add", str(tmp_path / "e.tsv"), "--name", "e",
                              "--into", str(tmp_path / "cat"))  # fmt: skip
    assert code == 0, err
    assert "'unit,geo\\time' is kept whole: line 3's 'PC' holds 1 part(s), not 2" in out
    descriptor = json.loads((tmp_path / "cat" / "e" / "datapackage.json").read_text())
    assert "splitKeys" not in descriptor["resources"][0]["transform"]


@pytest.mark.parametrize(
    "table",
    ['Country\\Year,2019,2020\nFrance,1.1,1.2\n"Korea, Rep.",2.1,2.2\n',  # a pivot's corner
     "geo,geo\\TIME_PERIOD\t2019\nAT,AT\t1.1\nDE,DE\t2.1\n"],  # a dimension named twice
)  # fmt: skip
def test_a_first_column_that_is_no_eurostat_key_is_kept(
    figcheck: Run, tmp_path: Path, table: str
) -> None:
    """review33: a pivot table's corner ``Country\\Year`` was split (and a comma in a name
    refused the add); a repeated dimension crashed with a traceback."""
    (tmp_path / "t.csv").write_text(table, encoding="utf-8")
    code, out, err = figcheck("datasets", "add", str(tmp_path / "t.csv"), "--name", "t",
                              "--into", str(tmp_path / "cat"))  # fmt: skip
    assert code == 0, err
    assert "split" not in out
    first = table.splitlines()[0].replace("\t", ",").split(",")[0]
    assert snapshot_rows(tmp_path, "t")[0].lstrip('"').startswith(first)  # the corner kept whole


def test_the_parts_of_a_key_cell_are_stripped(figcheck: Run, tmp_path: Path) -> None:
    (tmp_path / "e.tsv").write_text("unit,geo\\time\t2020\nPC, AT\t1.0\nPC, DE\t2.0\n",
                                    encoding="utf-8")  # fmt: skip
    code, _, err = figcheck("datasets", "add", str(tmp_path / "e.tsv"), "--name", "e",
                            "--into", str(tmp_path / "cat"))  # fmt: skip
    assert code == 0, err
    assert snapshot_rows(tmp_path, "e")[1] == "PC,AT,1.0"


def test_refresh_re_applies_the_split(figcheck: Run, tmp_path: Path) -> None:
    with local_server() as server:
        url = server.serve("/e.tsv", (TABLES / "eurostat-flags.tsv").read_bytes())
        code, _, err = figcheck("datasets", "add", url, "--name", "e", "--into",
                                str(tmp_path / "cat"), "--drop-flags")  # fmt: skip
        assert code == 0, err
        code, out, err = figcheck("datasets", "refresh", "--datasets", str(tmp_path / "cat"), "e")
        assert code == 0, out + err
        assert "unchanged" in out


def test_a_missing_marker_with_blanks_around_it_is_missing(figcheck: Run, tmp_path: Path) -> None:
    """``.. `` was refused by the snapshot's own schema, with no line to act on."""
    (tmp_path / "pad.csv").write_text("a,b\nx,1\ny,.. \n", encoding="utf-8")
    code, out, err = figcheck("datasets", "add", str(tmp_path / "pad.csv"), "--name", "pad",
                              "--into", str(tmp_path / "cat"), "--unit", "b=USD")  # fmt: skip
    assert code == 0, err
    assert "b: integer (unit USD, missing: ..)" in out
    assert snapshot_rows(tmp_path, "pad") == ["a,b", "x,1", "y,.."]


@pytest.mark.parametrize(
    ("name", "args", "columns"),
    [("wb-databank.csv", [], ["2019 [YR2019]", "2020 [YR2020]", "2021 [YR2021]"]),
     ("months-wide.csv", [], ["2020M01", "2020M02", "2020M03"]),
     ("wb-api-wide.csv", ["--header-line", "5"], ["2019", "2020", "2021", "2022"])],
)  # fmt: skip
def test_unit_periods_gives_every_period_column_its_unit(
    figcheck: Run, tmp_path: Path, name: str, args: list[str], columns: list[str]
) -> None:
    code, _, err = add(figcheck, tmp_path, name, "--name", "w", "--unit-periods", "USD", *args)
    assert code == 0, err
    fields = json.loads((tmp_path / "cat" / "w" / "datapackage.json").read_text())["resources"][
        0]["schema"]["fields"]  # fmt: skip
    assert [f["name"] for f in fields if f.get("unit") == "USD"] == columns


def test_period_columns_without_a_unit_name_the_option(figcheck: Run, tmp_path: Path) -> None:
    code, out, err = add(figcheck, tmp_path, "months-wide.csv", "--name", "m")
    assert code == 0, err
    assert "--unit-periods UNIT" in out


def test_unit_periods_on_a_table_without_period_columns(figcheck: Run, tmp_path: Path) -> None:
    code, _, err = add(figcheck, tmp_path, "fred.csv", "--name", "f", "--unit-periods", "USD")
    assert code == 2
    assert "no column" in err
    assert "period" in err


def test_a_unit_for_a_column_whose_name_holds_an_equals_sign(figcheck: Run, tmp_path: Path) -> None:
    """INEGI names an index column ``… (Índice base 2018=100)``; a unit never holds ``=``."""
    column = "Indicador global de la actividad económica (Índice base 2018=100)"
    code, out, err = add(figcheck, tmp_path, "inegi-bie-semicolon.csv", "--name", "inegi",
                         "--encoding", "latin-1", "--decimal-comma",
                         "--unit", f"{column}=index", "--unit", "Variación anual (%)=percent")  # fmt: skip
    assert code == 0, err
    assert f"{column}: number (unit index)" in out
    ref = f'{{dataset: inegi, where: {{Periodo: 2020/04}}, column: "{column}"}}'
    assert verdicts(figcheck, tmp_path, [("88.5 index", ref), ("95 index", ref)]) == [
        "supported", "discrepancy"]  # fmt: skip


def test_refresh_re_applies_encoding_header_line_and_flags(figcheck: Run, tmp_path: Path) -> None:
    """The options are the recipe: the same download refreshes to the same bytes."""
    with local_server() as server:
        url = server.serve("/sie.csv", (TABLES / "banxico-sie-latin1.csv").read_bytes())
        code, _, err = figcheck("datasets", "add", url, "--name", "bx", "--into",
                                str(tmp_path / "cat"), "--encoding", "latin-1",
                                "--header-line", "5", "--unit", "SF43718=MXN/USD")  # fmt: skip
        assert code == 0, err
        code, out, err = figcheck("datasets", "refresh", "--datasets", str(tmp_path / "cat"), "bx")
        assert code == 0, out + err
        assert "unchanged" in out


def test_a_cell_over_two_lines_is_no_blank_line(figcheck: Run, tmp_path: Path) -> None:
    """A quoted cell that holds a line break is not a blank line: the sparse row below it is a
    row, not a note."""
    (tmp_path / "t.csv").write_text('a,b,c\nx,"one\ntwo",1\ny,,\n', encoding="utf-8")
    code, out, err = figcheck("datasets", "add", str(tmp_path / "t.csv"), "--name", "t",
                              "--into", str(tmp_path / "cat"))  # fmt: skip
    assert code == 0, err
    assert "2 rows" in out
    assert "not read as rows" not in out
