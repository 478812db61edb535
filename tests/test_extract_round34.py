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
