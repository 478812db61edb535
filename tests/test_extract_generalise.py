"""Extraction on sentences of our own, one table per class of issue 15's list (written before the
rules that make them pass; none is taken from a gold text). Each row gives the whole list of
quantities the sentence must yield, so a wrong extra figure fails as surely as a missed one."""

from __future__ import annotations

import pytest

from figcheck.draft.extract import Mention, extract_mentions

# (id, sentence, lang, [(printed, magnitude, unit), …])
Row = tuple[str, str, str | None, list[tuple[str, float, str]]]


def found(text: str, lang: str | None) -> list[Mention]:
    return extract_mentions(text, lang=lang)


def check(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    got = [(m.text, m.magnitude, m.unit) for m in found(text, lang)]
    assert len(got) == len(expected), got
    for (text_, magnitude, unit), (e_text, e_magnitude, e_unit) in zip(got, expected, strict=True):
        assert (text_, unit) == (e_text, e_unit), got
        assert magnitude == pytest.approx(e_magnitude), got


def params(rows: list[tuple[object, ...]], prefix: str = "") -> list[object]:
    return [pytest.param(*r[1:], id=f"{prefix}{r[0]}") for r in rows]


def table(rows: list[Row]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "lang", "expected"), params(list(rows)))


# 1. units of measure, also abbreviated, hyphenated, squared and cubed, and energy
UNITS: list[Row] = [
    ("km", "The new line runs 340 km through the valley.", None, [("340 km", 340, "kilometre")]),
    ("ha", "Farmers planted 12,500 ha of maize.", None, [("12,500 ha", 12500, "hectare")]),
    ("t", "The mine shipped 4.2 million t of ore.", None, [("4.2 million t", 4.2e6, "tonne")]),
    ("bbl-a-day", "Output reached 1.3 million bbl a day.", None,
     [("1.3 million bbl a day", 1.3e6, "barrel/day")]),
    ("mi2", "The reserve covers 2,300 mi² of desert.", None, [("2,300 mi²", 2300, "mile**2")]),
    ("sq-mi", "The reserve covers 2,300 sq mi of desert.", None,
     [("2,300 sq mi", 2300, "mile**2")]),
    ("square-km", "The lake spans 410 square kilometres.", None,
     [("410 square kilometres", 410, "km**2")]),
    ("hyphen-km", "They opened a 1,200-km railway.", None, [("1,200-km", 1200, "kilometre")]),
    ("hyphen-tonne", "A 90-tonne whale washed up.", None, [("90-tonne", 90, "tonne")]),
    ("hyphen-megawatt", "They built a 250-megawatt solar farm.", None,
     [("250-megawatt", 250, "megawatt")]),
    ("MW", "The plant makes 600 MW of power.", None, [("600 MW", 600, "megawatt")]),
    ("GWh", "The grid used 3.4 GWh that day.", None, [("3.4 GWh", 3.4, "gigawatt_hour")]),
    ("TWh", "Wind supplied 81 TWh in the year.", None, [("81 TWh", 81, "terawatt_hour")]),
    ("cubic-metres", "They pumped 2.1 million cubic metres of gas.", None,
     [("2.1 million cubic metres", 2.1e6, "metre**3")]),
    ("kg", "The parcel weighs 40 kg.", None, [("40 kg", 40, "kilogram")]),
    ("magnitude-hyphen", "The magnitude-6.8 quake struck at a depth of 10 km.", None,
     [("6.8", 6.8, ""), ("10 km", 10, "kilometre")]),
    ("bushel", "Corn sold at $4.80 a bushel.", None, [("$4.80 a bushel", 4.8, "USD/bushel")]),
    ("degrees-level", "Temperatures hit 46.3C in Seville on Monday.", None,
     [("46.3C", 46.3, "degree_Celsius")]),
    ("degree-sign-level", "The thermometer read 41 °C at noon.", None,
     [("41 °C", 41, "degree_Celsius")]),
    ("minus", "The temperature dropped to minus 12C overnight.", None,
     [("minus 12C", -12, "degree_Celsius")]),
    ("warming-delta", "Warming of 1.5C would flood the delta.", None,
     [("1.5C", 1.5, "delta_degree_Celsius")]),
    ("km2-es", "El parque tiene 5.000 km² de selva.", "es", [("5.000 km²", 5000, "km**2")]),
    ("metros-cubicos", "La presa almacena 120 millones de metros cúbicos de agua.", "es",
     [("120 millones de metros cúbicos", 1.2e8, "metre**3")]),
    ("grados-nivel", "La temperatura llegó a 44,5 grados centígrados en Sevilla.", "es",
     [("44,5 grados centígrados", 44.5, "degree_Celsius")]),
]  # fmt: skip


