"""The period a draft gives a figure on unseen text (issue 15, item 4), as its ``as_of``: classes
of the gold sets' period misses, each with own sentences and look-alikes, not the gold texts'.

A row marked ``xfail`` was committed (strict) before the rule that makes it pass; the rule's
commit removed the mark."""

from __future__ import annotations

import pytest
import yaml

from figcheck.draft.drafting import draft_desk
from figcheck.draft.extract import extract_mentions

# (case, text, the figure as printed (its first characters), the article's date, as_of)
CARRIED = [
    # class "no period near the figure": the article's running period, then its date
    ("carried-over-paragraph", "Sales reached 40 million dollars in March 2021.\n\nExports were "
     "12 million dollars, the company said.", "12 million", "2021-05-02", "2021-03-31"),
    ("carried-es", "En 2019 se registraron 300 mil nacimientos.\n\nDe ellos, 120 mil fueron en "
     "hospitales públicos.", "120 mil", None, "2019-12-31"),
    ("not-a-comparison", "Output was 5 million tonnes, up from 4 million tonnes last year.\n\n"
     "The price was 30 dollars a tonne.", "30 dollars", "2022-05-10", "2022-05-10"),
    ("not-a-since", "Prices have doubled since 2015.\n\nA loaf costs 3 dollars.", "3 dollars",
     "2019-06-01", "2019-06-01"),
    ("the-article-date", "The company said 300 workers were hired.", "300 workers",
     "2020-02-03", "2020-02-03"),
    ("no-date-no-period", "The company said 300 workers were hired.", "300 workers", None, None),
    ("own-period-first", "Sales reached 40 million dollars in March 2021.\n\nIn 2020, exports "
     "were 12 million dollars.", "12 million", "2021-05-02", "2020-12-31"),
]  # fmt: skip

XFAIL: set[str] = set()


def as_of(text: str, figure: str, published: str | None) -> str | None:
    """The ``as_of`` the draft of ``text`` gives the claim printed as ``figure…``."""
    desk = yaml.safe_load(draft_desk(extract_mentions(text), title="t", text_path="t.txt",
                                     published=published))  # fmt: skip
    claim = next(c for c in desk["claims"] if c["x-article"]["printed"].startswith(figure))
    return str(claim["as_of"]) if "as_of" in claim else None


def _rows(table: list[tuple[str, str, str, str | None, str | None]]) -> list[object]:
    return [
        pytest.param(*row, id=row[0],
                     marks=[pytest.mark.xfail(strict=True)] if row[0] in XFAIL else [])
        for row in table
    ]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "figure", "published", "expected"), _rows(CARRIED))
def test_a_figure_without_a_period_near_takes_the_articles(
    case: str, text: str, figure: str, published: str | None, expected: str | None
) -> None:
    assert as_of(text, figure, published) == expected
