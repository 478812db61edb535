"""Spelled numbers over a hundred: "three hundred and twelve" was read as 12, "one hundred
twenty" as 100, "Two-hundred and eighty-five" as 2 and 85 (final14's Jamaican crime report)."""

from __future__ import annotations

from extract_rows import Row, check, table

ROWS: list[Row] = [
    ("and-tens", "Some three hundred and twelve people were evacuated.", "en",
     [("Some three hundred and twelve people", 312, "people")]),
    ("no-and", "One hundred twenty people died in the floods.", "en",
     [("One hundred twenty people", 120, "people")]),
    ("hyphenated", "Two-hundred and eighty-five fewer people were murdered this year.", "en",
     [("Two-hundred and eighty-five fewer people", 285, "people")]),
    ("a-hundred", "A hundred and fifty people came to the meeting.", "en",
     [("A hundred and fifty people", 150, "people")]),
    ("then-a-scale", "The fund holds two hundred and fifty million dollars.", "en",
     [("two hundred and fifty million dollars", 250e6, "USD")]),
    ("then-thousand", "Nearly two hundred and fifty thousand people marched.", "en",
     [("Nearly two hundred and fifty thousand people", 250e3, "people")]),
    # look-alikes: "and" joining two figures, a hundred alone
    ("two-figures", "They found three hundred people and twelve dogs.", "en",
     [("three hundred people", 300, "people"), ("twelve dogs", 12, "count")]),
    ("hundred-alone", "Five hundred people signed the letter.", "en",
     [("Five hundred people", 500, "people")]),
]  # fmt: skip


@table(ROWS)
def test_spelled_hundreds_are_one_figure(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
