"""The verdict of a claim: one enum, one rule that decides it, one order and one set of words.

=============  ===========================  ===============================================
verdict        when                         report words (heading, sentence, mark)
=============  ===========================  ===============================================
error          the claim or its reference   Errors, "Could not be checked", ⚠️
               could not be read
unverifiable   no usable reference value    Unverifiable, "Cannot be verified", ❔
supported      the reference lies in the    Supported, "Holds", ✅
               expected range
discrepancy    it lies outside              Discrepancies, "Does not hold", ❌
=============  ===========================  ===============================================

The enum's own order (supported, discrepancy, unverifiable, error) is the order of report.json's
``summary``; :data:`REPORT_ORDER` (worst first) is the order reports list and draw them in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "BAD",
    "CHECKED",
    "REPORT_ORDER",
    "WORDS",
    "Verdict",
    "VerdictWords",
    "decide",
    "within",
]

#: The comparison allows a relative 1e-9 for floating-point noise (0.1 + 0.2 ≠ 0.3).
NOISE = 1e-9


class Verdict(StrEnum):
    """The outcome of checking one claim (claims.md, "Verdicts")."""

    SUPPORTED = "supported"
    DISCREPANCY = "discrepancy"
    UNVERIFIABLE = "unverifiable"
    ERROR = "error"


#: Worst first: the order in which reports list, count and draw verdicts.
REPORT_ORDER: tuple[Verdict, ...] = (
    Verdict.DISCREPANCY,
    Verdict.ERROR,
    Verdict.UNVERIFIABLE,
    Verdict.SUPPORTED,
)
#: Verdicts that fail a run (``--fail-on``) and that a baseline counts as bad.
BAD: tuple[Verdict, ...] = (Verdict.DISCREPANCY, Verdict.ERROR)
#: Verdicts about the facts: the claim was checked against data.
CHECKED: tuple[Verdict, ...] = (Verdict.SUPPORTED, Verdict.DISCREPANCY)


@dataclass(frozen=True)
class VerdictWords:
    """How reports name a verdict."""

    heading: str  # a section of claims: "Discrepancies"
    sentence: str  # what it says of one claim: "Does not hold"
    mark: str  # one sign for tables

    @property
    def label(self) -> str:
        """The heading in running text: "3 discrepancies"."""
        return self.heading.lower()


WORDS: dict[Verdict, VerdictWords] = {
    Verdict.DISCREPANCY: VerdictWords("Discrepancies", "Does not hold", "❌"),
    Verdict.ERROR: VerdictWords("Errors", "Could not be checked", "⚠️"),
    Verdict.UNVERIFIABLE: VerdictWords("Unverifiable", "Cannot be verified", "❔"),
    Verdict.SUPPORTED: VerdictWords("Supported", "Holds", "✅"),
}


def within(value: float, low: float, high: float) -> bool:
    """Whether ``value`` lies in ``[low, high]`` (open sides are ±inf), allowing a relative
    :data:`NOISE` of the largest finite of the three."""
    eps = NOISE * max((abs(x) for x in (low, high, value) if math.isfinite(x)), default=0.0)
    return low - eps <= value <= high + eps


def decide(
    *, claim_error: bool, reference_error: bool, reference: float | None, low: float, high: float
) -> Verdict:
    """The verdict of one claim: ``claim_error`` (its value, hedge or range could not be read),
    ``reference_error`` (its reference could not be looked up for a reason the desk can fix),
    ``reference`` (the usable reference value in the claim's unit; None or NaN: none) and the
    expected range ``[low, high]``."""
    if claim_error or reference_error:
        return Verdict.ERROR
    if reference is None or math.isnan(reference):
        return Verdict.UNVERIFIABLE
    return Verdict.SUPPORTED if within(reference, low, high) else Verdict.DISCREPANCY
