"""The report as an editor reads it (editor26): the words verdicts26 left open. Each test
failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.check.messages import Judged, judged_message
from figcheck.model.ranges import HEDGES, SPANISH_HEDGES, normalise_hedge
from helpers import REPO, check_paths, desk_results

# --- 1. every hedge word reads as English after "The article says" ----------------------------

#: Every hedge word of model/ranges.py, and how "The article says …" echoes it with its figure,
#: written by hand. A verb of passing (or falling short of) a mark takes "it"; a tail follows
#: the figure; a sign is said in words; "estimated" takes its article. Every other word reads
#: before the figure as printed.
SAYS = {
    "<": "less than 130 million people",
    "<=": "at most 130 million people",
    ">": "more than 130 million people",
    ">=": "at least 130 million people",
    "~": "about 130 million people",
    "a little more than": "a little more than 130 million people",
    "a little over": "a little over 130 million people",
    "a little under": "a little under 130 million people",
    "a maximum of": "a maximum of 130 million people",
    "a minimum of": "a minimum of 130 million people",
    "a total of": "a total of 130 million people",
    "about": "about 130 million people",
    "above": "above 130 million people",
    "almost": "almost 130 million people",
    "an average of": "an average of 130 million people",
    "an estimated": "an estimated 130 million people",
    "approaching": "approaching 130 million people",
    "approx": "approx 130 million people",
    "approx.": "approx. 130 million people",
    "approximately": "approximately 130 million people",
    "around": "around 130 million people",
    "as high as": "as high as 130 million people",
    "as little as": "as little as 130 million people",
    "as many as": "as many as 130 million people",
    "as much as": "as much as 130 million people",
    "at least": "at least 130 million people",
    "at most": "at most 130 million people",
    "beat": "it beat 130 million people",
    "below": "below 130 million people",
    "broke": "it broke 130 million people",
    "c.": "c. 130 million people",
    "ca.": "ca. 130 million people",
    "circa": "circa 130 million people",
    "close to": "close to 130 million people",
    "crossed": "it crossed 130 million people",
    "dipped below": "it dipped below 130 million people",
    "dipped under": "it dipped under 130 million people",
    "estimated": "an estimated 130 million people",
    "exactly": "exactly 130 million people",
    "exceeded": "it exceeded 130 million people",
    "exceeding": "exceeding 130 million people",
    "fell below": "it fell below 130 million people",
    "fewer than": "fewer than 130 million people",
    "give or take": "130 million people, give or take",
    "greater than": "greater than 130 million people",
    "hit more than": "it hit more than 130 million people",
    "in excess of": "in excess of 130 million people",
    "in the region of": "in the region of 130 million people",
    "just above": "just above 130 million people",
    "just below": "just below 130 million people",
    "just over": "just over 130 million people",
    "just shy of": "just shy of 130 million people",
    "just under": "just under 130 million people",
    "less than": "less than 130 million people",
    "more than": "more than 130 million people",
    "much less than": "much less than 130 million people",
    "nearly": "nearly 130 million people",
    "no fewer than": "no fewer than 130 million people",
    "no less than": "no less than 130 million people",
    "no more than": "no more than 130 million people",
    "north of": "north of 130 million people",
    "not quite": "not quite 130 million people",
    "of the order of": "of the order of 130 million people",
    "on average": "on average 130 million people",
    "on the order of": "on the order of 130 million people",
    "or so": "130 million people or so",
    "over": "over 130 million people",
    "passed": "it passed 130 million people",
    "precisely": "precisely 130 million people",
    "probably": "probably 130 million people",
    "probably around": "probably around 130 million people",
    "roughly": "roughly 130 million people",
    "short of": "short of 130 million people",
    "shy of": "shy of 130 million people",
    "slightly less than": "slightly less than 130 million people",
    "slightly more than": "slightly more than 130 million people",
    "some": "some 130 million people",
    "surpassed": "it surpassed 130 million people",
    "topped": "it topped 130 million people",
    "under": "under 130 million people",
    "up to": "up to 130 million people",
    "upwards of": "upwards of 130 million people",
    "well above": "well above 130 million people",
    "well below": "well below 130 million people",
    "well over": "well over 130 million people",
    "well under": "well under 130 million people",
}


def test_every_hedge_word_is_listed_with_its_words() -> None:
    """A hedge word added to model/ranges.py must be added here, with how it reads (a Spanish
    one reads as its English word, below)."""
    assert set(SAYS) | set(SPANISH_HEDGES) == set(HEDGES)
    assert set(SPANISH_HEDGES.values()) <= set(SAYS)


@pytest.mark.parametrize(
    ("word", "english"), sorted(SPANISH_HEDGES.items()), ids=sorted(SPANISH_HEDGES)
)
def test_a_spanish_hedge_reads_as_its_english_word(word: str, english: str) -> None:
    """desks33: a Spanish desk copies "casi", "más de"; the message is in English."""
    message = judged_message(Judged(
        1e8, "people", "the census", "hedge", word, "", False,
        discrepancy=True, claimed=1.3e8, low=1.3e8, high=1.31e8,
    ))  # fmt: skip
    assert message.startswith(f"The article says {SAYS[english]}; the census gives"), message
    assert f"(from the hedge '{word}')" in message


@pytest.mark.parametrize(("word", "says"), sorted(SAYS.items()), ids=sorted(SAYS))
def test_a_hedge_reads_as_english_after_the_article_says(word: str, says: str) -> None:
    message = judged_message(Judged(
        1e8, "people", "the census", "hedge", word, "", False,
        discrepancy=True, claimed=1.3e8, low=1.3e8, high=1.31e8,
    ))  # fmt: skip
    assert message.startswith(f"The article says {says}; the census gives"), message
    assert f"(from the hedge '{word}')" in message  # the word as the desk wrote it


def test_spanish_hedges_are_drafted_as_words_of_the_table() -> None:
    """extract maps each Spanish hedge ("casi", "superó", "más de") to a checker word
    (model.ranges.SPANISH_HEDGES, and draft/lexicon/hedges.tsv for other printed forms); every
    one is a word of the table above, so it reads the same."""
    lexicon = REPO / "src" / "figcheck" / "draft" / "lexicon" / "hedges.tsv"
    targets = {
        line.split("\t")[1].strip()
        for line in lexicon.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    } | set(SPANISH_HEDGES.values())
    assert targets <= set(SAYS), targets - set(SAYS)


def test_a_hedge_is_echoed_in_lower_case() -> None:
    from figcheck.check.findings import hedged

    assert hedged("About", "1.41 billion people") == "about 1.41 billion people"
    assert hedged(" Topped ", "8 billion people") == "it topped 8 billion people"
    assert normalise_hedge("About") == "about"


@pytest.mark.parametrize(
    ("hedge", "fall", "words"),
    [
        ("passed", True, "The article says a fall that passed 20%;"),
        ("topped", False, "The article says a rise that topped 20%;"),
        ("more than", True, "The article says a fall of more than 20%;"),
        ("or so", True, "The article says a fall of 20% or so;"),
        (">", False, "The article says a rise of more than 20%;"),
    ],
)
def test_a_fall_or_rise_reads_with_every_kind_of_hedge(hedge: str, fall: bool, words: str) -> None:
    claimed = -20.0 if fall else 20.0
    message = judged_message(Judged(
        -3.1, "percent", "GDP", "hedge", hedge, "", False, discrepancy=True, claimed=claimed,
        low=-30.0 if fall else 20.0, high=-20.0 if fall else 30.0, said="GDP fell 3.1%",
        fall=fall, rise=not fall, step=1.0,
    ))  # fmt: skip
    assert message.startswith(words), message


def test_the_hurried_desk_says_it_topped(tmp_path: Path) -> None:
    results = desk_results(
        tmp_path,
        "claims:\n"
        "  - id: mexico-2023\n"
        "    value: 130m people\n"
        "    hedge: topped\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: MEX, Year: 2023}}\n",
    )
    message = str(results["mexico-2023"]["message"])
    assert message.startswith("The article says it topped 130 million people; "), message


# --- 2. one card, one direction: the data against the article, as the message says it --------


def test_the_card_gives_the_gap_in_the_direction_of_the_message(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: baja-california-2018\n"
        "    value: 2,500 people\n"
        "    hedge: some\n"
        "    reference:\n"
        "      dataset: mexico-homicides-state-month\n"
        "      column: homicides\n"
        "      where: {cve_ent: '02', year: 2018}\n"
        "      aggregate: sum\n"
        "  - id: cpi-march-2026\n"
        "    value: 1.5%\n"
        "    reference: {dataset: us-cpi-u, column: Inflation, where: {Date: 2026-03}}\n",
        encoding="utf-8",
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    page = render_html(report)
    messages = dict(zip(report.findings["id"], report.findings["message"], strict=True))
    assert "gives 2,904 people, 16.2% higher" in messages["baja-california-2018"]
    # the card said "13.9% lower than the figure from …" (the article against the data)
    assert "13.9% lower" not in page
    assert (
        "The figure from Mexico: homicides by state and month of occurrence, 2000-2022 (INEGI "
        "death certificates) is 16.2% higher than the article&#39;s." in page
    )
    # a percent figure: points first, in the message's direction too
    assert (
        "gives 1.05%, 0.45 percentage points lower (30% in relative terms)"
        in (messages["cpi-march-2026"])
    )
    assert "is 0.45 percentage points lower than the article&#39;s (30% in relative terms)." in (
        page
    )
    assert "42.9% in relative terms" not in page


# --- 3. ClaimReview: a claim without a quote is reviewed by its facts, not by its id ----------


def test_claimreview_says_a_claim_without_a_quote_by_its_facts(tmp_path: Path) -> None:
    from figcheck.reports.claimreview import claim_reviews

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: n26h-india-pop-2024-1.52b-5pct-high\n"
        "    value: 1.52b people\n"
        "    as_of: 2024-12-31\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: IND, Year: 2024}}\n"
        "  - id: mexico-topped\n"
        "    value: 130m people\n"
        "    hedge: topped\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: MEX, Year: 2024}}\n"
        "  - id: homicides-up\n"
        "    value: 41 per cent\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: homicides_inegi\n"
        "      change: percent\n"
        "      from: {year: 2008}\n"
        "      to: {year: 2009}\n"
        "  - id: homicides-topped\n"
        "    value: 40 per cent\n"
        "    hedge: topped\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: homicides_inegi\n"
        "      change: percent\n"
        "      from: {year: 2008}\n"
        "      to: {year: 2009}\n"
        "  - id: record\n"
        "    value: 1\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: homicides_inegi\n"
        "      rank: {by: year, at: 2011}\n"
        "  - id: quoted\n"
        '    quote: "Mexico\'s 131 million"\n'
        "    value: 131 million people\n"
        "    reference: {dataset: world-bank-population, where: {Country Code: MEX, Year: 2024}}\n",
        encoding="utf-8",
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    reviewed = {
        item["url"].removeprefix("report.html#claim-"): item["claimReviewed"]
        for item in claim_reviews(report)["@graph"]
    }
    assert reviewed == {
        "n26h-india-pop-2024-1.52b-5pct-high": "1.52 billion people (as of 2024-12-31)",
        "mexico-topped": "it topped 130 million people",
        "homicides-up": "a rise of 41%",
        "homicides-topped": "a rise that topped 40%",  # review27: was "a rise of it topped 40%"
        "record": "it ranks 1st",
        "quoted": "Mexico's 131 million",
    }


# --- 4. a count says what it counts when the claim names it -----------------------------------


def test_a_count_that_names_its_noun_is_said_with_it(tmp_path: Path) -> None:
    from figcheck.model.units import read_value
    from figcheck.reports.html import render_html

    reading = read_value("5 million count (emails)")
    assert (reading.magnitude, reading.unit_key, reading.unit_text) == (
        5e6, "count", "count (emails)",
    )  # fmt: skip
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: emails\n"
        "    value: 5 million count (emails)\n"
        "    hedge: some\n"
        "    reference: {dataset: published-figures, where: {id: wikileaks-gifiles-emails}}\n"
        "  - id: emails-off\n"
        "    value: 7 million count (emails)\n"
        "    reference: {dataset: published-figures, where: {id: wikileaks-gifiles-emails}}\n"
        "  - id: no-noun\n"
        "    value: 5 million count\n"
        "    hedge: some\n"
        "    reference: {dataset: published-figures, where: {id: wikileaks-gifiles-emails}}\n",
        encoding="utf-8",
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    found = {str(r["id"]): r for r in report.findings.to_dict("records")}
    assert [found[i]["verdict"] for i in ("emails", "emails-off", "no-noun")] == [
        "supported", "discrepancy", "supported",
    ]  # fmt: skip
    assert "Reuters, 2012-02-27 gives 5 million emails, within" in str(found["emails"]["message"])
    assert str(found["emails-off"]["message"]).startswith(
        "The article says 7 million emails; Reuters, 2012-02-27 gives 5 million emails, 28.6% "
        "lower. To stand, the figure must be between 6.5 million emails and 7.5 million emails"
    )
    assert "gives 5 million, within" in str(found["no-noun"]["message"])  # no noun: none said
    assert "article: 7 million emails" in render_html(report)  # the number line too


# --- 5. what else an editor found odd --------------------------------------------------------


def test_a_gap_is_never_said_as_the_bound_it_misses(tmp_path: Path) -> None:
    """new26 n26t-france-gdp-2023-3-trillion-within-1pct: "gives US$3.031 trillion, 1% higher.
    To stand, … (from a tolerance of 1 percent)" read as within the tolerance."""
    results = desk_results(
        tmp_path,
        "claims:\n"
        "  - id: france-2023\n"
        "    value: 3 trillion USD\n"
        "    expected: {tolerance: 1 percent}\n"
        "    reference: {dataset: world-gdp, where: {Country Code: FRA, Year: 2023}}\n"
        "  - id: germany-2023\n"
        "    value: 4.7 trillion USD\n"
        "    reference: {dataset: world-gdp, where: {Country Code: DEU, Year: 2023}}\n",
    )
    france = str(results["france-2023"]["message"])
    assert "gives US$3.031 trillion, 1.03% higher. To stand" in france, france
    assert "gives US$4.456 trillion, 5.2% lower" in str(results["germany-2023"]["message"])


