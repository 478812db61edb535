"""Drafts (issue 15): periods as as_of and where, change and rank references in the desk syntax
of docs/claim-shapes.md, references ranked by unit, words, place and period, Spanish drafts
that check as they stand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from figcheck.cli import main
from figcheck.draft.drafting import draft_desk, published_date
from figcheck.draft.extract import extract_mentions
from figcheck.draft.suggest import ColumnHint, DatasetHint, rank_references, units_fit, words_of

CPI = DatasetHint(
    "us-cpi-u", "US consumer price index, all urban consumers (CPI-U)",
    frozenset(words_of("us cpi u consumer price index all urban consumers prices inflation")),
    ("Date",), (ColumnHint("Index", "dimensionless", frozenset({"index"})),),
)  # fmt: skip
HOMICIDES = DatasetHint(
    "mexico-homicides-annual", "Mexico: homicides per year (INEGI)",
    frozenset(words_of("mexico homicides annual inegi registered homicides population")),
    ("year",),
    (ColumnHint("homicides_inegi", "people", frozenset({"homicides", "inegi", "registered"})),
     ColumnHint("population", "people", frozenset({"population"}))),
)  # fmt: skip
GDP = DatasetHint(
    "world-gdp", "GDP (current US$), World Bank", frozenset(words_of("world gdp bank current")),
    ("Country Code", "Year"), (ColumnHint("Value", "USD", frozenset({"value"})),),
)  # fmt: skip
FX = DatasetHint(
    "ecb-euro-fx", "Euro foreign exchange reference rates (ECB)",
    frozenset(words_of("ecb euro fx foreign exchange reference rates")), ("Date",),
    (ColumnHint("USD", "USD/EUR", frozenset({"usd"})),
     ColumnHint("MXN", "MXN/EUR", frozenset({"mxn"}))),
)  # fmt: skip
HINTS = (CPI, HOMICIDES, GDP, FX)


def draft(text: str, published: str | None = None, lang: str | None = None) -> str:
    return draft_desk(extract_mentions(text, lang=lang), title="T", text_path="a.txt",
                      published=published, hints=HINTS)  # fmt: skip


# (id, text, published, the reference line expected in the draft)
REFERENCES = [
    (
        "change-12-months",
        "Consumer prices rose 9.1 percent in the twelve months to June 2022, the index shows.",
        None,
        "# reference: {dataset: us-cpi-u, column: Index, change: percent, "
        "from: {Date: 2021-06-01}, to: {Date: 2022-06-01}}",
    ),
    (
        "change-one-month",
        "The consumer price index rose 1.3 percent in June 2022.",
        None,
        "# reference: {dataset: us-cpi-u, column: Index, change: percent, "
        "from: {Date: 2022-05-01}, to: {Date: 2022-06-01}}",
    ),
    (
        "between-sum",
        "INEGI registered some 100,000 homicides in Mexico between 2007 and 2012.",
        None,
        "# reference: {dataset: mexico-homicides-annual, column: homicides_inegi, "
        "where: {year: {between: [2007, 2012]}}, aggregate: sum}",
    ),
    (
        "last-year",
        "INEGI registered 30,000 homicides in Mexico last year.",
        "2024-03-01",
        "# reference: {dataset: mexico-homicides-annual, column: homicides_inegi, "
        "where: {year: 2023}}",
    ),
    (
        "country",
        "Mexico's GDP reached $1.3 trillion in 2022, the World Bank says.",
        None,
        "# reference: {dataset: world-gdp, column: Value, where: {Country Code: MEX, Year: 2022}}",
    ),
    (
        "pesos-per-dollar",
        "El peso cerró en 18.44 pesos por dólar el 26 de julio de 2024 en México.",
        None,
        "# reference: {dataset: ecb-euro-fx, column: MXN, where: {Date: 2024-07-26}}",
    ),
    (
        "spanish-homicides",
        "El INEGI registró 26 mil 037 homicidios en México en 2012.",
        None,
        "# reference: {dataset: mexico-homicides-annual, column: homicides_inegi, "
        "where: {year: 2012}}",
    ),
]


@pytest.mark.parametrize(("case", "text", "published", "line"), REFERENCES,
                         ids=[r[0] for r in REFERENCES])  # fmt: skip
def test_suggested_references(case: str, text: str, published: str | None, line: str) -> None:
    assert line in draft(text, published)


def test_a_record_is_suggested_as_a_rank_claim() -> None:
    text = "INEGI registered 27,213 homicides in Mexico in 2011, the highest since 1990."
    assert ("# the record as a rank claim (value: 1): {dataset: mexico-homicides-annual, "
            "column: homicides_inegi, rank: {by: year, at: 2011, order: highest, since: 1990}}"
            ) in draft(text)  # fmt: skip


def test_a_window_of_years_is_the_rank_s_last() -> None:
    text = "INEGI counted 2,000 homicides in Mexico in 2023, the lowest in three decades."
    assert "rank: {by: year, at: 2023, order: lowest, last: 30}" in draft(text)


# (id, text, as_of)
AS_OF = [
    ("year", "It cost $5 billion in 2011.", "2011-12-31"),
    ("month", "It fell to 3,000 homes in January 2024.", "2024-01-31"),
    ("february", "Some 3,000 homes were sold in February 2024.", "2024-02-29"),
    ("spanish-month", "Se vendieron 3.000 casas en enero de 2024 en la ciudad.", "2024-01-31"),
]


@pytest.mark.parametrize(("case", "text", "as_of"), AS_OF, ids=[a[0] for a in AS_OF])
def test_as_of_is_the_end_of_the_period(case: str, text: str, as_of: str) -> None:
    desk = yaml.safe_load(draft(text))
    assert str(desk["claims"][0]["as_of"]) == as_of


def test_a_column_whose_unit_cannot_match_is_never_suggested() -> None:
    """ "a country of about 127 million people" must not get a homicide column."""
    mention = extract_mentions("Mexico's homicides are high in a country of about 127 million "
                               "people, INEGI says.")[0]  # fmt: skip
    ranked = rank_references(mention, HINTS)
    assert ranked, "the population column fits"
    assert all(s.column.unit == "people" for s in ranked)


def test_a_per_capita_rate_is_suggested_as_a_count_over_the_population() -> None:
    """ "22 por cada 100 mil habitantes": no column holds the rate, but a count of people and
    the population of the same row give it."""
    text = (
        "El INEGI registró 26 mil 037 homicidios en México en 2012, 22 por cada 100 mil habitantes."
    )
    assert ("# reference: {expr: 100000 * homicides_inegi / population, terms: {homicides_inegi: "
            "{dataset: mexico-homicides-annual, column: homicides_inegi, where: {year: 2012}}, "
            "population: {dataset: mexico-homicides-annual, column: population, "
            "where: {year: 2012}}}}") in draft(text, lang="es")  # fmt: skip


def test_plural_and_singular_are_one_word_to_the_ranking() -> None:
    assert words_of("the homicide victims") == words_of("homicides victim")


UNITS = [
    "USD",
    "MXN",
    "people",
    "count",
    "percent",
    "percentage_point",
    "tonne",
    "km**2",
    "MXN/USD",
    "USD/barrel",
    "barrel/day",
    "people/100000 people",
    "mile",
    "hectare",
]


@given(st.sampled_from(UNITS), st.sampled_from(UNITS))
def test_unit_fit_is_symmetric_and_kind_preserving(a: str, b: str) -> None:
    assert units_fit(a, b) == units_fit(b, a) or " " in a or " " in b
    if units_fit(a, b):
        assert ("/" in a) == ("/" in b) or a.isupper() != b.isupper()


@pytest.mark.parametrize(
    ("case", "text", "published"),
    [("english", "By A. Writer, September 03, 2012\n", "2012-09-03"),
     ("spanish", "Ciudad de México, 26 de julio de 2024 (SinEmbargo).", "2024-07-26"),
     ("spanish-capitals", "BOLETÍN NÚM. 288/13 30 DE JULIO DE 2013 AGUASCALIENTES", "2013-07-30")],
    ids=["english", "spanish", "spanish-capitals"],
)  # fmt: skip
def test_published_date(case: str, text: str, published: str) -> None:
    assert published_date(text) == published


SPANISH_ARTICLE = """\
Remesas a México crecen 27% en enero

