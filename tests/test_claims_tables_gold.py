"""Claims tables give the verdicts and words of the same claims in a desk (verdicts24).

tests/data/verdicts/tables/claims.csv writes eight claims of the hand-labelled desks
(adversarial.yaml, adversarial3.yaml, ranges.yaml) as table rows: hedges, as_of, a tolerance,
where keys on two datasets, a column, currency conversions. Each form of the table (plain CSV,
an Excel CSV with a byte-order mark, CRLF line ends, its columns shuffled and an ``x-`` column,
Parquet with the year as an integer or as a float with missing cells) must give each claim the
same verdict, reference, range and message as the desk. The expectations were written before
the tables were run (docs/claims-tables.md is the specification).
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from figcheck.errors import InputError
from figcheck.pipeline import Report
from helpers import check_paths

VERDICTS = Path(__file__).resolve().parent / "data" / "verdicts"
TABLE = VERDICTS / "tables" / "claims.csv"
DESKS = [VERDICTS / "adversarial.yaml", VERDICTS / "adversarial3.yaml", VERDICTS / "ranges.yaml"]


def _rows() -> tuple[list[str], list[dict[str, str]]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


HEADER, ROWS = _rows()
IDS = [row["id"] for row in ROWS]


@pytest.fixture(scope="module")
def desk_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    report = check_paths(DESKS, [], tmp_path_factory.mktemp("desks"), bundled=True)
    return _by_id(report)


def _by_id(report: Report) -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in report.findings.to_dict("records")}


def _same(got: dict[str, Any], want: dict[str, Any]) -> None:
    assert got["verdict"] == want["verdict"], got["message"]
    assert got["message"] == want["message"]
    for key in ("reference_value", "expected_min", "expected_max"):
        a, b = float(got[key]), float(want[key])
        assert (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12), key


def _excel_csv(path: Path) -> Path:
    """The table as Excel writes it: BOM, CRLF, the columns in another order, an x- column."""
    order = [*reversed(HEADER), "x-desk"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=order, lineterminator="\r\n")
    writer.writeheader()
    for row in ROWS:
        writer.writerow({**row, "x-desk": "economy"})
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def _parquet(path: Path, year: pa.DataType) -> Path:
    """The table as Parquet: texts as texts, empty cells as nulls, the year a number."""
    columns: dict[str, pa.Array] = {}
    for name in HEADER:
        cells = [row[name] or None for row in ROWS]
        if name == "reference.where.Year":
            columns[name] = pa.array([None if c is None else int(c) for c in cells], type=year)
        else:
            columns[name] = pa.array(cells, type=pa.string())
    pq.write_table(pa.table(columns), path)
    return path


FORMS = {
    "csv": lambda tmp: TABLE,
    "excel-csv": lambda tmp: _excel_csv(tmp / "excel.csv"),
    "parquet-int-year": lambda tmp: _parquet(tmp / "int.parquet", pa.int64()),
    "parquet-float-year": lambda tmp: _parquet(tmp / "float.parquet", pa.float64()),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_a_table_gives_the_desks_verdicts_and_words(
    form: str, desk_results: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    table = FORMS[form](tmp_path)
    got = _by_id(check_paths([table], [], tmp_path, bundled=True))
    assert sorted(got) == sorted(IDS)
    for claim_id in IDS:
        _same(got[claim_id], desk_results[claim_id])


def test_na_is_a_text_not_a_missing_cell(tmp_path: Path) -> None:
    """'NA' (Namibia's two-letter code) is a condition, never an empty cell: no row of world-gdp
    has that code, so the claim is unverifiable, not a lookup that matches every country."""
    table = tmp_path / "na.csv"
    table.write_text(
        "id,value,reference.dataset,reference.where.Country Code,reference.where.Year\n"
        "namibia,12 billion USD,world-gdp,NA,2023\n",
        encoding="utf-8",
    )
    row = _by_id(check_paths([table], [], tmp_path, bundled=True))["namibia"]
    assert row["verdict"] == "unverifiable", row["message"]
    assert "Country Code = NA" in row["message"]


def test_a_parquet_number_value_reads_as_the_same_figure_in_a_desk(
    tmp_path: Path, write_desk: Any
) -> None:
    """A Parquet float 17.1 is the value '17.1' (no unit), as a desk's ``value: 17.1``."""
    where = {"reference.dataset": "fed-fx-monthly", "reference.column": "Exchange rate",
             "reference.where.Country": "Mexico", "reference.where.Date": "2024-01"}  # fmt: skip
    table = tmp_path / "number.parquet"
    pq.write_table(
        pa.table(
            {
                "id": ["peso"],
                "value": pa.array([17.1], pa.float64()),
                **{k: [v] for k, v in where.items()},
            }
        ),
        table,
    )
    desk = write_desk(
        "claims:\n  - {id: peso, value: 17.1, reference: {dataset: fed-fx-monthly, "
        "column: Exchange rate, where: {Country: Mexico, Date: 2024-01}}}\n"
    )
    got = _by_id(check_paths([table], [], tmp_path / "t", bundled=True))["peso"]
    want = _by_id(check_paths([desk], [], tmp_path / "d", bundled=True))["peso"]
    _same(got, want)


def test_a_derivation_in_a_table_is_a_clear_error(tmp_path: Path) -> None:
    """Tables hold lookups only (docs/claims-tables.md): a reference.expr column stops the run
    naming the file, line 1 and the column, before anything is checked."""
    table = tmp_path / "derived.csv"
    table.write_text(
        "id,value,reference.expr,reference.terms.a.dataset\nshare,17 percent,a / 2,world-gdp\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"derived\.csv:1: reference\.expr: unknown column"):
        check_paths([table], [], tmp_path, bundled=True)


def _typed_parquet(path: Path) -> Path:
    """Parquet as a data tool writes it: as_of a date (or a timestamp), hedge a dictionary
    column, the year an integer."""
    columns: dict[str, pa.Array] = {}
    for name in HEADER:
        cells = [row[name] or None for row in ROWS]
        if name == "reference.where.Year":
            columns[name] = pa.array([None if c is None else int(c) for c in cells], pa.int32())
        elif name in ("as_of", "source.published"):
            import datetime as dt

            days = [None if c is None else dt.date.fromisoformat(c) for c in cells]
            if name == "as_of":
                columns[name] = pa.array(days, pa.date32())
            else:
                columns[name] = pa.array(
                    [None if d is None else dt.datetime.combine(d, dt.time()) for d in days],
                    pa.timestamp("ns"),
                )
        elif name == "hedge":
            columns[name] = pa.array(cells, pa.string()).dictionary_encode()
        else:
            columns[name] = pa.array(cells, type=pa.string())
    pq.write_table(pa.table(columns), path)
    return path


def test_parquet_dates_and_dictionary_columns_read_as_their_text(
    desk_results: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    """docs/claims-tables.md: Parquet 'columns of any type'. A date32 as_of, a timestamp
    source.published at midnight and a dictionary-encoded hedge give the desk's results."""
    got = _by_id(check_paths([_typed_parquet(tmp_path / "typed.parquet")], [], tmp_path,
                             bundled=True))  # fmt: skip
    assert sorted(got) == sorted(IDS)
    for claim_id in IDS:
        _same(got[claim_id], desk_results[claim_id])


def test_a_repeated_column_is_a_clear_error(tmp_path: Path) -> None:
    """Two 'hedge' columns: which one holds? The run stops naming the file, line 1 and the
    column, rather than taking either."""
    table = tmp_path / "twice.csv"
    table.write_text(
        "id,value,hedge,hedge,reference.dataset\nx,1 trillion USD,about,some,world-gdp\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"twice\.csv:1: hedge: "):
        check_paths([table], [], tmp_path, bundled=True)
