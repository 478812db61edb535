"""Sentence tables for the extraction tests: each row gives the whole list of quantities a
sentence must yield, so a wrong extra figure fails as surely as a missed one."""

from __future__ import annotations

import pytest

from figcheck.draft.extract import extract_mentions

#: (id, sentence, lang, [(printed, magnitude, unit), …])
Row = tuple[str, str, str | None, list[tuple[str, float, str]]]


def check(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    """The sentence yields exactly ``expected``: the same printed spans and units, in order, and
    the same magnitudes (to pytest's default tolerance)."""
    got = [(m.text, m.magnitude, m.unit) for m in extract_mentions(text, lang=lang)]
    assert len(got) == len(expected), got
    for (text_, magnitude, unit), (e_text, e_magnitude, e_unit) in zip(got, expected, strict=True):
        assert (text_, unit) == (e_text, e_unit), got
        assert magnitude == pytest.approx(e_magnitude), got


def table(rows: list[Row]) -> pytest.MarkDecorator:
    """Parametrise a test over ``rows`` as (text, lang, expected), each named by its id."""
    return pytest.mark.parametrize(
        ("text", "lang", "expected"), [pytest.param(*r[1:], id=r[0]) for r in rows]
    )


def as_of(text: str, figure: str, published: str | None) -> str | None:
    """The ``as_of`` the draft of ``text`` gives the first claim whose printed figure holds
    ``figure``."""
    import yaml

    from figcheck.draft.drafting import draft_desk

    desk = yaml.safe_load(draft_desk(extract_mentions(text), title="t", text_path="t.txt",
                                     published=published))  # fmt: skip
    claim = next(c for c in desk["claims"] if figure in c["x-article"]["printed"])
    return str(claim["as_of"]) if "as_of" in claim else None


def period_rows(
    table: list[tuple[str, str, str, str | None, str | None]], xfail: set[str]
) -> list[object]:
    """(case, text, figure, published, as_of) rows as parameters, strict xfail for ``xfail``."""
    return [
        pytest.param(*row, id=row[0],
                     marks=[pytest.mark.xfail(strict=True)] if row[0] in xfail else [])
        for row in table
    ]  # fmt: skip
