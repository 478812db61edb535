"""Hostile input to `datasets add`: provider bodies that attack the parser (XML entities, deep
nesting, non-finite numbers), workbooks that are zip or entity bombs, CSV cells that are
formulas or never end, names and series ids that leave the catalog. Each is a clear error (or,
for formula cells, a warning) and nothing is written."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from figcheck.data.observations import SeriesError
from figcheck.data.providers import fred, sdmx, worldbank
from figcheck.data.series import read_series_id
from figcheck.errors import UsageError
from helpers import REPO, Run

RECORDED = REPO / "tests" / "data" / "providers"
SECRET = "figcheck-test-secret-0e5a"
_ENTITIES = "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
LAUGHS = f'<!DOCTYPE m [<!ENTITY a "xxxxxxxxxx">{_ENTITIES}]>'


def ecb_with(prolog: str, reference: str) -> bytes:
    """The recorded ECB answer with a DTD before its root and an entity in its header."""
    text = (RECORDED / "ecb-exr-m-usd-eur.xml").read_text(encoding="utf-8")
    start = text.index("<message:GenericData")
    text = text[:start] + prolog + text[start:]
    return text.replace("<message:Test>", f"<message:Test>{reference}", 1).encode()


@pytest.mark.parametrize(
    "body",
    [
        ecb_with('<!DOCTYPE m [<!ENTITY s SYSTEM "file://{secret}">]>', "&s;"),
        ecb_with(LAUGHS, "&j;"),
        ecb_with(LAUGHS, "&j;").decode().encode("utf-16"),
    ],
    ids=["xxe", "billion-laughs", "utf-16"],
)
def test_an_sdmx_body_with_a_dtd_is_refused_unread(
    body: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    body = body.replace(b"{secret}", str(secret).encode())
    series = read_series_id("ECB/EXR/M.USD.EUR.SP00.A")
    started = time.perf_counter()
    with pytest.raises(SeriesError) as caught:
        sdmx.parse(body, series)
    assert time.perf_counter() - started < 5  # refused, not expanded
    assert "DOCTYPE" in str(caught.value)
    assert SECRET not in str(caught.value) + capsys.readouterr().out


def test_a_malformed_sdmx_body_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """sdmx1 dumps its parser state to stdout on a failed parse; it must not reach the user."""
    deep = b'<m:GenericData xmlns:m="urn:x">' + b"<a>" * 5000 + b"</a>" * 5000 + b"</m:GenericData>"
    for body in (deep, b"<message:GenericData>not closed"):
        with pytest.raises(SeriesError):
            sdmx.parse(body, read_series_id("ECB/EXR/M.USD.EUR.SP00.A"))
    assert capsys.readouterr().out == ""


def wb_body(header: object = None, rows: object = None) -> bytes:
    recorded = json.loads((RECORDED / "wb-wdi-a-ny.gdp.mktp.cd-wld.json").read_text())
    return json.dumps([recorded[0] if header is None else header,
                       recorded[1] if rows is None else rows]).encode()  # fmt: skip


def wb_row(**change: object) -> list[dict[str, object]]:
    recorded = json.loads((RECORDED / "wb-wdi-a-ny.gdp.mktp.cd-wld.json").read_text())
    return [{**recorded[1][0], **change}]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
        (wb_body(rows=5), "not a list"),
        (wb_body(header={"pages": "many"}), "several pages"),
        (wb_body(rows=wb_row(country="World")), "malformed"),
        (wb_body(rows=wb_row(value="inf")), "not a finite number"),
        (wb_body(rows=wb_row(value=True)), "not a finite number"),
        (wb_body(rows=wb_row(value=12345.5)).replace(b"12345.5", b"NaN"), "NaN is not a JSON"),
        (wb_body(rows=wb_row(value=12345.5)).replace(b"12345.5", b"7" * 5000), "digits limit"),
    ],
    ids=["deep", "rows-not-list", "pages-not-number", "country-not-object", "infinite",
         "boolean", "nan", "integer-5000-digits"],
)  # fmt: skip
def test_a_hostile_world_bank_body_is_a_schema_fault(body: bytes, words: str) -> None:
    with pytest.raises(SeriesError) as caught:
        worldbank.parse(body, read_series_id("WB/WDI/A-NY.GDP.MKTP.CD-WLD"))
    assert words in str(caught.value)


def test_a_fred_figure_that_is_not_finite_is_refused() -> None:
    body = b"observation_date,CPIAUCNS\n2009-01-01,211.1\n2009-02-01,1e999\n"
    with pytest.raises(SeriesError, match="line 3"):
        fred.parse(body, read_series_id("FRED/CPIAUCNS"))


@pytest.mark.parametrize(
    "text",
    ["ECB/EXR\n/M.USD.EUR.SP00.A", "ECB/../M.USD.EUR.SP00.A", "ECB/EXR/..", "ECB/EXR/M.USD\n"
     "+GBP", "ESTAT/nama_10_gdp/A B"],
    ids=["newline", "dots-dataset", "dots-series", "newline-plus", "space"],
)  # fmt: skip
def test_a_malformed_series_id_is_refused(text: str) -> None:
    with pytest.raises(UsageError):
        read_series_id(text)


@pytest.mark.parametrize("name", ["../evil", "a/b", "x\n", ".hidden", "UPPER"])
def test_a_name_that_is_not_one_folder_is_refused(name: str, figcheck: Run, tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_text("k,v\na,1\n")
    catalog = tmp_path / "deep" / "catalog"
    for args in ([str(source), "--name", name], ["FRED/CPIAUCNS", "--name", name, "--offline"]):
        code, _, err = figcheck("datasets", "add", *args, "--into", str(catalog))
        assert code == 2, err
        assert "not a dataset name" in err
    assert not (tmp_path / "deep").exists()
    assert not (tmp_path / "evil").exists()


def workbook(extra: dict[str, bytes] | None = None, sheet_xml: Callable[[str], str] | None = None
             ) -> bytes:  # fmt: skip
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["k", "v"])
    sheet.append(["x", 1])
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if sheet_xml and name == "xl/worksheets/sheet1.xml":
                data = sheet_xml(data.decode()).encode()
            archive.writestr(name, data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("body", "args", "words"),
    [
        (workbook({"xl/media/padding.bin": b"\0" * 3_000_000}), ["--max-mb", "1"],
         "unpacks to 3,"),
        (workbook(sheet_xml=lambda x: LAUGHS + x.replace("<t>x</t>", "<t>&j;</t>")), [],
         "cannot read the sheet"),
        (workbook(sheet_xml=lambda x: '<!DOCTYPE m [<!ENTITY s SYSTEM "file:///etc/hostname">]>'
                  + x.replace("<t>x</t>", "<t>&s;</t>")), [], "cannot read the sheet"),
        (workbook(sheet_xml=lambda x: x.replace('ref="A1:B2"', 'ref="A1:XFD1048576"').replace(
            "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'
            "</sheetData>")), ["--max-mb", "1"], "more than 262,144 cells"),
    ],
    ids=["zip-bomb", "billion-laughs", "xxe", "dimension-bomb"],
)  # fmt: skip
def test_a_hostile_workbook_is_a_clear_error(
    body: bytes, args: list[str], words: str, figcheck: Run, tmp_path: Path
) -> None:
    source = tmp_path / "t.xlsx"
    source.write_bytes(body)
    started = time.perf_counter()
    code, _, err = figcheck("datasets", "add", str(source), "--name", "x", "--into",
                            str(tmp_path / "catalog"), *args)  # fmt: skip
    assert time.perf_counter() - started < 30
    assert code == 2, err
    assert words in err
    assert "Traceback" not in err
    assert not (tmp_path / "catalog").exists()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('k,v\na,1\nb,"' + "y" * 200_000 + "\n", "field larger than field limit"),
        ("k,v\x1b[2J\na,1\n", "control character"),
    ],
    ids=["unclosed-quote", "escape-in-header"],
)
def test_a_hostile_csv_is_a_clear_error(
    text: str, words: str, figcheck: Run, tmp_path: Path
) -> None:
    source = tmp_path / "t.csv"
    source.write_text(text)
    code, out, err = figcheck("datasets", "add", str(source), "--name", "x", "--into",
                              str(tmp_path / "catalog"))  # fmt: skip
    assert code == 2
    assert words in err
    assert "\x1b" not in out + err
    assert not (tmp_path / "catalog").exists()


def test_a_table_over_the_column_limit_is_refused_before_packaging(
    figcheck: Run, tmp_path: Path
) -> None:
    """hostile26: each column costs milliseconds (typed, ranged, given expectations), and not
    linearly: 3,000 columns took 16 s, 100,000 hours. The limit is named, its line given."""
    from figcheck.data.tables import read_table
    from figcheck.limits import MAX_TABLE_COLUMNS

    def wide(columns: int) -> str:
        return "\n".join(",".join(f"{c}{i}" for i in range(columns)) for c in "c12") + "\n"

    at_limit = read_table(wide(MAX_TABLE_COLUMNS.value).encode(), "t.csv")
    assert len(at_limit.columns) == MAX_TABLE_COLUMNS.value
    source = tmp_path / "t.csv"
    source.write_text("title line\n" + wide(MAX_TABLE_COLUMNS.value + 1))
    code, out, err = figcheck("datasets", "add", str(source), "--name", "x", "--header-line", "2",
                              "--into", str(tmp_path / "catalog"))  # fmt: skip
    assert code == 2, out + err
    assert "t.csv:2: a header of 2,001 columns: over the table columns limit of 2,000" in err
    assert not (tmp_path / "catalog").exists()


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("9" * 5000, "holds string values, not numbers (e.g. '99999"),
        ("1٥", "(e.g. '1٥' on line 2)"),
    ],
    ids=["integer-5000-digits", "arabic-indic-digit"],
)
def test_a_column_that_only_looks_like_integers_is_not_one(
    cell: str, words: str, figcheck: Run, tmp_path: Path
) -> None:
    """hostile23: 5,000 digits crashed type inference (Python's int() limit, a traceback);
    "1٥" was inferred an integer (``\\d`` is any script's digit) and then refused on reading back
    without naming the file or line."""
    source = tmp_path / "t.csv"
    source.write_text(f"year,n\n2009,{cell}\n2010,5\n")
    code, out, err = figcheck("datasets", "add", str(source), "--name", "x", "--unit", "n=people",
                              "--into", str(tmp_path / "catalog"))  # fmt: skip
    assert code == 2, out + err
    assert words in err
    assert "Traceback" not in out + err
    assert len(err) < 400
    assert not (tmp_path / "catalog").exists()


def test_formula_cells_are_kept_as_printed_with_a_warning(figcheck: Run, tmp_path: Path) -> None:
    text = 'country,note,value\nMX,"=HYPERLINK(""http://x"",""a"")",1\nUS,-,2\nGB,ok,-3\n'
    source = tmp_path / "t.csv"
    source.write_text(text)
    code, out, err = figcheck("datasets", "add", str(source), "--name", "x", "--into",
                              str(tmp_path / "catalog"))  # fmt: skip
    assert code == 0, err
    assert "warning: column note (1 cell(s)" in out
    assert "value" not in out.split("warning")[1].split("\n")[0]  # -3 is a number, not a formula
    assert (tmp_path / "catalog" / "x" / "data.csv").read_text() == text


def test_a_provider_text_cannot_drive_the_terminal(figcheck: Run, tmp_path: Path) -> None:
    """A provider's error message (or title) is printed with its control characters escaped."""
    from localhttp import local_server

    body = json.dumps([{"message": [{"id": "120", "key": "Invalid value",
                                     "value": "\u001b[2J\u001b]0;pwned\u0007gone"}]}])  # fmt: skip
    with local_server() as server:
        server.serve("/wb/country/WLD/indicator/NY.GDP.MKTP.CD?format=json&per_page=20000&source=2",
                     body.encode(), headers={"Content-Type": "application/json"})  # fmt: skip
        code, out, err = figcheck("datasets", "add", "WB/WDI/A-NY.GDP.MKTP.CD-WLD",
                                  f"--base-url=WB={server.base}/wb", "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 2
    assert "Invalid value" in err
    assert "\\x1b[2J" in err
    assert "\x1b" not in out + err
    assert "\x07" not in out + err


def _figcheck_within(seconds: float, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process killed after ``seconds``: a hang fails instead of stopping."""
    return subprocess.run([sys.executable, "-m", "figcheck", *args], capture_output=True,
                          text=True, timeout=seconds, check=False)  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("where", ["source", "unit-map"])
def test_a_fifo_given_to_datasets_add_is_refused_not_a_hang(tmp_path: Path, where: str) -> None:
    """hostile23: `datasets add FIFO` and `--unit-map COL=FIFO` blocked for ever (and
    /dev/zero was read without end)."""
    fifo = tmp_path / "t.csv"
    os.mkfifo(fifo)
    table = tmp_path / "ok.csv"
    table.write_text("year,n\n2009,5\n")
    args = [str(fifo)] if where == "source" else [str(table), "--unit-map", f"n={fifo}"]
    done = _figcheck_within(
        60, "datasets", "add", *args, "--name", "x", "--into", str(tmp_path / "catalog"),
        "--offline", "--cache-dir", str(tmp_path / "cache"),
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "cannot read it: not a regular file (a FIFO)" in done.stderr
    assert not (tmp_path / "catalog").exists()


@pytest.mark.parametrize(
    ("option", "value"),
    [("--max-mb", "1e400"), ("--max-mb", "0"), ("--timeout", "nan"), ("--timeout", "-1")],
)
def test_download_limits_must_be_finite_and_above_zero(
    figcheck: Run, tmp_path: Path, option: str, value: str
) -> None:
    """hostile23: --max-mb 1e400 crashed with a traceback (int of infinity); nan and -1 were
    taken."""
    code, out, err = figcheck("datasets", "refresh", "--offline", option, value)
    assert code == 2, out + err
    assert f"{option}: must be a finite number above 0" in err
    assert "Traceback" not in out + err


@pytest.mark.parametrize("value", ["1e300", "86401"])
def test_a_timeout_beyond_a_day_is_a_usage_error(figcheck: Run, value: str) -> None:
    """hostile26: --timeout 1e300 passed the finite check and overflowed the socket's timeout
    (OverflowError: timestamp out of range, a traceback)."""
    code, out, err = figcheck("datasets", "refresh", "--timeout", value)
    assert code == 2, out + err
    assert "--timeout: at most 86,400 seconds (a day)" in err


@pytest.mark.parametrize("command", ["refresh", "add", "recheck"])
@pytest.mark.parametrize(
    "content", [b"not a database at all" * 300, b"SQLite format 3\x00" + bytes(4000)]
)
def test_an_http_cache_that_is_no_database_names_the_file(
    figcheck: Run, tmp_path: Path, command: str, content: bytes
) -> None:
    """hostile26: a damaged --http-cache (or any other file named by it) was sqlite3's
    DatabaseError traceback."""
    cache = tmp_path / "damaged.sqlite"
    cache.write_bytes(content)
    args = {
        "refresh": ["datasets", "refresh"],
        "add": ["datasets", "add", "WB/WDI/A-NY.GDP.MKTP.CD-WLD", "--into", str(tmp_path / "c")],
        "recheck": ["recheck", "--out", str(tmp_path / "out")],
    }[command]
    code, out, err = figcheck(*args, "--http-cache", str(cache))
    assert code == 2, out + err
    assert f"--http-cache: {cache}: not a usable HTTP cache" in err
    assert "delete it" in err
    assert cache.read_bytes() == content


@pytest.mark.parametrize("where", ["source", "unit-map"])
def test_a_local_source_over_max_mb_names_the_limit_and_the_option(
    figcheck: Run, tmp_path: Path, where: str
) -> None:
    """mends25: a local file over --max-mb is refused before it is packaged, naming the
    limit and the option that raises it."""
    big = tmp_path / "big.csv"
    big.write_text("year,n\n" + "2009,5\n" * 400)  # 2,807 bytes
    table = tmp_path / "ok.csv"
    table.write_text("year,n\n2009,5\n")
    args = [str(big)] if where == "source" else [str(table), "--unit-map", f"n={big}"]
    code, out, err = figcheck("datasets", "add", *args, "--name", "x", "--into",
                              str(tmp_path / "catalog"), "--offline", "--max-mb", "0.001")  # fmt: skip
    assert code == 2, out + err
    assert "2,807 bytes, over --max-mb (1,048 bytes)" in err
    assert "raise --max-mb" in err
    assert not (tmp_path / "catalog").exists()


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="no /proc on this system")
def test_a_local_source_is_read_within_max_mb_whatever_its_size_says(
    figcheck: Run, tmp_path: Path
) -> None:
    """mends25: `datasets add` took a local file's size from stat and then read it without a
    bound; /proc/self/status says 0 bytes and holds 1,400. The read itself is bounded now (one
    open, as desks are read), so the size it said does not matter."""
    code, out, err = figcheck("datasets", "add", "/proc/self/status", "--name", "x", "--into",
                              str(tmp_path / "catalog"), "--offline", "--max-mb", "0.0005")  # fmt: skip
    assert code == 2, out + err
    assert "more than --max-mb (524 bytes)" in err
    assert not (tmp_path / "catalog").exists()


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--encoding", "rot13"], "--encoding 'rot13' is not a text encoding"),
        (["--encoding", "base64"], "--encoding 'base64' is not a text encoding"),
        (["--key", "country", "--key", "country"], "--key country is given twice"),
        (["--unit", "value="], "--unit value=: the unit is empty"),
    ],
    ids=["rot13", "base64", "key-twice", "unit-empty"],
)
def test_add_options_that_name_nonsense_are_usage_errors(
    figcheck: Run, tmp_path: Path, option: list[str], words: str
) -> None:
    """hostile26: --encoding rot13 (a codec, not a text encoding) was a LookupError traceback;
    --key country twice wrote a primary key of country, country; --unit value= wrote a field
    whose unit is empty text. Each was added without a word."""
    source = tmp_path / "t.csv"
    source.write_text("country,year,value\nWLD,2009,5\nMEX,2009,6\n")
    code, out, err = figcheck("datasets", "add", str(source), "--name", "t", *option,
                              "--into", str(tmp_path / "catalog"))  # fmt: skip
    assert code == 2, out + err
    assert words in err
    assert "Traceback" not in out + err
    assert not (tmp_path / "catalog" / "t").exists()


def test_a_utf16_encoding_is_still_a_text_encoding(figcheck: Run, tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes("country,year,value\nWLD,2009,5\nMEX,2009,6\n".encode("utf-16"))
    code, out, err = figcheck("datasets", "add", str(source), "--name", "t", "--encoding",
                              "utf-16", "--unit", "value=USD", "--into", str(tmp_path / "c"))  # fmt: skip
    assert code == 0, out + err
