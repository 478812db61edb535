"""The interval a printed figure implies: from its precision, its hedge word, or a tolerance.

Rules (documented with examples in ``docs/ranges.md``). Let ``v`` be the printed value and
``s`` one unit of its last significant printed digit (``2.1 trillion`` → 0.1 trillion;
``120,000`` → 10,000; ``27,213`` → 1), so rounding alone allows ``v ± s/2``.

==============  =====================================  ==========================
kind            hedge words                            range
==============  =====================================  ==========================
(none)          —                                      [v − s/2, v + s/2]
exact           exactly, precisely                     [v, v]
approximate     about, around, some, roughly, …        [v − s, v + s]
just below      nearly, almost, just under, …          [v − s, v]
just above      just over, just above, …               [v, v + s]
lower bound     more than, over, at least, …           [v, ∞)
upper bound     less than, under, up to, as much as …  (−∞, v]
==============  =====================================  ==========================

A range from a hedge or from rounding is then **capped** at ``v ± CAP_PCT % of |v|``, but never
narrower than half a unit of the last printed digit (``d``: ``20`` → 1, ``3 million`` → 1 million,
``2.5`` → 0.1): ``around 20`` is [18, 22], not [10, 30]; ``2 percent`` keeps [1.5, 2.5] because its
last digit is significant. Trailing zeros are where the cap bites: the writer may have rounded to
them, or the zeros may be real digits, and ``±s`` would then swallow a 40% error.

An explicit ``expected`` (min/max) wins over everything; a ``tolerance`` (relative) comes next;
neither is capped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from figcheck.limits import quoted

__all__ = [
    "AFTER_A_NOUN",
    "CAP_PCT",
    "FALLING_SHORT",
    "HEDGES",
    "HEDGE_RULES",
    "HEDGE_SAID",
    "SPANISH_HEDGES",
    "Basis",
    "ExpectedRange",
    "HedgeForm",
    "HedgeKind",
    "cap_range",
    "expected_range",
    "hedge_form",
    "normalise_hedge",
]

#: The widest a range from a hedge or from rounding may be, in percent of the value either side.
CAP_PCT = 10.0


class Basis(StrEnum):
    """Where an expected range came from (report.json ``expected.basis``)."""

    EXPLICIT = "explicit"
    TOLERANCE = "tolerance"
    HEDGE = "hedge"
    ROUNDING = "rounding"


class HedgeKind(StrEnum):
    """What a hedge word does to the range."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    JUST_BELOW = "just below"
    JUST_ABOVE = "just above"
    LOWER_BOUND = "lower bound"
    UPPER_BOUND = "upper bound"


_WORDS: dict[HedgeKind, tuple[str, ...]] = {
    HedgeKind.EXACT: ("exactly", "precisely", "a total of"),
    HedgeKind.APPROXIMATE: (
        "about", "around", "some", "roughly", "approximately", "approx.", "approx", "circa",
        "c.", "ca.", "~", "estimated", "an estimated", "probably around", "probably",
        "an average of", "on average", "or so", "give or take", "in the region of",
        "of the order of", "on the order of", "close to",
    ),
    HedgeKind.JUST_BELOW: (
        "nearly", "almost", "just under", "just below", "not quite", "just shy of",
        "slightly less than", "a little under", "approaching",
    ),
    HedgeKind.JUST_ABOVE: (
        "just over", "just above", "slightly more than", "a little over", "a little more than",
    ),
    HedgeKind.LOWER_BOUND: (
        "more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding",
        "no less than", "no fewer than", "well over", "well above", "greater than",
        "a minimum of", "as little as", ">", ">=",
        # verbs of passing a mark, as printed: "the population passed 8 billion"
        "passed", "topped", "surpassed", "exceeded", "crossed", "broke", "beat", "hit more than",
        "north of",
    ),
    HedgeKind.UPPER_BOUND: (
        "less than", "under", "below", "up to", "at most", "as much as", "as many as",
        "fewer than", "no more than", "much less than", "well under", "well below",
        "as high as", "a maximum of", "<", "<=",
        # verbs of falling short of a mark: "fell below 3 percent"
        "fell below", "dipped under", "dipped below", "short of", "shy of",
    ),
}  # fmt: skip

