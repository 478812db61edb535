"""The extractor's word lists (src/figcheck/lexicon/*.tsv) agree with the checker: every unit is
one pint reads, every hedge maps to a word the checker knows, every scale is a power of ten."""

from __future__ import annotations

import math

import pytest

from figcheck.draft.lexicon import lexicon
from figcheck.model.ranges import HEDGES
from figcheck.model.units import parse_unit

LEX = lexicon()
UNITS = sorted(set(LEX.units.values.values()) | {u for _, u in LEX.scaled_units.values()})
HEDGE_WORDS = sorted(LEX.hedges.values.items())


@pytest.mark.parametrize("unit", UNITS, ids=UNITS)
def test_every_unit_is_one_pint_reads(unit: str) -> None:
    assert parse_unit(unit).unit is not None


@pytest.mark.parametrize(
    ("printed", "checker"), HEDGE_WORDS, ids=[" ".join(h[0]) for h in HEDGE_WORDS]
)
def test_every_hedge_maps_to_a_checker_hedge(printed: tuple[str, ...], checker: str) -> None:
    assert checker in HEDGES


@pytest.mark.parametrize("word", sorted(LEX.scales), ids=sorted(LEX.scales))
def test_scales_are_powers_of_ten(word: str) -> None:
    multiplier, languages = LEX.scales[word]
    assert math.log10(multiplier).is_integer()
    assert languages in ("en", "es")


CURRENCIES = sorted(  # "$" after a figure ("40 bucks") is the text's dollar, as "$" before it
    set(LEX.currencies_after.values.values()) - {"PESO", "RUPEE", "SHILLING", "centavos", "$"}
)


@pytest.mark.parametrize("code", CURRENCIES, ids=CURRENCIES)
def test_currencies_are_iso_codes_the_checker_knows(code: str) -> None:
    assert parse_unit(code).unit is not None


def test_every_dollar_country_is_a_currency_the_checker_reads() -> None:
    from figcheck.draft.vocabulary import DOLLAR_COUNTRIES
    from figcheck.model.units import CURRENCIES

    assert set(DOLLAR_COUNTRIES) <= set(CURRENCIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The co-op paid XOF 700 per kilogram.", [("XOF 700 per kilogram", "XOF/kilogram")]),
        ("The bank sold it for BDT 1,200 crore.", [("BDT 1,200 crore", "BDT")]),
        ("Pensions rose to CLF 2.5 a month.", [("CLF 2.5 a month", "CLF/month")]),
    ],
)
def test_codes_of_every_currency_are_read_in_capitals(
    text: str, expected: list[tuple[str, str]]
) -> None:
    from figcheck.draft.extract import extract_mentions

    assert [(m.text, m.unit) for m in extract_mentions(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["They shipped 500 KGS of rice.", "TOP 10 PICKS: ALL 5 STORES", "Patch CVE 2024; SDG 5 now."],
)
def test_codes_that_texts_print_for_something_else_are_not_currencies(text: str) -> None:
    from figcheck.draft.extract import extract_mentions
    from figcheck.model.units import CURRENCIES

    units = {m.unit.split("/")[0] for m in extract_mentions(text)}
    assert not units & set(CURRENCIES), units
