"""Extraction round 23 (issue 15): classes of errors found on the final6/final7 drafts, each
written as sentences of our own before the rule (none is taken from a gold text). Each row gives
the whole list of quantities the sentence must yield."""

from __future__ import annotations

import pytest

from extract_rows import Row, check, table
from figcheck.draft.extract import extract_mentions

# 1. people nouns: a broad list of the people a figure counts (roles, trades, travellers,
#    offenders, patients, voters …), in English and Spanish
PEOPLE: list[Row] = [
    (
        "commuters",
        "Some 41,000 commuters crossed the bridge on Monday.",
        None,
        [("Some 41,000 commuters", 41000, "people")],
    ),
    (
        "travellers",
        "The airport handled 3.2 million travellers in August.",
        None,
        [("3.2 million travellers", 3.2e6, "people")],
    ),
    (
        "number-of-travelers",
        "The number of German travelers rose to 1.1 million.",
        None,
        [("1.1 million", 1.1e6, "people")],
    ),
    (
        "arrivals",
        "Officials expect 9 million foreign tourist arrivals next year.",
        None,
        [("9 million foreign tourist arrivals", 9e6, "people")],
    ),
    (
        "homeless",
        "Volunteers counted 2,900 homeless in the old town.",
        None,
        [("2,900 homeless", 2900, "people")],
    ),
    (
        "defendants",
        "The court heard 640 defendants last term.",
        None,
        [("640 defendants", 640, "people")],
    ),
    (
        "nurses-physicians",
        "The hospital hired 85 physicians and 210 paramedics.",
        None,
        [("85 physicians", 85, "people"), ("210 paramedics", 210, "people")],
    ),
    (
        "shareholders",
        "About 12,000 shareholders voted for the merger.",
        None,
        [("About 12,000 shareholders", 12000, "people")],
    ),
    (
        "suspects",
        "Police detained 37 suspects over the weekend.",
        None,
        [("37 suspects", 37, "people")],
    ),
    (
        "es-viajeros",
        "Llegaron 4.500 viajeros al puerto en enero.",
        "es",
        [("4.500 viajeros", 4500, "people")],
    ),
    (
        "es-reclusos",
        "El penal alberga a 1.200 reclusos.",
        "es",
        [("1.200 reclusos", 1200, "people")],
    ),
    (
        "es-docentes",
        "La huelga sumó 18 mil docentes.",
        "es",
        [("18 mil docentes", 18000, "people")],
    ),
    (
        "up-from-last-year",
        "Parks drew 14.2 million visitors this year, up from 12.9 million last year.",
        None,
        [("14.2 million visitors", 14.2e6, "people"), ("up from 12.9 million", 12.9e6, "people")],
    ),
    (
        "subject-of-the-move",
        "Exports rose to 5,000 units. Foreign students climbed to 35,400.",
        None,
        [("5,000 units", 5000, "count"), ("35,400", 35400, "people")],
    ),
    (
        "subject-was-at",
        "Exports rose to 5,000 units. Polish workers were second at 81,300.",
        None,
        [("5,000 units", 5000, "count"), ("81,300", 81300, "people")],
    ),
    (
        "moved-to",
        "Exports rose to 5,000 units. Confirmed deaths fell 18% to about 6,300.",
        None,
        [
            ("5,000 units", 5000, "count"),
            ("fell 18%", 18, "percent"),
            ("about 6,300", 6300, "people"),
        ],
    ),
    (
        "moved-by-to",
        "Sales hit 9 million units. Visitors rose by 3.1 percent to 41,000.",
        None,
        [
            ("9 million units", 9e6, "count"),
            ("rose by 3.1 percent", 3.1, "percent"),
            ("41,000", 41000, "people"),
        ],
    ),
    # things stay things
    (
        "scaled-level-no-percent",
        "Stocks were up 2.2 million barrels to 310.4 million, 4.1 percent "
        "above the year-ago level.",
        None,
        [
            ("up 2.2 million barrels", 2.2e6, "barrel"),
            ("310.4 million", 3.104e8, "barrel"),
            ("4.1 percent above", 4.1, "percent"),
        ],
    ),
    ("cars", "The plant built 4,000 passenger cars.", None, [("4,000 passenger", 4000, "count")]),
    ("flights", "The airline cancelled 120 flights.", None, [("120 flights", 120, "count")]),
]


