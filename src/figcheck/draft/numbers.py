"""Numbers as printed: digits, spelled numbers and Spanish "mil" composition, scale words, and
the numbers that are context, not quantities (years, dates, ordinals, identifiers)."""

from __future__ import annotations

from bisect import bisect_right

from figcheck.draft.mention import ScanState
from figcheck.draft.scanner import read_numeral
from figcheck.draft.vocabulary import (
    CONTEXT_BEFORE,
    ES_MONTH_ABBREVIATIONS,
    FUEL_GRADES,
    HALF_AFTER,
    MAGNITUDE,
    OF_THE_PAIRS,
    ORDINAL_SUFFIX,
    STOP,
    THOUSAND_BEFORE,
    TIME,
    month_words,
)

#: The words that may follow "un punto" of a share ("más de un punto porcentual", "un punto
#: con respecto a", "un punto y …"): a noun after it makes it a place ("un punto de venta").
_POINT_ENDS = frozenset(["porcentual", "y", "e", "o", "en", "con", "por", "respecto", "frente",
                         "más", "menos", "que"])  # fmt: skip


class NumberReader(ScanState):
    """Reads the number at a token and tells numbers that are context."""

    def _literal(self, i: int, spelled: bool) -> tuple[float, str, int, int] | None:
        """(value, printed, decimals, last token) of the number at ``i``, Spanish "mil"
        composition included ("14 mil 880", "mil 904", "26 MIL 037")."""
        t = self.t
        if spelled and t.words[i] == "zero":
            tail = self._spelled_decimal(i)  # "zero-point-six": only a decimal's whole part
            return None if tail is None else (tail[0], f"0.{tail[1]}", len(tail[1]), tail[2])
        literal = self._whole_literal(i, spelled)
        if literal is None:
            return None
        value, _, decimals, last = literal
        tail = self._spelled_decimal(last) if decimals == 0 and value.is_integer() else None
        if tail is not None:  # "eleven-point-59", "14-point-seven": a broadcast's decimal
            fraction, digits, last = tail
            return value + fraction, f"{value:.0f}.{digits}", len(digits), last
        return literal

    def _one_point(self, i: int) -> bool:
        """Spanish "un punto" (token ``i`` is "un") after a word that bounds or moves it ("más
        de un punto", "inferior a un punto", "la pérdida de un punto", "bajó un punto") and
        ending its phrase ("un punto porcentual", "un punto."): one point of a share; "un punto
        de venta" names a place."""
        t = self.t
        if self.lang != "es" or t.word(i + 1) != "punto":
            return False
        if t.is_word(i + 2) and t.words[i + 2] not in _POINT_ENDS:
            return False
        return t.word(i - 1) in ("de", "a", "en") or self.lex.changes.before(t.words, i) is not None

    def _mil_tail(self, k: int) -> bool:
        """Token ``k`` is the hundreds after "mil": three digits ("14 mil 880"), or, as the
        Mexican press prints them unpadded, one or two ("2 mil 87", "cuatro mil 114", "mil 52"
        are 2,087, 4,114 and 1,052), not a year nor a figure of its own after a comma."""
        t = self.t
        return t.is_digits(k) and 1 <= len(t.words[k]) <= 3 and t.gap(k) == " "

    def _spelled_decimal(self, last: int) -> tuple[float, str, int] | None:
        """(fraction, its digits, last token) of the decimal part a broadcast transcript
        spells after a whole number: "-point-59", "-point-seven", "-point-five-three"."""
        t = self.t
        if not (t.word(last + 1) == "-" and t.word(last + 2) == "point" and t.word(last + 3) == "-"
                and t.joined(last + 1) and t.joined(last + 2) and t.joined(last + 3)
                and t.joined(last + 4)):  # fmt: skip
            return None
        k = last + 4
        if t.is_digits(k):
            digits = t.words[k]
        else:
            digits = ""
            while self._digit_word(k) is not None and t.joined(k):
                digits += str(self._digit_word(k))
                if not (t.word(k + 1) == "-" and t.joined(k + 1)
                        and self._digit_word(k + 2) is not None and t.joined(k + 2)):  # fmt: skip
                    break
                k += 2
            if not digits:
                return None
        return int(digits) / 10 ** len(digits), digits, k

    def _digit_word(self, k: int) -> int | None:
        """The digit a spelled word names ("seven", "zero"), or None."""
        w = self.t.word(k)
        if w == "zero":
            return 0
        entry = self.lex.numbers.get(w)
        if entry is None or entry[1] != self.lang or not 0 <= entry[0] <= 9:
            return None
        return int(entry[0])

    def _whole_literal(self, i: int, spelled: bool) -> tuple[float, str, int, int] | None:
        """The number at ``i`` before any spelled decimal part."""
        t = self.t
        if spelled:
            w = t.words[i]
            of_scale = self._fraction_of_scale(i)
            if of_scale is not None:  # "a quarter of a million": the scale follows
                share, last = of_scale
                return share, f"{share:g}", len(f"{share:g}".partition(".")[2]), last
            if self._one_of_scale(i):
                return 1.0, "1", 0, i  # "a million people", "one hundred", "un millón"
            if w == "un" and self._one_point(i):
                return 1.0, "1", 0, i  # "más de un punto": one point
            if w == "dozen":
                dozen = 6.0 if t.word(i - 2) == "half" else 12.0
                return dozen, f"{dozen:g}", 0, i
            if w == "mil":
                if self._mil_tail(i + 1):  # "mil 904"; Mexican press also "mil 52" (1,052)
                    return 1000 + float(t.words[i + 1]), f"{1000 + int(t.words[i + 1]):,}", 0, i + 1
                if t.word(i + 1) in ("millones", "millón", "millon"):
                    return 1.0, "1", 0, i - 1  # "mil millones": "mil" is read as a scale word
                rest = self._literal(i + 1, True) if t.word(i + 1) in self.lex.numbers else None
                if rest is not None and rest[0] < 1000:  # "mil quinientos"
                    return 1000 + rest[0], f"{1000 + rest[0]:,g}", 0, rest[3]
                if t.word(i - 1) in THOUSAND_BEFORE and t.is_word(i + 1) \
                        and t.words[i + 1] not in STOP and t.words[i + 1] not in TIME:  # fmt: skip
                    return 1000.0, "1000", 0, i  # "por debajo de los mil delitos"
                return None
            value, lang = self.lex.numbers[w]
            if lang != self.lang:
                return None
            last = i
            if value in (100, 200, 300, 400, 500, 600, 700, 800, 900):
                nxt = self.lex.numbers.get(t.word(i + 1))
                if nxt is not None and nxt[1] == self.lang and nxt[0] < 100:
                    value, last = value + nxt[0], i + 1  # "ciento cincuenta", "doscientos diez"
                elif w == "ciento":
                    return None  # "por ciento"
            i_tens = last
            if (
                t.word(i_tens + 1) == "-"
                and t.joined(i_tens + 1)
                and t.word(i_tens + 2) in self.lex.numbers
                and value % 100 >= 20
            ) or (
                value % 100 >= 20
                and t.word(i_tens + 1) == "y"
                and t.word(i_tens + 2) in self.lex.numbers
                and self.lex.numbers[t.word(i_tens + 2)][0] < 10
            ):
                value += self.lex.numbers[t.word(i_tens + 2)][0]
                last = i_tens + 2
            elif (
                self.lang == "en"
                and value in (20, 30, 40, 50, 60, 70, 80, 90)
                and self.lex.numbers.get(t.word(i_tens + 1), (0, ""))[1] == "en"
                and 0 < self.lex.numbers[t.word(i_tens + 1)][0] < 10
            ):  # "twenty eight months": an English compound spelled without its hyphen
                value += self.lex.numbers[t.word(i_tens + 1)][0]
                last = i_tens + 1
            if (t.word(last + 1), t.word(last + 2), t.word(last + 3)) in HALF_AFTER:
                return value + 0.5, f"{value + 0.5:g}", 1, last + 3  # "one and a half million"
            if (t.word(last + 1), t.word(last + 2)) == ("y", "medio"):
                return value + 0.5, f"{value + 0.5:g}", 1, last + 2  # "dos y medio millones"
            if self.lang == "es" and t.word(last + 1) == "mil" and self._mil_tail(last + 2):
                tail = read_numeral(t, last + 2, self.conv)  # "tres mil 365 millones"
                composed = value * 1000 + tail.value
                return composed, f"{composed:,g}", tail.decimals, tail.last
            return float(value), f"{value:g}", 0, last
        numeral = read_numeral(t, i, self.conv)
        last = numeral.last
        if (self.lang == "es" and t.word(last + 1) == "mil" and self._mil_tail(last + 2)
                and not numeral.decimals):  # fmt: skip
            tail = read_numeral(t, last + 2, self.conv)  # "62 mil 314.9 millones"
            composed = numeral.value * 1000 + tail.value
            printed = f"{int(composed):,}" + (f".{str(tail.printed).split('.')[1]}"
                                               if tail.decimals else "")  # fmt: skip
            return composed, printed, tail.decimals, tail.last
        return numeral.value, numeral.printed, numeral.decimals, last

    def _fraction_of_scale(self, i: int) -> tuple[float, int] | None:
        """(fraction, last token before the scale word) for "half a million", "a quarter of a
        million", "three quarters of a billion", "medio millón"."""
        t = self.t
        if t.words[i] == "medio" and self._is_scale(i + 1):
            return 0.5, i
        got = self.lex.fractions.after(t.words, i)
        if got is None:
            return None
        k = i + got[1]
        if t.word(k) == "of":
            k += 1
        if t.word(k) in ("a", "an") and self._is_scale(k + 1):
            return float(got[0]) / 100, k
        return None

    def _one_of_scale(self, i: int) -> bool:
        """ "a million", "one million", "one hundred", "un millón", "una decena de miles", "el
        millón de sacos": one of a scale word (of two letters or more, so not "a m")."""
        t = self.t
        nxt = t.word(i + 1)
        if self.lang == "es" and t.words[i] in ("el", "del") and t.word(i + 2) == "de":
            entry = self.lex.scales.get(nxt)  # "superó el millón de sacos"
            return entry is not None and entry[1] == "es" and entry[0] >= 1e6
        if t.words[i] not in ("a", "an", "one", "un", "uno"):
            return False
        if self.lang == "es" and t.words[i] in ("a", "an"):
            return False  # "beneficiará a millones de trabajadores": a preposition, no figure
        entry = self.lex.scales.get(nxt)
        return entry is not None and entry[1] == self.lang and entry[0] >= 100 and len(nxt) > 2

    def _compound_scale(self, j: int, scale: float) -> tuple[float, int] | None:
        """(the tail's magnitude, its last token) for a figure that adds a smaller scaled figure
        after its scale word: Spanish "un millón 600 mil", "4 billones 500 mil millones", "28
        millones 427 mil 436", "$2 millones 700.000 pesos" (a tail in thousands with its
        separators); English, as spoken or written in India, "31 million 500 thousand", "1720
        crore 11 lakh" (a scaled tail smaller than the scale, never another bare one)."""
        t = self.t
        if self.lang == "es" and scale >= 1e6 and t.word(j + 1) in self.lex.numbers \
                and t.word(j + 2) == "mil" and not t.joined(j + 1):  # fmt: skip
            tail = self._literal(j + 1, spelled=True)  # "708 millones seis mil 731 pesos"
            if tail is None:
                return None
            tail_scale, last = self._scales(tail[3])  # "2 millones tres mil personas"
            if tail_scale not in (1.0, 1000.0) or tail[0] * tail_scale >= scale:
                return None
            return tail[0] * tail_scale, last
        if scale < (1e6 if self.lang == "es" else 1e5) or not t.is_digits(j + 1) or t.joined(j + 1):
            return None
        tail = self._literal(j + 1, spelled=False)  # "28 millones 427 mil 436": "mil" composed
        if tail is None:
            return None
        numeral = read_numeral(t, j + 1, self.conv)
        composed = tail[3] > numeral.last and self.lang == "es"
        # "$2 millones 700.000 pesos": a tail in thousands printed with its separators
        grouped = self.lang == "es" and numeral.last > j + 1 and tail[0] >= 1000 and tail[2] == 0
        tail_scale, last = self._scales(tail[3])
        if not (1.0 < tail_scale < scale
                or ((composed or grouped) and tail_scale == 1.0 and tail[0] < scale)):  # fmt: skip
            return None
        if tail[0] * tail_scale >= scale:
            return None  # "3 million 5,000 thousand" is two figures, not one
        return tail[0] * tail_scale, last

    def _hundreds_tail(self, j: int) -> tuple[float, int] | None:
        """(the spelled number under a hundred after "hundred" at ``j``, its last token):
        "three hundred and twelve", "two hundred and eighty-five", "one hundred twenty"."""
        t = self.t
        if self.lang != "en" or t.word(j) != "hundred":
            return None
        k = j + 1 + (t.word(j + 1) == "and")
        entry = self.lex.numbers.get(t.word(k))
        if entry is None or entry[1] != "en" or not 1 <= entry[0] < 100:
            return None
        tail = self._literal(k, spelled=True)  # "eighty-five" read as the scanner reads it
        if tail is None or tail[2] or not 1 <= tail[0] < 100:
            return None
        return tail[0], tail[3]

    def _is_scale(self, k: int) -> bool:
        entry = self.lex.scales.get(self.t.word(k))
        return entry is not None and entry[1] == self.lang and entry[0] >= 1e3

    def _scales(self, j: int) -> tuple[float, int]:
        t, scale = self.t, 1.0
        while True:
            w = t.word(j + 1)
            entry = self.lex.scales.get(w)
            if w == "dozen" and self.lang == "en":
                entry = (12.0, "en")  # "two dozen": not a power of ten, so not in scales.tsv
            if w == "m" and self.lang == "es" and t.word(j + 2) == "€" and t.joined(j + 2):
                scale, j = scale * 1e6, j + 1  # "167,5M€", "3,5 M€": millions of euros
                continue
            if entry is None or entry[1] != self.lang:
                return scale, j
            if w in ("m", "b", "k") and not t.joined(j + 1):
                return scale, j
            if w in ("m", "b", "k") and t.is_word(j + 2) and self.scan[t.starts[j + 2]].isupper():
                return scale, j  # "221B Baker Street": an address, not billions
            if w == "mil" and t.is_digits(j + 2):
                return scale, j
            if w == "tn" and scale != 1.0:
                return scale, j  # "2.5 mln tn": tonnes after a scale word, not a trillion
            scale *= entry[0]
            j += 1

    def _glued_to_word(self, i: int) -> bool:
        """MX1, G20, COVID-19: digits stuck to letters are part of a name."""
        t = self.t
        # "RM3,060", "Rs10,000", "Ksh5": a currency in capitals glued to its figure, not a name
        capital = self.scan[t.starts[i - 1]].isupper() if i > 0 else False
        money = t.word(i - 1) in ("rm", "rs", "ksh", "kshs", "kes") and capital
        money = money or self._letter_currency(i) is not None  # "N2.3 trillion" in Lagos
        # "USD1.4 billion", "GHS12.5billion", "RMB48.2": an ISO code (or "RMB") in capitals
        prev = self.scan[t.starts[i - 1] : t.ends[i - 1]] if i > 0 else ""
        money = money or (prev.isupper() and (prev.lower() in self.lex.codes or prev == "RMB"))
        # "$C130 million", "$A2.5 billion", "$NZ40": a dollar sign, then the country's letters
        money = money or (t.word(i - 2) == "$" and t.joined(i - 1) and prev in ("C", "A", "NZ"))
        glued = t.joined(i) and t.is_word(i - 1) and t.words[i - 1] not in ("us", "ud", "km")
        if glued and not money:
            return True
        # "earnings per diluted share(2)(3)": a footnote mark in brackets glued to a word
        if t.word(i - 1) == "(" and t.joined(i) and t.joined(i - 1) and t.word(i + 1) == ")" \
                and t.joined(i + 1) and (t.is_word(i - 2) or t.word(i - 2) == ")"):  # fmt: skip
            return True
        dashed = t.word(i - 1) == "-" and t.joined(i) and t.joined(i - 1) and t.is_word(i - 2)
        return dashed and t.words[i - 2] not in MAGNITUDE  # "magnitude-6.8" is a magnitude

    def _decimal_tail(self, i: int) -> bool:
        """The digits after a decimal point or thousands separator joined to digits before
        ("27.3", "4.480.000"): a part of the number before, never a figure of its own."""
        t = self.t
        return (
            t.word(i - 1) in (".", ",") and t.joined(i) and t.joined(i - 1) and t.is_digits(i - 2)
        )

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

    def _score(self, i: int) -> bool:
        """ "3-2", "51-49": two whole numbers joined by a dash, the second smaller, neither with
        a unit after it (a score, a vote; "15-40%" is a range and "2-3 degrees" too)."""
        t = self.t
        if t.word(i + 1) not in ("-", "–") or not (t.joined(i + 1) and t.joined(i + 2)):
            return False
        if not (t.is_digits(i + 2) and len(t.words[i]) <= 3 and len(t.words[i + 2]) <= 3):
            return False
        after = t.word(i + 3)
        decimal = after in (".", ",") and t.joined(i + 3) and t.is_digits(i + 4) and t.joined(i + 4)
        glued = t.is_word(i + 3) and t.joined(i + 3)  # "2-3C", "10-4pm"
        return int(t.words[i + 2]) < int(t.words[i]) and after != "%" and not decimal and not glued

    def _is_year(self, digits: str) -> bool:
        return len(digits) == 4 and 1500 <= int(digits) <= 2100

    def _is_year_value(self, value: float) -> bool:
        return value.is_integer() and 1500 <= value <= 2100

    def _time_pair(self, k: int) -> bool:
        """The figure from token ``k`` (the second of a pair) places a time or names a term:
        "11,000 years ago", "10 year bonds" (a singular time word before a noun)."""
        t = self.t
        while t.joined(k + 1) and (t.is_digits(k + 1) or t.word(k + 1) in (",", ".")):
            k += 1
        unit, after = t.word(k + 1), t.word(k + 2)
        if unit in ("years", "months", "weeks", "days") and after in ("ago", "old", "earlier"):
            return True
        return unit in ("year", "month") and t.is_word(k + 2) and after.endswith("s") \
            and after not in STOP and after not in TIME  # fmt: skip

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
        if nxt in ("and", "to", "or") and t.is_digits(j + 2) and self._time_pair(j + 2):
            return True  # "between 17,000 and 11,000 years ago", "in 5 and 10 year bonds"
        if t.word(i - 1) in ("<", "=", ">", "≤", "≥") and t.word(i - 2) == "p" and value < 1:
            return True  # "(p<0.07)", "p = 0.0006": a study's p-value, no claim of its own
        if t.joined(j + 1) and (nxt in ORDINAL_SUFFIX or nxt in ("'", "’")):
            return True  # 21st, 1950s, 60s
        if t.joined(j + 1) and t.is_word(j + 1):
            return True  # 4x4, 10am
        if scale == 1.0 and j == i and self._is_year(raw):
            return True
        if scale == 1.0 and j == i and nxt in ("-", "–", "/") and self._is_year(raw):
            return True
        months = month_words() | (ES_MONTH_ABBREVIATIONS if self.lang == "es" else frozenset())
        if t.word(i - 1) in months or (t.word(i - 2) in months and t.word(i - 1) == "."):
            return True  # April 19
        if t.word(i - 1) in ("to", "and", "-", "–", "al", "y") and t.word(i - 3) in months \
                and t.is_digits(i - 2) and raw.isdigit() and int(raw) <= 31:  # fmt: skip
            return True  # "April 10 to 16", "between May 2 and 9": the range's last day
        if scale == 1.0 and (nxt in months or (nxt == "de" and t.word(j + 2) in months)):
            return True  # 19 April, 26 de julio (not "6.726 millones de enero a junio")
        if t.word(i - 1) in CONTEXT_BEFORE or t.word(i - 1) in ("#", "№"):
            return True
        if t.word(i - 1) == "semana" and t.word(i - 2) == "la" and value <= 53 and j == i:
            return True  # "hasta la semana 14": an epidemiological week's number
        if t.word(i - 1) in FUEL_GRADES and 80 <= value <= 100 and j == i and scale == 1.0:
            return True  # "la gasolina Súper 95 costaba …": a fuel's grade, no quantity
        if nxt in ("octanos", "octane") and 80 <= value <= 100:
            return True  # "la bencina de 93 octanos"
        if t.word(i - 1) in ("and", "y", "&", ",") and t.is_digits(i - 2) \
                and t.word(i - 3) in CONTEXT_BEFORE:  # fmt: skip
            return True  # "Props 1 and 2", "Sections 8 and 9": the second name
        if t.word(i - 1) == "[" and nxt == "]":
            return True  # a footnote mark
        if (nxt == "/" and t.is_digits(j + 2)) or (t.word(i - 1) == "/" and t.is_digits(i - 2)):
            return True  # 14/3/06
        if nxt in (":", ".") and t.is_digits(j + 2) and t.joined(j + 2):
            return True  # 10:30, 1.2.3
        return nxt in ("o", "a") and t.word(j + 2) == "." and self.lang == "en"

    def _of_the(self, k: int) -> int | None:
        """ "five of the six indexes", "9 de los 12 meses", "tres de sus once clases": the token
        after the second number."""
        t = self.t
        if (t.word(k), t.word(k + 1)) in OF_THE_PAIRS:
            j = k + 2
            if t.is_digits(j):
                return read_numeral(t, j, self.conv).last + 1
            if t.word(j) in self.lex.numbers:
                return j + 1
        return None

    def _after_of_the(self, i: int) -> bool:
        t = self.t
        return (t.word(i - 2), t.word(i - 1)) in OF_THE_PAIRS \
            and (t.is_digits(i - 3) or t.word(i - 3) in self.lex.numbers)  # fmt: skip
