"""Which year or month governs a figure (issue 15, item 4): the one in its own clause before it
("en 2008 se registraron 13") or right after it ("13 in 2008"), nearest in the clause first; a
year that introduces the next figure ("…, seguido de 2009 con 18") or a compared one ("superior a
la de 2016, que fue de 20") is that figure's, not the previous one's. Own sentences, not the gold
texts'."""

from __future__ import annotations

import pytest

from figcheck.draft.drafting import drafted_period
from figcheck.draft.extract import extract_mentions

# (case, text, the figure as printed (its first characters), its period)
GOVERNING = [
    ("es-year-before", "En 2015 se vendieron 40 mil autos, seguido de 2016 con 52 mil autos.",
     "40 mil", "2015"),
    ("es-next-year", "En 2015 se vendieron 40 mil autos, seguido de 2016 con 52 mil autos.",
     "52 mil", "2016"),
    ("es-y-de", "En 2001 hubo 7 mil robos, de 2002 con 9 mil robos y de 2003, con una cifra de 11 mil.",
     "9 mil", "2002"),
    ("es-compared", "Se exportaron 80 mil toneladas en 2019. Es decir, un volumen de 80 mil "
     "toneladas, cifra superior a la registrada en 2018, que fue de 60 mil toneladas.",
     "60 mil", "2018"),
    ("es-comma-next", "En 2010, el año del censo, la tasa bajó a 9 por ciento, en 2011 fue de 8 por "
     "ciento.", "9 por", "2010"),
    ("en-after", "Exports reached 5 million tonnes in 2019, the ministry said.", "5 million", "2019"),
    ("en-before", "In 2019, exports were 5 million tonnes, the ministry said.", "5 million", "2019"),
    ("en-and-noun", "Farms may harvest 79 million tons of grain and oilseed in 2023, with 2023/24 "
     "exports of 50 million tons.", "79 million", "2023"),
    ("en-and-next", "Output was 3 million tonnes in 2019 and in 2020 it was 4 million tonnes.",
     "3 million", "2019"),
    ("en-list", "Sales could reach 8.5 billion (850 crore) in 2030, 9.7 billion (970 crore) in 2050.",
     "9.7 billion", "2050"),
]  # fmt: skip
CARRIED = [
    ("es-not-the-compared", "Trabajaron 60 millones, cifra superior a la de mayo de 2023. Es decir, "
     "40 millones de personas más que nunca.", "40 millones", ""),
    ("es-del-ano-pasado", "Las ventas del año pasado sumaron 40 mil autos.", "40 mil", "2025"),
    ("es-carried", "En 2017 se vendieron 31 mil autos. Es decir, un alza de 25 por ciento, "
     "superior a la registrada en 2016, que fue de 20 por ciento.", "25 por", "2017"),
]  # fmt: skip


def _period_of(text: str, figure: str) -> str:
    mention = next(m for m in extract_mentions(text) if figure in m.text)
    period = drafted_period(mention, "2026-03-01" if "pasado" in text else None)
    return (period.last or period.first) if period else ""


@pytest.mark.parametrize(("case", "text", "figure", "period"), GOVERNING,
                         ids=[g[0] for g in GOVERNING])  # fmt: skip
def test_the_governing_period(case: str, text: str, figure: str, period: str) -> None:
    assert _period_of(text, figure) == period


@pytest.mark.parametrize(("case", "text", "figure", "period"), CARRIED,
                         ids=[g[0] for g in CARRIED])  # fmt: skip
def test_a_figure_without_its_own_period_takes_the_previous_sentences(
    case: str, text: str, figure: str, period: str
) -> None:
    assert _period_of(text, figure) == period