@table(PEOPLE)
def test_people_nouns(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 4. a bare scaled figure takes a currency from an earlier sentence only from a money figure
#    printed with the same scale word ("405 billones de pesos … 14 billones más"); units sold
#    after a sentence about money stay counts ("47.8 million iPhones" is not dollars)
SCALED: list[Row] = [
    (
        "units-after-money",
        "Revenue hit $31.2bn. Phone shipments were 12.4 million, up from 11 million.",
        None,
        [
            ("$31.2bn", 3.12e10, "USD"),
            ("12.4 million", 1.24e7, "count"),
            ("up from 11 million", 1.1e7, "count"),
        ],
    ),
    (
        "same-scale-word",
        "The budget is 212 billion euros. Some 80 billion will go to pensions.",
        None,
        [("212 billion euros", 2.12e11, "EUR"), ("Some 80 billion", 8e10, "EUR")],
    ),
    (
        "es-same-scale-word",
        "El gasto asciende a 300 billones de pesos, unos 70 mil millones de "
        "dólares, y supera en 9 billones lo previsto.",
        "es",
        [
            ("300 billones de pesos", 3e14, "MXN"),
            ("unos 70 mil millones de dólares", 7e10, "USD"),
            ("9 billones", 9e12, "MXN"),
        ],
    ),
    (
        "es-money-noun",
        "El gasto asciende a 300 billones de pesos. De ellos, 120 billones de inversión.",
        "es",
        [("300 billones de pesos", 3e14, "MXN"), ("120 billones", 1.2e14, "MXN")],
    ),
    (
        "es-money-topic",
        "El fondo llegó a 8 mil 100 millones de pesos. En cinco años el ahorro "
        "creció 90 por ciento, al pasar de 4.3 mil millones a 8.1 mil millones.",
        "es",
        [
            ("8 mil 100 millones de pesos", 8.1e9, "MXN"),
            ("creció 90 por ciento", 90, "percent"),
            ("4.3 mil millones", 4.3e9, "MXN"),
            ("8.1 mil millones", 8.1e9, "MXN"),
        ],
    ),
    (
        "product-sales",
        "Revenue hit $31.2bn. The actual iPod sales were 9.1 million.",
        None,
        [("$31.2bn", 3.12e10, "USD"), ("9.1 million", 9.1e6, "count")],
    ),
    (
        "es-next-sentence",
        "El gasto asciende a 300 billones de pesos. De ellos, 120 billones serán para salud.",
        "es",
        [("300 billones de pesos", 3e14, "MXN"), ("120 billones", 1.2e14, "MXN")],
    ),
]


@table(SCALED)
def test_scaled_figures_and_currency(text: str, lang: str | None,
                                     expected: list[tuple[str, float, str]]) -> None:  # fmt: skip
    check(text, lang, expected)


# 5. rates: a price per a thing named before the figure in its clause ("earnings per share rose
#    to $1.40", "EPS of $2.05", "el monto promedio por envío de 310 dólares")
RATES: list[Row] = [
    (
        "per-share-before",
        "Earnings per diluted share increased 4.0% to $1.40 in the quarter.",
        None,
        [("increased 4.0%", 4.0, "percent"), ("$1.40", 1.40, "USD/count")],
    ),
    (
        "eps-of",
        "Analysts had expected an EPS of $2.05 on sales of $9bn.",
        None,
        [("$2.05", 2.05, "USD/count"), ("$9bn", 9e9, "USD")],
    ),
    ("eps-averaging", "Forecasts put EPS averaging $2.10.", None, [("$2.10", 2.10, "USD/count")]),
    (
        "es-por-envio",
        "Se hicieron 8 millones de envíos, con un monto promedio por envío de 310 dólares.",
        "es",
        [("8 millones de envíos", 8e6, "count"), ("310 dólares", 310, "USD/count")],
    ),
    (
        "per-measure-stays",
        "Yield was 1,210 pounds per harvested acre, down 15 pounds.",
        None,
        [
            ("1,210 pounds per harvested acre", 1210, "pound/acre"),
            ("down 15 pounds", 15, "pound/acre"),
        ],
    ),
    (
        "es-por-not-price",
        "El alza fue impulsada por la demanda y cerró en 19 pesos.",
        "es",
        [("19 pesos", 19, "MXN")],
    ),
    (
        "compared-to",
        "Earnings per diluted share rose 3.0% to $2.06 in the quarter compared to "
        "$2.00 a year earlier.",
        None,
        [("rose 3.0%", 3.0, "percent"), ("$2.06", 2.06, "USD/count"), ("$2.00", 2.0, "USD/count")],
    ),
    (
        "eps-range",
        "The EPS forecasts of 12 brokers, for example, ranged from $1.10 to $1.30.",
        None,
        [("12 brokers", 12, "count"), ("from $1.10 to $1.30", 1.2, "USD/count")],
    ),
    (
        "earnings-per-share-after",
        "It expects 20 billion dollars in sales and 4.10 dollars earnings per share.",
        None,
        [
            ("20 billion dollars", 2e10, "USD"),
            ("4.10 dollars earnings per share", 4.10, "USD/count"),
        ],
    ),
    (
        "footnote-marks",
        "Adjusted earnings per share(2)(3) rose 5.0% to $2.10.",
        None,
        [("rose 5.0%", 5.0, "percent"), ("$2.10", 2.10, "USD/count")],
    ),
    (
        "more-per",
        "Boston spends $7,400 more per pupil than the state.",
        None,
        [("$7,400 more per pupil", 7400, "USD/people")],
    ),
    # a scaled sum after a per-thing phrase stays a sum
    (
        "scaled-stays-sum",
        "Revenue per user rose, and total revenue reached $4.2 billion.",
        None,
        [("$4.2 billion", 4.2e9, "USD")],
    ),
]


@table(RATES)
def test_rates_per_thing(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# "label: value" lines (an index of facts): a label that continues the one before has its unit;
# "Factor by which …" is a multiple
LABELS: list[Row] = [
    (
        "continued-who",
        "Percentage of British adults who own a bicycle : 42\nWho rode one last week : 17\n",
        None,
        [("42", 42, "percent"), ("17", 17, "percent")],
    ),
    (
        "continued-of",
        "Percentage of Dutch voters who back the plan : 61\nOf Belgian voters : 48\n",
        None,
        [("61", 61, "percent"), ("48", 48, "percent")],
    ),
    ("factor", "Factor by which cyclists in Utrecht outnumber drivers : 3\n", None, [("3", 3, "")]),
    (
        "not-continued-after-gap",
        "Percentage of adults who swim : 20\n\n\n\nOf lakes now open : 12\n",
        None,
        [("20", 20, "percent"), ("12", 12, "count")],
    ),
]


@table(LABELS)
def test_label_lines(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 2. periods: an English semester is a half of the year, as "semestre" is
PERIODS = [
    (
        "second-semester",
        "Rice output reached 31,400 tonnes in the second semester of 2023.",
        "second semester of 2023",
    ),
    (
        "first-semester",
        "Rice output reached 31,400 tonnes in the first semester of 2023.",
        "first semester of 2023",
    ),
]


@pytest.mark.parametrize(("text", "period"), [p[1:] for p in PERIODS], ids=[p[0] for p in PERIODS])
def test_semesters(text: str, period: str) -> None:
    (mention,) = extract_mentions(text)
    assert mention.period == period


# a year named with what kind of year it is: "the crop year 2020", "el año agrícola 2020"
QUALIFIED_YEARS = [
    (
        "crop-year",
        "Wheat output hit 51.2 million tonnes in the crop year 2019.",
        "in the crop year 2019",
    ),
    (
        "es-agricola",
        "En el año agrícola 2019, la cosecha sumó 3 millones de toneladas.",
        "En el año agrícola 2019",
    ),
    (
        "es-ejercicio",
        "El gasto fue de 900 millones de pesos en el ejercicio fiscal 2022.",
        "en el ejercicio fiscal 2022",
    ),
]


@pytest.mark.parametrize(
    ("text", "period"), [p[1:] for p in QUALIFIED_YEARS], ids=[p[0] for p in QUALIFIED_YEARS]
)
def test_qualified_years(text: str, period: str) -> None:
    (mention,) = extract_mentions(text)
    assert mention.period == period


# "one" ends a list of counted figures ("two trucks, three vans and one bus"); elsewhere it is a
# determiner ("one analyst said")
ONE: list[Row] = [
    (
        "list-end",
        "Police seized two rifles, nine pistols and one shotgun.",
        None,
        [("two rifles", 2, "count"), ("nine pistols", 9, "count"), ("one shotgun", 1, "count")],
    ),
    (
        "list-comma",
        "She had 12 points, five rebounds, one steal, and two blocks.",
        None,
        [
            ("12 points", 12, "count"),
            ("five rebounds", 5, "count"),
            ("one steal", 1, "count"),
            ("two blocks", 2, "count"),
        ],
    ),
    (
        "determiner",
        "The firm added 1,200 jobs, and one analyst said more would come.",
        None,
        [("1,200 jobs", 1200, "count")],
    ),
    ("determiner-alone", "One official said the talks had failed.", None, []),
]


@table(ONE)
def test_one_in_a_list(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# a bare figure alone in brackets after the plural noun it counts
BRACKETED: list[Row] = [
    (
        "brackets-count",
        "She set records for most saves (31) and shutouts (9) in a season.",
        None,
        [("31", 31, "count"), ("9", 9, "count")],
    ),
    (
        "brackets-people",
        "The clinic saw more patients (412) than ever.",
        None,
        [("412", 412, "people")],
    ),
    ("not-after-name", "See Article (3) of the treaty.", None, []),
    ("not-after-time", "It rose over two years (2019 to 2021).", None, []),
    (
        "not-a-year",
        "Output beat the levels of three harvests (2018).",
        None,
        [("three harvests", 3, "count")],
    ),
]


@table(BRACKETED)
def test_bracketed_counts(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. a period in an earlier clause about another figure is not this figure's
def test_a_period_in_another_figures_clause_is_not_its_own() -> None:
    text = (
        "The old mark was 512 goals by Lee in 1988, and she also set marks for most assists (40)."
    )
    *_, last = extract_mentions(text)
    assert last.text == "40"
    assert last.periods == ()


def test_a_period_before_in_the_same_clause_still_governs() -> None:
    (mention,) = extract_mentions("In 1988, she set the mark for most assists (40).")
    assert mention.period == "In 1988"


# 5. a share price: a price per share when the sentence names the shares or the stock, and the
#    same market's levels in the sentence after ("It closed on Friday at $88.10")
SHARE_PRICES: list[Row] = [
    (
        "shares-closed-at",
        "Shares of Nokia closed at $4.25 on Tuesday.",
        None,
        [("$4.25", 4.25, "USD/count")],
    ),
    (
        "stock-rose-to",
        "The stock rose 4% to $61.70.",
        None,
        [("rose 4%", 4.0, "percent"), ("$61.70", 61.70, "USD/count")],
    ),
    (
        "es-acciones",
        "Las acciones de Cemex cerraron en 12,40 pesos.",
        "es",
        [("12,40 pesos", 12.40, "MXN/count")],
    ),
    (
        "next-sentence",
        "The stock peaked in May at $310.20 per share. It closed on Friday at "
        "$288.10, and it was hovering around $290 late in the day.",
        None,
        [
            ("$310.20 per share", 310.20, "USD/count"),
            ("$288.10", 288.10, "USD/count"),
            ("around $290", 290, "USD/count"),
        ],
    ),
    # a company's value is no share price
    (
        "market-value",
        "The stock market value of the firm rose to $3 trillion.",
        None,
        [("$3 trillion", 3e12, "USD")],
    ),
    (
        "not-next-topic",
        "The stock closed at $41.10 per share. The plant cost $900 to build.",
        None,
        [("$41.10 per share", 41.10, "USD/count"), ("$900", 900, "USD")],
    ),
]


@table(SHARE_PRICES)
def test_share_prices(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 1. units of measure beyond the word lists, from pint's registry (singular or plural, as printed
#    or in lower case); everyday nouns pint also defines stay counts
REGISTRY: list[Row] = [
    (
        "therms",
        "The school burned 4,200 therms last winter.",
        None,
        [("4,200 therms", 4200, "therm")],
    ),
    (
        "hectolitres",
        "The region shipped 950 hectolitres of cider.",
        None,
        [("950 hectolitres", 950, "hectolitre")],
    ),
    (
        "pint-nouns-of-no-measure",  # pressure, time and a length pint names: everyday counts
        "The shop shipped 40 bars of chocolate after we waited 20 mins for 12 pins.",
        None,
        [("40 bars", 40, "count"), ("20 mins", 20, "count"), ("12 pins", 12, "count")],
    ),
    (
        "kilotonnes",  # as written, not pint's "kilometric_ton"
        "Exports reached 9,903 kilotonnes in 2020.",
        None,
        [("9,903 kilotonnes", 9903, "kilotonne")],
    ),
    (
        "BTUs",
        "The furnace delivers 60,000 BTUs.",
        None,
        [("60,000 BTUs", 60000, "british_thermal_unit")],
    ),
    (
        "points-stay-counts",
        "He scored 31 points and took 12 rebounds.",
        None,
        [("31 points", 31, "count"), ("12 rebounds", 12, "count")],
    ),
    ("cups-stay-counts", "The café sold 900 cups on Sunday.", None, [("900 cups", 900, "count")]),
]


@table(REGISTRY)
def test_units_from_the_registry(text: str, lang: str | None,
                                 expected: list[tuple[str, float, str]]) -> None:  # fmt: skip
    check(text, lang, expected)


# a fraction printed with a slash is a share: "1/4 of", a label "Portion of …: 1/3"; not a date,
# "24/7", "9/11", a size ("3/4 inch")
SLASH: list[Row] = [
    ("of", "About 1/3 of the wells had run dry.", None, [("About 1/3", 33.333333, "percent")]),
    ("label", "Portion of US adults who cycle to work : 1/5\n", None, [("1/5", 20, "percent")]),
    (
        "not-24-7",
        "The shop is open 24/7 for 300 customers.",
        None,
        [("300 customers", 300, "people")],
    ),
    (
        "not-9-11",
        "After 9/11 the agency hired 4,000 screeners.",
        None,
        [("4,000 screeners", 4000, "count")],
    ),
    ("not-a-size", "The pipe is 3/4 inch wide.", None, []),
]


@table(SLASH)
def test_slash_fractions(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