Ciudad de México, 14 de marzo de 2006.

Las remesas sumaron 1.582 millones de dólares en enero, un aumento de 27% frente al mismo mes
de 2005. Casi 11 millones de mexicanos viven en Estados Unidos; el 98% de las remesas llega por
transferencia electrónica. La tasa fue de 22 por cada 100 mil habitantes.
"""


def test_a_spanish_draft_checks_as_it_stands(tmp_path: Path) -> None:
    article = tmp_path / "articulo.txt"
    article.write_text(SPANISH_ARTICLE, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(main, ["extract", str(article), "--out", str(out), "--lang", "es"],
                                env=env)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    desk = yaml.safe_load(out.read_text())
    values = {c["value"]: c for c in desk["claims"]}
    assert values["1,582 million USD"]["as_of"] is not None
    assert values["11 million people"]["hedge"] == "nearly"  # "casi", in the checker's words
    assert "22" in values  # a per-100,000 rate: the number, with a note
    result = CliRunner().invoke(main, ["check", str(out), "--out", str(tmp_path / "r")], env=env)
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    assert report["summary"]["error"] == 0
    assert report["coverage"][0]["recorded"] == report["coverage"][0]["numbers"]


def test_a_headline_month_dates_a_later_month_and_a_record_change_ranks_the_change() -> None:
    text = (
        "CONSUMER PRICE INDEX – JUNE 2022\n\nThe consumer price index rose 1.3 percent in June. "
        "The consumer price index increased 9.1 percent for the 12 months ending June, the "
        "largest 12-month increase since 1981.\n"
    )
    out = draft(text)
    assert "change: percent, from: {Date: 2022-05-01}, to: {Date: 2022-06-01}" in out
    assert "change: percent, from: {Date: 2021-06-01}, to: {Date: 2022-06-01}" in out
    assert (
        "rank: {by: Date, at: 2022-06, order: highest, since: 1981, change: percent, lag: 12}"
        in out
    )


def test_a_change_without_a_period_leaves_its_dates_to_fill() -> None:
    out = draft("The consumer price index rose 1.3 percent, the CPI report says.")
    assert "change: percent, from: {Date: ?}, to: {Date: ?}" in out


def test_a_change_measured_from_a_named_period() -> None:
    text = "INEGI: los homicidios en México bajaron 39 por ciento en 2012 respecto al 2011."
    assert "change: percent, from: {year: 2011}, to: {year: 2012}" in draft(text, lang="es")


@pytest.mark.parametrize(
    "text",
    [
        "La producción industrial en México creció un 3.5% anual en 2023, informó el Instituto "
        "Nacional de Estadística y Geografía (Inegi).",
        "Housing starts were at a seasonally adjusted annual rate of 1,201,000 in September.",
        "The national statistics office said monthly output rose 0.4% in March.",
    ],
    ids=["es-industrial-production", "seasonally-adjusted", "statistics-office"],
)
def test_words_of_frequency_publisher_and_place_alone_suggest_no_column(text: str) -> None:
    """Sharing only "annual", "national", "seasonally adjusted", "INEGI"'s institute or a
    country with a dataset does not make its column the claim's."""
    assert "suggested reference" not in draft(text, None)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("La producción petrolera de Colombia bajó 1,6% en febrero de 2020, en comparación con "
         "el mismo mes de 2019.", "es", "2019-02-01", "2020-02-01"),
        ("Las remesas crecieron 11,2% en marzo de 2022 respecto al mismo mes del año anterior.",
         "es", "2021-03-01", "2022-03-01"),
        ("Exports rose 5 percent year-on-year in March 2022.", "en", "2021-03-01", "2022-03-01"),
        ("Prices were up 4.1 percent in May 2023 from the same period last year.", "en",
         "2022-05-01", "2023-05-01"),
        ("Retail sales rose 3.2 percent in March 2022 from the same month a year earlier.", "en",
         "2021-03-01", "2022-03-01"),
        ("El sector se incrementó en 6.24% en junio del 2017, en comparación con similar mes del "
         "año anterior.", "es", "2016-06-01", "2017-06-01"),
        ("Las ventas crecieron 5% en mayo de 2021 frente a igual mes de 2020.", "es",
         "2020-05-01", "2021-05-01"),
        # look-alikes: a month-on-month change stays one month
        ("Sales rose 2 percent in March 2022 compared with February.", "en", "2022-02-01",
         "2022-03-01"),
        ("Sales rose 2 percent in March 2022, the same pace as in February.", "en", "2022-02-01",
         "2022-03-01"),
    ],
)  # fmt: skip
def test_a_change_on_the_same_month_of_another_year_starts_a_year_before(
    text: str, lang: str, start: str, end: str
) -> None:
    """'compared with the same month of 2019', 'year-on-year': the change runs over twelve
    months, not from the month before."""
    assert f"change: percent, from: {{Date: {start}}}, to: {{Date: {end}}}" in draft(
        text, lang=lang
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # shared with the bundled homicides dataset's words: only "annual" and "are"
        "The figures are the latest sign that the government is moving closer to its goal of "
        "increasing the annual figure to 20 million by 2020, when Tokyo hosts the Olympics.",
        # shared with the ECB rates: only "foreign" and "earlier"
        "In June alone, the number of foreign passenger arrivals from Australia jumped 52 percent "
        "from a year earlier to 1.60 million.",
    ],
    ids=["are-annual", "foreign-earlier"],
)
def test_function_words_and_generic_words_suggest_no_bundled_column(
    sentence: str, tmp_path: Path
) -> None:
    """Against the bundled datasets, as a user drafts: a verb like "are", "annual", "earlier" or
    "foreign" says nothing about what a figure counts."""
    article = tmp_path / "article.txt"
    article.write_text(f"Visitors to Japan\n\n{sentence}\n", encoding="utf-8")
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(main, ["extract", str(article), "--published", "2015-07-23"],
                                env=env)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "suggested reference" not in result.stdout


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The value of services decreased by 0.6% in August 2019.", '"-0.6 percent"'),
        ("Unemployment fell 0.3 percentage points in May 2022.", '"-0.3 percentage_point"'),
        ("La producción bajó 1,6% en febrero de 2020.", '"-1.6 percent"'),
        # look-alikes: a rise, an earlier level, a multiple
        ("The value of services rose 1.3% in August 2019.", '"1.3 percent"'),
        ("Approval was 45% in May 2022, down from 52%.", '"52 percent"'),
        ("Output halved in 2020.", '"0.5"'),
    ],
)
def test_a_fall_is_drafted_as_a_negative_change(text: str, value: str) -> None:
    """docs/claim-shapes.md: a fall is a negative value ("fell 3%" is -3 percent), so that the
    drafted change reference, once named, compares like with like."""
    assert f"value: {value}" in draft(text)