@pytest.mark.parametrize("noun", params([("head-of-cattle", "cattle")]))
def test_head_of_cattle_is_a_count_of_the_animals(noun: str) -> None:
    (mention,) = found(f"The herd has 3,000 head of {noun}.", None)
    assert (mention.magnitude, mention.unit, mention.noun) == (3000, "count", noun)


# 2. hedges: every form attached to its number, in the checker's words
HEDGES = [
    ("some", "The army sent some 9,000 troops.", None, "some", "some"),
    ("passed", "Turnout passed 60 percent.", None, "passed", "more than"),
    ("topped", "Exports topped $2 billion last year.", None, "topped", "more than"),
    ("upwards-of", "Upwards of 500 homes were damaged.", None, "upwards of", "upwards of"),
    ("well-over", "Well over 2 million people voted.", None, "well over", "well over"),
    ("just-under", "Just under 40% of adults smoke.", None, "just under", "just under"),
    ("poco-mas-de", "Poco más de 300 personas llegaron.", "es", "poco más de", "just over"),
    ("cerca-de", "Cerca de 2 mil personas huyeron.", "es", "cerca de", "close to"),
    (
        "alrededor-del",
        "Alrededor del 30% de los hogares no tiene internet.",
        "es",
        "alrededor del",
        "around",
    ),
    ("exceeded", "Losses exceeded $4 billion.", None, "exceeded", "more than"),
    ("nearly-es", "Casi 40% de los hogares no tiene agua.", "es", "casi", "nearly"),
]


@pytest.mark.parametrize(("text", "lang", "printed", "checker"), params(list(HEDGES)))  # fmt: skip
def test_hedges(text: str, lang: str | None, printed: str, checker: str) -> None:
    (mention,) = found(text, lang)
    assert (mention.hedge, mention.checker_hedge) == (printed, checker)


# spelled fractions and ratios are shares in percent
SHARES: list[Row] = [
    ("a-third", "About a third of teachers quit.", None, [("About a third", 33.33, "percent")]),
    ("three-in-four", "Three in four voters agreed.", None, [("Three in four", 75, "percent")]),
    ("one-in-five", "One in five children is poor.", None, [("One in five", 20, "percent")]),
    ("roughly-one-in-ten", "Roughly one in ten adults is jobless.", None,
     [("Roughly one in ten", 10, "percent")]),
    ("two-thirds", "Two-thirds of the budget went to defence.", None,
     [("Two-thirds", 66.67, "percent")]),
    ("la-mitad", "La mitad de los hogares no tiene agua.", "es", [("La mitad", 50, "percent")]),
    ("dos-de-cada-tres", "Dos de cada tres mexicanos apoyan la medida.", "es",
     [("Dos de cada tres", 66.67, "percent")]),
    ("terceras-partes", "Dos terceras partes de la población vive en ciudades.", "es",
     [("Dos terceras partes", 66.67, "percent")]),
    ("tercera-parte", "La tercera parte de los municipios no tiene hospital.", "es",
     [("La tercera parte", 33.33, "percent")]),
    ("un-cuarto", "Un cuarto de la población vive en la capital.", "es",
     [("Un cuarto", 25, "percent")]),
]  # fmt: skip


