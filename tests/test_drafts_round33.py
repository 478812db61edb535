"""Drafts and suggested references (issue 15, items 5–6), round 33: one table per class of wrong
suggestion that fresh text (tests/data/suggestions/fresh33.csv, scored once before these rules)
showed. Every sentence is our own, written with its look-alikes before the rule that reads it."""

from __future__ import annotations

import pytest

from draft_rows import bundled_hints, claim, first_of, rank_of, reference_of, suggestion_gold
from figcheck.draft.extract import extract_mentions
from figcheck.draft.suggest import DatasetHint


@pytest.fixture(scope="module")
def bundled() -> list[DatasetHint]:
    return bundled_hints()


def unit_of(text: str, figure: str, lang: str | None = None) -> str:
    mentions = extract_mentions(text, lang=lang)
    index = suggestion_gold.pick(mentions, figure)
    assert index is not None, f"{figure!r} not extracted from {text!r}"
    return mentions[index].unit


# 1. A currency priced in another, its name the subject of the price in looser words than "the
# euro closed at": an adverb or a relative clause between ("The euro also bought $1.09", "the
# euro, which bought 158 yen"), the rate of it named before ("set the reference rate for the
# euro at $1.0875", "fijó el cambio oficial del euro en 1,09 dólares"), a clock time between
# ("El dólar se vendía a las 12:00 horas en 17,20 pesos"): a rate per one of it, not a sum.
PRICED_IN = [
    ("The euro also bought $1.0920 on Friday.", "$1.0920", "en", "USD/EUR"),
    ("The yen slipped against the euro, which bought 158.10 yen in New York.", "158.10 yen", "en",
     "JPY/EUR"),
    ("The ECB set its reference rate for the euro at $1.0910 on Tuesday.", "$1.0910", "en",
     "USD/EUR"),
    ("El Banco Central Europeo fijó ayer el cambio oficial del euro en 1,0875 dólares.",
     "1,0875 dólares", "es", "USD/EUR"),
    ("El dólar estadounidense se vendía a las 12:00 horas en 17,20 pesos mexicanos.",
     "17,20 pesos", "es", "MXN/USD"),
    # look-alikes: a sum in a sentence about a currency, and the euro zone's economy
    ("Japan spent $60 billion to prop up the yen.", "$60 billion", "en", "USD"),
    ("The euro zone economy was worth $15 trillion in 2022.", "$15 trillion", "en", "USD"),
    ("The euro, which traded at $1.08 on Monday, was the topic of a $2 billion bond sale.",
     "$2 billion", "en", "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "lang", "unit"), PRICED_IN)
def test_a_currency_priced_in_another(text: str, figure: str, lang: str, unit: str) -> None:
    assert unit_of(text, figure, lang) == unit


# 2. A price followed by the currency it is quoted against ("6.4510 against the U.S. dollar",
# "151.20 to the dollar", "83.10 against the greenback", "160.10 against the euro", "150.20 yen
# to the dollar"): the currency named before it per that one, whether the figure prints its
# currency or not.
AGAINST = [
    ("The yuan strengthened 40 basis points to 6.4510 against the U.S. dollar on Monday.",
     "6.4510", "CNY/USD"),
    ("Late on Monday the yen was trading at around 151.20 to the dollar.", "151.20", "JPY/USD"),
    ("The rupee closed at 83.10 against the greenback on Wednesday.", "83.10", "INR/USD"),
    ("The yen fell to 160.10 against the euro in Asian trade.", "160.10", "JPY/EUR"),
    ("The Japanese yen hit 150.20 yen to the dollar on Thursday.", "150.20 yen", "JPY/USD"),
    # look-alikes: a count and a move of no named currency, and a percent move
    ("The dollar index rose to 104.20 against 103.90 a week earlier.", "104.20", ""),
    ("The rand lost 4% to the dollar on Monday.", "4%", "percent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "unit"), AGAINST)
def test_a_price_against_a_named_currency(text: str, figure: str, unit: str) -> None:
    assert unit_of(text, figure, "en") == unit


def test_priced_currencies_are_suggested_their_rate(bundled: list[DatasetHint]) -> None:
    assert first_of("The euro also bought $1.0920 on Friday.", "$1.0920",
                    bundled) == "ecb-euro-fx/USD"  # fmt: skip
    assert first_of("The yuan strengthened 40 basis points to 6.4510 against the U.S. dollar "
                    "on Monday.", "6.4510", bundled) == "ecb-euro-fx/CNY"  # fmt: skip


# 3. What a column measures, named by its title ("GDP", "PBI", "population"), with the figure's
# own place a row of the dataset's key: the column's, though the sentence prints no period
# ("Ghana's GDP stood at $76 billion"). A bank's name says who reports, not what is counted,
# and "according" and "según" count nothing ("241,499,431 according to the census").
TITLED = [
    ("Ghana's GDP stood at $76 billion, the IMF estimated.", "$76 billion", "en",
     "world-gdp/Value"),
    ("Según el FMI, el PBI de Chile asciende a USD 301.000 millones.", "USD 301.000", "es",
     "world-gdp/Value"),
    ("Pakistan's population is 241,499,431 according to the census.", "241,499,431", "en",
     "world-bank-population/Value"),
    # look-alikes: a bank's sum, and a sum of a country's that is no GDP
    ("El Banco de México informó reservas por 200 mil millones de dólares.", "200 mil millones",
     "es", "(none)"),
    ("The World Bank lent Kenya $1.5 billion in 2022.", "$1.5 billion", "en", "(none)"),
    ("Ghana's exports stood at $17 billion, the IMF estimated.", "$17 billion", "en", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "lang", "wanted"), TITLED)
def test_a_columns_title_word_and_its_place(text: str, figure: str, lang: str, wanted: str,
                                            bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled, lang=lang) == wanted


# 4. "el índice de todos los artículos" is the all-items index in Spanish releases of the US
# CPI: a change of it over twelve months is the index's.
def test_all_items_in_spanish(bundled: list[DatasetHint]) -> None:
    text = ("El índice de todos los artículos de Estados Unidos subió un 3,2 por ciento en los "
            "12 meses que terminaron en octubre de 2023.")  # fmt: skip
    assert first_of(text, "3,2 por ciento", bundled, lang="es") == "us-cpi-u/Index"


# 5. GDP per head and GDP at purchasing power parity are not the GDP in current dollars that the
# bundled table holds: "Kenya's GDP per capita rose to $2,100", "Egypt's GDP in PPP terms is
# $1.9 trillion" get no suggestion of it.
NOT_CURRENT_GDP = [
    ("Kenya's GDP per capita rose to $2,100 in 2022.", "$2,100", "(none)"),
    ("Kenya's per capita GDP – the output per person – has now risen to $2,100 (Sh250,000).",
     "$2,100", "(none)"),
    ("In purchasing power parity terms, Egypt's GDP stood at $1.9 trillion in 2022.",
     "$1.9 trillion", "(none)"),
    ("In terms of purchasing power parity, Egypt is the largest economy, with a PPP GDP of USD "
     "1,900bn, ahead of Nigeria (USD 1,100bn).", "USD 1,900bn", "(none)"),
    # look-alike: the GDP itself
    ("Kenya's GDP rose to $113 billion in 2022.", "$113 billion", "world-gdp/Value"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), NOT_CURRENT_GDP)
def test_gdp_per_head_or_at_parity_is_not_current_gdp(text: str, figure: str, wanted: str,
                                                      bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled) == wanted


# 6. A currency's move whose subject is not the last currency word before it: the currency it
# moved against named before the figure ("The rupee closed at 83.40 against the greenback, down
# … 0.3%"), a price in another currency between ("El dólar se vendió en 17,10 pesos, … una
# bajada del 0,5%"), a cause that names prices long before the currency ("inflation … pushed
# the euro down 12 percent"), the other currency after "on" ("gained 15 percent on the yen").
MOVES = [
    ("The rupee closed at 83.40 against the greenback, down 20 paise or 0.3% from the last "
     "close.", "0.3%", "ecb-euro-fx/INR"),
    ("El dólar se vendió en 17,10 pesos, lo que supuso una bajada del 0,5% frente a la jornada "
     "anterior.", "0,5%", "ecb-euro-fx/MXN"),
    ("Rising energy costs and inflation have pushed the euro down about 12 percent against the "
     "dollar in three months.", "12 percent", "ecb-euro-fx/USD"),
    ("Over the past months the dollar has gained about 15 percent on the yen.", "15 percent",
     "ecb-euro-fx/JPY"),
    # look-alikes: prices named in a currency, a weekday after "on"
    ("Prices in dollars rose 0.6% in March 2020 in the United States, the CPI showed.", "0.6%",
     "us-cpi-u/Index"),
    ("The peso weakened 0.6% on Monday.", "0.6%", "ecb-euro-fx/MXN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), MOVES)
def test_the_subject_of_a_currencys_move(text: str, figure: str, wanted: str,
                                         bundled: list[DatasetHint]) -> None:  # fmt: skip
    lang = "es" if "dólar" in text else "en"
    assert first_of(text, figure, bundled, lang=lang) == wanted


# 7. A day's move on a daily table runs from the previous day the table publishes, which a
# holiday can move further back than the weekday before (the ECB published no rate on Good
# Friday and Easter Monday 2023, 7 and 10 April); a level on a day with no rate (1 May) is the
# previous published day's.
HOLIDAYS = [
    ("The rand lost 1.2% against the dollar on 11 April 2023.", "1.2%",
     "from: {Date: 2023-04-06}, to: {Date: 2023-04-11}"),
    ("The euro stood at $1.0950 on 1 May 2023.", "$1.0950", "where: {Date: 2023-04-28}"),
    # look-alikes: a Monday's move with no holiday, a level on a published day
    ("The rand lost 1.1% against the dollar on 8 May 2023.", "1.1%",
     "from: {Date: 2023-05-05}, to: {Date: 2023-05-08}"),
    ("The euro stood at $1.0965 on 2 May 2023.", "$1.0965", "where: {Date: 2023-05-02}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), HOLIDAYS)
def test_a_days_rate_is_of_a_published_day(text: str, figure: str, wanted: str,
                                           bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert wanted in reference_of(claim(text, figure, bundled))


# 8. A move of an exchange rate whose currency no word names ("El tipo de cambio perdió un
# 0,6%") is no column of a table of many currencies: not the first in alphabetical order.
# A national count's change with no place named ("las cifras … para 2019 apuntan a una
# reducción de 0.6 por ciento en los homicidios") is the national sum of the states' table,
# as its level is; a place the table does not cover still excludes it.
UNNAMED = [
    ("El tipo de cambio perdió un 0,6% ayer.", "0,6%", "es", "(none)"),
    ("The exchange rate fell 0.6% on Monday.", "0.6%", "en", "(none)"),
    ("Las cifras preliminares para 2019 apuntan a una reducción de 0.6 por ciento anual en los "
     "homicidios.", "0.6 por ciento", "es", "mexico-homicides-state-month/homicides"),
    # look-alikes: a named currency's move, another country's homicides
    ("The peso fell 0.6% against the dollar on Monday.", "0.6%", "en", "ecb-euro-fx/MXN"),
    ("US homicides fell 3% in 2019, the FBI said.", "3%", "en", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "lang", "wanted"), UNNAMED)
def test_a_move_of_no_named_series(text: str, figure: str, lang: str, wanted: str,
                                   bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled, lang=lang) == wanted


# 9. More ways of printing a currency's price: the currency's own verbs of moving or reaching a
# level ("The pound weakened to $1.2436", "the euro struck $1.1821", "the dollar reaching
# 151.82 yen"), "the single currency" for the euro, a denominator printed "/US$" ("R19.39/US$"),
# the currency named further back ("the rand had weakened 0.4% from its New York close to
# 18.2125 per dollar"), "unidades" after the dollar quoted ("El dólar … cerró en 19.80
# unidades", "respecto a la moneda estadounidense al cotizar en 17.10 unidades"), and "dolar"
# printed without its accent ("21.93 pesos por dolar").
MORE_PRICES = [
    ("The pound weakened to $1.2436 from $1.2496.", "$1.2436", "en", "USD/GBP"),
    ("At one point the euro struck $1.1821, the highest in a year.", "$1.1821", "en", "USD/EUR"),
    ("The yen fell again on Wednesday, with the dollar reaching 151.82 yen.", "151.82 yen", "en",
     "JPY/USD"),
    ("The European single currency at one stage plunged to $1.0512.", "$1.0512", "en",
     "USD/EUR"),
    ("By 9am the rand was about 1% weaker than its previous close at R19.39/US$.", "R19.39", "en",
     "ZAR/USD"),
    ("By 1400 GMT the rand had weakened 0.4% from its New York close to 18.2125 per dollar.",
     "18.2125", "en", "ZAR/USD"),
    ("El dólar interbancario cerró en 19.80 unidades, su nivel más alto en un mes.",
     "19.80 unidades", "es", "MXN/USD"),
    ("El peso mexicano terminó la semana con una apreciación respecto a la moneda "
     "estadounidense al cotizar en 17.10 unidades.", "17.10 unidades", "es", "MXN/USD"),
    ("El peor cierre del peso se ubicaba en 21.9300 pesos por dolar.", "21.9300 pesos", "es",
     "MXN/USD"),
    # look-alikes: units of a thing, a sum of the dollar's country, the single market
    ("Se vendieron 20 unidades de vivienda en el mes.", "20 unidades", "es", "count"),
    ("The single market was worth $15 trillion in 2022.", "$15 trillion", "en", "USD"),
    ("The pound weakened as the Treasury borrowed $2 billion.", "$2 billion", "en", "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "lang", "unit"), MORE_PRICES)
def test_more_ways_of_printing_a_price_of_a_currency(text: str, figure: str, lang: str,
                                                     unit: str) -> None:  # fmt: skip
    assert unit_of(text, figure, lang) == unit


# 10. A local currency's letter glued to a price quoted per dollar is that currency, in a text
# that does not name its country ("a single trade occurred at R14.07 to the dollar", "R18.20/$",
# "P56.10 per dollar"); elsewhere a letter alone is still no currency.
LETTERS = [
    ("A single trade occurred at R14.07 to the dollar.", "R14.07", "ZAR/USD"),
    ("It opened at R18.20/$ in early trade.", "R18.20", "ZAR/USD"),
    ("The local unit was changing hands at R14.65 to the greenback at 07:46.", "R14.65",
     "ZAR/USD"),
    ("The currency closed at P56.10 per dollar.", "P56.10", "PHP/USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "unit"), LETTERS)
def test_a_letter_price_per_dollar(text: str, figure: str, unit: str) -> None:
    assert unit_of(text, figure, "en") == unit


def test_a_letter_alone_is_no_currency() -> None:
    mentions = extract_mentions("The R2 road was closed after R3 billion of damage.", lang="en")
    assert all(m.unit not in ("ZAR", "ZAR/USD") for m in mentions)


# 11. An auxiliary before the verb that reaches a level ("El dólar ha llegado a cambiarse en un
# máximo de 21,10 pesos", "the dollar has touched 150.10 yen").
@pytest.mark.parametrize(("text", "figure", "lang", "unit"), [
    ("En el último año el dólar estadounidense ha llegado a cambiarse en un máximo de 21,10 "
     "pesos mexicanos.", "21,10 pesos", "es", "MXN/USD"),
    ("This week the dollar has touched 150.10 yen.", "150.10 yen", "en", "JPY/USD"),
])  # fmt: skip
def test_an_auxiliary_before_the_level_verb(text: str, figure: str, lang: str, unit: str) -> None:
    assert unit_of(text, figure, lang) == unit


# 12. A currency's record: the subject is not the currency of another price before it ("hit
# 130.10 yen to the dollar after hitting 131.24 yen to the dollar …, its lowest": the yen's low,
# the rate's high).
RECORDS = [
    ("The Japanese yen hit 150.10 yen to the dollar after hitting 151.24 yen to the dollar on "
     "Thursday, its lowest since April 1990.", "151.24 yen", "order: highest, since: 1990"),
    # look-alike: the dollar's own record in yen
    ("The dollar rose to 151.24 yen on Thursday, its highest since April 1990.", "151.24 yen",
     "order: highest, since: 1990"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), RECORDS)
def test_a_currencys_record_subject_and_window(text: str, figure: str, wanted: str,
                                               bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert wanted in rank_of(claim(text, figure, bundled))


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [("El dólar estadounidense abrió nuevamente en 20 pesos por unidad, en promedio de venta.",
      "20 pesos", "MXN/USD"),
     ("Al iniciar operaciones el tipo de cambio interbancario del dólar, se ubica en 18.35 pesos "
      "por unidad.", "18.35 pesos", "MXN/USD"),
     ("La empresa vendió los chips a 2 dólares por unidad, según el informe.", "2 dólares", "USD")],
)  # fmt: skip
def test_pesos_per_unit_of_the_dollar_quoted(text: str, figure: str, unit: str) -> None:
    """Merged with extract34's "por finca" rule, "por unidad" read as per a thing (MXN/count)."""
    assert unit_of(text, figure, "es") == unit
