"""Find the quantities in article text: each with its sentence, span, value, unit, hedge and role.

Pure and rule-based (no model): numbers in digits or words, with what stands around them —
currency signs and codes before, scale words, percent, currencies and "per year" after, a hedge
word before ("nearly", "some", "more than", from :data:`figcheck.ranges.HEDGES`), the noun they
count. Ranges ("2.3-5.5 per cent", "between 119 million and 224 million") become one mention with
bounds; change words ("a doubling", "down from 99%") are marked; a money figure followed by
another currency in brackets ("$352bn (£216bn)") is paired. Years, dates, decades, ordinals,
durations ("five years old", "two months later"), identifiers ("MX1") and determiners ("one of")
are context, not quantities. Typography: non-breaking and thin spaces as thousands separators,
en and em dashes, a Markdown-escaped ``\\$``, curly quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from figcheck.ranges import HEDGES

__all__ = ["Mention", "extract_mentions", "sentences"]

Kind = Literal["quantity", "range", "change"]

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_SCALE_WORD = {1e2: "hundred", 1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
_FRACTIONS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_CHANGES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_CURRENCY_WORDS = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "gbp": "GBP", "pounds": "GBP",
    "eur": "EUR", "euros": "EUR", "euro": "EUR", "mxn": "MXN", "pesos": "MXN", "jpy": "JPY",
    "yen": "JPY",
}  # fmt: skip
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_TIME_UNITS = re.compile(
    r"(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))"
    r"\b",
    re.IGNORECASE,
)


_HUMAN_WORDS = (
    "people persons person dead killed deaths died murdered murders homicides victims "
    "casualties men women children adults residents citizens migrants refugees soldiers "
    "troops officers generals agents police policemen officials workers employees members "
    "journalists prisoners inmates civilians users voters students"
)
_HUMAN = frozenset(_HUMAN_WORDS.split())
_STOPWORDS = (
    "of and or the to in on at by for from with as is are was were be been a an per than "
    "that which who this these those it its their his her more less"
)
_NOT_NOUNS = frozenset(_STOPWORDS.split())
_SEP = "[,\u00a0\u202f\u2009]"
_NUMBER = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SPELLED = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(list(_SMALL)[:9])
    + r"))?|"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|trn|tn|k|m|b)"
_PERCENT = r"(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|pp\b)"
_CURRENCY_BEFORE = r"(?:US\s?\$|\$|£|€|¥|(?:USD|GBP|EUR|MXN|JPY)\s?)"

_TAIL = rf"""
    (?:\s?(?P<scale>{_SCALE})(?![\w]))?
    (?:
      \s?(?:-|–|—|to)\s?(?P<cur2>{_CURRENCY_BEFORE})?(?P<num2>(?:{_NUMBER}))
      (?:\s?(?P<scale2>{_SCALE})(?![\w]))?
    )?
    (?:\s?(?P<pct>{_PERCENT}))?
    (?:\s(?P<curword>USD|GBP|EUR|MXN|JPY|dollars|pounds|euros|pesos|yen)\b)?
    (?P<rate>\s(?:per|a)\s(?:year|annum)\b|\sannually\b)?
