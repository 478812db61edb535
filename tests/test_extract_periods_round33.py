"""The period a draft gives a figure (issue 15, item 4), round 33: the classes of period misses
of the development set dev33p (/work/notes/periods33.md lists them) and those left open by round
32, each written as sentences of our own with look-alikes, not the texts'.

Each row gives the whole drafted period, ``first/last`` for an interval. A row in ``XFAIL`` was
committed (strict) before the rule that makes it pass; the rule's commit removed it."""

from __future__ import annotations

import pytest

from draft_rows import drafted_period

# (case, text, the figure as printed (a part of it), the article's date, the drafted period)

# class "a numbered week": "in week 5", "week 4, 2018", "week 03/2011" (ISO weeks, Monday to
# Sunday), "la semana epidemiológica 12", "la SE 22 de 2019" (epidemiological weeks, Sunday to
# Saturday): the days of that week, of the year printed or of the text's date
WEEKS = [
    ("week-comma-year", "Detections fell from 187 cases in week 4, 2018 to 162 cases in week 5.", "187",
     "2018-02-08", "2018-01-22/2018-01-28"),
    ("week-no-year", "Detections fell from 187 cases in week 4, 2018 to 162 cases in week 5.", "162",
     "2018-02-08", "2018-01-29/2018-02-04"),
    ("week-slash-year", "During week 03/2011, 27 regions reported widespread activity.", "27",
     "2011-01-28", "2011-01-17/2011-01-23"),
    ("week-slash-year-before", "Positivity fell from 55% in week 52/2010 to 44% in week 03/2011.",
     "55%", "2011-01-28", "2010-12-27/2011-01-02"),
    ("week-last-year", "In week 52 there were 40 outbreaks.", "40", "2011-01-10",
     "2010-12-27/2011-01-02"),
    ("semana-epidemiologica", "En la semana epidemiológica 12 se notificaron 340 casos.", "340",
     "2019-04-02", "2019-03-17/2019-03-23"),
    ("se-de-year", "En la SE 22 de 2019 se reportaron 216 casos.", "216", "2019-06-17",
     "2019-05-26/2019-06-01"),
    ("look-alike-week-of-the-season", "In week 5 of the season the team drew 20,000 fans.",
     "20,000", "2018-10-10", "2018-10-10"),
    ("look-alike-fifth-week", "The strike entered its fifth week with 300 workers out.", "300",
     "2018-10-10", "2018-10-10"),
]  # fmt: skip

# class "the first N months, number first": "los once primeros meses del año", "los nueve
# primeros meses de 2013", "los 11 primeros meses de 2016"; "the first three quarters of fiscal
# 2023": January to that month
FIRST_MONTHS = [
    ("once-primeros-meses", "España recibió en los once primeros meses del año 77,8 millones de "
     "turistas.", "77,8", "2017-12-15", "2017-01/2017-11"),
    ("nueve-primeros-meses-year", "En los nueve primeros meses de 2013 las ventas sumaron 175.143 "
     "millones de euros.", "175.143", "2013-11-15", "2013-01/2013-09"),
    ("first-three-quarters-fiscal", "For the first three quarters of fiscal 2023, net sales were "
     "$2.09 billion.", "$2.09", "2023-10-27", "2023-01/2023-09"),
    ("primeros-tres-trimestres", "En los tres primeros trimestres de 2022 se vendieron 500 "
     "autos.", "500", "2022-11-10", "2022-01/2022-09"),
    ("look-alike-primeros-meses-de-vida", "Los bebés ganan 3 kilos en 2021.", "3 kilos",
     "2022-11-10", "2021"),
]  # fmt: skip

# class "a month by its rank in the year": "el penúltimo mes de 2011" (November), "el décimo
# primer mes del 2011", "el noveno mes del año", "el último mes de 2020"
NTH_MONTH = [
    ("penultimo-mes", "En el penúltimo mes de 2011 llegaron 422 mil visitantes.", "422 mil",
     "2012-01-10", "2011-11"),
    ("decimo-primer-mes", "Los visitantes aumentaron 12.6 por ciento durante el décimo primer mes "
     "del 2011.", "12.6", "2012-01-10", "2011-11"),
    ("noveno-mes-del-ano", "Los envíos durante el noveno mes del año sumaron US$ 7.853 millones.",
     "7.853", "2024-10-07", "2024-09"),
    ("ultimo-mes", "En el último mes de 2020 se vendieron 900 autos.", "900", "2021-02-01",
     "2020-12"),
    ("look-alike-primer-mes", "En el primer mes del 2011 llegaron 300 mil visitantes.", "300 mil",
     "2012-01-10", "2011-01"),
]  # fmt: skip

