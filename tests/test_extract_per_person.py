"""A rate of money per person is per ``people``, so that it checks against a per-capita figure
(a GDP divided by a population is in USD/people; USD/count would be a unit mismatch). A rate per
a thing (a share, a household, a remittance) stays per ``count``. Sentences of our own, written
before the rule; each row gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table
from figcheck.model.units import parse_unit

ROWS: list[Row] = [
    ("per-person", "The plan costs $420 per person.", "en", [("$420 per person", 420, "USD/people")]),
    ("per-capita-after", "Income reached $10,807 per capita.", "en",
     [("$10,807 per capita", 10807, "USD/people")]),
    ("per-capita-before", "GDP per capita rose to $9,300.", "en", [("$9,300", 9300, "USD/people")]),
    ("per-adjective-person", "Shelters spend about $48,000 per homeless person.", "en",
     [("about $48,000 per homeless person", 48000, "USD/people")]),
    ("per-student", "The district spends $14,200 per student.", "en",
     [("$14,200 per student", 14200, "USD/people")]),
    ("a-head", "Seats are $25 a head.", "en", [("$25 a head", 25, "USD/people")]),
    ("por-habitante", "El gasto fue de 3.500 pesos por habitante.", "es",
     [("3.500 pesos por habitante", 3500, "MXN/people")]),
    ("per-capita-es", "El ingreso per cápita fue de 6.400 dólares.", "es",
     [("6.400 dólares", 6400, "USD/people")]),
    ("each-taxpayer", "The rescue costs each taxpayer $310.", "en", [("$310", 310, "USD/people")]),
    # look-alikes: a thing stays a count; "per cent" is no rate
    ("per-share", "It paid $0.52 per share.", "en", [("$0.52 per share", 0.52, "USD/count")]),
    ("per-household", "Bills rose to £1,900 per household.", "en",
     [("£1,900 per household", 1900, "GBP/count")]),
    ("each-household", "The grant pays each household $600.", "en", [("$600", 600, "USD/count")]),
    ("per-cent", "Prices rose 4 per cent.", "en", [("rose 4 per cent", 4, "percent")]),
]  # fmt: skip


@table(ROWS)
def test_money_per_person_is_per_people(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)


def test_a_per_person_rate_is_a_unit_the_checker_reads_as_per_people() -> None:
    """The drafted unit parses, and it is the unit of a GDP divided by a population."""
    per_person = parse_unit("USD/people").unit
    assert per_person == (parse_unit("USD").unit / parse_unit("people").unit)
    assert per_person.dimensionality != parse_unit("USD/count").unit.dimensionality
