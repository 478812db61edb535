"""`figcheck datasets add PROVIDER/DATASET/SERIES`: recorded responses served from 127.0.0.1
become snapshots a desk is checked against; every fault leaves nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.data.packaging import yaml_text
from figcheck.storage.outfolder import LOCK_NAME
from helpers import REPO
from localhttp import LocalServer, local_server

RECORDED = REPO / "tests" / "data" / "providers"


@dataclass(frozen=True)
class Case:
    provider: str
    series: str
    path: str  # the query's path and query string under the provider's base URL
    fixture: str
    content_type: str
    period: str
    claim: str  # a claim the recorded figure supports
    wrong: str  # one it does not


CASES = [
    Case("WB", "WB/WDI/A-NY.GDP.MKTP.CD-WLD",
         "/country/WLD/indicator/NY.GDP.MKTP.CD?format=json&per_page=20000&source=2",
         "wb-wdi-a-ny.gdp.mktp.cd-wld.json", "application/json", "2009", "60.7 trillion USD",
         "58 trillion USD"),
    Case("ECB", "ECB/EXR/M.USD.EUR.SP00.A", "/data/EXR/M.USD.EUR.SP00.A",
         "ecb-exr-m-usd-eur.xml", "application/xml", "2022-11", "1.02 USD/EUR", "1.10 USD/EUR"),
    Case("ESTAT", "ESTAT/nama_10_gdp/A.CLV10_MEUR.B1GQ.BE",
         "/data/nama_10_gdp/A.CLV10_MEUR.B1GQ.BE",
         "estat-nama_10_gdp-a-clv10_meur-b1gq-be.xml", "application/xml", "2009",
         "353 billion EUR", "353 million EUR"),
    Case("IMF", "IMF/BOP/A.IT.BXGN_BP6_USD", "/data/BOP/A.IT.BXGN_BP6_USD",
         "imf-bop-a-it-bxgn_bp6_usd.xml", "application/xml", "1975", "1.79 million USD",
         "1.79 USD"),
    Case("OECD", "OECD/OECD.SDD.STES,DSD_STES@DF_FINMARK,4.0/USA.M.IR3TIB.PA._Z._Z._Z._Z.N",
         "/data/OECD.SDD.STES,DSD_STES@DF_FINMARK,4.0/USA.M.IR3TIB.PA._Z._Z._Z._Z.N",
         "oecd-finmark-usa-m-ir3tib.xml", "application/xml", "2024-12", "4.46%", "5.46%"),
    Case("FRED", "FRED/CPIAUCNS", "/graph/fredgraph.csv?id=CPIAUCNS", "fred-cpiaucns.csv",
         "text/csv", "2009-12", "215.9 index", "216.5 index"),
]  # fmt: skip
IDS = [case.provider for case in CASES]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        yield running


Run = Callable[..., tuple[int, str, str]]


def entries(catalog: Path) -> list[Path]:
    """What a catalog folder holds besides the lock of :mod:`figcheck.storage.outfolder` (kept, as
    filelock keeps its file); staging folders a failed add left would show here."""
    if not catalog.exists():
        return []
    return sorted(p for p in catalog.iterdir() if p.name != LOCK_NAME)


@pytest.fixture
def figcheck(tmp_path: Path, server: LocalServer) -> Run:
    """Run the CLI with every provider's base URL on the local server."""
    bases = [f"--base-url={c.provider}={server.base}/{c.provider.lower()}" for c in CASES]

    def run(*args: str, fetch: bool = True) -> tuple[int, str, str]:
        env = {"FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
               "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite")}  # fmt: skip
        extra = [*bases, "--cache-dir", str(tmp_path / "cache")] if fetch else []
        outcome = CliRunner().invoke(main, [*args, *extra], env=env)
        return outcome.exit_code, outcome.stdout, outcome.stderr

    return run


def serve(server: LocalServer, case: Case, body: bytes | None = None, **route: object) -> None:
    recorded = (RECORDED / case.fixture).read_bytes()
    headers = route.pop("headers", {"Content-Type": case.content_type})
    server.serve(f"/{case.provider.lower()}{case.path}",
                 recorded if body is None else body, headers=headers, **route)  # fmt: skip


