"""Change, rank and constant-money claims (issue 12; docs/claim-shapes.md): the example desk,
the scalar rules, spec mistakes as error verdicts, and the bugs fixed on the way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.model.adjust import index_level
from figcheck.model.changes import (
    ChangeKind,
    compute_change,
    fall_centre,
    points_unit,
    read_ratio_word,
)
from figcheck.model.dates import Grain, read_period
from figcheck.model.ranks import (
    Order,
    months_earlier,
    ordinal,
    rank_in_window,
    series_change,
    years_earlier,
)
from figcheck.pipeline import Report
from helpers import REPO, check_paths, result

EXAMPLE = REPO / "docs" / "examples" / "claim-shapes.yaml"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return check_paths([EXAMPLE], [], tmp_path_factory.mktemp("shapes"), bundled=True)


EXAMPLE_VERDICTS = {
    "peso-around-20-january-2024": "discrepancy",
    "world-population-passed-8-billion-2022": "discrepancy",
    "cpi-rose-9.1-in-twelve-months-to-june-2022": "supported",
    "cpi-fastest-pace-in-four-decades": "supported",
    "cpi-highest-since-1981": "supported",
    "cpi-nearly-20-per-cent-above-january-2020": "supported",
    "prices-doubled-since-1990": "supported",
    "mexico-about-127-million-2020": "supported",
    "mexico-homicides-2011-deadliest-on-record": "supported",
    "mexico-homicides-2022-deadliest": "discrepancy",
    "mexico-homicides-2012-second-deadliest": "supported",
    "mexico-gdp-2008-in-todays-dollars": "supported",
}


def test_the_example_desk_checks(example: Report) -> None:
    found = dict(zip(example.findings["id"], example.findings["verdict"], strict=True))
    assert found == EXAMPLE_VERDICTS


def test_a_change_message_names_both_ends(example: Report) -> None:
    message = result(example, "cpi-rose-9.1-in-twelve-months-to-june-2022")["message"]
    # a month of a monthly column is shown as a month, as it is written (mends25: 2021-06-01)
    assert "rose 9.06%, from 271.696 (2021-06) to 296.311 (2022-06)" in message


def test_a_rank_message_names_the_rank_the_window_and_what_beats_it(example: Report) -> None:
    message = result(example, "mexico-homicides-2022-deadliest")["message"]
    assert "ranks 6th highest of 23 (year 2000–2022)" in message
    assert "beaten by 2020 (35,787 people)" in message
    assert "To stand, it must rank 1st" in message


def test_an_adjust_message_states_the_index_and_both_dates(example: Report) -> None:
    found = result(example, "mexico-gdp-2008-in-todays-dollars")
    assert (
        "US CPI-U (BLS), 1982-84=100 from 2008 (average 215.303 of 12 values) to 2024-06 (314.175)"
        in (found["message"])
    )
    assert found["dataset"] == ("world-gdp", "us-cpi-u")


def test_regression_a_rank_over_a_monthly_state_table_sums_each_year_first(
    example: Report,
) -> None:
    """The lost first attempt ranked state-month rows, not years: 2011's sum (27,330, the
    rows of 32 states × 12 months) is the highest of 2000–2011."""
    found = result(example, "mexico-homicides-2011-deadliest-on-record")
    assert found["reference_value"] == 1
    assert "with 27,330 people" in found["message"]
    assert "of 12 (year 2000–2011)" in found["message"]


PERIODS = [
    ("2022", 2022, 1, Grain.YEAR), ("2022-06", 2022, 6, Grain.MONTH),
    ("June 2022", 2022, 6, Grain.MONTH), ("Jun 2022", 2022, 6, Grain.MONTH),
    ("Sept 2021", 2021, 9, Grain.MONTH), ("2022-6", 2022, 6, Grain.MONTH),
    ("2022-06-01", 2022, 6, Grain.DAY), (2011, 2011, 1, Grain.YEAR),
    (dt.date(2022, 6, 1), 2022, 6, Grain.DAY),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "year", "month", "grain"), PERIODS, ids=[str(p[0]) for p in PERIODS]
)
def test_period_spellings(text: object, year: int, month: int, grain: Grain) -> None:
    period = read_period(text)
    assert period is not None
    assert (period.start.year, period.start.month, period.grain) == (year, month, grain)


@pytest.mark.parametrize("text", ["June", "2022-13", "someday", "2022-02-30", True])
def test_not_periods(text: object) -> None:
    assert read_period(text) is None


RATIO_WORDS = [
    ("doubled", "2", None), ("tripled", "3", None), ("quadrupled", "4", None),
    ("halved", "0.5", None), ("more than double", "2", "more than"),
    ("More than  doubled", "2", "more than"), ("a tenfold rise", "10", None),
]  # fmt: skip


@pytest.mark.parametrize(("word", "value", "hedge"), RATIO_WORDS, ids=[w[0] for w in RATIO_WORDS])
def test_ratio_words(word: str, value: str, hedge: str | None) -> None:
    assert read_ratio_word(word) == (value, hedge)


CHANGES = [
    (ChangeKind.PERCENT, 271.696, 296.311, 9.0597579648),
    (ChangeKind.RATIO, 8867, 27213, 3.0690199616),
    (ChangeKind.DIFFERENCE, 7_920_514_854, 7_989_545_217, 69_030_363),
    (ChangeKind.POINTS, 0.93, 1.37, 0.44),
]


@pytest.mark.parametrize(
    ("kind", "start", "end", "change"), CHANGES, ids=[c[0].value for c in CHANGES]
)
def test_change_rules(kind: ChangeKind, start: float, end: float, change: float) -> None:
    assert compute_change(kind, start, end) == pytest.approx(change)


@given(st.floats(0.01, 1e6), st.floats(0.01, 1e6))
def test_a_percent_change_is_a_ratio_less_one(start: float, end: float) -> None:
    percent = compute_change(ChangeKind.PERCENT, start, end)
    ratio = compute_change(ChangeKind.RATIO, start, end)
    assert percent == pytest.approx((ratio - 1) * 100, rel=1e-9, abs=1e-9)


SERIES = [(1990 + i, float(v)) for i, v in enumerate([5, 9, 7, 3, 8, 6])]


def test_rank_on_record_since_and_last() -> None:
    assert rank_in_window(SERIES, 1994, Order.HIGHEST).rank == 2  # beaten by 1991
    since = rank_in_window(SERIES, 1994, Order.HIGHEST, after=1991)
    assert (since.rank, since.first, since.size) == (1, 1992, 3)
    assert rank_in_window(SERIES, 1993, Order.LOWEST).rank == 1
    assert rank_in_window(SERIES, 1995, Order.HIGHEST, last=2).rank == 2
    assert rank_in_window(SERIES, 1995, Order.HIGHEST, last=9).problem
    assert rank_in_window(SERIES, 2030, Order.HIGHEST).problem


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30), st.data())
def test_a_rank_is_one_plus_the_entries_that_beat_it(
    values: list[float], data: st.DataObject
) -> None:
    entries = list(enumerate(values))
    at = data.draw(st.integers(0, len(values) - 1))
    outcome = rank_in_window(entries, at, Order.HIGHEST)
    assert 1 <= outcome.rank <= outcome.size == at + 1
    assert outcome.rank == 1 + len(outcome.beaten_by)
    assert all(value > values[at] for _, value in outcome.beaten_by)


@pytest.mark.parametrize(
    ("column", "claim", "unit"),
    [
        ("percent", "percentage_point", "percentage_point"),  # "fell 1.7 percentage points"
        ("percent", "percent", "percent"),  # "up 0.4%" where the desk says change: points
        ("people", "percentage_point", "people"),  # not a rate: stays, and fails as units do
    ],
)
def test_a_points_change_of_a_percent_column_is_in_percentage_points(
    column: str, claim: str, unit: str
) -> None:
    assert points_unit(column, claim) == unit


@pytest.mark.parametrize(
    ("kind", "value", "centre"),
    [
        (ChangeKind.PERCENT, -5.0, 0.0),  # "fell nearly 5%": the size is nearly 5
        (ChangeKind.POINTS, -1.7, 0.0),
        (ChangeKind.DIFFERENCE, -1000.0, 0.0),
        (ChangeKind.PERCENT, 5.0, None),  # a rise is read as written
        (ChangeKind.RATIO, 0.5, 1.0),  # "nearly halved": nearly half was lost (verdicts23)
        (ChangeKind.RATIO, 2.0, None),  # "nearly doubled" is just below 2 as written
        (ChangeKind.RATIO, -0.5, None),
        (None, -5.0, None),
    ],
)
def test_a_fall_is_measured_from_where_it_stops_being_a_rise(
    kind: ChangeKind | None, value: float, centre: float | None
) -> None:
    assert fall_centre(kind, value) == centre


def _month(text: str) -> dt.date:
    return dt.date.fromisoformat(f"{text}-01")


# CPI-U as bundled: BLS published no index for October 2025 (verdicts23)
CPI = [(_month(m), v) for m, v in [
    ("2024-05", 314.069), ("2024-06", 314.175), ("2024-07", 314.54), ("2024-08", 314.796),
    ("2024-09", 315.301),
    ("2024-10", 315.664), ("2024-11", 315.493), ("2024-12", 315.605), ("2025-01", 317.671),
    ("2025-02", 319.082), ("2025-03", 319.799), ("2025-04", 320.795), ("2025-05", 321.465),
    ("2025-06", 322.561), ("2025-07", 323.048), ("2025-08", 323.976), ("2025-09", 324.800),
    ("2025-11", 324.122), ("2025-12", 324.054), ("2026-01", 325.252),
]]  # fmt: skip


def test_a_lag_in_months_is_not_shifted_by_a_missing_month() -> None:
    by_month = dict(series_change(CPI, ChangeKind.PERCENT, 12, months_earlier))
    # January 2026 against January 2025 (2.386%), not against December 2024 (3.057%, 12 rows)
    assert by_month[_month("2026-01")] == pytest.approx(2.38643124)
    assert _month("2025-10") not in by_month  # no index, no change
    by_row = dict(series_change(CPI, ChangeKind.PERCENT, 12))
    assert by_row[_month("2026-01")] == pytest.approx(3.05666894)
    lowest = rank_in_window(
        list(by_month.items()), _month("2026-01"), Order.LOWEST, after=_month("2025-05"),
        earlier=months_earlier,
    )  # fmt: skip
    assert (lowest.rank, lowest.size) == (1, 7)


def test_last_counts_periods_where_it_can() -> None:
    gap = [entry for entry in SERIES if entry[0] != 1993]  # 1990-1995 without 1993
    by_years = rank_in_window(gap, 1995, Order.HIGHEST, last=3, earlier=years_earlier)
    assert (by_years.first, by_years.size) == (1993 + 1, 2)  # 1993-1995, 1993 missing
    assert rank_in_window(gap, 1995, Order.HIGHEST, last=3).first == 1992  # 3 rows
    assert rank_in_window(gap, 1995, Order.HIGHEST, last=7, earlier=years_earlier).problem
    assert months_earlier(dt.date(2026, 1, 1), 12) == dt.date(2025, 1, 1)
    assert months_earlier(dt.date(2026, 3, 1), 480) == dt.date(1986, 3, 1)


def test_series_change_skips_the_first_lag_entries() -> None:
    changed = series_change(SERIES, ChangeKind.DIFFERENCE, 2)
    assert changed[0] == (1992, 2.0)
    assert len(changed) == len(SERIES) - 2


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (21, "21st"),
        (23, "23rd"),
    ],
)
def test_ordinals(n: int, text: str) -> None:
    assert ordinal(n) == text


def test_index_level_of_a_year_is_its_annual_average_and_needs_twelve_months() -> None:
    months = [(dt.date(2008, m, 1), float(m)) for m in range(1, 13)]
    year = read_period(2008)
    assert year is not None
    assert index_level(months, year, monthly=True).value == pytest.approx(6.5)
    assert index_level(months[:5], year, monthly=True).problem
    june = read_period("2008-06")
    assert june is not None
    assert index_level(months, june, monthly=True).value == 6.0
    assert index_level(months, "latest", monthly=True).value == 12.0


def test_spec_mistakes_are_error_verdicts_naming_file_line_key_and_choices(tmp_path: Path) -> None:
    desk = tmp_path / "bad.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: bad-kind\n    value: 9.1 percent\n    reference:\n"
        "      dataset: us-cpi-u\n      change: percentage\n"
        "      from: {Date: 2021-06}\n      to: {Date: 2022-06}\n"
        "  - id: good\n    value: 9.1 percent\n    reference:\n"
        "      dataset: us-cpi-u\n      change: percent\n"
        "      from: {Date: 2021-06}\n      to: {Date: 2022-06}\n"
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    bad = result(report, "bad-kind")
    assert bad["verdict"] == "error"
    assert f"{desk}:6: claims[0].reference.change: unknown change 'percentage'" in bad["message"]
    assert "valid choices: percent, points, ratio, difference" in bad["message"]
    assert result(report, "good")["verdict"] == "supported"


def test_regression_integer_keys_print_as_integers(tmp_path: Path) -> None:
    """A derivation's lookup terms with different where-columns turned ``Year = 2009`` into
    ``Year = 2009.0``; a term also kept only four digits (``258``, not ``257.971``)."""
    desk = tmp_path / "terms.yaml"
    desk.write_text(
        "claims:\n  - id: rise\n    value: 19.6\n    reference:\n"
        "      expr: (jan24 / jan20 - 1) * 100\n      terms:\n"
        "        jan20: {dataset: us-cpi-u, where: {Date: 2020-01}}\n"
        "        jan24: {dataset: us-cpi-u, where: {Date: 2024-01}}\n"
        "        gdp: {dataset: world-gdp, where: {Country Code: WLD, Year: 2009}}\n"
        "  - id: gdp\n    value: 60.7 trillion USD\n    reference:\n"
        "      expr: gdp\n      terms:\n"
        "        gdp: {dataset: world-gdp, where: {Country Code: WLD, Year: 2009}}\n"
        "        jan20: {dataset: us-cpi-u, where: {Date: 2020-01}}\n"
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    assert "jan20 = 257.971 (" in result(report, "rise")["reference_detail"]
    detail = result(report, "gdp")["reference_detail"]
    assert "Year = 2009)" in detail
    assert "2009.0" not in detail


MISTAKES = [
    ("a", "reference.rank.by: unknown column 'nope'", "columns: Date, Index, Inflation"),
    ("b", "reference.rank.at: 'June 2022' is not a whole number", "integer"),
    ("c", "claims[2].reference.from: 'from' must be a mapping", ""),
    ("d", "claims[3].reference.rank.at: 'at' must be a single value", ""),
    ("e", "claims[4].reference.rank: 'rank' must be a mapping", ""),
    ("f", "reference.adjust.by: name the date column of 'world-gdp'", "date columns: none"),
    ("h", "claims[6].reference.rank.last: give either since or last", ""),
    ("i", "claims[7].reference.rank.lag: 'lag' must be a whole number", ""),
    ("k", "claims[8].reference.rank: give either rank", ""),
    ("l", "claims[9].reference.adjust.from: 'from' must be a period", "2024-06"),
]


@pytest.fixture(scope="module")
def mistakes(tmp_path_factory: pytest.TempPathFactory) -> Report:
    desk = REPO / "tests" / "data" / "shape-mistakes.yaml"
    return check_paths([desk], [], tmp_path_factory.mktemp("mistakes"), bundled=True)


@pytest.mark.parametrize(("claim", "says", "also"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_spec_mistake_is_an_error_naming_file_line_and_key(
    mistakes: Report, claim: str, says: str, also: str
) -> None:
    found = result(mistakes, claim)
    assert found["verdict"] == "error"
    assert found["message"].startswith(f"{REPO / 'tests' / 'data' / 'shape-mistakes.yaml'}:")
    assert says in found["message"]
    assert also in found["message"]


POINTS_DESK = """\
source: {title: points and percent of a rate, published: 2024-06-01}
claims:
  - id: rate-up-in-people
    value: 3 people
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-05}
      to: {Date: 2022-06}
  - id: rate-up-0.3-percent
    value: 0.3 percent
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: percent
      from: {Date: 2022-05}
      to: {Date: 2022-06}
  - id: rate-up-0.3-points
    value: 0.3 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-05}
      to: {Date: 2022-06}
