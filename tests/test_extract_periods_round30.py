"""The period a draft gives a figure (issue 15, item 4), round 30: the classes of period misses
found on fresh texts nobody tuned for (company results with fiscal years that are not the
calendar's, price releases, weather, health bulletins; /work/notes/periods30.md lists them),
each written as sentences of our own with look-alikes, not the texts'.

Each row gives the whole drafted period, ``first/last`` for an interval (the benchmark scores
only its end, so a span with the right end but the wrong start would pass there). A row in
``XFAIL`` was committed (strict) before the rule that makes it pass; the rule's commit removed
it."""

from __future__ import annotations

import pytest

from draft_rows import drafted_period

# (case, text, the figure as printed (a part of it), the article's date, the drafted period)

# class "a year named by its end": "the financial year to March 31", "the business year to
# March", "the year through next March", "the fiscal year ended March 31, 2024" are the twelve
# months to that month: the next one after the article's date in a forecast ("expects",
# "forecast", "next"), else the last one on or before it; "the year ahead" and "the
# just-ended year" are the years to that month in a text that names it
YEAR_TO = [
    ("year-to-forecast", "Acme cut its forecast for the financial year to March 31, expecting "
     "an operating profit of 692 billion yen.", "692", "2024-07-31", "2024-04/2025-03"),
    ("year-to-past", "Operating profit was 450 billion yen in the business year to March.",
     "450", "2024-05-10", "2023-04/2024-03"),
    ("year-through-next", "It expects operating profit of 380 billion yen for the year through "
     "next March.", "380", "2015-04-28", "2015-04/2016-03"),
    ("year-ended-dated", "Net income was $2 billion in the fiscal year ended March 31, 2024.",
     "$2 billion", "2024-06-01", "2023-04/2024-03"),
    ("just-ended-year", "It expects operating profit of 380 billion yen for the year through "
     "next March. That follows a 6.0 percent drop in the just-ended year.", "6.0 percent",
     "2015-04-28", "2014-04/2015-03"),
    ("year-ahead", "Acme earned 355 billion yen in the year to March. It forecast a 7 percent "
     "rise in operating profit for the year ahead.", "7 percent", "2015-04-28",
     "2015-04/2016-03"),
    ("look-alike-year-to-date", "The year-to-date total was 5 million tonnes.", "5 million",
     "2024-07-31", "2024-01/2024-07-31"),
]  # fmt: skip

# class "a compared month is no figure's month": "increased by 0.4 percent in comparison to
# September" is the month the article is about ("October showed …", a title "October: …"), not
# September
COMPARED_MONTH = [
    ("in-comparison-to", "October showed another climb in prices. The index increased by 0.4 "
     "percent in comparison to September.", "0.4 percent", "2022-11-10", "2022-10"),
    ("month-colon-title", "October: Prices Show a Yearly Increase\nThe index increased by 0.4 "
     "percent in comparison to September.", "0.4 percent", "2022-11-10", "2022-10"),
    ("look-alike-month-subject-later", "Prices rose 0.4 percent in October. September showed "
     "a fall.", "0.4 percent", "2022-11-10", "2022-10"),
]  # fmt: skip

