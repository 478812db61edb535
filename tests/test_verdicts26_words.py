"""The words an editor reads, for the disagreements verdicts26's desks found (each test failed
before its fix): every spelling of percent reads as percent, ..."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.check.findings import format_amount, format_precise, gap_text, range_text
from helpers import check_paths, desk_results

# --- percent, however the desk spells it ("%", "percent", "per cent": docs/desks.md#value) ---


@pytest.mark.parametrize("unit", ["percent", "%", "per cent", "per  cent"])
def test_every_spelling_of_percent_reads_as_percent(unit: str) -> None:
    assert format_amount(41.389, unit) == "41.39%"
    assert format_precise(41.389404, unit) == "41.3894%"
    assert range_text(1.45, 1.55, unit) == "between 1.45% and 1.55%"
    # a figure in percent is off by points first (docs/ranges.md#comparing)
    assert gap_text(1.5, 1.05, unit) == ", 0.45 percentage points lower (30% in relative terms)"


PERCENT_DESK = """\
claims:
""" + "".join(
    f"""\
  - id: cpi-march-2026-{name}
    value: 1.5 {unit}
    reference: {{dataset: us-cpi-u, column: Inflation, where: {{Date: 2026-03}}}}
  - id: homicides-up-41-{name}
    value: 41 {unit}
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      change: percent
      from: {{year: 2008}}
      to: {{year: 2009}}
"""
    for name, unit in (("percent", "percent"), ("sign", "%"), ("per-cent", "per cent"))
)


def test_a_claim_in_per_cent_reads_as_the_same_claim_in_percent(tmp_path: Path) -> None:
    results = desk_results(tmp_path, PERCENT_DESK)
    for claim in ("cpi-march-2026", "homicides-up-41"):
        messages = {results[f"{claim}-{n}"]["message"] for n in ("percent", "sign", "per-cent")}
        assert len(messages) == 1, messages
    assert "gives 1.05%, 0.45 percentage points lower" in str(
        results["cpi-march-2026-per-cent"]["message"]
    )
    assert "rose 41.39%, from 14,006 people" in str(results["homicides-up-41-per-cent"]["message"])


# --- a missing value names the row it is missing from, as "no row … matches" does -------------

MISSING_DESK = """\
claims:
  - id: inegi-2018
    value: 36,000 people
    reference: {dataset: mexico-homicides-annual, column: homicides_inegi, where: {year: 2018}}
  - id: inegi-2016-2018
    value: 80,000 people
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      where: {year: {between: [2016, 2018]}}
      aggregate: sum
"""


def test_a_missing_value_names_the_row_it_is_missing_from(tmp_path: Path) -> None:
    results = desk_results(tmp_path, MISSING_DESK)
    assert results["inegi-2018"]["verdict"] == "unverifiable"
    assert results["inegi-2018"]["message"] == (
        "no figure for year = 2018 in INEGI registered homicides: the row has no homicides_inegi "
        "value"
    )  # mends28: what is missing first, the dataset by its title
    assert results["inegi-2016-2018"]["message"] == (
        "no figure for year 2016–2018 in INEGI registered homicides: 2 of the 3 matching rows "
        "have no homicides_inegi value"
    )


# --- a conversion without any date is the desk's to fix: an error, in plain words -------------

NO_DATE_DESK = """\
claims:
  - id: mexico-gdp-2023-in-pesos
    value: 31tn MXN
    reference: {dataset: world-gdp, where: {Country Code: MEX, Year: 2023}}
  - id: mexico-gdp-2023-in-pesos-derived
    value: 31tn MXN
    reference:
      expr: gdp * 1
      terms:
        gdp: {dataset: world-gdp, where: {Country Code: MEX, Year: 2023}}