@pytest.mark.parametrize(
    ("text", "lang", "starts"),
    [
        # the twelve-month word is in the other figure's clause: each change keeps its own
        ("Consumer prices rose 0.4 percent in May 2023, while the annual rate eased to 4.0 "
         "percent.", "en", ["2023-04-01"]),
        ("Los precios subieron 0,5% en abril de 2023, y la tasa anual se moderó a 6,2%.", "es",
         ["2023-03-01"]),
        ("Consumer prices rose 0.4 percent in May 2023; over the year they rose 4.0 percent.",
         "en", ["2023-04-01", "2022-05-01"]),
        # a leading twelve-month phrase governs the figure after its comma
        ("In the 12 months to May 2023, consumer prices rose 4.0 percent.", "en",
         ["2022-05-01"]),
    ],
)  # fmt: skip
def test_a_twelve_month_word_governs_only_its_clause(text: str, lang: str,
                                                    starts: list[str]) -> None:  # fmt: skip
    """'annual' (issue 15, class 3) makes a change twelve-month only in its own clause: "rose
    0.4% in May, while the annual rate eased to 4.0%" has a monthly change and a yearly one."""
    out = draft(text, lang=lang)
    found = [line.split("from: {Date: ")[1][:10] for line in out.splitlines()
             if "change: percent, from: {Date: " in line]  # fmt: skip
    assert found == starts, out