# class "a change and its target share a period": "rose 28% to 120.6 billion yen in the
# April-June period", "a 22.5% decrease in net profit, totaling ₹267.7 crore in Q4FY24", "86% to
# Kes29.9 billion in the half year ended June 30, 2024", "228 muertos y 315.942 casos … en lo que
# va del 2024": the figure printed before its pair, with no period of its own in the sentence,
# takes the pair's
CHANGE_AND_TARGET = [
    ("change-to-target", "The company said operating profit rose 28% to 120.6 billion yen in "
     "the April-June period.", "28%", "2024-07-31", "2024-04/2024-06"),
    ("change-totaling", "Acme reported a 22.5% decrease in net profit, totaling ₹267.7 crore in "
     "Q4FY24.", "22.5%", "2024-04-24", "2024-01/2024-03"),
    ("change-to-from", "Revenue for the quarter increased by 8.5% to ₹3,927 crore in Q4FY24 from "
     "₹3,619 crore in Q4FY23.", "8.5%", "2024-04-24", "2024-01/2024-03"),
    ("pair-y", "El ministerio informó 228 muertos y 315.942 casos de dengue en lo que va del "
     "2024.", "228", "2024-04-15", "2024-01/2024-04-15"),
    ("half-year-ended", "The bank posted a net profit increase of 86% to Kes29.9 billion in the "
     "half year ended June 30, 2024.", "86%", "2024-08-20", "2024-01/2024-06"),
    ("look-alike-own-period", "Exports fell 3% in May and 5 million tonnes were shipped in "
     "June.", "3%", "2024-07-01", "2024-05"),
]  # fmt: skip

# class "a fiscal year after "on" is a base": "down 1% on FY23" compares with FY23 (British
# usage, as "up 5% on last year"); the figures after it stay in the year the text is about
FISCAL_BASE = [
    ("on-fiscal-base", "Revenue rose 1.5% to $44 billion in FY24.\nIts revenue dropped 1% to "
     "$499.4 million, down 1% on FY23, while EBITDA fell by 14% to $66.2 million.", "14%",
     "2024-08-29", "FY2024"),
    ("on-fiscal-base-change", "Revenue rose 1.5% to $44 billion in FY24.\nIts revenue was "
     "$499.4 million, down 1% on FY23.", "down 1%", "2024-08-29", "FY2024"),
]  # fmt: skip

# class "a month as a noun with its own figure": "a drier than average March (107mm …)",
# "March's maximum of 22.1 degrees" are that month's figures
MONTH_NOUN = [
    ("month-noun-bracket", "After a drier than average March (107mm compared to 145) and a "
     "wetter April (99mm compared to 67), May was dry.", "107mm", "2023-06-01", "2023-03"),
    ("month-noun-bracket-second", "After a drier than average March (107mm compared to 145) and "
     "a wetter April (99mm compared to 67), May was dry.", "99mm", "2023-06-01", "2023-04"),
    ("month-possessive-noun", "March's maximum of 22.1 degrees was higher than the average "
     "20.5.", "22.1", "2023-06-01", "2023-03"),
    ("look-alike-no-digit", "The Women's March (a protest) drew 2,000 people in 2019.",
     "2,000", "2023-06-01", "2019"),
]  # fmt: skip

# class "that year": "En noviembre de ese año", "In November of that year" are that month of
# the year the text named last
THAT_YEAR = [
    ("de-ese-ano", "El rango meta fue definido en 2018. En noviembre de ese año, la inflación "
     "había aumentado 0,36%.", "0,36%", "2019-12-03", "2018-11"),
    ("of-that-year", "The target was set in 2018. In November of that year, prices rose "
     "0.36%.", "0.36%", "2019-12-03", "2018-11"),
    ("look-alike-de-este-ano", "En noviembre de este año, la inflación aumentó 0,42%.",
     "0,42%", "2019-12-03", "2019-11"),
]  # fmt: skip

