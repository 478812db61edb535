"""Find the quantities in article text: each with its sentence, span, value, unit, hedge and role.

Pure and rule-based (no model), in English and Spanish. The text is split into tokens once
(:mod:`figcheck.draft.scanner`); at each number (in digits, in words, or a spelled fraction) a
bounded
window of tokens decides what it is: a currency sign or code before it, scale words ("bn",
"mil millones", "billón" = 10^12 in Spanish), percent or percentage points, a unit of measure
(also hyphenated: "a 500-mile pipeline"), a currency after it, a rate ("per day", "por dólar",
"per 100,000 residents"), the noun it counts; a hedge word before it ("nearly", "casi", "passed");
a change word ("rose", "un aumento del"); a record word in its sentence. A bare figure takes the
unit of the figure before it in the same or the previous sentence ("646 toneladas en 2015 a 866
en 2016"). Years, dates, decades, ordinals, durations, identifiers and determiners are context.
The word lists are data files (:mod:`figcheck.draft.lexicon`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from figcheck.draft.lexicon import lexicon
from figcheck.draft.periods import Period, find_periods
from figcheck.draft.scanner import Convention, Tokens, convention_of, read_numeral

__all__ = ["Mention", "detect_language", "extract_mentions", "sentences"]

Kind = Literal["quantity", "range", "change"]
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[¿¡]*[A-Z0-9\u00c0-\u024f¿¡])|\n\s*\n"
)
#: A sentence longer than this is quoted as the window of this many characters either side of
#: the figure, so that a 150 KB sentence does not make every mention carry 150 KB.
SENTENCE_WINDOW = 300
_SCALE_WORD = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
_TIME = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
        "old",
        "año",
        "años",
        "mes",
        "meses",
        "semana",
        "semanas",
        "día",
        "días",
        "hora",
        "horas",
        "minuto",
        "minutos",
        "siglo",
        "siglos",
        "década",
        "décadas",
    ]
)
_STOP = frozenset(
    [
        "of",
        "and",
        "or",
        "the",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "a",
        "an",
        "per",
        "than",
        "that",
        "which",
        "who",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "more",
        "less",
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "y",
        "en",
        "a",
        "que",
        "por",
        "con",
        "se",
        "un",
        "una",
        "para",
        "al",
        "lo",
        "su",
        "sus",
        "más",
        "menos",
        "como",
        "o",
        "e",
        "ya",
        "fue",
        "son",
        "fueron",
        "es",
        "era",
        "han",
        "ha",
        "sin",
        "según",
        "entre",
        "sobre",
        "tras",
        "hasta",
        "durante",
        "desde",
        "cada",
        "otros",
        "otras",
        "ellos",
        "ellas",
        "no",
        "each",
        "most",
        "respectively",
        "respectivamente",
        "times",
        "veces",
    ]
)
_COPULA = frozenset(["son", "fueron", "eran", "es", "era", "were", "are", "was"])
_POPULATION = frozenset(["population", "población", "habitantes", "inhabitants"])
_ORDINAL_SUFFIX = frozenset(["st", "nd", "rd", "th", "s", "o", "a", "º", "ª", "er"])
_CONTEXT_BEFORE = frozenset(
    [
        "page",
        "p",
        "chapter",
        "section",
        "no",
        "table",
        "figure",
        "gráfica",
        "cuadro",
        "artículo",
        "kilómetro",
        "km",
        "fase",
        "phase",
        "ley",
        "law",
        "decreto",
        "resolución",
        "article",
        "boletín",
    ]
)
_RATE_TIME = {"day": "day", "days": "day", "día": "day", "year": "year", "annum": "year",
              "año": "year", "hour": "hour", "hora": "hour", "month": "month", "mes": "month",
              "week": "week", "semana": "week"}  # fmt: skip
_RATE_PEOPLE = frozenset(
    ["people", "residents", "population", "inhabitants", "habitantes", "personas"]
)
#: Identifiers and telephone numbers: a report number ("USDL-22-0417"), "(301) 763-4636",
#: "202-691-5200", "1-800-555-0199". No alternative can backtrack far: each is anchored on a
#: fixed pattern of digit groups.
_IDENTIFIER = re.compile(
    r"\b[A-Za-z]+(?:-\d+)+\b"
    r"|\(\d{3}\)\s?\d{3}-\d{4}\b"
    r"|\b(?:1-)?\d{3}-\d{3}-\d{4}\b"
    r"|\b\d{3}-\d{4}\b(?![ \t]*[A-Za-z%])"
)
#: Words before a figure that make it the bound of a group, not a quantity ("age 16 and older",
#: "adults aged 25 to 54").
_AGE = frozenset(["age", "aged", "ages", "edad", "edades"])
#: Earthquake words: a figure printed with one is a magnitude, a dimensionless level.
#: Nouns of groups defined by a size ("cities of 1 million or more", "municipios de más de 50 mil
#: habitantes"), and the words after the size that make it a bound.
_GROUPS = frozenset(["cities", "towns", "counties", "places", "areas", "municipalities",
                     "communities", "firms", "companies", "businesses", "households", "families",
                     "countries", "schools", "hospitals", "ciudades", "municipios", "localidades",
                     "hogares", "empresas", "países", "comunidades", "poblaciones"])  # fmt: skip
_GROUP_TAIL = frozenset([("or", "more"), ("and", "over"), ("and", "above"), ("or", "larger"),
                         ("o", "más"), ("y", "más"), ("+",), ("population",), ("residents",),
                         ("inhabitants",), ("habitantes",), ("people",), ("employees",),
                         ("workers",), ("empleados",), ("trabajadores",)])  # fmt: skip
_MDP = {"mdp": ("PESO", 1e6), "mdd": ("USD", 1e6), "mmdp": ("PESO", 1e9),
        "mmdd": ("USD", 1e9)}  # fmt: skip
_LAYOUT = frozenset(["columns", "column", "columnas", "columna"])
_MAGNITUDE = frozenset(["magnitude", "magnitud"])
_QUAKE = frozenset(["quake", "earthquake", "temblor", "tremor", "sismo", "terremoto"])
#: The length of a streak: "18 meses al alza", "cinco semanas consecutivas", "12 straight
#: months", "three days in a row" (the unit is the time word's).
_STREAK_UNIT = {"day": "day", "days": "day", "día": "day", "días": "day", "week": "week",
                "weeks": "week", "semana": "week", "semanas": "week", "month": "month",
                "months": "month", "mes": "month", "meses": "month", "year": "year",
                "years": "year", "año": "year", "años": "year"}  # fmt: skip
_STREAK_BEFORE = frozenset(["straight", "consecutive", "successive"])
_STREAK_AFTER = frozenset(["consecutive", "straight", "running", "consecutivos", "consecutivas",
                           "seguidos", "seguidas"])  # fmt: skip
_STREAK_PHRASES = frozenset([("in", "a", "row"), ("al", "alza"), ("a", "la"), ("de", "alza"),
                             ("de", "caídas"), ("de", "pérdidas"), ("de", "ganancias"),
                             ("de", "baja"), ("de", "alzas"), ("en", "alza")])  # fmt: skip
_MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "double": 2.0, "doubles": 2.0, "tripled": 3.0,
              "tripling": 3.0, "triple": 3.0, "quadrupled": 4.0, "halved": 0.5, "halving": 0.5,
              "duplicó": 2.0, "triplicó": 3.0}  # fmt: skip


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


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: splits at . ! ? … before a capital, and at blank lines."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_EN_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "from"]
)
_ES_WORDS = frozenset(
    ["el", "la", "de", "que", "los", "las", "en", "por", "del", "se", "con", "para", "una", "al"]
)


def detect_language(text: str) -> str:
    """ "es" or "en", by counting the commonest words of each in the first 20,000 characters."""
    words = re.findall(r"[a-záéíóúñ]+", text[:20000].lower())
    en = sum(w in _EN_WORDS for w in words)
    es = sum(w in _ES_WORDS for w in words)
    return "es" if es > en else "en"


def extract_mentions(text: str, lang: str | None = None) -> list[Mention]:
    """Every quantity in ``text``, in order of appearance (``lang``: "en", "es", or detected)."""
    scan = text.replace("\\$", " $")  # Markdown's escaped dollar; same length keeps offsets
    language = lang or detect_language(scan)
    return _Scan(scan, text, language).run()


class _Scan:
    """One pass over one text."""

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
        self.records = [i for i in range(self.t.n) if self.lex.records.after(self.t.words, i)]
        self.peso = _peso_currency(scan)
        self.identifiers = [(m.start(), m.end()) for m in _IDENTIFIER.finditer(scan)]
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
        self.context = ""  # set by _carried
        self.skip_to = -1  # the last token of a number read as context (a rate's denominator)

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Mention]:
        t, i = self.t, 0
        while i < t.n:
            got = self._at(i)
            if got is None:
                i = max(i + 1, self.skip_to + 1)
                continue
            mention, last = got
            self.found.append(mention)
            # a spelled share ("a third") gives no unit to the bare figures after it
            if mention.unit and _has_number(mention.text):
                source = mention.context or mention.sentence
                self.last_unit = (self._sentence_index(mention.start), mention.unit, source)
                if mention.unit != "percent" and " " not in mention.unit:
                    self.last_amount = self.last_unit
            i = max(last + 1, i + 1)
        return _pair_conversions(self.found, self.scan)

    def _at(self, i: int) -> tuple[Mention, int] | None:
        t, w = self.t, self.t.words[i]
        fraction = self._fraction(i)
        if fraction:
            return fraction
        if w in _MULTIPLES:
            return self._multiple(i)
        if t.is_digits(i):
            return self._number(i, spelled=False)
        if w == "dozen" and t.word(i - 1) == "a":
            return self._number(i, spelled=True)  # "a dozen homes", "half a dozen trucks"
        if w in self.lex.numbers or (self.lang == "es" and w == "mil"):
            return self._number(i, spelled=True)
        return None

    # ------------------------------------------------------------------ helpers
    def _sentence_index(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

    def _phrase_before(self, table: object, k: int) -> tuple[str, int] | None:
        return table.before(self.t.words, k)  # type: ignore[attr-defined,no-any-return]

    def _hedge(self, k: int) -> tuple[str | None, str | None, int]:
        """(printed hedge, checker hedge, first token) for a figure starting at token ``k``."""
        got = self.lex.hedges.before(self.t.words, k)
        if got is None:
            return None, None, k
        checker, n = got
        printed = " ".join(self.t.words[k - n : k])
        return printed, checker, k - n

    def _change(self, k: int) -> tuple[str | None, str | None, int]:
        """(change word, direction, first token) when a change word stands before token ``k``."""
        t = self.t
        j = k
        got = self.lex.changes.before(t.words, j)
        if got is None and t.word(j - 1) in ("by", "of", "de", "del", "en", "un", "to"):
            j -= 1
            got = self.lex.changes.before(t.words, j)
        if got is None:
            return None, None, k
        direction, n = got
        return " ".join(t.words[j - n : j]), direction, j - n

    # ------------------------------------------------------------------ fractions, multiples
    def _fraction(self, i: int) -> tuple[Mention, int] | None:
        t = self.t
        got = self.lex.fractions.after(t.words, i)
        d_in = self._one_in(i)
        if got is None and d_in is None:
            return None
        if got is not None:
            share, n = float(got[0]), got[1]
            last = i + n - 1
            first_word = t.words[i]
            if first_word == "half":
                prev = t.word(i - 1)
                if prev in ("first", "second", "a", "an", "the", "one") or t.word(i + 1) == "-":
                    return None
                if not (t.word(i + 1) == "of" or self.lex.hedges.before(t.words, i)
                        or prev in ("by", "than")):  # fmt: skip
                    return None
            if t.word(last + 1) in ("century", "centuries", "hour", "mile", "point", "siglo"):
                return None
            if t.word(last + 1) == "-" and t.joined(last + 1):
                return None  # "a half-hour drive"
        else:
            assert d_in is not None
            share, last = d_in
        hedge, checker, first = self._hedge(i)
        change, direction, first2 = self._change(first)
        value = f"{share:.4g} percent"
        m = self._mention(t.starts[first2 if change else first], t.ends[last], value, share,
                          "percent",
                          hedge=hedge, checker_hedge=checker, change=change, direction=direction,
                          kind="change" if change else "quantity")  # fmt: skip
        return m, last

    def _one_in(self, i: int) -> tuple[float, int] | None:
        """ "three in four", "one out of five", "tres de cada cuatro", "four arrests for every
        five reports": a share (the second number at most 100 for the last two forms, since
        "one death for every 1,000 births" is a rate)."""
        t = self.t
        w = t.words[i]
        spelled = self.lex.numbers.get(w, (0, ""))[0]
        numerator = 1 if w in ("one", "1") else spelled
        if w.isdecimal() and not t.joined(i + 1) and t.word(i + 1) in ("for", "de", "in", "out"):
            numerator = int(w)
        if not numerator:
            return None
        k = i + 1
        if t.word(k) in ("in", "out"):
            j, bounded = k + 1, w not in ("one", "1") and w.isdecimal()
            while j < k + 3 and t.word(j) in ("of", "every"):
                j += 1  # "one in every five", "two out of every three"
        elif (t.word(k), t.word(k + 1)) == ("de", "cada"):
            j, bounded = k + 2, True
        else:
            m = k
            while m < k + 3 and t.is_word(m) and t.words[m] != "for":
                m += 1
            if (t.word(m), t.word(m + 1)) != ("for", "every"):
                return None
            j, bounded = m + 2, True
        d = t.word(j)
        den = int(d) if d.isdecimal() else self.lex.numbers.get(d, (0, ""))[0]
        if not den or den < numerator or (bounded and den > 100) or t.word(j + 1) in _TIME:
            return None
        return round(100 * numerator / den, 2), j

    def _multiple(self, i: int) -> tuple[Mention, int] | None:
        t, w = self.t, self.t.words[i]
        if w == "double" and t.word(i + 1) in ("digits", "digit", "-", "check", "standard"):
            return None
        factor = _MULTIPLES[w]
        start = i - 1 if t.word(i - 1) == "a" else i
        hedge, checker, first = self._hedge(start)
        m = self._mention(t.starts[first], t.ends[i], f"{factor:g}", factor, "", kind="change",
                          change=w, hedge=hedge, checker_hedge=checker,
                          direction="down" if factor < 1 else "up")  # fmt: skip
        return m, i

    # ------------------------------------------------------------------ numbers
    def _literal(self, i: int, spelled: bool) -> tuple[float, str, int, int] | None:
        """(value, printed, decimals, last token) of the number at ``i``, Spanish "mil"
        composition included ("14 mil 880", "mil 904", "26 MIL 037")."""
        t = self.t
        if spelled:
            w = t.words[i]
            if w == "dozen":
                dozen = 6.0 if t.word(i - 2) == "half" else 12.0
                return dozen, f"{dozen:g}", 0, i
            if w == "mil":
                if t.is_digits(i + 1) and len(t.words[i + 1]) == 3:
                    return 1000 + float(t.words[i + 1]), f"1,{t.words[i + 1]}", 0, i + 1
                return None
            value, lang = self.lex.numbers[w]
            if lang != self.lang:
                return None
            last = i
            if (
                t.word(i + 1) == "-"
                and t.joined(i + 1)
                and t.word(i + 2) in self.lex.numbers
                and value >= 20
            ) or (value >= 20 and t.word(i + 1) == "y" and t.word(i + 2) in self.lex.numbers):
                value += self.lex.numbers[t.word(i + 2)][0]
                last = i + 2
            if (self.lang == "es" and t.word(last + 1) == "mil" and t.is_digits(last + 2)
                    and len(t.words[last + 2]) == 3):  # fmt: skip
                tail = read_numeral(t, last + 2, self.conv)  # "tres mil 365 millones"
                composed = value * 1000 + tail.value
                return composed, f"{composed:,g}", tail.decimals, tail.last
            return float(value), f"{value:g}", 0, last
        numeral = read_numeral(t, i, self.conv)
        last = numeral.last
        if (self.lang == "es" and t.word(last + 1) == "mil" and t.is_digits(last + 2)
                and len(t.words[last + 2]) == 3 and not numeral.decimals):  # fmt: skip
            tail = read_numeral(t, last + 2, self.conv)  # "62 mil 314.9 millones"
            composed = numeral.value * 1000 + tail.value
            printed = f"{int(composed):,}" + (f".{str(tail.printed).split('.')[1]}"
                                               if tail.decimals else "")  # fmt: skip
            return composed, printed, tail.decimals, tail.last
        return numeral.value, numeral.printed, numeral.decimals, last

    def _number(self, i: int, spelled: bool) -> tuple[Mention, int] | None:
        t, lex = self.t, self.lex
        if not spelled and (self._glued_to_word(i) or self._in_identifier(i)):
            return None
        if not spelled and self._after_dash(i):
            return None  # "a 3-2 win": the second of two joined numbers is never alone
        literal = self._literal(i, spelled)
        if literal is None:
            return None
        value, printed, decimals, j = literal
        if not spelled and self._denominator(i, value, j):
            return None
        # a currency before the number
        currency, first = None, i
        got = lex.currencies_before.before(t.words, i)
        if got is not None and not spelled:
            code, n = got
            if code != "$" or t.joined(i) or t.gap(i) == " ":
                currency, first = self._code(code), i - n
                if t.words[i - n] == "us" and n == 1 and t.gap(i) != " ":
                    currency, first = None, i
        # scale words
        scale, j = self._scales(j)
        pct: str | None = None
        unit: str | None = None
        noun: str | None = None
        low = high = None
        kind: Kind = "quantity"
        # hyphenated unit or percent: "a 500-mile pipeline", "a 1.2-percent increase"
        if t.word(j + 1) == "-" and t.joined(j + 1) and t.is_word(j + 2) and t.joined(j + 2):
            got_unit = lex.units.after(t.words, j + 2)
            tail = tuple(t.words[j + 2 : j + 5])
            if t.words[j + 2] == "percent":
                pct, j = "percent", j + 2
            elif tail in (("percentage", "-", "point"), ("percentage", "-", "points")):
                pct, j = "percentage_point", j + 4  # "a 4-percentage-point drop"
            elif tail == ("per", "-", "cent"):
                pct, j = "percent", j + 4  # "a 10-per-cent rise"
            elif got_unit is not None and got_unit[0] not in ("hour",):
                unit, j = got_unit[0], j + 1 + got_unit[1]
            elif t.words[j + 2] in _MAGNITUDE or t.words[j + 2] == "fold":
                unit, j = "dimensionless", j + 2  # "a 6.4-magnitude earthquake", "a 10-fold rise"
            elif self._hyphen_count(i, j + 2, value):
                unit, noun, j = "count", t.words[j + 2], self._hyphenated(j + 2)
            else:
                return None  # "a 12-month increase", "a 35-year-old man": context
        # a range: "2.3-5.5 per cent", "3 to 4C", "15-40%", "0.2%-0.4%"
        after_pct = self._percent(j + 1)
        r = self._range(first, j + (after_pct[1] if after_pct else 0), value, spelled)
        if r is not None and after_pct is not None:
            # "0.2%-0.4%" is a range; "fell by 0.4 percentage point to 6.3 percent" is not
            second_pct = self._percent(r[2] + 1)
            dash = t.word(j + after_pct[1] + 1) in ("-", "–", "—")
            if not dash or second_pct is None or second_pct[0] != after_pct[0]:
                r = None
        if r is not None and pct is None and unit is None:
            second, scale2, j = r
            if (scale == 1.0 and scale2 != 1.0) or (
                self.lang == "es" and scale == 1e3 and scale2 >= 1e9
            ):  # "between 2 and 4 billion"; "entre 2 mil y 4 mil millones"
                scale = scale2
            low, high = value * scale, second * scale2
            kind = "range"
            decimals = max(decimals, _decimals_of(second))
            value = (low + high) / 2 / scale
            printed = f"{value:.{decimals + 1}f}".rstrip("0").rstrip(".")
        basis = (t.word(j + 1), t.word(j + 2))
        if (
            pct is None
            and unit is None
            and (
                basis in (("basis", "points"), ("basis", "point"), ("puntos", "base"))
                or basis[0] in ("bps", "bp")
            )
        ):
            # "25 basis points", "25 puntos base", "25bp": hundredths of a percentage point
            pct, scale = "percentage_point", scale * 0.01
            j += 1 if basis[0] in ("bps", "bp") else 2
        if pct is None and unit is None:
            got_pct = self._percent(j + 1)
            if got_pct is not None:
                pct, j = got_pct[0], j + got_pct[1]
        if pct is None and unit is None and currency is None:
            got_cur = lex.currencies_after.after(t.words, j + 1)
            if got_cur is not None and got_cur[0] != "centavos":
                currency, j = self._code(got_cur[0]), j + got_cur[1]
            elif got_cur is not None and not spelled:  # "39.6 centavos": hundredths of a peso
                currency, j, scale = self.peso, j + got_cur[1], scale * 0.01
                if self._quotes_the_dollar(i):
                    currency = f"{currency}/USD"
            elif self.lang == "es" and t.word(j + 1) in _MDP:
                # "62 mil 314 mdp" = millones de pesos; "mdd" dólares; "mmdp" miles de millones
                code, factor = _MDP[t.words[j + 1]]
                currency, j, scale = self.peso if code == "PESO" else code, j + 1, scale * factor
            elif self.lang == "es" and j > i and t.word(j) in _MDP and got_cur is None:
                code = _MDP[t.words[j]][0]  # scales.tsv already applied its million
                currency = self.peso if code == "PESO" else code
            elif self.lang == "en" and t.word(j + 1) in ("cents", "cent") and not spelled:
                currency, j, scale = "USD", j + 1, scale * 0.01  # "10 cents": of a dollar
            elif self.lang == "en" and t.word(j + 1) == "p" and t.joined(j + 1) and not spelled \
                    and not t.is_word(j + 2):  # fmt: skip
                currency, j, scale = "GBP", j + 1, scale * 0.01  # "340p": pence
        if pct is None and unit is None and currency is None:
            got_unit = self._unit_after(j + 1)
            if got_unit is not None:
                unit, j = got_unit[0], j + got_unit[1]
        base = pct or currency or unit
        if (
            t.word(first - 1) in _AGE
            or self._group_bound(first, j)
            or (kind == "range" and base is None and _is_bracket(low or 0.0, high or 0.0, scale))
        ):
            self.skip_to = j  # "age 16", "towns of 250,000 to 499,999 residents": a group
            return None
        thousands = scale != 1.0 or (value >= 1000 and ("," in printed or (not spelled and j > i)))
        if spelled and t.words[i] == "mil":
            spelled = False  # "mil 904": digits with a Spanish thousand
        measure = self._unit_after(j + 2) if scale != 1.0 and t.word(j + 1) == "de" else None
        if base is None and measure is not None:  # "17 millones de toneladas"
            base, unit, j = measure[0], measure[0], j + 1 + measure[1]
        if base is None and scale != 1.0 and t.word(j + 1) == "de":
            j_noun = self._noun(j + 2)  # "11 millones de mexicanos", "161 millones de operaciones"
            if j_noun is not None:
                noun, j = j_noun
                base = "people" if noun in lex.people else "count"
        if base is None and t.word(j + 1) in ("times", "veces"):
            base, j, kind = "dimensionless", j + 1, "change"
        if base is None and not spelled and self._magnitude(i, j, value):
            base = "dimensionless"
        record: str | None = None
        if base is None:
            streak = self._streak(j)
            if streak is not None:
                base, record, j = streak
        if base is None and not spelled and not self._is_context(i, j, value, spelled, scale,
                                                                 decimals):  # fmt: skip
            shared = self._shared_unit(j)
            if shared is not None:
                base, scale2 = shared
                if scale == 1.0:
                    scale = scale2
        if base is None and not spelled and self._is_context(i, j, value, spelled, scale,
                                                             decimals):  # fmt: skip
            return None
        if base is None and (self.lex.records.after(t.words, j + 1) or t.word(j + 1) == "biggest"):
            return None  # "the three largest camps": the size of a rank
        if base is None:
            of_the = self._of_the(j + 1)
            counted = self._noun(of_the if of_the is not None else j + 1)
            if counted is None and self._after_of_the(i) and t.word(j + 1) in _TIME:
                counted = (t.words[j + 1], j + 1)  # "9 de los 12 meses": the 12
            if counted is None and of_the is not None and t.word(of_the) in _TIME:
                counted = (t.words[of_the], of_the)  # "9 de los 12 meses": the 9
            if counted is not None and counted[0] in _LAYOUT:
                return None  # "a cuatro columnas": page layout
            if counted is not None:
                noun, noun_last = counted
                base = "people" if noun in lex.people else "count"
                if of_the is None:
                    j = noun_last
        # the rate's denominator: "per day", "por dólar", "per 100,000 residents", also after
        # what the unit is of ("84,000 barrels of crude oil per day")
        rate = self._rate(j + 1)
        if rate is None and base is not None and t.word(j + 1) in ("of", "de"):
            k = j + 2
            while k < j + 5 and t.is_word(k) and t.words[k] not in ("per", "por", "a", "cada"):
                k += 1
            later = self._rate(k)
            if (
                later is not None
                and later[0].startswith("/")
                and later[0][1:] in _RATE_TIME.values()
            ):
                rate, j = later, k - 1
        if rate is not None:
            denominator, used = rate
            if denominator[1:].isupper() and (base is None or noun in ("unidades", "units")):
                base = self.peso if self.lang == "es" else None  # "17.05 unidades por dólar"
            if base is None:
                carried = self._carried(i, thousands)
                base = carried.split("/")[0] if carried else None
            if base is None and (self._counts_people(i) or not denominator.startswith("/")):
                base = "people"  # "29 per 100,000 residents"
            if base is not None:
                base, j = f"{base}{denominator}" if denominator.startswith("/") else \
                    f"{base}/{denominator}", j + used  # fmt: skip
        if base is None:
            if self._is_time(j + 1) or (spelled and t.words[i] in ("one", "uno")):
                return None
            if self._table_cell(i):
                base = "people"
            elif not spelled or t.word(i - 1) in ("otras", "otros", "other"):
                base = self._carried(i, thousands, scaled=scale != 1.0)
            if base is None and thousands and not spelled:
                base = "people" if self._counts_people(i) else "count"
            if base is None:
                return None
        elif not (pct or currency or unit) and spelled and t.words[i] in ("one", "uno") \
                and "/" not in base:  # fmt: skip
            return None  # "one former agent", "uno de ellos": a determiner
        if currency and "/" not in base and self._dollar_bought(i):
            base = f"{currency}/USD"
        hedge, checker, first = self._hedge(first)
        change, direction, cstart = self._change(first)
        if change is None:
            after = self._change_after(j + 1)
            if after is not None:
                change, direction, j = after
        if change and currency and base == currency and self._rate_of_sentence(i, currency):
            base = self._rate_of_sentence(i, currency) or base  # "inferior en cuatro dólares"
        start_tok = cstart if change else first
        if kind == "range" and t.word(start_tok - 1) in ("between", "from", "entre"):
            start_tok -= 1
        moved = None
        if t.word(first - 1) == "from" and t.word(first - 2) in ("down", "up"):
            moved = f"{t.words[first - 2]} from"
            start_tok = first - 2
            change, direction = moved, "up" if t.words[first - 2] == "down" else "down"
        context, self.context = self.context, ""
        value_text = _value_text(printed, value, decimals, scale)
        magnitude = value * scale
        unit_text = "" if base == "dimensionless" else base
        if kind != "range" and change:
            kind = "change"
        m = self._mention(
            t.starts[start_tok], t.ends[j], f"{value_text} {unit_text}".strip(), magnitude,
            unit_text, hedge=hedge, checker_hedge=checker, kind=kind, low=low, high=high,
            change=change, direction=direction, noun=noun, context=context, record=record,
        )  # fmt: skip
        return m, j

    def _denominator(self, i: int, value: float, j: int) -> bool:
        """ "the rate per 100,000 population began at 23.6": the denominator of a rate stated
        without its figure is never a quantity of its own; the figures after it carry its unit."""
        t = self.t
        per = t.word(i - 1) == "per" or (t.word(i - 1) == "cada" and t.word(i - 2) == "por")
        if not per:
            return False
        scale, last = self._scales(j)
        if t.word(last + 1) not in _RATE_PEOPLE:
            return False
        here = self._sentence_index(t.starts[i])
        sentence = self.bounds[here] if 0 <= here < len(self.bounds) else (0, 0)
        unit = f"people/{value * scale:g} people"
        source = self.text[sentence[0] : sentence[1]][:600]
        self.last_unit = (here, unit, source)
        self.rate_context = (bisect_right(self.line_starts, t.starts[i]), unit, source)
        self.skip_to = last + 1
        return True

    def _after_dash(self, i: int) -> bool:
        t = self.t
        return (
            t.word(i - 1) in ("-", "–") and t.joined(i) and t.joined(i - 1) and t.is_digits(i - 2)
        )

    def _in_identifier(self, i: int) -> bool:
        """A report number or a telephone number ("USDL-22-0417", "(301) 763-4636"): its digits
        are context; the scan goes on after it."""
        t = self.t
        at = bisect_right(self.identifier_starts, t.starts[i]) - 1
        if at < 0 or t.starts[i] >= self.identifiers[at][1]:
            return False
        end = self.identifiers[at][1]
        k = i
        while k + 1 < t.n and t.starts[k + 1] < end:
            k += 1
        self.skip_to = k
        return True

    def _rate_of_sentence(self, i: int, currency: str) -> str | None:
        """The rate of the figure before in this sentence when it is priced in ``currency``
        ("US$74,5 por barril … inferior en cuatro dólares": a difference of two prices per
        barrel is in dollars per barrel too)."""
        if self.last_unit is None:
            return None
        sentence, unit, _ = self.last_unit
        if sentence != self._sentence_index(self.t.starts[i]):
            return None
        return unit if unit.startswith(f"{currency}/") else None

    def _group_bound(self, first: int, j: int) -> bool:
        """ "cities of 1 million or more", "municipios de más de 50 mil habitantes": the size
        that defines a group is context."""
        t = self.t
        k = first - 1
        hedge = self.lex.hedges.before(t.words, first)
        if hedge is not None:
            k -= hedge[1]
        if t.word(k) in ("of", "with", "over", "under", "above", "below", "de", "con"):
            k -= 1
        if t.word(k) not in _GROUPS:
            return False
        return (t.word(j + 1), t.word(j + 2)) in _GROUP_TAIL or (t.word(j + 1),) in _GROUP_TAIL

    def _hyphen_count(self, i: int, k: int, value: float) -> bool:
        """ "a nine-story building", "a 40-page report": a whole number joined to the noun it
        counts. Not a duration ("12-month", "35-year-old"), a stop word ("3-to-1"), a letter
        ("3-D") or the determiner "one" ("a one-time payment")."""
        t = self.t
        w = t.words[k]
        return (
            value.is_integer()
            and value >= 2
            and len(w) >= 3
            and w not in _TIME
            and w not in _STOP
            and w not in self.lex.numbers
            and w not in ("something", "odd", "basis", "percentage")
            and w not in _month_words()
            and not self._is_year_value(value)
            and t.words[i] not in ("one", "uno")
        )

    def _magnitude(self, i: int, j: int, value: float) -> bool:
        """ "magnitude 5.9", "magnitud 7,4", "the 7.1 quake": an earthquake's magnitude."""
        t = self.t
        if value >= 10:
            return False
        before = t.word(i - 1) in _MAGNITUDE or (
            t.word(i - 1) == "-" and t.word(i - 2) in _MAGNITUDE
        )
        return before or t.word(j + 1) in _QUAKE or t.word(j + 1) in _MAGNITUDE

    def _streak(self, j: int) -> tuple[str, str, int] | None:
        """(unit, record phrase, last token) for the length of a streak after token ``j``."""
        t = self.t
        k = j + 1
        if t.word(k) in _STREAK_BEFORE and t.word(k + 1) in _STREAK_UNIT:
            return _STREAK_UNIT[t.words[k + 1]], f"{t.words[k]} {t.words[k + 1]}", k + 1
        unit = _STREAK_UNIT.get(t.word(k))
        if unit is None:
            return None
        if t.word(k + 1) in _STREAK_AFTER:
            return unit, f"{t.words[k]} {t.words[k + 1]}", k + 1
        for phrase in _STREAK_PHRASES:
            n = len(phrase)
            if tuple(t.words[k + 1 : k + 1 + n]) == phrase:
                if phrase == ("a", "la") and t.word(k + 3) != "baja":
                    continue
                last = k + n + (phrase == ("a", "la"))
                return unit, " ".join(t.words[k : last + 1]), last
        return None

    def _shared_unit(self, j: int) -> tuple[str, float] | None:
        """(unit, scale) printed once after a list of figures: "0.4 y 0.9 por ciento",
        "12 y 8 millones de dólares", "3, 4 and 5 percent" give each figure the last one's."""
        t = self.t
        if t.word(j + 1) not in ("y", "and", "o", "or", ",") or not t.is_digits(j + 2):
            return None
        if t.word(j + 1) == "," and not t.gap(j + 2):
            return None
        if self.peek_depth >= 4:
            return None
        self.peek_depth += 1
        saved = (self.context, self.skip_to)
        try:
            got = self._number(j + 2, spelled=False)
        finally:
            self.peek_depth -= 1
            self.context, self.skip_to = saved
        if got is None:
            return None
        nxt = got[0]
        if nxt.kind == "range" or not nxt.unit or nxt.context:
            return None
        numeral = read_numeral(t, j + 2, self.conv)
        scale = nxt.magnitude / numeral.value if numeral.value else 1.0
        return nxt.unit, scale

    def _glued_to_word(self, i: int) -> bool:
        """MX1, G20, COVID-19: digits stuck to letters are part of a name."""
        t = self.t
        if t.joined(i) and t.is_word(i - 1) and t.words[i - 1] not in ("us", "ud", "km"):
            return True
        return t.word(i - 1) == "-" and t.joined(i) and t.joined(i - 1) and t.is_word(i - 2)

    def _scales(self, j: int) -> tuple[float, int]:
        t, scale = self.t, 1.0
        while True:
            w = t.word(j + 1)
            entry = self.lex.scales.get(w)
            if w == "dozen" and self.lang == "en":
                entry = (12.0, "en")  # "two dozen": not a power of ten, so not in scales.tsv
            if entry is None or entry[1] != self.lang:
                return scale, j
            if w in ("m", "b", "k") and not t.joined(j + 1):
                return scale, j
            if w == "mil" and t.is_digits(j + 2):
                return scale, j
            scale *= entry[0]
            j += 1

    def _percent(self, k: int) -> tuple[str, int] | None:
        t = self.t
        w, w2 = t.word(k), t.word(k + 1)
        if w == "%":
            return "percent", 1
        if w in ("percent", "pct") or (w == "pc" and t.joined(k) and self.lang == "en"):
            return "percent", 1  # "4pc": British papers
        if w == "per" and w2 == "cent":
            return "percent", 2
        if w == "por" and w2 == "ciento":
            return "percent", 2
        if w == "percentage" and w2 in ("point", "points"):
            return "percentage_point", 2
        if w == "puntos" and w2 == "porcentuales":
            return "percentage_point", 2 + self._pp_tail(k + 2)
        if w == "pp" or (w == "p" and w2 == "." and t.word(k + 2) == "p"):
            return "percentage_point", 1 if w == "pp" else 3 + (t.word(k + 3) == ".")
        return None

    def _pp_tail(self, k: int) -> int:
        t = self.t
        if t.word(k) == "(" and t.word(k + 1) == "p" and t.word(k + 3) == "p":
            return 5 + (t.word(k + 5) == ")")
        return 0

    def _range(self, i: int, j: int, first: float, spelled: bool
               ) -> tuple[float, float, int] | None:  # fmt: skip
        """The second bound after token ``j`` (``i``: the first token of the first bound,
        currency sign included, so that "between $2bn and $3bn" is one range)."""
        t = self.t
        w = t.word(j + 1)
        if spelled or w not in ("-", "–", "—", "to", "or", "y", "and"):
            return None
        if w in ("y", "and") and t.word(i - 1) not in ("entre", "between"):
            return None
        if w == "to" and t.word(i - 1) == "from" and self._moved(i - 1):
            return None  # "has risen by 169%, from 1,768 to 4,751": a move, not a range
        k = j + 2
        got = self.lex.currencies_before.after(t.words, k)
        if got is not None and t.is_digits(k + got[1]):
            k += got[1]
        if not t.is_digits(k) or (self._is_year(t.words[k]) and self._is_year_value(first)):
            return None
        numeral = read_numeral(t, k, self.conv)
        scale2, last = self._scales(numeral.last)
        if numeral.value < first and scale2 == 1.0:
            return None
        if self._is_year(t.words[i]) and (k > j + 2 or scale2 != 1.0):
            return None  # "in 1997 to £91.3 billion": a year, then a level
        return numeral.value, scale2, last

    def _moved(self, k: int) -> bool:
        """A change word stands in the eight tokens before token ``k`` ("rose … from")."""
        t = self.t
        return any(
            self.lex.changes.before(t.words, m) is not None for m in range(max(0, k - 7), k + 1)
        )

    def _unit_after(self, k: int) -> tuple[str, int] | None:
        t = self.t
        got = self.lex.units.after(t.words, k)
        if got is None:
            return None
        unit, n = got
        if t.words[k] == "c" and not t.joined(k):
            return None  # "4C" but not "4 c"
        if t.words[k] in ("t", "hours", "horas", "mi", "ft", "ha", "km") and t.word(k + n) == "-":
            return None
        if unit == "hour":
            return None  # a duration, handled as context
        return unit, n

    def _rate(self, k: int) -> tuple[str, int] | None:
        """("/day", tokens) or ("/100000 people", tokens) for "per day", "por cada 100 mil
        habitantes", "per dollar", "a year"."""
        t, w = self.t, self.t.word(k)
        n = 0
        if w in ("per", "por", "cada", "a", "an", "each"):
            n = 1
            if t.word(k + 1) == "cada":
                n = 2
        elif w == "annually":
            return "/year", 1
        elif w == "al" and t.word(k + 1) in _RATE_TIME and t.word(k + 2) not in ("de", "del"):
            return f"/{_RATE_TIME[t.words[k + 1]]}", 2  # "al año", but not "al mes de abril"
        else:
            return None
        d = t.word(k + n)
        if d in ("cent", "ciento", "capita"):
            return None
        if w in ("a", "an") and t.word(k + n + 1) in ("earlier", "ago", "before", "later", "after"):
            return None  # "31.94 million tonnes a year earlier": a time, not a rate
        if d in _RATE_TIME and (w != "a" or d in ("day", "year", "week", "month", "hour")):
            return f"/{_RATE_TIME[d]}", n + 1
        if w in ("a", "an"):
            # "$81.40 a barrel", "$3.10 a gallon": a price per unit of measure
            unit = self.lex.units.after(t.words, k + n)
            if unit is not None and unit[0] not in ("hour",) and len(t.words[k + n]) > 2:
                return f"/{unit[0]}", n + unit[1]
            return None
        cur = self.lex.currencies_after.after(t.words, k + n)
        if cur is not None and cur[0] not in ("centavos",):
            return f"/{self._code(cur[0])}", n + cur[1]
        unit = self.lex.units.after(t.words, k + n)
        if unit is not None and unit[0] not in ("hour",):
            return f"/{unit[0]}", n + unit[1]
        if t.is_digits(k + n):
            numeral = read_numeral(t, k + n, self.conv)
            scale, last = self._scales(numeral.last)
            if t.word(last + 1) in _RATE_PEOPLE:
                per = numeral.value * scale
                return f"{per:g} people", last + 2 - k
        return None

    def _noun(self, k: int) -> tuple[str, int] | None:
        """The noun counted after a bare number, and its last token: the first word that is not
        a stop word, or a people word among the next few ("three high-ranking Army generals")."""
        t = self.t
        if t.word(k) in _COPULA and t.word(k + 1) in self.lex.people:
            return t.words[k + 1], k + 1
        j = k
        while t.word(j) in ('"', "“", "‘", "'", "("):
            j += 1
        if t.word(j) in ("more", "fewer", "additional", "extra") and t.is_word(j + 1):
            j += 1  # "45,000 more people"
        if not t.is_word(j) or t.words[j] in _STOP or t.words[j] in _TIME:
            return None
        words: list[int] = []
        m = j
        while len(words) < 4 and m < t.n and m - j < 8:
            if t.is_word(m):
                words.append(m)
            elif t.words[m] not in ("-", '"', "”", "’", "“"):
                break
            m += 1
        for idx in words:
            if t.words[idx] in self.lex.people:
                return t.words[idx], self._hyphenated(idx)
            if t.words[idx] in _STOP:
                break
        if t.words[j] in _TIME:
            return None
        return t.words[j], self._hyphenated(j)

    def _hyphenated(self, k: int) -> int:
        """The last token of a hyphenated word ("self-generating") that starts at ``k``."""
        t = self.t
        while t.word(k + 1) == "-" and t.joined(k + 1) and t.is_word(k + 2) and t.joined(k + 2):
            k += 2
        return k

    def _of_the(self, k: int) -> int | None:
        """ "five of the six indexes", "9 de los 12 meses": the token after the second number."""
        t = self.t
        if (t.word(k), t.word(k + 1)) in {("of", "the"), ("de", "los"), ("de", "las")}:
            j = k + 2
            if t.is_digits(j):
                return read_numeral(t, j, self.conv).last + 1
            if t.word(j) in self.lex.numbers:
                return j + 1
        return None

    def _is_time(self, k: int) -> bool:
        return self.t.word(k) in _TIME

    def _carried(self, i: int, thousands: bool, scaled: bool = False) -> str | None:
        """The unit of the figure before, in this sentence or the one before; a figure in
        thousands or with a scale word never takes a percent or a per-capita rate. A figure
        with a scale word and no noun ("pasaron de 12.5 mil millones") also takes a currency
        named up to three sentences before: money stays the topic of a paragraph."""
        last = self.last_amount if thousands else self.last_unit
        here = self._sentence_index(self.t.starts[i])
        if last is not None:
            sentence, unit, source = last
            money = len(unit) == 3 and unit.isupper()
            # money reaches a later sentence only with a scale word ("3.9 billion"): "the toll
            # rose to 1,130" after "$1.5 billion" is not dollars
            reach = (3 if scaled else 0) if money else 1
            if here - sentence <= reach:
                self.context = source
                return unit
        if not thousands and self.rate_context is not None and self._in_rate_paragraph(i):
            self.context = self.rate_context[2]
            return self.rate_context[1]
        return None

    def _in_rate_paragraph(self, i: int) -> bool:
        """The figure is in the paragraph where a rate's denominator was stated without its
        figure ("the rate per 100,000 population began at 23.6 … rose to 35.1"), or in the
        first paragraph after a heading that states it ("Robbery rates per 100,000 residents")."""
        assert self.rate_context is not None
        line, rate_line = bisect_right(self.line_starts, self.t.starts[i]), self.rate_context[0]
        if line == rate_line:
            return True
        heading = self.lines[rate_line - 1].strip()
        if not heading or heading[-1] in ".!?:;" or len(heading) > 150:
            return False
        following = rate_line + 1
        while following < line and not self.lines[following - 1].strip():
            following += 1
        return following == line

    def _after_of_the(self, i: int) -> bool:
        t = self.t
        return (t.word(i - 1), t.word(i - 2)) in {("the", "of"), ("los", "de"), ("las", "de")} \
            and (t.is_digits(i - 3) or t.word(i - 3) in self.lex.numbers)  # fmt: skip

    def _counts_people(self, i: int) -> bool:
        lo = max(0, i - 30)
        return any(w in _POPULATION for w in self.t.words[lo : i + 4])

    def _table_cell(self, i: int) -> bool:
        """ "Deaths | 41": a figure in a table row, after its heading."""
        t = self.t
        return t.word(i - 1) == "|" and t.word(i - 2) in self.lex.people

    def _quotes_the_dollar(self, i: int) -> bool:
        """The sentence prices the dollar in pesos ("… pesos por dólar", "tipo de cambio")."""
        window = self.t.words[max(0, i - 25) : i + 25]
        pairs = set(pairwise(window))
        return ("por", "dólar") in pairs or ("de", "cambio") in pairs or ("per", "dollar") in pairs

    def _dollar_bought(self, i: int) -> bool:
        """ "a dollar bought 20 pesos", "tasa de cambio peso dólar … de $4.603": a price of the
        dollar in the local currency."""
        window = set(self.t.words[max(0, i - 12) : i])
        dollar = bool(window & {"dollar", "dólar"})
        return dollar and bool(window & {"bought", "buys", "buy", "compraba", "cambio", "trm",
                                         "exchange"})  # fmt: skip

    def _is_year(self, digits: str) -> bool:
        return len(digits) == 4 and 1500 <= int(digits) <= 2100

    def _is_year_value(self, value: float) -> bool:
        return value.is_integer() and 1500 <= value <= 2100

    def _is_context(self, i: int, j: int, value: float, spelled: bool, scale: float,
                    decimals: int, has_unit: bool = False) -> bool:  # fmt: skip
        """Years, dates, decades, ordinals, identifiers: not quantities."""
        t = self.t
        nxt = t.word(j + 1)
        if has_unit:
            return False
        if spelled:
            return False
        raw = t.words[i]
        if t.joined(j + 1) and (nxt in _ORDINAL_SUFFIX or nxt in ("'", "’")):
            return True  # 21st, 1950s, 60s
        if t.joined(j + 1) and t.is_word(j + 1):
            return True  # 4x4, 10am
        if scale == 1.0 and j == i and self._is_year(raw):
            return True
        if scale == 1.0 and j == i and nxt in ("-", "–", "/") and self._is_year(raw):
            return True
        months = _month_words()
        if t.word(i - 1) in months or (t.word(i - 2) in months and t.word(i - 1) == "."):
            return True  # April 19
        if nxt in months or (nxt == "de" and t.word(j + 2) in months):
            return True  # 19 April, 26 de julio
        if t.word(i - 1) in _CONTEXT_BEFORE or t.word(i - 1) in ("#", "№"):
            return True
        if t.word(i - 1) == "[" and nxt == "]":
            return True  # a footnote mark
        if (nxt == "/" and t.is_digits(j + 2)) or (t.word(i - 1) == "/" and t.is_digits(i - 2)):
            return True  # 14/3/06
        if nxt in (":", ".") and t.is_digits(j + 2) and t.joined(j + 2):
            return True  # 10:30, 1.2.3
        return nxt in ("o", "a") and t.word(j + 2) == "." and self.lang == "en"

    def _change_after(self, k: int) -> tuple[str, str, int] | None:
        """ "un 3% más", "43% más alto", "a 1.2-percent increase", "3.422 millones más"."""
        t = self.t
        w = t.word(k)
        if w in ("más", "superior", "mayor") and t.word(k + 1) not in ("de", "del"):
            last = k + (t.word(k + 1) in ("alto", "alta"))
            return w, "up", last
        if w in ("menos", "inferior", "menor") and t.word(k + 1) not in ("de", "del", "que"):
            return w, "down", k
        if w in ("increase", "rise", "gain", "jump", "decline", "drop", "decrease", "fall"):
            up = w in ("increase", "rise", "gain", "jump")
            return w, "up" if up else "down", k
        return None

    def _code(self, code: str) -> str:
        if code == "$":
            return self.peso if self.lang == "es" else "USD"
        return self.peso if code == "PESO" else code

    # ------------------------------------------------------------------ the record
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
        given = extra.pop("record", None)
        record = given if isinstance(given, str) else self._record(s, e, start)
        if extra.get("context") == sentence:
            extra["context"] = ""
        return Mention(
            text=text[start:end].strip(), start=start, end=end, line=line, sentence=sentence,
            value=value, magnitude=magnitude, unit=unit,
            period=periods[0].text if periods else None, periods=periods, record=record,
            lang=self.lang, **extra,  # type: ignore[arg-type]
        )  # fmt: skip

    def _near_periods(self, s: int, e: int, start: int, end: int) -> tuple[Period, ...]:
        """The periods of the sentence within 80 characters: after the figure first (unless
        another number stands between), then before it."""
        lo = bisect_left(self.period_starts, max(s, start - 80))
        hi = bisect_right(self.period_starts, min(e, end + 80))
        near = [p for p in self.periods[lo:hi] if p.start >= s and p.end <= e]
        after = [p for p in near if p.start >= end and not _has_number(self.scan[end : p.start])]
        before = [p for p in near if p.end <= start]
        before.reverse()
        return tuple(after + before)

    def _record(self, s: int, e: int, start: int) -> str | None:
        t = self.t
        lo = bisect_left(self.records, bisect_left(t.starts, max(s, start - 120)))
        for k in self.records[lo : lo + 4]:
            if t.starts[k] >= min(e, start + 120):
                break
            got = self.lex.records.after(t.words, k)
            if got is not None:
                return got[0]
        return None


