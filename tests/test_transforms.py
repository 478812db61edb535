"""Transforms: each bundled dataset's publisher format, served from 127.0.0.1, becomes its snapshot."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.data.transforms import TransformError, apply_transform
from helpers import BUNDLED
from localhttp import local_server

PUBLISHERS = Path(__file__).parent / "data" / "publishers"
GDP_FIELDS = ["Country Name", "Country Code", "Year", "Value"]


def world_bank_zip(snapshot: bytes) -> bytes:
    """The World Bank's bulk download layout (zip; preamble; one column per year), filled with
    the real values of the bundled snapshot."""
    long = pd.read_csv(io.BytesIO(snapshot), dtype=str, keep_default_na=False)
    wide = long.pivot(index=["Country Name", "Country Code"], columns="Year", values="Value")
    years = [str(year) for year in range(1960, 2024)]
    text = io.StringIO()
    text.write(
        '\ufeff"Data Source","World Development Indicators",\n\n"Last Updated Date","2026-02-24",\n\n'
    )
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(
        ["Country Name", "Country Code", "Indicator Name", "Indicator Code", *years, ""]
    )
    for (name, code), row in wide.iterrows():
        cells = ["" if pd.isna(row.get(year)) else row.get(year) for year in years]
        writer.writerow([name, code, "GDP (current US$)", "NY.GDP.MKTP.CD", *cells, ""])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", text.getvalue().encode())
        archive.writestr(
            "Metadata_Country_API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", b'"Country Code"\n'
        )
    return out.getvalue()


def zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def test_world_bank_wide_gives_the_snapshots_rows() -> None:
    snapshot = (BUNDLED / "world-gdp" / "data.csv").read_bytes()
    out = apply_transform(
        "world-bank-wide", world_bank_zip(snapshot), field_names=GDP_FIELDS, max_bytes=10**8
    )
    # The DataHub copy ends lines with CRLF; the transform writes LF. Every row is the same.
    assert out.decode().splitlines() == snapshot.decode().splitlines()


def test_unzip_gives_the_ecb_csv_unchanged() -> None:
    snapshot = (BUNDLED / "ecb-euro-fx" / "data.csv").read_bytes()
    assert (
        apply_transform(
            "unzip", zipped("eurofxref-hist.csv", snapshot), field_names=[], max_bytes=10**8
        )
        == snapshot
    )


def test_csv_rows_turns_the_published_table_into_the_snapshot_byte_for_byte() -> None:
    raw = (PUBLISHERS / "table-inegi-sesnsp.csv").read_bytes()
    descriptor = json.loads((BUNDLED / "mexico-homicides-annual" / "datapackage.json").read_text())
    resource = descriptor["resources"][0]
    names = [field["name"] for field in resource["schema"]["fields"]]
    out = apply_transform(resource["transform"], raw, field_names=names, max_bytes=10**7)
    assert out == (BUNDLED / "mexico-homicides-annual" / "data.csv").read_bytes()


@pytest.mark.parametrize(
    ("spec", "body", "message"),
    [
        ("unzip", b"not a zip", "not a readable zip archive"),
        ("unzip", zipped("a.txt", b"x"), "expected one data file in the zip, found 0"),
        (
            "unzip",
            zipped("big.csv", b"0" * 5000),
            "unpacks to 5,000 bytes, over the limit of 1,000",
        ),
        ("world-bank-wide", b"a,b\n1,2\n", "no header row starting with 'Country Name'"),
        (
            "world-bank-wide",
            b'"Country Name","Region"\n"X","Y"\n',
            "needs 'Country Name', 'Country Code' and year columns",
        ),
        ("csv-rows", b"\xff\xfe,1\n", "the download is not UTF-8"),
        (
            {"name": "csv-rows", "keepRowsMatching": {"yr": "x"}},
            b"a\n",
            "keepRowsMatching names unknown column(s) ['yr']",
        ),
        ({"name": "csv-rows", "keepRowsMatching": {"a": "\\d+"}}, b"x,y\n", "no row is left"),
        (
            "melt-it",
            b"",
            "unknown transform 'melt-it'; valid choices: csv-rows, none, table, unzip, world-bank-wide",
        ),
        (["unzip"], b"", "'transform' must be a name or an object with a 'name'"),
    ],
    ids=[
        "not-zip",
        "no-csv-member",
        "zip-bomb",
        "wb-no-header",
        "wb-no-years",
        "not-utf8",
        "unknown-column",
        "no-rows",
        "unknown",
        "bad-spec",
    ],
)
def test_transform_errors_say_what_is_wrong(spec: object, body: bytes, message: str) -> None:
    with pytest.raises(TransformError) as caught:
        apply_transform(spec, body, field_names=["a", "b"], max_bytes=1000)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("name", "served"),
    [
        ("world-gdp", lambda: world_bank_zip((BUNDLED / "world-gdp" / "data.csv").read_bytes())),
        (
            "ecb-euro-fx",
            lambda: zipped(
                "eurofxref-hist.csv", (BUNDLED / "ecb-euro-fx" / "data.csv").read_bytes()
            ),
        ),
        ("mexico-homicides-annual", lambda: (PUBLISHERS / "table-inegi-sesnsp.csv").read_bytes()),
    ],
    ids=["world-bank-zip", "ecb-zip", "crimenmexico-table"],
)
def test_refresh_of_each_bundled_dataset_from_its_publishers_format(
    name: str, served: object, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(BUNDLED / name, catalog / name)
    with local_server() as server:
        url = server.serve(
            "/download", served(), headers={"Content-Type": "application/octet-stream"}
        )  # type: ignore[operator]
        path = catalog / name / "datapackage.json"
        descriptor = json.loads(path.read_text())
        descriptor["resources"][0]["sources"][0]["path"] = url
        path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
        outcome = CliRunner().invoke(
            main,
            ["datasets", "refresh", name, "--cache-dir", str(tmp_path / "cache")],
            env={
                "FIGCHECK_BUNDLED_DATASETS": str(catalog),
                "FIGCHECK_HTTP_CACHE": str(tmp_path / "h.sqlite"),
            },
        )
    assert outcome.exit_code == 0, outcome.stdout + outcome.stderr
    if name == "world-gdp":  # same rows, new line endings: a new snapshot with no revision
        assert f"{name}: updated: no row added, removed or revised" in outcome.stdout
    else:
        assert f"{name}: unchanged: same data as the snapshot" in outcome.stdout
