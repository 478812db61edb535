"""Extraction: one parametrised case per pattern, the gold list's recall and precision, and
Hypothesis: it never crashes and its spans always point at what they claim."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.draft.extract import Mention, extract_mentions
from helpers import REPO, SEED_ARTICLES, needs_seed_articles


def one(text: str) -> Mention:
    found = extract_mentions(text)
    assert len(found) == 1, found
    return found[0]


QUANTITIES = [
    ("dollar-scale", "It cost $1.6 billion in all.", "$1.6 billion", "1.6 billion USD", None),
    (
        "us-dollar",
        "around US$2.1 trillion in 2009",
        "around US$2.1 trillion",
        "2.1 trillion USD",
        "around",
    ),
    (
        "escaped-dollar",
        r"more than \$8 billion was spent",
        r"more than \$8 billion",
        "8 billion USD",
        "more than",
    ),
    ("pound-bn", "£216bn of profits", "£216bn", "216 billion GBP", None),
    ("euro-m", "a fine of €5m was paid", "€5m", "5 million EUR", None),
    (
        "code-after",
        "a budget of 300 million USD was set",
        "300 million USD",
        "300 million USD",
        None,
    ),
    ("per-cent", "some 3.6 per cent of GDP", "some 3.6 per cent", "3.6 percent", "some"),
    ("percent", "70 percent of which", "70 percent", "70 percent", None),
    ("sign", "95.5% originated in Colombia", "95.5%", "95.5 percent", None),
    (
        "points",
        "support fell 3 percentage points",
        "fell 3 percentage points",
        "3 percentage_point",
        None,
    ),
    ("people", "nearly 120,000 dead since 2006", "nearly 120,000 dead", "120,000 people", "nearly"),
    (
        "count",
        "approximately 3,000 samples were tested",
        "approximately 3,000 samples",
        "3,000 count",
        "approximately",
    ),
    (
        "spelled-scale",
        "some five million emails",
        "some five million emails",
        "5 million count",
        "some",
    ),
    (
        "spelled-small",
        "arrested three high-ranking Army generals",
        "three high-ranking Army generals",
        "3 people",
        None,
    ),
    ("spelled-compound", "twenty-five soldiers died", "twenty-five soldiers", "25 people", None),
    ("a-fifth", "accounting for a fifth of all crime proceeds", "a fifth", "20 percent", None),
    ("two-thirds", "two-thirds of voters agreed", "two-thirds", "66.67 percent", None),
    ("one-in-five", "one in five adults smokes", "one in five", "20 percent", None),
    ("1-in-3", "1 in 3 people agree", "1 in 3", "33.33 percent", None),
    (
        "nbsp-thousands",
        "some 816\u00a0000 people fled",
        "some 816\u00a0000 people",
        "816,000 people",
        "some",
    ),
    ("thin-space", "816\u2009000 people fled", "816\u2009000 people", "816,000 people", None),
    (
        "rate",
        "around US$650 billion per year",
        "around US$650 billion per year",
        "650 billion USD/year",
        "around",
    ),
    (
        "much-less",
        "much less than 1% is seized",
        "much less than 1%",
        "1 percent",
        "much less than",
    ),
    (
        "probably-around",
        "(probably around 0.2%)",
        "probably around 0.2%",
        "0.2 percent",
        "probably around",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "printed", "value", "hedge"), QUANTITIES, ids=[q[0] for q in QUANTITIES]
)
def test_quantities(case: str, text: str, printed: str, value: str, hedge: str | None) -> None:
    mention = one(text)
    assert mention.text == printed.replace("\\$", "$") or mention.text == printed
    assert mention.value == value
    assert mention.hedge == hedge
    assert text[mention.start : mention.end].endswith(mention.text[-3:])


RANGES = [
    ("hyphen", "some 3.6 per cent of GDP (2.3-5.5 per cent)", 2.3, 5.5, "3.9 percent"),
    ("en-dash", "between 2.3–5.5 per cent", 2.3, 5.5, "3.9 percent"),
    (
        "between-and",
        "between 119 million and 224 million people",
        119e6,
        224e6,
        "171.5 million people",
    ),
    ("to", "from 10 to 20 percent", 10, 20, "15 percent"),
]


@pytest.mark.parametrize(
    ("case", "text", "low", "high", "value"), RANGES, ids=[r[0] for r in RANGES]
)
def test_ranges_become_bounds(case: str, text: str, low: float, high: float, value: str) -> None:
    mentions = [m for m in extract_mentions(text) if m.kind == "range"]
    assert len(mentions) == 1
    assert (mentions[0].low, mentions[0].high) == (low, high)
    assert mentions[0].value.replace(".0 ", " ") == value or mentions[0].value == value


def test_paired_conversion_links_the_second_to_the_first() -> None:
    first, second = extract_mentions(r"a majority of the \$352bn (£216bn) of drugs profits")
    assert (first.value, second.value) == ("352 billion USD", "216 billion GBP")
    assert first.paired_with is None
    assert second.paired_with == 0


CHANGES = [
    ("doubling", "contributed to a doubling of opium production", "a doubling", "2", "doubling"),
    ("doubled", "opium production doubled", "doubled", "2", "doubled"),
    ("halved", "the rate halved", "halved", "0.5", "halved"),
    ("down-from", "95.5% (down from 99% in 2002)", "down from 99%", "99 percent", "down from"),
]


@pytest.mark.parametrize(
    ("case", "text", "printed", "value", "word"), CHANGES, ids=[c[0] for c in CHANGES]
)
def test_change_words_are_recorded_as_such(
    case: str, text: str, printed: str, value: str, word: str
) -> None:
    change = [m for m in extract_mentions(text) if m.kind == "change"]
    assert len(change) == 1
    assert change[0].text == printed
    assert change[0].value == value
    assert change[0].change == word


CONTEXT = [
    ("year", "In 2009 the economy shrank."),
    ("since-year", "dead since 2006 in Mexico"),
    ("date", "an email dated April 19, 2010, said"),
    ("date-day-first", "on 19 April the talks began"),
    ("decade", "in the 1950s and 60s"),
    ("ordinal", "the 21st century began"),
    ("fiscal-year", "the budget for 2012–13 was cut"),
    ("duration-old", "This story is over 5 years old."),
    ("duration-later", "Two months later, another email."),
    ("period", "in the last six years"),
    ("identifier", "one MX1, a Mexican operative"),
    ("hyphenated-identifier", "COVID-19 spread and F-16 jets flew"),
    ("year-range", "from 2006 to 2011 the toll rose; between 2010 and 2015 it fell"),
    ("ordinal-rd", "the 3rd largest city"),
    ("subject-line", "Subject: “Re: From MX1 — 2”"),
    ("determiner", "One of those informants was an officer; one former DEA agent said so."),
    ("vague", "trillions of dollars and tons of drugs"),
    ("page", "see page 12 and No. 5"),
]


@pytest.mark.parametrize(("case", "text"), CONTEXT, ids=[c[0] for c in CONTEXT])
def test_years_dates_ordinals_and_durations_are_context(case: str, text: str) -> None:
    assert extract_mentions(text) == []


def test_periods_and_lines_and_sentences() -> None:
    text = "Title\n\nThe dead numbered 50,000 in 2010. Later, 60,000 people died since 2006.\n"
    first, second = extract_mentions(text)
    assert (first.line, second.line) == (3, 3)
    assert first.period == "in 2010"
    assert second.period == "since 2006"
    assert first.sentence == "The dead numbered 50,000 in 2010."
    assert second.sentence == "Later, 60,000 people died since 2006."


@needs_seed_articles
def test_the_gold_list_recall_and_precision() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from extraction_quality import score

    recall, precision, n_gold, _, _ = score(SEED_ARTICLES)
    assert n_gold == 30
    assert recall >= 0.95
    assert precision >= 0.90


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_extraction_never_crashes_and_spans_are_true(text: str) -> None:
    for mention in extract_mentions(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end].strip()
        assert mention.line == text.count("\n", 0, mention.start) + 1


NUMBERS = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
)


@settings(max_examples=200, deadline=None)
@given(
    NUMBERS,
    st.sampled_from(["$", "US$", "£", "€"]),
    st.sampled_from(["", " million", " billion", "bn"]),
)
def test_money_round_trips(number: str, sign: str, scale: str) -> None:
    mention = one(f"It was {sign}{number}{scale} in all.")
    scale_value = {"": 1, " million": 1e6, " billion": 1e9, "bn": 1e9}[scale]
    assert mention.magnitude == pytest.approx(float(number.replace(",", "")) * scale_value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("GDP was ٥٠ trillion dollars in 2009.", "50 trillion USD"),
     ("They counted ６０ billion dollars.", "60 billion USD")],
    ids=["arabic-indic", "full-width"],
)  # fmt: skip
def test_digits_of_other_scripts_are_drafted_in_ascii(text: str, value: str) -> None:
    """hostile23: the draft's value kept '٥٠', which the value grammar (and so `check` of the
    draft) cannot read; the printed text keeps them."""
    assert one(text).value == value