def _is_bracket(low: float, high: float, scale: float) -> bool:
    """ "250,000 to 499,999", "10K to 49K", "10 to 49 employees": bounds that tile a scale of
    groups (a round lower bound, an upper bound one below a round number) define a group."""
    if not (low and high) or not low.is_integer() or not high.is_integer():
        return False
    lo, hi = round(low / scale), round(high / scale)
    return lo % 10 == 0 and hi % 10 == 9 and hi > lo


def _value_text(printed: str, value: float, decimals: int, scale: float) -> str:
    """The figure in the value grammar, keeping the precision it was printed with: a scale the
    grammar has no word for ("800 crore", "120 mil", "five hundred") is rewritten in one it has
    ("8.00 billion", "120 thousand", "500")."""
    if scale == 1.0:
        return printed
    if scale in _SCALE_WORD:
        return f"{printed} {_SCALE_WORD[scale]}"
    magnitude = value * scale
    if scale < 1:  # centavos
        return f"{magnitude:.{decimals + round(-math.log10(scale))}f}"
    step = scale / 10**decimals
    for word_scale in (1e12, 1e9, 1e6, 1e3):
        if magnitude >= word_scale and step <= word_scale:
            places = max(0, round(-math.log10(step / word_scale)))
            return f"{magnitude / word_scale:.{places}f} {_SCALE_WORD[word_scale]}"
    return f"{magnitude:.0f}"


