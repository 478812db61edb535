"""`figcheck extract` drafts a desk that checks as it stands; coverage in `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.pipeline import Settings, run_check
from helpers import (
    BUNDLED,
    FIXED_NOW,
    GLOBAL_RESEARCH,
    MOTHERBOARD,
    REPO,
    SEED_ARTICLES,
    needs_seed_articles,
)


def invoke(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, args, env={"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")})
    return outcome.exit_code, outcome.stdout, outcome.stderr


@needs_seed_articles
def test_the_draft_desk_checks_as_it_stands(tmp_path: Path) -> None:
    article = SEED_ARTICLES / GLOBAL_RESEARCH
    draft = tmp_path / "desks" / "draft.yaml"
    code, _, err = invoke(["extract", str(article), "--out", str(draft)], tmp_path)
    assert code == 0, err
    # 120,000 dead, $870 and $580 billion (global GDP), 50,000 killed; not "US$2.1 trillion":
    # criminal proceeds, which the desk checks against UNODC's published figure (its GDP is
    # the denominator of the 3.6% beside it; "trillion" says how big, not what: drafts28)
    assert "30 quantities, 4 with a suggested reference" in err
    desk = yaml.safe_load(draft.read_text())
    assert desk["source"]["title"] == "America's Secret Deal with the Mexican Drug Cartels"
    assert str(desk["source"]["published"]) == "2012-09-03"
    assert (draft.parent / desk["source"]["text"]).resolve() == article.resolve()
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
        # "nearly 120,000 dead since 2006", in an article of 2012: the sum over those years
        "# reference: {dataset: mexico-homicides-annual, column: homicides_inegi, "
        "where: {year: {between: [2006, 2012]}}, aggregate: sum}" in text
    )
    proceeds = text[text.index("id: l51-around-us-2-1-trillion") :].split("\n  - id:")[0]
    assert "dataset: world-gdp" not in proceeds
    samples = text[text.index("id: l43-approximately-3-000") :].split("\n  - id:")[0]
    assert 'value: "3,000 count"' in samples  # samples of cocaine HCl, not "(cocaine)"
    killed = text[text.index("id: l117-50-000-killed") :].split("\n  - id:")[0]
    assert "column: homicides_inegi" in killed  # people killed, not a population
    assert "column: population" not in killed
    # the seed article is outside the draft's folder and the folder above it: --articles
    code, out, err = invoke(["check", str(draft), "--out", str(tmp_path / "out"), "--articles",
                             str(SEED_ARTICLES)], tmp_path)  # fmt: skip
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


@needs_seed_articles
def test_coverage_of_the_seed_desks(tmp_path: Path) -> None:
    settings = Settings(
        catalogs=(BUNDLED,), cache_dir=tmp_path / "cache", now=FIXED_NOW, articles=(SEED_ARTICLES,)
    )
    report = run_check([REPO / "expectations"], settings)
    by_text = {Path(c.text_path).name: c for c in report.coverage}
    gr = by_text[GLOBAL_RESEARCH]
    assert (gr.numbers, gr.recorded, gr.checked) == (30, 29, 25)
    assert gr.unrecorded == [(115, "two “self-generating")]
    mb = by_text[MOTHERBOARD]
    assert (mb.numbers, mb.recorded, mb.checked) == (0, 0, 0)


def test_a_missing_article_text_is_not_available_not_fatal(
    write_desk, catalog_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from helpers import check_paths

    desk = write_desk("source: {title: T, text: missing.txt}\nclaims:\n  - {id: a, value: 1}\n")
    report = check_paths([desk], [catalog_dir], tmp_path)
    (item,) = report.coverage
    assert (item.status, item.problem, item.status_text()) == (
        "text-not-available",
        None,
        "article text not available",
    )
    assert report.summary["supported"] + report.summary["unverifiable"] == 1


@pytest.mark.parametrize("where", ["parent", "absolute", "link", "nul"])
def test_an_article_outside_the_desks_project_is_not_read(
    write_desk, catalog_dir: Path, tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """mends25: source.text could name any file on disk (``../../secret.txt``, ``/etc/…``), and
    its numbers, with their words, were listed in the report as unrecorded. A path outside the
    desk's folder and the folder above it is not read, whatever the working directory (a
    scheduled run from ``/``): the coverage row says why and names the field. A NUL in the
    name is refused the same way (it stopped the run with a traceback)."""
    from helpers import check_paths

    secret = tmp_path / "secret.txt"
    secret.write_text("The PIN is 4,711 and the balance 92,113 dollars.\n")
    text = {"parent": "../../secret.txt", "absolute": str(secret), "link": "linked.txt",
            "nul": "a\\0b.txt"}[where]  # fmt: skip
    desk = write_desk(
        f'source: {{title: T, text: "{text}"}}\nclaims:\n  - {{id: a, value: 1}}\n',
        name="inner/desk.yaml",
    )
    monkeypatch.chdir("/")  # the working directory opens nothing
    if where == "link":
        (desk.parent / "linked.txt").symlink_to(secret)
    report = check_paths([desk], [catalog_dir], tmp_path / "work")
    (item,) = report.coverage
    assert item.status == "unreadable", item
    assert item.numbers == 0
    assert item.unrecorded == []
    assert "source.text" in (item.problem or "")
    expected = (
        "a control character"
        if where == "nul"
        else "outside the desk's folder and the folder above it"
    )
    assert expected in (item.problem or "")
    assert report.summary["supported"] + report.summary["unverifiable"] == 1


def test_an_article_beside_the_desks_folder_is_read_from_anywhere(
    write_desk, catalog_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """desks/ and articles/ side by side: ``../articles/a.txt`` is read, also when the run
    starts elsewhere."""
    from helpers import check_paths

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Some 120,000 people were counted.\n")
    desk = write_desk(
        "source: {title: T, text: ../articles/a.txt}\nclaims:\n  - {id: a, value: 1}\n"
    )
    monkeypatch.chdir("/")
    (item,) = check_paths([desk], [catalog_dir], tmp_path / "work").coverage
    assert item.status == "measured", item
    assert item.numbers == 1


def test_an_article_outside_the_desks_folder_is_found_by_name_in_articles(
    write_desk, catalog_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A draft written away from its article names it ``../articles/a.txt``: ``--articles``
    finds it by its file name, as it finds any article not beside the desk."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Some 120,000 people were counted.\n")
    desk = write_desk(
        "source: {title: T, text: ../articles/a.txt}\nclaims:\n  - {id: a, value: 1}\n"
    )
    settings = Settings(catalogs=(catalog_dir,), cache_dir=tmp_path / "cache", now=FIXED_NOW,
                        articles=(articles,))  # fmt: skip
    (item,) = run_check([desk], settings).coverage
    assert item.status == "measured"
    assert item.numbers == 1


#: An article written for this test (the seed articles are not redistributed): a hedge, a
#: figure with a suggested reference, a range and a paired conversion.
OWN_ARTICLE = """\
A Test Article on Homicides and Money

