"""Split text into tokens in one linear pass, and read the number printed at a token.

A token is a run of digits, a run of letters, capitals with inner full stops ("U.S.", "U.K."),
or one other visible character; white space is only the gap between tokens. Every rule of
:mod:`figcheck.draft.extract` looks at a bounded number of tokens around a position, so the
whole extraction is linear in the text's length, also inside one long sentence
(``benchmarks/extraction_throughput.py`` measures it). No regular expression here can
backtrack further than the token it reads: each alternative starts with a different class of
character, but for the capitals with full stops, which fall back to a run of letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Numeral", "Tokens", "read_numeral", "split_words"]

_TOKEN = re.compile(r"\d+|(?:[A-Z]\.){2,}|[^\W\d_]+|\S")
THOUSANDS_SPACES = "\u00a0\u202f\u2009 "
#: Apostrophes that mark the millions of a figure in Colombian print ("$1’300.000")
MILLIONS_MARKS = "’′'"


def split_words(text: str) -> list[str]:
    """The tokens of ``text`` as strings."""
    return _TOKEN.findall(text)


class Tokens:
    """The tokens of a text: their spans, their lower-case words and their classes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for match in _TOKEN.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())
            self.words.append(match.group().lower())
        self.n = len(self.words)

    def gap(self, i: int) -> str:
        """The white space between token ``i - 1`` and token ``i``."""
        if i <= 0 or i >= self.n:
            return " "
        return self.text[self.ends[i - 1] : self.starts[i]]

    def joined(self, i: int) -> bool:
        """Token ``i`` touches the one before it."""
        return 0 < i < self.n and self.ends[i - 1] == self.starts[i]

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.words[i].isdecimal()

    def is_word(self, i: int) -> bool:
        """A run of letters, or an abbreviation with inner full stops ("U.S.", "U.K.")."""
        return 0 <= i < self.n and self.words[i].replace(".", "").isalpha()

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""


@dataclass(frozen=True)
class Numeral:
    """A number printed in digits: its value and how to write it in the value grammar."""

    value: float
    printed: str  # "120,000", "95.5": thousands with commas, a decimal point
    first: int  # token indices, inclusive
    last: int
    decimals: int


@dataclass(frozen=True)
class Convention:
    """How a text writes numbers: which of "," and "." is its decimal mark when in doubt."""

    decimal_comma: bool  # "95,5 por ciento"
    point_thousands: bool  # "120.000 muertos": a point before exactly three digits
    lakh: bool = False  # "2,51,460 tonnes": Indian grouping, in a text on India or in rupees


#: Words of Indian money: a text that prints them may group digits in lakhs and crores.
INDIAN_MONEY = re.compile(r"\b(?:crores?|lakhs?|rupees?|Rs\.?|INR)(?!\w)|₹")
#: A text on India (its digits may be grouped in lakhs even where it prints no rupees).
_INDIA = re.compile(r"\bIndia(?:n|'s)?\b")


_THREE_DECIMAL_PERCENT = re.compile(r"(?<![\d.,])[1-9]\d\.(?!000)\d{3}[ \u00a0]?%")
_POINT_MILLIONS = re.compile(r"\d\.\d{3}\.\d{3}")


def convention_of(text: str, lang: str) -> Convention:
    """Read the convention from the text itself (a point or comma means what the text makes it
    mean, not what its language usually does: Spanish outlets print both)."""
    if lang != "es":
        lakh = INDIAN_MONEY.search(text) is not None or _INDIA.search(text) is not None
        return Convention(decimal_comma=False, point_thousands=False, lakh=lakh)
    comma_decimal = re.search(r"\d,\d{1,2}(?!\d)", text) is not None
    # "1,234.5"; or commas only before three digits ("86,416 millones") and points before one
    # or two ("20.51%"): a Mexican text, whose "1.291 billones" is 1.291
    english_style = re.search(r"\d,\d{3}\.\d", text) is not None or (
        not comma_decimal
        and re.search(r"\d,\d{3}(?![\d.,])", text) is not None
        and re.search(r"\d\.\d{1,2}(?![\d.,])", text) is not None
    )
    # a percent under a hundred printed with three decimals ("50.165 %" of the votes, as
    # Peru's ONPE prints them) in a text with no decimal comma and no point-grouped millions:
    # its points are decimal points ("1.500%" or "12.000%" stays a thousands figure)
    english_style = english_style or (
        not comma_decimal
        and _THREE_DECIMAL_PERCENT.search(text) is not None
        and _POINT_MILLIONS.search(text) is None
    )
    return Convention(decimal_comma=comma_decimal and not english_style,
                      point_thousands=not english_style)  # fmt: skip


