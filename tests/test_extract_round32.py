"""Extraction round 32 (issue 15): classes of the misses of the final15 and final16 gold sets,
each written as sentences of our own with look-alikes (none copied from a text). Each row gives
the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. Temperatures: "°F" glued to the figure is Fahrenheit; a bare degree sign after a weather
#    word ("the top temperature of 21.3°") takes the scale the text names, else Celsius outside
#    an English text on the US; "trimmed 1.2° off the record" is a difference; Spanish "con 39,8
#    grados" and "el récord de 47,1 grados" are readings
TEMPERATURES: list[Row] = [
    ("fahrenheit-sign", "Chicago averaged 38.6°F in March, the coolest in years.", "en",
     [("38.6°F", 38.6, "degree_Fahrenheit")]),
    ("fahrenheit-sign-spaced", "The thermometer read 101.2 °F at noon in Phoenix.", "en",
     [("101.2 °F", 101.2, "degree_Fahrenheit")]),
    ("bare-degree-australia",
     "Melbourne, Australia, was chilly: the top temperature of 12.8° was a record.", "en",
     [("12.8°", 12.8, "degree_Celsius")]),
    ("bare-degree-off-record",
     "In Hobart, Australia, the maximum of 9.9° shaved 0.8° off the old mark.", "en",
     [("9.9°", 9.9, "degree_Celsius"), ("shaved 0.8°", 0.8, "delta_degree_Celsius")]),
    ("bare-degree-us", "Dallas was hot: the temperature reached 104° on Sunday.", "en",
     [("104°", 104, "degree_Fahrenheit")]),
    ("look-alike-angle", "The crane swung 90° to clear the roof.", "en", []),
    ("con-grados", "Las máximas se dieron en Écija (Sevilla), con 43,9 grados.", "es",
     [("43,9 grados", 43.9, "degree_Celsius")]),
    ("record-de-grados", "El calor dejó el récord de 47,1 grados en La Rambla.", "es",
     [("47,1 grados", 47.1, "degree_Celsius")]),
    ("look-alike-con-mas", "El día cerró con 3 grados más que el martes.", "es",
     [("3 grados más", 3, "delta_degree_Celsius")]),
]  # fmt: skip


@table(TEMPERATURES)
def test_temperatures(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 2. A change's size and its new level are two figures, not a range: "fell 2,750 to 187,500"
#    (a bare level at least ten times the move, the move at least 1,000), "was cut from $4
#    billion to $2 billion" (cut: a change verb; the start is the change row, as "from X to Y"
#    after any change verb); a change's range stays one ("rose 3 to 5 percent")
MOVE_THEN_LEVEL: list[Row] = [
    ("fell-size-then-level", "Initial claims fell 2,750 to 187,500 last week.", "en",
     [("fell 2,750", 2750, "count"), ("187,500", 187500, "count")]),
    ("rose-size-then-level", "Payrolls in Ohio rose 12,400 to 5,610,300 in June.", "en",
     [("rose 12,400", 12400, "count"), ("5,610,300", 5610300, "count")]),
    ("cut-from-to", "The reserve was cut from $4 billion to $2 billion this spring.", "en",
     [("cut from $4 billion", 4e9, "USD"), ("$2 billion", 2e9, "USD")]),
    ("look-alike-range-of-change", "Rents rose 3 to 5 percent in most suburbs.", "en",
     [("rose 3 to 5 percent", 4, "percent")]),
    ("look-alike-small-range", "Output rose 2 to 30 tonnes a day.", "en",
     [("rose 2 to 30 tonnes a day", 16, "tonne/day")]),
]  # fmt: skip


@table(MOVE_THEN_LEVEL)
def test_move_then_level(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. "Employment insurance" is Canada's programme (the US says "unemployment insurance"): a
#    text that names it and no other dollar's country prints Canadian dollars
EMPLOYMENT_INSURANCE: list[Row] = [
    ("employment-insurance",
     "The employment insurance account will post a surplus of $3.2 billion next year.", "en",
     [("$3.2 billion", 3.2e9, "CAD")]),
    ("look-alike-unemployment-insurance",
     "State unemployment insurance funds paid out $3.2 billion last year.", "en",
     [("$3.2 billion", 3.2e9, "USD")]),
]  # fmt: skip


@table(EMPLOYMENT_INSURANCE)
def test_employment_insurance(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. A word of grade between "per" and its unit ("$3.89 per unleaded gallon"): the unit is
#    the denominator, and a price in cents after it carries it
PER_GRADE_UNIT: list[Row] = [
    ("per-regular-gallon", "Drivers in Maine paid $3.71 per regular gallon on Friday.", "en",
     [("$3.71 per regular gallon", 3.71, "USD/gallon")]),
    ("per-premium-litre-then-cents",
     "Premium sold for $2.05 per premium litre in Perth. Prices rose 3 cents in a week.",
     "en",
     [("$2.05 per premium litre", 2.05, "AUD/litre"),
      ("rose 3 cents", 0.03, "AUD/litre")]),
    ("look-alike-per-noun", "Water bills rose $40 per household last year.", "en",
     [("rose $40 per household", 40, "USD/count")]),
]  # fmt: skip


@table(PER_GRADE_UNIT)
def test_per_grade_unit(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. A list whose figures print their own "mil" ("Sonora con 6 mil 318 y Jalisco con 2 mil 95
#    casos") shares the noun but no scale: each "mil" belongs to its figure (was the second
#    figure's 2,095 / 2 = 1,047.5 taken as a scale: 6,318 x 1,047.5)
OWN_MIL: list[Row] = [
    ("both-mil", "Sonora con 6 mil 318 y Jalisco con 2 mil 95 casos.", "es",
     [("6 mil 318", 6318, "count"), ("2 mil 95 casos", 2095, "count")]),
    ("first-mil", "Sonora con 6 mil 318 y Jalisco con 2 mil casos.", "es",
     [("6 mil 318", 6318, "count"), ("2 mil casos", 2000, "count")]),
    ("look-alike-shared-mil", "Se esperan entre 6 y 8 mil visitantes.", "es",
     [("entre 6 y 8 mil visitantes", 7000, "people")]),
]  # fmt: skip


@table(OWN_MIL)
def test_own_mil(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 6. A figure per a population ("per 100,000 people") counts people (or what the sentence
#    counts), never a percent carried from the sentence before
PER_POPULATION: list[Row] = [
    ("after-percent",
     "The vaccine was 41% effective. The measles rate rose to 12.3 per 100,000 people.", "en",
     [("41%", 41, "percent"), ("12.3 per 100,000 people", 12.3, "people/100000 people")]),
    ("look-alike-percent-carried", "Turnout was 41%. In the city it rose to 44.", "en",
     [("41%", 41, "percent"), ("44", 44, "percent")]),
]  # fmt: skip


@table(PER_POPULATION)
def test_per_population(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. Solar capacity in peak watts: "kWp", "MWp" are kilowatts and megawatts (pint has no peak)
PEAK_WATTS: list[Row] = [
    ("kwp", "The clinic's roof array is rated at 85 kWp.", "en",
     [("85 kWp", 85, "kilowatt")]),
    ("mwp", "A 3.2 MWp plant will feed the grid.", "en", [("3.2 MWp", 3.2, "megawatt")]),
]  # fmt: skip


@table(PEAK_WATTS)
def test_peak_watts(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 8. A bare figure whose verb only people do ("when 21,874 watched", "8,200 attended") counts
#    people, even where a count would be carried from the figure before
PEOPLE_WATCHED: list[Row] = [
    ("watched-after-count",
     "Portland ended a 9-game slide. The club's best crowd came when 21,874 watched it.", "en",
     [("9-game", 9, "count"), ("21,874", 21874, "people")]),
    ("attended", "The club said 8,200 attended the final.", "en", [("8,200", 8200, "people")]),
    ("look-alike-carried-count",
     "Portland ended a 9-game slide. It now has 1,204 left.", "en",
     [("9-game", 9, "count"), ("1,204 left", 1204, "count")]),
]  # fmt: skip


@table(PEOPLE_WATCHED)
def test_people_watched(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. The start of a Spanish "pasar de X a Y" counts the plural noun that opens its sentence
#    ("Las muertes …", "Los casos …"), not a percent carried from the sentence before
PASAR_SUBJECT: list[Row] = [
    ("muertes-after-percent",
     "La letalidad fue de 0,4%. Las muertes por golpe de calor pasaron de 38 a 51 en un año.",
     "es",
     [("0,4%", 0.4, "percent"), ("38", 38, "people"), ("51", 51, "people")]),
    ("casos-after-percent",
     "La positividad fue del 12%. Los casos graves pasaron de 27 a 31 en una semana.", "es",
     [("12%", 12, "percent"), ("27", 27, "count"), ("31", 31, "count")]),
]  # fmt: skip


@table(PASAR_SUBJECT)
def test_pasar_subject(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 10. A "... in numbers" item: a number of one to three digits opening a line before a spaced
#     dash and a capital ("6 – Six managers were sacked …") is the item's heading figure, a
#     count (the bare figures after it carry it); not a year, not an unspaced hyphen
DASH_HEADINGS: list[Row] = [
    ("en-dash-heading",
     "Intro line.\n6 – Six managers were sacked before Christmas last season.", "en",
     [("6", 6, "count"), ("Six managers", 6, "people")]),
    ("em-dash-heading-then-bare", "Intro line.\n15 — Leeds went 15 games unbeaten.", "en",
     [("15", 15, "count"), ("15 games", 15, "count")]),
    ("look-alike-year", "Intro line.\n2019 – The year the club was sold.", "en", []),
    ("look-alike-hyphen", "Intro line.\n6-Six managers were sacked.", "en",
     [("Six managers", 6, "people")]),
]  # fmt: skip


@table(DASH_HEADINGS)
def test_dash_headings(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 11. Mortgage points: "averaged 6.12 percent with an average 0.7 point" (Freddie Mac's weekly
#     survey) are fees, a share of the loan in percent (1 point = 1%), not percentage points
MORTGAGE_POINTS: list[Row] = [
    ("with-an-average-point",
     "The 15-year mortgage averaged 6.12 percent with an average 0.7 point this week.", "en",
     [("6.12 percent", 6.12, "percent"), ("0.7 point", 0.7, "percent")]),
    ("look-alike-rate-move",
     "The rate averaged 6.12 percent, up 0.3 point from last week.", "en",
     [("6.12 percent", 6.12, "percent"), ("up 0.3 point", 0.3, "percentage_point")]),
]  # fmt: skip


@table(MORTGAGE_POINTS)
def test_mortgage_points(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. Rain printed "l/m2" (or "l/m²"): litres per square metre, as "litros por metro cuadrado"
RAIN_L_M2: list[Row] = [
    ("l-m2", "En Castellón se recogieron 48 l/m2 durante la tormenta.", "es",
     [("48 l/m2", 48, "litre/metre**2")]),
    ("l-m-squared", "En Castellón se recogieron 48 l/m² durante la tormenta.", "es",
     [("48 l/m²", 48, "litre/metre**2")]),
]  # fmt: skip


@table(RAIN_L_M2)
def test_rain_l_m2(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)
