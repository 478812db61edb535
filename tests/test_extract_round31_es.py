"""Extraction round 31 (issue 15): classes of the errors found reading fresh Spanish texts of
kinds and countries not met before (Costa Rican fuel prices, Venezuelan and Ecuadorian oil,
Mexican crime counts printed "2 mil 87", epidemiological weeks, coffee prices), each written as
sentences of our own with look-alikes (none copied from a text). Each row gives the whole list
of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. Costa Rica's colón: "colones" after the figure, "₡" or "¢" before it (before a figure "¢"
#    is the colón, never a cent: cents are printed after theirs), also when the sign's
#    currency is named again after the figure ("₡640 colones por litro")
COLONES: list[Row] = [
    ("colones-word", "La tarifa del agua subirá 1.250 colones al mes.", "es",
     [("subirá 1.250 colones al mes", 1250, "CRC/month")]),
    ("sign-and-word-per-litre",
     "El litro de diésel pasará de ₡612 colones por litro a ₡640.", "es",
     [("₡612 colones por litro", 612, "CRC/litre"), ("₡640", 640, "CRC/litre")]),
    ("cent-sign-before", "El pasaje de autobús costará ¢385, es decir ¢15 más.", "es",
     [("¢385", 385, "CRC"), ("¢15 más", 15, "CRC")]),
    ("peso-sign-and-word", "El kilo de arroz se vende a $4.200 pesos el kilo en Medellín.", "es",
     [("$4.200 pesos el kilo", 4200, "COP/kilogram")]),
    ("look-alike-cents-after", "Gas rose to 89.9¢ a litre in Toronto.", "en",
     [("89.9¢ a litre", 0.899, "CAD/litre")]),
]  # fmt: skip


@table(COLONES)
def test_costa_rican_colones(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. "$" in a Spanish text on a country whose press prints US dollars so (Venezuela, Ecuador,
#    El Salvador, Panama, Costa Rica) is USD, when it names them more than a peso's country;
#    "pesos" keeps its peso
DOLLAR_SIGN: list[Row] = [
    ("venezuela", "La cesta venezolana cerró la semana en $64,20 por barril, informó Pdvsa.",
     "es", [("$64,20 por barril", 64.20, "USD/barrel")]),
    ("ecuador", "En Guayaquil el quintal de arroz se cotiza en $38.", "es",
     [("$38", 38, "USD/count")]),
    ("look-alike-mexico", "En Monterrey el kilo de tortilla cuesta $24, informó el INEGI.", "es",
     [("$24", 24, "MXN/kilogram")]),
    ("pesos-stay-pesos",
     "En Cúcuta, frontera con Venezuela, los venezolanos pagan 3.000 pesos por el pasaje.", "es",
     [("3.000 pesos", 3000, "COP")]),  # Cúcuta is Colombian (round 34's places of Colombia)
]  # fmt: skip


@table(DOLLAR_SIGN)
def test_dollar_sign_by_country(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. Spanish "mil" composed with one or two digits after it, as the Mexican press prints them
#    unpadded ("2 mil 87" is 2,087, "mil 52" 1,052), also after a spelled thousand ("cuatro mil
#    114 más", which was read from "mil"); a year or a figure after a comma stays apart. The
#    period of an average ("un promedio mensual de") stays with it: the bare figures after it
#    count its noun.
MIL_UNPADDED: list[Row] = [
    ("two-digits", "En marzo se denunciaron 3 mil 45 robos de vehículos.", "es",
     [("3 mil 45 robos", 3045, "count")]),
    ("one-digit", "La dependencia contabilizó mil 7 quejas.", "es",
     [("mil 7 quejas", 1007, "count")]),
    ("spelled-thousand", "Se exportaron 212 mil toneladas, es decir, dos mil 48 más que en 2022.",
     "es", [("212 mil toneladas", 212000, "tonne"), ("dos mil 48 más", 2048, "tonne")]),
    ("three-digits-still", "Hubo 14 mil 880 detenidos.", "es",
     [("14 mil 880 detenidos", 14880, "people")]),
    ("look-alike-comma", "Fueron 5 mil, 40 de ellos menores.", "es",
     [("5 mil", 5000, "count"), ("40", 40, "count")]),
    ("average-then-list",
     "Se registró un promedio mensual de 1 mil 94 homicidios. Guerrero sumó 130 y Sonora 88.",
     "es", [("1 mil 94 homicidios", 1094, "people/month"), ("130", 130, "people"),
            ("88", 88, "people")]),
]  # fmt: skip


@table(MIL_UNPADDED)
def test_mil_with_unpadded_hundreds(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. a number that names a place in a ranking, an oil block, a coffee's yield factor or an
#    epidemiological week is no quantity ("en el lugar 7", "el bloque 31", "factor 94", "FR
#    94", "hasta la semana 20", "Semana Epidemiológica 9"); "cada semana 300 personas" counts
NAMED_NUMBERS: list[Row] = [
    ("rank-place", "Con 41 robos, Colima ocupa el lugar 7 del país.", "es",
     [("41 robos", 41, "count")]),
    ("oil-block", "El bloque 31 produjo 18 mil barriles diarios.", "es",
     [("18 mil barriles diarios", 18000, "barrel/day")]),
    ("coffee-factor", "La carga de café factor 94 se pagó a $2.100.000 en el Quindío.", "es",
     [("$2.100.000", 2100000, "COP")]),
    ("epi-week", "Hasta la semana 20 se acumulan 1.204 casos de dengue.", "es",
     [("1.204 casos", 1204, "count")]),
    ("epi-week-named", "En la Semana Epidemiológica 9 se notificaron 85 casos.", "es",
     [("85 casos", 85, "count")]),
    ("look-alike-every-week", "Cada semana 300 personas cruzan el puente.", "es",
     [("300 personas", 300, "people")]),
]  # fmt: skip


@table(NAMED_NUMBERS)
def test_numbers_that_name(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. barrels a day as the Spanish oil press prints them: "bd" after the figure and "barriles
#    día" without "por"; English "3 bd" (bedrooms) is no rate
BARRELS_A_DAY: list[Row] = [
    ("bd", "El bombeo subió a 815.000 bd en marzo.", "es",
     [("815.000 bd", 815000, "barrel/day")]),
    ("barriles-dia", "La estatal reportó 1,1 millones de barriles día en abril.", "es",
     [("1,1 millones de barriles día", 1.1e6, "barrel/day")]),
    ("look-alike-listing", "The condo has 3 bd and sold for $410,000.", "en",
     [("3 bd", 3, "count"), ("$410,000", 410000, "USD")]),
]  # fmt: skip


@table(BARRELS_A_DAY)
def test_barrels_a_day(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 6. a spelled Spanish count whose noun is left out because the figures around it count it:
#    it ends its clause or is the subject of a copula ("sumó siete;", "siete fueron
#    archivadas"), picks a part of them ("dos de ellos"), or its noun follows its article after a
#    copula ("fueron cinco las carpetas"); not after an article or a determiner ("los dos",
#    "ambos"), not "uno", not without a counted figure before
SPELLED_ALONE: list[Row] = [
    ("partitive", "Detuvieron a nueve personas; cuatro de ellas eran menores.", "es",
     [("nueve personas", 9, "people"), ("cuatro de ellas", 4, "people")]),
    ("clause-end", "Se abrieron 14 expedientes en mayo. Junio sumó nueve; julio, seis.", "es",
     [("14 expedientes", 14, "count"), ("nueve", 9, "count"), ("seis", 6, "count")]),
    ("copula-after", "La Fiscalía abrió doce carpetas y ocho fueron archivadas.", "es",
     [("doce carpetas", 12, "count"), ("ocho", 8, "count")]),
    ("noun-after-article", "Solo fueron tres los heridos del accidente.", "es",
     [("tres los heridos", 3, "people")]),
    ("look-alike-determiner", "Los dos candidatos debatieron; ambos prometieron empleo.", "es",
     [("dos candidatos", 2, "people")]),
    ("look-alike-no-figure", "El alcalde llegó tarde a la sesión; al final quedaron dos.", "es",
     []),
]  # fmt: skip


@table(SPELLED_ALONE)
def test_spelled_counts_without_their_noun(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. Spanish feminine plurals of people ("fallecidas", "trabajadoras", "detenidas") count people,
#    and the bare figure after them carries people; "heridas" (also wounds) stays a count
FEMININE_PEOPLE: list[Row] = [
    ("fallecidas", "El brote dejó 41 fallecidas y 1 mil 20 contagios; suman 310.", "es",
     [("41 fallecidas", 41, "people"), ("1 mil 20 contagios", 1020, "count"),
      ("310", 310, "count")]),
    ("trabajadoras", "La maquila emplea a 3.400 trabajadoras.", "es",
     [("3.400 trabajadoras", 3400, "people")]),
    ("then-bare", "Hubo 15 detenidas; ayer fueron liberadas 9.", "es",
     [("15 detenidas", 15, "people"), ("9", 9, "people")]),
    ("look-alike-wounds", "El cuerpo presentaba 3 heridas de bala.", "es",
     [("3 heridas", 3, "count")]),
]  # fmt: skip


@table(FEMININE_PEOPLE)
def test_feminine_people_nouns(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. Colombian coffee prices: per "carga" (125 kg) and "arroba" (12.5 kg), per count as the gold
#    labels write it, also when the carga is the sentence's subject with its size between ("La
#    carga de café de 125 kilos cerró en …"); the millions marked with an apostrophe
#    ("$1’300.000"); a tail in thousands after "millones" ("$2 millones 700.000 pesos")
COFFEE_PRICES: list[Row] = [
    ("per-arroba", "En Pereira la arroba se pagó a $118.000 pesos la arroba.", "es",
     [("$118.000 pesos la arroba", 118000, "COP/count")]),
    ("per-carga", "Los caficultores del Huila vendieron a $1.480.000 la carga.", "es",
     [("$1.480.000 la carga", 1480000, "COP/count")]),
    ("subject-with-size",
     "En el Quindío, la carga de café de 125 kilos cerró en $1.655.000.", "es",
     [("125 kilos", 125, "kilogram"), ("$1.655.000", 1655000, "COP/count")]),
    ("apostrophe-millions", "En Bogotá el arriendo subió de $1’150.000 a $1′240.000.", "es",
     [("subió de $1’150.000", 1150000, "COP"), ("$1′240.000", 1240000, "COP")]),
    ("millones-grouped-tail", "En Medellín el lote se vendió en $3 millones 450.000 pesos.", "es",
     [("$3 millones 450.000 pesos", 3450000, "COP")]),
    ("look-alike-cargas-counted", "En el Huila se cosecharon 300 cargas.", "es",
     [("300 cargas", 300, "count")]),
    ("look-alike-two-figures", "Se vendieron 3 millones, 450.000 de ellos en Cali.", "es",
     [("3 millones", 3e6, "count"), ("450.000", 450000, "count")]),
]  # fmt: skip


@table(COFFEE_PRICES)
def test_coffee_prices(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 9. Spanish spans closed by "al"/"a": "del 7 al 9 por ciento", "entre los 11 a 14 grados" are
#    ranges (the first bound was lost, or read apart); a move's "del … al" and "pasar de … a"
#    stay a move's start and its level, and "del 7 al 9 de mayo" stays a date
SPANISH_SPANS: list[Row] = [
    ("del-al", "El banco prevé un crecimiento del 2 al 3 por ciento.", "es",
     [("2 al 3 por ciento", 2.5, "percent")]),
    ("entre-a", "Las mínimas oscilarán entre los 8 a 12 grados.", "es",
     [("entre los 8 a 12 grados", 10, "degree_Celsius")]),
    ("look-alike-date", "La consulta será del 7 al 9 de mayo.", "es", []),
    ("look-alike-pasar", "La tasa pasó del 4,1% al 4,6% en junio.", "es",
     [("4,1%", 4.1, "percent"), ("4,6%", 4.6, "percent")]),
]  # fmt: skip


@table(SPANISH_SPANS)
def test_spanish_spans(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 10. small Spanish forms: a fuel's grade ("Súper 95", "93 octanos") is no quantity; the
#     preposition "a" before "millones" is no figure ("a millones de trabajadores"); degrees
#     after "a"/"at" are a reading ("viajan a 3 grados"), a warming's stay a difference
SMALL_FORMS: list[Row] = [
    ("fuel-grade", "En Montevideo la nafta Súper 95 costará 78,4 pesos uruguayos.", "es",
     [("78,4 pesos uruguayos", 78.4, "UYU")]),
    ("octanos", "La bencina de 97 octanos subirá $14 por litro, informó la ENAP.", "es",
     [("subirá $14 por litro", 14, "CLP/litre")]),
    ("a-millones", "La reforma beneficiará a millones de familias y costará 2 mil millones de pesos.",
     "es", [("2 mil millones de pesos", 2e9, "MXN")]),
    ("degrees-at", "Las vacunas se conservan a 5 grados centígrados.", "es",
     [("5 grados centígrados", 5, "degree_Celsius")]),
    ("look-alike-warming", "El acuerdo busca limitar el calentamiento a 1,5 grados.", "es",
     [("1,5 grados", 1.5, "delta_degree_Celsius")]),
    ("look-alike-price", "La súper subirá a 95 pesos el litro.", "es",
     [("95 pesos el litro", 95, "MXN/litre")]),
]  # fmt: skip


@table(SMALL_FORMS)
def test_small_spanish_forms(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. a percent under a hundred printed with three decimals ("50.165 %", as Peru's ONPE prints
#     vote shares) makes the text's points decimal (was 50,165%), when the text has no decimal
#     comma and no point-grouped millions; "12.000%" (a round thousand) and a text that groups
#     its millions with points keep the points as thousands
THREE_DECIMALS: list[Row] = [
    ("onpe", "Al 90.512 % de actas contabilizadas, el candidato obtiene 50.338 % de los votos.",
     "es", [("90.512 %", 90.512, "percent"), ("50.338 %", 50.338, "percent")]),
    ("with-commas", "Suma 7,120,455 votos, el 51.402% del total.", "es",
     [("7,120,455 votos", 7120455, "count"), ("51.402%", 51.402, "percent")]),
    ("look-alike-thousands", "Los precios subieron 12.000% desde 2016.", "es",
     [("subieron 12.000%", 12000, "percent")]),
    ("look-alike-point-millions", "Fueron 1.250.300 votos; la inflación llegó a 65.374%.", "es",
     [("1.250.300 votos", 1250300, "count"), ("65.374%", 65374, "percent")]),
]  # fmt: skip


@table(THREE_DECIMALS)
def test_three_decimal_percents(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. Honduran and Guatemalan prices: "$" is USD in a text on Honduras or Guatemala (or that
#     prints lempiras), "L1,000" is lempiras in a text on Honduras, a price per "quintal" is per
#     count; the subject's size ("el quintal de 46 kilogramos") and a move's start ("pasó de
#     124 a 145 dólares") do not hide the subject from the price
CENTRAL_AMERICA: list[Row] = [
    ("dollar-honduras", "El Ihcafé reportó un precio de $ 152 por quintal.", "es",
     [("$ 152 por quintal", 152, "USD/count")]),
    ("lempira-letter", "En Tegucigalpa el productor recibe L1,150 por el grano.", "es",
     [("L1,150", 1150, "HNL")]),
    ("subject-size-move",
     "En Honduras el quintal de 46 kilogramos pasó de 131 a 158 dólares.", "es",
     [("46 kilogramos", 46, "kilogram"), ("131", 131, "USD/count"),
      ("158 dólares", 158, "USD/count")]),
    ("look-alike-mexico-litre", "El litro de leche pasó de 22 a 25 pesos en Puebla.", "es",
     [("22", 22, "MXN/litre"), ("25 pesos", 25, "MXN/litre")]),
    ("look-alike-l-elsewhere", "La tienda L1 vendió 300 piezas en Lima.", "es",
     [("300 piezas", 300, "count")]),
]  # fmt: skip


@table(CENTRAL_AMERICA)
def test_central_american_prices(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. a participle of recording after a bare figure ("registrados", "reportadas",
#     "acumulados") is not what it counts: the figure carries the unit named before it
RECORDED: list[Row] = [
    ("rain", "Llovieron 85 milímetros, que se suman a los 60 registrados el lunes.", "es",
     [("85 milímetros", 85, "millimetre"), ("60", 60, "millimetre")]),
    ("money", "Las ventas sumaron 410 millones de dólares, frente a 380 millones registrados "
     "un año antes.", "es",
     [("410 millones de dólares", 410e6, "USD"), ("380 millones", 380e6, "USD")]),
    ("look-alike-noun", "Se inscribieron 40 votantes y 12 observadores.", "es",
     [("40 votantes", 40, "people"), ("12 observadores", 12, "count")]),
]  # fmt: skip


@table(RECORDED)
def test_participles_of_recording(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 14. a spelled tail after "millones" ("708 millones seis mil 731 pesos", "un millón doscientos
#     mil"), Peru's "1 sol", and no noun counted from the next line ("Keiko Fujimori 8′358,888"
#     ending its line)
SMALL_FORMS_2: list[Row] = [
    ("spelled-tail", "Obras Públicas tendrá 512 millones nueve mil 310 pesos.", "es",
     [("512 millones nueve mil 310 pesos", 512009310, "MXN")]),
    ("spelled-thousands-tail", "Hay un millón doscientos mil usuarios.", "es",
     [("un millón doscientos mil usuarios", 1.2e6, "people")]),
    ("one-sol", "El menú subió 1 sol en Lima.", "es", [("subió 1 sol", 1, "PEN")]),
    ("line-end", "Votos válidos\nCandidata A 8′358,888\nCandidato B 8′354,217", "es",
     [("8′358,888", 8358888, "count"), ("8′354,217", 8354217, "count")]),
]  # fmt: skip


@table(SMALL_FORMS_2)
def test_small_spanish_forms_2(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 15. "el número de X" names what a bare level counts also across its move in percent ("el
#     número de operaciones decreció un 0.68 % hasta las 11.76 millones" took the dollars of the
#     sentence before)
NUMBER_OF: list[Row] = [
    ("across-percent",
     "Llegaron 4,120 millones de dólares. El número de envíos bajó un 1.2 % hasta los 10.9 "
     "millones.", "es",
     [("4,120 millones de dólares", 4.12e9, "USD"), ("bajó un 1.2 %", 1.2, "percent"),
      ("10.9 millones", 10.9e6, "count")]),
    ("english", "Exports hit $4 billion. The number of shipments rose 3.5% to 1.2 million.", "en",
     [("$4 billion", 4e9, "USD"), ("rose 3.5%", 3.5, "percent"), ("1.2 million", 1.2e6, "count")]),
    ("look-alike-clause",
     "Llegaron 4,120 millones de dólares. El número de envíos bajó un 1.2 %; las remesas en "
     "efectivo sumaron 10.9 millones.", "es",
     [("4,120 millones de dólares", 4.12e9, "USD"), ("bajó un 1.2 %", 1.2, "percent"),
      ("10.9 millones", 10.9e6, "USD")]),
]  # fmt: skip


@table(NUMBER_OF)
def test_number_of_across_a_percent(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 16. money per a sum of money: "50 centavos por cada 100 pesos" (the lead's open form) is one
#     rate per N of a currency, written as the per-capita rates are ("MXN/100 MXN")
MONEY_PER_MONEY: list[Row] = [
    ("centavos-per-pesos", "El banco cobra 80 centavos por cada 100 pesos prestados.", "es",
     [("80 centavos por cada 100 pesos", 0.8, "MXN/100 MXN")]),
    ("per-thousand", "El impuesto será de 3 pesos por cada mil pesos de valor.", "es",
     [("3 pesos por cada mil pesos", 3, "MXN/1000 MXN")]),
    ("look-alike-people", "Hubo 12 robos por cada 100 mil habitantes.", "es",
     [("12 robos por cada 100 mil habitantes", 12, "count/100000 people")]),
]  # fmt: skip


@table(MONEY_PER_MONEY)
def test_money_per_money(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_record_words_elevada_and_violento() -> None:
    """ "la cifra más elevada" (the lead's open form), "el semestre más violento", "los más
    altos": record phrases of the Spanish press; a sentence without one stays a plain figure."""
    from figcheck.draft.extract import extract_mentions

    for text, record in [
        ("Se abrieron 2 mil 640 carpetas, la cifra más elevada desde 1997.", "más elevada"),
        ("Fue el semestre más violento, con 14 mil 603 asesinatos.", "más violento"),
        ("Los precios llegaron a 48 pesos, los más altos del año.", "más altos"),
        ("Se abrieron 2 mil 640 carpetas en octubre.", None),
    ]:
        (mention,) = extract_mentions(text, lang="es")
        assert mention.record == record, text


# 17. the euro sign after the figure ("10 €", "12€ el kilo"), and "M€" (millions of euros) as
#     the Spanish sports press prints transfer fees ("167,5M€", "3,5 M€")
EURO_AFTER: list[Row] = [
    ("euro-after", "La entrada cuesta 10 € y el abono 120 €.", "es",
     [("10 €", 10, "EUR"), ("120 €", 120, "EUR")]),
    ("m-euro", "El club pagó 167,5M€ por cuatro fichajes y el Betis 3,5 M€.", "es",
     [("167,5M€", 167.5e6, "EUR"), ("cuatro fichajes", 4, "count"), ("3,5 M€", 3.5e6, "EUR")]),
    ("per-kilo", "El jamón cuesta 12€ el kilo.", "es", [("12€ el kilo", 12, "EUR/kilogram")]),
    ("look-alike-metres", "La pared mide 5 metros y costó 300 €.", "es",
     [("5 metros", 5, "metre"), ("300 €", 300, "EUR")]),
]  # fmt: skip


@table(EURO_AFTER)
def test_euro_sign_after(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