"""


def test_points_and_percent_changes_of_a_rate_in_words(tmp_path: Path) -> None:
    desk = tmp_path / "points.yaml"
    desk.write_text(POINTS_DESK, encoding="utf-8")
    report = check_paths([desk], [], tmp_path / "out", bundled=True)
    wrong_unit = result(report, "rate-up-in-people")
    assert wrong_unit["verdict"] == "error"
    # the unit problem names no key: it read "…: reference.the claim is in people …"
    assert wrong_unit["message"].endswith(
        "points.yaml:3: claim rate-up-in-people: the claim is in people but the reference is in "
        "percent: incompatible units"
    ), wrong_unit["message"]
    slip = result(report, "rate-up-0.3-percent")
    assert slip["verdict"] == "discrepancy"
    assert "rose 24.55%, from 1.1% (2022-05) to 1.37% (2022-06) (a change of 0.27 " \
        "percentage points)" in slip["message"]  # fmt: skip
    points = result(report, "rate-up-0.3-points")
    assert points["verdict"] == "supported", points["message"]
    assert "rose 0.27 percentage points, from 1.1%" in points["message"]


SIGNED_DESK = """\
source: {title: falls and rises of every kind, published: 2024-06-01}
claims:
  - id: points-fall
    value: -2 percentage_point
    reference: {dataset: us-cpi-u, column: Inflation, change: points,
                from: {Date: 2022-06}, to: {Date: 2022-07}}
  - id: difference-fall
    value: -2 million people
    reference: {dataset: world-bank-population, change: difference,
                from: {Country Code: UKR, Year: 1995}, to: {Country Code: UKR, Year: 1997}}
  - id: difference-rise-slip
    value: 2 million people
    reference: {dataset: world-bank-population, change: difference,
                from: {Country Code: UKR, Year: 1995}, to: {Country Code: UKR, Year: 1997}}
  - id: ratio-below-one
    value: 0.5
    reference: {dataset: world-bank-population, change: ratio,
                from: {Country Code: UKR, Year: 1995}, to: {Country Code: UKR, Year: 1997}}
