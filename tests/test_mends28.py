"""mends28: open words, inputs and review items. Each test failed before its fix."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import Run, check_paths, desk_results

# --- 1. an off rise reads "a rise of …", as a fall reads "a fall of …" -------------------------

CHANGES = """\
claims:
  - id: cpi-rise
    quote: "prices rose 2.7% in the twelve months to December 2024"
    value: 2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: cpi-rise-nearly
    quote: "prices rose nearly 20% since January 2020"
    value: 20 percent
    hedge: nearly
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2020-01}
      to: {Date: 2022-06}
  - id: us-pop-rise
    quote: "the US population grew by 28 million in 2023"
    value: 28 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: USA}
      change: difference
      from: {Year: 2022}
      to: {Year: 2023}
  - id: cpi-points-rise
    quote: "monthly inflation rose 0.6 percentage points from May to June 2022"
    value: 0.6 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-05}
      to: {Date: 2022-06}
  - id: cpi-points-fall
    quote: "monthly inflation fell 0.6 percentage points from May to June 2022"
    value: -0.6 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2022-06}
      to: {Date: 2022-07}
  - id: cpi-ratio
    quote: "prices are 3 times their level of January 1990"
    value: 3
    hedge: more than
    reference:
      dataset: us-cpi-u
      change: ratio
      from: {Date: 1990-01}
      to: {Date: 2024-01}
"""


def test_an_off_change_says_a_rise_or_a_fall_or_a_ratio(tmp_path: Path) -> None:
    found = desk_results(tmp_path, CHANGES)
    said = {key: str(row["message"]) for key, row in found.items()}
    assert {row["verdict"] for row in found.values()} == {"discrepancy"}, said
    assert said["cpi-rise"].startswith("The article says a rise of 2.7%; US CPI-U"), said
    assert "To stand, the rise must be between 2.65% and 2.75%" in said["cpi-rise"]
    assert said["cpi-rise-nearly"].startswith("The article says a rise of nearly 20%;")
    assert "To stand, the rise must be between 18% and 20%" in said["cpi-rise-nearly"]
    assert said["us-pop-rise"].startswith("The article says a rise of 28 million people;")
    assert (
        "the rise must be between 27.5 million people and 28.5 million people"
        in (said["us-pop-rise"])
    )
    assert said["cpi-points-rise"].startswith(
        "The article says a rise of 0.6 percentage points;"
    ), said["cpi-points-rise"]
    assert said["cpi-points-fall"].startswith(
        "The article says a fall of 0.6 percentage points;"
    ), said["cpi-points-fall"]
    assert said["cpi-ratio"].startswith("The article says a change by a factor of more than 3;"), (
        said["cpi-ratio"]
    )
    assert "To stand, the ratio must be at least 3" in said["cpi-ratio"], said["cpi-ratio"]


# --- 2. an unverifiable message says what is missing in plain words, not the desk key first ---

MISSING = """\
claims:
  - id: cpi-to-beyond-the-data
    quote: "prices rose 3% in the year to October 2025"
    value: 3 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2024-10}
      to: {Date: 2025-10}
  - id: taiwan-not-in-data
    quote: "Taiwan had 23.4 million people in 2023"
    value: 23.4 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: TWN, Year: 2023}
  - id: adjust-to-a-year-without-twelve-months
    quote: "in 2026 dollars"
    value: 1.8 trillion USD
    reference:
      dataset: world-gdp
      where: {Country Code: MEX, Year: 2008}
      adjust: {index: us-cpi-u, from: 2008, to: 2026}
  - id: inegi-2018-missing
    quote: "some 36,000 homicides in 2018"
    value: 36,000 people
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      where: {year: 2018}
  - id: inegi-2018-rank
    quote: "2018 was the deadliest year on record"
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2018}
"""


def test_an_unverifiable_message_names_what_is_missing_in_words(tmp_path: Path) -> None:
    found = desk_results(tmp_path, MISSING)
    said = {key: str(row["message"]) for key, row in found.items()}
    assert {row["verdict"] for row in found.values()} == {"unverifiable"}, said
    assert said["cpi-to-beyond-the-data"] == (
        "no figure for Date = 2025-10 in US CPI-U (BLS), 1982-84=100 (the change's end, `to`)"
    )
    assert said["taiwan-not-in-data"] == (
        "no figure for Country Code = TWN, Year = 2023 in World Bank population (WDI SP.POP.TOTL)"
    )
    assert said["adjust-to-a-year-without-twelve-months"] == (
        "the price index US CPI-U (BLS), 1982-84=100 has 5 of 12 months for 2026 (the "
        "adjustment's end, `adjust.to`)"
    )
    assert said["inegi-2018-missing"] == (
        "no figure for year = 2018 in INEGI registered homicides: the row has no "
        "homicides_inegi value"
    )
    assert said["inegi-2018-rank"] == "INEGI registered homicides: the series has no value at 2018"
    for text in said.values():  # no desk key first, no catalog name
        assert not text.startswith(("to:", "from:", "adjust.", "mexico-")), text
        assert not any(f"'{name}" in text for name in ("us-cpi", "world-", "mexico-")), text


# --- 3. a constant-money message names the price index by its title, not its catalog name -----

ADJUSTED = """\
claims:
  - id: mexico-gdp-2008-in-june-2024-dollars
    quote: "about $1.7 trillion in today's dollars"
    value: 1.7 trillion USD
    hedge: about
    as_of: 2024-06-30
    reference:
      dataset: world-gdp
      where: {Country Code: MEX, Year: 2008}
      adjust: {index: us-cpi-u, from: 2008, to: 2024-06}
