"""Catalogs: discovery, refused paths, hashes checked on load, schema types applied."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from figcheck.data.catalog import discover_catalog, safe_path
from figcheck.errors import CatalogError
from figcheck.pipeline import Report
from helpers import make_dataset, result

FIELDS = [{"name": "year", "type": "integer"}, {"name": "n", "type": "integer", "unit": "people"}]
LOOKUP = "claims:\n  - {id: c, value: 5 people, reference: {dataset: d, where: {year: 2009}}}\n"


def test_a_name_defined_twice_names_both_places(tmp_path: Path) -> None:
    make_dataset(tmp_path / "one", "d", "year,n\n2009,5\n", FIELDS)
    make_dataset(tmp_path / "two", "d", "year,n\n2009,5\n", FIELDS)
    make_dataset(tmp_path / "two", "other", "year,n\n2009,5\n", FIELDS)
    catalog = discover_catalog([tmp_path / "one", tmp_path / "two"])
    with pytest.raises(CatalogError) as caught:
        catalog.load("d")  # only the ambiguous name is unusable; the rest of the catalog works
    assert str(tmp_path / "one" / "d") in str(caught.value)
    assert str(tmp_path / "two" / "d") in str(caught.value)
    assert len(catalog.load("other").frame) == 1


def test_missing_catalog_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no such catalog folder"):
        discover_catalog([tmp_path / "nowhere"])


@pytest.mark.parametrize(
    "path", ["/etc/passwd", "../other/data.csv", "sub/../../x.csv", "file:///etc/passwd", ""]
)
def test_paths_that_leave_the_folder_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(CatalogError):
        safe_path(tmp_path, path)


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.csv"
    outside.write_text("year,n\n2009,5\n")
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "data.csv").symlink_to(outside)
    with pytest.raises(CatalogError, match="outside the dataset folder"):
        safe_path(folder, "data.csv")


def test_a_bad_path_makes_the_claims_errors_not_the_run(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(
        tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS, resource={"path": "../../etc/passwd"}
    )
    report = check([write_desk(LOOKUP)], tmp_path / "cat")
    found = result(report, "c")
    assert found["verdict"] == "error"
    assert "leaves the dataset folder" in found["message"]


def test_a_changed_snapshot_makes_its_claims_errors(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    folder = make_dataset(tmp_path / "cat", "d", "year,n\n2009,5\n", FIELDS)
    (folder / "data.csv").write_text("year,n\n2009,6\n")
    report = check([write_desk(LOOKUP)], tmp_path / "cat")
    found = result(report, "c")
    assert found["verdict"] == "error"
    assert "does not match its recorded hash" in found["message"]
    assert "changed behind the catalog's back" in found["message"]
    (use,) = report.datasets
    assert use.problem is not None


def test_schema_types_are_applied(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(
        tmp_path / "cat",
        "d",
        "code,year,n\n01,2009,5\n10,2009,7\n",
        [{"name": "code", "type": "string"}, *FIELDS],
    )
    desk = write_desk(
        "claims:\n"
        "  - {id: a, value: 5 people, reference: {dataset: d, where: {code: '01', year: '2009'}}}\n"
        "  - {id: b, value: 7 people, reference: {dataset: d, where: {code: 10, year: 2009.0}}}\n"
    )
    report = check([desk], tmp_path / "cat")
    assert result(report, "a")["verdict"] == "supported"  # "01" stays a string; "2009" an integer
    assert result(report, "b")["verdict"] == "supported"


def test_a_snapshot_that_breaks_its_schema(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    make_dataset(tmp_path / "cat", "d", "year,n\n2009,five\n", FIELDS)
    found = result(check([write_desk(LOOKUP)], tmp_path / "cat"), "c")
    assert found["verdict"] == "error"
    assert "declared integer but holds 'five'" in found["message"]


@pytest.mark.parametrize(
    ("descriptor", "message"),
    [
        ({"name": "Bad Name", "resources": []}, "not a valid dataset name"),
        ({"name": "d", "resources": []}, "'resources' must be a list"),
        (
            {
                "name": "d",
                "resources": [
                    {"path": "data.csv", "schema": {"fields": [{"name": "x", "type": "complex"}]}}
                ],
            },
            "unknown type 'complex'",
        ),
        (
            {
                "name": "d",
                "resources": [
                    {
                        "path": "data.csv",
                        "schema": {
                            "fields": [{"name": "x", "type": "number", "unit": "furlong-ish"}]
                        },
                    }
                ],
            },
            "field 'x'",
        ),
    ],
    ids=["bad-name", "no-resources", "bad-type", "bad-unit"],
)
def test_bad_descriptors_are_reported_on_use(
    tmp_path: Path, descriptor: dict[str, object], message: str
) -> None:
    folder = tmp_path / "cat" / "d"
    folder.mkdir(parents=True)
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    catalog = discover_catalog([tmp_path / "cat"])
    (dataset,) = catalog.datasets.values()
    assert dataset.problem is not None
    assert message in dataset.problem


def test_bundled_catalog_hashes_match_sources_md() -> None:
    """The bundled snapshots are the byte-identical copies SOURCES.md records."""
    from helpers import BUNDLED

    expected = {
        "world-gdp": "f0a8408195646dbb1a9d7fc4424e2d302ee5380d0ec8834793f12ca25cbd7e2c",
        "ecb-euro-fx": "7ae8526817cea5c7374478a5a8d66eb1355c51b6775e161aa239bf46a48f554e",
        "mexico-homicides-annual": "4b19ca1d201c8232064e6c79f764791026413331ab84cd3e2ded4a6418e3c59a",
        "mexico-homicides-state-month": "12f5dc13222118ffe0df535bf46ffdfbe645b5683740a2b70636e57c786961c3",
        "published-figures": "7672790a553d113092db8a99b3f15bc35f8c4a7b436427f7ee5e50f798dd8335",
        "us-cpi-u": "cd0387b988df1487f7c55d7485105155db91ff29d2f7e87e89d39ea3af7b510a",
        "world-bank-population": "7d2dd6a17f5ed7916de1f89a9c116791e64d207f2e2f6ce47c57e1ab46f0088a",
        # a cut of SOURCES.md's fed-fx-monthly.csv (13 countries' rows dropped, a unit column
        # added: its datapackage.json says which), so its own hash
        "fed-fx-monthly": "fce53fef029c9985219861a80ba3dff13e1fc387a1579c48960afce633d374ec",
    }
    catalog = discover_catalog([BUNDLED])
    assert sorted(catalog.names()) == sorted(expected)
    for name, sha in expected.items():
        assert catalog.datasets[name].declared_hash == f"sha256:{sha}"
        assert catalog.load(name).sha256 == sha


def test_the_bundled_catalog_is_the_repositorys_wherever_figcheck_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user runs figcheck from their own folder: the bundled datasets/ is still the checkout's
    (the package sits at src/figcheck/ of it), not a datasets/ of the working folder."""
    from figcheck.data.catalog import bundled_catalog

    monkeypatch.chdir(tmp_path)
    repo = Path(__file__).resolve().parents[1]
    assert bundled_catalog() == repo / "datasets"
    assert bundled_catalog("elsewhere") == Path("elsewhere")


def test_extract_and_check_run_from_any_folder(tmp_path: Path) -> None:
    """The new user's path, from a folder of their own: draft a desk from an article, check it."""
    import subprocess
    import sys

    (tmp_path / "article.txt").write_text(
        "Mexico's GDP\n\nMexico's GDP was about US$895 billion in 2009, the World Bank says.\n",
        encoding="utf-8",
    )
    run = [sys.executable, "-m", "figcheck"]
    cache = ["--cache-dir", str(tmp_path / "cache")]
    drafted = subprocess.run(
        [*run, "extract", "article.txt", "--published", "2010-01-15", "--out", "desk.yaml"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert drafted.returncode == 0, drafted.stderr
    checked = subprocess.run(
        [*run, "check", "desk.yaml", "--out", "reports", "--format", "json", *cache],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert checked.returncode in (0, 1), checked.stderr
    assert json.loads((tmp_path / "reports" / "report.json").read_text())["results"]
