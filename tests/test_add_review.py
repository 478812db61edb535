"""Regression tests for the review of `datasets add` / `refresh` (issue 13): name clashes,
concurrent and killed adds, `--into`, symlinks and duplicate periods in series, period
spellings in desks, percent against an index, names with a trailing line break, escaped
error output, and the claims table's list of valid columns."""

from __future__ import annotations

import decimal
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck import cli
from figcheck.data import snapshots
from figcheck.data.catalog import bundled_catalog, discover_catalog
from figcheck.data.observations import Observation, ProviderSeries, SeriesError
from figcheck.data.packaging import check_name
from figcheck.data.recipe import decimal_points
from figcheck.data.series import check_periods, desk_period, read_series_id
from figcheck.errors import InputError, UsageError
from figcheck.inputs.desks import load_desk
from figcheck.storage.outfolder import LOCK_NAME, STAGE_PREFIX
from helpers import REPO, Run
from localhttp import LocalServer, local_server

RECORDED = REPO / "tests" / "data" / "providers"
CSV = b"Country,Year,Value\nAlpha,2009,1.5\nBeta,2009,2.5\n"


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "table.csv"
    path.write_bytes(CSV)
    return path


def entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != LOCK_NAME)


# ------------------------------------------------------------------ 1. names that clash


def test_a_bundled_datasets_name_is_refused_in_another_catalog(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    for extra in ([], ["--overwrite"]):
        code, _, err = figcheck("datasets", "add", str(table), "--name", "world-gdp",
                                "--into", str(catalog), "--unit", "Value=USD", *extra)  # fmt: skip
        assert code == 2
        assert "'world-gdp' is the name of a dataset in" in err
        assert "choose another --name" in err
    assert not catalog.exists()


def test_an_existing_dataset_is_refused_unless_overwrite(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    args = ["datasets", "add", str(table), "--name", "gdp", "--into", str(catalog)]
    assert figcheck(*args, "--unit", "Value=USD")[0] == 0
    code, _, err = figcheck(*args, "--unit", "Value=EUR")
    assert code == 2
    assert "already holds a dataset named 'gdp'" in err
    assert "--overwrite" in err
    descriptor = json.loads((catalog / "gdp" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["schema"]["fields"][2]["unit"] == "USD"
    code, _, err = figcheck(*args, "--unit", "Value=EUR", "--overwrite")
    assert code == 0, err
    descriptor = json.loads((catalog / "gdp" / "datapackage.json").read_text())
    assert descriptor["resources"][0]["schema"]["fields"][2]["unit"] == "EUR"
    assert entries(catalog) == ["gdp"]  # the replaced folder is gone, no staging left
    assert figcheck("datasets", "verify", "gdp", "--datasets", str(catalog))[0] == 0


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]], ids=["plain", "overwrite"])
def test_a_folder_that_is_not_a_dataset_is_never_replaced(
    figcheck: Run, table: Path, tmp_path: Path, overwrite: list[str]
) -> None:
    catalog = tmp_path / "mine"
    (catalog / "notes").mkdir(parents=True)
    (catalog / "notes" / "mine.txt").write_text("keep me")
    code, _, err = figcheck("datasets", "add", str(table), "--name", "notes",
                            "--into", str(catalog), *overwrite)  # fmt: skip
    assert code == 2
    assert "is not a dataset" in err
    assert (catalog / "notes" / "mine.txt").read_text() == "keep me"


def test_a_name_held_by_another_folders_descriptor_is_refused(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    assert figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(catalog))[0] == 0
    (catalog / "gdp").rename(catalog / "folder-of-gdp")
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(catalog))
    assert code == 2
    assert "already named 'gdp'" in err
    assert entries(catalog) == ["folder-of-gdp"]


# ------------------------------------------------- 2. concurrent and interrupted adds