By A. Writer, September 03, 2012

Nearly 120,000 people have been killed since 2006, according to INEGI homicides.

Criminal proceeds reached some 3.6 per cent of world GDP in 2009.

Estimates range from 2.3 to 5.5 per cent of GDP.

Profits of £216 billion ($352 billion) were laundered.
"""


def test_a_draft_of_any_article_checks_as_it_stands_and_is_fully_covered(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "own.txt"
    article.parent.mkdir()
    article.write_text(OWN_ARTICLE, encoding="utf-8")
    draft = tmp_path / "desks" / "draft.yaml"
    code, _, err = invoke(["extract", str(article), "--out", str(draft)], tmp_path)
    assert code == 0, err
    desk = yaml.safe_load(draft.read_text())
    assert (draft.parent / desk["source"]["text"]).resolve() == article.resolve()
    values = [c["value"] for c in desk["claims"]]
    assert "120,000 people" in values
    assert "# reference: {dataset: mexico-homicides-annual" in draft.read_text()
    # ../articles/own.txt leaves the desk's folder for the folder above it: it is read
    code, out, err = invoke(["check", str(draft), "--out", str(tmp_path / "out")], tmp_path)
    assert code in (0, 1), err
    assert out.startswith(f"{len(values)} claims:")
    coverage = json.loads((tmp_path / "out" / "report.json").read_text())["coverage"]
    assert coverage == [
        {
            "desk": str(draft),
            "text": desk["source"]["text"],
            "status": "measured",
            "numbers": len(values),
            "recorded": len(values),
            "checked": coverage[0]["checked"],
            "unrecorded": [],
        }
    ]


def test_seed_desks_without_their_article_text_say_so_in_every_report(tmp_path: Path) -> None:
    """A clone with nothing beside it: coverage is "article text not available", not an error
    row, and the claims are checked as usual (regression: "cannot read the article" rows)."""
    desks = tmp_path / "clone" / "expectations"
    desks.mkdir(parents=True)
    for desk in (REPO / "expectations").glob("*.yaml"):
        (desks / desk.name).write_bytes(desk.read_bytes())
    code, out, err = invoke(["check", str(desks), "--out", str(tmp_path / "out")], tmp_path)
    assert code == 1, err
    assert out.startswith("37 claims: 23 supported, 7 discrepancy, 7 unverifiable, 0 error")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [(Path(c["text"]).name, c["status"], c["numbers"]) for c in report["coverage"]] == [
        (GLOBAL_RESEARCH, "text-not-available", None),
        (MOTHERBOARD, "text-not-available", None),
    ]
    assert all("problem" not in c for c in report["coverage"])
    for name in ("report.md", "report.html"):
        text = (tmp_path / "out" / name).read_text()
        assert text.count("article text not available") == 2, name
        assert "cannot read" not in text, name


def test_an_article_not_beside_its_desk_is_found_in_an_articles_folder(
    write_desk, catalog_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    articles = tmp_path / "texts"
    articles.mkdir()
    (articles / "own.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    desk = write_desk("source: {title: T, text: own.txt}\nclaims:\n  - {id: a, value: 1}\n")
    args = ["check", str(desk), "--datasets", str(catalog_dir), "--out", str(tmp_path / "out")]
    for extra, status in (([], "text-not-available"), (["--articles", str(articles)], "measured")):
        code, _, err = invoke([*args, *extra], tmp_path)
        assert code in (0, 1), err
        (item,) = json.loads((tmp_path / "out" / "report.json").read_text())["coverage"]
        assert item["status"] == status, extra
    assert item["numbers"] == 5  # 120,000; 3.6%; the range 2.3–5.5%; £216bn; $352bn


def test_an_article_path_that_is_a_folder_is_a_problem_not_a_missing_text(
    write_desk, catalog_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from helpers import check_paths

    desk = write_desk("source: {title: T, text: .}\nclaims:\n  - {id: a, value: 1}\n")
    report = check_paths([desk], [catalog_dir], tmp_path)
    (item,) = report.coverage
    assert item.status == "unreadable"
    assert "cannot read the article" in (item.problem or "")
    assert item.to_json()["numbers"] is None


def test_a_rank_among_places_is_not_drafted_as_a_rank_over_time(tmp_path: Path) -> None:
    """ "Los estados con una menor tasa son Yucatán (2), Aguascalientes (6) …" ranks states; a
    rank claim ranks periods, so drafting "rank: {by: year, …}" would claim Yucatán's year was
    its lowest. A record over time in one place keeps its rank suggestion."""
    article = tmp_path / "a.txt"
    article.write_text(
        "En 2016 la tasa de homicidios fue de 20 por cada 100.000 habitantes en México.\n"
        "Los estados con una menor tasa de homicidios en 2016 fueron Yucatán (2 homicidios por "
        "cada 100.000 habitantes), Aguascalientes (6) y Campeche (8).\n"
        "En 2011 los homicidios en México llegaron a 27.213, la cifra más alta desde 1990.\n",
        encoding="utf-8",
    )
    code, out, err = invoke(["extract", str(article), "--lang", "es"], tmp_path)
    assert code == 0, err
    states = out[out.index("Yucatán") :].split("\n  - id:")[0]
    assert "rank: {by:" not in states
    assert "a rank among places" in states
    highest = out[out.index("27.213") :].split("\n  - id:")[0]
    assert "rank: {by: year, at: 2011, order: highest, since: 1990}" in highest


def test_a_figure_with_no_place_of_its_own_is_the_texts(tmp_path: Path) -> None:
    """A sentence that names no place speaks of the text's places: the DANE release's "3,86 %"
    in a text on Colombia was suggested against the US CPI. A text on the US keeps it."""
    colombia = tmp_path / "co.txt"
    colombia.write_text(
        "La inflación en Colombia en octubre de 2019 fue del 0,16 %, informó el DANE.\n"
        "En los últimos 12 meses (noviembre de 2018 a octubre de 2019), la inflación fue del "
        "3,86 %, un crecimiento de 0,53 puntos porcentuales.\n",
        encoding="utf-8",
    )
    code, out, err = invoke(["extract", str(colombia), "--lang", "es"], tmp_path)
    assert code == 0, err
    assert "us-cpi-u" not in out
    us = tmp_path / "us.txt"
    us.write_text(
        "US consumer prices: a report.\n"
        "Consumer price inflation rose 0.4% in March 2023, the Bureau of Labor Statistics said.\n",
        encoding="utf-8",
    )
    code, out, err = invoke(["extract", str(us)], tmp_path)
    assert code == 0, err
    assert "us-cpi-u" in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a singular word after a figure above one is a modifier: what is counted is unnamed
        ("An analysis of approximately 3,000 cocaine HCl samples showed it.", "3,000 count"),
        ("Police opened 4,120 fraud investigations in 2019.", "4,120 count (fraud investigations)"),
    ],
)
def test_a_count_names_its_noun_only_when_it_is_what_is_counted(text: str, value: str) -> None:
    from figcheck.draft.drafting import draft_desk
    from figcheck.draft.extract import extract_mentions

    desk = yaml.safe_load(
        draft_desk(extract_mentions(text), title="t", text_path="t.txt", published=None)
    )
    assert [c["value"] for c in desk["claims"]][:1] == [value]