@table(SHARES)
def test_spelled_shares(text: str, lang: str | None, expected: list[tuple[str, float, str]]
                        ) -> None:  # fmt: skip
    got = [(m.text, m.magnitude, m.unit) for m in found(text, lang)]
    assert [(t, round(v, 2), u) for t, v, u in got] == expected


# 3. number forms: space and thin-space thousands anywhere, numbers beside fiscal years
FORMS: list[Row] = [
    ("spaces-two-groups", "The city has 1 250 000 residents.", None,
     [("1 250 000 residents", 1250000, "people")]),
    ("thin-spaces-two-groups", "The city has 1\u2009250\u2009000 residents.", None,
     [("1\u2009250\u2009000 residents", 1250000, "people")]),
    ("nbsp-money", "The grant was 45\u00a0000 pounds.", None, [("45\u00a0000 pounds", 45000, "GBP")]),
    ("after-fiscal-range", "In 2022–23 the council spent 45 000 pounds.", None,
     [("45 000 pounds", 45000, "GBP")]),
    ("zeros-are-not-a-number", "The fund had 3 000 000 euros.", None,
     [("3 000 000 euros", 3e6, "EUR")]),
    ("by-then-to", "The population grew by 2.3 million to 67.3 million.", None,
     [("grew by 2.3 million", 2.3e6, "people"), ("67.3 million", 67.3e6, "people")]),
    ("half-a-million", "Half a million people marched.", None,
     [("Half a million people", 5e5, "people")]),
    ("one-million", "About one million people fled.", None,
     [("About one million people", 1e6, "people")]),
    ("a-million", "A million people marched.", None, [("A million people", 1e6, "people")]),
    ("a-billion-dollars", "It cost a billion dollars.", None, [("a billion dollars", 1e9, "USD")]),
    ("one-hundred", "Some one hundred people came.", None,
     [("Some one hundred people", 100, "people")]),
    ("and-a-half", "One and a half million people voted.", None,
     [("One and a half million people", 1.5e6, "people")]),
    ("and-a-half-years", "Two and a half years later, the plant reopened.", None, []),
    ("half-a-point", "The rate rose by half a percentage point.", None,
     [("rose by half a percentage point", 0.5, "percentage_point")]),
    ("quarter-point", "The bank cut rates by a quarter point.", None,
     [("a quarter point", 0.25, "percentage_point")]),
    ("medio-punto", "La tasa subió medio punto porcentual.", "es",
     [("subió medio punto porcentual", 0.5, "percentage_point")]),
    ("cuarto-de-punto", "El banco recortó la tasa en un cuarto de punto.", "es",
     [("un cuarto de punto", 0.25, "percentage_point")]),
    ("quarter-of-a-million", "A quarter of a million people fled.", None,
     [("A quarter of a million people", 2.5e5, "people")]),
    ("medio-millon", "Medio millón de personas perdieron su empleo.", "es",
     [("Medio millón de personas", 5e5, "people")]),
    ("a-third-straight-month", "Prices fell for a third straight month, down 0.2%.", None,
     [("down 0.2%", 0.2, "percent")]),
    ("a-quarter-time", "Rates rose for a fifth time, by 0.25 percentage point.", None,
     [("0.25 percentage point", 0.25, "percentage_point")]),
    ("tercer-lugar", "México quedó en un tercer lugar, con 12,5%.", "es",
     [("12,5%", 12.5, "percent")]),
    ("fifty-fifty", "It was a 50-50 split of the vote.", None, []),
    ("subject-noun", "Los homicidios bajaron de 36 mil 685 en 2018 a 33 mil 308 en 2020.", "es",
     [("bajaron de 36 mil 685", 36685, "people"), ("33 mil 308", 33308, "people")]),
    ("mas-rico", "El 1% más rico concentra el 40% de la riqueza.", "es",
     [("1%", 1, "percent"), ("40%", 40, "percent")]),
    ("points-near-percent", "Unemployment rose by 0.3 points to 5.1 per cent.", None,
     [("rose by 0.3 points", 0.3, "percentage_point"), ("5.1 per cent", 5.1, "percent")]),
    ("small-index-points", "The index rose 2 points to 105.3, or 1.9%.", None,
     [("rose 2 points", 2, ""), ("105.3", 105.3, ""), ("1.9%", 1.9, "percent")]),
    # an index's points and level are dimensionless (gold README: "dimensionless for index levels")
    ("index-points", "The Dow fell 300 points, or 1.2%.", None,
     [("fell 300 points", 300, ""), ("1.2%", 1.2, "percent")]),
]  # fmt: skip