def test_concurrent_adds_of_one_name_give_one_whole_dataset(table: Path, tmp_path: Path) -> None:
    catalog = tmp_path / "mine"
    env = {**os.environ, "FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
           "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite")}  # fmt: skip
    command = [sys.executable, "-m", "figcheck", "datasets", "add", str(table), "--name", "gdp",
               "--into", str(catalog), "--unit", "Value=USD",
               "--cache-dir", str(tmp_path / "cache")]  # fmt: skip
    runs = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [(run.wait(), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        if run.stderr:
            run.stderr.close()
    assert sorted(code for code, _ in results) == [0, 2, 2], results
    for code, err in results:
        if code:
            assert "already holds a dataset named 'gdp'" in err, err
            assert "Traceback" not in err
            assert "Errno" not in err
    assert entries(catalog) == ["gdp"]
    dataset = discover_catalog([catalog]).datasets["gdp"]
    assert dataset.problem is None


def test_an_add_interrupted_while_writing_leaves_nothing(
    table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figcheck: Run
) -> None:
    catalog = tmp_path / "mine"
    catalog.mkdir()
    real = snapshots.json.dumps

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt  # as a Ctrl-C between data.csv and datapackage.json

    monkeypatch.setattr(snapshots.json, "dumps", interrupted)
    figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(catalog))
    monkeypatch.setattr(snapshots.json, "dumps", real)
    assert entries(catalog) == []


def test_what_a_killed_add_left_is_removed_by_the_next(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    stale = catalog / f"{STAGE_PREFIX}999999999-gdp-abc123"  # no such process
    stale.mkdir(parents=True)
    (stale / "data.csv").write_bytes(CSV[:20])
    assert discover_catalog([catalog]).strays == []  # hidden from the catalog meanwhile
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(catalog))
    assert code == 0, err
    assert entries(catalog) == ["gdp"]


# ------------------------------------------------------------------------ 4. --into


def test_into_empty_file_or_under_a_file_is_a_usage_error(
    figcheck: Run, table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", "")
    assert code == 2
    assert "--into: an empty path is not a folder" in err
    assert not (tmp_path / "gdp").exists()
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(table))
    assert code == 2
    assert "is a file, not a folder" in err
    under = str(table / "sub")
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", under)
    assert code == 2
    assert "which is a file" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_into_an_unwritable_folder_is_a_clear_error(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    code, _, err = figcheck("datasets", "add", str(table), "--name", "gdp", "--into", str(locked))
    assert code == 2
    assert str(locked) in err
    assert "Traceback" not in err


# --------------------------------------------------------------- 3. series refresh


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        yield running


ECB = "ECB/EXR/M.USD.EUR.SP00.A"


def add_ecb(figcheck: Run, server: LocalServer, catalog: Path, body: bytes | None = None) -> int:
    recorded = (RECORDED / "ecb-exr-m-usd-eur.xml").read_bytes()
    server.serve("/ecb/data/EXR/M.USD.EUR.SP00.A", recorded if body is None else body,
                 headers={"Content-Type": "application/xml"})  # fmt: skip
    code, _, _err = figcheck("datasets", "add", ECB, "--into", str(catalog),
                            f"--base-url=ECB={server.base}/ecb")  # fmt: skip
    return code


@pytest.mark.parametrize("link", ["data.csv", "raw.xml", "snapshots"], ids=str)
def test_a_series_refresh_never_writes_through_a_symbolic_link(
    figcheck: Run, server: LocalServer, tmp_path: Path, link: str
) -> None:
    catalog = tmp_path / "mine"
    assert add_ecb(figcheck, server, catalog) == 0
    (folder,) = (catalog / name for name in entries(catalog))
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "target"
    if link == "snapshots":
        target.mkdir()
    else:
        target.write_bytes((folder / link).read_bytes())
        (folder / link).unlink()
    (folder / link).symlink_to(target)
    before = {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()}
    changed = (
        (RECORDED / "ecb-exr-m-usd-eur.xml")
        .read_bytes()
        .replace(b'value="1.0201', b'value="1.0301', 1)
    )
    server.serve("/ecb/data/EXR/M.USD.EUR.SP00.A", changed,
                 headers={"Content-Type": "application/xml"})  # fmt: skip
    code, _out, err = figcheck("datasets", "refresh", folder.name, "--datasets", str(catalog),
                              f"--base-url=ECB={server.base}/ecb")  # fmt: skip
    assert code == 1
    # a linked data.csv is refused when the descriptor is read; the others when written
    assert (
        "via a link" in err if link == "data.csv" else "symbolic link" in err and "(write)" in err
    )
    assert {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()} == before


def test_duplicate_periods_are_an_error_naming_the_series() -> None:
    series = read_series_id(ECB)
    parsed = ProviderSeries(series, "t", (Observation("2009", 1.0), Observation("2009", 2.0)))
    with pytest.raises(SeriesError, match=r"series ECB/EXR/M\.USD\.EUR\.SP00\.A: .*2009 twice"):
        check_periods(parsed)


def test_a_response_with_a_period_twice_writes_nothing(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    text = (RECORDED / "ecb-exr-m-usd-eur.xml").read_text(encoding="utf-8")
    start = text.index("<generic:Obs>")
    end = text.index("</generic:Obs>", start) + len("</generic:Obs>")
    doubled = (text[:end] + text[start:end] + text[end:]).encode()
    catalog = tmp_path / "mine"
    assert add_ecb(figcheck, server, catalog, doubled) == 2
    assert not catalog.exists() or entries(catalog) == []


# ------------------------------------------------------------- 6. period spellings

PERIODS = [
    ("ECB/EXR/M.USD.EUR.SP00.A", "2009M01", "2009-01"),
    ("ECB/EXR/M.USD.EUR.SP00.A", "2009-01", "2009-01"),
    ("ECB/EXR/M.USD.EUR.SP00.A", "2009-01-01", "2009-01"),
    ("ECB/EXR/M.USD.EUR.SP00.A", "2010-12-01", "2010-12"),
    ("ECB/EXR/D.USD.EUR.SP00.A", "2010-12-01", "2010-12-01"),
    ("ECB/EXR/M.USD.EUR.SP00.A", "2010-12-15", "2010-12-15"),
    ("WB/WDI/Q-NY.GDP.MKTP.CD-WLD", "2009Q1", "2009-Q1"),
    ("WB/WDI/Q-NY.GDP.MKTP.CD-WLD", "2009-Q1", "2009-Q1"),
    ("WB/WDI/Q-NY.GDP.MKTP.CD-WLD", "2009-04-01", "2009-Q2"),
    ("WB/WDI/M-NY.GDP.MKTP.CD-WLD", "2009M12", "2009-12"),
    ("WB/WDI/A-NY.GDP.MKTP.CD-WLD", "2009", "2009"),
    ("WB/WDI/A-NY.GDP.MKTP.CD-WLD", "2009-01-01", "2009"),
    ("ESTAT/nama_10_gdp/A.CP_MEUR.B1GQ.DE", "2009-A1", "2009"),
    ("FRED/CPIAUCNS", "2009-12", "2009-12"),
    ("FRED/CPIAUCNS", "2009-12-01", {"in": ["2009-12-01", "2009-12"]}),
    ("FRED/CPIAUCNS", "2009-01-01", {"in": ["2009-01-01", "2009-01", "2009-Q1", "2009"]}),
    ("FRED/CPIAUCNS", "not a period", "not a period"),
]


@pytest.mark.parametrize(
    ("series", "text", "expected"), PERIODS, ids=[f"{s.split('/')[0]}-{t}" for s, t, _ in PERIODS]
)
def test_a_desks_period_is_spelt_as_the_snapshot_spells_it(
    series: str, text: str, expected: object
) -> None:
    assert desk_period(text, read_series_id(series)) == expected


def series_desk(tmp_path: Path, series: str, period: str, value: str) -> Path:
    path = tmp_path / "desks" / f"d-{abs(hash((series, period, value)))}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "source: {title: t, published: 2026-12-01}\nclaims:\n"
        f"  - id: c\n    value: {json.dumps(value)}\n"
        f"    reference: {{series: {json.dumps(series)}, period: {period}}}\n",
        encoding="utf-8",
    )
    return path


def check_one(figcheck: Run, tmp_path: Path, desk: Path, catalog: Path) -> dict[str, str]:
    reports = tmp_path / f"reports-{desk.stem}"
    figcheck("check", str(desk), "--datasets", str(catalog), "--out", str(reports))
    (found,) = json.loads((reports / "report.json").read_text())["results"]
    return dict(found)


@pytest.mark.parametrize("period", ["2022-11", "2022M11", "2022-11-01", '"2022-11-01"'], ids=str)
def test_a_monthly_series_is_found_by_any_spelling_of_its_month(
    figcheck: Run, server: LocalServer, tmp_path: Path, period: str
) -> None:
    catalog = tmp_path / "mine"
    assert add_ecb(figcheck, server, catalog) == 0
    desk = series_desk(tmp_path, ECB, period, "1.02 USD/EUR")
    found = check_one(figcheck, tmp_path, desk, catalog)
    assert found["verdict"] == "supported", found["message"]


# --------------------------------------------------------- 7. percent against an index


@pytest.mark.parametrize("value", ["3.2%", "215.9"], ids=["percent", "bare"])
def test_a_percent_claim_against_an_index_series_is_a_unit_error(
    figcheck: Run, server: LocalServer, tmp_path: Path, value: str
) -> None:
    server.serve("/fred/graph/fredgraph.csv?id=CPIAUCNS",
                 (RECORDED / "fred-cpiaucns.csv").read_bytes())  # fmt: skip
    catalog = tmp_path / "mine"
    code, _, err = figcheck("datasets", "add", "FRED/CPIAUCNS", "--into", str(catalog),
                            f"--base-url=FRED={server.base}/fred")  # fmt: skip
    assert code == 0, err
    found = check_one(figcheck, tmp_path, series_desk(tmp_path, "FRED/CPIAUCNS", "2009-12",
                                                      value), catalog)  # fmt: skip
    assert found["verdict"] == "error"
    assert "index" in found["message"]
    assert "incompatible units" in found["message"]
    if value.endswith("%"):
        assert "percent" in found["message"]


# -------------------------------------------- 8. a trailing line break is not a name


def test_a_name_with_a_trailing_line_break_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        check_name("gdp\n")
    folder = tmp_path / "catalog" / "gdp"
    folder.mkdir(parents=True)
    (folder / "datapackage.json").write_text(json.dumps({"name": "gdp\n", "resources": [{}]}))
    dataset = discover_catalog([tmp_path / "catalog"]).datasets["gdp"]
    assert dataset.problem
    assert "not a valid dataset name" in dataset.problem
    desk = tmp_path / "d.yaml"
    desk.write_text('claims:\n  - id: "a\\n"\n    value: "1"\n', encoding="utf-8")
    with pytest.raises(InputError, match="not a valid claim id"):
        load_desk(desk)


# ------------------------------------------------- 9. escaped output, 5. one definition


def test_an_error_never_prints_a_control_character(figcheck: Run, tmp_path: Path) -> None:
    hostile = str(tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.csv")
    code, out, err = figcheck("datasets", "add", hostile, "--name", "gdp")
    assert code == 2
    assert "\\x1b[2J" in err
    assert "\\x07" in err
    assert not any(ch in err + out for ch in "\x1b\x07")


def test_the_cli_takes_the_bundled_catalog_from_catalog_py(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert bundled_catalog() == REPO / "datasets"
    monkeypatch.setenv("FIGCHECK_BUNDLED_DATASETS", str(tmp_path))
    assert cli.bundled_catalog() == bundled_catalog(str(tmp_path)) == tmp_path
    assert "figcheck.data.catalog" in (cli.bundled_catalog.__doc__ or "")


# ------------------------------------------------ 10. a claims table's unknown column


def test_an_unknown_claims_table_column_lists_the_valid_ones(tmp_path: Path) -> None:
    table = tmp_path / "claims.csv"
    table.write_text("id,value,reference.period\na,1,2009\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_desk(table)
    text = str(caught.value)
    assert text.startswith(f"{table}:1: reference.period: unknown column 'reference.period'")
    choices = caught.value.choices or []
    assert {"id", "value", "quote", "as_of", "reference.dataset", "expected.min"} <= set(choices)
    assert not {"file", "line", "kind", "source"} & set(choices)


# --------------------------------------------- adversarial review: hostile tables, URLs


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"k,v\nx,1\ny,1e400\n", "'1e400' on line 3"),
        (b"k,v\nx,1\ny,inf\n", "'inf' on line 3"),
        (b"Land;Wert\nA;2.409,1\nB;6,2\n", "give --decimal-comma"),
    ],
    ids=["infinite", "inf-text", "decimal-comma"],
)
def test_a_unit_on_a_column_that_is_not_figures_names_a_cell(
    figcheck: Run, tmp_path: Path, body: bytes, words: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(body)
    column = "Wert" if b"Wert" in body else "v"
    code, _, err = figcheck("datasets", "add", str(path), "--name", "t",
                            "--into", str(tmp_path / "c"), "--unit", f"{column}=EUR")  # fmt: skip
    assert code == 2
    assert words in err
    assert "Traceback" not in err


@pytest.mark.parametrize("big", ["99999999999999999999999999", "9223372036854775809"], ids=str)
def test_a_figure_beyond_64_bits_is_a_number_not_a_crash(
    figcheck: Run, tmp_path: Path, big: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(f"k,v\nx,1\ny,{big}\n".encode())
    catalog = tmp_path / "c"
    code, out, err = figcheck("datasets", "add", str(path), "--name", "t", "--into",
                              str(catalog), "--unit", "v=USD")  # fmt: skip
    assert code == 0, err
    assert "v: number" in out
    assert figcheck("datasets", "verify", "t", "--datasets", str(catalog))[0] == 0
    # a hand-written descriptor that calls the column an integer: an unusable snapshot, no crash
    descriptor = catalog / "t" / "datapackage.json"
    descriptor.write_text(descriptor.read_text().replace('"number"', '"integer"'))
    code, out, err = figcheck("datasets", "verify", "t", "--datasets", str(catalog))
    assert code in (1, 2)
    assert "declared integer" in out + err
    assert "Traceback" not in out + err


def test_a_value_column_is_never_inferred_as_the_key(figcheck: Run, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"k,v\nx,1\nx,2\n")
    code, out, err = figcheck("datasets", "add", str(path), "--name", "t",
                              "--into", str(tmp_path / "c"), "--unit", "v=USD")  # fmt: skip
    assert code == 0, err
    assert "none unique found" in out
    assert "(key, unit USD)" not in out


def test_decimal_commas_are_written_with_a_point_and_refresh_does_the_same(
    figcheck: Run, tmp_path: Path
) -> None:
    body = b"Land;Jahr;Wert;Code\nDeutschland;2009;2.409,1;01\nFrankreich;2009;1.939;1.5\n"
    with local_server() as server:
        url = server.serve("/nama.csv", body, headers={"Content-Type": "text/csv"})
        catalog = tmp_path / "c"
        code, out, err = figcheck("datasets", "add", url, "--name", "nama", "--into",
                                  str(catalog), "--unit", "Wert=million EUR",
                                  "--decimal-comma")  # fmt: skip
        assert code == 0, err
        assert (catalog / "nama" / "data.csv").read_bytes() == (
            b"Land,Jahr,Wert,Code\nDeutschland,2009,2409.1,01\nFrankreich,2009,1939,1.5\n"
        )
        descriptor = json.loads((catalog / "nama" / "datapackage.json").read_text())
        assert descriptor["resources"][0]["transform"]["decimalComma"] is True
        code, out, err = figcheck("datasets", "refresh", "nama", "--datasets", str(catalog))
        assert code == 0, err
        assert "unchanged" in out


@pytest.mark.parametrize(
    "body",
    [b"k,v\ra,1\rb,2\r", b"\xef\xbb\xbfk,v\r\na,1\r\nb,2\r\n", b"k,v\na,1\nb,2"],
    ids=["cr-only", "bom-crlf", "no-final-newline"],
)
def test_line_ends_and_a_bom_give_the_same_snapshot(
    figcheck: Run, tmp_path: Path, body: bytes
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(body)
    code, _, err = figcheck("datasets", "add", str(path), "--name", "t",
                            "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "c" / "t" / "data.csv").read_bytes() == b"k,v\na,1\nb,2\n"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "needs a header row"),
        (b"a,b,c\n", "needs a header row"),
        ("Land,Wert\nK\u00f6ln,1\n".encode("latin-1"), "2: the file is not UTF-8"),
        ("k,v\na,1\n".encode("utf-16"), "not UTF-8"),
    ],
    ids=["empty", "header-only", "latin-1", "utf-16"],
)
def test_a_table_that_cannot_be_read_is_a_clear_error(
    figcheck: Run, tmp_path: Path, body: bytes, words: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(body)
    code, _, err = figcheck("datasets", "add", str(path), "--name", "t",
                            "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 2
    assert words in err
    assert not (tmp_path / "c").exists()


def test_a_name_too_long_for_a_folder_is_refused(
    figcheck: Run, table: Path, tmp_path: Path
) -> None:
    code, _, err = figcheck("datasets", "add", str(table), "--name", "a" * 300,
                            "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 2
    assert "at most 120" in err
    assert "Errno" not in err


@pytest.mark.parametrize(
    ("route", "words"),
    [
        ({"body": b"<html><body>Sign in</body></html>", "headers": {"Content-Type": "text/csv"}},
         "HTML page"),
        ({"body": b"oops", "status": 500}, "HTTP 500"),
        ({"status": 302, "headers": {"Location": "/t.csv"}}, "more than 5 redirects"),
        ({"status": 302, "headers": {"Location": "file:///etc/passwd"}}, "only http and https"),
        ({"body": b'{"k": 1}', "headers": {"Content-Type": "application/json"}},
         "needs a header row"),
    ],
    ids=["html-as-csv", "http-500", "redirect-loop", "redirect-to-file", "json"],
)  # fmt: skip
def test_a_url_that_does_not_answer_a_table_writes_nothing(
    figcheck: Run, tmp_path: Path, route: dict[str, object], words: str
) -> None:
    with local_server() as server:
        body = route.pop("body", b"")
        url = server.serve("/t.csv", body, **route)  # type: ignore[arg-type]
        code, _, err = figcheck("datasets", "add", url, "--name", "t",
                                "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 2
    assert words in err
    assert not (tmp_path / "c").exists()


# ------------------------------------------------------------------- invariants


@given(st.integers(1000, 2999), st.integers(1, 12))
def test_every_spelling_of_a_month_names_the_same_period(year: int, month: int) -> None:
    series = read_series_id("ECB/EXR/M.USD.EUR.SP00.A")
    spellings = [f"{year}M{month:02d}", f"{year}-{month:02d}", f"{year}-{month:02d}-01"]
    assert {str(desk_period(text, series)) for text in spellings} == {f"{year}-{month:02d}"}


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_a_decimal_comma_figure_reads_back_as_the_same_number(value: object) -> None:
    assert isinstance(value, decimal.Decimal)
    whole, _, fraction = f"{abs(value):.3f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    text = ("-" if value < 0 else "") + f"{grouped},{fraction}"
    table = pd.DataFrame({"v": [text, "1,5"]}, dtype=object)
    assert decimal.Decimal(decimal_points(table)["v"].iloc[0]) == value


def test_two_refreshes_at_once_update_once_and_keep_one_old_snapshot(
    figcheck: Run, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    with local_server() as server:
        url = server.serve("/t.csv", CSV)
        code, _, err = figcheck("datasets", "add", url, "--name", "gdp", "--into", str(catalog),
                                "--unit", "Value=USD")  # fmt: skip
        assert code == 0, err
        server.serve("/t.csv", CSV.replace(b"2.5", b"2.6"))
        env = {**os.environ, "FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets")}

        def refresh(i: int) -> subprocess.Popen[str]:
            options = ["--datasets", str(catalog), "--cache-dir", str(tmp_path / f"cache{i}"),
                       "--http-cache", str(tmp_path / f"http{i}.sqlite")]  # fmt: skip
            command = [sys.executable, "-m", "figcheck", "datasets", "refresh", "gdp", *options]
            return subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )

        runs = [refresh(i) for i in range(2)]
        outputs = [run.communicate() for run in runs]
    lines = sorted(out.strip() for out, _ in outputs)
    assert [line.split(":")[1].strip() for line in lines] == ["unchanged", "updated"], outputs
    assert figcheck("datasets", "verify", "gdp", "--datasets", str(catalog))[0] == 0
    descriptor = json.loads((catalog / "gdp" / "datapackage.json").read_text())
    assert len(descriptor["resources"][0]["x-snapshots"]) == 1
    assert (catalog / "gdp" / "data.csv").read_bytes() == CSV.replace(b"2.5", b"2.6")


def test_a_series_replaces_another_dataset_only_with_overwrite(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    catalog = tmp_path / "mine"
    assert add_ecb(figcheck, server, catalog) == 0
    (name,) = entries(catalog)
    server.serve("/fred/graph/fredgraph.csv?id=CPIAUCNS",
                 (RECORDED / "fred-cpiaucns.csv").read_bytes())  # fmt: skip
    args = ["datasets", "add", "FRED/CPIAUCNS", "--name", name, "--into", str(catalog),
            f"--base-url=FRED={server.base}/fred"]  # fmt: skip
    code, _, err = figcheck(*args)
    assert code == 2
    assert "--overwrite" in err
    assert add_ecb(figcheck, server, catalog) == 0  # the same series again: an update
    code, _, err = figcheck(*args, "--overwrite")
    assert code == 0, err
    descriptor = json.loads((catalog / name / "datapackage.json").read_text())
    assert descriptor["x-series"]["id"] == "FRED/CPIAUCNS"
    assert "x-snapshots" not in descriptor["resources"][0]
    assert entries(catalog) == [name]
    assert figcheck("datasets", "verify", name, "--datasets", str(catalog))[0] == 0


def test_a_key_cell_that_the_schema_reads_as_missing_is_refused(
    figcheck: Run, tmp_path: Path
) -> None:
    """missingValues applies to every column: 'N/A' in the value column made the key's 'N/A'
    a null key, so the new dataset failed its own suite (regression)."""
    path = tmp_path / "t.csv"
    path.write_bytes(b"k,v\nN/A,1\nb,N/A\nc,3\n")
    args = ["datasets", "add", str(path), "--name", "t", "--into", str(tmp_path / "c")]
    code, _, err = figcheck(*args, "--key", "k", "--unit", "v=USD")
    assert code == 2
    assert "t.csv:2: key column(s) k empty ('N/A' is read as missing" in err
    code, out, err = figcheck(*args, "--unit", "v=USD")
    assert code == 0, err
    assert "none unique found" in out
    assert figcheck("datasets", "verify", "t", "--datasets", str(tmp_path / "c"))[0] == 0