#: Spanish hedges as printed → the English hedge of the same meaning. A desk may copy the
#: article's words (``hedge: casi``, desks33: they were an "unknown hedge" error); messages say
#: the English word. ``figcheck extract`` reads the same words in Spanish text (draft.lexicon
#: takes them from here; "del" and "el" are the article a figure may follow: "más del 40%").
SPANISH_HEDGES: dict[str, str] = {
    "casi": "nearly", "alrededor de": "around", "alrededor del": "around",
    "cerca de": "close to", "cerca del": "close to", "unos": "about", "unas": "about",
    "aproximadamente": "approximately", "aproximadamente el": "approximately",
    "más de": "more than", "mas de": "more than", "más del": "more than",
    "superaron los": "more than", "superaron": "more than", "superó los": "more than",
    "superó": "more than", "rebasó": "more than", "al menos": "at least",
    "por lo menos": "at least", "poco más de": "just over", "poco más del": "just over",
    "menos de": "less than", "menos del": "less than", "poco menos de": "just under",
    "hasta": "up to", "hasta el": "up to",
}  # fmt: skip

#: hedge word → kind, for every accepted word (lower case, single spaces).
HEDGES: dict[str, HedgeKind] = {word: kind for kind, words in _WORDS.items() for word in words}
HEDGES.update({word: HEDGES[english] for word, english in SPANISH_HEDGES.items()})


class HedgeForm(StrEnum):
    """Where a hedge word stands in a sentence that echoes its figure ("The article says …")."""

    BEFORE = "before"  # "nearly 120,000 people", "more than 130 million people"
    VERB = "verb"  # a verb of passing or falling short of a mark: "it topped 130 million people"
    AFTER = "after"  # "130 million people or so"


#: The hedge words that are no modifier placed before their figure (all others are).
_FORMS: dict[str, HedgeForm] = {
    **dict.fromkeys(
        ("passed", "topped", "surpassed", "exceeded", "crossed", "broke", "beat", "hit more than",
         "fell below", "dipped under", "dipped below"),
        HedgeForm.VERB,
    ),
    **dict.fromkeys(("or so", "give or take"), HedgeForm.AFTER),
}  # fmt: skip

#: Verb hedges of falling short of a mark: in a change their subject is the change, not "a rise"
#: (review28: "a rise that dipped under 3%" for "inflation dipped under 3%").
FALLING_SHORT = frozenset({"fell below", "dipped under", "dipped below"})
#: Hedges that follow a change's noun without "of" ("a rise short of 3%"; review28: "a rise of
#: short of 3%"); so do those of a preposition that end in "of" ("in excess of", "of the order of").
AFTER_A_NOUN = frozenset({"short of", "shy of", "just shy of", "exceeding", "approaching"})

#: Hedges said in other words when a figure is echoed: a sign in words, and "estimated" with
#: the article it needs before a figure ("an estimated 130 million people").
HEDGE_SAID: dict[str, str] = {
    "~": "about", ">": "more than", ">=": "at least", "<": "less than", "<=": "at most",
    "estimated": "an estimated",
}  # fmt: skip


def hedge_form(word: str) -> tuple[str, HedgeForm]:
    """A hedge word as a sentence says it (normalised, a sign in words) and where it stands."""
    said = normalise_hedge(word)
    said = SPANISH_HEDGES.get(said, said)
    said = HEDGE_SAID.get(said, said)
    return said, _FORMS.get(said, HedgeForm.BEFORE)


def normalise_hedge(word: str) -> str:
    """Lower-case and collapse white space so ``'More  than'`` reads as ``'more than'``; a
    Spanish hedge with the article its figure takes reads as the hedge alone (``más del`` →
    ``más de``, ``superó las`` → ``superó``, ``cerca de los`` → ``cerca de``; review33: docs
    promise the forms before an article)."""
    said = " ".join(str(word).lower().split())
    if said in HEDGES:
        return said
    for bare in _without_article(said):
        if bare in HEDGES:
            return bare
    return said