# rates: per dollar, a dollar bought, per capita, per unit of measure
RATES: list[Row] = [
    ("rand-per-dollar", "The rand traded at 18.2 per dollar.", None,
     [("18.2 per dollar", 18.2, "ZAR/USD")]),
    ("peso-per-dollar", "The peso traded at 20 per dollar.", None,
     [("20 per dollar", 20, "MXN/USD")]),
    ("dollar-bought", "A dollar bought 17 pesos in May.", None, [("17 pesos", 17, "MXN/USD")]),
    ("dolar-se-vendio", "El dólar se vendió en 4.100 pesos en Bogotá.", "es",
     [("4.100 pesos", 4100, "COP/USD")]),
    ("per-100000", "The homicide rate was 29 per 100,000 residents.", None,
     [("29 per 100,000 residents", 29, "people/100000 people")]),
    ("per-1000-births", "There were 8.4 deaths per 1,000 live births.", None,
     [("8.4 deaths per 1,000 live births", 8.4, "people/1000 people")]),
    ("per-pound", "Beef sold for $3 per pound.", None, [("$3 per pound", 3, "USD/pound")]),
    ("a-pound", "Coffee cost 4 dollars a pound.", None, [("4 dollars a pound", 4, "USD/pound")]),
    ("per-household", "It will cost £3,000 per household.", None,
     [("£3,000 per household", 3000, "GBP/count")]),  # final3's gold: a price per a thing
    ("annual-costs", "States face annual costs of between €60bn to €80bn.", None,
     [("between €60bn to €80bn", 70e9, "EUR/year")]),
    ("a-year-range", "It will cost between €60bn to €80bn a year.", None,
     [("between €60bn to €80bn a year", 70e9, "EUR/year")]),
    ("against-the-dollar", "The peso fell 2.1% against the dollar to 19.85.", None,
     [("fell 2.1%", 2.1, "percent"), ("19.85", 19.85, "MXN/USD")]),
    ("pesos-diarios", "El salario aumentó 20% a 248,93 pesos diarios.", "es",
     [("aumentó 20%", 20, "percent"), ("248,93 pesos diarios", 248.93, "MXN/day")]),
    ("percent-a-year", "Output grew 3 percent a year.", None,
     [("grew 3 percent a year", 3, "percent")]),
    ("precio-del-barril", "El precio del barril de WTI cerró en 78,45 dólares.", "es",
     [("78,45 dólares", 78.45, "USD/barrel")]),
    ("price-of-a-barrel", "The price of a barrel of Brent rose to $84.20.", None,
     [("$84.20", 84.2, "USD/barrel")]),
    ("a-year-hyphen", "She took a $35,000-a-year job.", None,
     [("$35,000-a-year", 35000, "USD/year")]),
    ("barrel-a-day-hyphen", "A 2.5 million-barrel-a-day pipeline opened.", None,
     [("2.5 million-barrel-a-day", 2.5e6, "barrel/day")]),
    ("density", "Density is 120 people per square kilometre.", None,
     [("120 people per square kilometre", 120, "people/km**2")]),
    ("diarias", "Hubo 2 mil 345 defunciones en enero, un promedio de 76 diarias.", "es",
     [("2 mil 345 defunciones", 2345, "people"), ("76 diarias", 76, "people/day")]),
    ("ps-per-dollar", "The peso was valued at Ps 18.50 per dollar.", None,
     [("Ps 18.50 per dollar", 18.5, "MXN/USD")]),
    ("euros-anuales", "El costo se estima en 1.200 millones de euros anuales.", "es",
     [("1.200 millones de euros anuales", 1.2e9, "EUR/year")]),
    ("por-cada-cien-mil", "La tasa fue de 22 por cada cien mil habitantes.", "es",
     [("22 por cada cien mil habitantes", 22, "people/100000 people")]),
    ("spelled-denominator-alone", "Las tasas por cada cien mil habitantes se calcularon.", "es",
     []),
    ("costo-anual", "Tendrá un costo anual de 5 mil millones de pesos.", "es",
     [("5 mil millones de pesos", 5e9, "MXN/year")]),
]  # fmt: skip


