"""Extraction round 27 (issue 15): classes of errors that final11 and final12 showed once they
became development sets, each written as sentences of our own with look-alikes (none copied
from a gold text). Each row gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. a Spanish forecast names its reading in the singular ("la máxima", "una mínima de"): the
#    degrees are a level, not a difference; a change word still makes a difference
READINGS_ES: list[Row] = [
    ("maxima-en", "El viernes habrá sol y la máxima en 31 grados.", "es",
     [("31 grados", 31, "degree_Celsius")]),
    ("minima-sera", "El sábado la mínima será de 4 grados centígrados.", "es",
     [("4 grados centígrados", 4, "degree_Celsius")]),
    ("minima-clause", "Se prevé una mínima que en la madrugada llegaría a 2 grados.", "es",
     [("2 grados", 2, "degree_Celsius")]),
    ("look-alike-change", "La máxima subió 3 grados respecto de ayer.", "es",
     [("subió 3 grados", 3, "delta_degree_Celsius")]),
]  # fmt: skip


@table(READINGS_ES)
def test_spanish_readings_in_the_singular(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. a stock index's level printed in "basis points" (as Nigerian market reports print it) is
#    index points (dimensionless), not hundredths of a percentage point; a spread, a yield or a
#    central bank's move in basis points stays percentage points
INDEX_BASIS_POINTS: list[Row] = [
    ("index-to", "The exchange's main share index rose to 41,208.55 basis points on Monday.", "en",
     [("41,208.55 basis points", 41208.55, "")]),
    ("index-from-to", "The All-Share Index closed at 39,870.12 basis points from 39,655.40 basis points.",
     "en", [("39,870.12 basis points", 39870.12, ""),
            ("39,655.40 basis points", 39655.4, "")]),
    ("index-list", "The index peaked at 39,901.77 and ended at 39,870.12 basis points.", "en",
     [("39,901.77", 39901.77, ""), ("39,870.12 basis points", 39870.12, "")]),
    ("index-pair", "The share index's low and close were 38,102.50 and 38,340.25 basis points.", "en",
     [("38,102.50", 38102.5, ""), ("38,340.25 basis points", 38340.25, "")]),
    ("look-alike-policy", "The central bank raised its rate by 50 basis points.", "en",
     [("50 basis points", 0.5, "percentage_point")]),
    ("look-alike-spread", "El índice de riesgo país subió a 1.900 puntos básicos.", "es",
     [("1.900 puntos básicos", 19, "percentage_point")]),
]  # fmt: skip


@table(INDEX_BASIS_POINTS)
def test_an_index_level_in_basis_points(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. the figures of one share's move share its price per share: the move after the levels
#    ("climbed to N14.30 from N13.60, appreciating by N0.70"), the start after "from", the move
#    before a level per share ("a fall of 6.5p to 212.5p") and the level after a move per share
#    ("was 3p lower at £8.40"); a sum with a scale word stays a sum
SHARE_MOVES: list[Row] = [
    ("move-after", "Nigeria's Dangote share price rose to N14.30 from N13.60, appreciating by N0.70.", "en",
     [("N14.30", 14.3, "NGN/count"), ("from N13.60", 13.6, "NGN/count"),
      ("appreciating by N0.70", 0.7, "NGN/count")]),
    ("start-after", "In Lagos, Zenith shares depreciated by N0.40 to close at N30.10 from N30.50.", "en",
     [("depreciated by N0.40", 0.4, "NGN/count"), ("N30.10", 30.1, "NGN/count"),
      ("N30.50", 30.5, "NGN/count")]),
    ("after-bracket",
     "On the Nigerian Exchange, Stanbic shares gained N0.90 (2.10 per cent) to close at N43.80 from N42.90.",
     "en", [("gained N0.90", 0.9, "NGN/count"), ("2.10 per cent", 2.1, "percent"),
            ("N43.80", 43.8, "NGN/count"), ("N42.90", 42.9, "NGN/count")]),
    ("gaining", "MTN Nigeria's share price closed at N190.50, gaining N2.50 (1.33 per cent).", "en",
     [("N190.50", 190.5, "NGN/count"), ("gaining N2.50", 2.5, "NGN/count"),
      ("1.33 per cent", 1.33, "percent")]),
    ("pence-to", "Tesco shares suffered a fall of 6.5p to 212.5p.", "en",
     [("fall of 6.5p", 0.065, "GBP/count"), ("212.5p", 2.125, "GBP/count")]),
    ("level-after", "On the FTSE 250, Redrow was 3p lower at £8.40.", "en",
     [("3p lower", 0.03, "GBP/count"), ("£8.40", 8.4, "GBP/count")]),
    ("look-alike-scaled", "Unilever shares closed at $45.10 after a buyback raised to $2 billion.",
     "en", [("$45.10", 45.1, "USD/count"), ("$2 billion", 2e9, "USD")]),
]  # fmt: skip


@table(SHARE_MOVES)
def test_the_figures_of_a_share_move_are_per_share(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. a list item "- Label: figure, change;" takes its unit from the label as a "label: value"
#    line does (it had to end its line), and an item naming a part of the one above alone
#    ("- Domestic:", "- Rural:") takes that item's unit; a unit carried from an earlier item
#    ("tonnes") does not reach an item whose label names another thing
LIST_ITEMS: list[Row] = [
    ("people-item", "Harbour visits up 3.2% to 2.1m in March\nPort traffic in March:\n"
     "- Visitors: 2.1 million, +3.2%;\n", "en",
     [("up 3.2%", 3.2, "percent"), ("2.1m", 2.1e6, "count"), ("2.1 million", 2.1e6, "people"),
      ("3.2%", 3.2, "percent")]),
    ("part-item", "Harbour visits up 3.2% to 2.1m in March\nPort traffic in March:\n"
     "- Visitors: 2.1 million, +3.2%;\n- Foreign: 0.8 million, +1.1%;\n", "en",
     [("up 3.2%", 3.2, "percent"), ("2.1m", 2.1e6, "count"), ("2.1 million", 2.1e6, "people"),
      ("3.2%", 3.2, "percent"), ("0.8 million", 8e5, "people"), ("1.1%", 1.1, "percent")]),
    ("not-carried", "- Freight: 52,300 tonnes, +2.0%;\n- Ship calls: 1,210, -0.5%;\n- Domestic: 840, +0.2%.\n",
     "en", [("52,300 tonnes", 52300, "tonne"), ("2.0%", 2.0, "percent"),
            ("1,210", 1210, "count"), ("0.5%", 0.5, "percent"),
            ("840", 840, "count"), ("0.2%", 0.2, "percent")]),
    ("look-alike-prose", "Traffic: 2.1 million visitors came, most of them by car.\n", "en",
     [("2.1 million visitors", 2.1e6, "people")]),
]  # fmt: skip


@table(LIST_ITEMS)
def test_list_items_take_the_unit_of_their_label(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. a figure with a scale word before "de <mes>" is a sum over months, not a day ("26 de julio")
#    nor a count of months: "6.726 millones de enero a junio" is a sum in the carried currency
SCALED_BEFORE_MONTH: list[Row] = [
    ("es-from-month", "La región recaudó 410 millones de euros en 2019 y 215 millones de enero a marzo.",
     "es", [("410 millones de euros", 4.1e8, "EUR"), ("215 millones", 2.15e8, "EUR")]),
    ("es-de-month", "Las exportaciones sumaron 3.200 millones de dólares, 1.100 millones de abril.", "es",
     [("3.200 millones de dólares", 3.2e9, "USD"), ("1.100 millones", 1.1e9, "USD")]),
    ("look-alike-day", "El pago de 300 millones de pesos se hizo el 26 de julio.", "es",
     [("300 millones de pesos", 3e8, "MXN")]),
]  # fmt: skip


@table(SCALED_BEFORE_MONTH)
def test_a_scaled_figure_before_a_month(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. a bare figure with a scale word in a sentence naming what a sum is of ("dinero", "money")
#    takes the paragraph's currency from further back (eight sentences, not three); a bare
#    figure of no such sentence keeps the three-sentence reach
MONEY_PARAGRAPH: list[Row] = [
    ("dinero-far", "Los visitantes gastaron 8.400 millones de euros. Llegaron en avión. Se quedaron "
     "una semana. Muchos viajaron en grupo. Otros fueron solos. Los italianos dejaron más dinero, "
     "1.300 millones.", "es",
     [("8.400 millones de euros", 8.4e9, "EUR"), ("1.300 millones", 1.3e9, "EUR")]),
    ("look-alike-far", "Los visitantes gastaron 8.400 millones de euros. Llegaron en avión. Se quedaron "
     "una semana. Muchos viajaron en grupo. Otros fueron solos. Los italianos fueron 1.300 millones.",
     "es", [("8.400 millones de euros", 8.4e9, "EUR"), ("1.300 millones", 1.3e9, "count")]),
]  # fmt: skip


@table(MONEY_PARAGRAPH)
def test_money_named_reaches_the_paragraphs_currency(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. a move in points in the sentence right after one naming a stock index is the index's move
#    (dimensionless), and so is the level after it; not without an index named, nor without a
#    move ("The team scored 13 points")
INDEX_NEXT_SENTENCE: list[Row] = [
    ("higher-at", "Tokyo's Nikkei index ended the week firmer. The benchmark finished 85 points "
     "higher at 28,410.2 on Friday.", "en",
     [("85 points higher", 85, ""), ("28,410.2", 28410.2, "")]),
    ("rose-to", "Germany's DAX index had a quiet session. The blue-chip gauge rose 40 points to "
     "15,900.", "en", [("rose 40 points", 40, ""), ("15,900", 15900, "")]),
    ("look-alike-no-index", "The club had a good season. It finished 13 points higher than last "
     "year.", "en", [("13 points higher", 13, "count")]),
    ("look-alike-no-move", "The Nasdaq index fell. The team scored 13 points.", "en",
     [("13 points", 13, "count")]),
]  # fmt: skip


@table(INDEX_NEXT_SENTENCE)
def test_a_move_in_points_after_the_index_is_named(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. a temperature named as a change ("temperature change", "cambio de temperatura") is a
#    difference even though the word "temperature" names a reading
TEMPERATURE_CHANGE_NOUN: list[Row] = [
    ("change-is", "The model assumes a mean temperature change of 2.5 degrees Celsius.", "en",
     [("2.5 degrees Celsius", 2.5, "delta_degree_Celsius")]),
    ("cambio", "El escenario supone un cambio de temperatura de 3 grados centígrados.", "es",
     [("3 grados centígrados", 3, "delta_degree_Celsius")]),
    ("look-alike-reading", "The temperature in Madrid was 31 degrees Celsius at noon.", "en",
     [("31 degrees Celsius", 31, "degree_Celsius")]),
]  # fmt: skip


@table(TEMPERATURE_CHANGE_NOUN)
def test_a_temperature_change_is_a_difference(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. the items of a list under a line that states a rate and ends with a colon are parts of that
#    rate ("… $0.62 per $100 of value, split as:\n- $0.31 for schools"); not under a line that
#    does not end with a colon, nor a line that is no list item
LIST_OF_A_RATE: list[Row] = [
    ("parts", "The levy is $0.62 per $100 of assessed value, split as:\n- $0.31 for schools\n"
     "- $0.19 for roads\n- $0.12 for parks\n", "en",
     [("$0.62 per $100", 0.62, "USD/hUSD"), ("$0.31", 0.31, "USD/hUSD"), ("$0.19", 0.19, "USD/hUSD"),
      ("$0.12", 0.12, "USD/hUSD")]),
    ("look-alike-no-colon", "The levy is $0.62 per $100 of assessed value.\n- $0.31 for schools\n",
     "en", [("$0.62 per $100", 0.62, "USD/hUSD"), ("$0.31", 0.31, "USD")]),
    ("look-alike-scaled", "The levy is $0.62 per $100 of assessed value, raising:\n- $3 million for "
     "schools\n", "en", [("$0.62 per $100", 0.62, "USD/hUSD"), ("$3 million", 3e6, "USD")]),
]  # fmt: skip


@table(LIST_OF_A_RATE)
def test_the_items_under_a_rate_are_its_parts(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. the output units of transport statistics: passenger-kilometres ("pkm", "passenger-km") and
#     tonne-kilometres ("tkm", "tonne-km", "net tonne kilometres"), not counts
TRANSPORT_UNITS: list[Row] = [
    ("pkm", "Metro lines carried 2.8 billion pkm last year.", "en",
     [("2.8 billion pkm", 2.8e9, "people*kilometre")]),
    ("passenger-km", "Coaches logged 910 million passenger-km.", "en",
     [("910 million passenger-km", 9.1e8, "people*kilometre")]),
    ("net-tkm", "Rail freight rose to 21.4 billion net tonne kilometres.", "en",
     [("21.4 billion net tonne kilometres", 2.14e10, "tonne*kilometre")]),
    ("tkm", "Lorries moved 48 billion tkm.", "en", [("48 billion tkm", 4.8e10, "tonne*kilometre")]),
    ("look-alike-km", "The line is 48 km long.", "en", [("48 km", 48, "kilometre")]),
]  # fmt: skip


@table(TRANSPORT_UNITS)
def test_transport_output_units(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. a scale word joined to its figure by a hyphen before a plural noun counted ("three-lakh
#     samples a day", "10-crore people") scales the figure, as it did only before a currency or
#     a unit; a hyphen between words ("samples - lakh") joins nothing
HYPHEN_SCALE_COUNTS: list[Row] = [
    ("lakh-rate", "The state plans to test two-lakh samples a day by July.", "en",
     [("two-lakh samples a day", 2e5, "count/day")]),
    ("crore-people", "The scheme will reach 12-crore farmers.", "en",
     [("12-crore farmers", 1.2e8, "people")]),
    ("million-people", "A 1.5-million residents city voted.", "en",
     [("1.5-million residents", 1.5e6, "people")]),
    ("look-alike-not-joined", "The state tested 90,000 samples - lakh targets were missed.", "en",
     [("90,000 samples", 90000, "count")]),
]  # fmt: skip


@table(HYPHEN_SCALE_COUNTS)
def test_a_hyphenated_scale_before_a_noun_counted(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. "N times" alone in brackets right after a change in percent restates it as a multiple
#     (a dimensionless change), not how often something happened
TIMES_GLOSS: list[Row] = [
    ("en", "Rents went up by 400 per cent (five times) in that decade.", "en",
     [("up by 400 per cent", 400, "percent"), ("five times", 5, "")]),
    ("es", "El pasaje tuvo un alza de 200% (tres veces) en el año.", "es",
     [("un alza de 200%", 200, "percent"), ("tres veces", 3, "")]),
    ("look-alike-no-percent", "The mayor was re-elected (four times) by wide margins.", "en",
     [("four times", 4, "count")]),
]  # fmt: skip


@table(TIMES_GLOSS)
def test_times_in_brackets_after_a_percent_change(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. "pax", the travel trade's word for passengers, counts people (before or after the figure)
PAX: list[Row] = [
    ("pax-before", "Regional airport pax up 6.1% to 2.4m in May", "en",
     [("up 6.1%", 6.1, "percent"), ("2.4m", 2.4e6, "people")]),
    ("pax-after", "The ferry line carried 1.2 million pax last year.", "en",
     [("1.2 million pax", 1.2e6, "people")]),
    ("look-alike-pack", "The store sold 300 packs of batteries.", "en",
     [("300 packs", 300, "count")]),
]  # fmt: skip


@table(PAX)
def test_pax_counts_passengers(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
