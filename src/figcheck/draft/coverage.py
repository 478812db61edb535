"""Coverage: how many of an article's numbers were recorded as claims, and how many were checked.

Pure: the article's mentions (from :mod:`figcheck.draft.extract`) and the findings of its claims in,
counts and the unrecorded numbers out. A mention counts as recorded when a claim of that article
quotes it (its printed text is in the claim's quote), or states the same value in the same unit
with a quote taken from the mention's sentence. An article whose text is not on this machine (the
seed articles are not redistributed with figcheck) is "not available", not an error: its claims
are checked as usual and only the coverage is left unmeasured.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from figcheck.draft.extract import Mention
from figcheck.model.verdicts import CHECKED

__all__ = ["Coverage", "CoverageStatus", "measure_coverage"]


class CoverageStatus(StrEnum):
    """Whether an article's numbers could be counted."""

    MEASURED = "measured"
    #: No file at the desk's ``source.text``: reported in words, never as an error row.
    TEXT_NOT_AVAILABLE = "text-not-available"
    #: A file is there but cannot be read as UTF-8 text: ``problem`` says why.
    UNREADABLE = "unreadable"


#: What reports say for :attr:`CoverageStatus.TEXT_NOT_AVAILABLE`.
NOT_AVAILABLE_TEXT = "article text not available"


@dataclass(frozen=True)
class Coverage:
    """One article's numbers against the desk's claims."""

    desk: str
    text_path: str
    numbers: int = 0
    recorded: int = 0
    checked: int = 0
    unrecorded: list[tuple[int, str]] = field(default_factory=list)  # (line, as printed)
    problem: str | None = None
    status: CoverageStatus = CoverageStatus.MEASURED

    @classmethod
    def not_available(cls, desk: str, text_path: str) -> Coverage:
        """The article's text is not on this machine: nothing to count."""
        return cls(desk, text_path, status=CoverageStatus.TEXT_NOT_AVAILABLE)

    @classmethod
    def unreadable(cls, desk: str, text_path: str, problem: str) -> Coverage:
        """The article's text is there but cannot be read: ``problem`` says why."""
        return cls(desk, text_path, problem=problem, status=CoverageStatus.UNREADABLE)

    @property
    def measured(self) -> bool:
        return self.status is CoverageStatus.MEASURED

    def status_text(self) -> str:
        """Words for a report's coverage row when nothing was counted ("" when measured)."""
        if self.status is CoverageStatus.TEXT_NOT_AVAILABLE:
            return NOT_AVAILABLE_TEXT
        return self.problem or ""

    def to_json(self) -> dict[str, Any]:
        """Counts are ``null`` when nothing was counted (never 0, which would say "no numbers")."""
        counted = self.measured
        item: dict[str, Any] = {
            "desk": self.desk,
            "text": self.text_path,
            "status": self.status.value,
            "numbers": self.numbers if counted else None,
            "recorded": self.recorded if counted else None,
            "checked": self.checked if counted else None,
            "unrecorded": [{"line": line, "text": text} for line, text in self.unrecorded],
        }
        if self.problem:
            item["problem"] = self.problem
        return item


def measure_coverage(
    desk: str, text_path: str, mentions: Sequence[Mention], claims: pd.DataFrame
) -> Coverage:
    """``claims``: the findings of this article's claims (quote, claimed_value, unit, verdict).

    A mention is recorded when a claim's quote contains its printed text, or a claim with the same
    value and unit has a quote inside the mention's sentence (or the sentence inside the quote);
    checked when one of those claims was checked. Indexed, not every mention against every claim
    (a drafted desk of 8,000 claims took a minute): the quotes joined once (all, and those of
    checked claims) for the printed text, and the claims sorted by value for the rest.
    """
    quotes = [_norm(q) for q in claims["quote"].fillna("")]
    values = np.abs(claims["claimed_value"].to_numpy(dtype=float))
    units = [_unit_base(u) if isinstance(u, str) else "" for u in claims["unit"]]
    verdicts = [verdict in CHECKED for verdict in claims["verdict"]]
    # normalised text has no line break: one joins the quotes without a false match across two
    every = "\n".join(dict.fromkeys(quotes))
    of_checked = "\n".join(dict.fromkeys(q for q, yes in zip(quotes, verdicts, strict=True) if yes))
    order = [i for i in np.argsort(values, kind="stable") if quotes[i] and not np.isnan(values[i])]
    ordered = values[order]
    recorded = checked = 0
    unrecorded = []
    for mention in mentions:
        printed, sentence = _norm(mention.text), _norm(mention.sentence)
        found = bool(printed) and printed in every
        found_checked = bool(printed) and printed in of_checked
        if not found_checked:
            magnitude = abs(mention.magnitude)
            slack = 1e-9 * max(1.0, magnitude)
            unit = _unit_base(mention.unit)
            low = bisect_left(ordered, magnitude - slack)
            high = bisect_right(ordered, magnitude + slack)
            for i in order[low:high]:
                quote = quotes[i]
                if (
                    units[i] == unit
                    and _same(values[i], magnitude)
                    and (quote in sentence or sentence in quote)
                ):
                    found = True
                    if verdicts[i]:
                        found_checked = True
                        break
        if found:
            recorded += 1
            checked += found_checked
        else:
            unrecorded.append((mention.line, mention.text))
    return Coverage(desk, text_path, len(mentions), recorded, checked, unrecorded)


def _norm(text: str) -> str:
    text = text.replace("\\$", "$").replace("“", '"').replace("”", '"').replace("’", "'")
    return " ".join(re.sub(r"[\u00a0\u202f\u2009]", " ", text).split()).lower()


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _unit_base(unit: str) -> str:
    return unit.replace(" ", "").split("/")[0].lower()
