"""Extraction round 28 (issue 15): classes of errors found by reading fresh real texts of kinds
the gold sets lack (fuel prices, bank and company results, central banks, elections, markets),
each written as sentences of our own with look-alikes (none copied from a text read). Each row
gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. "$", "pesos" and "Rs" by the country a text names: Uruguay's pesos (UYU), Jamaica's dollar
#    (JMD), Pakistan's and Sri Lanka's rupees (PKR, LKR); "UY$" and "J$" print them; a text
#    naming India, or no country, keeps the Indian rupee
CURRENCY_COUNTRIES: list[Row] = [
    ("uruguay-pesos", "En Uruguay la nafta súper costará 81,40 pesos por litro desde el lunes.", "es",
     [("81,40 pesos por litro", 81.4, "UYU/litre")]),
    ("uruguay-sign", "La Ursea fijó el gasoil en $ 52,10 por litro.", "es",
     [("$ 52,10 por litro", 52.1, "UYU/litre")]),
    ("uy-sign", "El supergás quedará en UY$ 70,15 por kilo.", "es",
     [("UY$ 70,15 por kilo", 70.15, "UYU/kilogram")]),
    ("pesos-uruguayos", "El kilo de tomate cuesta 45 pesos uruguayos en la feria.", "es",
     [("45 pesos uruguayos", 45, "UYU/kilogram")]),
    ("jamaica-dollar", "In Jamaica, carrots sold for $250 per kilogram.", "en",
     [("$250 per kilogram", 250, "JMD/kilogram")]),
    ("j-sign", "Farmers were paid J$380 per pound for pimento.", "en",
     [("J$380 per pound", 380, "JMD/pound")]),
    ("pakistan-rs", "Pakistan raised the price of petrol by Rs9.66 per litre.", "en",
     [("Rs9.66 per litre", 9.66, "PKR/litre")]),
    ("islamabad-rs", "OGRA in Islamabad proposed an increase of Rs 4.50 in diesel.", "en",
     [("increase of Rs 4.50", 4.5, "PKR")]),
    ("sri-lanka-rupees", "Sri Lanka's largest hospital group earned 4.2 billion rupees in profit.",
     "en", [("4.2 billion rupees", 4.2e9, "LKR")]),
    ("look-alike-delhi", "In Delhi, petrol costs Rs 96.72 per litre.", "en",
     [("Rs 96.72 per litre", 96.72, "INR/litre")]),
    ("look-alike-no-country", "The phone costs Rs 12,000 in stores.", "en",
     [("Rs 12,000", 12000, "INR")]),
    ("look-alike-mexico", "En México el kilo de tomate cuesta 45 pesos.", "es",
     [("45 pesos", 45, "MXN/kilogram")]),
]  # fmt: skip


@table(CURRENCY_COUNTRIES)
def test_currencies_by_the_country_named(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. Kenya's shilling printed as a word after the figure ("14.2 billion shillings") or "Sh." /
#    "Sh" spaced before it ("Sh. 22.6 billion"), in a text that names Kenya; in a text that does
#    not, a shilling is no currency
SHILLINGS: list[Row] = [
    ("shillings-after", "Kenya's largest lender made a net profit of 14.2 billion shillings in the half.",
     "en", [("14.2 billion shillings", 14.2e9, "KES")]),
    ("one-shilling-per-share", "The Nairobi bank will pay a dividend of one shilling per share.", "en",
     [("one shilling per share", 1, "KES/count")]),
    ("sh-dot", "Equity Group in Kenya posted a net profit of Sh. 22.6 billion, up from Sh. 19.1 billion.",
     "en", [("Sh. 22.6 billion", 22.6e9, "KES"), ("up from Sh. 19.1 billion", 19.1e9, "KES")]),
    ("sh-spaced", "The county in Kenya got Sh 3.4 billion.", "en",
     [("Sh 3.4 billion", 3.4e9, "KES")]),
    ("look-alike-no-kenya", "In 1950 a pint of beer in London cost two shillings.", "en",
     [("two shillings", 2, "count")]),
]  # fmt: skip


@table(SHILLINGS)
def test_kenya_shillings_spelt_or_spaced(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. cents printed "c" glued to the figure ("81c a litre", "12c a share"), "¢", "cpl" (cents per
#    litre) or "cents-per-litre": hundredths of the text's money (its dollar, the rand in a text
#    on South Africa), never degrees; a lower-case "c" after a temperature word stays Celsius
CENTS: list[Row] = [
    ("c-per-l", "In Gauteng, South Africa, paraffin goes up by 38,4c/l on Wednesday.", "en",
     [("up by 38,4c/l", 0.384, "ZAR/litre")]),
    ("c-a-share", "The lender will pay a final dividend of 12c a share, up from 9c.", "en",
     [("12c a share", 0.12, "USD/count"), ("up from 9c", 0.09, "USD/count")]),
    ("cpl", "Fuel prices in Brisbane averaged 162.3cpl last week.", "en",
     [("162.3cpl", 1.623, "AUD/litre")]),
    ("cent-sign", "Queensland motorists paid 171.9¢ a litre, up 4.2¢.", "en",
     [("171.9¢ a litre", 1.719, "AUD/litre"), ("up 4.2¢", 0.042, "AUD/litre")]),
    ("cents-per-litre", "The ACCC said prices fell to 139.5 cents-per-litre in Melbourne.", "en",
     [("139.5 cents-per-litre", 1.395, "AUD/litre")]),
    ("cents-of-the-dollar", "Sydney motorists paid 9 cents a litre more.", "en",
     [("9 cents a litre", 0.09, "AUD/litre")]),
    ("look-alike-mercury", "The mercury hit 38c in Adelaide.", "en",
     [("38c", 38, "degree_Celsius")]),
    ("look-alike-temperatures", "Temperatures reached 29c in Perth on Friday.", "en",
     [("29c", 29, "degree_Celsius")]),
    # round 30: "sweltered at 31c" is a reading (degree_Celsius); the row's point, degrees and
    # not cents in a text without money, holds
    ("look-alike-no-money", "The town sweltered at 31c on Tuesday.", "en",
     [("31c", 31, "degree_Celsius")]),
]  # fmt: skip


@table(CENTS)
def test_cents_glued_or_signed(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. a Spanish price of "el kilo(gramo)/litro de …" named as the subject further back (sixteen
#    tokens or more, a percent move between), and the list of prices that follows it in the
#    sentence ("la costilla en $165.50; el chambarete $142"): all per that unit; a box, or a
#    currency priced before, is not
SUBJECT_PRICES: list[Row] = [
    ("far-subject", "En el mercado, el kilogramo de pechuga de pollo sin hueso, la de mejor calidad, "
     "se vende en 132 pesos.", "es", [("132 pesos", 132, "MXN/kilogram")]),
    ("list-of-cuts", "En la carnicería, el kilo de arrachera se ofrece a 310 pesos, la costilla en "
     "$165.50; el chambarete $142 y la falda en 158 pesos.", "es",
     [("310 pesos", 310, "MXN/kilogram"), ("$165.50", 165.5, "MXN/kilogram"),
      ("$142", 142, "MXN/kilogram"), ("158 pesos", 158, "MXN/kilogram")]),
    ("percent-between", "El litro de aceite subió un 9.5%, por lo que ya cuesta 48 pesos.", "es",
     [("subió un 9.5%", 9.5, "percent"), ("48 pesos", 48, "MXN/litre")]),
    ("look-alike-box", "El kilo de cebolla se vende a 32 pesos y la caja a 410 pesos.", "es",
     [("32 pesos", 32, "MXN/kilogram"), ("410 pesos", 410, "MXN")]),
    # (drafts33: "el yen en 0.15 pesos" names the yen right before its price: pesos per yen, as
    # "cerró en" reads the pound's; it was read as a sum of pesos before)
    ("look-alike-currency", "La libra esterlina cerró en 25.10 pesos y el yen en 0.15 pesos.", "es",
     [("25.10 pesos", 25.1, "MXN/GBP"), ("0.15 pesos", 0.15, "MXN/JPY")]),
]  # fmt: skip


@table(SUBJECT_PRICES)
def test_prices_of_a_subject_unit_and_their_list(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. a lone digit after "del" names a Mexican cut of meat ("el bistec del 7", "las chuletas del
#    7 y 0"), not a figure; "del 7 al 9 por ciento" and "del 7 y 8 por ciento" stay figures
CUT_NUMBERS: list[Row] = [
    ("cut", "El kilo de bistec del 7 costaba 150 pesos en la carnicería.", "es",
     [("150 pesos", 150, "MXN/kilogram")]),
    ("cut-pair", "En el mercado, las chuletas del 7 y 0, se venden a 139 pesos el kilo.", "es",
     [("139 pesos el kilo", 139, "MXN/kilogram")]),
    ("look-alike-pair", "La tasa subió del 7 y 8 por ciento.", "es",
     [("subió del 7", 7, "percent"), ("8 por ciento", 8, "percent")]),
]  # fmt: skip


@table(CUT_NUMBERS)
def test_the_number_of_a_cut_of_meat(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. a bare level right after "to"/"a" that follows a move in percent: after a relative move it
#    is no percent ("burglaries fell by 6% to 812": a count, people when they are); after a move
#    in percentage points it is a percent; a rate named before keeps the percent
LEVEL_AFTER_PERCENT: list[Row] = [
    ("count", "Reported burglaries fell by 6% to 812 last year.", "en",
     [("fell by 6%", 6, "percent"), ("812", 812, "count")]),
    ("people", "Los homicidios bajaron 3% a 514 en el semestre.", "es",
     [("bajaron 3%", 3, "percent"), ("514", 514, "people")]),
    ("points", "Unemployment rose 0.4 percentage points to 6.2 in March.", "en",
     [("rose 0.4 percentage points", 0.4, "percentage_point"), ("6.2", 6.2, "percent")]),
    ("look-alike-rate", "The jobless rate fell 2% to 5.1 in May.", "en",
     [("fell 2%", 2, "percent"), ("5.1", 5.1, "percent")]),
]  # fmt: skip


@table(LEVEL_AFTER_PERCENT)
def test_the_level_after_a_move_in_percent(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. a central bank's rate moved in "points"/"puntos" (basis points: a rate and a word of
#    monetary policy before), "p. b." for "puntos base", "percent points" for percentage points;
#    points of a game or of an approval rate stay as they were
POLICY_POINTS: list[Row] = [
    ("policy-points", "The central bank raised its benchmark interest rate 75 points on Tuesday.", "en",
     [("75 points", 0.75, "percentage_point")]),
    ("puntos", "El emisor decidió recortar la tasa de política monetaria en 100 puntos.", "es",
     [("100 puntos", 1, "percentage_point")]),
    ("p-b", "La tasa rectora acumuló un alza de 450 p. b. en el año.", "es",
     [("un alza de 450 p. b.", 4.5, "percentage_point")]),
    ("percent-points", "The load factor fell by 2.1 percent points in June.", "en",
     [("fell by 2.1 percent points", 2.1, "percentage_point")]),
    ("look-alike-game", "The home team scored 75 points on Tuesday.", "en",
     [("75 points", 75, "count")]),
    ("look-alike-approval", "The approval rate rose 15 points.", "en",
     [("rose 15 points", 15, "count")]),
]  # fmt: skip


@table(POLICY_POINTS)
def test_a_policy_rate_in_points(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. energy and gas units abbreviated: "kW" (kilowatts), "cu ft", "cu. ft.", "cu m" (cubic feet
#    and metres); "KW" glued to nothing stays no unit
ENERGY_UNITS: list[Row] = [
    ("kw", "The state's plants had an installed capacity of 9.2 million kW in 2001.", "en",
     [("9.2 million kW", 9.2e6, "kilowatt")]),
    ("cu-ft", "Gas output reached 2.4 trillion cu ft (0.07 trillion cu m) last year.", "en",
     [("2.4 trillion cu ft", 2.4e12, "foot**3"), ("0.07 trillion cu m", 7e10, "metre**3")]),
    ("cu-dot-ft", "The new freezer holds 7 cu. ft. of food.", "en",
     [("7 cu. ft.", 7, "foot**3")]),
    ("look-alike-mw", "A 3 MW turbine was installed.", "en", [("3 MW", 3, "megawatt")]),
]  # fmt: skip


@table(ENERGY_UNITS)
def test_energy_and_gas_abbreviations(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. "up from"/"down from" before another figure opens that figure's earlier level: the level
#    before it keeps no move of its own ("to Sh 15.3 billion up from Sh 7.6 billion"); "5% up
#    from 2019" is still a move
UP_FROM: list[Row] = [
    ("level-up-from", "Operating income rose to $51.2 billion up from $45 billion.", "en",
     [("$51.2 billion", 51.2e9, "USD"), ("up from $45 billion", 45e9, "USD")]),
    ("level-down-from", "Provisions fell to 6.5 tonnes down from 11 tonnes.", "en",
     [("6.5 tonnes", 6.5, "tonne"), ("down from 11 tonnes", 11, "tonne")]),
    ("look-alike-year", "Sales were 5% up from 2019.", "en", [("5% up", 5, "percent")]),
]  # fmt: skip


@table(UP_FROM)
def test_up_from_opens_the_next_figure(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_the_level_before_up_from_is_no_move() -> None:
    from figcheck.draft.extract import extract_mentions

    level, start = extract_mentions("Operating income rose to $51.2 billion up from $45 billion.")
    assert (level.kind, level.direction) == ("quantity", None)
    assert (start.kind, start.change) == ("change", "up from")


# 10. a Spanish text that puts commas only before three digits ("84,312 millones") and points
#     only before one or two ("3.54%") writes decimals with the point: its "1.425 billones" is
#     1.425 (a Mexican outlet); a text with a decimal comma keeps the point for thousands
MEXICAN_POINTS: list[Row] = [
    ("mexican", "Las ventas sumaron 1.425 billones de pesos, 3.54% más que los 84,312 millones "
     "del trimestre.", "es",
     [("1.425 billones de pesos", 1.425e12, "MXN"), ("3.54% más", 3.54, "percent"),
      ("84,312 millones", 84312e6, "MXN")]),
    ("look-alike-argentine", "En Argentina, el gasto fue de 1.425 millones de pesos, un 3,5% más.",
     "es", [("1.425 millones de pesos", 1425e6, "ARS"), ("3,5% más", 3.5, "percent")]),
    ("look-alike-alone", "El déficit llegó a 1.425 millones de pesos en Colombia.", "es",
     [("1.425 millones de pesos", 1425e6, "COP")]),
]  # fmt: skip


@table(MEXICAN_POINTS)
def test_a_text_with_decimal_points_and_comma_thousands(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. lists: a Spanish list whose unit is printed once with an article or "no" before its last
#     figure ("un 41,2 y un 38,9 por ciento", "4,1 y no 3,8 por ciento"); a move in percent that
#     one verb gives two figures ("crecieron 12,4% y 9,8%, respectivamente"); not a figure of
#     another thing after "y" ("40% de los encuestados") nor a move after the article
LISTS: list[Row] = [
    ("y-un", "Los partidos obtuvieron un 41,2 y un 38,9 por ciento.", "es",
     [("41,2", 41.2, "percent"), ("38,9 por ciento", 38.9, "percent")]),
    ("y-no", "La diferencia fue de 4,1 y no 3,8 por ciento.", "es",
     [("4,1", 4.1, "percent"), ("3,8 por ciento", 3.8, "percent")]),
    ("listed-move", "Las ventas y las compras crecieron 12,4% y 9,8%, respectivamente.", "es",
     [("crecieron 12,4%", 12.4, "percent"), ("9,8%", 9.8, "percent")]),
    ("look-alike-share", "Subió un 3% y 40% de los encuestados lo aprueba.", "es",
     [("Subió un 3%", 3, "percent"), ("40%", 40, "percent")]),
    ("look-alike-move", "Recibió 120 y un 15 por ciento más.", "es",
     [("15 por ciento más", 15, "percent")]),
]  # fmt: skip


@table(LISTS)
def test_lists_sharing_a_unit_or_a_verb(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_a_verb_moves_both_figures_of_its_list() -> None:
    from figcheck.draft.extract import extract_mentions

    text = "Las ventas y las compras crecieron 12,4% y 9,8%, respectivamente."
    _first, second = extract_mentions(text, lang="es")
    assert (second.kind, second.direction) == ("change", "up")
    shared = extract_mentions("Subió un 3% y 40% de los encuestados lo aprueba.", lang="es")[1]
    assert shared.kind == "quantity"


# 12. a bare level after a move word and "to" counts the plural subject just before the move
#     ("Hospitalisations drop to 106", "Deaths rise to 45": the lead's open item); not a price,
#     sales or a temperature
SUBJECT_COUNTED: list[Row] = [
    ("things", "Hospitalisations drop to 106.", "en", [("106", 106, "count")]),
    ("people", "Deaths rise to 45 in the county.", "en", [("45", 45, "people")]),
    ("have", "Arrests have climbed to 312.", "en", [("312", 312, "count")]),
    ("look-alike-prices", "Prices rose to 45.", "en", []),
    ("look-alike-temperature", "The temperature fell to 12.", "en", []),
]  # fmt: skip


@table(SUBJECT_COUNTED)
def test_the_subject_of_a_move_counted(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. "lower"/"higher" + "than" after a bare scaled figure is its move, not what it counts (the
#     unit carries: "412 million lower than last year" after bushels); "extras" is no noun;
#     "300 higher earners" still counts people
COMPARED_NOT_COUNTED: list[Row] = [
    ("lower-than", "The crop is seen at 3.9 billion bushels, 412 million lower than last year.", "en",
     [("3.9 billion bushels", 3.9e9, "bushel"), ("412 million lower", 412e6, "bushel")]),
    ("extras", "Las ventas sumaron 812 mil millones de pesos, 74 mil millones extras.", "es",
     [("812 mil millones de pesos", 812e9, "MXN"), ("74 mil millones", 74e9, "MXN")]),
    ("look-alike-earners", "Some 300 higher earners left.", "en",
     [("Some 300 higher earners", 300, "people")]),
]  # fmt: skip


@table(COMPARED_NOT_COUNTED)
def test_a_comparison_is_not_the_noun_counted(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 14. a small number right after a weekday's name is a day of the month ("el mismo domingo 22,
#     cuando …", "on Tuesday 14, when …"), not a figure; "On Friday 30 people died" still counts
WEEKDAY_DATES: list[Row] = [
    ("domingo", "Obtuvo el 38,2%. Se supo el mismo domingo 22, cuando el conteo marcó 41,3%.",
     "es", [("38,2%", 38.2, "percent"), ("41,3%", 41.3, "percent")]),
    ("tuesday", "Turnout was 58%. The count ended on Tuesday 14, when it hit 61%.", "en",
     [("58%", 58, "percent"), ("61%", 61, "percent")]),
    ("look-alike-people", "On Friday 30 people died.", "en", [("30 people", 30, "people")]),
]  # fmt: skip


@table(WEEKDAY_DATES)
def test_a_day_after_a_weekday(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 15. the lead's open small forms: "HP" before goods is the brand ("3 HP printers"), horsepower
#     before an engine; "de mil maneras", "in a thousand ways" are manners of speaking; "lifted"
#     right before money or a percent is a move up ("Shares lifted 9p"), not before a count
SMALL_FORMS: list[Row] = [
    ("hp-brand", "The school bought 14 HP laptops.", "en", [("14 HP laptops", 14, "count")]),
    ("hp-engine", "Two 250 HP engines were fitted.", "en", [("250 HP", 250, "horsepower")]),
    ("mil-maneras", "Lo explicó de mil maneras distintas.", "es", []),
    ("thousand-ways", "She said it in a thousand ways.", "en", []),
    ("lifted", "Shares in the drilling firm lifted 9p to 412p.", "en",
     [("lifted 9p", 0.09, "GBP/count"), ("412p", 4.12, "GBP/count")]),
    ("look-alike-lifted-count", "The rocket lifted 22 satellites into orbit.", "en",
     [("22 satellites", 22, "count")]),
    ("look-alike-ways", "There are five ways to do it.", "en", [("five ways", 5, "count")]),
]  # fmt: skip


@table(SMALL_FORMS)
def test_small_open_forms(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 16. a hyphenated count of rooms before a noun names a kind of home ("four-room flats", "a
#     two-bedroom house"); a building's floors stay a quantity ("the nine-story tower")
KINDS_OF_HOME: list[Row] = [
    ("rooms", "The median price of four-room flats in Punggol was $610,000 in Singapore.", "en",
     [("$610,000", 610000, "SGD")]),
    ("bedrooms", "They rent a two-bedroom house for 1,200 euros.", "en",
     [("1,200 euros", 1200, "EUR")]),
    ("look-alike-floors", "The nine-story tower fell.", "en", [("nine-story", 9, "count")]),
]  # fmt: skip


@table(KINDS_OF_HOME)
def test_a_kind_of_home(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 17. "centavos de dólar" are hundredths of a US dollar, not of the text's peso
CENTAVOS_OF_THE_DOLLAR: list[Row] = [
    ("de-dolar", "En Uruguay el gasoil bajó 2 pesos (5 centavos de dólar) por litro.", "es",
     [("bajó 2 pesos", 2, "UYU/litre"), ("5 centavos de dólar", 0.05, "USD/litre")]),
    ("look-alike-peso", "En Uruguay el boleto subió 40 centavos.", "es",
     [("subió 40 centavos", 0.4, "UYU")]),
]  # fmt: skip


@table(CENTAVOS_OF_THE_DOLLAR)
def test_centavos_of_the_dollar(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 18. verbs that are a move only before money or a percent, also after "by" ("improved by 6.2
#     per cent", "trimmed 3%"), never before a count ("improved 12 schools")
MONEY_MOVES: list[Row] = [
    ("improved-by", "Net interest income improved by 6.2 per cent.", "en",
     [("improved by 6.2 per cent", 6.2, "percent")]),
    ("trimmed", "The lender trimmed 3% of its branches.", "en", [("trimmed 3%", 3, "percent")]),
    ("look-alike-count", "The district improved 12 schools.", "en",
     [("12 schools", 12, "count")]),
]  # fmt: skip


@table(MONEY_MOVES)
def test_moves_only_before_money_or_a_percent(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_improved_by_is_a_move_up() -> None:
    from figcheck.draft.extract import extract_mentions

    (move,) = extract_mentions("Net interest income improved by 6.2 per cent.")
    assert (move.kind, move.direction) == ("change", "up")


# 19. cents after a pump price in cents per litre, in its sentence or the next, are per litre
#     too ("… by more than 9¢", "below 139¢"); a price per a unit of measure after cents makes
#     them money even after "maximum" ("the maximum retail price … by 183.00c/kg")
CENTS_PER_LITRE: list[Row] = [
    ("same-sentence", "Perth's average will reach 148.3¢ per litre, up by more than 9¢.", "en",
     [("148.3¢ per litre", 1.483, "AUD/litre"), ("up by more than 9¢", 0.09, "AUD/litre")]),
    ("next-sentence", "Perth's average will reach 148.3¢ per litre. Some sites will sell below "
     "139¢.", "en", [("148.3¢ per litre", 1.483, "AUD/litre"), ("below 139¢", 1.39, "AUD/litre")]),
    ("maximum-price", "In Durban, South Africa, the maximum gas price rises by 183.00c/kg.",
     "en", [("rises by 183.00c/kg", 1.83, "ZAR/kilogram")]),
    ("look-alike-far", "Perth's average will reach 148.3¢ per litre. Buses run hourly. Tickets "
     "cost 90¢.", "en", [("148.3¢ per litre", 1.483, "AUD/litre"), ("90¢", 0.9, "AUD")]),
]  # fmt: skip


@table(CENTS_PER_LITRE)
def test_cents_near_a_pump_price(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