def desk(tmp_path: Path, case: Case, value: str) -> Path:
    path = tmp_path / "desks" / "series.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "source: {title: t, published: 2026-12-01}\nclaims:\n"
        f"  - id: c\n    value: {json.dumps(value)}\n"
        f"    reference: {{series: {json.dumps(case.series)}, period: {json.dumps(case.period)}}}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_recorded_response_becomes_a_snapshot_a_desk_is_checked_against(
    case: Case, figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    serve(server, case)
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", case.series, "--into", str(catalog))
    assert code == 0, err
    assert f"series: {yaml_text(case.series)}" in out
    (folder,) = entries(catalog)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert descriptor["x-series"]["id"] == case.series
    raw = descriptor["resources"][0]["x-raw"]["path"]
    assert (folder / raw).read_bytes() == (RECORDED / case.fixture).read_bytes()
    assert descriptor["resources"][0]["sources"][0]["path"].startswith("http")
    assert "127.0.0.1" not in descriptor["resources"][0]["sources"][0]["path"]
    for value, verdict in ((case.claim, "supported"), (case.wrong, "discrepancy")):
        reports = tmp_path / f"reports-{verdict}"
        figcheck("check", str(desk(tmp_path, case, value)), "--datasets", str(catalog),
                 "--out", str(reports), "--cache-dir", str(tmp_path / "cache"), fetch=False)  # fmt: skip
        (found,) = json.loads((reports / "report.json").read_text())["results"]
        assert found["verdict"] == verdict, found["message"]


@pytest.mark.parametrize(
    ("fault", "body", "route", "words"),
    [
        ("html", b"<!DOCTYPE html><html><body>Service unavailable</body></html>",
         {"headers": {"Content-Type": "text/html"}}, "HTML"),
        ("truncated", None, {"send_bytes": 300}, "bytes"),
        ("http-404", b"No results found.", {"status": 404}, "HTTP 404"),
        ("not-data", b"this is not the data you asked for", {}, ""),
    ],
    ids=["html", "truncated", "http-404", "not-data"],
)  # fmt: skip
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_fault_writes_nothing_and_names_the_series(
    case: Case, fault: str, body: bytes | None, route: dict[str, object], words: str,
    figcheck: Run, server: LocalServer, tmp_path: Path,
) -> None:  # fmt: skip
    serve(server, case, body, **route)
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", case.series, "--into", str(catalog))
    assert code == 2
    assert case.series in err
    assert words in err
    assert not entries(catalog)


