"""`figcheck extract` drafts a desk that checks as it stands; coverage in `check`."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.pipeline import Settings, run_check
from helpers import BUNDLED, FIXED_NOW, REPO

ARTICLES = REPO.parent / "shared" / "articles"
GLOBAL_RESEARCH = ARTICLES / "globalresearch-2012-americas-secret-deal-with-cartels.txt"


def invoke(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, args, env={"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")})
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_the_draft_desk_checks_as_it_stands(tmp_path: Path) -> None:
    draft = tmp_path / "desks" / "draft.yaml"
    code, _, err = invoke(["extract", str(GLOBAL_RESEARCH), "--out", str(draft)], tmp_path)
    assert code == 0, err
    assert "30 quantities, 2 with a suggested reference" in err
    desk = yaml.safe_load(draft.read_text())
    assert desk["source"]["title"] == "America's Secret Deal with the Mexican Drug Cartels"
    assert str(desk["source"]["published"]) == "2012-09-03"
    assert (draft.parent / desk["source"]["text"]).resolve() == GLOBAL_RESEARCH.resolve()
    claims = {c["id"]: c for c in desk["claims"]}
    assert len(claims) == 30
    dead = claims["l39-nearly-120-000-dead"]
    assert (dead["value"], dead["hedge"], dead["x-article"]["line"]) == (
        "120,000 people",
        "nearly",
        39,
    )
    ranged = next(c for c in claims.values() if "expected" in c)
    assert ranged["expected"] == {"min": "2.3 percent", "max": "5.5 percent"}
    pound = next(c for c in claims.values() if c["value"] == "216 billion GBP")
    assert pound["reference"]["terms"] == {"l59_352bn": {"claim": "l59-352bn"}}
    text = draft.read_text()
    assert (
        "# reference: {dataset: mexico-homicides-annual, column: homicides_inegi, where: {year: 2006}}"
        in text
    )
    assert (
        "# reference: {dataset: world-gdp, column: Value, where: {Country Code: ?, Year: 2009}}"
        in text
    )
    code, out, err = invoke(["check", str(draft), "--out", str(tmp_path / "out")], tmp_path)
    assert code in (0, 1), err
    assert out.startswith("30 claims:")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["coverage"][0]["numbers"] == 30
    assert report["coverage"][0]["recorded"] == 30


def test_extract_prints_to_stdout_without_out(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Prices rose by 12% in 2011, to $3.5 billion.\n", encoding="utf-8")
    code, out, _ = invoke(["extract", str(article)], tmp_path)
    assert code == 0
    desk = yaml.safe_load(out)
    assert [c["value"] for c in desk["claims"]] == ["12 percent", "3.5 billion USD"]
    assert str(desk["claims"][0]["as_of"]) == "2011-12-31"


def test_extract_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes("Line one\nEstadísticas: 120.000 muertos\n".encode("latin-1"))
    code, _, err = invoke(["extract", str(article)], tmp_path)
    assert code == 2
    assert f"{article}:2: not UTF-8 text (byte 14: b'\\xed')" in err
    assert "iconv" in err


def test_extract_of_a_missing_article_is_an_input_error(tmp_path: Path) -> None:
    code, _, err = invoke(["extract", str(tmp_path / "nope.txt")], tmp_path)
    assert code == 2
    assert "cannot read the article: No such file or directory" in err


def test_coverage_of_the_seed_desks(tmp_path: Path) -> None:
    settings = Settings(catalogs=(BUNDLED,), cache_dir=tmp_path / "cache", now=FIXED_NOW)
    report = run_check([REPO / "expectations"], settings)
    by_text = {Path(c.text_path).name: c for c in report.coverage}
    gr = by_text[GLOBAL_RESEARCH.name]
    assert (gr.numbers, gr.recorded, gr.checked) == (30, 29, 25)
    assert gr.unrecorded == [(115, "two “self-generating")]
    mb = by_text["motherboard-2012-us-mexican-narcos-peace-pipe.txt"]
    assert (mb.numbers, mb.recorded, mb.checked) == (0, 0, 0)


def test_an_unreadable_article_text_is_reported_not_fatal(
    write_desk, catalog_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from helpers import check_paths

    desk = write_desk("source: {title: T, text: missing.txt}\nclaims:\n  - {id: a, value: 1}\n")
    report = check_paths([desk], [catalog_dir], tmp_path)
    assert len(report.coverage) == 1
    assert "cannot read the article" in (report.coverage[0].problem or "")