# people, by the noun counted
PEOPLE: list[Row] = [
    ("demonym", "Some 2.5 million Venezuelans have settled in Colombia.", None,
     [("Some 2.5 million Venezuelans", 2.5e6, "people")]),
    ("respondents", "More than 70% of the 1,200 respondents said yes.", None,
     [("More than 70%", 70, "percent"), ("1,200 respondents", 1200, "people")]),
    ("desplazados", "Hubo más de 300 mil desplazados en la región.", "es",
     [("más de 300 mil desplazados", 3e5, "people")]),
    ("elementos", "Fueron desplegados 3 mil 200 elementos de la Guardia Nacional.", "es",
     [("3 mil 200 elementos", 3200, "people")]),
    ("another-homes", "Some 45 people died and another 120 homes were destroyed.", None,
     [("Some 45 people", 45, "people"), ("120 homes", 120, "count")]),
    ("staff", "Some 40 per cent of the 12,000 staff will go.", None,
     [("Some 40 per cent", 40, "percent"), ("12,000 staff", 12000, "people")]),
    ("toll", "The toll climbed to 212, with dozens still missing.", None,
     [("212", 212, "people")]),
    ("survivors", "Rescuers pulled 17 survivors from the rubble.", None,
     [("17 survivors", 17, "people")]),
    ("otras", "Murieron 45 personas y otras 120 resultaron heridas.", "es",
     [("45 personas", 45, "people"), ("120", 120, "people")]),
]  # fmt: skip


# not quantities: model numbers beside a name
NAMES: list[Row] = [
    ("leopard-2", "Germany will send 14 Leopard 2 tanks.", None, [("14 Leopard", 14, "count")]),
    ("boeing-737", "A Boeing 737 carrying 132 people crashed.", None,
     [("132 people", 132, "people")]),
    ("falcon-9", "The Falcon 9 rocket lifted 22 satellites.", None,
     [("22 satellites", 22, "count")]),
    ("not-a-place", "In Mexico 120 people died.", None, [("120 people", 120, "people")]),
    ("quarter-4", "GDP fell by 0.3% in Quarter 4 (Oct to Dec) 2023.", None,
     [("fell by 0.3%", 0.3, "percent")]),
    ("year-then-level", "Deaths rose from 1,234 in 2019 to 2,345 in 2021.", None,
     [("rose from 1,234", 1234, "people"), ("2,345", 2345, "people")]),
    ("address", "Call 555-0134 or visit 221B Baker Street.", None, []),
    ("score", "He scored 2 goals as United won 3-2.", None, [("2 goals", 2, "count")]),
    ("quarter-code", "Según el INEGI, en el 2T2023 la economía creció 1,2%.", "es",
     [("creció 1,2%", 1.2, "percent")]),
    ("route-66", "Article 50 was triggered; Route 66 reopened.", None, []),
    ("iphone-15", "The iPhone 15 sold 10 million units.", None,
     [("10 million units", 1e7, "count")]),
    ("children-under-5", "Children under 5 accounted for 40% of deaths.", None,
     [("40%", 40, "percent")]),
    ("make-up", "People aged 65 and over make up 18% of the population.", None,
     [("18%", 18, "percent")]),
]  # fmt: skip


# 4. dates and periods
PERIODS = [
    ("in-month", "Unemployment was 3.7% in January 2024.", "in January 2024"),
    ("to-month", "Prices rose 8.6% in the 12 months to May 2022.", "to May 2022"),
    ("fiscal", "The agency spent $4.2 billion in fiscal 2023.", "in fiscal 2023"),
    ("between", "Some 60,000 people were killed between 2006 and 2012.", "between 2006 and 2012"),
    ("last-year", "Exports rose 12% last year.", "last year"),
    ("es-month", "La inflación fue de 4,2% en marzo de 2023.", "en marzo de 2023"),
]


