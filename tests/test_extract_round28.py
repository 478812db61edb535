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
    ("look-alike-no-money", "The town sweltered at 31c on Tuesday.", "en",
     [("31c", 31, "delta_degree_Celsius")]),
]  # fmt: skip


@table(CENTS)
def test_cents_glued_or_signed(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
