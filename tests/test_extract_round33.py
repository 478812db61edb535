"""Extraction round 33 (issue 15): classes of the misses of the dev33 gold set (English texts of
kinds no earlier set had), each written as sentences of our own with look-alikes (none copied
from a text). Each row gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. Times of day: "before 2 p.m.", "at 5 a.m.", "11pm", and both hours of a span of them
#    ("between 8 and 11 p.m.", "9 to 11 a.m.") are context, never counts; an hour is at most 12
CLOCK: list[Row] = [
    ("pm-dotted", "Showers are likely before 3 p.m. on Monday.", "en", []),
    ("am-dotted", "The market opens at 9 a.m. in New York.", "en", []),
    ("pm-glued", "Polls close at 8pm, and 1,200 officers are on duty.", "en",
     [("1,200 officers", 1200, "people")]),
    ("span-between", "Snow is likely between 7 and 10 p.m. tonight.", "en", []),
    ("span-to", "The office is open 9 to 11 a.m. on Saturdays.", "en", []),
    ("look-alike-rise", "Shares rose 15 percent by 2 p.m. on Friday.", "en",
     [("rose 15 percent", 15, "percent")]),
    ("look-alike-am-verb", "Reserves rose 5% and I am told 30 banks agree.", "en",
     [("rose 5%", 5, "percent"), ("30 banks", 30, "count")]),
]  # fmt: skip


@table(CLOCK)
def test_clock(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 2. A poll's points: "by 20 points" after a lead verb further back in its clause ("Smith leads
#    her rival Jones by 20 points"), and "a 6-point lead/edge/gap" in a text on a poll, are
#    percentage points; a game's points stay counts
POLL_POINTS: list[Row] = [
    ("by-points-far-lead",
     "In the new poll, Smith leads her Republican rival Ann Jones by 20 points.", "en",
     [("20 points", 20, "percentage_point")]),
    ("hyphen-lead", "The poll gives Jones a 6-point lead among women.", "en",
     [("6-point lead", 6, "percentage_point")]),
    ("hyphen-edge", "A new survey of voters shows a 3-point edge for Lee; polls agree.", "en",
     [("3-point edge", 3, "percentage_point")]),
    ("look-alike-game", "Diaz scored 31 points as the Hawks won by 12 points.", "en",
     [("31 points", 31, "count"), ("12 points", 12, "count")]),
    ("look-alike-hyphen-game", "It was a 10-point lead at half-time for the Hawks.", "en",
     [("10-point", 10, "count")]),
]  # fmt: skip


@table(POLL_POINTS)
def test_poll_points(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 3. Forecast highs and lows printed without a unit: a bare figure after "highs"/"lows" in its
#    clause ("Highs will reach 49", "lows will settle at 30", "Highs will be 39 on Tuesday, 48 on
#    Wednesday") is a temperature, in the scale the text names, else Fahrenheit in an English
#    text on the US; it never takes the unit of a wind speed or a rainfall before it
HIGHS_LOWS: list[Row] = [
    ("highs-reach", "Winds will be 10 to 15 mph. Highs will reach 61 in Reno.", "en",
     [("10 to 15 mph", 12.5, "mile/hour"), ("61", 61, "degree_Fahrenheit")]),
    ("lows-settle", "Expect 2 inches of rain, and lows will settle at 33.", "en",
     [("2 inches", 2, "inch"), ("33", 33, "degree_Fahrenheit")]),
    ("highs-list", "Highs will be 41 on Friday, 50 on Saturday, and 57 on Sunday.", "en",
     [("41", 41, "degree_Fahrenheit"), ("50", 50, "degree_Fahrenheit"),
      ("57", 57, "degree_Fahrenheit")]),
    ("highs-then-drop", "Highs will hit 52, and drop to 30 tonight.", "en",
     [("52", 52, "degree_Fahrenheit"), ("30", 30, "degree_Fahrenheit")]),
    ("celsius-text", "Highs of 24 °C on Monday; highs will reach 27 on Tuesday.", "en",
     [("24 °C", 24, "degree_Celsius"), ("27", 27, "degree_Celsius")]),
    ("look-alike-stock-high", "The stock hit a high of $61, with 300 traders.", "en",
     [("$61", 61, "USD"), ("300 traders", 300, "people")]),
]  # fmt: skip


@table(HIGHS_LOWS)
def test_highs_lows(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 4. Money words and signs: "bucks" are the text's dollars; "$C"/"C$" Canadian, "$A" Australian
#    dollars; "dirham(s)" the UAE's; cents printed in words ("five cents a share") are cents;
#    stone (a unit the grammar lacks) is read in kilograms (14 stone = 88.9 kg)
MONEY_WORDS: list[Row] = [
    ("bucks", "Tickets cost 40 bucks at the door.", "en", [("40 bucks", 40, "USD")]),
    ("dollar-c-after-sign", "Toronto paid about $C130 million for the storm.", "en",
     [("about $C130 million", 130e6, "CAD")]),
    ("dollar-c-before-sign", "The fund raised C$45 million last year.", "en",
     [("C$45 million", 45e6, "CAD")]),
    ("dollar-a", "Sydney's bill was $A2.5 billion.", "en", [("$A2.5 billion", 2.5e9, "AUD")]),
    ("dirham", "Dubai insurers expect claims of 500 million dirham.", "en",
     [("500 million dirham", 500e6, "AED")]),
    ("spelled-cents", "It earned five cents a share, and twelve cents in 2019.", "en",
     [("five cents a share", 0.05, "USD/count"), ("twelve cents", 0.12, "USD/count")]),
    ("stone", "He weighed 14 stone when he joined the club.", "en",
     [("14 stone", 88.90410452, "kilogram")]),
    ("look-alike-a-article", "They paid a $5 fee at the gate.", "en",
     [("$5", 5, "USD")]),
]  # fmt: skip


@table(MONEY_WORDS)
def test_money_words(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 5. Cents of a company's earnings in a text that has given its earnings per share are per share
#    too ("profit rose to 81 cents from 79 cents", "analysts expected income of 77 cents"); cents
#    of anything else stay cents of the dollar
EARNINGS_CENTS: list[Row] = [
    ("profit-cents-after-eps",
     "Acme earned $40 million, or 52 cents a share. Excluding costs, profit rose to 61 cents "
     "from 58 cents.", "en",
     [("$40 million", 40e6, "USD"), ("52 cents a share", 0.52, "USD/count"),
      ("61 cents", 0.61, "USD/count"), ("from 58 cents", 0.58, "USD/count")]),
    ("income-cents-two-sentences-on",
     "Acme earned 52 cents a share. Sales fell 2% to $300 million. Analysts expected income of "
     "49 cents.", "en",
     [("52 cents a share", 0.52, "USD/count"), ("fell 2%", 2, "percent"),
      ("$300 million", 300e6, "USD"), ("49 cents", 0.49, "USD/count")]),
    ("look-alike-no-eps-before", "Acme's profit per bottle fell 12 cents.", "en",
     [("fell 12 cents", 0.12, "USD")]),
    ("look-alike-gas-cents",
     "Acme earned 52 cents a share. Gas prices rose 10 cents in May.", "en",
     [("52 cents a share", 0.52, "USD/count"), ("rose 10 cents", 0.10, "USD")]),
]  # fmt: skip


@table(EARNINGS_CENTS)
def test_earnings_cents(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


# 6. A rate's denominator after the thing measured: "$4.50 for a pound of coffee", "$3 for a
#    gallon", "$5 for a dozen eggs" (per a pack: per count), "1 million barrels more crude oil
#    per day" (words between the unit and "per day")
RATE_AFTER: list[Row] = [
    ("for-a-pound", "Shoppers paid $4.50 for a pound of coffee.", "en",
     [("$4.50 for a pound", 4.5, "USD/pound")]),
    ("for-a-dozen", "Eggs cost $5.20 for a dozen in March.", "en",
     [("$5.20 for a dozen", 5.2, "USD/count")]),
    ("more-oil-per-day", "The group will pump 2 million barrels more crude oil per day.", "en",
     [("2 million barrels more crude oil per day", 2e6, "barrel/day")]),
    ("look-alike-for-a-year", "He paid $40 for a year of lessons.", "en", [("$40", 40, "USD")]),
    ("look-alike-more-people", "Tesco hired 2,000 more staff per store last year.", "en",
     [("2,000 more staff", 2000, "people")]),
]  # fmt: skip


@table(RATE_AFTER)
def test_rate_after(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 7. Specifications: "4,500 mAh", "25W", "12MP" are units (milliampere-hours, watts,
#    megapixels); "2160p" and "1080p" name a video format, not pence, in a text that prints no
#    sterling (a London share price "720p" stays pence)
SPECS: list[Row] = [
    ("mah-w", "It has a 4,500 mAh battery and 25W charging.", "en",
     [("4,500 mAh", 4500, "milliampere_hour"), ("25W", 25, "watt")]),
    ("megapixel", "The rear panel has a 12MP main sensor.", "en", [("12MP", 12, "megapixel")]),
    ("video-format", "It records 2160p video and streams 1080p clips.", "en", []),
    ("look-alike-pence", "In London, Tesco shares fell 5p to 720p.", "en",
     [("fell 5p", 0.05, "GBP/count"), ("720p", 7.2, "GBP/count")]),
]  # fmt: skip


@table(SPECS)
def test_specs(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 8. A spelled first bound and a second in digits are one range ("Two to 4 inches", "three to
#    10 days"); "number two" names a rank ("the world's number two phone maker"), not a count
RANGES_RANKS: list[Row] = [
    ("spelled-to-digits", "Two to 4 inches of snow is possible on Monday.", "en",
     [("Two to 4 inches", 3, "inch")]),
    ("spelled-and-digits", "Between three and 10 trucks were damaged.", "en",
     [("Between three and 10 trucks", 6.5, "count")]),
    ("look-alike-move", "Exports rose two to 14 percent in May.", "en",
     [("14 percent", 14, "percent")]),
    ("number-two", "The world's number two phone maker sold 3 million phones.", "en",
     [("3 million phones", 3e6, "count")]),
]  # fmt: skip


@table(RANGES_RANKS)
def test_ranges_ranks(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 9. "twice" as a multiple: before "as", "the", "that", "what", or after a copula ("a profit that
#    was twice Wall Street estimates"); "met twice" (how often) is no quantity
TWICE: list[Row] = [
    ("copula-twice", "Its profit was twice Wall Street estimates.", "en",
     [("twice", 2, "")]),
    ("twice-as", "Rents rose twice as fast as wages.", "en", [("twice", 2, "")]),
    ("twice-the", "The bill is twice the size of last year's.", "en",
     [("twice", 2, "")]),
    ("look-alike-often", "The board met twice in May and hired 40 staff.", "en",
     [("40 staff", 40, "people")]),
]  # fmt: skip


@table(TWICE)
def test_twice(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 10. A hedge between a people noun and its bare figure keeps the figure people: "an attendance
#     of over 50,000", "a crowd of about 40,000"
HEDGED_PEOPLE: list[Row] = [
    ("attendance-over", "It was the fourth game with an attendance of over 50,000.", "en",
     [("over 50,000", 50000, "people")]),
    ("crowd-about", "A crowd of about 40,000 filled the square.", "en",
     [("about 40,000", 40000, "people")]),
    ("look-alike-tickets", "The attendance rose, and over 5,000 tickets went unsold.", "en",
     [("over 5,000 tickets", 5000, "count")]),
]  # fmt: skip


@table(HEDGED_PEOPLE)
def test_hedged_people(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)


# 11. A fall by a fold is a division: "declined twofold" halves (0.5), "fell threefold" is a third
FOLD_DOWN: list[Row] = [
    ("declined-twofold", "Imports have declined twofold since 2016.", "en",
     [("declined twofold", 0.5, "")]),
    ("fell-fourfold", "Sales fell fourfold in a decade.", "en", [("fell fourfold", 0.25, "")]),
    ("look-alike-rose", "Sales rose threefold in a decade.", "en", [("threefold", 3, "")]),
]  # fmt: skip


@table(FOLD_DOWN)
def test_fold_down(text: str, lang: str | None, expected: list[tuple[str, float, str]]) -> None:
    check(text, lang, expected)
