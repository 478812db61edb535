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
