"""`figcheck extract --published DATE`: the article's date, for a text that prints no date line
(or a wrong one): it resolves "last year" and a month without a year, and overrides the date found
in the text's head."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from figcheck.cli import main

ARTICLE = "Exports fell 4 percent last year.\n\nIn June, sales were 30 million dollars.\n"
DATED = "March 3, 2019\n\n" + ARTICLE


def _extract(tmp_path: Path, text: str, *options: str) -> tuple[int, str, dict[str, object]]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(
        main, ["extract", str(article), "--out", str(out), *options],
        env={"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")},
    )  # fmt: skip
    desk = yaml.safe_load(out.read_text()) if out.exists() else {}
    return result.exit_code, result.stderr, desk


def _as_of(desk: dict[str, object]) -> dict[str, object]:
    claims = desk["claims"]
    assert isinstance(claims, list)
    return {c["value"]: str(c["as_of"]) if "as_of" in c else None for c in claims}


def test_published_resolves_relative_periods(tmp_path: Path) -> None:
    code, err, desk = _extract(tmp_path, ARTICLE, "--published", "2022-07-13")
    assert code == 0, err
    assert str(desk["source"]["published"]) == "2022-07-13"  # type: ignore[index]
    assert _as_of(desk) == {"-4 percent": "2021-12-31", "30 million USD": "2022-06-30"}


def test_without_published_nothing_resolves(tmp_path: Path) -> None:
    code, err, desk = _extract(tmp_path, ARTICLE)
    assert code == 0, err
    assert "published" not in desk["source"]  # type: ignore[operator]
    assert _as_of(desk) == {"-4 percent": None, "30 million USD": None}


def test_published_overrides_the_date_line(tmp_path: Path) -> None:
    code, err, desk = _extract(tmp_path, DATED)
    assert code == 0, err
    assert _as_of(desk)["-4 percent"] == "2018-12-31"
    code, err, desk = _extract(tmp_path, DATED, "--published", "2023-01-10")
    assert code == 0, err
    assert str(desk["source"]["published"]) == "2023-01-10"  # type: ignore[index]
    assert _as_of(desk)["-4 percent"] == "2022-12-31"


@pytest.mark.parametrize(
    ("given", "year_end", "june"),
    [("2022-07", "2021-12-31", "2022-06-30"), ("2022", "2021-12-31", "2022-06-30")],
)
def test_a_month_or_a_year_resolves_but_is_not_the_desks_date(
    tmp_path: Path, given: str, year_end: str, june: str
) -> None:
    code, err, desk = _extract(tmp_path, ARTICLE, "--published", given)
    assert code == 0, err
    assert "published" not in desk["source"]  # type: ignore[operator]
    assert f"# published: {given}" in (tmp_path / "draft.yaml").read_text()
    assert _as_of(desk) == {"-4 percent": year_end, "30 million USD": june}


@pytest.mark.parametrize("given", ["2022-13", "2022-02-30", "July 2022", "22-07-13", "", "2022-7"])
def test_a_date_that_is_not_one_is_a_usage_error(tmp_path: Path, given: str) -> None:
    code, err, _ = _extract(tmp_path, ARTICLE, "--published", given)
    assert code == 2
    assert "figcheck: error: --published: the article's date must be written YYYY-MM-DD" in err
    assert err.count("--published") == 1
    assert repr(given) in err