"""


def test_an_adjustment_names_the_index_by_its_title(tmp_path: Path) -> None:
    found = desk_results(tmp_path, ADJUSTED)["mexico-gdp-2008-in-june-2024-dollars"]
    assert found["verdict"] == "supported", found["message"]
    assert " Adjusted with US CPI-U (BLS), 1982-84=100 from 2008 (average 215.303 of 12 values) " \
        "to 2024-06 (314.175): × 1.459" in str(found["message"]), found["message"]  # fmt: skip
    assert "us-cpi-u" not in str(found["message"])
    assert "us-cpi-u" in str(found["dataset"])  # the catalog name stays in report.json


# --- 4. a rank that holds says so, not "within the expected range" -----------------------------

RANKS = """\
claims:
  - id: inegi-2011-deadliest-on-record
    quote: "2011 was the deadliest year on record"
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2011}
  - id: inegi-2012-among-the-two-deadliest
    quote: "2012 was among the two deadliest years on record"
    value: 2
    hedge: up to
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2012}
"""


def test_a_rank_that_holds_says_it_ranks_as_the_article_says(tmp_path: Path) -> None:
    found = desk_results(tmp_path, RANKS)
    record, among = (
        found["inegi-2011-deadliest-on-record"],
        found["inegi-2012-among-the-two-deadliest"],
    )
    assert record["verdict"] == among["verdict"] == "supported", (record, among)
    assert record["message"] == (
        "Holds: INEGI registered homicides (homicides_inegi): year 2011 ranks 1st highest of 22 "
        "(year 1990–2011) with 27,213 people, as the article says."
    )
    assert str(among["message"]).endswith(
        "; beaten by 2011 (27,213 people), as the article says (from the hedge 'up to')."
    ), among["message"]


# --- 5. one minus sign in words: the typographic minus, for money and every other figure -------

SIGNS = """\
claims:
  - id: cpi-monthly-november-2025
    quote: "prices fell 0.5% in November 2025"
    value: -0.5 percent
    reference:
      dataset: us-cpi-u
      column: Inflation
      where: {Date: 2025-11}
  - id: cpi-monthly-rate-points
    quote: "the monthly rate fell 0.3 points from October to December 2024"
    value: -0.3 percentage_point
    reference:
      dataset: us-cpi-u
      column: Inflation
      change: points
      from: {Date: 2024-10}
      to: {Date: 2024-11}
