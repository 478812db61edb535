"""A quantity found in a text (:class:`Mention`), the sentences of a text, and the state of one
scan over a text with the record it makes of each figure (its sentence, line, periods and record
word)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal

from figcheck.draft.lexicon import lexicon
from figcheck.draft.periods import Period, find_periods, head_period
from figcheck.draft.scanner import Convention, Tokens, convention_of
from figcheck.draft.vocabulary import (
    DOLLAR_COUNTRIES,
    DOLLAR_SIGN_COUNTRIES,
    IDENTIFIER,
    NOT_RECORD_AFTER,
    PESO_COUNTRIES,
    PRODUCT_CODES,
    RUPEE_COUNTRIES,
    US_NAMES,
)

Kind = Literal["quantity", "range", "change"]


#: a statement of the period of every figure after it ("Unless otherwise indicated, all statistics
#: are for 2004", "Todas las cifras corresponden a 2019"), not a price basis ("in 2020 dollars")
_STATED = re.compile(
    r"\b(?:(?:all|todas\s+las|todos\s+los)\s+)?(?:the\s+)?(?:statistics|figures|data|numbers|"
    r"estadísticas|cifras|datos)\s+(?:are|were|refer\s+to|son|corresponden\s+a|se\s+refieren\s+a)"
    r"(?:\s+(?:for|from|as\s+of|de|del|al))?\s+(?:the\s+year\s+|el\s+año\s+)?((?:19|20)\d{2})\b"
    r"(?!\s+(?:dollars|dólares|pesos|euros))",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘'(\[¿¡]*[A-Z0-9\u00c0-\u024f¿¡])|\n\s*\n"
)
#: a month's abbreviation before a day ("on Jan. 1", "Sept. 30, 2019") ends no sentence
_MONTH_DOT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+\d")


#: A sentence longer than this is quoted as the window of this many characters either side of
#: the figure, so that a 150 KB sentence does not make every mention carry 150 KB.
SENTENCE_WINDOW = 300


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
    unit: str  # "USD", "percent", "people", "count", "tonne", "MXN/USD", "" (dimensionless)
    hedge: str | None = None  # as printed, lower case ("casi", "more than")
    kind: Kind = "quantity"
    low: float | None = None  # for ranges, in ``unit``
    high: float | None = None
    period: str | None = None  # "in 2009", "to June 2022": the figure's time, as printed
    change: str | None = None  # "doubling", "down from", "rose"
    paired_with: int | None = None  # index of the mention this one converts
    direction: str | None = None  # "up" | "down" for a change
    record: str | None = None  # the record or rank word of its sentence ("highest")
    checker_hedge: str | None = None  # the hedge word figcheck's checker knows ("nearly")
    noun: str | None = None  # the noun counted ("dead", "homes"), kept for the reader
    periods: tuple[Period, ...] = ()  # the periods of its sentence near it, nearest first
    lang: str = "en"
    context: str = ""  # the sentence whose figure gave this bare figure its unit, if another
    # the periods of the sentences without a figure since the figure before (at most three
    # sentences), each with the words of its sentence before it (up to 80 characters)
    quiet: tuple[tuple[Period, str], ...] = ()


#: A clause about another figure opens: "…, and", "; ", "…, while", "…, y", "…, mientras".
_OTHER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whilst|whereas|y|pero|mientras)\s")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: splits at . ! ? … before a capital, and at blank lines."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _MONTH_DOT.match(text, max(0, match.start() - 5)) or _MONTH_DOT.match(
            text, max(0, match.start() - 4)
        ):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_DURATION = re.compile(r"\b(?:\d+|twelve)[- ](?:months?|years?|weeks?|meses|años)\b", re.IGNORECASE)


_CLAUSE = re.compile(r"[,;:]|\b(?:y|e|and)\s*$", re.IGNORECASE)
_COMPARED = re.compile(
    r"(?:respecto a(?:l)?|frente a(?:l)?|compared (?:with|to)|than|versus|vs\.?|superior a|"
    r"inferior a|mayor a|menor a|more than|less than)\s+(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]{0,40}\)")
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2,4})?\b")


def has_number(text: str) -> bool:
    """Another figure stands in ``text`` (a duration such as "the 12 months ending" does not)."""
    if len(text) > 100:
        return True
    return any(c.isdigit() for c in _DURATION.sub("", text))


def peso_currency(text: str, sign: bool = False) -> str:
    """What "pesos" and "$" mean in a Spanish text: Mexican, Colombian, Argentine or Chilean
    pesos, by which country's names and institutions the text mentions most; with ``sign``,
    what "$" means: also the US dollar in a text on a country whose press prints it so
    (DOLLAR_SIGN_COUNTRIES: "el barril de crudo venezolano … $73,13")."""
    head = text[:20000].lower()
    best, most = "MXN", 0
    countries = {**PESO_COUNTRIES, "USD": DOLLAR_SIGN_COUNTRIES} if sign else PESO_COUNTRIES
    for code, names in countries.items():
        count = sum(head.count(w) for w in names)
        if count > most:
            best, most = code, count
    return best


def dollar_currency(text: str) -> str:
    """What "$" means in an English text: the dollar of the country (Australia, Canada, New
    Zealand, Hong Kong, Singapore) it names more often than the US, else the US dollar."""
    head = text[:20000]
    lower = head.lower()
    us = len(US_NAMES.findall(head))
    best, most = "USD", us
    for code, names in DOLLAR_COUNTRIES.items():
        count = sum(len(re.findall(rf"\b{re.escape(n)}\b", lower)) for n in names)
        if count > most:
            best, most = code, count
    return best


def rupee_currency(text: str) -> str:
    """What "Rs" and "rupees" mean in a text: the rupee of the country (Pakistan, Sri Lanka) it
    names more often than India, else the Indian rupee."""
    lower = text[:20000].lower()
    best, most = "INR", 0
    for code, names in RUPEE_COUNTRIES.items():
        count = sum(len(re.findall(rf"\b{re.escape(n)}\b", lower)) for n in names)
        if count > most:
            best, most = code, count
    return best


def letter_currencies(text: str, table: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """The capital letters that print a local currency in ``text`` ("N" → NGN): those of the
    countries it names (any of a country's names in ``table``, whole words)."""
    lower = text[:20000].lower()
    return {
        letter.lower(): code
        for letter, (code, names) in table.items()
        if any(re.search(rf"\b{re.escape(n)}\b", lower) for n in names)
    }


class ScanState:
    """One pass over one text: its tokens, sentences, lines, periods and record words."""

    def __init__(self, scan: str, text: str, lang: str) -> None:
        self.scan, self.text, self.lang = scan, text, lang
        self.lex = lexicon()
        self.t = Tokens(scan)
        self.conv: Convention = convention_of(scan, lang)
        self.bounds = sentences(scan)
        self.sentence_starts = [s for s, _ in self.bounds]
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.periods = find_periods(scan)
        self.period_starts = [p.start for p in self.periods]
        stated = _STATED.search(scan)  # "Unless otherwise indicated, all statistics are for 2004."
        self.stated = (
            Period(stated.group(0), stated.start(), stated.end(), "year", stated.group(1), "", "in")
            if stated
            else head_period(scan, self.periods)  # "CIFRAS DURANTE AGOSTO DE 2018" atop
        )
        self.records = [i for i in range(self.t.n) if self.lex.records.after(self.t.words, i)]
        self.peso = peso_currency(scan)
        self.peso_sign = peso_currency(scan, sign=True)  # what "$" means in a Spanish text
        self.dollar = dollar_currency(scan)
        self.rupee = rupee_currency(scan)
        self.letters = letter_currencies(scan, self.lex.letter_currencies)
        self.identifiers = [(m.start(), m.end()) for m in IDENTIFIER.finditer(scan)]
        self.identifier_starts = [s for s, _ in self.identifiers]
        self.peek_depth = 0
        # (line, unit, sentence) of a rate's denominator stated without its figure
        self.rate_context: tuple[int, str, str] | None = None
        self.lines = text.split("\n")  # figures looked at ahead for a unit printed once for several
        self.found: list[Mention] = []
        # (sentence index, unit, sentence) of the last figure with a unit, and of the last one
        # that is not a percent or a per-N rate
        self.last_unit: tuple[int, str, str] | None = None
        self.last_amount: tuple[int, str, str] | None = None
        # offset of the last figure read as an index's level after a move in percent ("the CPI
        # fell 1.2 per cent from 187.64"): the level after it ("to 185.39") is index points too
        self.index_level_at = -1
        # offset of the last figure read as an average per a period ("un promedio mensual de")
        self.average_at = -1
        # offset of the last figure read as votes per seat ("24225 per constituency")
        self.seat_rate_at = -1
        # (sentence index, unit, sentence) of the last price per a unit of measure ("$91.31 a
        # barrel"): the moves and levels of the same market around it are priced per it too
        self.last_price: tuple[int, str, str] | None = None
        # (sentence index, currency, scale, sentence) of each money figure printed with a scale
        # word: a bare figure with the same scale word later takes its currency
        self.scaled_money: list[tuple[int, str, float, str]] = []
        self.number_scale = 1.0  # the scale of the figure _number read last
        self.share_price_at: int | None = None  # the sentence of the last price per share
        self.pence_shares = False  # a share was priced in pence (a market report)
        self.temperature_scale: str | None = None  # "Celsius", "Fahrenheit" or "" (see measures)
        self.percent_marks: int | None = None  # "%" and "por ciento" in the text's head
        self.metal_text: bool | None = None  # the text is on a precious metal (_metal_text)
        self.head_found: dict[re.Pattern[str], bool] = {}  # text_prints' answers, by pattern
        # (line number, unit) of the last "label: value" line read (see _line_label)
        self.last_label: tuple[int, str] | None = None
        self.context = ""  # set by _carried
        self.skip_to = -1  # the last token of a number read as context (a rate's denominator)

    def text_prints(self, pattern: re.Pattern[str]) -> bool:
        """Whether the text's head (its first 20,000 characters) matches ``pattern``, searched
        once per pattern and text ("the text prints money", "names a poll", "weighs in
        tonnes")."""
        found = self.head_found.get(pattern)
        if found is None:
            found = self.head_found[pattern] = pattern.search(self.scan[:20000]) is not None
        return found

    def _sentence_index(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

    def _currency_before(self, k: int) -> tuple[str, int] | None:
        """(code, tokens) of a currency printed right before token ``k``."""
        got = self.lex.currencies_before.before(self.t.words, k)
        if got is None:
            return self._letter_currency(k)
        return got if self._printed_as_currency(k - got[1], got) else None

    def _letter_currency(self, k: int) -> tuple[str, int] | None:
        """ "N2.3 trillion" in a Nigerian text, "P45 per kilo" in a Philippine one: the letter
        of the local currency of a country the text names, printed capitalised, glued to the
        figure and standing alone (not "KN95"), the figure no product's code ("N95 masks")."""
        t = self.t
        letter = k - 1
        code = self.letters.get(t.word(letter)) if t.joined(k) else None
        if code is None and t.joined(k) and self._quoted_per_dollar(k):
            # "a single trade occurred at R14.07 to the dollar": a price of the dollar in the
            # letter's currency, whether or not the text names its country
            code = next((c for printed, (c, _) in self.lex.letter_currencies.items()
                         if printed.lower() == t.word(letter)), None)  # fmt: skip
        alone = not t.joined(letter) or t.word(letter - 1) in ("(", "[", "“", '"')  # "(N4 billion)"
        if code is None or not alone or not t.is_digits(k):
            return None
        printed = self.scan[t.starts[letter] : t.ends[letter]]
        if not printed[0].isupper() or printed[1:] != printed[1:].lower():
            return None
        end = k
        while t.joined(end + 1) and (t.is_digits(end + 1) or t.word(end + 1) in (".", ",")):
            end += 1
        return None if t.word(end + 1) in PRODUCT_CODES else (code, 1)

    def _quoted_per_dollar(self, k: int) -> bool:
        """The digits from token ``k`` are followed by a price's denominator of one dollar:
        "/$", "/US$", "to the dollar", "against the greenback", "per dollar"."""
        t = self.t
        end = k
        while t.word(end + 1) in (".", ",") and t.joined(end + 1) and t.is_digits(end + 2) \
                and t.joined(end + 2):  # fmt: skip
            end += 2
        w = t.word(end + 1)
        if w == "/" and t.joined(end + 1):
            return t.word(end + 2) in ("$", "us", "usd", "dollar")
        if w not in ("to", "against", "versus", "per"):
            return False
        m = end + 2
        while t.word(m) in ("the", "u.s.", "us", "american") and m < end + 5:
            m += 1
        return t.word(m) in ("dollar", "greenback", "$", "usd") and (w == "per" or m > end + 2)

    def _currency_at(self, k: int, position: Literal["before", "after"]) -> tuple[str, int] | None:
        """(code, tokens) of a currency printed from token ``k`` on, that may stand in
        ``position`` of its figure."""
        table = self.lex.currencies_before if position == "before" else self.lex.currencies_after
        got = table.after(self.t.words, k)
        if got is None and position == "before":
            return self._letter_currency(k + 1)  # "P21 to P23 per kilo": a range's second bound
        return got if got is None or self._printed_as_currency(k, got) else None

    def _printed_as_currency(self, k: int, got: tuple[str, int]) -> bool:
        """An ISO code counts only in capitals ("CAD 5 billion", not "5 cop cars"; Kenya's "Kes"
        too); "shillings" and "Sh." only in a text that names the country of its shilling
        (Kenya's "Sh")."""
        t = self.t
        if got[0] == "SHILLING":
            return "sh" in self.letters
        if got[1] != 1 or t.words[k] not in self.lex.codes:
            return True
        printed = self.scan[t.starts[k] : t.ends[k]]
        return printed.isupper() or (printed == "Kes")  # Kenya's press: "Kes 4.8 billion"

    def _code(self, code: str) -> str:
        if code == "$":
            return self.peso_sign if self.lang == "es" else self.dollar
        if code == "RUPEE":
            return self.rupee
        if code == "SHILLING":
            return self.letters["sh"]
        return self.peso if code == "PESO" else code

    def _mention(self, start: int, end: int, value: str, magnitude: float, unit: str,
                 **extra: object) -> Mention:  # fmt: skip
        scan, text = self.scan, self.text
        while end > start and scan[end - 1].isspace():
            end -= 1
        at = self._sentence_index(start)
        s, e = self.bounds[at] if 0 <= at < len(self.bounds) else (start, end)
        if not s <= start < e:
            s, e = start, end
        s, e = max(s, start - SENTENCE_WINDOW), min(e, end + SENTENCE_WINDOW)
        line = bisect_right(self.line_starts, start)
        sentence = " ".join(text[s:e].split())
        periods = self._near_periods(s, e, start, end)
        quiet = self._quiet_periods(at)
        given = extra.pop("record", None)
        record = given if isinstance(given, str) else self._record(s, e, start)
        if extra.get("context") == sentence:
            extra["context"] = ""
        return Mention(
            text=text[start:end].strip(), start=start, end=end, line=line, sentence=sentence,
            value=value, magnitude=magnitude, unit=unit,
            period=periods[0].text if periods else None, periods=periods, record=record,
            lang=self.lang, quiet=quiet, **extra,  # type: ignore[arg-type]
        )  # fmt: skip

    def _near_periods(self, s: int, e: int, start: int, end: int) -> tuple[Period, ...]:
        """The periods of the sentence that govern the figure, nearest first: those right after
        it (no other figure between, a paired conversion in brackets aside) unless one introduces
        the next figure ("13, seguido de 2009 con 18"; "25, superior a la de 2016, que fue de
        20"), then those before it within 200 characters; when the sentence has none near, the
        last of the previous sentence on the same line ("En 2017 hubo 31 mil. Es decir, 25…")."""
        lo = bisect_left(self.period_starts, max(s, start - 200))
        hi = bisect_right(self.period_starts, min(e, end + 80))
        near = [p for p in self.periods[lo:hi] if p.start >= s and p.end <= e]
        after = [
            p
            for p in near
            if p.start >= end
            and p.start <= end + 80
            and not has_number(_BRACKETED.sub("", self.scan[end : p.start]))
            and not self._introduces_next(end, p, e)
        ]
        before = [p for p in near if p.end <= start]
        # a period in an earlier clause about another figure ("655 by Moon in 1991, and
        # established marks for most completions (45)") is that figure's, not this one's
        kept = [p for p in before if not _OTHER_CLAUSE.search(self.scan, p.end, start)]
        dropped = len(kept) < len(before)
        kept.reverse()
        if after or kept:
            return tuple(after + kept)
        return () if dropped else self._carried_period(s, start)

    def _quiet_periods(self, at: int) -> tuple[tuple[Period, str], ...]:
        """The periods of the sentences without a figure between the last figure's sentence and
        sentence ``at`` (the last three at most), each with the words of its sentence before it:
        "The FTSE 100 fell yesterday." governs the figures after it (draft/governing.py)."""
        prev = self._sentence_index(self.found[-1].start) if self.found else -1
        out: list[tuple[Period, str]] = []
        for k in range(max(prev + 1, at - 3, 0), min(at, len(self.bounds))):
            ps = self.bounds[k][0]
            out += [(p, self.scan[max(ps, p.start - 80) : p.start]) for p in self._periods_in(k)]
        return tuple(out)

    def _periods_in(self, k: int) -> list[Period]:
        """The periods that stand wholly inside sentence ``k``."""
        ps, pe = self.bounds[k]
        lo, hi = bisect_left(self.period_starts, ps), bisect_left(self.period_starts, pe)
        return [p for p in self.periods[lo:hi] if p.end <= pe]

    def _introduces_next(self, end: int, period: Period, e: int) -> bool:
        """``period`` opens a clause of its own that gives another figure."""
        if not _CLAUSE.search(self.scan[end : period.start]):
            return False
        rest = _YEARS.sub("", self.scan[period.end : min(e, period.end + 40)])
        return any(c.isdigit() for c in rest)

    def _carried_period(self, s: int, start: int) -> tuple[Period, ...]:
        """The first period of the sentence before the one starting at ``s``, on the same line
        (the one its main clause is about, not a compared one); else the one stated for every
        figure before the figure at ``start``."""
        at = self._sentence_index(s) - 1
        stated = (self.stated,) if self.stated is not None and self.stated.end <= start else ()
        if at < 0:
            return stated
        pe = self.bounds[at][1]
        if "\n" in self.scan[pe:s]:
            return stated
        inside = [p for p in self._periods_in(at) if not self._compared(p)]
        return (inside[-1],) if inside else stated

    def _compared(self, period: Period) -> bool:
        """``period`` is what its sentence compares with or counts from ("since 1981", "superior
        a la de mayo de 2023", "than in 2019"), not the time the sentence is about."""
        return period.word in ("since", "desde") or bool(
            _COMPARED.search(self.scan, max(0, period.start - 40), period.start)
        )

    def _record(self, s: int, e: int, start: int) -> str | None:
        t = self.t
        lo = bisect_left(self.records, bisect_left(t.starts, max(s, start - 120)))
        for k in self.records[lo : lo + 4]:
            if t.starts[k] >= min(e, start + 120):
                break
            got = self.lex.records.after(t.words, k)
            if got is None or t.word(k - 1) in NOT_RECORD_AFTER:
                continue
            if t.words[k] == "más" and t.word(k + got[1]) == "que":
                continue  # "5% más altos que en 2023": a comparison, not a record (review30)
            return got[0]
        return None