"""


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("points-fall", "The article says a fall of 2 percentage points; "),
        ("difference-fall", "The article says a fall of 2 million people; "),
        ("difference-rise-slip", "The article says a rise of 2 million people; "),
        ("ratio-below-one", "The article says a change by a factor of 0.5; "),
    ],
)
def test_a_change_with_a_direction_says_its_fall_or_rise(
    tmp_path: Path, claim: str, says: str
) -> None:
    """Percent, points and difference changes have a sign, a ratio has none (mends26: the engine
    takes it from the claim's change kind, not from its detail text)."""
    desk = tmp_path / "signed.yaml"
    desk.write_text(SIGNED_DESK, encoding="utf-8")
    found = result(check_paths([desk], [], tmp_path / "out", bundled=True), claim)
    assert found["verdict"] == "discrepancy", found["message"]
    assert found["message"].startswith(says), found["message"]


def test_rank_by_takes_only_the_period_columns_its_error_lists(tmp_path: Path) -> None:
    """mends25: rank.by took any number column (us-cpi-u's Inflation, a value column in
    percent, ranked Index by its inflation), while its error listed only the period columns
    (docs/claim-shapes.md: `by` is the period column). Check and message now agree."""
    desk = tmp_path / "rank.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: by-value\n    value: 1\n    reference:\n"
        "      dataset: us-cpi-u\n      column: Index\n"
        "      rank: {by: Inflation, at: 9.1, order: highest}\n"
        "  - id: by-date\n    value: 1\n    reference:\n"
        "      dataset: us-cpi-u\n      column: Index\n"
        "      rank: {by: Date, at: 2022-06, order: highest, last: 12}\n"
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    bad = result(report, "by-value")
    assert bad["verdict"] == "error", bad["message"]
    assert "rank.by: 'Inflation' is a value column (percent), not a period" in bad["message"]
    assert "period columns of 'us-cpi-u': Date." in bad["message"]
    assert result(report, "by-date")["verdict"] != "error"


def test_rank_by_a_unitless_number_column_is_a_figure_not_a_period(tmp_path: Path) -> None:
    """Review of mends25: a `number` column with no unit (a state's homicide rate) still passed
    as a period and only failed later, on aggregate; it is a figure, named as one."""
    desk = tmp_path / "rank.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: by-rate\n    value: 1\n    reference:\n"
        "      dataset: mexico-homicides-state-month\n      column: homicides\n"
        "      where: {cve_ent: 8}\n"
        "      rank: {by: homicide_rate, at: 5, order: highest}\n"
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    bad = result(report, "by-rate")
    assert bad["verdict"] == "error", bad["message"]
    assert "rank.by: 'homicide_rate' is a value column, not a period" in bad["message"]
    assert "period columns of 'mexico-homicides-state-month': year, month." in bad["message"]


SINCE_DESK = """\
source: {title: a record since a later year, published: 2017-08-01}
claims:
  - id: since-after-at
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2012, since: 2014}
  - id: since-at-at
    value: 1
    reference:
      dataset: us-cpi-u
      column: Index
      rank: {by: Date, at: 2022-06, since: 2022-06, change: percent, lag: 12}
  - id: good
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2016, since: 2012}
"""


def test_a_since_not_before_at_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """desks33: "the highest since 2014" about 2012 left an empty window, and the whole run
    stopped with an IndexError."""
    desk = tmp_path / "since.yaml"
    desk.write_text(SINCE_DESK, encoding="utf-8")
    report = check_paths([desk], [], tmp_path / "out", bundled=True)
    for claim, since, at in (("since-after-at", "2014", "2012"),
                             ("since-at-at", "2022-06", "2022-06")):  # fmt: skip
        found = result(report, claim)
        assert found["verdict"] == "error", found["message"]
        assert f"rank.since: {since} is not before rank.at {at}" in found["message"]
    assert result(report, "good")["verdict"] == "supported"


def test_the_rank_rule_says_an_empty_window_is_a_problem() -> None:
    entries = [(2010, 5.0), (2011, 7.0), (2012, 6.0)]
    assert rank_in_window(entries, 2012, Order.HIGHEST, after=2012).problem == (
        "no entry after 2012 up to 2012"
    )
    assert rank_in_window(entries, 2012, Order.HIGHEST, after=2011).rank == 1
