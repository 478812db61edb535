"""Drafts of change, record and ratio claims and their suggested references (issue 15, items
5–6), round 30: one table per class of wrong draft that fresh text (tests/data/suggestions/
fresh30.csv, scored once before these rules) showed, and the known ones of round 28. Every
sentence is our own, written with its look-alikes before the rule that reads it."""

from __future__ import annotations

import pytest

from draft_rows import bundled_hints, claim, first_of, rank_of, reference_of, suggestion_gold
from figcheck.draft.suggest import DatasetHint
from helpers import REPO


@pytest.fixture(scope="module")
def bundled() -> list[DatasetHint]:
    return bundled_hints()


# 1. A twelve-month word between two figures belongs to the figure of its own clause: "rose
# 0.4% in June, putting the annual rate at 3.0%" (and "… and at an annual rate …", "… lo que
# situó la inflación de los últimos 12 meses en …", "… colocando la tasa interanual en …"):
# the first figure is the month's change, the second the twelve months'.
TWELVE_OWNER = [
    ("US consumer prices rose 0.4% in June 2022 and at an annual rate climbed to 9.1%.", "0.4%",
     "from: {Date: 2022-05-01}"),
    ("Los precios al consumidor de Estados Unidos subieron un 0,6 % en mayo de 2021, lo que "
     "situó la inflación de los últimos 12 meses en el 5 %.", "0,6 %", "from: {Date: 2021-04-01}"),
    ("US consumer prices rose 0.2% in August 2019, putting the annual rate at 1.7%.", "0.2%",
     "from: {Date: 2019-07-01}"),
    # look-alikes: the second figure's twelve months, and a twelve-month word of the figure
    ("US consumer prices rose 0.4% in June 2022 and at an annual rate climbed to 9.1%.", "9.1%",
     "from: {Date: 2021-06-01}"),
    ("Los precios al consumidor de Estados Unidos subieron un 0,6 % en mayo de 2021, lo que "
     "situó la inflación de los últimos 12 meses en el 5 %.", "5 %", "from: {Date: 2020-05-01}"),
    ("US consumer prices rose 3.2% in October 2023 from a year earlier.", "3.2%",
     "from: {Date: 2022-10-01}"),
    ("US consumer prices rose 2.9% in March 2018, from the same month in 2017.", "2.9%",
     "from: {Date: 2017-03-01}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "start"), TWELVE_OWNER)
def test_a_twelve_month_word_belongs_to_its_clauses_figure(
    text: str, figure: str, start: str, bundled: list[DatasetHint]
) -> None:
    assert start in reference_of(claim(text, figure, bundled))


# 2. Spanish names of the US index: "el IPC", "la inflación de EEUU", "el IPC estadounidense".
CPI_NAMES = [
    ("En abril de 2015, el IPC estadounidense subió un 0,2%.", "0,2%", "us-cpi-u"),
    ("La inflación de EEUU fue de 7,5% interanual en enero de 2022.", "7,5%", "us-cpi-u/Index"),
    ("En los 12 meses hasta junio de 2016, el IPC de Estados Unidos subió un 1 por ciento.",
     "1 por ciento", "us-cpi-u/Index"),
    # look-alikes: another country's index, a bare figure of no index
    ("En abril de 2015, el IPC de Colombia subió un 0,5%.", "0,5%", "(none)"),
    ("En abril de 2015, las ventas de EEUU subieron un 0,4%.", "0,4%", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), CPI_NAMES)
def test_spanish_names_of_the_us_index(text: str, figure: str, wanted: str,
                                       bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled, lang="es").startswith(wanted)


# 3. The day a figure is reported ("the Labor Department reported Tuesday", "informó el
# miércoles") is not the figure's period: a month's rate is still checked against a monthly
# index.
REPORTED = [
    ("Consumer prices rose 0.3% in January 2024 and at an annual rate moved to 3.1%, the Labor "
     "Department reported Tuesday.", "3.1%", "us-cpi-u/Index"),
    ("US consumer prices rose 0.5% in March 2021, the Labor Department said on Tuesday.", "0.5%",
     "us-cpi-u"),
    # look-alike: a weekday that is the figure's own (a day's rate, not a monthly average)
    ("The peso closed at 17.21 per dollar on Tuesday, 3 May 2023.", "17.21", "ecb-euro-fx/MXN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), REPORTED)
def test_the_day_of_a_report_is_not_the_figures_period(
    text: str, figure: str, wanted: str, bundled: list[DatasetHint]
) -> None:
    assert first_of(text, figure, bundled).startswith(wanted)


# 4. A record's window written with its month ("since March 2017", "desde diciembre de 1981",
# "since Sept. 2003") or as a count in Spanish ("en 12 meses", "en los últimos 28 años").
WINDOWS = [
    ("US consumer prices rose 2.6% in April 2018 from a year earlier, the largest rise since "
     "March 2017.", "2.6%", "since: 2017"),
    ("En marzo de 2022 la inflación de Estados Unidos fue de 8,5% interanual, el máximo desde "
     "diciembre de 1981.", "8,5%", "since: 1981"),
    ("The euro fell to $1.1120 on 23 January 2015, its lowest since Sept. 2003.", "$1.1120",
     "since: 2003"),
    ("Los precios al consumidor en Estados Unidos aumentaron 2,8 por ciento en mayo de 2018 "
     "comparado con el mismo mes del año anterior, la cifra más alta en 12 meses.",
     "2,8 por ciento", "last: 12"),
    ("México registró 33 mil homicidios en 2018, la cifra más alta en los últimos 28 años.",
     "33 mil", "last: 28"),
    # look-alikes: a window of a year alone; a "since" of no record's
    ("The euro fell to $1.0350 on 3 January 2017, its lowest since 2003.", "$1.0350",
     "since: 2003"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "window"), WINDOWS)
def test_a_records_window_with_its_month_or_in_spanish(
    text: str, figure: str, window: str, bundled: list[DatasetHint]
) -> None:
    assert window in rank_of(claim(text, figure, bundled))


# 5. A currency's move in percent ("the peso weakened 0.6%", "the yen has fallen 9% against the
# dollar this year") is a change of its exchange rate, never of prices: the currency's column.
CURRENCY_MOVES = [
    ("On 10 March 2020 the peso weakened 0.6% against the dollar.", "0.6%", "ecb-euro-fx/MXN"),
    ("El 10 de marzo de 2020 el peso mexicano se depreció 1.2% frente al dólar.", "1.2%",
     "ecb-euro-fx/MXN"),
    ("The yen has fallen 9% against the dollar this year, the worst since 2013.", "9%",
     "ecb-euro-fx/JPY"),
    ("The euro fell 0.5 percent against the dollar on Monday amid high inflation.",
     "0.5 percent", "ecb-euro-fx/USD"),
    ("The rand lost 1.1% against the dollar on 8 May 2023.", "1.1%", "ecb-euro-fx/ZAR"),
    # look-alikes: prices, and a currency named as a price's unit
    ("US consumer prices rose 0.6% in March 2020.", "0.6%", "us-cpi-u"),
    ("Prices in dollars rose 0.6% in March 2020 in the United States, the CPI showed.", "0.6%",
     "us-cpi-u"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), CURRENCY_MOVES)
def test_a_currencys_move_is_a_change_of_its_rate(text: str, figure: str, wanted: str,
                                                 bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert first_of(text, figure, bundled).startswith(wanted)


# 6. A day's move of a rate runs from the working day before (a Monday's from the Friday), not
# from a month back.
DAY_MOVES = [
    ("On 10 March 2020 the peso weakened 0.6% against the dollar.", "0.6%", "2020-03-10",
     "from: {Date: 2020-03-09}"),
    # a Monday's move runs from the Friday before (rates are of working days)
    ("The rand lost 1.1% against the dollar on 8 May 2023.", "1.1%", None,
     "from: {Date: 2023-05-05}"),
    ("The euro fell 0.7 percent to 0.9884 dollars on Monday.", "0.7 percent", "2022-09-05",
     "from: {Date: 2022-09-02}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "published", "start"), DAY_MOVES)
def test_a_days_move_runs_from_the_day_before(text: str, figure: str, published: str | None,
                                              start: str, bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert start in reference_of(claim(text, figure, bundled, published))


# 7. The rows read for the hints are parsed once per snapshot content: read again when the
# bytes (and the hash their descriptor records) change, never served stale.
def test_the_hints_rows_are_cached_by_content(tmp_path: object) -> None:
    import hashlib
    import json
    import shutil
    from pathlib import Path

    from figcheck.draft import suggest

    folder = Path(str(tmp_path)) / "us-cpi-u"
    shutil.copytree(REPO / "datasets" / "us-cpi-u", folder)

    def years() -> tuple[int, int] | None:
        (hint,) = suggestion_gold.load_hints([folder.parent])
        return next(c.years for c in hint.columns if c.name == "Index")

    first = years()
    assert first is not None
    assert first[0] == 1913
    assert first[1] > 2020
    frames = dict(suggest._ROWS)
    assert years() == first  # read from the cache: the same frames, no other parsed
    assert suggest._ROWS.keys() == frames.keys()
    assert all(suggest._ROWS[k] is frame for k, frame in frames.items())
    data = folder / "data.csv"
    lines = data.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line[:4].isdigit() or line[:4] <= "2000"]
    data.write_text("\n".join(kept) + "\n", encoding="utf-8")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["hash"] = "sha256:" + hashlib.sha256(data.read_bytes()).hexdigest()
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    assert years() == (1913, 2000)


# 8. A record written "la cifra más elevada" or "a high of" is a record (the lexicon read "más
# alta" and "year high", not these).
RECORD_WORDS = [
    ("México registró 24 mil 559 homicidios en 2016, la cifra más elevada desde 2011.",
     "24 mil 559", "order: highest"),
    ("The euro hit a high of $1.5135 per euro on 27 February 2008.", "$1.5135", "order: highest"),
    # look-alike: a level with no record word
    ("México registró 24 mil 559 homicidios en 2016, una cifra elevada.", "24 mil 559",
     "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "order"), RECORD_WORDS)
def test_more_record_words(text: str, figure: str, order: str,
                           bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert order in rank_of(claim(text, figure, bundled))


# 9. A change over the year before written "en comparación con el año anterior" or "compared
# with the previous year" runs over twelve months.
TWELVE_WORDS = [
    ("En marzo de 2024, la tasa de inflación de Estados Unidos alcanzó el 3.5% en comparación "
     "con el año anterior.", "3.5%", "from: {Date: 2023-03-01}"),
    ("US consumer prices rose 4.9% in April 2023 compared with the previous year.", "4.9%",
     "from: {Date: 2022-04-01}"),
    # look-alike: the month before
    ("US consumer prices rose 0.4% in April 2023 compared with the previous month.", "0.4%",
     "from: {Date: 2023-03-01}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "start"), TWELVE_WORDS)
def test_the_year_before_in_other_words(text: str, figure: str, start: str,
                                        bundled: list[DatasetHint]) -> None:  # fmt: skip
    assert start in reference_of(claim(text, figure, bundled))


# 10. A move "against the dollar" whose currency the sentence does not name ("It has dropped 12
# per cent against the dollar this year, dragged down by high inflation") is a currency's, not
# prices': no suggestion.
def test_an_unnamed_currencys_move_is_not_prices(bundled: list[DatasetHint]) -> None:
    text = ("It has dropped more than 12 per cent against the dollar this year, dragged down by "
            "high inflation and low consumer confidence.")  # fmt: skip
    assert first_of(text, "12 per cent", bundled) == "(none)"
    # look-alike: prices that rose against last year
    text = "US consumer prices rose 3% against last year, driven by inflation in rents."
    assert first_of(text, "3%", bundled).startswith("us-cpi-u")


# 11. A closing rate with no period of its own is the article's day's: a daily table's, never a
# monthly average; on a weekend (an article of Saturday on Friday's close) the Friday's.
def test_a_rate_without_a_period_is_the_days(bundled: list[DatasetHint]) -> None:
    text = ("La moneda mexicana concluyó las operaciones en un nivel de 21.9760 pesos por dólar, "
            "con datos oficiales del Banco de México.")  # fmt: skip
    assert first_of(text, "21.9760", bundled, lang="es") == "ecb-euro-fx/MXN"
    block = claim(text, "21.9760", bundled, "2020-03-14", lang="es")
    assert "where: {Date: 2020-03-13}" in reference_of(block)
    # look-alikes: a working day stays, and a month's average is the monthly table's
    block = claim(text, "21.9760", bundled, "2020-03-12", lang="es")
    assert "where: {Date: 2020-03-12}" in reference_of(block)
    text = "En marzo de 2020 el peso promedió 22.37 pesos por dólar."
    assert first_of(text, "22.37", bundled, lang="es") == "fed-fx-monthly/Exchange rate"


# 12. A move verb before the month the move is of ("el IPC subió en marzo un 0,3%", "prices
# rose in March 2008 by 0.3%") makes the figure a change, drafted from the month before.
MONTH_BETWEEN = [
    ("El IPC de Estados Unidos subió en marzo de 2008 un 0,3%.", "0,3%", "es",
     "from: {Date: 2008-02-01}"),
    ("US consumer prices rose in March 2008 by 0.3%.", "0.3%", "en", "from: {Date: 2008-02-01}"),
    # look-alike: a share of a month with no move before it
    ("En marzo de 2008 un 30% de los hogares de Estados Unidos pagó más por el IPC.", "30%",
     "es", "(none)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "lang", "start"), MONTH_BETWEEN)
def test_a_move_verb_before_its_month(text: str, figure: str, lang: str, start: str,
                                      bundled: list[DatasetHint]) -> None:  # fmt: skip
    reference = reference_of(claim(text, figure, bundled, lang=lang))
    assert start in reference if start != "(none)" else "change:" not in reference


# 13. "last year" read against the article's date is a year too: a table whose columns end
# before it is not suggested ("the 29,111 murders of last year", written in 2019: INEGI's and
# SESNSP's yearly columns end in 2016 and 2017; the state-month table holds 2018).
def test_last_year_is_a_year_the_columns_must_hold(bundled: list[DatasetHint]) -> None:
    text = "Mexico is on course to surpass the 29,111 murders of last year, an all-time high."
    block = claim(text, "29,111", bundled, "2019-11-07")
    assert "mexico-homicides-annual" not in reference_of(block)
    # look-alike: a year the yearly table holds
    block = claim(text, "29,111", bundled, "2017-11-07")
    assert "dataset: mexico-homicides-annual" in reference_of(block)


# 14. A span of months within a year on a table by year and month ("de enero a junio de 2019",
# "la primera mitad de 2018") is its months summed, a change of it runs from the same months
# a year before; a year's count sums its months, and a national count on a table of states
# sums the states (it was `cve_ent: ?`, `month: ?`, and a half-year's change ran from May).
SPANS_OF_MONTHS = [
    ("En México se registraron 14 mil 603 homicidios de enero a junio de 2019, según el Inegi.",
     "14 mil 603", "where: {year: 2019, month: {between: [1, 6]}}, aggregate: sum"),
    ("Los homicidios en México aumentaron 16% en la primera mitad de 2018, según el Inegi.", "16%",
     "from: {year: 2017, month: {between: [1, 6]}}, to: {year: 2018, month: {between: [1, 6]}}, "
     "aggregate: sum"),
    ("According to INEGI, Mexico had 35,964 homicides in 2018.", "35,964",
     "where: {year: 2018}, aggregate: sum"),
    ("Chihuahua registró 2,500 homicidios en 2020.", "2,500",
     "where: {cve_ent: 08, year: 2020}, aggregate: sum"),
    # look-alike: one month of one state is one row
    ("Guerrero saw 146 homicides in January 2018.", "146",
     "where: {cve_ent: 12, year: 2018, month: 1}}"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "wanted"), SPANS_OF_MONTHS)
def test_a_span_of_months_and_a_nations_count_are_summed(
    text: str, figure: str, wanted: str, bundled: list[DatasetHint]
) -> None:
    assert wanted in reference_of(claim(text, figure, bundled))
