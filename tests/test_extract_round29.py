"""Extraction round 29 (issue 15): classes of the misses of the development sets final13 and
final14, each written as sentences of our own with look-alikes (none copied from a gold text).
Each row gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. Kenya's shilling printed "Kes" (or "KES") before the figure, spaced or glued
KES: list[Row] = [
    ("kes-spaced", "The Nairobi lender will pay Kes 2.5 per share.", "en",
     [("Kes 2.5 per share", 2.5, "KES/count")]),
    ("kes-glued", "Net profit rose 12% to Kes41.3 billion.", "en",
     [("rose 12%", 12, "percent"), ("Kes41.3 billion", 41.3e9, "KES")]),
    ("kes-upper", "Deposits reached KES 2.1 trillion from KES 1.9 trillion.", "en",
     [("KES 2.1 trillion", 2.1e12, "KES"), ("KES 1.9 trillion", 1.9e12, "KES")]),
    ("look-alike-name", "Kes Gray wrote 12 books.", "en", [("12 books", 12, "count")]),
]  # fmt: skip


@table(KES)
def test_kes_before_the_figure(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 2. a volume of data: "GB", "TB", "PB" and their names after the figure (and its scale);
#    "MB" is left out (millibars)
DATA_VOLUMES: list[Row] = [
    ("gb-billion", "Mobile users in the country consumed 12.5 billion GB last year.", "en",
     [("12.5 billion GB", 12.5e9, "gigabyte")]),
    ("tb", "The archive holds 340 TB of video.", "en",
     [("340 TB", 340, "terabyte")]),
    ("gigabytes", "Each subscriber used 11.2 gigabytes a month.", "en",
     [("11.2 gigabytes a month", 11.2, "gigabyte/month")]),
    ("petabytes", "The library stores 3 petabytes.", "en",
     [("3 petabytes", 3, "petabyte")]),
]  # fmt: skip


@table(DATA_VOLUMES)
def test_volumes_of_data(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 3. a price per square metre in Spanish: "metro cuadrado" (singular) and "m2" (with "/" or as a
#    size); the subject's unit ("El metro cuadrado … en 11,9 euros")
SQUARE_METRES: list[Row] = [
    ("por-metro-cuadrado", "El alquiler sube hasta los 11,5 euros por metro cuadrado.", "es",
     [("11,5 euros por metro cuadrado", 11.5, "EUR/metre**2")]),
    ("euros-m2", "Bilbao tiene 14,2 euros/m2 y Palma 15,1 euros/m2.", "es",
     [("14,2 euros/m2", 14.2, "EUR/metre**2"), ("15,1 euros/m2", 15.1, "EUR/metre**2")]),
    ("subject", "El metro cuadrado en abril se situó en 11,9 euros, el más caro desde 2008.", "es",
     [("11,9 euros", 11.9, "EUR/metre**2")]),
    ("look-alike-size", "Un piso de 80 m2 cuesta 900 euros.", "es",
     [("80 m2", 80, "metre**2"), ("900 euros", 900, "EUR")]),
]  # fmt: skip


@table(SQUARE_METRES)
def test_prices_per_square_metre(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 4. the Hong Kong and New Zealand dollar signs "HK$" and "NZ$" (the "$" alone took the dollar of
#    the country named, or USD)
DOLLAR_SIGNS: list[Row] = [
    ("hk-sign", "Its shares closed at a high of HK$3.41 in Tokyo trade.", "en",
     [("HK$3.41", 3.41, "HKD")]),
    ("nz-sign", "The co-operative will pay NZ$7.90 per kilo of milk solids.", "en",
     [("NZ$7.90 per kilo", 7.9, "NZD/kilogram")]),
    ("look-alike-us", "The group earned US$65 million.", "en",
     [("US$65 million", 65e6, "USD")]),
]  # fmt: skip


@table(DOLLAR_SIGNS)
def test_hong_kong_and_new_zealand_dollars(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 5. the levels a move in percent went between ("a 9% increase in burglaries, from 410 to 447"):
#    counts (or an index's points after its name), not percents; a year, a rate or a unit
#    printed after the second level keep their reading
FROM_LEVELS: list[Row] = [
    ("burglaries", "Police recorded a 9% increase in burglaries, from 410 to 447.", "en",
     [("9% increase", 9, "percent"), ("410", 410, "count"), ("447", 447, "count")]),
    ("index", "The index decreased by 0.8 per cent from 143.2 in March to 142.05 in April.", "en",
     [("decreased by 0.8 per cent", 0.8, "percent"), ("from 143.2", 143.2, ""),
      ("142.05", 142.05, "")]),
    ("look-alike-people", "Arrests fell 10% from 200 to 180 people.", "en",
     [("fell 10%", 10, "percent"), ("200", 200, "people"), ("180 people", 180, "people")]),
    ("look-alike-year", "Sales rose 12% from 2019 to 2023.", "en",
     [("rose 12%", 12, "percent")]),
    ("look-alike-turnout", "Turnout rose 3% from 61 to 66 percent.", "en",
     [("rose 3%", 3, "percent"), ("61", 61, "percent"), ("66 percent", 66, "percent")]),
]  # fmt: skip


@table(FROM_LEVELS)
def test_levels_a_percent_move_went_between(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. members of a chamber counted in a sentence that names seats (or after one) ("escaños"): the seats a party
#    won, a count; elsewhere they are people
SEATS_AS_MEMBERS: list[Row] = [
    ("diputados-seats", "El PP obtuvo 123 escaños y Podemos 69 diputados, mientras En Marea logró 6.",
     "es", [("123 escaños", 123, "count"), ("69 diputados", 69, "count"), ("6", 6, "count")]),
    ("sentence-before", "El PP logró 130 escaños. El PSOE quedó segundo con 90 diputados.", "es",
     [("130 escaños", 130, "count"), ("90 diputados", 90, "count")]),
    ("look-alike-vote", "La ley fue aprobada por 130 diputados.", "es",
     [("130 diputados", 130, "people")]),
]  # fmt: skip


@table(SEATS_AS_MEMBERS)
def test_members_as_seats_won(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 7. a bare figure before a share in brackets ("41 (8%) were undecided") counts what the figure
#    before it counted: the percent in brackets is its share, not its unit
SHARE_IN_BRACKETS: list[Row] = [
    ("voters", "Of the 500 voters polled, 3 (<1%) refused; 41 (8%) were undecided.", "en",
     [("500 voters", 500, "people"), ("3", 3, "people"), ("1%", 1, "percent"),
      ("41", 41, "people"), ("8%", 8, "percent")]),
    ("look-alike-no-brackets", "Support rose to 45% from 40 (in May).", "en",
     [("45%", 45, "percent"), ("from 40", 40, "percent")]),
]  # fmt: skip


@table(SHARE_IN_BRACKETS)
def test_a_share_in_brackets_is_not_the_unit(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 8. "$" and "pesos" in a text on a Colombian region (Caldas, Manizales, Antioquia…) or its coffee
#    growers ("cafeteros"): Colombian pesos
COLOMBIAN_REGIONS: list[Row] = [
    ("manizales", "En Manizales la carga de café se pagó a $980.000.", "es",
     [("$980.000", 980000, "COP/count")]),  # per carga, as final14's labels (round 31)
    ("antioquia-pesos", "Los productores de Antioquia recibieron 8 mil pesos más.", "es",
     [("8 mil pesos más", 8000, "COP")]),
    ("look-alike-mexico", "En Guadalajara el kilo cuesta $45.", "es",
     [("$45", 45, "MXN/kilogram")]),
]  # fmt: skip


@table(COLOMBIAN_REGIONS)
def test_pesos_of_colombian_regions(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 9. a lead in "points" in a text on a poll ("leads by 8 points", "is up 3 points"): percentage
#    points; a game's points and an index's stay as they were
POLL_POINTS: list[Row] = [
    ("poll-lead", "A new poll for WXYZ: among women, Smith leads by 8 points; among men, the race is "
     "tied. Combined, Smith is up 3 points.", "en",
     [("8 points", 8, "percentage_point"), ("up 3 points", 3, "percentage_point")]),
    ("look-alike-game", "Doncic led by 12 points at half-time and scored 30 points.", "en",
     [("12 points", 12, "count"), ("30 points", 30, "count")]),
    ("look-alike-index", "The Dow is up 200 points in a poll of traders.", "en",
     [("up 200 points", 200, "")]),
]  # fmt: skip


@table(POLL_POINTS)
def test_a_poll_lead_in_points(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 10. "/mo" after a price: per month, as "/yr" is per year
PER_MO: list[Row] = [
    ("per-mo", "The plan costs $4.99/mo in the US.", "en", [("$4.99/mo", 4.99, "USD/month")]),
    ("look-alike-month", "Another costs $5 per month.", "en", [("$5 per month", 5, "USD/month")]),
]  # fmt: skip


@table(PER_MO)
def test_per_mo(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 11. the earlier level "from …" after a move's long level ("grew by 6 percent to $1.98 trillion
#     from $1.86 trillion"): a change, though the verb is more than eight tokens before "from"
FROM_AFTER_LONG_LEVEL: list[Row] = [
    ("trillion", "Revenue rose 5% to $1.98 trillion from $1.86 trillion.", "en",
     [("rose 5%", 5, "percent"), ("$1.98 trillion", 1.98e12, "USD"),
      ("from $1.86 trillion", 1.86e12, "USD")]),
    ("look-alike-no-move", "The index stood at 1.98 trillion points from 1.86 trillion.", "en",
     [("1.98 trillion points", 1.98e12, ""), ("1.86 trillion", 1.86e12, "")]),
]  # fmt: skip


@table(FROM_AFTER_LONG_LEVEL)
def test_the_earlier_level_after_a_long_level(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 12. votes per seat or constituency ("a mean of 24225 per constituency", "14790 /const"): a rate
#     of what the figure before counted per seat; the bare figure after it takes no rate
PER_SEAT: list[Row] = [
    ("per-constituency", "8,100,000 people voted Green, a mean of 12462 per constituency.", "en",
     [("8,100,000 people", 8.1e6, "people"), ("12462 per constituency", 12462, "people/count")]),
    ("slash-const", "4,000,000 people voted Lib, 6153 /const and 500 more.", "en",
     [("4,000,000 people", 4e6, "people"), ("6153 /const", 6153, "people/count"),
      ("500", 500, "people")]),
    ("look-alike-per-cent", "Some 12 per cent voted.", "en", [("Some 12 per cent", 12, "percent")]),
]  # fmt: skip


@table(PER_SEAT)
def test_votes_per_seat(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 13. a hotel's class in stars ("hoteles de 4 y 5 estrellas", "a 5-star hotel") is no quantity;
#     stars without a hotel (a rating, a general) stay counts
HOTEL_STARS: list[Row] = [
    ("estrellas-list", "Un 52 por ciento se alojó en hoteles de 4 y 5 estrellas y 28 por ciento en "
     "hoteles de 3 estrellas/aparts.", "es",
     [("52 por ciento", 52, "percent"), ("28 por ciento", 28, "percent")]),
    ("one-and-two", "El 6,1 por ciento en hoteles de 1 y 2 estrellas.", "es",
     [("6,1 por ciento", 6.1, "percent")]),
    ("look-alike-rating", "The app is rated 4.5 stars by 2,000 users.", "en",
     [("4.5 stars", 4.5, "count"), ("2,000 users", 2000, "people")]),
]  # fmt: skip


@table(HOTEL_STARS)
def test_a_hotels_stars(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 14. money, "in"/"of" and what it is, then "every"/"per" and a period: a rate per that period
MONEY_IN_PER_PERIOD: list[Row] = [
    ("in-interest", "The government pays $3 billion in interest every day.", "en",
     [("$3 billion in interest every day", 3e9, "USD/day")]),
    ("look-alike-year", "It spent $4 million in 2019 every year.", "en",
     [("$4 million", 4e6, "USD")]),
]  # fmt: skip


@table(MONEY_IN_PER_PERIOD)
def test_money_in_what_per_period(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 15. a figure, then "every" and a period ("adds 2 million every month"): a rate per that period
#     ("every" is no noun the figure counts); it counts what the figure before counted
EVERY_PERIOD: list[Row] = [
    ("bare", "It adds 2,000 every week.", "en", [("2,000 every week", 2000, "count/week")]),
    ("carried", "It has 3 million users and adds 2 million every month.", "en",
     [("3 million users", 3e6, "people"), ("2 million every month", 2e6, "people/month")]),
    ("look-alike-a-month", "It adds 2 million users a month.", "en",
     [("2 million users a month", 2e6, "people/month")]),
]  # fmt: skip


@table(EVERY_PERIOD)
def test_every_period(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)
