"""Extraction round 26 (issue 15): classes of errors found by reading fresh real texts of kinds
the gold sets lack (markets, weather, health, council budgets, Nigerian, Philippine, Kenyan,
South African, Peruvian and Chilean press), each written as sentences of our own with
look-alikes (none copied from a text read). Each row gives the whole list of quantities the
sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. currency signs of other countries: the Peruvian sol "S/", the naira "₦", the Philippine
#    peso "₱", the Kenyan shilling "Ksh"/"KSh"; "naira" named after its figure
SIGNS: list[Row] = [
    ("sol-spaced", "En Lima el pollo subió a S/ 9.80 el kilo.", "es",
     [("S/ 9.80 el kilo", 9.8, "PEN/kilogram")]),
    ("sol-glued", "La papa se vendió a S/2.40 por kilo en Huancayo.", "es",
     [("S/2.40 por kilo", 2.4, "PEN/kilogram")]),
    ("naira-sign", "The state budget is ₦1.2 trillion.", "en", [("₦1.2 trillion", 1.2e12, "NGN")]),
    ("naira-word", "A bag of rice now sells for 78,000 naira in Kano.", "en",
     [("78,000 naira", 78000, "NGN")]),
    ("peso-sign", "Sugar retails at ₱85 per kilo.", "en", [("₱85 per kilo", 85, "PHP/kilogram")]),
    ("shilling-ksh", "The county spent Ksh 4.2 billion on roads.", "en",
     [("Ksh 4.2 billion", 4.2e9, "KES")]),
    ("shilling-ksh-dot", "Revenue reached Ksh. 9.1 billion.", "en", [("Ksh. 9.1 billion", 9.1e9, "KES")]),
    ("look-alike-slash", "Sales of S/M shirts rose 4%.", "en", [("rose 4%", 4, "percent")]),
]  # fmt: skip


@table(SIGNS)
def test_currency_signs_of_other_countries(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. a capital letter glued before a figure is the local currency of the country the text names
#    ("N" naira in Nigeria, "P" peso in the Philippines, "R" rand in South Africa, "Sh" shilling
#    in Kenya); elsewhere, or not glued, the letter is no currency
LETTERS: list[Row] = [
    ("naira-n", "Lagos State will spend N2.3 trillion next year, the Nigerian governor said.", "en",
     [("N2.3 trillion", 2.3e12, "NGN")]),
    ("naira-n-list", "Abuja got N40 billion and Kano N35.5 billion.", "en",
     [("N40 billion", 4e10, "NGN"), ("N35.5 billion", 3.55e10, "NGN")]),
    ("peso-p", "In Manila, pork sells at P380 per kilo, up from P350.", "en",
     [("P380 per kilo", 380, "PHP/kilogram"), ("up from P350", 350, "PHP/kilogram")]),
    ("naira-bracketed", "Abuja's agencies got N90 billion: the courts (N12 billion) and INEC (N8 "
     "billion).", "en", [("N90 billion", 9e10, "NGN"), ("N12 billion", 1.2e10, "NGN"),
                         ("N8 billion", 8e9, "NGN")]),
    ("rand-r", "Eskom wants R50 billion from Pretoria.", "en", [("R50 billion", 5e10, "ZAR")]),
    ("rand-r-month", "The South African grant rises to R370 a month.", "en",
     [("R370 a month", 370, "ZAR/month")]),
    ("shilling-sh", "Nairobi will borrow Sh12 billion, the Kenyan Treasury said.", "en",
     [("Sh12 billion", 1.2e10, "KES")]),
    ("look-alike-no-country", "The N95 masks and P2 filters cost more.", "en", []),
    ("look-alike-mask-in-nigeria", "Nigeria ordered N95 masks for 40,000 nurses.", "en",
     [("40,000 nurses", 40000, "people")]),
    ("look-alike-not-glued", "In Manila, Grade P 12 pupils sat the test.", "en", []),
]  # fmt: skip


@table(LETTERS)
def test_letter_currencies_of_the_country_named(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. a scale word joined by a hyphen to a figure with its currency sign before it ("a
#    $2-billion fund", "a R100-billion debt"): the scale is the figure's (it was dropped, or the
#    figure missed)
HYPHEN_SCALES: list[Row] = [
    ("dollar-billion", "The city approved a $2-billion housing fund.", "en",
     [("$2-billion", 2e9, "USD")]),
    ("pound-decimal", "The club agreed a £1.5-billion stadium deal.", "en",
     [("£1.5-billion", 1.5e9, "GBP")]),
    ("rand-billion", "Eskom got a R23-billion bailout, the South African Treasury said.", "en",
     [("R23-billion", 2.3e10, "ZAR")]),
    ("ringgit-million", "Penang unveiled an RM40-million plan.", "en", [("RM40-million", 4e7, "MYR")]),
    ("look-alike-range", "Tickets cost $20-$30.", "en", [("$20-$30", 25, "USD")]),
]  # fmt: skip


@table(HYPHEN_SCALES)
def test_a_hyphenated_scale_after_a_currency_sign(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. pesos of the country the text is about, by more of its words: Chile's fuel reports name
#    the ENAP and "bencina"; an English text about the Philippines means Philippine pesos
PESO_WORDS: list[Row] = [
    ("chile-enap", "Según la ENAP, la bencina costará 1.290 pesos por litro desde el jueves.", "es",
     [("1.290 pesos por litro", 1290, "CLP/litre")]),
    ("chile-sign", "El kerosene quedará en $1.105 el litro, informó la ENAP.", "es",
     [("$1.105 el litro", 1105, "CLP/litre")]),
    ("philippine-pesos", "The Philippine government set aside 5 billion pesos for rice.", "en",
     [("5 billion pesos", 5e9, "PHP")]),
    ("look-alike-chile-pepper", "En la receta, el chile poblano cuesta 30 pesos el kilo.", "es",
     [("30 pesos el kilo", 30, "MXN/kilogram")]),
]  # fmt: skip


@table(PESO_WORDS)
def test_pesos_of_the_country_by_its_words(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. doses and small masses abbreviated: "mg", "g", "mcg", "ml" (and "mg/kg") are units of
#    measure, not nouns counted; a capital "G" after a figure stays a name ("5G")
DOSES: list[Row] = [
    ("mg", "Adults may take up to 3,000 mg a day.", "en", [("up to 3,000 mg a day", 3000, "milligram/day")]),
    ("mg-per-kg", "Children get 10 mg/kg every six hours.", "en", [("10 mg/kg", 10, "milligram/kilogram")]),
    ("g", "Limit salt to 5 g daily.", "en", [("5 g daily", 5, "gram/day")]),
    ("mcg", "The tablet holds 400 mcg of folic acid.", "en", [("400 mcg", 400, "microgram")]),
    ("ml", "Give 7.5 ml of the syrup.", "en", [("7.5 ml", 7.5, "millilitre")]),
    ("es-mg", "La dosis máxima es de 4.000 mg al día.", "es", [("4.000 mg al día", 4000, "milligram/day")]),
    ("look-alike-5g", "The 5G network reached 40 towns.", "en", [("40 towns", 40, "count")]),
]  # fmt: skip


@table(DOSES)
def test_doses_and_small_masses(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. pence in a market report: a company's move to a price in pence is a price per share when
#    the sentence names the index or its losers and winners, or the text already priced a share
#    in pence; pence of anything else stay pounds
PENCE_SHARES: list[Row] = [
    ("text-priced-a-share", "Shares in Halden Foods dropped 6p to 120p. Rival Brant Mills then "
     "tumbled 8.2% to 141.6p.", "en",
     [("dropped 6p", 0.06, "GBP/count"), ("120p", 1.2, "GBP/count"),
      ("tumbled 8.2%", 8.2, "percent"), ("141.6p", 1.416, "GBP/count")]),
    ("index-named", "The FTSE 250's worst performer was Ormond Homes, off 5.1% to 322p.", "en",
     [("5.1%", 5.1, "percent"), ("322p", 3.22, "GBP/count")]),
    ("loser", "Harlow Retail lost 12.5p to 840p, the index's biggest loser.", "en",
     [("lost 12.5p", 0.125, "GBP/count"), ("840p", 8.4, "GBP/count")]),
    ("long-list", "The biggest fallers on the index were Alba, down 4p at 100p, Brisk, down 5p at "
     "200p, Cole, down 6p at 300p, and Dunmore, down 7p at 400p.", "en",
     [("down 4p", 0.04, "GBP/count"), ("100p", 1.0, "GBP/count"), ("down 5p", 0.05, "GBP/count"),
      ("200p", 2.0, "GBP/count"), ("down 6p", 0.06, "GBP/count"), ("300p", 3.0, "GBP/count"),
      ("down 7p", 0.07, "GBP/count"), ("400p", 4.0, "GBP/count")]),
    ("look-alike-milk", "A pint of milk rose 3p to 49p at the corner shop.", "en",
     [("rose 3p", 0.03, "GBP"), ("49p", 0.49, "GBP")]),
    ("look-alike-coin-after-shares", "Shares in Halden Foods rose 2p to 90p. The 5p coin is small.",
     "en", [("rose 2p", 0.02, "GBP/count"), ("90p", 0.9, "GBP/count"), ("5p", 0.05, "GBP")]),
]  # fmt: skip


@table(PENCE_SHARES)
def test_pence_in_a_market_report(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. the change words of market and budget reports: "plunges", "tumble", "a decrease of", "a
#    gain of", "N points higher at", "N or M%" (both halves of a move), Spanish "saltó", "se
#    encareció", the future "subirá"/"bajará"
MOVES: list[Row] = [
    ("plunges", "Shares in Orvell plunges 14% after a profit warning.", "en",
     [("plunges 14%", 14, "percent")]),
    ("tumble-or", "Its shares tumble 31 points or 6.2% to 470p.", "en",
     [("tumble 31 points", 31, ""), ("6.2%", 6.2, "percent"), ("470p", 4.7, "GBP/count")]),
    ("decrease-of", "Admissions showed a decrease of 58% on last year.", "en",
     [("decrease of 58%", 58, "percent")]),
    ("gain-of", "The index opened with a gain of 14 points.", "en", [("gain of 14 points", 14, "")]),
    ("higher-at", "The FTSE 100 closed 96 points higher at 7,512.", "en",
     [("96 points higher", 96, ""), ("7,512", 7512, "")]),
    ("lower-at-pence", "Harlow Retail shares closed the day 12.5p lower at 840p.", "en",
     [("12.5p lower", 0.125, "GBP/count"), ("840p", 8.4, "GBP/count")]),
    ("or-without-comma", "Enrolment fell by 310 pupils or 4% this year.", "en",
     [("fell by 310 pupils", 310, "people"), ("4%", 4, "percent")]),
    ("es-salto", "El precio del limón saltó 34% en una semana.", "es", [("saltó 34%", 34, "percent")]),
    ("es-encarecio", "La canasta básica se encareció 7,1% en abril.", "es",
     [("se encareció 7,1%", 7.1, "percent")]),
    ("es-subira", "Desde el jueves la bencina subirá 9,7 pesos por litro, según la ENAP.", "es",
     [("subirá 9,7 pesos por litro", 9.7, "CLP/litre")]),
    ("look-alike-loss", "The firm reported a loss of $4 million.", "en", [("$4 million", 4e6, "USD")]),
    ("look-alike-higher-than-level", "Rents are higher in 12 cities.", "en", [("12 cities", 12, "count")]),
]  # fmt: skip


@table(MOVES)
def test_change_words_of_markets_and_budgets(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_both_halves_of_a_move_joined_by_or_are_changes() -> None:
    """ "fell by 310 pupils or 4%", "down 0.65% or 48.4 points": the second half is the same
    move (it was a level unless a comma stood before "or"); "or" between two levels is not."""
    from figcheck.draft.extract import extract_mentions

    moved = extract_mentions("Enrolment fell by 310 pupils or 4% this year.", lang="en")
    assert [(m.kind, m.direction) for m in moved] == [("change", "down"), ("change", "down")]
    index = extract_mentions("The index closed down 0.65% or 48.4 points.", lang="en")
    assert [(m.kind, m.direction) for m in index] == [("change", "down"), ("change", "down")]
    levels = extract_mentions("The plan costs $20 million or 2% of the budget.", lang="en")
    assert [m.kind for m in levels] == ["quantity", "quantity"]


# 8. temperatures in weather forecasts: a capital "C" after a space ("highs of 12 to 14 C"), a
#    reading "as high as 18C", "19C max", and "degrees" alone in a forecast that reads Celsius
#    are temperature levels; a change of temperature stays a difference
TEMPERATURES: list[Row] = [
    ("spaced-c-range", "Highs of 12 to 14 C in the west.", "en",
     [("12 to 14 C", 13, "degree_Celsius")]),
    ("spaced-c-or", "Top temperatures of 12 or 13 C., in fresh winds.", "en",
     [("12 or 13 C", 12.5, "degree_Celsius")]),
    ("as-high-as", "The mercury will climb as high as 18C today.", "en",
     [("as high as 18C", 18, "degree_Celsius")]),
    ("max", "Expect 19C max on Sunday.", "en", [("19C", 19, "degree_Celsius")]),
    ("degrees-alone", "Lows tonight of 4 to 7 degrees Celsius. Highs tomorrow of 16 degrees.", "en",
     [("4 to 7 degrees Celsius", 5.5, "degree_Celsius"), ("16 degrees", 16, "degree_Celsius")]),
    ("degrees-fahrenheit", "Highs of 85 degrees Fahrenheit today. Tomorrow, highs of 90 degrees.",
     "en", [("85 degrees Fahrenheit", 85, "degree_Fahrenheit"), ("90 degrees", 90, "degree_Fahrenheit")]),
    ("look-alike-degrees-no-scale", "Highs of 20 degrees tomorrow.", "en", [("20 degrees", 20, "count")]),
    ("look-alike-warming", "The world has warmed by 1.2C since 1900.", "en",
     [("1.2C", 1.2, "delta_degree_Celsius")]),
    ("look-alike-grade-c", "She got 12 C grades last term.", "en", [("12 C grades", 12, "count")]),
    ("look-alike-angle", "The road turns 90 degrees at the bridge.", "en", [("90 degrees", 90, "count")]),
]  # fmt: skip


@table(TEMPERATURES)
def test_temperatures_in_forecasts(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. an English figure that adds a smaller scaled figure after its scale word, as spoken or
#    written in India: "31 million 500 thousand passengers", "Rs 1720 crore 11 lakh" (one
#    figure, not two)
COMPOUND_SCALES: list[Row] = [
    ("million-thousand", "Almost 12 million 400 thousand passengers used the airports.", "en",
     [("Almost 12 million 400 thousand passengers", 12.4e6, "people")]),
    ("crore-lakh", "The state released Rs 1450 crore 25 lakh to farmers.", "en",
     [("Rs 1450 crore 25 lakh", 14502500000, "INR")]),
    ("billion-million", "The fund holds $3 billion 250 million in bonds.", "en",
     [("$3 billion 250 million", 3.25e9, "USD")]),
    ("look-alike-two-figures", "Sales were 5 million, 300 thousand fewer than hoped.", "en",
     [("5 million", 5e6, "count"), ("300 thousand", 3e5, "count")]),
    ("look-alike-same-scale", "Jobs: 4 million 2 million.", "en",
     [("4 million", 4e6, "count"), ("2 million", 2e6, "count")]),
]  # fmt: skip


@table(COMPOUND_SCALES)
def test_compound_scales_in_english(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. the make-up of a reference family ("una familia tipo, compuesta por dos adultos y dos
#     niños", "a household made up of two adults and three children") names the group, as "a
#     mother of three children" does: no quantity
FAMILY_MAKEUP: list[Row] = [
    ("es-compuesta", "Una familia tipo (compuesta por dos adultos y dos niños) necesitó $95.000.",
     "es", [("$95.000", 95000, "MXN")]),
    ("es-integrada", "Un hogar integrado por dos adultos y tres menores gastó 30 mil pesos.", "es",
     [("30 mil pesos", 30000, "MXN")]),
    ("en-made-up", "A household made up of two adults and two children needs $2,400 a month.", "en",
     [("$2,400 a month", 2400, "USD/month")]),
    ("look-alike-counted", "La escuela está compuesta por 300 alumnos.", "es",
     [("300 alumnos", 300, "people")]),
]  # fmt: skip


@table(FAMILY_MAKEUP)
def test_the_make_up_of_a_family_is_no_quantity(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. a range whose bounds both carry a letter currency ("P21 to P23 per kilo", "range from P41
#     to P65") is one range, as "$21 to $23" is
LETTER_RANGES: list[Row] = [
    ("to", "In Manila, rice sells at P21 to P23 per kilo.", "en",
     [("P21 to P23 per kilo", 22, "PHP/kilogram")]),
    ("range-from", "In Manila, prices range from P41 to P65.", "en", [("from P41 to P65", 53, "PHP")]),
    ("look-alike-move", "In Lagos, the fare rose from N300 to N500.", "en",
     [("rose from N300", 300, "NGN"), ("N500", 500, "NGN")]),
]  # fmt: skip


@table(LETTER_RANGES)
def test_ranges_of_letter_currencies(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. money "for the average household", "net for every household" is per household (a thing:
#     /count) or per person; a total "for the average" of no group named stays a sum
PER_TYPICAL: list[Row] = [
    ("average-household", "The rise is costed at $214 for the average household.", "en",
     [("$214", 214, "USD/count")]),
    ("net-for-every", "A transport rate of $114 net for every household was passed.", "en",
     [("$114", 114, "USD/count")]),
    ("typical-ratepayer", "Bills go up £38 for a typical ratepayer.", "en",
     [("up £38", 38, "GBP/people")]),
    ("look-alike-for-the-year", "The council spent $5 million for the year.", "en",
     [("$5 million", 5e6, "USD")]),
]  # fmt: skip


@table(PER_TYPICAL)
def test_money_for_the_typical_one(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. "up" after a phrasal verb ("rounded up ten wickets", "picked up 40 seats", "used up 12
#     tonnes") belongs to the verb, no move; "shares ended up 5%" is a move
PHRASAL_UP: list[Row] = [
    ("rounded-up", "The bowlers rounded up ten wickets before tea.", "en",
     [("ten wickets", 10, "count")]),
    ("picked-up", "The party picked up 40 seats in the north.", "en", [("40 seats", 40, "count")]),
    ("used-up", "The plant used up 12 tonnes of coal.", "en", [("12 tonnes", 12, "tonne")]),
    ("look-alike-ended-up", "Acme shares ended up 5% on the day.", "en", [("up 5%", 5, "percent")]),
]  # fmt: skip


@table(PHRASAL_UP)
def test_up_after_a_phrasal_verb(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 14. a property tax in mills (a mill is a dollar of tax per $1,000 of assessed value): "10.28
#     mills", "a mill levy of 9.08", "the mill rate is 12" are rates per $1,000; mills that are
#     factories stay things
MILLS: list[Row] = [
    ("mills-after", "The total levy will be 10.28 mills, the borough's tax rate.", "en",
     [("10.28 mills", 10.28, "USD/kUSD")]),
    ("mill-levy-of", "The assembly set a mill levy of 9.08 for property taxes.", "en",
     [("9.08", 9.08, "USD/kUSD")]),
    ("mill-rate-is", "The mill rate is 12 this year.", "en", [("12", 12, "USD/kUSD")]),
    ("look-alike-factories", "The region has 3 mills and 400 jobs.", "en",
     [("3 mills", 3, "count"), ("400 jobs", 400, "count")]),
]  # fmt: skip


@table(MILLS)
def test_property_tax_in_mills(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 15. the start of a move stated with its own currency sign takes the rate of the later level
#     ("pasó de S/ 3,10 a S/ 6,20 el kilo"), as a bare start already did ("de 3,10 a 6,20
#     pesos por kilo")
MOVE_RATES: list[Row] = [
    ("sol-move", "El limón pasó de S/ 3,10 a S/ 6,20 el kilo.", "es",
     [("S/ 3,10", 3.1, "PEN/kilogram"), ("S/ 6,20 el kilo", 6.2, "PEN/kilogram")]),
    ("peso-move", "La gasolina pasó de $21,50 a $23,80 por litro.", "es",
     [("$21,50", 21.5, "MXN/litre"), ("$23,80 por litro", 23.8, "MXN/litre")]),
    ("look-alike-other-currency", "El precio pasó de $20 a US$ 1,10 por litro.", "es",
     [("$20", 20, "MXN"), ("US$ 1,10 por litro", 1.1, "USD/litre")]),
]  # fmt: skip


@table(MOVE_RATES)
def test_the_start_of_a_move_takes_the_later_rate(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 16. more verbs of a sharp move: "spiked", "plummeted", "rocketed", "skyrocketed", "nosedived",
#     "dived", "tanked" ("crashed" left out: "crashed 12 cars")
SHARP_MOVES: list[Row] = [
    ("spiked", "Dengue cases have spiked by 45 per cent this month.", "en",
     [("spiked by 45 per cent", 45, "percent")]),
    ("plummeted", "Sales plummeted 38% in March.", "en", [("plummeted 38%", 38, "percent")]),
    ("skyrocketed", "Rents skyrocketed 22 percent in a year.", "en", [("skyrocketed 22 percent", 22, "percent")]),
    ("tanked", "The stock tanked 19% on Friday.", "en", [("tanked 19%", 19, "percent")]),
]  # fmt: skip


@table(SHARP_MOVES)
def test_verbs_of_a_sharp_move(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 17. a per-capita denominator printed in the plural, as Indian releases do ("per 1,00,000
#     populations"), is the same denominator as "per 100,000 population"
PER_POPULATIONS: list[Row] = [
    ("populations", "There were 29 cases per 100,000 populations.", "en",
     [("29 cases per 100,000 populations", 29, "count/100000 people")]),
    ("deaths-populations", "Deaths per 100,000 populations rose to 12.", "en",
     [("12", 12, "people/100000 people")]),
    ("look-alike-singular", "There were 29 cases per 100,000 population.", "en",
     [("29 cases per 100,000 population", 29, "count/100000 people")]),
]  # fmt: skip


@table(PER_POPULATIONS)
def test_a_plural_per_capita_denominator(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
