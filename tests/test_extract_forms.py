"""Extraction, one parametrised table per class of form (issue 15): units of measure, hedges,
spelled fractions, number forms, rates, per-capita rates, Spanish, change words and periods."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.draft.extract import SENTENCE_WINDOW, Mention, detect_language, extract_mentions


def only(text: str, lang: str | None = None) -> Mention:
    found = extract_mentions(text, lang=lang)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


# (id, text, printed, magnitude, unit)
UNITS = [
    ("miles", "about seven miles long", "about seven miles", 7, "mile"),
    ("hyphen-mile", "a 500-mile pipeline was built", "500-mile", 500, "mile"),
    ("hyphen-foot", "the 987-foot tanker ran aground", "987-foot", 987, "foot"),
    ("km", "a road of 12 km was cut", "12 km", 12, "kilometre"),
    ("km2", "burned 8,600 km2 of forest", "8,600 km2", 8600, "km**2"),
    ("km-superscript", "an area of 40 km² in all", "40 km²", 40, "km**2"),
    ("ha", "some 860,000 ha burned", "some 860,000 ha", 860000, "hectare"),
    ("hectares", "more than 50 hectares of pine", "more than 50 hectares", 50, "hectare"),
    ("acres", "at least 10,000 acres", "at least 10,000 acres", 10000, "acre"),
    ("tonnes", "646 tonnes of cocaine", "646 tonnes", 646, "tonne"),
    ("metric-tons", "3.5 million metric tons of grain", "3.5 million metric tons", 3.5e6, "tonne"),
    ("barrels", "Some 240,000 barrels spilled", "Some 240,000 barrels", 240000, "barrel"),
    ("bbl", "output of 9 million bbl", "9 million bbl", 9e6, "barrel"),
    ("gallons", "about 10,080,000 gallons", "about 10,080,000 gallons", 10080000, "gallon"),
    ("celsius", "warming of only 2C is likely", "2C", 2, "delta_degree_Celsius"),
    ("ppm", "550 parts per million of CO2", "550 parts per million", 550, "ppm"),
    ("toneladas", "646 toneladas de cocaína en la región", "646 toneladas", 646, "tonne"),
    ("hectareas", "de 96.000 hectáreas en la de los", "96.000 hectáreas", 96000, "hectare"),
]


@pytest.mark.parametrize(("case", "text", "printed", "magnitude", "unit"), UNITS,
                         ids=[u[0] for u in UNITS])  # fmt: skip
def test_units_of_measure(case: str, text: str, printed: str, magnitude: float, unit: str) -> None:
    mention = only(text)
    assert (mention.text, mention.magnitude, mention.unit) == (printed, magnitude, unit)


# (id, text, printed hedge, the checker's hedge word)
HEDGED = [
    ("some", "some 9,000 troops were sent", "some", "some"),
    ("roughly", "roughly 3,000 homes burned", "roughly", "roughly"),
    ("passed", "the population passed 8 billion people", "passed", "more than"),
    ("topped", "sales topped $5 billion", "topped", "more than"),
    ("almost-quarter", "it grew by almost a quarter", "almost", "almost"),
    ("casi", "casi 11 millones de mexicanos en la", "casi", "nearly"),
    ("alrededor-de", "alrededor de 18.44 pesos por dólar en la de", "alrededor de", "around"),
    ("cerca-de", "cerca de 300 muertos en la de los", "cerca de", "close to"),
    ("mas-de", "más de 300 muertos en la de los", "más de", "more than"),
    ("menos-de", "menos de 20 policías en la de los", "menos de", "less than"),
    ("unos", "unos 500 migrantes en la de los", "unos", "about"),
]


@pytest.mark.parametrize(("case", "text", "printed", "checker"), HEDGED,
                         ids=[h[0] for h in HEDGED])  # fmt: skip
def test_hedges_attach_to_their_number(case: str, text: str, printed: str, checker: str) -> None:
    mention = only(text)
    assert (mention.hedge, mention.checker_hedge) == (printed, checker)
    assert mention.text.lower().startswith(printed) or mention.change


# (id, text, share in percent)
SHARES = [
    ("about-half", "about half of the voters", 50),
    ("nearly-half", "contributed nearly half of the rise", 50),
    ("more-than-half", "More than half of the growth", 50),
    ("a-quarter", "a quarter of all homes", 25),
    ("a-third", "about a third of the budget", 33.33),
    ("three-in-four", "three in four adults agree", 75),
    ("one-in-five", "one in five adults smokes", 20),
    ("one-sixth", "threatening one-sixth of the world's population", 16.67),
    ("by-half", "cut the toll by half", 50),
    ("un-tercio", "registra un tercio de todas las ejecuciones", 33.33),
    ("la-mitad", "la mitad de los votos en la", 50),
]


@pytest.mark.parametrize(("case", "text", "share"), SHARES, ids=[s[0] for s in SHARES])
def test_spelled_fractions_are_shares(case: str, text: str, share: float) -> None:
    mention = only(text)
    assert mention.unit == "percent"
    assert mention.magnitude == pytest.approx(share, abs=0.01)


NOT_SHARES = [
    ("first-half", "in the first half of the year"),
    ("half-century", "a quarter century later"),
    ("half-hour", "a half-hour drive"),
]


@pytest.mark.parametrize(("case", "text"), NOT_SHARES, ids=[s[0] for s in NOT_SHARES])
def test_halves_that_are_not_shares(case: str, text: str) -> None:
    assert extract_mentions(text) == []


# (id, text, magnitude, unit)
FORMS = [
    ("space-thousands", "some 120 000 people fled", 120000, "people"),
    ("thin-space", "some 120\u2009000 people fled", 120000, "people"),
    ("after-fiscal-range", "in fiscal 2019–20 it spent 120 000 dollars", 120000, "USD"),
    ("per-dollar", "the peso traded at 20 pesos per dollar", 20, "MXN/USD"),
    ("per-day", "84,000 barrels per day", 84000, "barrel/day"),
    ("per-barrel", "oil at US$74.5 per barrel", 74.5, "USD/barrel"),
    ("per-year", "around US$650 billion per year", 650e9, "USD/year"),
    ("per-capita", "a rate of 29 per 100,000 residents", 29, "people/100000 people"),
    ("deaths-per-capita", "27 deaths per 100,000 people", 27, "people/100000 people"),
    ("crore", "800 crore people", 8e9, "people"),
    ("times", "five times more oil", 5, ""),
    ("of-the", "Five of the six indexes rose", 5, "count"),
    ("table-cell", "Deaths | 41", 41, "people"),
    (
        "heading-rate",
        "The rate per 100,000 population began at 23.6 in 1976",
        23.6,
        "people/100000 people",
    ),
    ("rate-after-of", "84,000 barrels of crude oil per day", 84000, "barrel/day"),
    ("points-then-level", "fell by 0.4 percentage point to 6.3 percent", 0.4, "percentage_point"),
    ("n-of-the-m-months", "9 de los 12 meses superaron la cifra", 9, "count"),
]


@pytest.mark.parametrize(("case", "text", "magnitude", "unit"), FORMS, ids=[f[0] for f in FORMS])
def test_number_forms_and_rates(case: str, text: str, magnitude: float, unit: str) -> None:
    first = extract_mentions(text)[0]
    assert (first.magnitude, first.unit) == (pytest.approx(magnitude), unit)


# (id, text, magnitude, unit, value text)
SPANISH = [
    ("decimal-comma", "fue de 95,5 por ciento en la", 95.5, "percent", "95.5 percent"),
    ("point-thousands", "van 120.000 muertos en la de los", 120000, "people", "120,000 people"),
    ("mil-millones", "1,6 mil millones de dólares en la", 1.6e9, "USD", "1.6 billion USD"),
    ("mil", "120 mil muertos en la de los", 120000, "people", "120 thousand people"),
    ("mil-composed", "16 mil 972 homicidios en la de", 16972, "people", "16,972 people"),
    ("mil-alone", "con mil 904 mujeres en la de", 1904, "people", "1,904 people"),
    ("billon", "422,8 billones de pesos en Colombia", 422.8e12, "COP", "422.8 trillion COP"),
    (
        "puntos",
        "una disminución de 1,2 puntos porcentuales en la",
        1.2,
        "percentage_point",
        "1.2 percentage_point",
    ),
    (
        "por-cada",
        "22 por cada 100 mil habitantes en la",
        22,
        "people/100000 people",
        "22 people/100000 people",
    ),
    (
        "centavos",
        "se depreció 39.6 centavos, a 18.44 pesos por dólar",
        0.396,
        "MXN/USD",
        "0.396 MXN/USD",
    ),
    ("por-dolar", "cerró en 18.44 pesos por dólar en la de", 18.44, "MXN/USD", "18.44 MXN/USD"),
    (
        "english-style",
        "fueron us 4,574.6 millones en la de",
        4574.6e6,
        "USD",
        "4,574.6 million USD",
    ),
    (
        "decimal-point",
        "van 10.000 muertos, 1.3 por hora, en la de los",
        1.3,
        "people/hour",
        "1.3 people/hour",
    ),
]


@pytest.mark.parametrize(("case", "text", "magnitude", "unit", "value"), SPANISH,
                         ids=[s[0] for s in SPANISH])  # fmt: skip
def test_spanish_numbers(case: str, text: str, magnitude: float, unit: str, value: str) -> None:
    mention = next(m for m in extract_mentions(text, lang="es") if m.magnitude == magnitude)
    assert (mention.magnitude, mention.unit) == (pytest.approx(magnitude), unit)
    assert mention.value == value


SPANISH_CONTEXT = [
    ("date", "el 17 de julio de 2023 se publicó"),
    ("year", "en 2022 se publicó"),
    ("law", "la Ley 2299 de 2023 lo autorizó"),
    ("determiner", "uno de los policías dijo"),
    ("footnote", "según el informe [3] se publicó"),
]


@pytest.mark.parametrize(("case", "text"), SPANISH_CONTEXT, ids=[c[0] for c in SPANISH_CONTEXT])
def test_spanish_context_is_not_a_quantity(case: str, text: str) -> None:
    assert extract_mentions(text, lang="es") == []


# (id, text, direction, value text)
CHANGES = [
    ("rose", "the index rose 9.1 percent in the year", "up", "9.1 percent"),
    ("declined-by", "peace declined by 4.9 percent", "down", "4.9 percent"),
    ("increase-noun", "after a 1.2-percent increase in May", "up", "1.2 percent"),
    ("more-than-double", "it is more than double the 2021 level", "up", "2"),
    ("un-aumento", "un aumento del 4% en la de los", "up", "4 percent"),
    ("una-caida", "una caída de 4.74% en la de los", "down", "4.74 percent"),
    ("mas", "un 3% más que en la de los", "up", "3 percent"),
]


@pytest.mark.parametrize(("case", "text", "direction", "value"), CHANGES,
                         ids=[c[0] for c in CHANGES])  # fmt: skip
def test_change_words(case: str, text: str, direction: str, value: str) -> None:
    mention = only(text)
    assert (mention.kind, mention.direction, mention.value) == ("change", direction, value)


# (id, text, the period printed, its reading)
PERIODS = [
    (
        "month-year",
        "Prices rose 9.1 percent in the twelve months to June 2022.",
        "to June 2022",
        ("2022-06", ""),
    ),
    ("in-month", "It fell 3.1% in January 2024.", "in January 2024", ("2024-01", "")),
    ("fiscal", "It spent $5 billion in fiscal 2023.", "in fiscal 2023", ("FY2023", "")),
    (
        "between",
        "Some 9,000 people died between 2007 and 2012.",
        "between 2007 and 2012",
        ("2007", "2012"),
    ),
    ("spanish", "Hubo 26 mil 037 homicidios en 2012 en la de los.", "en 2012", ("2012", "")),
]


@pytest.mark.parametrize(("case", "text", "printed", "reading"), PERIODS,
                         ids=[p[0] for p in PERIODS])  # fmt: skip
def test_periods_are_read(case: str, text: str, printed: str, reading: tuple[str, str]) -> None:
    mention = extract_mentions(text)[0]
    assert mention.period == printed
    assert (mention.periods[0].first, mention.periods[0].last) == reading


def test_records_are_marked() -> None:
    mention = only("the largest 12-month increase since 1981, it rose 9.1 percent")
    assert mention.record == "largest"


LANGUAGES = [
    ("en", "The index rose 9.1 percent over the last 12 months, the largest since 1981.", "en"),
    (
        "es",
        "El índice subió 9,1 por ciento en los últimos 12 meses, la mayor alza de la serie.",
        "es",
    ),
]


@pytest.mark.parametrize(("case", "text", "lang"), LANGUAGES, ids=[x[0] for x in LANGUAGES])
def test_language_is_detected(case: str, text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_a_long_sentence_is_quoted_as_a_window_around_the_figure() -> None:
    text = "word " * 5000 + "some 9,000 troops " + "word " * 5000
    mention = only(text)
    assert len(mention.sentence) <= 2 * SENTENCE_WINDOW + len(mention.text) + 2
    assert "9,000 troops" in mention.sentence


@settings(max_examples=200, deadline=None)
@given(st.integers(1000, 10**9), st.integers(1, 9))
def test_spanish_numbers_round_trip(integer: int, tenth: int) -> None:
    """A Spanish text that writes "95,5" also writes "120.000": both read back exactly."""
    thousands = f"{integer:,}".replace(",", ".")
    text = f"Hubo {thousands} muertos y una tasa de {tenth},5 por ciento en la de los."
    found = extract_mentions(text, lang="es")
    assert [m.magnitude for m in found] == [integer, tenth + 0.5]
    assert [m.unit for m in found] == ["people", "percent"]


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999), st.integers(0, 999))
def test_space_thousands_round_trip(high: int, low: int) -> None:
    for space in ("\u00a0", "\u2009", "\u202f", " "):
        mention = only(f"some {high}{space}{low:03d} people fled")
        assert mention.magnitude == high * 1000 + low