"""


def test_a_negative_figure_reads_with_the_typographic_minus_as_money_does(tmp_path: Path) -> None:
    from figcheck.check.findings import format_amount, format_bound, format_precise
    from figcheck.reports.plots import deviation_histogram

    assert format_amount(-5e9, "USD") == "−US$5 billion"  # as before
    assert format_amount(-0.31, "percent") == "−0.31%"
    assert format_amount(-3000, "people") == "−3,000 people"
    assert format_bound(-0.305, "percent") == "−0.305%"
    assert format_precise(-0.21, "percent") == "−0.21%"
    assert format_precise(-1234, "people") == "−1,234 people"
    found = desk_results(tmp_path, SIGNS)
    level, points = found["cpi-monthly-november-2025"], found["cpi-monthly-rate-points"]
    assert "gives −0.21%" in str(level["message"]), level["message"]
    assert "To stand, the figure must be between −0.55% and −0.45%" in str(level["message"])
    assert "to −0.05% (2024-11)" in str(points["message"]), points["message"]
    for text in (level["message"], points["message"]):
        assert "-0" not in str(text), text
    svg = deviation_histogram(
        np.array([-0.45, -0.2, 0.1, 0.3]), np.array(["discrepancy"] * 4, dtype=object)
    )
    assert "−10%" in svg, svg
    assert "-10%" not in svg, svg


# --- 6. a unit in an error is written as a desk writes it: "EUR/MXN", not "EUR / MXN" ---------

RATES = """\
claims:
  - id: euro-per-peso-inverse-lookup
    quote: "a peso was worth 5.34 euro cents on 29 December 2023"
    value: 0.0534 EUR/MXN
    reference:
      dataset: ecb-euro-fx
      column: MXN
      where: {Date: 2023-12-29}
