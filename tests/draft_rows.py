"""Helpers for the draft tests of each round (tests/test_drafts_round*.py): the YAML block drafted
for one printed figure, what it suggests, and the bundled datasets' hints they rank."""

from __future__ import annotations

import re
import sys

from figcheck.draft.extract import extract_mentions
from figcheck.draft.suggest import DatasetHint, rank_references
from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import suggestion_gold


def bundled_hints() -> list[DatasetHint]:
    """The hints of the datasets bundled in datasets/."""
    return suggestion_gold.load_hints([REPO / "datasets"])


def claim(text: str, figure: str, hints: list[DatasetHint], published: str | None = None,
          lang: str | None = None) -> str:  # fmt: skip
    """The YAML block drafted for the quantity printed as ``figure``."""
    mentions = extract_mentions(text, lang=lang)
    index = suggestion_gold.pick(mentions, figure)
    assert index is not None, f"{figure!r} not extracted from {text!r}"
    return suggestion_gold.drafted_claim(mentions, index, published, hints)


def value_of(block: str) -> str:
    found = re.search(r'^    value: "(.*)"$', block, re.MULTILINE)
    return found.group(1) if found else ""


def reference_of(block: str) -> str:
    found = re.search(r"^    # reference: (.*)$", block, re.MULTILINE)
    return found.group(1) if found else "(none)"


def first_of(text: str, figure: str, hints: list[DatasetHint], lang: str | None = None) -> str:
    mentions = extract_mentions(text, lang=lang)
    index = suggestion_gold.pick(mentions, figure)
    assert index is not None, f"{figure!r} not extracted from {text!r}"
    ranked = rank_references(mentions[index], hints)
    return f"{ranked[0].hint.name}/{ranked[0].column.name}" if ranked else "(none)"


def rank_of(block: str) -> str:
    found = re.search(r"rank claim \(value: 1\): (.*)$", block, re.MULTILINE)
    return found.group(1) if found else "(none)"


def drafted_period(text: str, figure: str, published: str) -> str:
    """The drafted period of the first figure whose printed text holds ``figure``, as
    ``first/last`` (or ``first``); "" when it has none."""
    from figcheck.draft.governing import drafted_periods

    mentions = extract_mentions(text)
    periods = drafted_periods(mentions, published)
    at = next(i for i, m in enumerate(mentions) if figure in m.text)
    period = periods[at]
    if period is None:
        return ""
    return f"{period.first}/{period.last}" if period.last else period.first