# class "a month opening a sentence with a Spanish preterite": "Septiembre sumó …", "Octubre
# dejó …" (the month is the subject, as "September brought")
MONTH_SUBJECT = [
    ("septiembre-sumo", "Septiembre sumó 19.345 millones de euros en exportaciones.", "19.345",
     "2013-11-15", "2013-09"),
    ("octubre-dejo-next", "Octubre dejó 300 muertos.\nLas lluvias causaron 40 daños.", "40",
     "2013-11-15", "2013-10"),
    ("look-alike-name", "Septiembre Rojo recaudó 300 pesos en 2012.", "300", "2013-11-15", "2012"),
]  # fmt: skip

# class "a quarter of a fiscal year" ("Q3 FY23", "Q3 FY22") in a text whose year is not India's:
# the calendar quarter when it has ended by the text's date, else the fiscal year (its months
# unknown)
FISCAL_QUARTER = [
    ("q3-fy23-calendar", "Net income for Q3 FY23 was $66.1 million.", "$66.1", "2023-10-27",
     "2023-07/2023-09"),
    ("q3-fy22-base", "Operating income rose 2% to $93.4 million, up from $91.6 million in Q3 "
     "FY22.", "$91.6", "2023-10-27", "2022-07/2022-09"),
    ("look-alike-q3-fy-not-ended", "Revenue in Q3 FY2023 was $14.6 billion.", "$14.6",
     "2023-05-17", "FY2023"),
]  # fmt: skip

# class "a base period after 'compared with', 'respecto a', 'con'": "compared with 2017",
# "respecto a 2012" name the base of a change, not the time of the figures after it
BASE_PERIOD = [
    ("respecto-a-year", "Septiembre sumó 19.345 millones de euros. Las importaciones suben un "
     "4,7% respecto a 2012.", "4,7%", "2013-11-15", "2013-09"),
    ("respecto-a-year-next", "Septiembre sumó 19.345 millones de euros. Las importaciones suben un "
     "4,7% respecto a 2012.\nEl déficit fue de 2.587 millones.", "2.587", "2013-11-15", "2013-09"),
    ("compared-with-year", "Exports rose 5% in March.\nImports rose 3% compared with 2017.", "3%",
     "2018-04-10", "2018-03"),
    ("look-alike-in-year", "Exports rose 5% in March.\nImports were 3 million tonnes in 2017.",
     "3 million", "2018-04-10", "2017"),
    ("respecto-al-mismo-mes-later-level", "En noviembre llegaron 4,4 millones de turistas.\n"
     "Cataluña sumó 18,2 millones de turistas, un aumento del 6,1 % respecto al mismo mes de 2016, "
     "seguida de Baleares con 13,7 millones de turistas.", "13,7", "2017-12-15", "2017-11"),
    ("look-alike-compared-with-months-own", "Compared with August’s 40.2 million tonnes, "
     "exports were up 12% in September.", "40.2", "2020-10-07", "2020-08"),
]  # fmt: skip

# class "the last week" (the seven days to the text's date, not last calendar week) and "since
# last Monday" (from that day to the text's date)
TRAILING_WEEK = [
    ("in-the-last-week", "The national average has risen 2.5 cents in the last week.", "2.5",
     "2023-01-16", "2023-01-09/2023-01-16"),
    ("stands-at-after-last-week", "Diesel has fallen 7.2 cents in the last week and stands at "
     "$4.56 per gallon.", "$4.56", "2023-01-16", "2023-01-09/2023-01-16"),
    ("since-last-monday", "Prices fell 13 cents since last Monday.", "13", "2022-07-13",
     "2022-07-11/2022-07-13"),
    ("look-alike-last-week", "Prices fell 5 cents last week.", "5", "2022-07-13",
     "2022-07-04/2022-07-10"),
]  # fmt: skip