def test_a_change_over_a_half_year_on_a_yearly_dataset_is_never_from_a_year_to_itself() -> None:
    """Round 25: a change dated to a month span ("el primer semestre de 2017") was suggested
    against a dataset of years as "from: {year: 2017}, to: {year: 2017}" (a month back from June
    is still 2017): a change from a year to itself. A half-year is now too fine for yearly
    totals, so the dataset is left to fill, with the months of the change. Round 28: a
    half-year's change runs from the same half a year before (June 2016 to June 2017), not
    from the month before (May to June 2017, as drafted until then)."""
    text = ("En el primer semestre de 2017 los homicidios en México registraron un incremento de "
            "18 por ciento.")  # fmt: skip
    out = draft(text, published="2017-07-20", lang="es")
    assert "from: {year: 2017}, to: {year: 2017}" not in out
    assert (
        "{dataset: ?, column: ?, change: percent, from: {Date: 2016-06-01}, to: {Date: 2017-06-01}}"
        in out
    )


def test_a_half_year_count_printed_without_its_year_is_not_suggested_against_yearly_totals() -> (
    None
):
    """Round 25: "entre los meses de enero y junio" (a span of months whose year the sentence
    gives elsewhere) was not seen as finer than a dataset of years, so a half-year count was
    suggested against the year's total, a sure discrepancy."""
    text = ("En el año 2015 hubo, entre los meses de enero y junio, un total de 8.300 víctimas de "
            "homicidio en México.")  # fmt: skip
    out = draft(text, published="2019-07-23", lang="es")
    assert "# reference: {dataset: mexico-homicides-annual" not in out


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Exports fell 4.2% in May 2019 compared with May 2018.", "en",
         "change: percent, from: {Date: 2018-05-01}, to: {Date: 2019-05-01}"),
        ("Las ventas subieron 4 por ciento en 2017 respecto del año 2016.", "es",
         "change: percent, from: {Date: 2016}, to: {Date: 2017}"),
        ("The index rose 1.3 percent in June 2022.", "en",  # no base: the month before
         "change: percent, from: {Date: 2022-05-01}, to: {Date: 2022-06-01}"),
    ],
)  # fmt: skip
def test_a_change_runs_from_the_period_its_sentence_compares_with(
    text: str, lang: str, expected: str
) -> None:
    """Round 25, found on a final10 draft after scoring: "decreased by 6.1% in March 2013
    compared with March 2012" was drafted from February 2013 (the compared period is not among
    the figure's near periods)."""
    assert expected in draft(text, published="2023-01-01", lang=lang)
