"""Extraction round 30 (issue 15): classes of the errors found on ~40 fresh English texts of
kinds absent from the gold sets (weather, health, courts, mining, farming, shipping, telecoms,
budgets, retail prices, transport, labour, sport), each written as sentences of our own with
look-alikes (none copied from a text). Each row gives the whole list of quantities the sentence
must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. money printed in the forms of the local press: an ISO code (or "RMB") glued to the figure
#    ("USD1.4 billion", "GHS12.5billion", "RMB48.2"), Ghana's "GH¢" and "cedis", the naira's "N"
#    in a text on Nigeria's fuel (NNPC, Dangote, premium motor spirit) that names no country,
#    the rand's "R" with a space between thousands ("R25 000")
MONEY_FORMS: list[Row] = [
    ("code-glued", "The bank raised USD1.4 billion in two bonds.", "en",
     [("USD1.4 billion", 1.4e9, "USD"), ("two bonds", 2, "count")]),
    ("code-glued-scale-glued", "Accra's arrears reached GHS12.5billion last year.", "en",
     [("GHS12.5billion", 12.5e9, "GHS")]),
    ("rmb-glued", "The regulator imposed a fine of RMB48.2 million.", "en",
     [("RMB48.2 million", 48.2e6, "CNY")]),
    ("rmb-spaced", "Sales were RMB 310 billion.", "en", [("RMB 310 billion", 310e9, "CNY")]),
    ("ghana-sign", "The Treasury said arrears stood at GH¢18.4 billion.", "en",
     [("GH¢18.4 billion", 18.4e9, "GHS")]),
    ("cedis", "Revenue reached 96.2 billion cedis in the first half.", "en",
     [("96.2 billion cedis", 96.2e9, "GHS")]),
    ("naira-nnpc", "NNPC retail outlets now sell at N702 per litre, up from N650.", "en",
     [("N702 per litre", 702, "NGN/litre"), ("up from N650", 650, "NGN/litre")]),
    ("naira-dangote", "Dangote cut its gantry price to N890 per litre.", "en",
     [("N890 per litre", 890, "NGN/litre")]),
    ("rand-spaced-thousands", "The Cape Town court imposed a fine of R25 000 on the firm.",
     "en", [("R25 000", 25000, "ZAR")]),
    ("look-alike-code-word", "The G20 met in 2023 and the USD weakened.", "en", []),
    ("look-alike-n95", "The clinic bought N95 masks for 40 staff.", "en",
     [("40 staff", 40, "people")]),
]  # fmt: skip


@table(MONEY_FORMS)
def test_money_in_the_forms_of_the_local_press(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. the denominators of a rate that "per"/"a" + a unit did not read: "a dozen" (per 12 things,
#    like "per 100,000 people"; no figure of its own), "to the acre"/"to the gallon" (per a unit
#    of measure), "for every kilometre", "per cwt" (pint's hundredweight), "per million
#    population" (a scale word as the denominator's number)
DENOMINATORS: list[Row] = [
    ("a-dozen", "Free-range eggs sold for $6.40 a dozen in Perth.", "en",
     [("$6.40 a dozen", 6.4, "AUD/12 count")]),
    ("per-dozen-move", "Eggs fell 30 cents a dozen, to $4.10 a dozen.", "en",
     [("fell 30 cents a dozen", 0.3, "USD/12 count"), ("$4.10 a dozen", 4.1, "USD/12 count")]),
    ("to-the-acre", "The best paddocks gave 62 bushels to the acre.", "en",
     [("62 bushels to the acre", 62, "bushel/acre")]),
    ("to-the-gallon", "The new model does 48 miles to the gallon.", "en",
     [("48 miles to the gallon", 48, "mile/gallon")]),
    ("for-every-kilometre", "Passengers pay a flat $2 and another $0.15 for every kilometre.", "en",
     [("$2", 2, "USD"), ("$0.15 for every kilometre", 0.15, "USD/kilometre")]),
    ("per-cwt", "Class III milk settled at $17.20 per cwt.", "en",
     [("$17.20 per cwt", 17.2, "USD/hundredweight")]),
    ("per-million", "Incidence reached 41.3 cases per million population.", "en",
     [("41.3 cases per million population", 41.3, "count/1000000 people")]),
    ("look-alike-to-the", "Farmers hauled 900 bushels to the elevator.", "en",
     [("900 bushels", 900, "bushel")]),
    ("look-alike-dozen", "Two dozen farms were flooded.", "en",
     [("Two dozen farms", 24, "count")]),
]  # fmt: skip


@table(DENOMINATORS)
def test_denominators_of_a_rate(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_per_one_million_people_in_digits() -> None:
    """ "per 1 million people" in digits: the denominator written out, as for a million spelled
    ("1000000 people", not "1e+06 people")."""
    check("There were 8.5 deaths per 1 million people.", "en",
          [("8.5 deaths per 1 million people", 8.5, "people/1000000 people")])  # fmt: skip


# 3. mass in a mining or market text: ounces of a precious metal the text is about are troy
#    ounces, also as amounts and in a sentence far from the metal's name; "gpt" is grams per
#    tonne; pounds weigh when a weight word stands before them or the sentence prices a pound
MASS: list[Row] = [
    ("troy-amount", "The gold miner poured 88,400oz in the quarter.", "en",
     [("88,400oz", 88400, "troy_ounce")]),
    ("troy-far", "Gold output rose at the Ridge mine. " + "The crews worked two shifts. " * 8
     + "Its costs were $1,210/oz.", "en",
     [("two shifts", 2, "count")] * 8 + [("$1,210/oz", 1210, "USD/troy_ounce")]),
    ("gpt", "Drilling returned 7.2gpt gold over 12 metres.", "en",
     [("7.2gpt", 7.2, "gram/tonne"), ("over 12 metres", 12, "metre")]),
    ("pounds-priced", "Nickel output was 52 million pounds, at a cost of $4.10 per pound.", "en",
     [("52 million pounds", 52e6, "pound"), ("$4.10 per pound", 4.1, "USD/pound")]),
    ("pounds-weight", "The calf had a birth weight of 95 pounds.", "en",
     [("95 pounds", 95, "pound")]),
    ("look-alike-ounce-food", "Each serving holds 4 ounces of cheese.", "en",
     [("4 ounces", 4, "ounce")]),
    ("look-alike-pounds-money", "The London firm paid 40 million pounds for the stake.", "en",
     [("40 million pounds", 40e6, "GBP")]),
]  # fmt: skip


@table(MASS)
def test_mass_in_mining_and_market_texts(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. a time or a term that is the claim: a prison term in days or weeks, after "jailed for",
#    before "imprisonment" ("12 months' imprisonment"); a time after "took", "clocked", "a time
#    of", "a record of", also two units ("9 minutes and 1.9 seconds"); an English compound
#    spelled without its hyphen ("twenty eight"); a quake "measuring 7.0"
TIMES: list[Row] = [
    ("jailed-for", "The former mayor was jailed for nine years on Friday.", "en",
     [("nine years", 9, "year")]),
    ("days-imprisonment", "He was fined $800 or 60 days imprisonment.", "en",
     [("$800", 800, "USD"), ("60 days", 60, "day")]),
    ("months-apostrophe", "She got 18 months' imprisonment, suspended.", "en",
     [("18 months", 18, "month")]),
    ("spelled-no-hyphen", "Each got thirty six months imprisonment for fraud.", "en",
     [("thirty six months", 36, "month")]),
    ("took-seconds", "The winning goal took just 11.2 seconds from kick-off.", "en",
     [("11.2 seconds", 11.2, "second")]),
    ("time-of-two-units", "She set a record time of 4 minutes and 12 seconds.", "en",
     [("4 minutes and 12 seconds", 4.2, "minute")]),
    ("quake-measuring", "A quake measuring 6.3 shook the island, killing 14 people.", "en",
     [("6.3", 6.3, ""), ("14 people", 14, "people")]),
    ("look-alike-later", "The vote took place 20 minutes later.", "en", []),
    ("look-alike-for-years", "The shop traded for 40 years.", "en", []),
    ("look-alike-measuring", "A slab measuring 3 metres fell.", "en",
     [("3 metres", 3, "metre")]),
]  # fmt: skip


@table(TIMES)
def test_times_and_terms_that_are_the_claim(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. an index's level after its name (also an acronym: CPI, RPI, PPI, PMI) and a verb of its
#    level, with a percent before: the level, not a percent carried
INDEX_LEVELS: list[Row] = [
    ("rpi-is", "Resale prices fell 0.9 percent. The flash RPI is 128.7, down 0.3 percent.", "en",
     [("fell 0.9 percent", 0.9, "percent"), ("128.7", 128.7, ""),
      ("down 0.3 percent", 0.3, "percent")]),
    ("pmi-stood-at", "Orders grew 4 percent and the PMI stood at 52.6 in March.", "en",
     [("grew 4 percent", 4, "percent"), ("52.6", 52.6, "")]),
    ("look-alike-share", "The CPI rose 0.5 percent; core was 0.3 percent.", "en",
     [("rose 0.5 percent", 0.5, "percent"), ("0.3 percent", 0.3, "percent")]),
    ("look-alike-index-at-percent", "Unemployment was 4 percent and the index was at 3.9 percent.",
     "en", [("4 percent", 4, "percent"), ("3.9 percent", 3.9, "percent")]),
]  # fmt: skip


@table(INDEX_LEVELS)
def test_an_index_level_after_its_name(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. what a price or a count is of: an English subject "a <unit> of <goods>" or "a dozen"
#    before a price; a price per thing (ARPU, per share) is not carried to a bare figure with
#    "million" or more after it (a count of customers, users)
SUBJECTS: list[Row] = [
    ("a-unit-of", "A litre of diesel cost $1.92 in Darwin.", "en",
     [("$1.92", 1.92, "AUD/litre")]),
    ("a-dozen-subject", "Last spring a dozen would cost $3.10.", "en",
     [("$3.10", 3.1, "USD/12 count")]),
    ("no-price-carried",
     "Revenue per user rose 8% to Rs 152, while the user base grew 4% to 310.2 million.", "en",
     [("rose 8%", 8, "percent"), ("Rs 152", 152, "INR/people"), ("grew 4%", 4, "percent"),
      ("310.2 million", 310.2e6, "count")]),
    ("look-alike-and", "She bought a litre of milk and paid $9 for bread.", "en",
     [("$9", 9, "USD")]),
    ("look-alike-plain-carry", "Petrol in Perth was $1.95 a litre, up from 1.89.", "en",
     [("$1.95 a litre", 1.95, "AUD/litre"), ("up from 1.89", 1.89, "AUD/litre")]),
]  # fmt: skip


@table(SUBJECTS)
def test_what_a_price_or_count_is_of(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. a study's figures: a p-value ("p<0.07", "p = 0.0006") is no claim; sevenths, eighths and
#    ninths are spelled fractions like thirds and fifths
STUDIES: list[Row] = [
    ("p-value-glued", "Relapses fell by 22% (p<0.04) on the new drug.", "en",
     [("fell by 22%", 22, "percent")]),
    ("p-value-spaced", "Of 90 patients, 61% improved (p = 0.003).", "en",
     [("90 patients", 90, "people"), ("61%", 61, "percent")]),
    ("one-seventh", "Higher doses lowered the risk by one-seventh.", "en",
     [("one-seventh", 14.29, "percent")]),
    ("an-eighth", "An eighth of the wards were closed.", "en",
     [("An eighth", 12.5, "percent")]),
    ("look-alike-one-of", "One of the seven trials was stopped.", "en",
     [("seven trials", 7, "count")]),
]  # fmt: skip


@table(STUDIES)
def test_a_studys_figures(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. shipping: "dwt"/"DWT" is a ship's deadweight in tonnes (pint reads "dwt" as pennyweight);
#    "nautical miles" are nautical miles, not a count of "nautical" things
SHIPPING: list[Row] = [
    ("dwt", "The yard delivered two 82,000 dwt bulkers.", "en",
     [("82,000 dwt", 82000, "tonne")]),
    ("dwt-upper", "Orders totalled 1,240,500 DWT last week.", "en",
     [("1,240,500 DWT", 1240500, "tonne")]),
    ("nautical-miles", "The ferry has a range of 4,000 nautical miles.", "en",
     [("4,000 nautical miles", 4000, "nautical_mile")]),
    ("look-alike-miles", "The road is 40 miles long.", "en", [("40 miles", 40, "mile")]),
]  # fmt: skip


@table(SHIPPING)
def test_shipping_units(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. odds and ends of reading a level: "40C days" (and "40C plus days", "a 38C scorcher") are
#    readings, not differences; the first figure of a pair before "years ago" or a term ("5 and
#    10 year bonds") is no quantity; a level after a rate in its sentence, in the rate's unit
#    and of its size, is of the rate ("187 bushels per acre, with Illinois … 179 bushels")
LEVELS: list[Row] = [
    ("celsius-days", "Perth faces three 41C days in a row.", "en",
     [("41C", 41, "degree_Celsius")]),
    ("celsius-plus-days", "Residents will swelter through several 39C plus days.", "en",
     [("39C", 39, "degree_Celsius")]),
    ("years-ago-pair", "The lake dried up between 8,000 and 6,000 years ago.", "en", []),
    ("term-pair", "The Treasury sold 3 and 7 year notes on Monday.", "en", []),
    ("rate-level", "Kansas expects 48 bushels per acre, with Nebraska close behind at 46 bushels.",
     "en", [("48 bushels per acre", 48, "bushel/acre"), ("46 bushels", 46, "bushel/acre")]),
    ("look-alike-total", "Yields hit 51 bushels per acre and the crop reached 1.8 billion bushels.",
     "en", [("51 bushels per acre", 51, "bushel/acre"), ("1.8 billion bushels", 1.8e9, "bushel")]),
    ("look-alike-warming", "The sea warmed 1.1C over a century.", "en",
     [("1.1C", 1.1, "delta_degree_Celsius")]),
    ("look-alike-range", "Between 2 and 3 years of growth were lost.", "en",
     [("Between 2 and 3 years of growth", 2.5, "year")]),
]  # fmt: skip


@table(LEVELS)
def test_reading_a_level(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. people counted without a people noun after the figure: a bare figure a few linking words
#     after "attendance", "crowd", "audience", "spectators"; "missing" alone after the figure
#     ("3,000 missing,"), while "12 missing paintings" counts the paintings
PEOPLE: list[Row] = [
    ("attendance", "The official attendance was given as 88,412 on the day.", "en",
     [("88,412", 88412, "people")]),
    ("crowd-of", "A crowd of 35,000 filled the ground.", "en", [("35,000", 35000, "people")]),
    ("missing-alone", "The storm left 41 dead, 12 missing and 300 injured.", "en",
     [("41 dead", 41, "people"), ("12 missing", 12, "people"), ("300 injured", 300, "people")]),
    ("look-alike-missing-noun", "Police recovered 6 missing paintings.", "en",
     [("6 missing paintings", 6, "count")]),
    ("look-alike-attendance-percent", "School attendance was 91%, down from 94%.", "en",
     [("91%", 91, "percent"), ("down from 94%", 94, "percent")]),
]  # fmt: skip


@table(PEOPLE)
def test_people_without_a_people_noun(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 11. a plural unit of measure opening the sentence names the unit of the bare figure after its
#     verb ("Hectares burned reached 1.2 million"), not the rate carried from before
UNIT_SUBJECTS: list[Row] = [
    ("acres-are-at", "Wheat yields 48.2 bushels per acre. Acres sown to wheat are at 36.1 million.",
     "en", [("48.2 bushels per acre", 48.2, "bushel/acre"), ("36.1 million", 36.1e6, "acre")]),
    ("hectares-reached", "Hectares burned this season reached 2.4 million.", "en",
     [("2.4 million", 2.4e6, "hectare")]),
    ("look-alike-not-first", "Last year the tally of acres planted was 12 million.", "en",
     [("12 million", 12e6, "count")]),
]  # fmt: skip


@table(UNIT_SUBJECTS)
def test_a_unit_as_the_subject(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. "kt" glued to a figure in a text that weighs in tonnes or mines ore: kilotonnes; in any
#     other text ("25kt winds") no unit of ours
KILOTONNES: list[Row] = [
    ("kt-mining", "Ore mined rose 9% to 512kt, from 470kt a year earlier.", "en",
     [("rose 9%", 9, "percent"), ("512kt", 512, "kilotonne"), ("from 470kt", 470, "kilotonne")]),
    ("look-alike-knots", "Gusts of 35kt are expected offshore.", "en", []),
]  # fmt: skip


@table(KILOTONNES)
def test_kilotonnes(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)