"""


def test_a_unit_mismatch_writes_a_rate_as_the_desk_does(tmp_path: Path) -> None:
    found = desk_results(tmp_path, RATES)["euro-per-peso-inverse-lookup"]
    assert found["verdict"] == "error"
    assert found["message"] == (
        "the claim is in EUR/MXN but the reference is in MXN/EUR: incompatible units"
    )


# --- 7. report.html's overview bars say what the cards say: the data against the article ------

BARS = """\
claims:
  - id: cpi-rise
    quote: "prices rose 2.7% in the twelve months to December 2024"
    value: 2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: japan-gdp-fell-more-than-20pct-2022
    quote: "Japan's dollar GDP fell more than 20% in 2022"
    value: -20 percent
    hedge: more than
    reference:
      dataset: world-gdp
      where: {Country Code: JPN}
      change: percent
      from: {Year: 2021}
      to: {Year: 2022}
  - id: mexico-pop-2023-140-million
    quote: "Mexico's 140 million people in 2023"
    value: 140 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: 2023}
  - id: inegi-2012-deadliest-on-record
    quote: "2012 was the deadliest year on record"
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2012}
"""


def _bar(page: str, claim: str) -> str | None:
    found = re.search(rf"<title>{re.escape(claim)}: ([^ ]+) \(", page)
    return found[1] if found else None


def test_the_overview_bars_give_the_gap_in_the_direction_of_the_cards(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    path = tmp_path / "desk.yaml"
    path.write_text(BARS, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    page = render_html(report)
    # CPI-U rose 2.888% where the article says 2.7%: the data are 7% higher (2.888 / 2.7)
    assert "(7% in relative terms)" in page
    assert _bar(page, "cpi-rise") == "+7.0%"
    # Japan's GDP fell 15.46% where the article says more than 20%: the fall in the data is
    # 22.7% smaller (15.46 / 20 − 1 = −0.227), as the card says
    assert (
        "The fall in the figure from GDP (current US$), World Bank WDI NY.GDP.MKTP.CD is 4.5 "
        "percentage points lower than the article&#39;s (22.7% in relative terms)" in page
    )
    assert _bar(page, "japan-gdp-fell-more-than-20pct-2022") == "−22.7%"
    # Mexico's 129.7 million people against the article's 140 million: 7.4% lower
    people = report.findings.set_index("id").loc["mexico-pop-2023-140-million"]
    data_side = people["reference_value"] / people["claimed_value"] - 1
    assert _bar(page, "mexico-pop-2023-140-million") == f"{data_side:+.1%}".replace("-", "−")
    assert data_side < 0 < people["deviation"]  # report.json's deviation keeps its direction
    # a rank's card has no gap, and neither has the overview
    assert _bar(page, "inegi-2012-deadliest-on-record") is None
    assert "how much higher (right) or lower (left) the data are than the article" in page


# --- 8. --unit COL=… beside --unit-from: the column keeps its --unit, the output says so ------


def test_a_unit_beside_unit_from_is_kept_for_its_column_and_said(
    figcheck: Run, tmp_path: Path
) -> None:
    source = tmp_path / "mixed.csv"
    source.write_text(
        "country,currency,gdp,debt\nMEX,MXN,100.5,30.25\nUSA,USD,200.5,80.75\n", encoding="utf-8"
    )
    catalog = tmp_path / "catalog"
    code, out, err = figcheck("datasets", "add", str(source), "--name", "mixed", "--into",
                              str(catalog), "--unit", "gdp=USD", "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert "gdp: number (unit USD)" in out
    assert "debt: number (unit from column 'currency')" in out  # --unit-from was dropped
    assert "note: --unit kept for gdp (USD); the other value columns take their unit from " \
        "column 'currency'" in out, out  # fmt: skip
    resource = json.loads((catalog / "mixed" / "datapackage.json").read_text())["resources"][0]
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert fields["gdp"] == {"name": "gdp", "type": "number", "unit": "USD"}
    assert fields["debt"]["unitField"] == "currency"


# --- 9. an encoding that does not fit the bytes is said so, naming the file ---------------------

TABLE = "country,currency,gdp\nMEX,MXN,100.5\nUSA,USD,200.25\n"  # 50 bytes: decodes as UTF-16


@pytest.mark.parametrize(
    ("name", "body", "options", "says", "hint"),
    [
        ("utf8-as-utf16.csv", TABLE.encode(), ("--encoding", "utf-16"),
         "the file is not utf-16: it has no NUL byte, as UTF-16 text of digits and Latin letters "
         "has", "it reads as UTF-8: leave --encoding out"),
        ("utf8-bom-as-utf16.csv", codecs.BOM_UTF8 + TABLE.encode(), ("--encoding", "utf-16"),
         "the file is not utf-16: it begins with a UTF-8 byte order mark",
         "leave --encoding out"),
        ("utf16-bom.csv", TABLE.encode("utf-16"), (),
         "the file is not UTF-8: it begins with a UTF-16 byte order mark",
         "give --encoding utf-16"),
        ("utf16le.csv", TABLE.encode("utf-16-le"), (),
         "the file is not UTF-8: every other byte is NUL, as in UTF-16 text",
         "give --encoding utf-16-le"),
        ("utf16le-as-latin1.csv", TABLE.encode("utf-16-le"), ("--encoding", "latin-1"),
         "the file is not latin-1: every other byte is NUL, as in UTF-16 text",
         "give --encoding utf-16-le"),
        # review28: UTF-32 got the UTF-16 hint, and a byte order was never checked
        ("utf32le.csv", TABLE.encode("utf-32-le"), (),
         "the file is not UTF-8: three bytes in every four are NUL, as in UTF-32 text",
         "give --encoding utf-32-le"),
        ("utf16be-as-utf16.csv", TABLE.encode("utf-16-be"), ("--encoding", "utf-16"),
         "the file is not utf-16: its NUL bytes stand where UTF-16 big-endian text has them",
         "give --encoding utf-16-be"),
        ("utf16le-bom-as-be.csv", TABLE.encode("utf-16"), ("--encoding", "utf-16-be"),
         "the file is not utf-16-be: it begins with a little-endian byte order mark",
         "give --encoding utf-16 (the mark says the order)"),
    ],
)  # fmt: skip
def test_an_encoding_that_does_not_fit_the_bytes_is_said_so(
    figcheck: Run, tmp_path: Path, name: str, body: bytes, options: tuple[str, ...], says: str,
    hint: str,
) -> None:  # fmt: skip
    source = tmp_path / name
    source.write_bytes(body)
    code, out, err = figcheck("datasets", "add", str(source), "--name", "t", "--into",
                              str(tmp_path / "catalog"), "--unit", "gdp=USD", *options)  # fmt: skip
    assert code == 2, out
    assert f"{name}:1: {says}" in err, err
    assert hint in err, err
    assert "header row" not in err


def test_a_utf16_file_with_its_encoding_is_read(figcheck: Run, tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        source = tmp_path / f"{encoding}.csv"
        source.write_bytes(TABLE.encode(encoding))
        code, out, err = figcheck("datasets", "add", str(source), "--name", encoding, "--into",
                                  str(tmp_path / "catalog"), "--unit", "gdp=USD",
                                  "--encoding", encoding)  # fmt: skip
        assert code == 0, err
        assert "2 rows" in out


# --- 10. the reports read a claim's shape from a findings column, not from its detail text -----

SHAPES = """\
claims:
  - id: inegi-2011-deadliest
    value: 1
    reference:
      dataset: mexico-homicides-annual
      column: homicides_inegi
      rank: {by: year, at: 2011}
  - id: japan-gdp-fell-20pct-2022
    value: -20 percent
    hedge: more than
    reference:
      dataset: world-gdp
      where: {Country Code: JPN}
      change: percent
      from: {Year: 2021}
      to: {Year: 2022}
  - id: mexico-pop-2023
    value: 129.7 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: 2023}
