"""Coverage counts with an index (hostile26: a drafted desk of 8,000 claims beside its article
took ~60 s, O(mentions × claims) substring tests). The indexed count must equal the plain rule:
a mention is recorded when a claim's quote contains its printed text, or a claim with the same
value and unit has a quote inside its sentence (or the sentence inside the quote); checked when
one of those claims was checked."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from figcheck.draft.coverage import _norm, _same, _unit_base, measure_coverage
from figcheck.draft.extract import Mention
from figcheck.model.verdicts import CHECKED

SENTENCES = [
    "GDP rose 3.6% in 2009.",
    "Some 120,000 people died.",
    "The Mérida Initiative cost $1.6 billion.",
    "Nearly 95.5% came from Colombia.",
    "Exports fell 2.1% to $4 billion.",
    "",
]
PRINTED = ["3.6%", "120,000", "$1.6 billion", "95.5%", "2.1%", "$4 billion", "7", ""]
UNITS = ["percent", "people", "USD", "USD/people", "", "count"]
VALUES = [3.6, 120000.0, 1.6e9, 95.5, -2.1, 2.1, 4e9, 7.0, 7.0 * (1 + 1e-12)]
VERDICTS = ["supported", "discrepancy", "unverifiable", "error"]


def _plain(mentions: list[Mention], claims: pd.DataFrame) -> tuple[int, int, list[tuple[int, str]]]:
    """The rule as first written: every mention against every claim."""
    quotes = [_norm(q) for q in claims["quote"].fillna("")]
    values = claims["claimed_value"].to_numpy(dtype=float)
    units = [str(u) if isinstance(u, str) else "" for u in claims["unit"]]
    verdicts = list(claims["verdict"])
    recorded = checked = 0
    unrecorded = []
    for mention in mentions:
        printed, sentence = _norm(mention.text), _norm(mention.sentence)
        hits = [
            i
            for i, quote in enumerate(quotes)
            if (printed and printed in quote)
            or (
                quote
                and (quote in sentence or sentence in quote)
                and _same(abs(values[i]), abs(mention.magnitude))
                and _unit_base(units[i]) == _unit_base(mention.unit)
            )
        ]
        if hits:
            recorded += 1
            checked += any(verdicts[i] in CHECKED for i in hits)
        else:
            unrecorded.append((mention.line, mention.text))
    return recorded, checked, unrecorded


def _mention(rng: random.Random, line: int) -> Mention:
    sentence = rng.choice(SENTENCES)
    return Mention(
        text=rng.choice(PRINTED), start=0, end=1, line=line, sentence=sentence,
        value="", magnitude=rng.choice(VALUES), unit=rng.choice(UNITS),
    )  # fmt: skip


def _claims(rng: random.Random, n: int) -> pd.DataFrame:
    quotes: list[str | None] = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.1:
            quotes.append(None)
        elif pick < 0.4:
            quotes.append(rng.choice(SENTENCES))
        elif pick < 0.7:
            quotes.append(rng.choice(SENTENCES)[: rng.randrange(0, 20)])  # a part of a sentence
        else:
            quotes.append("“" + rng.choice(PRINTED) + "” said  the\u00a0report")
    return pd.DataFrame({
        "quote": quotes,
        "claimed_value": [rng.choice([*VALUES, float("nan")]) for _ in range(n)],
        "unit": [rng.choice([*UNITS, None, "USD / people"]) for _ in range(n)],
        "verdict": [rng.choice(VERDICTS) for _ in range(n)],
    })  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_indexed_coverage_counts_as_the_plain_rule(seed: int) -> None:
    rng = random.Random(seed)
    mentions = [_mention(rng, i) for i in range(rng.randrange(0, 60))]
    claims = _claims(rng, rng.randrange(0, 40))
    got = measure_coverage("d.yaml", "a.txt", mentions, claims)
    recorded, checked, unrecorded = _plain(mentions, claims)
    assert (got.numbers, got.recorded, got.checked, got.unrecorded) == (
        len(mentions), recorded, checked, unrecorded,
    )  # fmt: skip
