"""The extractor's word lists, kept as data files beside this module (one entry a line, tab
separated, ``#`` comments): hedges, units of measure, scale words, currencies, people nouns,
spelled numbers, change words, spelled fractions and record words, in English and Spanish.
The checker's own vocabulary is not repeated here: its scale words and ISO currency codes
(:mod:`figcheck.model.units`) are added to the files' spellings.

Each file is read once. ``tests/test_extract_lexicon.py`` checks every unit against pint's
registry and every hedge against the checker's own hedge words, so a draft never names a unit or
hedge that ``figcheck check`` would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["Lexicon", "Phrases", "lexicon"]


def _rows(name: str) -> list[list[str]]:
    text = files("figcheck.draft.lexicon").joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def tokens_of(phrase: str) -> tuple[str, ...]:
    """A phrase split the way the scanner splits text (so "p.p." is p . p ., and "U.S." one
    token "u.s.", as capitals with inner full stops are in a text)."""
    from figcheck.draft.scanner import split_words

    return tuple(w.lower() for w in split_words(phrase))


class Phrases:
    """Multi-token phrases looked up at a token position, longest first."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.values: dict[tuple[str, ...], str] = {tokens_of(k): v for k, v in entries.items()}
        self.longest = max((len(k) for k in self.values), default=0)
        # a set lookup first: most tokens start (or end) no phrase at all
        self.firsts = frozenset(k[0] for k in self.values)
        self.lasts = frozenset(k[-1] for k in self.values)

    def after(self, words: list[str], at: int) -> tuple[str, int] | None:
        """The longest phrase starting at ``words[at]``: (value, tokens used)."""
        if at >= len(words) or words[at] not in self.firsts:
            return None
        for n in range(min(self.longest, len(words) - at), 0, -1):
            value = self.values.get(tuple(words[at : at + n]))
            if value is not None:
                return value, n
        return None

    def before(self, words: list[str], at: int) -> tuple[str, int] | None:
        """The longest phrase ending right before ``words[at]``: (value, tokens used)."""
        if at <= 0 or at > len(words) or words[at - 1] not in self.lasts:
            return None
        for n in range(min(self.longest, at), 0, -1):
            value = self.values.get(tuple(words[at - n : at]))
            if value is not None:
                return value, n
        return None


@dataclass(frozen=True)
class Lexicon:
    """Every word list, read once."""

    hedges: Phrases  # printed → the checker's hedge word
    units: Phrases  # printed → value-grammar unit
    scales: dict[str, tuple[float, str]]  # word → (multiplier, languages)
    scaled_units: dict[str, tuple[float, str]]  # "mmt" → (1e6, "tonne")
    currencies_before: Phrases
    currencies_after: Phrases
    people: frozenset[str]
    numbers: dict[str, tuple[int, str]]  # spelled → (value, language)
    changes: Phrases  # → up | down
    fractions: Phrases  # → share in percent
    records: Phrases  # → the word
    codes: frozenset[str]  # ISO currency codes, lower case (counted only printed in capitals)
    # printed letter ("N") → (ISO code, names of the country whose press prints it)
    letter_currencies: dict[str, tuple[str, tuple[str, ...]]]


#: ISO codes the checker knows that a text prints in capitals for something else (words,
#: acronyms, "500 KGS", "CVE-2024-…", "SDG 5", "IRR of 12%"): never read as currencies.
_NOT_IN_TEXT = frozenset({
    "ALL", "AMD", "ATS", "BAM", "CHE", "CHW", "CUP", "CVE", "DEM", "ESP", "GEL", "IRR", "KGS",
    "MAD", "MOP", "MRO", "NIO", "PAB", "PTE", "SDG", "SOS", "STD", "SVC", "TOP", "USN",
})  # fmt: skip


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from the data files on first use."""
    from figcheck.model.ranges import HEDGES, SPANISH_HEDGES
    from figcheck.model.units import CURRENCIES, SCALE_WORDS, SPANISH_SCALE_WORDS

    hedges = {w: SPANISH_HEDGES.get(w, w) for w in HEDGES if w[0].isalpha()}
    hedges.update({r[0]: r[1] for r in _rows("hedges.tsv")})
    printed = [code for code in CURRENCIES if code not in _NOT_IN_TEXT]
    currencies = [[code.lower(), code, "both"] for code in printed] + _rows("currencies.tsv")
    scales = {word: (multiplier, "en") for word, multiplier in SCALE_WORDS.items()}
    # one token each: "mil millones" is read as "mil" then "millones" in a text
    scales.update({w: (m, "es") for w, m in SPANISH_SCALE_WORDS.items() if " " not in w})
    scales.update({r[0]: (float(r[1]), r[2]) for r in _rows("scales.tsv")})
    return Lexicon(
        hedges=Phrases(hedges),
        units=Phrases({r[0]: r[1] for r in _rows("units.tsv")}),
        scales=scales,
        scaled_units={r[0]: (float(r[1]), r[2]) for r in _rows("scaled_units.tsv")},
        currencies_before=Phrases({r[0]: r[1] for r in currencies if r[2] != "after"}),
        currencies_after=Phrases({r[0]: r[1] for r in currencies if r[2] != "before"}),
        people=frozenset(w for r in _rows("nouns.tsv") for w in r[0].split()),
        numbers={r[0]: (int(r[1]), r[2]) for r in _rows("words.tsv")},
        changes=Phrases({r[0]: r[1] for r in _rows("changes.tsv")}),
        fractions=Phrases({r[0]: r[1] for r in _rows("fractions.tsv")}),
        records=Phrases({r[0]: r[0] for r in _rows("records.tsv")}),
        codes=frozenset(code.lower() for code in printed),
        letter_currencies={
            r[0]: (r[1], tuple(n.strip() for n in r[2].split(",")))
            for r in _rows("letter_currencies.tsv")
        },
    )