def test_the_card_gives_the_gap_with_the_digits_of_the_message(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: france-2023\n"
        "    value: 3 trillion USD\n"
        "    expected: {tolerance: 1 percent}\n"
        "    reference: {dataset: world-gdp, where: {Country Code: FRA, Year: 2023}}\n",
        encoding="utf-8",
    )
    page = render_html(check_paths([desk], [], tmp_path / "work", bundled=True))
    assert "gives US$3.031 trillion, 1.03% higher" in page
    assert "is 1.03% higher than the article&#39;s." in page


def test_the_card_of_a_fall_compares_the_sizes_of_the_falls(tmp_path: Path) -> None:
    """review27: "a fall of about 20%" against data that fell 4.579% carded "The figure from … is
    15.4 percentage points higher than the article's" (signed values) beside a message about a
    smaller fall; the card now says the fall's size, as the message does."""
    from figcheck.reports.html import render_html

    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "claims:\n"
        "  - id: fall-about\n"
        "    value: -20 percent\n"
        "    hedge: about\n"
        "    reference:\n"
        "      dataset: mexico-homicides-annual\n"
        "      column: homicides_inegi\n"
        "      change: percent\n"
        "      from: {year: 2011}\n"
        "      to: {year: 2012}\n",
        encoding="utf-8",
    )
    report = check_paths([desk], [], tmp_path / "work", bundled=True)
    message = report.findings["message"].iloc[0]
    assert "a fall of about 20%" in message
    assert "4.579%" in message
    page = render_html(report)
    assert "higher than the article" not in page
    assert "percentage points lower than the article" in page
    assert "The fall in the figure from" in page
