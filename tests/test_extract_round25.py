"""Extraction round 25 (the lead): classes found on the final9 drafts after they were scored,
each written as sentences of our own with look-alikes (none taken from a gold text). Each row
gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# Indian grouping (lakh, crore): two digits between commas, three at the end
LAKH: list[Row] = [
    ("lakh", "Output was 3,42,150 tonnes in May, worth Rs 90 crore.", "en",
     [("3,42,150 tonnes", 342150, "tonne"), ("Rs 90 crore", 9e8, "INR")]),
    ("crore", "The ministry spent Rs 4,56,78,900 on roads.", "en",
     [("Rs 4,56,78,900", 45678900, "INR")]),
    ("lakh-decimal", "Stocks stood at 1,08,250.5 tonnes, the rupee data show.", "en",
     [("1,08,250.5 tonnes", 108250.5, "tonne")]),
    ("lakh-india", "India's crude output was 2,51,460 tonnes in April.", "en",
     [("2,51,460 tonnes", 251460, "tonne")]),
    ("look-alike-western", "Stocks stood at 1,108,250 tonnes.", "en",
     [("1,108,250 tonnes", 1108250, "tonne")]),
    ("look-alike-no-rupees", "Sizes available: 10,12,140 units.", "en", []),
    ("look-alike-decimal-comma", "La inflación fue de 3,42 por ciento.", "es",
     [("3,42 por ciento", 3.42, "percent")]),
]  # fmt: skip

# basis points in Spanish ("puntos básicos", "pb"): hundredths of a percentage point
BASIS: list[Row] = [
    ("puntos-basicos", "La junta subió la tasa en 75 puntos básicos.", "es",
     [("75 puntos básicos", 0.75, "percentage_point")]),
    ("pb", "Se espera un alza de 25 pb en marzo.", "es", [("un alza de 25 pb", 0.25, "percentage_point")]),
    ("look-alike-puntos", "El índice ganó 75 puntos.", "es", [("ganó 75 puntos", 75, "")]),
]  # fmt: skip

# cubic and square metres are named as the metre is ("metre**3", like "metre", "kilometre")
METRES: list[Row] = [
    ("cubic", "The dam holds 40 million cubic meters of water.", "en",
     [("40 million cubic meters", 4e7, "metre**3")]),
    ("square", "The flat is 65 square metres.", "en", [("65 square metres", 65, "metre**2")]),
    ("metre", "The wall is 12 metres high.", "en", [("12 metres", 12, "metre")]),
]  # fmt: skip

# "/hr", "per hr", "/yr": a rate in time, abbreviated
ABBREVIATED_TIME: list[Row] = [
    ("slash-hr", "The wage rose to $9.10/hr in May.", "en", [("$9.10/hr", 9.10, "USD/hour")]),
    ("per-hr", "Cleaners earn $11 per hr.", "en", [("$11 per hr", 11, "USD/hour")]),
    ("slash-yr", "Dues are $120/yr.", "en", [("$120/yr", 120, "USD/year")]),
]  # fmt: skip


# "$" in a local paper of a dollar country that names its city or province, not the country
LOCAL_DOLLARS: list[Row] = [
    ("calgary", "Commuters around Calgary paid $1.35 a litre on Monday.", "en",
     [("$1.35 a litre", 1.35, "CAD/litre")]),
    ("queensland", "Queensland growers were paid $410 a tonne.", "en",
     [("$410 a tonne", 410, "AUD/tonne")]),
    ("look-alike-us", "Drivers in Ohio paid $3.10 a gallon.", "en",
     [("$3.10 a gallon", 3.10, "USD/gallon")]),
]  # fmt: skip

# pence in a market report: a move before its word ("41.2p to 134p", "up 36.6p at"), share
# prices per share; "US dollars" after a figure
PENCE: list[Row] = [
    ("pence-move", "Shares in Acme Mining dropped by 22.5p to 301p.", "en",
     [("dropped by 22.5p", 0.225, "GBP/count"), ("301p", 3.01, "GBP/count")]),
    ("risers", "The biggest risers on the index were Ferro, up 12.4p at 388.1p.", "en",
     [("up 12.4p", 0.124, "GBP/count"), ("388.1p", 3.881, "GBP/count")]),
    ("look-alike-coin", "The 2p coin is older than the 5p piece.", "en",
     [("2p", 0.02, "GBP"), ("5p", 0.05, "GBP")]),
    ("look-alike-sum-by", "Profits rose by £2 million.", "en", [("rose by £2 million", 2e6, "GBP")]),
    # round 30: "A barrel of Brent cost …" is a price per barrel (final9 westernmail's label
    # for the same form is USD/barrel); this row is about "US dollars", which stays USD
    ("us-dollars", "A barrel of Brent cost 71.20 US dollars.", "en",
     [("71.20 US dollars", 71.2, "USD/barrel")]),
]  # fmt: skip

# a conversion in brackets takes the rate's denominator of the figure it converts
CONVERTED_RATES: list[Row] = [
    ("bracket-before-rate", "Cleaners earn €11.20 ($12.10) an hour.", "en",
     [("€11.20", 11.2, "EUR/hour"), ("$12.10", 12.1, "USD/hour")]),
    ("rate-before-bracket", "Farm hands earn 180 pesos a day (about $9.40).", "en",
     [("180 pesos a day", 180, "MXN/day"), ("about $9.40", 9.4, "USD/day")]),
    ("look-alike-same-currency", "Rents of $1,500 a month ($300 more than in 2020) are usual.",
     "en", [("$1,500 a month", 1500, "USD/month"), ("$300", 300, "USD")]),
    ("look-alike-sum", "Profits were $352bn (£216bn).", "en",
     [("$352bn", 352e9, "USD"), ("£216bn", 216e9, "GBP")]),
]  # fmt: skip

# a currency named with its country: that country's currency code
NAMED_CURRENCIES: list[Row] = [
    ("canadian", "The rink cost 7 million Canadian dollars.", "en",
     [("7 million Canadian dollars", 7e6, "CAD")]),
    ("turkish", "Exports reached 1.2 trillion Turkish liras.", "en",
     [("1.2 trillion Turkish liras", 1.2e12, "TRY")]),
    ("swiss", "The fine was 40 million Swiss francs.", "en", [("40 million Swiss francs", 4e7, "CHF")]),
    ("es-canadienses", "La mina costó 5 millones de dólares canadienses.", "es",
     [("5 millones de dólares canadienses", 5e6, "CAD")]),
    ("look-alike-won", "She won 3 races.", "en", [("3 races", 3, "count")]),
    ("look-alike-libras", "El saco pesa 20 libras.", "es", [("20 libras", 20, "pound")]),
]  # fmt: skip

# "a population of N million" after a money figure counts people, not the money's currency
POPULATIONS: list[Row] = [
    ("population-after-money", "The $2.4 billion plan serves a region with a population of "
     "nearly 1.9 million.", "en", [("$2.4 billion", 2.4e9, "USD"),
                                   ("nearly 1.9 million", 1.9e6, "people")]),
    ("poblacion", "Se invirtieron 800 millones de pesos en una población de 1,2 millones.", "es",
     [("800 millones de pesos", 8e8, "MXN"), ("1,2 millones", 1.2e6, "people")]),
    ("look-alike-money-carried", "The fund of $3 billion grew by 2 million.", "en",
     [("$3 billion", 3e9, "USD"), ("grew by 2 million", 2e6, "USD")]),
]  # fmt: skip

# review of round 25: a move is no range; a rate is not carried over ", and" to another subject
REVIEWED: list[Row] = [
    ("move-low-to-high", "The stock rose from a low of $12 to a high of $40.", "en",
     [("$12", 12, "USD"), ("$40", 40, "USD")]),
    ("move-es", "El desempleo bajó de un máximo de 10% a un mínimo de 3,5%.", "es",
     [("10%", 10, "percent"), ("3,5%", 3.5, "percent")]),
    ("look-alike-range", "Estimates range from a low of $59 billion to a high of $298 billion.",
     "en", [("$59 billion to a high of $298 billion", 178.5e9, "USD")]),
    ("rate-not-over-and", "Rents rose from $1,200 a month, and home prices jumped to $400,000.",
     "en", [("rose from $1,200 a month", 1200, "USD/month"), ("$400,000", 400000, "USD")]),
    ("look-alike-rate-carried", "Output rose from 120 million tonnes a year to 190 million tonnes.",
     "en", [("rose from 120 million tonnes a year", 1.2e8, "tonne/year"),
            ("190 million tonnes", 1.9e8, "tonne/year")]),
]  # fmt: skip


@table(
    LAKH
    + BASIS
    + METRES
    + ABBREVIATED_TIME
    + REVIEWED
    + LOCAL_DOLLARS
    + PENCE
    + CONVERTED_RATES
    + NAMED_CURRENCIES
    + POPULATIONS
)
def test_round25_classes(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
