"""Extraction round 34 (issue 15): classes of the misses of the Spanish development set dev34,
each written as sentences of our own with look-alikes (none copied from a text). Each row gives
the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. A Spanish forecast: "las extremas serán de 8 y 17 grados" names its readings (the day's
#    minimum and maximum), like "máximas"; a bare figure followed by "de mínima" or "de máxima"
#    is a reading in degrees, whatever unit the sentence printed last ("Caerán 20 milímetros,
#    con 6 de mínima"); "subió 2 grados" stays a difference
FORECASTS: list[Row] = [
    ("extremas", "Para el jueves las extremas serán de 8 y 17 grados.", "es",
     [("8", 8, "degree_Celsius"), ("17 grados", 17, "degree_Celsius")]),
    ("extremas-de", "El viernes se esperan extremas de 4 y 11 grados en Talca.", "es",
     [("4", 4, "degree_Celsius"), ("11 grados", 11, "degree_Celsius")]),
    ("de-minima-de-maxima", "Caerán 20 milímetros, con 6 de mínima y 15 de máxima.", "es",
     [("20 milímetros", 20, "millimetre"), ("6 de mínima", 6, "degree_Celsius"),
      ("15 de máxima", 15, "degree_Celsius")]),
    ("look-alike-change", "La temperatura subió 2 grados respecto de ayer.", "es",
     [("subió 2 grados", 2, "delta_degree_Celsius")]),
    ("look-alike-de-maxima-seguridad", "Hay 30 presos de máxima seguridad en el penal.", "es",
     [("30 presos", 30, "people")]),
]  # fmt: skip


@table(FORECASTS)
def test_forecasts(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 2. Spanish "a la hora", "a la semana", "al día": a rate per a time, like "por hora" ("vientos
#    de 60 kilómetros a la hora"); "a la hora de votar" names no rate
PER_TIME: list[Row] = [
    ("a-la-hora", "Las rachas alcanzarán hasta 90 kilómetros a la hora en la costa.", "es",
     [("hasta 90 kilómetros a la hora", 90, "kilometre/hour")]),
    ("range-a-la-hora", "Habrá vientos entre 30 y 55 kilómetros a la hora.", "es",
     [("entre 30 y 55 kilómetros a la hora", 42.5, "kilometre/hour")]),
    ("a-la-semana", "Los camiones recorren 1.200 kilómetros a la semana.", "es",
     [("1.200 kilómetros a la semana", 1200, "kilometre/week")]),
    ("look-alike-a-la-hora-de", "Pagó 500 pesos a la hora de salir de México.", "es",
     [("500 pesos", 500, "MXN")]),
]  # fmt: skip


@table(PER_TIME)
def test_per_time(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 3. Points of a share: in a text that prints its shares in percent, a move in "puntos" (a
#    change word before it, or "por encima"/"por debajo" after it) is in percentage points,
#    also when the percent is further than the next clause ("La izquierda baja 2 puntos.");
#    "un punto" after a bound or a move word ("más de un punto", "inferior a un punto", "la
#    pérdida de un punto") is one point; points of a table or an index stay what they were
POINTS: list[Row] = [
    ("move-far-from-percent",
     "El oficialismo obtiene el 38% de los votos. La oposición crece frente a junio. "
     "Los verdes bajan 2 puntos.", "es",
     [("38%", 38, "percent"), ("bajan 2 puntos", 2, "percentage_point")]),
    ("above", "El PSOE marca el 27,5% y queda más de cuatro puntos por encima del PP.", "es",
     [("27,5%", 27.5, "percent"), ("más de cuatro puntos", 4, "percentage_point")]),
    ("un-punto", "El partido tiene el 14,2%, tras la pérdida de más de un punto en un mes.", "es",
     [("14,2%", 14.2, "percent"), ("más de un punto", 1, "percentage_point")]),
    ("inferior-a-un-punto", "Cae al 19,8%, un descenso inferior a un punto.", "es",
     [("19,8%", 19.8, "percent"), ("un punto", 1, "percentage_point")]),
    ("look-alike-table", "El líder sumó 3 puntos más y bajó 2 puntos su rival.", "es",
     [("3 puntos más", 3, "count"), ("bajó 2 puntos", 2, "count")]),
    ("look-alike-index", "El 40% de las acciones subió y el índice ganó 150 puntos.", "es",
     [("40%", 40, "percent"), ("ganó 150 puntos", 150, "")]),
    ("look-alike-un-punto-de", "Con el 20% del mercado, abrió un punto de venta.", "es",
     [("20%", 20, "percent")]),
]  # fmt: skip


@table(POINTS)
def test_points(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 4. A figure's own noun beats the unit a list shares ("12 personas muertas y 4.512 casos":
#    cases are things); the affected of a disaster or an epidemic ("afectados") are people
OWN_NOUN: list[Row] = [
    ("own-noun-after-people", "Hubo 12 personas muertas y 4.512 casos de cólera en Haití.", "es",
     [("12 personas", 12, "people"), ("4.512 casos", 4512, "count")]),
    ("afectados", "Las lluvias dejaron alrededor de 900 afectados en Piura.", "es",
     [("alrededor de 900 afectados", 900, "people")]),
    ("look-alike-shared", "Murieron 12 personas y 30 resultaron heridas.", "es",
     [("12 personas", 12, "people"), ("30", 30, "people")]),
]  # fmt: skip


@table(OWN_NOUN)
def test_own_noun(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 5. A verb after a scale word is no noun it counts ("2,1 millones correspondieron a …"): the
#    figure is bare and takes the unit of the figure before it
VERB_AFTER_SCALE: list[Row] = [
    ("correspondieron",
     "Se produjeron 5,4 millones de toneladas, de las que 2,1 millones correspondieron a la "
     "estatal.", "es",
     [("5,4 millones de toneladas", 5.4e6, "tonne"), ("2,1 millones", 2.1e6, "tonne")]),
    ("fueron", "Llegaron 3 millones de turistas; 1,2 millones fueron extranjeros.", "es",
     [("3 millones de turistas", 3e6, "people"), ("1,2 millones fueron extranjeros", 1.2e6, "people")]),
    ("look-alike-noun", "Se vendieron 2 millones de autos y 3 millones motocicletas.", "es",
     [("2 millones de autos", 2e6, "count"), ("3 millones motocicletas", 3e6, "count")]),
]  # fmt: skip


@table(VERB_AFTER_SCALE)
def test_verb_after_scale(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. Numbers that name: a case number after "No."/"Nº"/"núm." ("Expediente No. 1230-2015"), a
#    numbered line, route, district or trunk ("la Línea 9", "la troncal 4", "Distrito 2"), an
#    ordinal printed with a degree sign ("el 32° Encuentro"); a figure after such a name stays
NAMES: list[Row] = [
    ("case-number", "Expediente No. 1230-2015, resuelto por la Corte.", "es", []),
    ("numero-abbrev", "La sentencia núm. 47 fue publicada.", "es", []),
    ("line-number", "La Línea 9 transportó 20 millones de pasajeros.", "es",
     [("20 millones de pasajeros", 2e7, "people")]),
    ("trunk-number", "Falta terminar la troncal 4 de la Metrovía.", "es", []),
    ("ordinal-degree", "Se realiza el 32° Encuentro Nacional de Mujeres.", "es", []),
    ("look-alike-degrees", "La máxima será de 32° en Resistencia.", "es",
     [("32°", 32, "degree_Celsius")]),
    ("look-alike-lines", "El Metro opera 12 líneas y 195 estaciones.", "es",
     [("12 líneas", 12, "count"), ("195 estaciones", 195, "count")]),
]  # fmt: skip


@table(NAMES)
def test_names(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 7. Nights of a stay are days ("una estadía de 3,1 noches", "four nights")
NIGHTS: list[Row] = [
    ("noches", "La estadía promedio fue de 3,1 noches en la costa.", "es",
     [("3,1 noches", 3.1, "day")]),
    ("nights", "Guests stayed an average of 2.4 nights in June.", "en",
     [("an average of 2.4 nights", 2.4, "day")]),
]  # fmt: skip


@table(NIGHTS)
def test_nights(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 8. A move in points after another move in points in the sentence before ("… sube 3 puntos
#    porcentuales y el Partido Nacional 2. Los colorados bajan 2 puntos."); a spelled gap after
#    "más de" with "por encima"/"por debajo" takes the points of the figure before ("la pérdida
#    de más de un punto y situarse a más de ocho por debajo")
MORE_POINTS: list[Row] = [
    ("move-after-move",
     "El oficialismo tiene 41% y la oposición un 33%. Frente a mayo, los socialistas suben "
     "4 puntos porcentuales y los verdes 1. Los liberales bajan 3 puntos.", "es",
     [("41%", 41, "percent"), ("33%", 33, "percent"),
      ("suben 4 puntos porcentuales", 4, "percentage_point"), ("1", 1, "percentage_point"),
      ("bajan 3 puntos", 3, "percentage_point")]),
    ("spelled-gap", "Con el 9,5%, pierde más de un punto y queda a más de seis por debajo.", "es",
     [("9,5%", 9.5, "percent"), ("más de un punto", 1, "percentage_point"),
      ("más de seis", 6, "percentage_point")]),
    ("look-alike-spelled-de", "Con el 9,5%, el partido es uno de los seis mayores.", "es",
     [("9,5%", 9.5, "percent")]),
]  # fmt: skip


@table(MORE_POINTS)
def test_more_points(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 9. A demonstrative after a bare figure opens a time or a thing named after it, never the noun
#    it counts: "de 250 el año pasado a 262 este año" (the brief's open form: the bare figure
#    takes the unit named before); a Spanish move verb's "de X a Y" counts its subject, as
#    "pasar de X a Y" does ("Las víctimas subieron de 30 a 41")
DEMONSTRATIVES: list[Row] = [
    ("este-ano", "Los homicidios pasaron de 250 el año pasado a 262 este año en Colima.", "es",
     [("250", 250, "people"), ("262", 262, "people")]),
    ("esta-semana", "Las víctimas subieron de 30 a 41 esta semana.", "es",
     [("subieron de 30", 30, "people"), ("41", 41, "people")]),
]  # fmt: skip


@table(DEMONSTRATIVES)
def test_demonstratives(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. Money: "céntimos" are hundredths of the euro (of the sol in a text that prints soles); a
#     unit printed after both bounds of "entre … y" does not part the range; Spanish "por" and
#     one thing in the singular ending its phrase is a rate per a thing ("hectáreas por
#     finca", "dólares por acción"), not "por concepto de"
MONEY_AND_RATES: list[Row] = [
    ("centimos-euro", "El cordero se paga a ochenta céntimos por kilo en Huesca.", "es",
     [("ochenta céntimos por kilo", 0.8, "EUR/kilogram")]),
    ("centimos-sol", "El pasaje subió 50 céntimos y quedó en 3 soles.", "es",
     [("subió 50 céntimos", 0.5, "PEN"), ("3 soles", 3, "PEN")]),
    ("range-repeated-unit", "La multa va entre cinco quetzales y cien quetzales por cada día.",
     "es", [("entre cinco quetzales y cien quetzales por cada día", 52.5, "GTQ/day")]),
    ("look-alike-move-to", "Las acciones subieron 34p a 249p.", "en",
     [("subieron 34p", 0.34, "GBP/count"), ("249p", 2.49, "GBP/count")]),
    ("por-finca", "Hay un promedio de 3,8 hectáreas por finca en el Cesar.", "es",
     [("3,8 hectáreas por finca", 3.8, "hectare/count")]),
    ("por-accion", "La empresa pagó 2 dólares por acción, según el informe.", "es",
     [("2 dólares por acción", 2, "USD/count")]),
    ("look-alike-por-concepto", "Pagó 500 dólares por concepto de multa.", "es",
     [("500 dólares", 500, "USD")]),
]  # fmt: skip


@table(MONEY_AND_RATES)
def test_money_and_rates(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. The class of a dwelling ("los departamentos de dos ambientes") counts nothing; the rooms
#     of many dwellings do ("40 viviendas con 120 dormitorios")
DWELLINGS: list[Row] = [
    ("ambientes", "El alquiler subió 30% para los departamentos de dos ambientes.", "es",
     [("subió 30%", 30, "percent")]),
    ("usado-de-tres", "Para un departamento usado de tres ambientes se piden $23.000.", "es",
     [("$23.000", 23000, "MXN")]),
    ("look-alike-rooms", "Se construyeron 40 viviendas con 120 dormitorios.", "es",
     [("40 viviendas", 40, "count"), ("120 dormitorios", 120, "count")]),
]  # fmt: skip


@table(DWELLINGS)
def test_dwellings(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 12. The pesos of a text on Colombia's Caribbean coast or its coffee growers ("caficultores",
#     "Valledupar"), and of a text on Argentina's provinces ("Mar del Plata", "Tucumán")
PESOS: list[Row] = [
    ("valledupar", "En Valledupar los caficultores venden la carga a 445 mil pesos.", "es",
     [("445 mil pesos", 445000, "COP")]),
    ("tucuman", "En Tucumán el alquiler promedio es de $16.000.", "es",
     [("$16.000", 16000, "ARS")]),
    ("look-alike-mexico", "En Veracruz los cafeticultores venden a 9 pesos.", "es",
     [("9 pesos", 9, "MXN")]),
]  # fmt: skip


@table(PESOS)
def test_pesos(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 13. Spanish inverts a price and its unit ("Los 6 pesos alcanzó el kilogramo de café", "30
#     pesos cuesta el litro"): a rate per the unit named after the verb; an average's period
#     before "fue de" ("su afluencia promedio mensual fue de 132.8 millones de usuarios") makes
#     a rate per that period; two spelled counts a step apart joined by "o" ("dos o tres
#     camiones") are a range
INVERTED: list[Row] = [
    ("price-verb-unit", "Los 8 pesos alcanzó el kilogramo de limón en Colima.", "es",
     [("8 pesos", 8, "MXN/kilogram")]),
    ("cuesta-el-litro", "Hoy 30 pesos cuesta el litro.", "es", [("30 pesos", 30, "MXN/litre")]),
    ("look-alike-day", "Pagó 500 pesos el martes en Colima.", "es", [("500 pesos", 500, "MXN")]),
    ("average-fue-de", "Su afluencia promedio mensual fue de 40 millones de usuarios.", "es",
     [("40 millones de usuarios", 4e7, "people/month")]),
    ("o-range", "Llegaron dos o tres camiones al puerto.", "es",
     [("dos o tres camiones", 2.5, "count")]),
    ("look-alike-o-apart", "Tiene 5 o 9 por ciento.", "es",
     [("5", 5, "percent"), ("9 por ciento", 9, "percent")]),
]  # fmt: skip


@table(INVERTED)
def test_inverted(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


def test_a_thing_read_as_a_unit_keeps_its_noun() -> None:
    """ "3 cargas" (a coffee load, read as a unit of count) keeps "cargas" as the noun it counts
    (the brief's open form: it lost its noun)."""
    from figcheck.draft.extract import extract_mentions

    (mention,) = extract_mentions("Se vendieron 3 cargas de café en Manizales.", lang="es")
    assert (mention.text, mention.unit, mention.noun) == ("3 cargas", "count", "cargas")