"""
# Two passes, each starting at its number, so the regex engine can skip ahead to a digit (or
# to a word) instead of trying an optional currency sign at every position of the text.
_DIGITS = re.compile(rf"(?P<num>(?<![\w.,])(?:{_NUMBER})){_TAIL}", re.VERBOSE | re.IGNORECASE)
_WORDS = re.compile(rf"(?P<num>\b{_SPELLED}\b){_TAIL}", re.VERBOSE | re.IGNORECASE)
_CURRENCY_JUST_BEFORE = re.compile(rf"(?:{_CURRENCY_BEFORE})$", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?P<a>a|one)\s+(?P<f>" + "|".join(_FRACTIONS) + r")\s+of\b"
    r"|\b(?P<n>two|three|four)[- ](?P<fs>thirds|quarters|fifths)\b"
    r"|(?:\bone|(?<![\d.,])1)\s+in\s+(?P<d>\d+|" + "|".join(_SMALL) + r")\b",
    re.IGNORECASE,
)
_BETWEEN_RANGE = re.compile(
    rf"""\bbetween\s+(?P<cur>{_CURRENCY_BEFORE})?(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE})(?!\w))?
    (?P<pct1>\s?{_PERCENT})?\s+and\s+(?P<cur2>{_CURRENCY_BEFORE})?(?P<num2>{_NUMBER})
    (?:\s?(?P<scale2>{_SCALE})(?!\w))?(?:\s?(?P<pct>{_PERCENT}))?
    (?:\s(?P<curword>USD|GBP|EUR|MXN|JPY|dollars|pounds|euros|pesos|yen)\b)?
    (?P<rate>\s(?:per|a)\s(?:year|annum)\b|\sannually\b)?""",
    re.VERBOSE | re.IGNORECASE,
)
_CHANGE = re.compile(r"\b(?P<w>(?:doubl|tripl|quadrupl|halv)(?:ing|ed|es|e))\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]*[A-Z0-9\u00c0-\u024f])|\n\s*\n")
_PERIOD = re.compile(
    r"\b(?:in|since|by|for(?: the year)?|during|until|of)\s+((?:19|20)\d{2})\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Mention:
    """One quantity found in a text."""

    text: str  # as printed, hedge included
    start: int
    end: int
    line: int
    sentence: str
    value: str  # in the claims.md value grammar, e.g. "1.6 billion USD"
    magnitude: float  # in ``unit``, scale applied
    unit: str  # "USD", "percent", "people", "count", "USD/year", "" (dimensionless)
    hedge: str | None = None
    kind: Kind = "quantity"
    low: float | None = None  # for ranges, in ``unit``
    high: float | None = None
    period: str | None = None  # "in 2009", "since 2006": the figure's time, as printed
    change: str | None = None  # "doubling", "down from"
    paired_with: int | None = None  # index of the mention this one converts


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: splits at . ! ? … before a capital, and at blank lines."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def extract_mentions(text: str) -> list[Mention]:
    """Every quantity in ``text``, in order of appearance."""
    scan = text.replace("\\$", " $")  # Markdown's escaped dollar; same length keeps offsets
    bounds = sentences(scan)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: list[Mention] = []
    taken = bytearray(len(scan) + 1)  # 1 where an earlier (more specific) mention stands
    for mention in _all_candidates(scan, text, bounds, line_starts):
        if taken.find(1, mention.start, max(mention.end, mention.start + 1)) != -1:
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        found.append(mention)
    found.sort(key=lambda m: m.start)
    return _pair_conversions(found, scan)


def _all_candidates(
    scan: str, text: str, bounds: list[tuple[int, int]], line_starts: list[int]
) -> Iterator[Mention]:
    for match in _FRACTION.finditer(scan):
        yield _fraction(match, scan, text, bounds, line_starts)
    for match in _CHANGE.finditer(scan):
        word = match.group("w").lower()
        factor = next(v for k, v in _CHANGES.items() if word.startswith(k))
        start = match.start()
        article = re.search(r"\ba\s+$", scan[max(0, start - 3) : start])
        if article:
            start -= len(article.group(0))
        yield _mention(scan, text, bounds, line_starts, start, match.end(), f"{factor:g}",
                       factor, "", kind="change", change=word)  # fmt: skip
    for match in _BETWEEN_RANGE.finditer(scan):
        mention = _number(match, scan, text, bounds, line_starts)
        if mention is not None:
            yield replace(
                mention, start=match.start(), text=text[match.start() : mention.end].strip()
            )
    for pattern in (_DIGITS, _WORDS):
        for match in pattern.finditer(scan):
            mention = _number(match, scan, text, bounds, line_starts)
            if mention is not None:
                yield mention


def _number(
    match: re.Match[str],
    scan: str,
    text: str,
    bounds: list[tuple[int, int]],
    line_starts: list[int],
) -> Mention | None:
    raw = match.group("num")
    spelled = not raw[0].isdigit() and raw[0] != "."
    groups = match.groupdict()
    sign, sign_start = groups.get("cur"), match.start("num")
    if sign:
        sign_start = match.start("cur")
    elif not spelled:
        found = _CURRENCY_JUST_BEFORE.search(scan, max(0, sign_start - 5), sign_start)
        if found:
            sign, sign_start = found.group(0), found.start()
    number = _spelled_value(raw) if spelled else float(re.sub(_SEP, "", raw))
    scale_text = (match.group("scale") or "").lower()
    pct, rate = match.group("pct") or groups.get("pct1"), match.group("rate")
    currency = _currency(sign, match.group("curword"))
    after = scan[match.end() : match.end() + 40]
    before = scan[max(0, sign_start - 40) : sign_start]
    digits = re.sub(_SEP, "", raw)
    if not spelled and re.search(
        r"[A-Za-z]-?$", scan[max(0, match.start("num") - 2) : match.start("num")]
    ):
        return None  # part of an identifier (MX1, G20, COVID-19)
    if scale_text in ("m", "b", "k") and not currency:
        return None  # "5 m" is metres more often than millions
    if spelled and scale_text in ("m", "b", "k", "mn", "bn", "tn"):
        scale_text = ""
    if _is_context(raw, digits, spelled, scale_text, pct, currency, before, after, match):
        return None
    if match.group("num2") and not _is_range(raw, match, spelled):
        return None
    scale = _SCALES.get(scale_text, 1.0)
    unit = _unit(currency, pct, rate, after)
    if unit is None and re.search(_SEP, raw):
        unit = "count"  # "numbered 50,000 in 2010": a separated figure is a count even alone
    if unit is None:
        return None
    start = sign_start
    end = match.end()
    if unit in ("people", "count"):
        noun = _counted_noun(after)
        end += noun[1] if noun else 0  # "three high-ranking Army generals", as printed
    hedge, start = _hedge(scan, start)
    value_text = _printed(raw, spelled, number) + (f" {_SCALE_WORD[scale]}" if scale != 1.0 else "")
    magnitude = number * scale
    kind: Kind = "quantity"
    low = high = None
    if match.group("num2"):
        second = float(re.sub(_SEP, "", match.group("num2")))
        scale2 = _SCALES.get((match.group("scale2") or scale_text).lower(), 1.0)
        if scale == 1.0 and scale2 != 1.0:
            scale = scale2
        low, high = number * scale, second * scale2
        decimals = max(_decimals(raw), _decimals(match.group("num2")))
        magnitude = (low + high) / 2
        midpoint = f"{magnitude / scale:.{decimals + 1}f}".rstrip("0").rstrip(".")
        value_text = midpoint + (f" {_SCALE_WORD[scale]}" if scale != 1.0 else "")
        kind = "range"
    between = _BETWEEN.search(scan[max(0, start - 12) : start])
    if kind == "range" and between:
        start -= len(between.group(0))
    change = None
    moved = re.search(r"\b(down|up)\s+from\s+$", scan[max(0, start - 15) : start], re.IGNORECASE)
    if moved:
        change = f"{moved.group(1).lower()} from"
        start -= len(moved.group(0))
        kind = "change"
    value = f"{value_text} {unit}".strip()
    return _mention(scan, text, bounds, line_starts, start, end, value, magnitude, unit,
                    hedge=hedge, kind=kind, low=low, high=high, change=change)  # fmt: skip


def _is_context(
    raw: str,
    digits: str,
    spelled: bool,
    scale: str,
    pct: str | None,
    currency: str | None,
    before: str,
    after: str,
    match: re.Match[str],
) -> bool:
    """Years, dates, decades, ordinals, durations and bare words that are not quantities."""
    bare = not (scale or pct or currency)
    if re.match(r"(?:st|nd|rd|th|s)\b|'s\b|’s\b|[A-Za-z]", after) and bare:
        return True  # 21st, 1950s, 60s, 4x4
    if bare and re.fullmatch(r"(?:1[5-9]|20)\d{2}", digits):
        return True  # a year
    if bare and re.fullmatch(r"\d{4}[-–/]\d{2}", digits + after[:3].strip()[:3]):
        return True  # a fiscal year such as 2012–13
    if bare and match.group("num2") and re.fullmatch(r"(?:1[5-9]|20)\d{2}", digits):
        return True
    if re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.IGNORECASE) and bare:
        return True  # April 19
    if re.match(rf"\s*(?:{_MONTHS})\b", after, re.IGNORECASE) and bare:
        return True  # 19 April
    if bare and _TIME_UNITS.match(after):
        return True  # durations: "six years", "two months later"
    if bare and re.match(r"\s*(?:o'clock|am|pm|a\.m\.|p\.m\.)", after, re.IGNORECASE):
        return True
    if spelled and raw.lower() == "one" and not scale:
        return True  # "one of", "one former agent": a determiner
    return bool(bare and re.search(r"[#№]\s*$|\bno\.\s*$|\b(?:page|p\.|chapter|section)\s*$",
                                   before, re.IGNORECASE))  # fmt: skip


def _is_range(raw: str, match: re.Match[str], spelled: bool) -> bool:
    if spelled:
        return False
    first = float(re.sub(_SEP, "", raw))
    second = float(re.sub(_SEP, "", match.group("num2")))
    return first <= second or bool(match.group("scale2"))


def _unit(currency: str | None, pct: str | None, rate: str | None, after: str) -> str | None:
    if pct:
        return "percentage_point" if "point" in pct.lower() or pct.lower() == "pp" else "percent"
    if currency:
        return f"{currency}/year" if rate else currency
    noun = _counted_noun(after)
    if noun is None:
        return None
    return "people" if noun[0] in _HUMAN else "count"


def _counted_noun(after: str) -> tuple[str, int] | None:
    """The noun a bare number counts and where it ends in ``after``: the first word that is not
    a stopword, or a word for people among the next few, past quotes and hyphenated adjectives
    ("three high-ranking Army generals")."""
    if not re.match(r"\s*[\"“”'‘’(]*[A-Za-z]", after):
        return None
    words = list(re.finditer(r"[\"“”'‘’(]*([A-Za-z][A-Za-z-]*)[\"“”'‘’)]?", after[:60]))
    if not words or words[0].group(1).lower() in _NOT_NOUNS:
        return None
    for word in words[:4]:
        if word.group(1).lower() in _HUMAN:
            return word.group(1).lower(), word.end()
    return words[0].group(1).lower(), words[0].end()


def _currency(sign: str | None, word: str | None) -> str | None:
    if sign:
        key = re.sub(r"\s", "", sign).lower()
        return _CURRENCY_SIGNS.get(key) or _CURRENCY_WORDS.get(key)
    if word:
        return _CURRENCY_WORDS.get(word.lower())
    return None


def _hedge(scan: str, start: int) -> tuple[str | None, int]:
    """The longest hedge phrase that ends right before ``start``."""
    match = _HEDGE_BEFORE.search(scan, max(0, start - 40), start)
    if match is None:
        return None, start
    phrase: str = match.group(1)
    return " ".join(phrase.split()).lower(), start - len(match.group(0))


# Longest phrases first, so "much less than" wins over "less than"; anchored at the number.
_HEDGE_BEFORE = re.compile(
    r"(?<![\w])("
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted((w for w in HEDGES if w[0].isalpha()), key=len, reverse=True)
    )
    + r")\s*$",
    re.IGNORECASE,
)


def _spelled_value(raw: str) -> float:
    words = re.split(r"[- ]", raw.lower())
    return float(sum(_TENS.get(w, 0) + _SMALL.get(w, 0) for w in words))


def _printed(raw: str, spelled: bool, number: float) -> str:
    if spelled:
        return f"{number:g}"
    return re.sub(r"[\u00a0\u202f\u2009]", ",", raw)


def _decimals(raw: str) -> int:
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def _fraction(
    match: re.Match[str],
    scan: str,
    text: str,
    bounds: list[tuple[int, int]],
    line_starts: list[int],
) -> Mention:
    if match.group("f"):
        share, end = 100 / _FRACTIONS[match.group("f").lower()], match.end("f")
    elif match.group("fs"):
        n = _SMALL[match.group("n").lower()]
        share = 100 * n / _FRACTIONS[match.group("fs").lower().rstrip("s")]
        end = match.end()
    else:
        d = match.group("d")
        share, end = 100 / (float(d) if d.isdigit() else _SMALL[d.lower()]), match.end()
    value = f"{share:.4g} percent"
    return _mention(scan, text, bounds, line_starts, match.start(), end, value, share, "percent")


def _mention(
    scan: str,
    text: str,
    bounds: list[tuple[int, int]],
    line_starts: list[int],
    start: int,
    end: int,
    value: str,
    magnitude: float,
    unit: str,
    **extra: object,
) -> Mention:
    while end > start and scan[end - 1].isspace():
        end -= 1
    at = bisect_right(bounds, (start, len(scan) + 1)) - 1
    s, e = bounds[at] if at >= 0 and bounds[at][0] <= start < bounds[at][1] else (start, end)
    line = bisect_right(line_starts, start)
    sentence = " ".join(text[s:e].split())
    period = _period(scan[s:e], start - s, end - s)
    return Mention(
        text=text[start:end].strip(), start=start, end=end, line=line, sentence=sentence,
        value=value, magnitude=magnitude, unit=unit, period=period, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def _period(sentence: str, start: int, end: int) -> str | None:
    """The nearest "in 2009" / "since 2006" after the mention (else before it) in its sentence."""
    after = [
        m
        for m in _PERIOD.finditer(sentence)
        if m.start() >= end
        and m.start() - end < 60
        and not re.search(r"\d", sentence[end : m.start()])
    ]  # a period after another number belongs to that number
    if after:
        return after[0].group(0)
    before = [m for m in _PERIOD.finditer(sentence) if m.end() <= start and start - m.end() < 60]
    return before[-1].group(0) if before else None


def _pair_conversions(found: list[Mention], scan: str) -> list[Mention]:
    """ "$352bn (£216bn)": the bracketed money figure converts the one before it."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        between = scan[first.end : second.start]
        currencies = first.unit[:3], second.unit[:3]
        if (
            re.fullmatch(r"\s*[(\[]\s*", between)
            and first.unit.isupper()
            and second.unit.isupper()
            and currencies[0] != currencies[1]
        ):
            out[i] = replace(second, paired_with=i - 1)
    return out