# class "a span of months named by its end": "the three-month period ended September 30,
# 2023", "the nine-month period ended", "the nine-months ended", "the six months ended
# December 31, 2023", "the half year ended June 30, 2024", "the six months to January 31" (the
# last such day on or before the article's date), "los nueve meses terminados el": that many
# months to that day
MONTHS_ENDED = [
    ("three-month-ended", "Revenue rose $2,759,000, or 31%, for the three-month period ended "
     "September 30, 2023.", "31%", "2023-11-14", "2023-07/2023-09"),
    ("nine-month-ended", "Revenue rose $4,552,000, or 17%, for the nine-month period ended "
     "September 30, 2023.", "17%", "2023-11-14", "2023-01/2023-09"),
    ("nine-months-ended", "The gross margin of 16.1% for the nine-months ended September 30, "
     "2023 was lower.", "16.1%", "2023-11-14", "2023-01/2023-09"),
    ("six-months-ended", "Revenue was $643.9 million for the six months ended December 31, "
     "2023.", "$643.9", "2024-02-01", "2023-07/2023-12"),
    ("same-period-after-nine", "The gross margin of 16.1% for the nine months ended September "
     "30, 2023 was 2.3 points lower than the margin of 18.4% for the same period in 2022.",
     "18.4%", "2023-11-14", "2022-01/2022-09"),
    ("six-months-to-no-year", "House prices rose by around 5% in the six months to January "
     "31.", "5%", "2024-03-15", "2023-08/2024-01"),
    ("six-months-to-ahead", "Completions were set to increase by around 5% in the six months "
     "to January 31.", "5%", "2012-12-05", "2012-08/2013-01"),
    ("nueve-meses-terminados", "Las ventas crecieron 7% en los nueve meses terminados el 30 de "
     "septiembre de 2023.", "7%", "2023-11-14", "2023-01/2023-09"),
    ("look-alike-twelve-months-to", "Prices rose 7.7 percent in the 12 months to September.",
     "7.7", "2022-11-10", "2022-09"),
    ("twelve-month-period-ending", "The rate for the twelve-month period ending October was "
     "13.54 per cent.", "13.54", "2019-11-18", "2018-11/2019-10"),
    ("quarter-ending-month", "Net profit for the quarter ending March 2024 rose 2.71% to ₹2,538 "
     "crore.", "2.71%", "2024-04-24", "2024-01/2024-03"),
    ("over-the-period-to", "Violence is behind a 10% rise over the 12-month period to March, "
     "the ONS said.", "10%", "2017-07-20", "2016-04/2017-03"),
    ("the-4th-of-may", "Most of the rain came on the 4th of May (61 mm).", "61 mm", "2019-06-09",
     "2019-05-04"),
    ("look-alike-day", "The offer ended September 30, 2023, with 500 buyers.", "500",
     "2023-11-14", "2023-09-30"),
]  # fmt: skip

# class "a year back from a span": "A year earlier", "the year-ago period", "a year ago" after a
# span of months are the same months a year before (left: a base's "from ₹3,471 crore
# year-on-year", /work/notes/periods30.md)
YEAR_BACK_SPAN = [
    ("year-earlier-span", "Operating profit rose to 120.6 billion yen in the April-June period. "
     "A year earlier, the company earned 94.4 billion yen.", "94.4", "2024-07-31",
     "2023-04/2023-06"),
    ("year-ago-period-quarter", "The EBIT margin for the March quarter was 16%, compared to 14% "
     "in the year-ago period.", "14%", "2024-04-24", "2023-01/2023-03"),
    ("a-year-ago-between", "Prices rose by 1.8% between September and October this year "
     "compared to a fall of 0.7% a year ago.", "0.7%", "2010-11-16", "2009-09/2009-10"),
    ("look-alike-year-earlier-month", "Exports were 37 million tonnes in May, compared with 31 "
     "million tonnes a year earlier.", "31 million", "2024-06-10", "2023-05"),
]  # fmt: skip

# class "last year, a look back from a month": "This now exceeds the toll of last year, when 34
# children died." in a text about a month or a week is no time the later figures are about
LAST_YEAR_BACK = [
    ("last-year-look-back", "Prices rose 2% in May. This exceeds the rise of last year, when 34 "
     "shops closed. Rents rose 3.1%.", "3.1%", "2013-06-05", "2013-05"),
    ("look-alike-last-year-about", "Rents rose 3.1% last year. Prices rose 2%.", "2%",
     "2013-06-05", "2012"),
]  # fmt: skip