def read_numeral(tokens: Tokens, i: int, convention: Convention) -> Numeral:
    """The number whose first digits are token ``i`` (which must be digits)."""
    groups = [tokens.words[i]]
    seps: list[str] = []
    j = i + 1
    lakh = _lakh_groups(tokens, i) if convention.lakh else None
    if lakh:  # "2,51,460", "1,23,45,678": Indian grouping, two digits between the commas
        groups, seps, j = lakh, [","] * (len(lakh) - 1), i + 2 * len(lakh) - 1
    while j < tokens.n:
        word = tokens.words[j]
        if (
            word in ",."
            and tokens.joined(j)
            and tokens.is_digits(j + 1)
            and tokens.joined(j + 1)
            and (not seps or seps[-1] in THOUSANDS_SPACES or len(groups[-1]) == 3)
        ):
            seps.append(word)
            groups.append(tokens.words[j + 1])
            j += 2
            continue
        if (  # "$1’300.000", "$1′477.000": the Colombian press marks the millions
            word in MILLIONS_MARKS
            and len(groups) == 1
            and len(groups[0]) <= 3
            and tokens.joined(j)
            and tokens.is_digits(j + 1)
            and len(tokens.words[j + 1]) == 3
            and tokens.joined(j + 1)
            and tokens.word(j + 2) in (".", ",")
            and tokens.joined(j + 2)
            and len(tokens.word(j + 3)) == 3
            and tokens.is_digits(j + 3)
        ):
            seps.append(word)
            groups.append(tokens.words[j + 1])
            j += 2
            continue
        gap = tokens.gap(j)
        if (
            len(gap) == 1
            and gap in THOUSANDS_SPACES
            and tokens.is_digits(j)
            and len(word) == 3
            and len(groups[0]) <= 3
            and all(s in THOUSANDS_SPACES for s in seps)
            and not (tokens.word(j + 1) in ",." and tokens.is_digits(j + 2))
            and (gap != " " or _space_thousands_ok(tokens, i, j))
        ):
            seps.append(gap)
            groups.append(word)
            j += 1
            continue
        break
    integer, decimal = _split(groups, seps, convention)
    digits = integer.lstrip("0") or "0"
    printed = _grouped(digits) if len(digits) > 3 and seps else digits
    if decimal is not None:
        printed = f"{printed}.{decimal}"
    value = float(f"{integer or '0'}.{decimal}" if decimal is not None else integer)
    return Numeral(value, printed, i, j - 1, len(decimal) if decimal else 0)


def _grouped(digits: str) -> str:
    """``1234567`` as ``1,234,567``, by text: ``int()`` refuses more than 4,300 digits (an
    article printing a 9,001-digit number with thousands commas was a traceback)."""
    head = len(digits) % 3 or 3
    return ",".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


#: At most this many groups are read as one number in Indian grouping ("1,23,45,67,890").
_MAX_LAKH_GROUPS = 8


def _lakh_groups(tokens: Tokens, i: int) -> list[str] | None:
    """The digit groups of a number in Indian grouping from token ``i`` — one or two digits,
    one or more groups of two, a last group of three, joined by commas ("2,51,460" is 251,460,
    "1,23,45,678" is 12,345,678) — or None. Bounded: linear in the text."""
    if len(tokens.words[i]) > 2:
        return None
    groups = [tokens.words[i]]
    j = i + 1
    while len(groups) < _MAX_LAKH_GROUPS and tokens.word(j) == "," and tokens.joined(j) \
            and tokens.is_digits(j + 1) and tokens.joined(j + 1):  # fmt: skip
        groups.append(tokens.words[j + 1])
        j += 2
        if len(groups[-1]) != 2:
            break
    middle, last = groups[1:-1], groups[-1]
    if len(groups) >= 3 and len(last) == 3 and all(len(g) == 2 for g in middle):
        if tokens.word(j) == "," and tokens.joined(j) and tokens.is_digits(j + 1):
            return None  # "12,34,567,890": no grouping of one kind
        return groups
    return None


def _space_thousands_ok(tokens: Tokens, i: int, j: int) -> bool:
    """ "120 000" and "1 250 000" read as one number when plain spaces separate the groups: not
    after another number or a year ("in 2019 120 people" has a four-digit first group anyway),
    nor before a number that is not a further group of three (at most five more are looked at,
    so the scan stays linear)."""
    if tokens.is_digits(i - 1):
        return False
    k = j
    while k < j + 5 and tokens.is_digits(k + 1) and len(tokens.words[k + 1]) == 3 \
            and tokens.gap(k + 1) == " ":  # fmt: skip
        k += 1
    return not tokens.is_digits(k + 1)


def _split(groups: list[str], seps: list[str], convention: Convention) -> tuple[str, str | None]:
    """(integer digits, decimal digits or None) from the digit groups and their separators."""
    if not seps:
        return groups[0], None
    marks = [s for s in seps if s in ",."]
    if (convention.lakh and len(marks) >= 2 and set(marks) == {","} and len(groups[0]) <= 2
            and len(groups[-1]) == 3
            and all(len(g) == 2 for g in groups[1:-1])):  # fmt: skip
        return "".join(groups), None  # Indian grouping: "2,51,460"
    if len(set(marks)) == 2:  # both: the last one is the decimal mark
        return "".join(groups[:-1]), groups[-1]
    if len(marks) >= 2 or (marks and any(s in THOUSANDS_SPACES + MILLIONS_MARKS for s in seps)):
        if all(len(g) == 3 for g in groups[1:]):
            return "".join(groups), None
        return "".join(groups[:-1]), groups[-1]
    if not marks:
        return "".join(groups), None
    mark, last = marks[0], groups[-1]
    if len(last) != 3 or not groups[0].strip("0"):
        return groups[0], last  # "0.274": a leading zero is never a group of thousands
    if mark == "." and not convention.point_thousands:
        return groups[0], last
    if mark == "," and convention.decimal_comma:
        return groups[0], last
    return "".join(groups), None