_DURATION = re.compile(r"\b(?:\d+|twelve)[- ](?:months?|years?|weeks?|meses|años)\b", re.IGNORECASE)


def _has_number(text: str) -> bool:
    """Another figure stands in ``text`` (a duration such as "the 12 months ending" does not)."""
    if len(text) > 100:
        return True
    return any(c.isdigit() for c in _DURATION.sub("", text))


def _decimals_of(value: float) -> int:
    text = f"{value:g}"
    return len(text.split(".", 1)[1]) if "." in text else 0


_MONTHS_CACHE: frozenset[str] = frozenset()


def _month_words() -> frozenset[str]:
    from figcheck.draft.periods import MONTHS

    return frozenset(MONTHS) | frozenset(
        ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    )


_COLOMBIA = ("colombia", "bogotá", "dane", "trm", "banco de la república", "medellín")
_MEXICO = ("méxico", "mexico", "banxico", "inegi", "cdmx", "mexicanos")


def _peso_currency(text: str) -> str:
    """What "pesos" and "$" mean in a Spanish text: Colombian or Mexican pesos, by which
    country's names and institutions the text mentions more."""
    head = text[:20000].lower()
    colombia = sum(head.count(w) for w in _COLOMBIA)
    return "COP" if colombia > sum(head.count(w) for w in _MEXICO) else "MXN"


def _pair_conversions(found: list[Mention], scan: str) -> list[Mention]:
    """ "$352bn (£216bn)": the bracketed money figure converts the one before it."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        between = scan[first.end : second.start]
        if (
            re.fullmatch(r"\s*[(\[]\s*", between)
            and re.fullmatch(r"[A-Z]{3}", first.unit)
            and re.fullmatch(r"[A-Z]{3}", second.unit)
            and first.unit != second.unit
        ):
            out[i] = replace(second, paired_with=i - 1)
    return out