# class "a period printed twice in a sentence": "registró en noviembre un aumento de 0,36% …,
# similar al registrado en noviembre de 2023 (+0,34%)": the first "en noviembre" is the
# figure's own, not a base because its later copy follows "similar al registrado"; a figure
# bracketed right after a compared period is that period's ("(+0,34%)"); "a la de igual marzo
# de 2015" is a base
PRINTED_TWICE = [
    ("own-copy-not-base", "El IPC registró en noviembre un aumento de 0,36%, un registro similar "
     "al registrado en noviembre de 2023 (+0,34%).", "0,36%", "2024-12-04", "2024-11"),
    ("bracket-after-base", "El IPC registró en noviembre un aumento de 0,36%, un registro "
     "similar al registrado en noviembre de 2023 (+0,34%).", "+0,34%", "2024-12-04", "2023-11"),
    ("a-la-de-igual", "En marzo de 2016 se realizaron 7 millones de operaciones, 4.3% más que "
     "en marzo de 2015, con un monto menor en 6.4% a la de igual marzo de 2015.", "6.4%",
     "2016-05-02", "2016-03"),
]  # fmt: skip

# class "a season's record": "the absolute record of 1,222 from 1992-93" dates a level by "from"
# (its own time, no base); "the 2023-24 campaign" makes a text's seasons split years, so "last
# term" is the season before
SEASON_RECORD = [
    ("record-from-season", "This season will end with 1,239 goals, breaking the absolute record "
     "of 1,222 from 1992-93.", "1,222", "2024-04-27", "1992-07/1993-06"),
    ("last-term-campaign", "The 2023-24 campaign will be remembered for its goals.\nThe record "
     "of 1,084 had only been set last term.", "1,084", "2024-04-27", "2022-07/2023-06"),
    ("look-alike-change-from", "Goals rose 5% from 1992-93.", "5%", "2024-04-27", "2024-04-27"),
]  # fmt: skip

# class "this month of last year": "menor al que ocurrió en este mes del año pasado (0,46%)" is
# the month the text is about, a year before (as "el mismo mes del año pasado"); "un año atrás"
# is a year back as "un año antes"; "un alza a doce meses" the twelve months to that month
THIS_MONTH_LAST_YEAR = [
    ("este-mes-del-ano-pasado", "El IPC se elevó un 0,23% en octubre, menos que en este mes del "
     "año pasado (0,46%).", "0,46%", "2018-11-05", "2017-10"),
    ("un-ano-atras", "Los alimentos se incrementaron 0,47% en noviembre de 2017, cuando "
     "exactamente un año atrás decrecieron 0,78%.", "0,78%", "2017-12-05", "2016-11"),
    ("alza-a-doce-meses", "En octubre de 2023, el IPC anotó una variación mensual de 0,4%, "
     "acumulando 3,7% en lo que va del año y un alza a doce meses de 5,0%.", "5,0%",
     "2023-11-08", "2022-11/2023-10"),
    ("look-alike-el-ano-pasado", "El IPC se elevó un 0,23% en octubre y 8% el año pasado.", "8%",
     "2018-11-05", "2017"),
]  # fmt: skip

XFAIL: set[str] = {
}  # fmt: skip


@pytest.mark.parametrize(
    ("case", "text", "figure", "published", "expected"),
    [
        pytest.param(*row, id=row[0],
                     marks=[pytest.mark.xfail(strict=True)] if row[0] in XFAIL else [])
        for row in YEAR_TO + COMPARED_MONTH + CHANGE_AND_TARGET + FISCAL_BASE + MONTH_NOUN
        + THAT_YEAR + MONTHS_ENDED + YEAR_BACK_SPAN + LAST_YEAR_BACK + PRINTED_TWICE
        + SEASON_RECORD + THIS_MONTH_LAST_YEAR
    ],
)  # fmt: skip
def test_the_period_of_a_figure(
    case: str, text: str, figure: str, published: str, expected: str
) -> None:
    assert drafted_period(text, figure, published) == expected