"""


def test_a_conversion_without_a_date_is_an_error_saying_what_to_set(tmp_path: Path) -> None:
    results = desk_results(tmp_path, NO_DATE_DESK)
    found = results["mexico-gdp-2023-in-pesos"]
    # docs/desks.md#verdicts: an error is a claim that "cannot be checked as written"; the data
    # hold the rates, the desk lacks the date ("no USD→MXN exchange rate for no date" was
    # unverifiable, and `check` exited 0 on it)
    assert found["verdict"] == "error"
    assert found["message"] == (
        "cannot convert USD to MXN without a date: set as_of or source.published"
    )
    derived = results["mexico-gdp-2023-in-pesos-derived"]
    assert derived["verdict"] == "error"
    assert "cannot convert USD to MXN without a date" in str(derived["message"])


# --- report.md: a claim recorded without a quote shows no empty quotation marks ------------


def test_report_md_lists_a_claim_without_a_quote_without_empty_quotes(tmp_path: Path) -> None:
    from figcheck.reports.markdown import render_markdown

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: mexico-2024\n"
        "    value: 130.9 million people\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: MEX, Year: 2024}}\n"
        "  - id: quoted\n"
        "    quote: Mexico's 131 million\n"
        "    value: 130.9 million people\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: MEX, Year: 2024}}\n",
        encoding="utf-8",
    )
    text = render_markdown(check_paths([desk], [], tmp_path / "work", bundled=True))
    assert "“”" not in text
    assert "- `mexico-2024` — Holds: World Bank population" in text
    assert "- `quoted` — “Mexico's 131 million” — Holds:" in text


# --- report.html: a figure in percent is off by points first there too (docs/ranges.md) -------


def test_report_html_says_a_percent_figure_is_off_by_points_first(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: cpi-march-2026\n"
        "    value: 1.5 per cent\n"
        "    reference: {dataset: us-cpi-u, column: Inflation, where: {Date: 2026-03}}\n"
        "  - id: population\n"
        "    value: 195 million people\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: NGA, Year: 2023}}\n",
        encoding="utf-8",
    )
    page = render_html(check_paths([desk], [], tmp_path / "work", bundled=True))
    # the article's 1.5% against the data's 1.05%: "42.9% higher" read as 42.9 points
    assert "42.9% higher than" not in page
    # editor26: the card gives the data against the article, as the message does (was "0.45
    # percentage points higher than the figure from … (42.9% in relative terms)", "14.4% lower
    # than the figure from Population, total")
    assert (
        "The figure from US CPI-U, all items, US city average (BLS CUUR0000SA0), monthly, "
        "1982-84=100 is 0.45 percentage points lower than the article&#39;s (30% in relative "
        "terms)." in page
    )
    assert "The figure from Population, total (World Bank WDI SP.POP.TOTL) is 16.9% higher" in page


# --- a rank's window counts in thousands as every other count does ----------------------------


def test_a_rank_window_of_thousands_is_written_with_separators(tmp_path: Path) -> None:
    results = desk_results(
        tmp_path,
        "claims:\n"
        "  - id: euro-record\n"
        "    value: 1\n"
        "    reference:\n"
        "      dataset: ecb-euro-fx\n"
        "      column: USD\n"
        "      rank: {by: Date, at: 2008-07-15}\n"
        "  - id: euro-2000s\n"
        "    value: 1.2 USD/EUR\n"
        "    reference:\n"
        "      dataset: ecb-euro-fx\n"
        "      column: USD\n"
        "      where: {Date: {between: [1999-01-01, 2008-07-15]}}\n",
    )
    message = str(results["euro-record"]["message"])
    assert "ranks 1st highest of 2,441 (Date 1999-01-04–2008-07-15)" in message, message
    assert str(results["euro-2000s"]["message"]).startswith("2,441 rows of 'ecb-euro-fx' match")


# --- report.html: a rank is not a figure to be "a factor of 12 lower" than the data ------------


def test_report_html_gives_a_rank_no_percent_or_factor_of_the_data(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: cpi-june-2022-highest-since-1980\n"
        "    value: 1\n"
        "    reference:\n"
        "      dataset: us-cpi-u\n"
        "      column: Index\n"
        "      rank: {by: Date, at: 2022-06, since: 1980-12, change: percent, lag: 12}\n"
        "  - id: states-2022-deadliest\n"
        "    value: 1\n"
        "    reference:\n"
        "      dataset: mexico-homicides-state-month\n"
        "      column: homicides\n"
        "      aggregate: sum\n"
        "      rank: {by: year, at: 2022}\n",
        encoding="utf-8",
    )
    page = render_html(check_paths([desk], [], tmp_path / "work", bundled=True))
    # the rank claimed (1st) against the rank found (12th, 6th) is no amount: "A factor of 12
    # lower than the figure from US CPI-U", "83.3% lower than the figure from …" misread it
    assert "A factor of 12 lower" not in page
    assert "83.3% lower" not in page
    assert "ranks 12th highest of" in page  # the message still says where it ranks


# --- a column without a title is named beside its dataset's title -----------------------------


def test_a_column_without_a_title_is_named_beside_the_dataset_title(tmp_path: Path) -> None:
    results = desk_results(
        tmp_path,
        "claims:\n"
        "  - id: sesnsp-2017\n"
        "    value: 30,000 people\n"
        "    hedge: nearly\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: victims_homicidio_doloso_plus_feminicidio_sesnsp_nm\n"
        "      where: {year: 2017}\n"
        "  - id: inegi-2017-titled\n"
        "    value: 27,213 people\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: homicides_inegi\n"
        "      where: {year: 2011}\n",
    )
    # the table holds INEGI's and SESNSP's counts: its title alone ("… (INEGI vital statistics)
    # and SESNSP police counts gives 29,430 people") did not say which one gave the figure
    assert str(results["sesnsp-2017"]["message"]).startswith(
        "Holds: Mexico: homicides per year (INEGI vital statistics) and SESNSP police counts "
        "(victims_homicidio_doloso_plus_feminicidio_sesnsp_nm) gives 29,430 people"
    )
    assert str(results["inegi-2017-titled"]["message"]).startswith(
        "Holds: INEGI registered homicides gives 27,213 people"
    )


# --- adjust to latest: the newest month shown as a month, as every period of a monthly column --


def test_adjust_to_latest_names_the_newest_month_as_a_month(tmp_path: Path) -> None:
    results = desk_results(
        tmp_path,
        "claims:\n"
        "  - id: mexico-2000-latest\n"
        "    value: 1.44 trillion USD\n"
        "    hedge: about\n"
        "    reference:\n"
        "      dataset: world-gdp\n"
        "      where: {Country Code: MEX, Year: 2000}\n"
        "      adjust: {index: us-cpi-u, from: 2000, to: latest}\n",
    )
    message = str(results["mexico-2000-latest"]["message"])
    # docs/claim-shapes.md: "a month of a monthly column as 2022-06 (not the 2022-06-01 its rows
    # are dated)"; it read "to 2026-05-01, the latest (335.123) … (the reference in the latest
    # money)"
    assert (
        "from 2000 (average 172.2 of 12 values) to 2026-05 (335.123), the latest: × 1.946 (the "
        "reference in 2026-05 money)." in message
    ), message