@pytest.mark.parametrize(("text", "period"), [p[1:] for p in PERIODS], ids=[p[0] for p in PERIODS])
def test_periods(text: str, period: str) -> None:
    (mention,) = found(text, None)
    assert mention.period == period


# 5. change and record phrases
CHANGES = [
    ("rose-in-twelve-months", "Inflation rose 9.1% in the twelve months to June 2022.", None,
     "up", "9.1 percent"),
    ("above-level", "Prices are nearly 20 per cent above their level of January 2020.", None,
     "up", "20 percent"),
    ("below-level", "Output is 4% below its 2019 peak.", None, "down", "4 percent"),
    ("higher-than", "Rents are 12% higher than a year ago.", None, "up", "12 percent"),
    ("more-than-double", "Output is more than double the 2019 level.", None, "up", "2"),
    ("shrank", "Germany's economy shrank 0.3% in 2023.", None, "down", "0.3 percent"),
    ("slowed-from", "Inflation slowed to 3.2% from 3.7%.", None, "down", "3.7 percent"),
    # "narrowed to $67.4 billion" is the level after the move (the gold sets' "rose to" rows)
    ("narrowed", "The trade deficit narrowed by $2.1 billion to $67.4 billion.", None, "down",
     "2.1 billion USD"),
    ("or-percent", "Average hourly earnings rose by 10 cents, or 0.3 percent, to $32.46.", None,
     "up", "0.3 percent"),
    ("percent-more", "The 2024 budget allots 12% more to health.", None, "up", "12 percent"),
    ("fewer-than", "There were 1.32 million unemployed, 52,000 fewer than a year earlier.", None,
     "down", "52,000 people"),
    ("menos-que", "Las exportaciones sumaron 52.345 millones de dólares, 3,2% menos que en 2022.",
     "es", "down", "3.2 percent"),
    ("twofold", "The fund's assets grew twofold to 1.2 trillion yen.", None, "up", "2"),
    ("puntos-menos", "La tasa se ubicó en 10,3%, 0,5 puntos menos que un año antes.", "es",
     "down", "0.5 percentage_point"),
    ("reduction-after", "The trial found a 30 percent reduction in deaths.", None, "down",
     "30 percent"),
    ("millones-menos-que", "Eran 46,8 millones de pobres, 5,1 millones menos que en 2020.", "es",
     "down", "5.1 million people"),
    ("alza-anual", "Las ventas sumaron 112 mil unidades, un alza anual de 8,2 por ciento.", "es",
     "up", "8.2 percent"),
    ("una-baja", "El dólar cerró en $3.950,50, con una baja de $25,30 en Bogotá.", "es", "down",
     "25.30 COP/USD"),
    ("signed-up", "Payrolls changed little (+49,000) in January.", None, "up", "49,000 count"),
    ("signed-down", "Payrolls changed little (-12,000) in May.", None, "down", "12,000 count"),
    ("subio-puntos", "La inflación subió 0,8 puntos porcentuales en octubre.", "es", "up",
     "0.8 percentage_point"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "direction", "value"), params(list(CHANGES)))  # fmt: skip
def test_changes(text: str, lang: str | None, direction: str, value: str) -> None:
    mention = next(m for m in found(text, lang) if m.value == value)
    assert (mention.kind, mention.direction, mention.value) == ("change", direction, value)


RECORDS = [
    ("lowest-in", "Unemployment hit 3.4%, the lowest in nearly three years.", "lowest"),
    ("record-high", "Remittances reached a record $63 billion.", "record"),
    ("year-high", "Inflation hit a 40-year high of 9.1% in June.", "year high"),
    ("mas-alto", "El desempleo llegó a 12,5%, el nivel más alto desde 2021.", "más alto"),
    ("salario-minimo", "El salario mínimo llegó a 248,93 pesos.", None),
]


