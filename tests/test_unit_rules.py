"""Per-provider unit rules: each row a series' properties and the unit it must get (or None)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from figcheck.data.observations import Observation, ProviderSeries, SeriesError, normalise_period
from figcheck.data.providers import sdmx as ours_sdmx
from figcheck.data.series_ids import SeriesId
from figcheck.data.suites import value_range
from figcheck.data.unit_rules import RULES, unit_of

RULE_CASES = [
    ("WB", {"INDICATOR": "NY.GDP.MKTP.CD", "INDICATOR_NAME": "GDP (current US$)"}, ("USD", 0)),
    ("WB", {"INDICATOR": "NY.GDP.MKTP.CN", "INDICATOR_NAME": "GDP (current LCU)"}, None),
    ("WB", {"INDICATOR": "SL.UEM.TOTL.ZS", "INDICATOR_NAME": "Unemployment (% of labor force)"},
     ("percent", 0)),
    ("WB", {"INDICATOR": "NY.GDP.MKTP.CD", "INDICATOR_NAME": "GDP (current LCU)"}, None),
    ("WB", {"INDICATOR": "SP.POP.TOTL", "INDICATOR_NAME": "Population, total"}, ("people", 0)),
    ("ECB", {"DATAFLOW": "EXR", "CURRENCY": "USD", "CURRENCY_DENOM": "EUR", "EXR_TYPE": "SP00",
             "UNIT": "USD", "UNIT_MULT": "0"}, ("USD/EUR", 0)),
    ("ECB", {"DATAFLOW": "EXR", "CURRENCY": "USD", "CURRENCY_DENOM": "EUR", "EXR_TYPE": "ERC0",
             "UNIT": "USD"}, None),
    ("ECB", {"DATAFLOW": "BSI", "UNIT": "EUR", "UNIT_MULT": "6"}, ("EUR", 6)),
    ("ECB", {"DATAFLOW": "BSI", "UNIT": "EUR", "UNIT_MULT": "x"}, None),
    ("ESTAT", {"UNIT": "CP_MEUR"}, ("EUR", 6)),
    ("ESTAT", {"UNIT": "CLV10_MEUR"}, ("EUR", 6)),
    ("ESTAT", {"UNIT": "CP_MNAC"}, None),
    ("ESTAT", {"UNIT": "PC_GDP"}, ("percent", 0)),
    # regression: Eurostat's PER is "Person" (was read as a bare count); THS_PER thousands
    ("ESTAT", {"UNIT": "PER"}, ("people", 0)),
    ("ESTAT", {"UNIT": "THS_PER"}, ("people", 3)),
    ("ESTAT", {"UNIT": "NR"}, ("count", 0)),
    # ratios "per" something (euro per inhabitant, per 100 000 inhabitants) are refused
    ("ESTAT", {"UNIT": "EUR_HAB"}, None),
    ("ESTAT", {"UNIT": "P_HTHAB"}, None),
    ("ESTAT", {"UNIT": "PER_KM2"}, None),
    # regression: a code with a trailing line break no longer passes a `$` pattern
    ("ESTAT", {"UNIT": "PER\n"}, None),
    ("ESTAT", {"UNIT": "CP_MEUR\n"}, None),
    ("ESTAT", {"UNIT": "I15"}, ("index", 0)),
    ("IMF", {"INDICATOR": "BXGN_BP6_USD", "UNIT_MULT": "6"}, ("USD", 6)),
    ("IMF", {"INDICATOR": "TMG_CIF_USD", "SCALE": "6"}, ("USD", 0)),
    ("IMF", {"INDICATOR": "PCPI_IX"}, ("index", 0)),
    ("IMF", {"INDICATOR": "ENDA_XDC_USD_RATE"}, None),
    ("OECD", {"UNIT_MEASURE": "USD", "UNIT_MULT": "6"}, ("USD", 6)),
    ("OECD", {"UNIT_MEASURE": "XDC", "CURRENCY": "MXN", "UNIT_MULT": "9"}, ("MXN", 9)),
    ("OECD", {"UNIT_MEASURE": "XDC"}, None),
    ("OECD", {"UNIT_MEASURE": "USD_PPP"}, None),
    ("UNSD", {"UNIT_MEASURE": "PERCENT"}, ("percent", 0)),
    ("INEGI", {"UNIT_MEASURE": "PS"}, ("people", 0)),
    ("FRED", {"SERIES": "CPIAUCSL"}, ("index", 0)),
    ("FRED", {"SERIES": "DEXMXUS"}, ("MXN/USD", 0)),
    ("FRED", {"SERIES": "SOMETHINGELSE"}, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("provider", "props", "expected"),
    RULE_CASES,
    ids=[f"{p}-{'-'.join(v for v in props.values())[:40]}" for p, props, _ in RULE_CASES],
)
def test_each_provider_rule(
    provider: str, props: dict[str, str], expected: tuple[str, int] | None
) -> None:
    found = RULES[provider](props)
    assert (None if found is None else (found.unit, found.multiplier)) == expected


def test_a_refused_unit_names_the_series_and_a_given_one_wins() -> None:
    series = SeriesId("ESTAT", "nama_10_gdp", "A.CP_MNAC.B1GQ.DE")
    parsed = ProviderSeries(series, "t", (Observation("2009", 1.0),), {"UNIT": "CP_MNAC"})
    with pytest.raises(SeriesError, match=r"ESTAT/nama_10_gdp/A\.CP_MNAC\.B1GQ\.DE.*UNIT=CP_MNAC"):
        unit_of(parsed, None)
    given = unit_of(parsed, "million EUR")
    assert (given.unit, given.multiplier, given.rule) == ("EUR", 6, "given with --unit")
    with pytest.raises(SeriesError, match="unknown unit"):
        unit_of(parsed, "million furlongs of gold")


@pytest.mark.parametrize(
    ("text", "period"),
    [("2009", "2009"), ("2009M01", "2009-01"), ("2009-01", "2009-01"), ("2009Q3", "2009-Q3"),
     ("2009-Q3", "2009-Q3"), ("2009-S2", "2009-S2"), ("2009-01-15", "2009-01-15"),
     ("2009M13", None), ("last year", None)],
    ids=["year", "wb-month", "sdmx-month", "wb-quarter", "sdmx-quarter", "semester", "day",
         "month-13", "words"],
)  # fmt: skip
def test_periods_are_spelled_one_way(text: str, period: str | None) -> None:
    assert normalise_period(text) == period


def test_sdmx_base_urls_agree_with_sdmx1() -> None:
    import sdmx.source  # the library itself

    names = {"ECB": "ECB", "ESTAT": "ESTAT", "OECD": "OECD", "IMF": "IMF_DATA", "UNSD": "UNSD",
             "INEGI": "INEGI"}  # fmt: skip
    for ours, theirs in names.items():
        registered = sdmx.source.sources[theirs].url  # type: ignore[attr-defined]
        assert ours_sdmx.default_base(ours) == str(registered).rstrip("/")


@given(st.lists(st.floats(-1e15, 1e15, allow_nan=False), min_size=1, max_size=50))
@example([5e-324])  # a subnormal: the rounding step underflowed to zero (found by CI)
@example([-5e-324, 0.0])
def test_a_generated_range_holds_every_value_it_was_made_from(values: list[float]) -> None:
    import pandas as pd

    bounds = value_range(pd.Series(values))
    assert bounds is not None
    assert bounds[0] <= min(values)
    assert max(values) <= bounds[1]