"""


def test_the_reports_read_the_shape_column_not_the_detail_text(tmp_path: Path) -> None:
    from figcheck.reports.claimreview import claim_reviews
    from figcheck.reports.html import render_html

    path = tmp_path / "desk.yaml"
    path.write_text(SHAPES, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    shapes = {
        str(i): None if pd.isna(v) else v
        for i, v in zip(report.findings["id"], report.findings["shape"], strict=True)
    }
    assert shapes == {
        "inegi-2011-deadliest": "rank",
        "japan-gdp-fell-20pct-2022": "percent",
        "mexico-pop-2023": None,
    }

    def cards(page: str) -> list[str]:
        return re.findall(r'<span class="deviation">[^<]*', page)

    before = (claim_reviews(report), cards(render_html(report)))
    report.findings["reference_detail"] = "selected rows"  # no "rank of …", no "percent change"
    reviews, page = claim_reviews(report), render_html(report)
    said = {r["url"].rpartition("#claim-")[2]: r["claimReviewed"] for r in reviews["@graph"]}
    assert said["inegi-2011-deadliest"] == "it ranks 1st"
    assert said["japan-gdp-fell-20pct-2022"].startswith("a fall of more than 20%")
    assert reviews == before[0]
    assert cards(page) == before[1]
    assert any("The fall in the figure from GDP" in card for card in before[1]), before[1]
    assert len(before[1]) == 2  # the rank has no gap on its card


def test_untrusted_text_is_cut_by_one_rule() -> None:
    from figcheck import limits
    from figcheck.data import catalog

    assert catalog.shown_value is limits.shown_value
    for text in ("W" * 100_000, "WLD" + "\u200b" * 70, "a" * 60, "a" * 61, "café", ""):
        assert limits.quoted(text) == limits.shown_value(text, quote=True)
    assert limits.quoted("W" * 61) == f"{'W' * 40!r}… (61 characters)"
    assert limits.shown_value("WLD\u200b") == "WLD\\u200b"
    assert limits.shown_value(2009, quote=True) == "2009"