# class "respectivamente": two periods and two figures in one clause, each figure its period
RESPECTIVELY = [
    ("respectivamente-second", "En julio y agosto las exportaciones habían subido 1.03 y 3.03 por "
     "ciento, respectivamente.", "3.03", "2019-10-28", "2019-08"),
    ("respectivamente-first", "En julio y agosto las exportaciones habían subido 1.03 y 3.03 por "
     "ciento, respectivamente.", "1.03", "2019-10-28", "2019-07"),
    ("respectively-years", "Sales rose 2% and 4% in 2019 and 2020, respectively.", "4%",
     "2021-03-01", "2020"),
    ("look-alike-respectively-one-period", "Exports and imports rose 2% and 4% in 2019, "
     "respectively.", "4%", "2021-03-01", "2019"),
]  # fmt: skip

# class "a weather season": "this summer", "last winter", "el invierno pasado" (meteorological
# seasons, northern unless the text names the southern hemisphere)
SEASONS = [
    ("this-summer", "This summer the rainfall was 224 mm.", "224", "2014-09-10",
     "2014-06/2014-08"),
    ("invierno-pasado", "El invierno pasado cayeron 300 mm de lluvia.", "300", "2014-06-10",
     "2013-12/2014-02"),
    ("last-winter-in-january", "Last winter brought 40 inches of snow.", "40", "2014-01-20",
     "2012-12/2013-02"),
    ("look-alike-next-fall-in-rates", "Analysts expect the next fall in rates to lift sales 4% "
     "in 2015.", "4%", "2014-03-10", "2015"),
    ("southern-summer", "In the southern hemisphere, this summer brought 224 mm of rain.", "224",
     "2014-03-10", "2013-12/2014-02"),
]  # fmt: skip

# class "this season after a named season": "the 2023/24 season … This season the team has
# scored 41 goals" is the season under way at the text's date, not the one named before
THIS_SEASON = [
    ("this-season-opening", "The club finished the 2023/24 season with 80 points.\nThis season "
     "the team has scored 41 goals.", "41", "2024-12-10", "2024-07/2024-12-10"),
    ("this-season-after", "The club finished the 2023/24 season with 80 points.\nThe team has "
     "scored 41 goals this season.", "41", "2024-12-10", "2024-07/2024-12-10"),
    ("look-alike-named-season", "The club finished the 2023/24 season with 80 points.\nIn the "
     "2023/24 season the team scored 41 goals.", "41", "2024-12-10", "2023-07/2024-06"),
]  # fmt: skip

# class "a look back carried into the next sentence": "compared with $2.208 a year ago. The most
# common price is $2.099" — the next sentence's figure is the text's time, not a year ago's
LOOK_BACK_CARRIED = [
    ("year-ago-next-sentence", "The average was $2.22 a gallon, compared with $2.208 a year ago. "
     "The most common price is $2.099 a gallon.", "$2.099", "2016-10-24", "2016-10-24"),
    ("look-alike-year-ago-own", "The average was $2.22 a gallon, compared with $2.208 a year ago.",
     "$2.208", "2016-10-24", "2015-10"),
]  # fmt: skip

# class "a split year after 'durante el'": "durante el 2021-2022, la matrícula alcanzó 895,413
# alumnos" is that school year, not 2021
DURING_SPLIT = [
    ("durante-el-split", "Durante el 2021-2022, la matrícula alcanzó los 895,413 alumnos.",
     "895,413", "2022-08-24", "2021-07/2022-06"),
    ("look-alike-durante-el-year", "Durante el 2021, la matrícula alcanzó los 895,413 alumnos.",
     "895,413", "2022-08-24", "2021"),
]  # fmt: skip

XFAIL: set[str] = {
}  # fmt: skip


@pytest.mark.parametrize(
    ("case", "text", "figure", "published", "expected"),
    [
        pytest.param(*row, id=row[0],
                     marks=[pytest.mark.xfail(strict=True)] if row[0] in XFAIL else [])
        for row in WEEKS + FIRST_MONTHS + NTH_MONTH + MONTH_SUBJECT + FISCAL_QUARTER
        + BASE_PERIOD + TRAILING_WEEK + RESPECTIVELY + SEASONS + THIS_SEASON
        + LOOK_BACK_CARRIED + DURING_SPLIT
    ],
)  # fmt: skip
def test_the_period_of_a_figure(
    case: str, text: str, figure: str, published: str, expected: str
) -> None:
    assert drafted_period(text, figure, published) == expected