def test_a_provider_error_message_and_an_empty_series_are_refused(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    wb = CASES[0]
    serve(server, wb, (RECORDED / "wb-error-invalid-value.json").read_bytes())
    code, _, err = figcheck("datasets", "add", wb.series, "--into", str(tmp_path / "c"))
    assert code == 2
    assert "provider-error" in err
    assert "Invalid value" in err
    assert wb.series in err
    empty = json.dumps([{"page": 0, "pages": 0, "per_page": 20000, "total": 0}, None]).encode()
    serve(server, wb, empty)
    code, _, err = figcheck("datasets", "add", wb.series, "--into", str(tmp_path / "c"))
    assert code == 2
    assert "empty" in err
    assert wb.series in err
    assert not entries(tmp_path / "c")


def test_an_unknown_series_id_is_refused_before_any_request(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    code, _, err = figcheck("datasets", "add", "XYZ/FOO/BAR", "--into", str(tmp_path))
    assert code == 2
    assert "valid choices" in err
    code, _, err = figcheck("datasets", "add", "ECB/EXR", "--into", str(tmp_path))
    assert code == 2
    assert "PROVIDER/DATASET/SERIES" in err
    assert server.requests == []


def test_a_unit_no_rule_can_tell_is_refused_unless_given(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    fred = Case("FRED", "FRED/UNKNOWNSERIES", "/graph/fredgraph.csv?id=UNKNOWNSERIES",
                "fred-cpiaucns.csv", "text/csv", "2009-12", "", "")  # fmt: skip
    body = (RECORDED / fred.fixture).read_bytes().replace(b"CPIAUCNS", b"UNKNOWNSERIES")
    serve(server, fred, body)
    catalog = tmp_path / "catalog"
    code, _, err = figcheck("datasets", "add", fred.series, "--into", str(catalog))
    assert code == 2
    assert "(unit)" in err
    assert "FRED/UNKNOWNSERIES" in err
    assert "--unit" in err
    assert not entries(catalog)
    code, _out, err = figcheck("datasets", "add", fred.series, "--into", str(catalog),
                              "--unit", "thousand people")  # fmt: skip
    assert code == 0, err
    table = (catalog / "fred--unknownseries" / "data.csv").read_text().splitlines()
    assert table[1] == "2008-01,211080,people,thousand people,3,"


def test_refresh_updates_a_series_and_keeps_the_old_snapshot_and_raw_response(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    ecb = CASES[1]
    serve(server, ecb)
    catalog = tmp_path / "catalog"
    assert figcheck("datasets", "add", ecb.series, "--into", str(catalog))[0] == 0
    folder = catalog / "ecb--exr--m.usd.eur.sp00.a"
    first_raw = (folder / "raw.xml").read_bytes()
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"][0]["retrieved"] = "2026-01-01"  # as if added earlier
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    revised = first_raw.replace(b'value="1.0201272727273"', b'value="1.0205"')
    serve(server, ecb, revised)
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog),
                              folder.name)  # fmt: skip
    assert code == 0, out + err
    assert "1 revised" in out
    after = json.loads((folder / "datapackage.json").read_text())
    (kept,) = after["resources"][0]["x-snapshots"]
    assert kept["retrieved"] == "2026-01-01"
    assert (folder / kept["raw"]).read_bytes() == first_raw
    assert (folder / "raw.xml").read_bytes() == revised
    assert "1.0205" in (folder / "data.csv").read_text()
    serve(server, ecb, b"<html>oops</html>", headers={"Content-Type": "text/html"})
    before = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    code, out, err = figcheck("datasets", "refresh", "--datasets", str(catalog), folder.name)
    assert code == 1
    assert "html" in err
    assert ecb.series in err
    assert {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_check_names_the_command_when_a_series_has_no_snapshot(
    figcheck: Run, tmp_path: Path
) -> None:
    case = CASES[1]
    reports = tmp_path / "reports"
    figcheck("check", str(desk(tmp_path, case, case.claim)), "--out", str(reports),
             "--cache-dir", str(tmp_path / "cache"), fetch=False)  # fmt: skip
    (found,) = json.loads((reports / "report.json").read_text())["results"]
    assert found["verdict"] == "error"
    assert f"figcheck datasets add {case.series}" in found["message"]


def test_an_id_that_holds_an_at_sign_resolves_with_and_without_a_vintage(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    """OECD dataflows hold '@' (DSD_STES@DF_FINMARK), the mark of a vintage too (regression)."""
    from figcheck.data.catalog import discover_catalog

    oecd = next(case for case in CASES if case.provider == "OECD")
    serve(server, oecd)
    catalog_dir = tmp_path / "catalog"
    assert figcheck("datasets", "add", oecd.series, "--into", str(catalog_dir))[0] == 0
    catalog = discover_catalog([catalog_dir])
    (name,) = catalog.names()
    retrieved = catalog.datasets[name].retrieved
    found = catalog.get(f"series:{oecd.series}")
    assert found is not None
    assert found.name == name
    vintage = catalog.get(f"series:{oecd.series}@{retrieved}")
    assert vintage is not None
    assert vintage.name == name
    assert catalog.get(f"series:{oecd.series}@1999-01-01") is None
    assert catalog.get("series:OECD/OECD.SDD.STES,DSD_STES") is None


def test_a_claim_on_a_series_names_the_snapshot_it_was_judged_on(
    figcheck: Run, server: LocalServer, tmp_path: Path
) -> None:
    # report.json's vintage lists NAME@RETRIEVED for a claim naming `series:ID` too (was []),
    # today's and a pinned claim's alike.
    case = CASES[-1]
    serve(server, case)
    catalog = tmp_path / "catalog"
    assert figcheck("datasets", "add", case.series, "--into", str(catalog))[0] == 0
    (folder,) = entries(catalog)
    retrieved = json.loads((folder / "datapackage.json").read_text())["resources"][0]["retrieved"]
    claim = desk(tmp_path, case, case.claim).read_text().split("claims:\n")[1]
    path = desk(tmp_path, case, case.wrong)
    wrong = path.read_text().split("claims:\n")[1]
    path.write_text(
        "source: {title: t, published: 2099-01-01}\nclaims:\n"
        + wrong + claim.replace("id: c", "id: pinned").replace("\n", "\n    as_published: true\n", 1)
    )  # fmt: skip
    reports = tmp_path / "reports"
    figcheck("check", str(path), "--datasets", str(catalog), "--out", str(reports),
             "--cache-dir", str(tmp_path / "cache"), fetch=False)  # fmt: skip
    plain, pinned = json.loads((reports / "report.json").read_text())["results"]
    snapshot = f"{folder.name}@{retrieved}"
    assert (plain["verdict"], pinned["verdict"]) == ("discrepancy", "supported")
    assert plain["vintage"] == pinned["vintage"] == pinned["today"]["vintage"] == [snapshot]
    # report.md's entries give the data each claim was judged on (were silent for a series)
    markdown = (reports / "report.md").read_text()
    assert markdown.count(f"- Data: `series:{case.series}`, retrieved {retrieved}") == 1