@pytest.mark.parametrize(("text", "record"), params(list(RECORDS)))
def test_records(text: str, record: str | None) -> None:
    (mention,) = found(text, None)
    assert mention.record == record


# 7. Spanish compound numbers and abbreviations
SPANISH: list[Row] = [
    ("mil-mdp", "Se destinaron 62 mil 314 mdp al programa.", "es",
     [("62 mil 314 mdp", 62314e6, "MXN")]),
    ("tres-mil-millones", "Fueron tres mil 365 millones de pesos.", "es",
     [("tres mil 365 millones de pesos", 3365e6, "MXN")]),
    ("mil-millones-solo", "Mil millones de personas viven con poco.", "es",
     [("Mil millones de personas", 1e9, "people")]),
    ("un-millon", "Hay un millón de personas sin agua.", "es",
     [("un millón de personas", 1e6, "people")]),
    ("un-millon-600-mil", "Pemex produjo un millón 600 mil barriles diarios.", "es",
     [("un millón 600 mil barriles diarios", 1.6e6, "barrel/day")]),
    ("millones-mil", "Son 2 millones 300 mil personas.", "es",
     [("2 millones 300 mil personas", 2.3e6, "people")]),
    ("billones-mil-millones", "La recaudación sumó 4 billones 500 mil millones de pesos.", "es",
     [("4 billones 500 mil millones de pesos", 4.5e12, "MXN")]),
    ("cien-mil", "Cien mil personas marcharon.", "es", [("Cien mil personas", 1e5, "people")]),
    ("doscientas", "Doscientas personas fueron evacuadas.", "es",
     [("Doscientas personas", 200, "people")]),
    ("ciento-cincuenta", "Ciento cincuenta casas se quemaron.", "es",
     [("Ciento cincuenta casas", 150, "count")]),
    ("trescientos-mil", "Trescientos mil empleos se perdieron.", "es",
     [("Trescientos mil empleos", 3e5, "count")]),
    ("quinientos-millones", "Quinientos millones de dólares se invirtieron.", "es",
     [("Quinientos millones de dólares", 5e8, "USD")]),
    ("mil-quinientos", "Mil quinientos migrantes llegaron.", "es",
     [("Mil quinientos migrantes", 1500, "people")]),
    ("sesenta-y-dos", "Sesenta y dos personas murieron.", "es",
     [("Sesenta y dos personas", 62, "people")]),
    ("mmdd", "La inversión sumó 4,5 mmdd en el año.", "es", [("4,5 mmdd", 4.5e9, "USD")]),
    ("dos-mil", "Llegaron dos mil 400 migrantes a la frontera.", "es",
     [("dos mil 400 migrantes", 2400, "people")]),
    ("billon", "La deuda llegó a 1,2 billones de pesos en Colombia.", "es",
     [("1,2 billones de pesos", 1.2e12, "COP")]),
]  # fmt: skip


# currency codes come from the checker's list and count only in capitals
CODES: list[Row] = [
    ("rupees", "Rs 2,000 crore was allocated to the scheme.", None,
     [("Rs 2,000 crore", 2e10, "INR")]),
    ("code-before", "The fund holds CAD 5 billion in bonds.", None,
     [("CAD 5 billion", 5e9, "CAD")]),
    ("code-after", "It sold 300 million ZAR of debt.", None, [("300 million ZAR", 3e8, "ZAR")]),
    ("lower-case-word", "Five cop cars arrived.", None, [("Five cop", 5, "count")]),
]  # fmt: skip


#: Every table whose rows give the whole list of quantities of their sentence.
WHOLE_LISTS = {"units": UNITS, "forms": FORMS, "rates": RATES, "people": PEOPLE, "names": NAMES,
               "spanish": SPANISH, "codes": CODES}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [param for name, rows in WHOLE_LISTS.items() for param in params(list(rows), f"{name}-")],
)  # fmt: skip
def test_the_sentence_yields_exactly_these_quantities(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
