"""`figcheck extract` warns when the draft it writes names an article that `figcheck check`
will not read beside it (mends26: outside the draft's folder and the folder above it, the
coverage row says "unreadable" and only --articles DIR finds the text)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from figcheck.cli import main

ARTICLE = "Prices rose by 12% in 2011, to $3.5 billion.\n"


def _extract(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(
        main, ["extract", *args], env={"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    )
    return outcome.exit_code, outcome.stdout, outcome.stderr


def _article(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_draft_whose_article_check_will_not_read_is_warned_of(tmp_path: Path) -> None:
    article = _article(tmp_path / "elsewhere" / "deep" / "a.txt")
    draft = tmp_path / "project" / "desks" / "draft.yaml"
    code, _, err = _extract([str(article), "--out", str(draft)], tmp_path)
    assert code == 0, err
    text = yaml.safe_load(draft.read_text())["source"]["text"]
    assert text == "../../elsewhere/deep/a.txt"
    assert (
        f"figcheck: warning: source.text: {text!r} is outside the desk's folder and the folder "
        "above it: figcheck check will not read the article for the draft's coverage; give its "
        f"folder with --articles {article.parent}, or keep the draft nearer the article"
    ) in err
    assert err.rstrip().endswith(f"{article}: 2 quantities, 0 with a suggested reference → {draft}")


@pytest.mark.parametrize(
    ("article", "draft"),
    [("articles/a.txt", "desks/draft.yaml"), ("a.txt", "draft.yaml"), ("a.txt", "d/draft.yaml")],
    ids=["the-folder-above", "beside", "in-the-folder-above"],
)
def test_a_draft_within_reach_of_its_article_is_not_warned_of(
    tmp_path: Path, article: str, draft: str
) -> None:
    path = _article(tmp_path / "p" / article)
    code, _, err = _extract([str(path), "--out", str(tmp_path / "p" / draft)], tmp_path)
    assert code == 0, err
    assert "warning" not in err


def test_a_draft_on_standard_output_is_read_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(tmp_path / "elsewhere" / "deep" / "a.txt")
    (tmp_path / "project" / "desks").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "project" / "desks")
    code, out, err = _extract([str(article)], tmp_path)
    assert code == 0, err
    assert yaml.safe_load(out)["source"]["text"] == "../../elsewhere/deep/a.txt"
    assert "(a draft kept in the current folder)" in err
    monkeypatch.chdir(tmp_path / "elsewhere")
    code, out, err = _extract([str(article)], tmp_path)
    assert code == 0, err
    assert "warning" not in err
