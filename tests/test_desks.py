"""Reading desks and claims tables: every problem names the file, the line and the key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from figcheck.errors import InputError
from figcheck.inputs.desks import load_desk, load_desks
from figcheck.inputs.reading import not_utf8

GOOD = """
source:
  title: Test article
  published: 2012-09-03
claims:
  - id: first
    quote: "about 2.1 trillion"
    value: 2.1 trillion USD
    hedge: about
  - id: second
    value: 3
    reference:
      dataset: gdp
      where: {country: WLD, year: {between: [2008, 2009]}}
      aggregate: sum
  - id: third
    value: 1.5 percent
    expected: {tolerance: 10 percent}
    reference:
      expr: a / b
      terms:
        a: {claim: first}
        b: {dataset: gdp, where: {country: WLD, year: 2009}}
"""


def test_a_good_desk(write_desk: Callable[..., Path]) -> None:
    desk = load_desk(write_desk(GOOD))
    frame = desk.frame
    assert list(frame["id"]) == ["first", "second", "third"]
    assert list(frame["line"]) == [5, 9, 15]
    assert list(frame["kind"]) == ["none", "lookup", "derived"]
    assert frame.loc[0, "as_of"] == "2012-09-03"  # the source's date is the default as_of
    assert frame.loc[1, "reference.where.year"] == {"between": [2008, 2009]}
    assert desk.derivations["third"].expr == "a / b"
    assert len(desk.inputs[0][1]) == 64


@pytest.mark.parametrize(
    ("text", "line", "key", "message"),
    [
        ("claims:\n  - value: 3\n", 2, "claims[0].id", "missing required key 'id'"),
        ("claims:\n  - id: Bad Id\n    value: 3\n", 2, "claims[0].id", "not a valid claim id"),
        ("claims:\n  - id: a\n", 2, "claims[0].value", "missing required key 'value'"),
        (
            "claims:\n  - id: a\n    value: 3\n    refrence: {}\n",
            4,
            "claims[0].refrence",
            "unknown key 'refrence'",
        ),
        ("claims:\n  - id: a\n    value: 3\n    value: 4\n", 4, "claims[0].value", "appears twice"),
        (
            "source:\n  published: last year\nclaims:\n  - id: a\n    value: 3\n",
            2,
            "source.published",
            "real date written YYYY-MM-DD",
        ),
        (
            "claims:\n  - id: a\n    value: 3\n    reference:\n      dataset: d\n"
            "      where: {year: [1, 2]}\n",
            6,
            "claims[0].reference.where.year",
            "{in: [...]}",
        ),
        (
            "claims:\n  - id: a\n    value: 3\n    reference:\n      dataset: d\n"
            "      aggregate: median\n",
            6,
            "claims[0].reference.aggregate",
            "unknown aggregate",
        ),
        (
            "claims:\n  - id: a\n    value: 3\n    reference:\n      dataset: d\n"
            "      where: {year: {between: [1]}}\n",
            6,
            "claims[0].reference.where.year",
            "two values",
        ),
        (
            "claims:\n  - id: a\n    value: 3\n    expected: {min: 1, tolerance: 5 percent}\n",
            4,
            "claims[0].expected.tolerance",
            "not both",
        ),
        ("claims:\n  - id: a\n    value: [3]\n", 3, "claims[0].value", "must be text"),
        (
            "claims:\n  - id: a\n    value: 3\n    reference:\n      expr: a\n",
            5,
            "claims[0].reference.terms",
            "needs 'terms'",
        ),
        (
            "claims:\n  - id: a\n    value: 3\n    reference:\n      expr: a\n      terms:\n"
            "        a: {claim: b, take: both}\n",
            7,
            "claims[0].reference.terms.a.take",
            "unknown take",
        ),
        ("source: {title: x}\n", 1, None, "missing required key 'claims'"),
        ("claims:\n  - [1, 2]\n", 2, "claims[0]", "must be a mapping"),
        ("claims: [\n", 2, None, "not valid YAML"),
        ("- 1\n", 1, None, "must be a mapping"),
    ],
    ids=[
        "no-id",
        "bad-id",
        "no-value",
        "typo-key",
        "duplicate-key",
        "bad-date",
        "where-list",
        "bad-aggregate",
        "between-one",
        "min-and-tolerance",
        "value-list",
        "no-terms",
        "bad-take",
        "no-claims",
        "claim-not-mapping",
        "bad-yaml",
        "not-mapping",
    ],
)
def test_malformed_desks_name_file_line_and_key(
    write_desk: Callable[..., Path], text: str, line: int, key: str | None, message: str
) -> None:
    path = write_desk(text)
    with pytest.raises(InputError) as caught:
        load_desk(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line
    assert error.key == key
    assert message in str(error)
    assert str(error).startswith(f"{path}:{line}")


def test_duplicate_ids_across_files(write_desk: Callable[..., Path]) -> None:
    write_desk("claims:\n  - id: same\n    value: 1\n", "a.yaml")
    second = write_desk("claims:\n  - {id: other, value: 1}\n  - {id: same, value: 2}\n", "b.yaml")
    with pytest.raises(InputError, match="used twice") as caught:
        load_desks([second.parent])
    assert caught.value.path == str(second)
    assert caught.value.line == 3


def test_joined_desks_keep_integer_conditions(write_desk: Callable[..., Path]) -> None:
    """Regression: a condition column only one desk has became floats when desks were joined,
    and reports said "year = 2009.0"."""
    write_desk(
        "claims:\n  - {id: a, value: 1, reference: {dataset: d, where: {year: 2009}}}\n", "a.yaml"
    )
    second = write_desk(
        "claims:\n  - {id: b, value: 1, reference: {dataset: d, where: {k: x}}}\n", "b.yaml"
    )
    frame = load_desks([second.parent]).frame
    assert frame["reference.where.year"].tolist()[0] == 2009
    assert isinstance(frame["reference.where.year"].tolist()[0], int)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("claims:\n  - id: a\n    quote: M\xe9rida\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_desk(path)


def test_a_desk_cut_inside_a_character_names_the_byte_it_starts_at(tmp_path: Path) -> None:
    """mends26: the byte named was the file's length (5, past its last byte 4), not the
    first byte of the character the file ends inside."""
    path = tmp_path / "cut.yaml"
    path.write_bytes(b"a: \xe2\x82")
    error = not_utf8(path)
    assert str(error).startswith(f"{path}:1: not UTF-8 text (it ends inside a character, byte 3)")


def test_a_folder_without_desks_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no desk files"):
        load_desks([tmp_path / "empty"])


def test_missing_path_and_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_desks([tmp_path / "nope.yaml"])
    other = tmp_path / "notes.txt"
    other.write_text("x")
    with pytest.raises(InputError, match="not a desk file"):
        load_desks([other])


CSV = """id,quote,value,hedge,as_of,reference.dataset,reference.where.country,reference.where.year,source.title
gdp-wld-2009,world GDP,60 trillion USD,about,2009-12-31,gdp,WLD,2009,Table desk
gdp-mex-2009,Mexico GDP,0.9 trillion USD,,2009-12-31,gdp,MEX,2009,
no-ref,a number,5,,,,,,
"""


def test_claims_table_csv(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(CSV)
    desk = load_desk(path)
    frame = desk.frame
    assert list(frame["line"]) == [2, 3, 4]
    assert list(frame["kind"]) == ["lookup", "lookup", "none"]
    assert frame.loc[0, "reference.where.year"] == "2009"
    assert desk.sources[0].title == "Table desk"


def test_a_claims_table_saved_with_a_byte_order_mark_reads_as_without(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" starts with a BOM: the first column was '\ufeffid', "unknown".
    path = tmp_path / "claims.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    plain = tmp_path / "plain.csv"
    plain.write_text(CSV)
    pd.testing.assert_frame_equal(
        load_desk(path).frame.drop(columns="file"), load_desk(plain).frame.drop(columns="file")
    )


def test_claims_table_parquet_matches_csv(tmp_path: Path) -> None:
    csv_path = tmp_path / "claims.csv"
    csv_path.write_text(CSV)
    table = pd.read_csv(csv_path, dtype=str)
    parquet_path = tmp_path / "claims.parquet"
    table.to_parquet(parquet_path)
    from_csv, from_parquet = load_desk(csv_path).frame, load_desk(parquet_path).frame
    assert list(from_parquet["id"]) == list(from_csv["id"])
    assert list(from_parquet["line"]) == [1, 2, 3]  # Parquet rows are numbered from 1


@pytest.mark.parametrize(
    ("csv", "line", "key", "message"),
    [
        ("id,value\nok,1\nBad Id,2\n", 3, "id", "not a valid claim id"),
        ("id,value\nok,1\nalso,\n", 3, "value", "missing required value"),
        ("id,valeu\nok,1\n", 1, "valeu", "unknown column 'valeu'"),
        ("id\nok\n", 1, "value", "missing required column"),
        ("id,value,colour\nok,1,red\n", 1, "colour", "unknown column"),
        ("id,value,source.published\nok,1,31/12/2009\n", 2, "source.published", "real date"),
        ("id,value\nsame,1\nsame,2\n", 3, "id", "used twice"),
        ("id,value,hedge,note\nok,1,,\ncut,2\n", 3, "hedge", "fewer fields than the header"),
        ('id,value,quote,note\n\nok,1,"a\nb",\n\ncut,2,x\n', 6, "note", "(3, not 4)"),
        ('id,value,hedge\nok,1,x\n""\ncut,2\n', 3, "value", "(1, not 3)"),
        ("id,value,hedge\nok,1,x\n  \t \n\ncut,2\n", 5, "hedge", "(2, not 3)"),
        ('id,value,hedge\n\nok,"1\n",x\n""\nbad,"2,\n', 6, None, "never closed"),
    ],
    ids=[
        "bad-id",
        "no-value",
        "typo-column",
        "no-value-column",
        "unknown-column",
        "bad-date",
        "duplicate",
        "short-row",
        "short-row-after-blank-lines-and-a-quoted-line-break",
        "a-line-of-two-quotes-is-a-short-row-not-a-blank-line",
        "short-row-after-a-line-of-spaces-and-tabs",
        "unclosed-quote-after-blank-quoted-and-multiline-rows",
    ],
)
def test_malformed_tables(tmp_path: Path, csv: str, line: int, key: str, message: str) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(csv)
    with pytest.raises(InputError) as caught:
        load_desk(path)
    assert (caught.value.line, caught.value.key) == (line, key)
    assert message in str(caught.value)


def test_a_row_with_empty_fields_is_not_a_short_row(tmp_path: Path) -> None:
    """mends25: a row with fewer fields than the header is an error; one that writes its empty
    fields (``ok,1,,``), or a whole table whose last column is empty, is read as before."""
    path = tmp_path / "claims.csv"
    path.write_text('id,value,quote,note\nok,1,,\n\nalso,2,"x\ny",\nlast,3,z,\n')
    frame = load_desk(path).frame
    assert list(frame["id"]) == ["ok", "also", "last"]
    assert frame["note"].isna().all()


def test_values_keep_their_printed_form(write_desk: Callable[..., Path]) -> None:
    """YAML would read 1.50 as 1.5 and off as false; figcheck keeps the text as printed."""
    desk = load_desk(write_desk("claims:\n  - {id: off, value: 1.50, hedge: about}\n"))
    assert desk.frame.loc[0, "id"] == "off"
    assert desk.frame.loc[0, "value"] == "1.50"


@pytest.mark.parametrize("kind", ["desk", "table"])
def test_a_claim_unreadable_at_load_names_its_file_line_and_key(tmp_path: Path, kind: str) -> None:
    # One mechanism for every load-time claim error (an impossible as_of, a shape spec mistake):
    # the claim's problem, located as desk errors are.
    if kind == "desk":
        path = tmp_path / "d.yaml"
        path.write_text(
            "source: {title: T, published: 2012-01-01}\n"
            "claims:\n"
            "  - {id: a, value: 5 people, as_of: 2015-13-45}\n"
            "  - id: b\n"
            "    value: 5 percent\n"
            "    reference: {dataset: d, change: bogus, from: {y: 1}, to: {y: 2}}\n",
            encoding="utf-8",
        )
        expected = {
            "a": f"{path}:3: claims[0].as_of:",
            "b": f"{path}:6: claims[1].reference.change:",
        }
    else:
        path = tmp_path / "c.csv"
        path.write_text("id,value,as_of\na,5 people,2015-13-45\nb,5 people,2015-01-02\n")
        expected = {"a": f"{path}:2: as_of:"}
    frame = load_desk(path).frame.set_index("id")
    for claim_id, start in expected.items():
        assert str(frame.at[claim_id, "problem"]).startswith(start), frame.at[claim_id, "problem"]
    if kind == "table":
        assert pd.isna(frame.at["b", "problem"])  # a good row has none


def test_a_cell_longer_than_the_csv_modules_default_limit_is_read(tmp_path: Path) -> None:
    """Review of mends25: the short-row check re-reads the table with :mod:`csv`, whose default
    field limit (131,072 characters) stopped the run with a traceback on a long quote that
    pandas reads; the long row is read, and the cut-off row after it is still named."""
    import csv

    path = tmp_path / "claims.csv"
    path.write_text(f'id,quote,value,note\nok,"{"x" * 140_000}",1 USD,\ncut,q\n', encoding="utf-8")
    limit = csv.field_size_limit()
    with pytest.raises(InputError) as caught:
        load_desk(path)
    assert (caught.value.line, caught.value.key) == (3, "value")
    assert "fewer fields than the header" in str(caught.value)
    assert csv.field_size_limit() == limit  # the process's limit is restored (datasets add)


# --- lead, after hostile26: a claims table of 100,000 columns took 70 s to refuse ----------------


def _wide_header(columns: int, duplicate_last: bool = False) -> str:
    names = ["id", "value", "reference.dataset", *(f"x-{i}" for i in range(columns - 3))]
    if duplicate_last:
        names[-1] = "x-0"
    return ",".join(names)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_claims_table_wider_than_the_columns_limit_is_refused_naming_it(
    tmp_path: Path, suffix: str
) -> None:
    from figcheck.limits import MAX_TABLE_COLUMNS, LimitError

    path = tmp_path / f"wide{suffix}"
    header = _wide_header(MAX_TABLE_COLUMNS.value + 1)
    if suffix == ".csv":
        path.write_text(
            header
            + "\n"
            + ",".join(["a", "5 USD", "gdp"] + [""] * (len(header.split(",")) - 3))
            + "\n"
        )
    else:
        names = header.split(",")
        pd.DataFrame({name: ["a" if name == "id" else ""] for name in names}).to_parquet(path)
    with pytest.raises(LimitError) as caught:
        load_desk(path)
    message = str(caught.value)
    assert f"wide{suffix}" in message
    assert f"a header of {MAX_TABLE_COLUMNS.value + 1:,} columns" in message
    assert "table columns limit" in message


def test_a_column_named_twice_at_the_end_of_a_wide_header_is_found(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(_wide_header(1_999, duplicate_last=True) + "\na,5 USD,gdp\n")
    with pytest.raises(InputError, match="column 'x-0' appears twice"):
        load_desk(path)