def _without_article(said: str) -> list[str]:
    """A hedge's words without a Spanish article at the end (``del``/``al`` keep their
    preposition), the unaccented ``mas`` also as ``más``."""
    found = re.fullmatch(r"(?P<head>.+?) (?P<article>el|la|los|las|lo|del|al)", said)
    if found is None:
        return []
    head, article = found["head"], found["article"]
    bare = head + {"del": " de", "al": " a"}.get(article, "")
    return [bare, re.sub(r"^mas\b", "más", bare)]


def cap_range(value: float, low: float, high: float, digit: float) -> tuple[float, float, bool]:
    """The scalar rule: cap ``[low, high]`` at ``value ± CAP_PCT%``, never inside
    ``value ± digit/2`` (``digit``: one unit of the last printed digit). Returns the capped
    range and whether the cap narrowed it. An open side (±inf) stays open."""
    reach = max(abs(value) * CAP_PCT / 100.0, digit / 2.0)
    noise = 1e-12 * max(abs(value), reach)
    capped_low = low if math.isinf(low) else max(low, value - reach)
    capped_high = high if math.isinf(high) else min(high, value + reach)
    narrowed = capped_low > low + noise or capped_high < high - noise
    return capped_low, capped_high, bool(narrowed)


#: One end of a range from the printed value ``v`` and one unit ``s`` of its last significant digit.
End = Callable[[float, float], float]

#: The table above as code: each hedge kind (None: no hedge) → its (low, high) before the cap.
HEDGE_RULES: dict[HedgeKind | None, tuple[End, End]] = {
    None:                   (lambda v, s: v - s / 2, lambda v, s: v + s / 2),
    HedgeKind.EXACT:        (lambda v, s: v,         lambda v, s: v),
    HedgeKind.APPROXIMATE:  (lambda v, s: v - s,     lambda v, s: v + s),
    HedgeKind.JUST_BELOW:   (lambda v, s: v - s,     lambda v, s: v),
    HedgeKind.JUST_ABOVE:   (lambda v, s: v,         lambda v, s: v + s),
    HedgeKind.LOWER_BOUND:  (lambda v, s: v,         lambda v, s: math.inf),
    HedgeKind.UPPER_BOUND:  (lambda v, s: -math.inf, lambda v, s: v),
}  # fmt: skip


@dataclass(frozen=True)
class ExpectedRange:
    """The interval a claim's figure allows (report.json ``expected``); ``error`` says why there
    is none (an unknown hedge: ``low`` and ``high`` are NaN)."""

    low: float
    high: float
    basis: Basis
    capped: bool = False
    error: str | None = None


def expected_range(
    value: float,
    step: float,
    digit: float,
    hedge: str | None = None,
    tolerance: float | None = None,
    explicit_min: float | None = None,
    explicit_max: float | None = None,
) -> ExpectedRange:
    """The rule for one claim: an explicit ``expected`` range (``explicit_min``/``explicit_max``;
    None: not given, NaN: an open side) wins; then a relative ``tolerance``; then the hedge rule
    (:data:`HEDGE_RULES`) on ``value`` and ``step``, capped by :func:`cap_range` with ``digit``."""
    if explicit_min is not None or explicit_max is not None:
        low = -math.inf if explicit_min is None or math.isnan(explicit_min) else explicit_min
        high = math.inf if explicit_max is None or math.isnan(explicit_max) else explicit_max
        return ExpectedRange(low, high, Basis.EXPLICIT)
    if tolerance is not None and not math.isnan(tolerance):
        spread = abs(value) * tolerance
        return ExpectedRange(value - spread, value + spread, Basis.TOLERANCE)
    word = normalise_hedge(hedge) if hedge is not None else ""
    if not word:
        kind: HedgeKind | None = None
    elif word in HEDGES:
        kind = HEDGES[word]
    else:
        error = (
            f"unknown hedge {quoted(word)}; use one of: {', '.join(sorted(HEDGES))}; "
            "or give `expected` explicitly"
        )
        return ExpectedRange(math.nan, math.nan, Basis.HEDGE, error=error)
    low_end, high_end = HEDGE_RULES[kind]
    low, high, capped = cap_range(value, low_end(value, step), high_end(value, step), digit)
    return ExpectedRange(low, high, Basis.ROUNDING if kind is None else Basis.HEDGE, capped)
