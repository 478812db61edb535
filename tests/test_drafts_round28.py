"""Drafts of change, record and ratio claims and their suggested references (issue 15, items
5–6), round 28: one table per class of wrong draft that fresh text (tests/data/suggestions/
fresh28.csv) and the drafts of earlier rounds showed. Every sentence is our own, written with its
look-alikes before the rule that reads it."""

from __future__ import annotations

import pytest

from draft_rows import bundled_hints, claim, first_of, rank_of, reference_of, value_of
from figcheck.draft.suggest import DatasetHint


@pytest.fixture(scope="module")
def bundled() -> list[DatasetHint]:
    return bundled_hints()


# 1. A count writes its noun when the text names what is counted (`4,120 count
# (fraud investigations)`); people, money and a count with no noun stay as they were.
COUNT_NOUNS = [
    ("Prosecutors opened 4,120 fraud investigations in 2019.", "4,120", "4,120 count (fraud investigations)"),
    ("With 9,870 official arson investigations, 2015 was the worst year.", "9,870",
     "9,870 count (official arson investigations)"),
    ("The firm sent five million emails to its clients.", "five million emails", "5 million count (emails)"),
    ("Se abrieron 12 mil 310 expedientes por robo.", "12 mil 310 expedientes", "12,310 count (expedientes)"),
    ("The storm destroyed 300 homes and 12 schools.", "12 schools", "12 count (schools)"),
    # look-alikes: people, a count with no noun, a hyphenated count's noun
    ("The storm killed 45 people in the port.", "45 people", "45 people"),
    ("Tesla sold 1.8 million in 2023.", "1.8 million", "1.8 million count"),
    ("The panel published a 40-page report.", "40-page", "40 count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "value"), COUNT_NOUNS)
def test_a_counts_noun_is_drafted(text: str, figure: str, value: str,
                                  bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert value_of(claim(text, figure, bundled)) == value


# 2. A move in points of an index (a plain number) is a difference, not a ratio; a multiple
# ("doubled") stays a ratio.
POINTS = [
    ("On 3 May 2024 the Nikkei index ended 240 points lower at 31,200.", "240 points lower",
     "change: difference"),
    ("On 6 May 2024 the benchmark index closed 85 points higher at 7,410.", "85 points higher",
     "change: difference"),
    ("Mexico's homicides doubled between 2007 and 2010.", "doubled", "change: ratio"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "kind"), POINTS)
def test_index_points_are_a_difference(text: str, figure: str, kind: str,
                                       bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert kind in reference_of(claim(text, figure, bundled))


# 3. A change of a share price, an index named in the sentence or a component of prices is not a
# change of the consumer price index: words of frequency or order ("first") and names do not
# make two shared words.
NOT_CPI = [
    ("Outside the main index, shares in the builder jumped 6% after its first payout.", "jumped 6%"),
    ("Gasoline prices in the United States rose 6.1% in October 2021.", "6.1%"),
    ("Core inflation in the United States, which excludes food and energy, was 0.3% in March 2024.",
     "0.3%"),
    ("La inflación subyacente en Estados Unidos fue de 0,2% en septiembre de 2021.", "0,2%"),
    ("Los precios de la energía en Estados Unidos cayeron 3,2% en noviembre de 2024.", "3,2%"),
]  # fmt: skip
STILL_CPI = [
    ("US consumer prices rose 0.4% in March 2023.", "0.4%"),
    ("La inflación en Estados Unidos fue de 0,5% en enero de 2023.", "0,5%"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_CPI)
def test_a_component_or_a_share_is_not_the_cpi(text: str, figure: str,
                                               bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert not first_of(text, figure, bundled).startswith("us-cpi-u/")


@pytest.mark.parametrize(("text", "figure"), STILL_CPI)
def test_all_items_prices_are_still_the_cpi(text: str, figure: str,
                                            bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled).startswith("us-cpi-u/")


# 4. Twelve months in Spanish ("en 12 meses", "el mismo mes un año atrás") and a half-year's
# change (compared with the same half a year before) run from twelve months back.
TWELVE = [
    ("En Estados Unidos los precios al consumidor subieron 0,3% en mayo de 2023, acumulando un "
     "crecimiento de 4,1% en 12 meses.", "4,1%", None, "from: {Date: 2022-05-01}"),
    ("Los precios al consumidor en Estados Unidos subieron 6,2% en octubre de 2021 comparado con "
     "el mismo mes un año atrás.", "6,2%", None, "from: {Date: 2020-10-01}"),
    ("The bank reported a 21% rise in half-year profits.", "21%", "2024-08-02",
     "from: {Date: 2023-08-01}"),
    # look-alikes: a month's change
    ("En Estados Unidos los precios al consumidor subieron 0,3% en mayo de 2023, acumulando un "
     "crecimiento de 4,1% en 12 meses.", "0,3%", None, "from: {Date: 2023-04-01}"),
    ("The bank reported a 2% rise in monthly lending.", "2%", "2024-08-02",
     "from: {Date: 2024-07-01}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "published", "start"), TWELVE)
def test_twelve_months_and_half_years_run_from_a_year_back(
    text: str, figure: str, published: str | None, start: str, bundled: list[DatasetHint]
) -> None:
    assert start in reference_of(claim(text, figure, bundled, published))


# 5. A signed figure in a bracketed list after a change ("(-3.1%, -2.4% in 2019)") is a change
# too: a fall, from the year before.
SIGNED = [
    ("Freight tonnage fell again (-3.1%, -2.4% in 2019), the office said.", "2.4%",
     "-2.4 percent", "from: {Date: 2018}"),
    ("Passenger numbers rose (+4.5%, +1.2% in 2019), the office said.", "1.2%", "1.2 percent",
     "from: {Date: 2018}"),
    # look-alike: a list of levels in brackets is not a change
    ("Three regions (12.5%, 9.1% and 4.0%) grew fastest.", "9.1%", "9.1 percent", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "value", "start"), SIGNED)
def test_a_signed_figure_in_a_list_is_a_change(text: str, figure: str, value: str, start: str,
                                               bundled: list[DatasetHint]) -> None:  # fmt: skip
    block = claim(text, figure, bundled)
    assert value_of(block) == value
    assert start in reference_of(block)


# 6. A day's quote ("cerró este viernes", "on Thursday") is a day: not a monthly average's.
DAYS = [
    ("El peso cerró este viernes en 17.95 pesos por dólar.", "17.95 pesos por dólar",
     "ecb-euro-fx/MXN"),
    ("The yen traded at 151.2 yen per dollar on Thursday.", "151.2 yen per dollar",
     "ecb-euro-fx/JPY"),
    # look-alike: a month's average
    ("El peso promedió 17.2 pesos por dólar en enero de 2024.", "17.2 pesos por dólar",
     "fed-fx-monthly/Exchange rate"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), DAYS)
def test_a_weekdays_quote_is_a_days(text: str, figure: str, wanted: str,
                                    bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled) == wanted


# 7. A change over twelve months is not a level of a month-on-month column (the CPI's
# `Inflation`): it is a change of the index.
ANNUAL = [
    ("La inflación en Estados Unidos subió 3,1% anual en enero de 2024.", "3,1%",
     "us-cpi-u/Index"),
    ("US inflation rose 3.4% in the 12 months to December 2023.", "3.4%", "us-cpi-u/Index"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), ANNUAL)
def test_a_twelve_month_change_is_not_a_month_on_month_column(
    text: str, figure: str, wanted: str, bundled: list[DatasetHint]
) -> None:
    assert first_of(text, figure, bundled) == wanted


# 8. A dataset none of whose fitting columns holds the figure's year cannot check it (the yearly
# homicide counts end in 2016 and 2017, the state-month table in 2022). Within a dataset the
# columns are still ranked by their words: final2's labels name INEGI's yearly column for 2017,
# a year only SESNSP's columns hold. (The first row named INEGI when it was written and was
# rewritten without it when the rule went from columns to datasets.)
COVERED = [
    ("Mexico counted 36,100 homicide victims in 2019.", "36,100",
     "mexico-homicides-state-month/homicides"),
    ("INEGI counted 27,000 homicides in Mexico in 2011.", "27,000 homicides",
     "mexico-homicides-annual/homicides_inegi"),
    # a year another column of the dataset holds: ranked by words as before
    ("INEGI counted 31,000 homicides in Mexico in 2017.", "31,000 homicides",
     "mexico-homicides-annual/homicides_inegi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), COVERED)
def test_a_column_without_the_figures_year_is_not_suggested(
    text: str, figure: str, wanted: str, bundled: list[DatasetHint]
) -> None:
    assert first_of(text, figure, bundled) == wanted


# 9. A change in a count or an amount ("increased by a record $853 billion", "3 mil 900
# víctimas más") is a difference; a level reached ("climbed to 1,600") is a level.
DIFFERENCES = [
    ("In 2019 Japan's GDP increased by a record $310 billion.", "$310 billion",
     "change: difference, from: {Country Code: JPN, Year: 2018}"),
    ("En 2016 los homicidios en México aumentaron en 3 mil 800 víctimas respecto a 2015.",
     "3 mil 800", "change: difference"),
    # (drafts30: a year's count on the state-month table now sums its months: the where ends
    # after the year, "aggregate: sum" follows; the level it tests is unchanged)
    ("Sonora's homicides climbed to 1,600 in 2021.", "1,600", "where: {cve_ent: 26, year: 2021}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "shape"), DIFFERENCES)
def test_a_change_in_a_count_or_amount_is_a_difference(
    text: str, figure: str, shape: str, bundled: list[DatasetHint]
) -> None:
    assert shape in reference_of(claim(text, figure, bundled))


# 10. A change whose sentence names what the column counts and a period its key holds ("la
# cifra de homicidios se disparó 15.4% respecto a 2015") is that column's change.
NAMED_CHANGES = [
    ("Con el registro de 2016, la cifra de homicidios se disparó 15.4% respecto a 2015.", "15.4%",
     "mexico-homicides-annual/homicides_inegi"),
    # look-alike: nothing the datasets count
    ("El salario mínimo en México aumentó 20% en 2024.", "20%", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), NAMED_CHANGES)
def test_a_change_of_a_named_count_is_suggested(text: str, figure: str, wanted: str,
                                                bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled) == wanted


# 11. An economy's growth in percent is in constant prices: not a change of GDP in current
# dollars; a change of GDP stated in dollars still is.
GROWTH = [
    ("Japan's economy grew 1.9% in 2023, the cabinet office said.", "1.9%", "(none)"),
    ("La economía de Chile creció 2,4% en 2022.", "2,4%", "(none)"),
    # look-alike: a change of the dollar sum
    ("Measured in dollars, Japan's GDP fell 10% in 2023.", "10%", "world-gdp/Value"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), GROWTH)
def test_growth_is_not_a_change_in_current_dollars(text: str, figure: str, wanted: str,
                                                   bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled) == wanted


# 12. A change noun with an adjective after it ("una caída histórica de 6,8%", "un
# aumento récord de 12%") and a change verb before a signed figure ("cayeron -3.2%") are
# changes; a noun that is no change ("una cifra histórica de 12%") is not.
SPANISH_MOVES = [
    ("En 2020 la economía de Chile tuvo una caída histórica de 6,8%.", "6,8%", "-6.8 percent"),
    ("En 2018 los homicidios registraron un aumento récord de 12%.", "12%", "12 percent"),
    ("En noviembre de 2024 los precios de la energía cayeron -3.2%.", "3.2%", "-3.2 percent"),
]  # fmt: skip
NOT_MOVES = [
    ("En 2018 el desempleo alcanzó una cifra histórica de 12%.", "12%"),
]


@pytest.mark.parametrize(("text", "figure", "value"), SPANISH_MOVES)
def test_a_move_with_an_adjective_or_a_sign_is_a_change(
    text: str, figure: str, value: str, bundled: list[DatasetHint]
) -> None:
    block = claim(text, figure, bundled, lang="es")
    assert value_of(block) == value
    assert "change: percent" in reference_of(block)


@pytest.mark.parametrize(("text", "figure"), NOT_MOVES)
def test_a_record_level_is_not_a_change(text: str, figure: str,
                                        bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert "change:" not in reference_of(claim(text, figure, bundled, lang="es"))


# 14. A span's change runs from its first year ("doubled between 2007 and 2010": 2007 → 2010),
# not from the year before its last.
SPANS = [
    ("Mexico's homicides doubled between 2007 and 2010.", "doubled",
     "from: {year: 2007}, to: {year: 2010}"),
    ("Los homicidios en México aumentaron 40% entre 2007 y 2010.", "40%",
     "from: {year: 2007}, to: {year: 2010}"),
    # look-alike: a single year
    ("Mexico's homicides rose 12% in 2010.", "12%", "from: {year: 2009}, to: {year: 2010}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "shape"), SPANS)
def test_a_spans_change_runs_from_its_first_year(text: str, figure: str, shape: str,
                                                 bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert shape in reference_of(claim(text, figure, bundled))


# 15. A population column that holds the year does not keep a dataset whose counts do not
# ("Homicides fell by 1,200 people in 2019": not INEGI's yearly column, which ends in 2016).
def test_a_population_column_does_not_keep_a_dataset_past_its_counts(
    bundled: list[DatasetHint],
) -> None:
    text = "Homicides in Mexico fell by 1,200 people in 2019."
    assert first_of(text, "1,200", bundled) == "mexico-homicides-state-month/homicides"


# 16. A record's order: "a record low", "su nivel más bajo" are lowest; a currency's low in units
# of it per dollar ("the rupee touched a record low of 70.81 per dollar") is the rate's highest,
# and the dollar's low in yen the rate's lowest.

ORDERS = [
    ("INEGI said Mexico's count fell to a record low of 9,000 homicides in 2015.", "9,000",
     "order: lowest"),
    ("Según el Inegi, en 2015 México registró 9 mil 500 homicidios, su nivel más bajo.",
     "9 mil 500", "order: lowest"),
    ("The rupee touched a record low of 70.81 per dollar on 30 August 2018.", "70.81",
     "order: highest"),
    ("The yen fell to its lowest level against the dollar on 26 June 2024, at 160.82 yen per "
     "dollar.", "160.82", "order: highest"),
    # look-alikes: the record of the rate's own denominator
    ("The dollar rose to 160.8 yen on 26 June 2024, its highest since 1986.", "160.8",
     "order: highest"),
    ("The dollar fell to 140.2 yen on 2 January 2024, its lowest since July.", "140.2",
     "order: lowest"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "order"), ORDERS)
def test_a_records_order_reads_its_subject(text: str, figure: str, order: str,
                                           bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert order in rank_of(claim(text, figure, bundled))
