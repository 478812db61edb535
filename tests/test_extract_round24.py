"""Extraction round 24 (issue 15): classes of errors found on the final8 drafts, each written as
sentences of our own before the rule (none is taken from a gold text). Each row gives the whole
list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

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
        "casos-attended-by-people",
        "Los médicos del hospital atendieron 300 casos de dengue.",
        "es",
        [("300 casos", 300, "count")],
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


# 2. a price per an amount of money ("cents per $100 of value", "$38 per $1,000 of income"):
#    the denominator is part of the rate, never a figure of its own; and "from X per … to Y"
#    gives the later level the earlier level's rate
PER_MONEY: list[Row] = [
    (
        "cents-per-100-dollars",
        "The county levies 42.5 cents per $100 of assessed value.",
        "en",
        [("42.5 cents per $100", 0.425, "USD/hUSD")],
    ),
    (
        "dollars-per-thousand",
        "Schools spend $38 per $1,000 of personal income.",
        "en",
        [("$38 per $1,000", 38, "USD/kUSD")],
    ),
    (
        "words-between",
        "The state spent more than $41 on roads per $1,000 in income.",
        "en",
        [("more than $41 on roads per $1,000", 41, "USD/kUSD")],
    ),
    (
        "from-rate-to-level",
        "The levy went from 88 cents per $100 of value in 2010 to 71 cents this year.",
        "en",
        [("88 cents per $100", 0.88, "USD/hUSD"), ("71 cents", 0.71, "USD/hUSD")],
    ),
    (
        "from-rate-to-level-measure",
        "Melting grew from 120 million tonnes a year in the 1990s to 190 million tonnes since 2010.",
        "en",
        [
            ("grew from 120 million tonnes a year", 120e6, "tonne/year"),
            ("190 million tonnes", 190e6, "tonne/year"),
        ],
    ),
    (
        "to-without-from",
        "It cost 88 cents per $100 in 2010; the fee rose to $12 this year.",
        "en",
        [("88 cents per $100", 0.88, "USD/hUSD"), ("$12", 12, "USD")],
    ),
]


@table(PER_MONEY)
def test_a_price_per_an_amount_of_money(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. unit abbreviations of trade copy: "mln tn", "3-mln-tn", "40-mln-barrel", short tons and
#    "MMst" (million short tons); "tn" after a scale word is tonnes, not a second scale
ABBREVIATIONS: list[Row] = [
    ("mln-tn-hyphen", "The state set a 3-mln-tn target for wheat.", "en",
     [("3-mln-tn", 3e6, "tonne")]),
    ("mln-tn", "Output was 2.5 mln tn in March.", "en", [("2.5 mln tn", 2.5e6, "tonne")]),
    ("mln-barrel-hyphen", "They approved a 40-mln-barrel storage plan.", "en",
     [("40-mln-barrel", 40e6, "barrel")]),
    ("short-tons", "Mills bought 12,000 short tons of sugar.", "en",
     [("12,000 short tons", 12000, "short_ton")]),
    ("mmst", "Output fell by 90 million short tons to 430 MMst.", "en",
     [("fell by 90 million short tons", 9e7, "short_ton"), ("430 MMst", 4.3e8, "short_ton")]),
    ("tn-trillion", "The economy is worth £2.1tn, up from £1.9 tn.", "en",
     [("£2.1tn", 2.1e12, "GBP"), ("up from £1.9 tn", 1.9e12, "GBP")]),
]  # fmt: skip


@table(ABBREVIATIONS)
def test_unit_abbreviations_of_trade_copy(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. percentage points far from their percent in a long sentence ("…, e inferior en (-)0.3
#    puntos"), a sign printed in brackets before the figure; the number of a named series
#    before its definition in brackets ("Tasa de Subocupación 2 (porcentaje de …)") is a name
POINTS: list[Row] = [
    (
        "puntos-far",
        "La tasa de desocupación fue de 3.4% en marzo de este año, cifra menor a la del mes "
        "previo, e inferior en (-)0.3 puntos respecto a la del mismo mes de 2019.",
        "es",
        [("3.4%", 3.4, "percent"), ("inferior en (-)0.3 puntos", 0.3, "percentage_point")],
    ),
    (
        "points-far",
        "The jobless rate was 4.1 percent in June, the same level as a year earlier and, by the "
        "bureau's own measure, down 0.3 points from its peak.",
        "en",
        [("4.1 percent", 4.1, "percent"), ("down 0.3 points", 0.3, "percentage_point")],
    ),
    (
        "series-number",
        "La Tasa de Subocupación 2 (porcentaje de ocupados que desean trabajar más) fue de 7.1%.",
        "es",
        [("7.1%", 7.1, "percent")],
    ),
    (
        "index-points-stay",
        "The index rose 2.1 points to 104.3 in May, after prices climbed 1.2 percent over the "
        "whole of the last quarter of the year.",
        "en",
        [("rose 2.1 points", 2.1, ""), ("104.3", 104.3, ""),
         ("climbed 1.2 percent", 1.2, "percent")],
    ),
]  # fmt: skip


@table(POINTS)
def test_percentage_points_and_series_numbers(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. a bare Spanish "mil" before its noun is a thousand ("por debajo de los mil delitos"); a
#    figure in brackets right after a share is the count of that share ("One-third (10,364) of
#    all new homes"), not the unit carried from the sentence before
THOUSAND_AND_SHARE_COUNTS: list[Row] = [
    ("los-mil", "Tres estados quedaron por debajo de los mil robos en el año.", "es",
     [("Tres estados", 3, "count"), ("mil robos", 1000, "count")]),
    ("mas-de-mil", "Se registraron más de mil homicidios en el estado.", "es",
     [("más de mil homicidios", 1000, "people")]),
    ("mil-millones-stays", "La deuda sumó mil millones de pesos.", "es",
     [("mil millones de pesos", 1e9, "MXN")]),
    ("share-count", "Builders finished 28,000 homes per year. A quarter (7,412) of the new "
     "plants were in Ohio.", "en",
     [("28,000 homes per year", 28000, "count/year"), ("A quarter", 25, "percent"),
      ("7,412", 7412, "count")]),
    ("share-count-people", "Nearly half (2,310) of the surveyed nurses reported burnout.", "en",
     [("Nearly half", 50, "percent"), ("2,310", 2310, "people")]),
]  # fmt: skip


@table(THOUSAND_AND_SHARE_COUNTS)
def test_a_bare_thousand_and_the_count_of_a_share(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. "N of its M things", "N de sus M cosas": two counts, as "five of the six indexes" already is
N_OF_ITS_M: list[Row] = [
    ("de-sus", "La división registró bajas en cuatro de sus diez clases.", "es",
     [("cuatro", 4, "count"), ("diez clases", 10, "count")]),
    ("de-sus-digits", "Hubo alzas en 3 de sus 11 rubros.", "es",
     [("3", 3, "count"), ("11 rubros", 11, "count")]),
    ("of-its", "Prices rose in seven of its twelve divisions.", "en",
     [("seven", 7, "count"), ("twelve divisions", 12, "count")]),
    ("of-their", "Two of their five stores closed.", "en",
     [("Two", 2, "count"), ("five stores", 5, "count")]),
]  # fmt: skip


@table(N_OF_ITS_M)
def test_n_of_its_m_things(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. a rate printed as a level: money reached "to"/"at" by a sentence whose subject is a daily,
#    weekly, monthly or annual flow ("Average daily sales … rose 4 percent … to $3.4 million")
RATE_LEVELS: list[Row] = [
    ("daily-average", "Average daily sales at the chain rose 4 percent from a year earlier to "
     "$3.4 million.", "en",
     [("rose 4 percent", 4, "percent"), ("$3.4 million", 3.4e6, "USD/day")]),
    ("daily-aside", "Daily imports -- which exclude holidays -- fell 3 percent to $920 million.",
     "en", [("fell 3 percent", 3, "percent"), ("$920 million", 9.2e8, "USD/day")]),
    ("weekly-at", "Weekly spending by the agency held at $12 million in May.", "en",
     [("$12 million", 12e6, "USD/week")]),
    ("other-clause", "Daily trading volumes rose 8 percent, while revenue climbed to $4 billion.",
     "en", [("rose 8 percent", 8, "percent"), ("$4 billion", 4e9, "USD")]),
    ("not-a-subject", "The company, which reports daily, saw revenue climb to $4 billion.", "en",
     [("$4 billion", 4e9, "USD")]),
    ("a-name", "Daily Mail owner DMGT said revenue rose to £1.2bn.", "en",
     [("£1.2bn", 1.2e9, "GBP")]),
]  # fmt: skip


@table(RATE_LEVELS)
def test_a_rate_printed_as_a_level(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. a range stated as "from a low of X to a high of Y" (or the reverse), in money too
LOW_TO_HIGH: list[Row] = [
    ("low-high-money", "Estimates range from a low of $40 billion to a high of $210 billion.",
     "en", [("$40 billion to a high of $210 billion", 125e9, "USD")]),
    ("low-high-percent", "Yields ran from a low of 2.1% to a high of 3.4% last year.", "en",
     [("2.1% to a high of 3.4%", 2.75, "percent")]),
    ("minimo-maximo", "La tasa osciló de un mínimo de 4,89 a un máximo de 5,76 por ciento.",
     "es", [("4,89 a un máximo de 5,76 por ciento", 5.325, "percent")]),
]  # fmt: skip


@table(LOW_TO_HIGH)
def test_a_range_from_its_low_to_its_high(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. the size of a rank ("the top three countries"), an age in brackets that defines a group
#    ("young people (under 25)") and a number inside a quoted name ("the “12 Strong” plan") are
#    no quantities (README: not counted)
NOT_QUANTITIES: list[Row] = [
    ("top-three", "The top three countries drank the most coffee.", "en", []),
    ("worlds-top", "The world's top 10 exporters shipped 5 million tonnes.", "en",
     [("5 million tonnes", 5e6, "tonne")]),
    ("top-verb-stays", "Sales could top 40,000 this year.", "en", [("40,000", 40000, "count")]),
    ("age-bracket", "In May, 2.1 million young people (under 25) were out of work.", "en",
     [("2.1 million young people", 2.1e6, "people")]),
    ("age-bracket-es", "Unas 40 personas (mayores de 65) fueron encuestadas.", "es",
     [("Unas 40 personas", 40, "people")]),
    ("quoted-name", "Voters backed the “12 Strong” plan for 300 schools.", "en",
     [("300 schools", 300, "count")]),
]  # fmt: skip


@table(NOT_QUANTITIES)
def test_ranks_age_brackets_and_quoted_names_are_no_quantities(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. "un promedio mensual de N", "a daily average of N": a count, people or a measure per
#     period; a percent stays a percent
AVERAGE_PER_PERIOD: list[Row] = [
    ("promedio-mensual", "Hubo un promedio mensual de 2 mil 115 robos.", "es",
     [("2 mil 115 robos", 2115, "count/month")]),
    ("promedio-diario", "Llegaron un promedio diario de 3 mil 500 visitantes.", "es",
     [("3 mil 500 visitantes", 3500, "people/day")]),
    ("daily-average", "The field pumped a daily average of 1.2 million barrels.", "en",
     [("1.2 million barrels", 1.2e6, "barrel/day")]),
    ("monthly-average", "Police logged a monthly average of 412 burglaries.", "en",
     [("412 burglaries", 412, "count/month")]),
    ("percent-stays", "The monthly average of 5.1% was high.", "en", [("5.1%", 5.1, "percent")]),
]  # fmt: skip


@table(AVERAGE_PER_PERIOD)
def test_an_average_per_period(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. the length of a run of growth, contraction or results ("acumula 14 meses de expansión",
#     "tras cinco meses de resultados negativos", "seis meses con mermas", "nine months of
#     growth"): a record in months, like "18 meses al alza"
RUNS: list[Row] = [
    ("meses-expansion", "La industria creció 3,1% y acumula 14 meses de expansión continua.",
     "es", [("creció 3,1%", 3.1, "percent"), ("14 meses de expansión", 14, "month")]),
    ("resultados-negativos", "La pesca subió 8,4% tras cinco meses de resultados negativos.",
     "es", [("subió 8,4%", 8.4, "percent"), ("cinco meses de resultados negativos", 5, "month")]),
    ("con-mermas", "Las ventas cayeron 2%, y suman seis meses con mermas.", "es",
     [("cayeron 2%", 2, "percent"), ("seis meses con mermas", 6, "month")]),
    ("months-of-growth", "Output rose 1.2%, its nine months of growth in a row.", "en",
     [("rose 1.2%", 1.2, "percent"), ("nine months of growth", 9, "month")]),
    ("not-a-run", "El plan tendrá tres meses de prueba.", "es", []),
]  # fmt: skip


@table(RUNS)
def test_the_length_of_a_run(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. "entre el X% y el Y%", "between 3% and 4%": a range, also with an article or a percent
#     sign on each bound
BETWEEN: list[Row] = [
    ("entre-el", "Entre el 55% y el 61% de la cosecha se exporta.", "es",
     [("Entre el 55% y el 61%", 58, "percent")]),
    ("entre-el-por-ciento", "La inflación estará entre el 3 y el 4 por ciento.", "es",
     [("entre el 3 y el 4 por ciento", 3.5, "percent")]),
    ("between-percents", "Inflation will be between 3% and 4% next year.", "en",
     [("between 3% and 4%", 3.5, "percent")]),
    ("not-between", "Subió 5% y el 40% restante bajó.", "es",
     [("Subió 5%", 5, "percent"), ("40%", 40, "percent")]),
]  # fmt: skip


@table(BETWEEN)
def test_a_range_between_two_bounds(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. a list of named figures that share the scale and unit of the last one ("Salud con 50,7 y
#     Defensa con 49,2 mil millones de dólares", "Texas with 8.1 and Utah with 2.4 million")
NAMED_LISTS: list[Row] = [
    ("con-list", "Educación con 54,8 mil millones de dólares; Salud con 50,7 y Defensa con 49,2 "
     "mil millones de dólares.", "es",
     [("54,8 mil millones de dólares", 54.8e9, "USD"), ("50,7", 50.7e9, "USD"),
      ("49,2 mil millones de dólares", 49.2e9, "USD")]),
    ("with-list", "Ohio led with 12.5, Texas with 8.1 and Utah with 2.4 million acres.", "en",
     [("12.5", 12.5e6, "acre"), ("8.1", 8.1e6, "acre"), ("2.4 million acres", 2.4e6, "acre")]),
    ("carried-from-before", "El gasto suma 405 billones de pesos. Educación con 54,8 billones; "
     "Salud con 50,7 y Defensa con 49,2 billones.", "es",
     [("405 billones de pesos", 405e12, "MXN"), ("54,8 billones", 54.8e12, "MXN"),
      ("50,7", 50.7e12, "MXN"), ("49,2 billones", 49.2e12, "MXN")]),
    ("other-preposition", "Ohio grew 12 and Texas with 2.4 million acres led.", "en",
     [("2.4 million acres", 2.4e6, "acre")]),
]  # fmt: skip


@table(NAMED_LISTS)
def test_a_list_of_named_figures_shares_its_unit(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 14. "label: value" lines: "Number of Canadians …" counts people; "each year"/"per year" in
#     the label makes the figure a rate per year
LABEL_LINES: list[Row] = [
    ("number-of-people", "Number of Canadians hurt by lightning in 2019 : 164", "en",
     [("164", 164, "people")]),
    ("people-per-year", "Average number of Canadians hurt by lightning each year : 160", "en",
     [("160", 160, "people/year")]),
    ("things-per-year", "Number of dams built per year in Ohio : 12", "en",
     [("12", 12, "count/year")]),
    ("things", "Number of dams in Ohio : 1,500", "en", [("1,500", 1500, "count")]),
]  # fmt: skip


@table(LABEL_LINES)
def test_label_lines_name_people_and_a_period(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 15. "130+ cars" (a plus sign glued after the figure, the noun after it) is a count; a road's
#     number ("Interstates 80 and 35", "Route 66") is its name
PLUS_AND_ROADS: list[Row] = [
    ("plus-noun", "Police said 200+ cars crashed in 3 Iowa pileups.", "en",
     [("200+ cars", 200, "count"), ("3 Iowa pileups", 3, "count")]),
    ("open-group-stays", "Cities of 500,000+ residents grew.", "en", []),
    ("interstates", "The wrecks on Interstates 80 and 35 left 40 people hurt.", "en",
     [("40 people", 40, "people")]),
    ("route", "Route 66 draws 2 million tourists.", "en",
     [("2 million tourists", 2e6, "people")]),
]  # fmt: skip


@table(PLUS_AND_ROADS)
def test_a_plus_sign_and_road_numbers(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 16. a measure whose denominator is named before it in its clause ("the average yield per acre
#     … climbed to 51.2 bushels", "el rendimiento por hectárea subió a 3,2 toneladas")
PER_UNIT_BEFORE: list[Row] = [
    ("yield-per-acre", "The average yield per acre of the crop climbed to 51.2 bushels.", "en",
     [("51.2 bushels", 51.2, "bushel/acre")]),
    ("rendimiento", "El rendimiento por hectárea subió a 3,2 toneladas.", "es",
     [("3,2 toneladas", 3.2, "tonne/hectare")]),
    ("other-clause", "Prices per acre rose, and the farm sold 51.2 bushels.", "en",
     [("51.2 bushels", 51.2, "bushel")]),
    ("an-earlier-figures-rate", "Zinc sold at $2,410 per metric ton, after a four-day flat run.",
     "en", [("$2,410 per metric ton", 2410, "USD/tonne"), ("four-day flat run", 4, "day")]),
    ("figure-between", "Yields per acre rose 3 percent; the farm sold 51.2 bushels.", "en",
     [("rose 3 percent", 3, "percent"), ("51.2 bushels", 51.2, "bushel")]),
]  # fmt: skip


@table(PER_UNIT_BEFORE)
def test_a_measure_per_a_unit_named_before(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 17. a spelled figure whose noun is left out because it repeats the figure before, after the
#     same preposition ("fell in eight regions, rose in eleven and held in Kent")
ELIDED_NOUNS: list[Row] = [
    ("in-eleven", "Prices fell in eight regions, rose in eleven and held steady in Kent.", "en",
     [("eight regions", 8, "count"), ("eleven", 11, "count")]),
    ("en-doce", "El paro bajó en nueve provincias, subió en doce y no varió en Soria.", "es",
     [("bajó en nueve provincias", 9, "count"), ("subió en doce", 12, "count")]),
    ("people", "Police arrested five men on Monday and six on Tuesday.", "en",
     [("five men", 5, "people")]),
    ("other-preposition", "Prices fell in eight regions and rose by three.", "en",
     [("eight regions", 8, "count")]),
]  # fmt: skip


@table(ELIDED_NOUNS)
def test_a_spelled_figure_with_its_noun_left_out(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 18. horsepower ("5 HP", "a 150-horsepower engine"), and prison terms, durations that are the
#     claim ("sentenced to 12 years and six months in prison", "received eight years")
POWER_AND_TERMS: list[Row] = [
    ("hp", "Farm pumps of up to 5 HP get free power.", "en", [("up to 5 HP", 5, "horsepower")]),
    ("horsepower-hyphen", "It has a 150-horsepower engine.", "en",
     [("150-horsepower", 150, "horsepower")]),
    ("sentenced", "In 2019 the banker was sentenced to 12 years and six months in prison.", "en",
     [("12 years and six months", 12.5, "year")]),
    ("received", "His partner, then 41, received eight years.", "en",
     [("eight years", 8, "year")]),
    ("condenado", "El exalcalde fue condenado a 9 años de prisión.", "es",
     [("9 años", 9, "year")]),
    ("not-a-term", "The plant was built 12 years ago and hired 40 workers.", "en",
     [("40 workers", 40, "people")]),
    ("service-not-a-term", "She served 12 years on the board of 40 firms.", "en",
     [("40 firms", 40, "count")]),
]  # fmt: skip


@table(POWER_AND_TERMS)
def test_horsepower_and_prison_terms(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 19. "MT" (metric tonnes of commodity reports), also glued to the figure ("28,685MT"); not
#     "Mt" (megatonnes), which stays unread
METRIC_TONNES: list[Row] = [
    ("glued-mt", "Corn output fell by 4.1 percent to 31,520MT.", "en",
     [("fell by 4.1 percent", 4.1, "percent"), ("31,520MT", 31520, "tonne")]),
    ("spaced-mt", "Mills bought 1,200 MT of sugar.", "en", [("1,200 MT", 1200, "tonne")]),
    ("megatonnes-not-tonnes", "Emissions were 5 Mt of CO2.", "en", [("5 Mt", 5, "count")]),
]  # fmt: skip


@table(METRIC_TONNES)
def test_metric_tonnes_abbreviated(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 20. money a verb charges "you" or "each of us" is per person, like "costs the average
#     taxpayer $4600"; "us" alone (a country) is not
PER_YOU: list[Row] = [
    ("costs-you", "Each new stadium costs you $12.40 a year.", "en",
     [("$12.40 a year", 12.4, "USD/year")]),
    ("costs-you-plain", "Every million dollars of debt costs you $3.15.", "en",
     [("$3.15", 3.15, "USD/people")]),
    ("each-of-us", "The program costs each of us $210.", "en", [("$210", 210, "USD/people")]),
    ("us-country", "The war cost us $2 billion.", "en", [("$2 billion", 2e9, "USD")]),
]  # fmt: skip


@table(PER_YOU)
def test_money_charged_to_you_is_per_person(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 21. a citation mark in brackets after a figure's bracket ("(72.2%) (1).") and the size of a
#     family that names a group ("a mother of three children") are no quantities
CITATIONS_AND_FAMILIES: list[Row] = [
    ("citation", "Deaths rose among users of fentanyl (72.2%) (1). Then 40 more died.", "en",
     [("72.2%", 72.2, "percent"), ("40 more died", 40, "people")]),
    ("citation-after-star", "Use climbed in rural areas.* (4) Then 40 more died.", "en",
     [("40 more died", 40, "people")]),
    ("mother-of", "A mother of three children thanked the 200 volunteers.", "en",
     [("200 volunteers", 200, "people")]),
    ("family-with", "Families with four children got $900 each.", "en",
     [("$900 each", 900, "USD/count")]),
    ("children-counted", "The school enrolled three children from Ohio.", "en",
     [("three children", 3, "people")]),
]  # fmt: skip


@table(CITATIONS_AND_FAMILIES)
def test_citation_marks_and_family_sizes_are_no_quantities(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 22. "gal" (gallons) in prices and volumes: "$4.05/gal", "$3.99 a gal", "500 gal"
GALLONS: list[Row] = [
    ("slash-gal", "Diesel rose to $4.05/gal.", "en", [("$4.05/gal", 4.05, "USD/gallon")]),
    ("a-gal", "Regular was $3.99 a gal in Ohio.", "en", [("$3.99 a gal", 3.99, "USD/gallon")]),
    ("volume", "Tanks hold 500 gal of water.", "en", [("500 gal", 500, "gallon")]),
]  # fmt: skip


@table(GALLONS)
def test_gallons_abbreviated(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 23. the length of an event is a duration that is the claim ("after a 27-day trial", "the
#     35-day shutdown", "tras 10 horas de debates", "el juicio de 12 días"); a duration that
#     delimits a period stays context ("a 12-month increase", "12 días después"), and "a
#     48-hour strike" names a kind of strike (tests/test_extract_traps.py)
EVENT_LENGTHS: list[Row] = [
    ("hyphen-trial", "He was convicted after a 19-day trial.", "en", [("19-day trial", 19, "day")]),
    ("hyphen-shutdown", "The 35-day shutdown ended in January.", "en",
     [("35-day shutdown", 35, "day")]),
    ("horas-de-debates", "Tras 14 horas de debates, el Senado aprobó la ley.", "es",
     [("14 horas de debates", 14, "hour")]),
    ("juicio-de-dias", "El juicio de 12 días terminó ayer.", "es", [("12 días", 12, "day")]),
    ("strike-kind-stays", "The 48-hour strike closed 120 schools.", "en",
     [("120 schools", 120, "count")]),
    ("increase-stays", "It was a 12-month increase of 4%.", "en", [("increase of 4%", 4, "percent")]),
    ("later-stays", "Doce días después, el Senado aprobó la ley.", "es", []),
]  # fmt: skip


@table(EVENT_LENGTHS)
def test_the_length_of_an_event(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
