"""Extraction round 24 (issue 15): classes of errors found on the final8 drafts, each written as
sentences of our own before the rule (none is taken from a gold text). Each row gives the whole
list of quantities the sentence must yield."""

from __future__ import annotations

import pytest

from figcheck.draft.extract import extract_mentions

# (id, sentence, lang, [(printed, magnitude, unit), …])
Row = tuple[str, str, str | None, list[tuple[str, float, str]]]


def check(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    got = [(m.text, m.magnitude, m.unit) for m in extract_mentions(text, lang=lang)]
    assert len(got) == len(expected), got
    for (text_, magnitude, unit), (e_text, e_magnitude, e_unit) in zip(got, expected, strict=True):
        assert (text_, unit) == (e_text, e_unit), got
        assert magnitude == pytest.approx(e_magnitude), got


def table(rows: list[Row]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("text", "lang", "expected"), [pytest.param(*r[1:], id=r[0]) for r in rows]
    )


# 1. "casos"/"cases" are things counted (README: `count` for cases), unless the sentence names
#    people (deaths, victims) as what the cases are: then they count those people
CASES: list[Row] = [
    (
        "casos-alone",
        "En Sonora se abrieron 412 casos durante el trimestre.",
        "es",
        [("412 casos", 412, "count")],
    ),
    (
        "casos-of-complaints",
        "Hubo 3 mil 115 quejas por robo en la capital, frente a 2 mil 870 casos un año antes.",
        "es",
        [("3 mil 115 quejas", 3115, "count"), ("2 mil 870 casos", 2870, "count")],
    ),
    (
        "casos-list",
        "Puebla, Morelos y Tabasco suman 734, 512 y 498 casos, respectivamente.",
        "es",
        [("734", 734, "count"), ("512", 512, "count"), ("498 casos", 498, "count")],
    ),
    (
        "casos-of-deaths",
        "Las defunciones por ahogamiento sumaron 327 casos en el año.",
        "es",
        [("327 casos", 327, "people")],
    ),
    (
        "cases-en",
        "The clinic treated 86 cases of measles in March.",
        "en",
        [("86 cases", 86, "count")],
    ),
]


@table(CASES)
def test_cases_are_counted_things_unless_people_are_named(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
