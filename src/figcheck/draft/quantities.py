"""The scan that reads each quantity of a text: a number with its currency, scale, unit, range,
rate, hedge and change (:meth:`QuantityScan.run`), and the value text in the claims' grammar."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from dataclasses import replace

from figcheck.draft.mention import Kind, Mention, has_number
from figcheck.draft.scanner import read_numeral
from figcheck.draft.shares import ShareReader
from figcheck.draft.vocabulary import (
    ADVERBIAL,
    AGE,
    AGE_GROUPS,
    ARTICLES,
    BASIS_POINT_WORDS,
    BULLETS,
    CASE_NOUNS,
    CHART,
    CHART_PARTS,
    CHILDREN_WORDS,
    CLOCK_TIME,
    CLOSE_QUOTES,
    COMPARATIVES,
    CONTAINERS,
    EQUIVALENT,
    EVENT_NOUNS,
    EVENT_UNITS,
    FAMILY_GROUPS,
    FAMILY_WORDS,
    FLOW_NOUNS,
    GROUP_TAIL,
    GROUPS,
    HIGH_LOW,
    INDEX_POINTS,
    INDEX_WORDS,
    LAYOUT,
    LEVEL_BEFORE,
    LIFT_WORDS,
    LIST_ARTICLES,
    LISTED_MOVE_END,
    MAGNITUDE,
    MAKEUP_OF,
    MANNER_NOUNS,
    MARKET_REPORT_WORDS,
    MARKET_VERBS,
    MDP,
    MILL_TAX_WORDS,
    MONEY_TOPICS,
    MULTIPLE_AFTER,
    MULTIPLES,
    NAMED_LIST_PREPOSITIONS,
    NOT_DENOMINATORS,
    NOT_THINGS,
    OF_THE_DETERMINERS,
    OPEN_QUOTES,
    OR_MORE,
    ORDER_WORDS,
    OTHERS,
    PASS_VERBS,
    PER_TIME_WORDS,
    POINT_PARTS,
    POPULATION,
    PRICE_BEFORE,
    RANGE_SUBJECTS,
    RANGED,
    RATE_TIME,
    ROADS,
    ROOM_WORDS,
    SHARE_ALL,
    SHARE_NAMED,
    STAY_WORDS,
    STOCK_WORDS,
    STOP,
    STREAK_UNIT,
    STREETS,
    SUMS_NOT_PRICES,
    TIME,
    TIME_ZONES,
    TRADE_TERMS,
    TRADED,
    WEEKDAYS,
    month_words,
)
from figcheck.model.units import SCALE_WORDS

#: The word the value grammar writes for each scale: the checker's longest spelling of it
#: (1e6 → "million", not "mn").
_SCALE_WORD = {
    scale: max((w for w, m in SCALE_WORDS.items() if m == scale), key=len)
    for scale in sorted(set(SCALE_WORDS.values()))
}


#: A scale word or letter printed after a figure ("$2 billion", "N9.471tn", "£1.7bn", "30.9m").
_SCALED = re.compile(
    r"\d\s*(?:[kmb]n?|tn|thousand|million|billion|trillion|crores?|lakhs?)\b", re.IGNORECASE
)


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
    ("8.00 billion", "120 thousand", "500"). Digits of other scripts ("٥٠", "６０") are written
    0-9: the value grammar reads only those."""
    if not printed.isascii():
        printed = re.sub(r"\d", lambda digit: str(unicodedata.decimal(digit[0])), printed)
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


def _with_tail(
    value: float, decimals: int, tail: tuple[float, int], scale: float
) -> tuple[float, int, str, int]:
    """``value`` (in units of ``scale``) with a smaller figure printed after its scale word
    added (``tail``: its magnitude and last token): the value, its decimals, as printed, the
    last token."""
    added, last = tail
    value += added / scale
    decimals = max(decimals, _decimals_of(round(value, 6)))
    return value, decimals, f"{value:.{decimals}f}", last


def _decimals_of(value: float) -> int:
    text = f"{value:g}"
    return len(text.split(".", 1)[1]) if "." in text else 0


def _pair_conversions(found: list[Mention], scan: str) -> list[Mention]:
    """ "$352bn (£216bn)": the bracketed money figure converts the one before it. A conversion
    printed without the rate's denominator takes it from the figure it converts: "£6.19 ($9.58
    USD) an hour", "65 pesos a day (roughly $5.10)" are both per hour, per day."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        between = scan[first.end : second.start]
        if (
            re.fullmatch(r"\s*[(\[]\s*", between)
            and re.fullmatch(r"[A-Z]{3}(/.+)?", first.unit)
            and re.fullmatch(r"[A-Z]{3}(/.+)?", second.unit)
            and first.unit[:3] != second.unit[:3]
        ):
            if len(second.unit) == 3 and len(first.unit) > 3 and second.value.endswith(second.unit):
                unit = second.unit + first.unit[3:]
                second = replace(second, unit=unit, value=second.value[:-3] + unit)
            if first.unit[3:] == second.unit[3:]:  # "CNY 48,950 ($7,860) per metric ton"
                out[i] = replace(second, paired_with=i - 1)
    return out


#: Members of a chamber ("95 diputados") count the seats a party won after a sentence
#: naming seats (its own or the one before: "… con 124 escaños. … el PSOE, con 95 diputados").
_SEAT_HOLDERS = frozenset(["diputados", "diputadas", "senadores", "concejales", "legisladores"])
_SEATS = re.compile(r"\b(?:escaños?|asientos|seats?|bancas|curules)\b", re.I)


#: Spanish finite verbs of the third person plural (preterite "-aron"/"-ieron"/"-yeron",
#: imperfect "-aban"/"-ían", and the commonest irregular ones): after a figure, a verb, not
#: the noun it counts (quantities._participle).
_FINITE_VERB = re.compile(
    r"^(?:[^\W\d_]{2,}(?:aron|ieron|yeron|aban|ían)|fueron|son|eran|serán|serían|están|"
    r"estaban|estuvieron|tienen|tenían|tuvieron|han|habían|hubo|hay)$"
)
#: Verbs of a price in the present (quantities._unit_after_verb: "30 pesos cuesta el litro").
_PRICE_VERBS = frozenset(["cuesta", "vale", "alcanza", "ronda", "promedia", "cotiza"])
#: Rooms that class a dwelling, and the dwellings (quantities._dwelling_class).
_ROOMS = frozenset(["ambientes", "dormitorios", "recámaras", "habitaciones", "bedrooms",
                    "bedroom", "rooms", "bed"])  # fmt: skip
_DWELLINGS = frozenset(["departamento", "departamentos", "unidades", "unidad", "usados",
                        "usado", "viviendas", "vivienda", "casas", "casa", "apartment",
                        "apartments", "flats", "flat", "homes", "home", "houses", "house",
                        "units", "unit", "condos", "pisos", "piso"])  # fmt: skip
#: The words that may follow the thing of a Spanish rate "por finca" (quantities._por_thing).
_POR_THING_ENDS = frozenset(["y", "e", "o", "en", "con", "que", "para", "al", "a", "mientras",
                             "frente", "según"])  # fmt: skip
#: The temperature scales a degree sign may stand before ("40° Celsius", "104° F").
_SCALE_NAMES = frozenset(["c", "f", "celsius", "fahrenheit", "centígrados", "centigrados"])
#: Words that bound a move in points before "de"/"a" ("más de un punto", "inferior a un
#: punto"), and the words of a percent in a text (quantities._points_of_a_share).
_POINT_BOUNDS = frozenset(["más", "menos", "inferior", "superior", "cerca", "alrededor"])
_PERCENT_WORDS = re.compile(r"\bpor ciento\b|\bper ?cent\b|\bpercent\b")
#: Words of a lead before "points" ("leads by 22 points", "is up 10 points") and a text on a poll.
_LEAD_WORDS = frozenset(["leads", "lead", "led", "ahead", "up", "trails", "trail", "behind",
                         "ventaja", "aventaja", "supera"])  # fmt: skip
#: Lines of a video format ("2160p", "1080p"): not pence in a text that prints no sterling.
_VIDEO_LINES = frozenset([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320])
#: Words of a company's earnings whose cents are per share once a sum per share was given.
_EARNINGS_WORDS = frozenset(["profit", "profits", "income", "earnings", "earned", "eps", "loss"])
#: Packs a price may be "for a" (per a pack is per count): "$5.20 for a dozen".
_PACKS = frozenset(["dozen", "pack", "carton", "box", "bottle", "can", "bag", "loaf", "jar"])
#: Words that may follow a forecast's bare reading ("drop to 27 tonight", "39 on Tuesday").
_AFTER_READING = frozenset(["on", "in", "and", "tonight", "today", "tomorrow", "by", "at",
                            "for", "with", "then", "or", "before", "after", "that", "this",
                            "overnight"])  # fmt: skip
#: Verbs of a lead that "by N points" can follow further back in the clause.
_LEAD_VERBS = frozenset(["leads", "lead", "led", "trails", "trail", "trailed", "ahead", "behind"])
#: Nouns of a lead after "an N-point" in a poll.
_LEAD_NOUNS = frozenset(["lead", "edge", "gap", "margin", "advantage", "deficit", "swing"])
#: A text that prints Peruvian soles: its "céntimos" are hundredths of the sol.
_SOLES = re.compile(r"\bsoles\b|\bS/")
_POLL_TEXT = re.compile(r"\b(?:polls?|polled|pollsters?|surveyusa|encuestas?|sondeos?)\b", re.I)


#: The seats an election is counted per: votes "per constituency", "per seat" are a rate.
_PER_SEAT = frozenset(["constituency", "const", "seat", "district", "riding", "ward", "escaño",
                       "distrito"])  # fmt: skip


#: Lodgings whose class is counted in stars ("hoteles de 4 y 5 estrellas", "a 5-star hotel").
_HOTELS = frozenset(["hotel", "hotels", "hoteles", "hostales", "hostal", "resort", "resorts",
                     "restaurants", "restaurantes", "alojamientos"])  # fmt: skip
_STAR_LIST = frozenset(["y", "and", ",", "-", "o", "or"])


#: Nouns that count people, and the words that may link them to a bare figure after them
#: (quantities._people_subject).
_PEOPLE_SUBJECTS = frozenset(["attendance", "attendances", "crowd", "crowds", "audience",
                              "spectators", "headcount"])  # fmt: skip
_PEOPLE_LINKS = frozenset(["of", "was", "is", "were", "given", "as", "reached", "hit",
                           "stood", "at", "an", "a", "official", "estimated", "record",
                           "total", "over", "about", "around", "nearly", "almost", "some",
                           "roughly", "approximately", "than", "more", "just", "close",
                           "to"])  # fmt: skip
#: Verbs of a level between a subject and its bare figure (quantities._unit_subject).
_LEVEL_VERBS = frozenset(["are", "is", "were", "was", "reached", "totalled", "totaled",
                          "stood", "hit", "rose", "fell"])  # fmt: skip
#: Words before a figure in pounds that make them a weight, not money.
_WEIGHT_WORDS = frozenset(
    ["weight", "weighs", "weighed", "weighing", "weigh", "stone", "heavier", "lighter"]
)  # fmt: skip


class QuantityScan(ShareReader):
    """One pass over one text: every quantity in order of appearance."""

    def run(self) -> list[Mention]:
        t, i = self.t, 0
        while i < t.n:
            got = self._at(i)
            if got is None:
                i = max(i + 1, self.skip_to + 1)
                continue
            mention, last = got
            mention = self._move_of_a_rate(mention)  # "171.8 bushels per acre, up 1.9 bushels"
            mention = self._per_share_of_the_move(mention)  # "to N21.59 from N20.57, gaining N1.02"
            mention = self._rate_of_the_list_head(mention)  # "$0.41 per $100 …:\n- $0.20 for debt"
            if re.fullmatch(r"[A-Z]{3}/count", mention.unit):
                self._price_the_move_before(mention)  # "a decline of 4.2p to 393.6p"
            if self._per_measure(mention.unit):
                self._price_the_move_before(mention)  # "rose 67 cents, or 0.7%, to $91.31 a barrel"
                source = mention.context or mention.sentence
                self.last_price = (self._sentence_index(mention.start), mention.unit, source)
            self.found.append(mention)
            if self.number_scale != 1.0 and re.fullmatch(r"[A-Z]{3}", mention.unit):
                at = self._sentence_index(mention.start)
                source = mention.context or mention.sentence
                self.scaled_money.append((at, mention.unit, self.number_scale, source))
            self.number_scale = 1.0
            if re.fullmatch(r"[A-Z]{3}/count", mention.unit) and SHARE_NAMED.search(
                mention.sentence
            ):
                self.share_price_at = self._sentence_index(mention.start)
            if mention.unit == "GBP/count" and re.search(r"\dp\b", mention.text):
                self.pence_shares = True  # a market report: its later moves in pence are too
            # a spelled share ("a third") gives no unit to the bare figures after it; spelled
            # people do ("Two people were killed, and 114 have suffered injuries")
            seat_rate = mention.start <= self.seat_rate_at < mention.end
            if seat_rate:
                pass  # "24225 per constituency": the next bare figure is no rate
            elif mention.unit and (has_number(mention.text) or mention.unit == "people"):
                source = mention.context or mention.sentence
                unit = mention.unit
                if mention.start <= self.average_at < mention.end:
                    # "un promedio mensual de 2 mil 87 homicidios. … Baja California, con 207":
                    # the figures after an average count its noun; its period stays with it
                    unit = unit.rpartition("/")[0]
                self.last_unit = (self._sentence_index(mention.start), unit, source)
                if mention.unit not in ("percent", "percentage_point") and " " not in mention.unit:
                    self.last_amount = self.last_unit
            elif not mention.unit and (
                mention.noun in INDEX_POINTS or mention.start <= self.index_level_at < mention.end
            ):  # "rose 2 points to 105.3", "fell 1.2 per cent from 187.64 to 185.39"
                at = self._sentence_index(mention.start)
                self.last_unit = (at, "dimensionless", mention.context or mention.sentence)
                self.last_amount = self.last_unit  # "fell 30 points, or 0.7%, to 4,300"
            i = max(last + 1, i + 1)
        return _pair_conversions(self.found, self.scan)

    def _at(self, i: int) -> tuple[Mention, int] | None:
        t, w = self.t, self.t.words[i]
        if self._fraction_of_scale(i) is not None or self._one_of_scale(i):
            return self._number(i, spelled=True)  # "half a million", "a million", "un millón"
        fraction = self._fraction(i)
        if fraction:
            return fraction
        if w in MULTIPLES:
            return self._multiple(i)
        if t.is_digits(i) and (slashed := self._slash_fraction(i)) is not None:
            return slashed or None  # "1/4 of", "Portion of …: 1/3"; "3/4 inch" is no figure
        if t.is_digits(i):
            return self._number(i, spelled=False)
        if w == "dozen" and t.word(i - 1) == "a":
            return self._number(i, spelled=True)  # "a dozen homes", "half a dozen trucks"
        if w == "zero" and self._spelled_decimal(i) is not None:
            return self._number(i, spelled=True)  # "zero-point-six percent"
        if w in self.lex.numbers or (self.lang == "es" and w == "mil"):
            return self._number(i, spelled=True)
        if w == "un" and self._one_point(i):
            return self._number(i, spelled=True)  # "más de un punto", "inferior a un punto"
        return None

    def _peek(self, k: int) -> tuple[Mention, int] | None:
        """The figure at token ``k``, read ahead of the one being read (its context and skip
        left as they were; callers stop at a depth of 4)."""
        self.peek_depth += 1
        saved = (self.context, self.skip_to)
        try:
            return self._number(k, spelled=False)
        finally:
            self.peek_depth -= 1
            self.context, self.skip_to = saved

    def _number(self, i: int, spelled: bool) -> tuple[Mention, int] | None:
        t, lex = self.t, self.lex
        quake_dash = t.word(i - 1) == "-" and t.word(i - 2) in MAGNITUDE  # "magnitude-6.8"
        if (
            not spelled
            and not quake_dash
            and (self._glued_to_word(i) or self._in_identifier(i) or self._model_number(i))
        ):
            return None
        if not spelled and self._decimal_tail(i):
            return None  # "27.3" when "27" was context: its tail is no figure either
        if not spelled and self._after_dash(i):
            return None  # "a 3-2 win": the second of two joined numbers is never alone
        if not spelled and self._score(i):
            return None  # "won 3-2", "a 5-4 ruling": a score or a vote
        if not spelled and self._clock_or_quarter(i):
            return None  # "5:30 p.m.", "0949 GMT", "al 2T de 2024": a time or a quarter
        if spelled and t.word(i - 1) == "number" and self.lang == "en":
            return None  # "the world's number two phone maker": a rank
        if not spelled and self._hour_of_day(i):
            return None  # "before 2 p.m.", "between 8 and 11 p.m.", "at 8pm": an hour
        if not spelled and self._weekday_date(i):
            return None  # "el mismo domingo 22, cuando …", "on Sunday 22": a day of the month
        if self._star_rating(i) or self._dwelling_class(i):
            return None  # "hoteles de 4 y 5 estrellas", "departamentos de dos ambientes": a class
        if not spelled and self._ordinal_sign(i):
            return None  # "el 32° Encuentro Nacional", "la 5ª edición": an ordinal
        if not spelled and self._item_number(i):
            return None  # "2. Annual CPIH inflation rate": the number of a heading or an item
        if spelled and t.word(i - 1) in ("or", "o") and t.word(i - 2) in TIME \
                and t.word(i - 3) in ("a", "an", "un", "una"):  # fmt: skip
            return None  # "a day or two earlier", "un día o dos": a duration
        literal = self._literal(i, spelled)
        if literal is None:
            return None
        value, printed, decimals, j = literal
        if spelled and j > i and t.is_digits(j) and t.word(j - 1) == "mil":
            spelled = False  # "cuatro mil 114 más": its digits read it as a figure (was "mil 114")
        if self._denominator(i, value, j):  # also spelled: "por cada cien mil habitantes"
            return None
        rooms = t.word(j + 1) == "-" and t.joined(j + 1) and t.word(j + 2) in ROOM_WORDS
        if rooms and t.joined(j + 2) and t.is_word(j + 3) and t.words[j + 3] not in STOP:
            self.skip_to = j + 2
            return None  # "five-room flats", "a three-bedroom house": a kind of home
        point = not spelled and decimals == 0 and j == i and self._leading_point(i)
        if point:  # ".009": a decimal printed without its zero
            value, decimals = float(f"0.{t.words[i]}"), len(t.words[i])
            printed = f"0.{t.words[i]}"
        # a currency before the number
        currency, first = None, i - 1 if point else i
        got = self._currency_before(i)
        if got is not None and not spelled:
            code, n = got
            if n == 2 and t.words[i - 2] == "us" and self.scan[t.starts[i - 2]] == "u":
                code, n = "$", 1  # "costs each of us $210": the pronoun, not US$
            if code != "$" or t.joined(i) or t.gap(i) == " ":
                currency, first = self._code(code), i - n
                if t.words[i - n] == "us" and n == 1 and t.gap(i) != " ":
                    currency, first = None, i
        # scale words
        if spelled and self.lang == "en" and j == i and t.word(j + 1) == "-" \
                and t.joined(j + 1) and t.joined(j + 2) and t.word(j + 2) == "hundred":  # fmt: skip
            j += 1  # "Two-hundred and eighty-five": the hyphen joins the number to its scale
        scale, j = self._scales(j)
        tens = self._hundreds_tail(j) if spelled and scale == 100 else None
        if tens is not None:  # "three hundred and twelve", "one hundred twenty" (were 12, 100)
            value, decimals, printed, j = _with_tail(value, decimals, tens, scale)
            more, j = self._scales(j)  # "two hundred and fifty thousand people"
            scale *= more
        compound = self._compound_scale(j, scale)
        if compound is not None:  # "un millón 600 mil", "4 billones 500 mil millones"
            value, decimals, printed, j = _with_tail(value, decimals, compound, scale)
        if not spelled and t.word(j + 1) == "+" and t.joined(j + 1) and t.is_word(j + 2) \
                and t.gap(j + 2) == " " and t.words[j + 2] not in STOP:  # fmt: skip
            j += 1  # "130+ cars": more than 130 cars; the sign is read past to the noun
        if scale == 1.0 and t.word(j + 1) == "-" and t.joined(j + 1) and t.joined(j + 2):
            joined_scale, k = self._scales(j + 1)  # "the 700-billion dollar bailout"
            if joined_scale != 1.0 and (
                currency is not None  # "a $2-billion fund", "a R100-billion debt"
                or self._currency_at(k + 1, "after") is not None
                or (t.word(k + 1) == "-" and self._hyphen_currency(k + 2) is not None)
                or (  # "a 3-mln-tn target", "a 40-mln-barrel plan": a unit joined after
                    t.word(k + 1) == "-"
                    and t.joined(k + 1)
                    and t.joined(k + 2)
                    and lex.units.after(t.words, k + 2) is not None
                )
                or self._counted_after_scale(k + 1)  # "three-lakh samples a day", "10-crore people"
            ):
                scale, j = joined_scale, k
        pct: str | None = None
        if (
            point
            and t.word(j + 1) in ("of", "de")
            and (self._money_at(j + 2) or t.word(j + 2) in OF_THE_DETERMINERS)
        ):  # ".009 of $540 million": a share of it, in percent
            pct, value = "percent", round(value * 100, 12)
            decimals = max(decimals - 2, 0)
            printed = f"{value:.{decimals}f}"
        unit: str | None = None
        noun: str | None = None
        low = high = None
        kind: Kind = "quantity"
        # a hyphenated rate, unit or percent: "a $35,000-a-year job", "a 500-mile pipeline",
        # "a 2.5 million-barrel-a-day pipeline", "a 1.2-percent increase"
        rate_tail = self._hyphen_rate(j + 1)
        if rate_tail is not None:
            j = rate_tail[1]
        run_record: str | None = None
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
                rate_tail = self._hyphen_rate(j + 1)
                if rate_tail is not None:
                    j = rate_tail[1]
            elif t.words[j + 2] in MAGNITUDE or t.words[j + 2] == "fold":
                unit, j = "dimensionless", j + 2  # "a 6.4-magnitude earthquake", "a 10-fold rise"
            elif currency is None and t.words[j + 2] in ("cent", "cents") and self.lang == "en":
                # "an 89-cent washer": cents of the text's dollar
                currency, scale, j = self._cents_currency(), scale * 0.01, j + 2
                if t.is_word(j + 1) and t.words[j + 1] not in STOP | NOT_THINGS:
                    rate_tail, j = ("/count", j + 1), j + 1  # the price of one thing
            elif currency is None and self._hyphen_currency(j + 2) is not None:
                currency, j = self._hyphen_currency(j + 2) or "", j + 2  # "a $1.6 billion-dollar"
            elif self._hyphen_run(j + 2) is not None:
                unit, run_record, j = self._hyphen_run(j + 2) or ("", None, j)  # "3-day run"
            elif self._poll_lead(j + 2):
                pct, j = "percentage_point", j + 3  # a poll's "6-point lead"
            elif self._hyphen_count(i, j + 2, value):
                unit, noun, j = "count", t.words[j + 2], self._hyphenated(j + 2)
            elif t.words[j + 2] in EVENT_UNITS and t.word(j + 3) in EVENT_NOUNS:
                unit, j = EVENT_UNITS[t.words[j + 2]], j + 3  # "a 27-day trial": its length
            else:
                return None  # "a 12-month increase", "a 35-year-old man": context
        # a range: "2.3-5.5 per cent", "3 to 4C", "15-40%", "0.2%-0.4%"
        after_pct = self._percent(j + 1)
        r = self._range(first, j + (after_pct[1] if after_pct else 0), value, spelled)
        if r is not None and after_pct is not None:
            # "0.2%-0.4%" is a range; "fell by 0.4 percentage point to 6.3 percent" is not
            second_pct = self._percent(r[2] + 1)
            dash = t.word(j + after_pct[1] + 1) in ("-", "–", "—") or self._ranged_from(first)
            dash = dash or self._high_low(first, j + after_pct[1]) is not None
            dash = dash or self._between(first)  # "entre el 65% y el 68%", "between 3% and 4%"
            if not dash or second_pct is None or second_pct[0] != after_pct[0]:
                r = None
        if r is not None and r[0] == value and r[1] == 1.0 == scale:
            self.skip_to = r[2]
            return None  # "a 50-50 split": a ratio of equal parts, not a range
        if r is not None and pct is None and unit is None:
            second, scale2, j = r
            if (scale == 1.0 and scale2 != 1.0) or (
                self.lang == "es" and scale == 1e3 and scale2 >= 1e9
            ):  # "between 2 and 4 billion"; "entre 2 mil y 4 mil millones"
                scale = scale2
            low, high = sorted((value * scale, second * scale2))  # the high may come first
            kind = "range"
            decimals = max(decimals, _decimals_of(second))
            value = (low + high) / 2 / scale
            printed = f"{value:.{decimals + 1}f}".rstrip("0").rstrip(".")
        basis = (t.word(j + 1), t.word(j + 2))
        index_level = False
        if (
            pct is None
            and unit is None
            and basis in BASIS_POINT_WORDS
            and value * scale >= 1000
            and self._stock_index_level(i)
        ):
            # "the All-Share Index closed at 27,574.09 basis points": an index's level in points,
            # not thousands of hundredths of a percentage point
            index_level, j = True, j + 2
        elif (
            pct is None
            and unit is None
            and (basis in BASIS_POINT_WORDS or basis[0] in ("bps", "bp", "pb", "pbs"))
        ):
            # "25 basis points", "25 puntos base", "100 puntos básicos", "25bp", "50 pb":
            # hundredths of a percentage point
            pct, scale = "percentage_point", scale * 0.01
            j += 1 if basis[0] in ("bps", "bp", "pb", "pbs") else 2
        elif pct is None and unit is None and basis == ("p", ".") and t.word(j + 3) == "b":
            # "825 p. b." (puntos base): hundredths of a percentage point
            pct, scale = "percentage_point", scale * 0.01
            j += 3 + (t.word(j + 4) == ".")
        elif pct is None and unit is None and basis[0] in ("points", "puntos") \
                and value * scale >= 10 and self._policy_rate_move(i):  # fmt: skip
            # "raised the key policy rates 25 points", "subir la tasa de interés referencial en
            # 150 puntos": a central bank moves its rate in basis points
            pct, scale, j = "percentage_point", scale * 0.01, j + 1
        elif pct is None and unit is None and basis[0] in POINT_PARTS \
                and basis[1] != "de":  # fmt: skip
            # "un descenso de 20 centésimas", "subió tres décimas": parts of a percentage point
            pct, scale, j = "percentage_point", scale * POINT_PARTS[basis[0]], j + 1
        if pct is None and unit is None:
            got_pct = self._percent(j + 1)
            if got_pct is not None:
                pct, j = got_pct[0], j + got_pct[1]
            elif (
                t.word(j + 1) in ("points", "point", "puntos", "punto")
                and value * scale < 10
                and self._near_percent(i)
            ):
                # "rose by 0.3 points to 5.1 per cent"; "with an average 0.6 point" of a
                # mortgage (its fees: a point is 1% of the loan) is a share in percent
                fees = (t.word(i - 1), t.word(i - 2), t.word(i - 3)) == ("average", "an", "with")
                pct, j = "percent" if fees else "percentage_point", j + 1
        pence = cents = False
        if pct is None and unit is None and currency is not None and first < i:
            again = self._currency_at(j + 1, "after")  # "₡733 cólones por litro", "$270.000
            if again is not None and again[0] != "centavos" and self._code(again[0]) == currency:
                j += again[1]  # pesos la arroba": the sign's currency named again after it
        if pct is None and unit is None and currency is None:
            got_cur = self._currency_at(j + 1, "after")
            if got_cur is not None and t.word(j + 1) in ("pounds", "pound") \
                    and (self._per_measure_after(j + 2) or self._goods_of(j + 2)):  # fmt: skip
                got_cur = None  # "889 pounds per harvested acre", "6 pounds of grain": a mass
            if got_cur is not None and t.word(j + 1) in ("pounds", "pound") \
                    and self._pounds_weigh(first, j + 1):  # fmt: skip
                got_cur = None  # "copper output was 413 million pounds, at $1.77 per pound"
            if got_cur is not None and self._constant_money(first, value, scale):
                self.skip_to = j + got_cur[1]
                return None  # "$1.3 trillion in 2016 dollars": a price basis, not money
            if got_cur is not None and got_cur[0] != "centavos":
                currency, j = self._code(got_cur[0]), j + got_cur[1]
            elif got_cur is not None and (not spelled or t.words[i] not in ("un", "one")):
                # "39.6 centavos", "cinco centavos": hundredths of a peso; "4 centavos de
                # dólar": of a dollar
                cents_of = self._centimo_currency() if t.word(j + 1).startswith("c\u00e9ntim") \
                    or t.word(j + 1) == "centimos" else self.peso  # fmt: skip
                currency, j, scale = cents_of, j + got_cur[1], scale * 0.01
                if t.word(j + 1) == "de" and t.word(j + 2) in ("dólar", "dólares"):
                    currency, j = "USD", j + 2
                elif self._quotes_the_dollar(i):
                    currency = f"{currency}/USD"
            elif self.lang == "es" and t.word(j + 1) in MDP:
                # "62 mil 314 mdp" = millones de pesos; "mdd" dólares; "mmdp" miles de millones
                code, factor = MDP[t.words[j + 1]]
                currency, j, scale = self._code(code), j + 1, scale * factor
            elif self.lang == "es" and j > i and t.word(j) in MDP and got_cur is None:
                code = MDP[t.words[j]][0]  # scales.tsv already applied its million
                currency = self._code(code)
            elif self.lang == "en" and t.word(j + 1) in ("cents", "cent"):
                # "10 cents", "five cents": of the text's dollar (the rand's in a text on South
                # Africa)
                currency, j, scale = self._cents_currency(), j + 1, scale * 0.01
                cents = True
            elif self.lang == "en" and not spelled and self._cents_sign(j + 1):
                # "81c a litre", "15c a share", "150.1¢", "115.0cpl": cents of the text's money
                currency, scale = self._cents_currency(), scale * 0.01
                j += t.word(j + 1) != "cpl"  # "cpl" stays: it is read as the rate, per litre
            elif self.lang == "en" and t.word(j + 1) == "p" and t.joined(j + 1) and not spelled \
                    and (value not in _VIDEO_LINES or self._prints_sterling()):  # fmt: skip
                currency, j, scale = "GBP", j + 1, scale * 0.01  # "340p", "41.2p to 134p": pence
                pence = True
        scaled_unit, width = lex.scaled_units.get(t.word(j + 1)), 1
        if t.word(j + 1) == "bd" and self.lang != "es":
            scaled_unit = None  # "3 bd, 2 ba": bedrooms; Spanish "742.000 bd": barrels a day
        if t.word(j + 2) == "/" and t.joined(j + 2) and t.joined(j + 3):
            slashed = lex.scaled_units.get(f"{t.word(j + 1)}/{t.word(j + 3)}")
            if slashed is not None:
                scaled_unit, width = slashed, 3  # "1.2 mb/d": million barrels a day
        if pct is None and unit is None and currency is None and scaled_unit is not None:
            unit, scale, j = scaled_unit[1], scale * scaled_unit[0], j + width  # "5.5 mmt"
        if pct is None and unit is None and currency is None:
            got_unit = self._unit_after(j + 1)
            if got_unit is not None:
                if got_unit[0] == "count" and t.is_word(j + 1):
                    noun = t.words[j + 1]  # "3 cargas": a thing read as a unit keeps its noun
                unit, j = got_unit[0], j + got_unit[1]
        if pct is None and unit is None and currency is None and not spelled \
                and (mill := self._mill_rate(first, j)) is not None:  # fmt: skip
            unit, j = mill  # "10.28 mills", "a mill levy of 9.08": dollars per $1,000 of value
        if unit is not None and self._container_size(first, j):
            self.skip_to = j  # "sacos de 60 kg", "60-kg bags": the size of what is counted
            return None
        if unit is not None and unit.startswith("delta_degree_"):
            unit = self._temperature(first, j, unit)
        if unit is not None and "degree" in unit and t.word(first - 1) in ("minus", "menos"):
            value, printed, first = -value, f"-{printed}", first - 1  # "minus 12C"
        base = pct or currency or unit or ("dimensionless" if index_level else None)
        if (
            t.word(first - 1) in AGE
            or (base is None and self._age_bound(first))
            or (base is None and self._rank_size(first))
            or (base is None and self._family_size(first, j))
            or (base is None and self._family_makeup(first))
            or (base is None and not spelled and self._citation_mark(first, j))
            or (base is None and self._age_of_person(first))
            or self._group_bound(first, j)
            or self._with_bound(first)
            or self._open_bracket(j)
            or (base is None and not spelled and j == i and self._named_number(i, j))
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
            if j_noun is not None and j_noun[0] in MONEY_TOPICS:
                j_noun = None  # "74 billones de inversión": a sum, its currency said before
            if j_noun is not None and j_noun[0] in month_words():
                j_noun = None  # "6.726 millones de enero a junio": a period, not what is counted
            if j_noun is not None:
                noun, j = j_noun
                base = "people" if noun in lex.people else "count"
        if base is None and t.word(j + 1) in ("times", "veces"):
            if t.word(j + 2) in COMPARATIVES or t.word(j + 2) in MULTIPLE_AFTER:
                base, j, kind = "dimensionless", j + 1, "change"  # "12 times as much"
            elif self._glosses_a_percent_change(first, j + 1):
                base, j, kind = "dimensionless", j + 1, "change"  # "1000 per cent (ten times)"
            else:
                base, j = "count", j + 1  # "shared 12,000 times": how often
        if base is None and not spelled and self._magnitude(i, j, value):
            base = "dimensionless"
        if base is None and not spelled and scale == 1.0 and self._index_named_level(first, j):
            base = "dimensionless"  # "the 4th quarter RPI is 131.4": the index's level
        record: str | None = run_record
        if base is None:
            streak = self._streak(j) or self._streak_to(first, j)
            if streak is not None:
                base, record, j = streak
        if (
            base is None
            and t.word(j + 1) in EVENT_UNITS
            and (
                (t.word(j + 2) in ("de", "of") and t.word(j + 3) in EVENT_NOUNS)
                or (t.word(first - 1) in ("de", "of") and t.word(first - 2) in EVENT_NOUNS)
                or self._length_of_stay(first)
            )
        ):  # "tras 10 horas de debates", "la huelga de 12 días": the length of an event
            base = EVENT_UNITS[t.words[j + 1]]
            j += 3 if t.word(j + 3) in EVENT_NOUNS and t.word(j + 2) in ("de", "of") else 1
        if base is None and (term := self._prison_term(first, j) or self._timed(first, j)):
            base, added, j = term  # "sentenced to 17 years and six months in prison"
            if added:
                value += added
                printed = f"{value:g}"
                decimals = len(printed.partition(".")[2])
        if base is None:
            after_move = self._run_after_move(first, j)  # "falling for two days"
            if after_move is not None:
                base, record, first, j = after_move
        reading = base is None and not spelled and scale == 1.0
        if reading and self._forecast_reading(first, j, value):
            base = f"degree_{self._bare_degree_scale()}"  # "Highs will reach 49": a temperature
        if base is None and not spelled and not self._is_context(i, j, value, spelled, scale,
                                                                 decimals):  # fmt: skip
            shared = self._shared_unit(
                j, t.word(first - 1) in ("from", "de", "desde"), named_by=t.word(first - 1)
            )
            if shared is not None and scale != 1.0 and shared[0] in ("percent", "percentage_point"):
                shared = None  # "to 170.7 million, 6.9 percent above": a scaled level is no percent
            if (shared is None or shared[0] in ("percent", "percentage_point")) and scale == 1.0 \
                    and t.word(first - 1) == "from" and not self._is_year(t.words[i]) \
                    and (level := self._level_after_percent(first)):  # fmt: skip
                # "a 14% increase in offences, from 630 to 719": levels, not percents
                base, shared = level if level != "count" else self._carried(i, True) or level, None
                if base == "dimensionless":
                    self.index_level_at = t.starts[i]
                if base == "count" and self._counts_people(i):
                    base = "people"
            if shared is not None:
                base, scale2, shared_noun = shared
                if base in ("count", "people"):
                    noun = shared_noun
                if scale == 1.0:
                    scale = scale2
        if base is None and t.word(j + 1) in ORDER_WORDS and self._is_time(j + 2):
            return None  # "en los 12 últimos meses": a period, not a quantity
        if base is None and not spelled and scale == 1.0 and pct is None:
            base = self._pair_quoted(i)  # "el USD/MXN cotiza sobre 20.40"
        if base is None and not spelled and (bracketed := self._bracketed_count(first, j)):
            base, noun = bracketed  # "most completions (45) and attempts (70)"
        if base is None and not spelled and (of_share := self._count_of_share(first, j)):
            base, noun = of_share  # "One-third (10,364) of all new homes"
        if base is None and not spelled and self._is_context(i, j, value, spelled, scale,
                                                             decimals):  # fmt: skip
            return None
        if base is None and (self.lex.records.after(t.words, j + 1) or t.word(j + 1) == "biggest"):
            return None  # "the three largest camps": the size of a rank
        if base is None and not spelled and t.word(first - 1) in OTHERS and self._no_noun(j + 1):
            base = self._carried(i, True)  # "45 personas y otras 120": what the one before counted
        if base is None and not spelled and (label := self._line_label(i, j)) is not None:
            base = label or "count"  # "Percentage of all families with a car: 86"
        if base is None:
            of_the = self._of_the(j + 1)
            counted = self._noun(of_the if of_the is not None else j + 1)
            if counted is None and of_the is None:
                counted = self._people_of_the(j + 1, spelled)  # "180,000 of the workers"
            if counted is None and self._after_of_the(i) and t.word(j + 1) in TIME:
                counted = (t.words[j + 1], j + 1)  # "9 de los 12 meses": the 12
            if counted is None and of_the is not None and t.word(of_the) in TIME:
                counted = (t.words[of_the], of_the)  # "9 de los 12 meses": the 9
            if counted is None and of_the is None:
                sized = self._noun_after_size(j + 1)  # "five 180-foot-high boilers", "300 10-inch"
                counted = (sized[0], j) if sized is not None else None
                per = self._rate(sized[1] + 1) if sized is not None else None
                if per is not None and per[0][1:] in RATE_TIME.values():
                    rate_tail = (per[0], j)  # "three 100-car trainloads a day"
            if counted is not None and self._participle(counted[0], counted[1]):
                counted = None  # "the 12.19 million shipped in the same week": a verb
            if counted is not None and self._money_at(counted[1] + 1):
                counted = None  # "2527.9 billion represents $19,000": a verb, not a noun
            if counted is not None and counted[0] in LAYOUT:
                return None  # "a cuatro columnas": page layout
            if counted is not None and counted[0] in CHART_PARTS and self._charted(i):
                return None  # "a line chart with four lines"
            if counted is not None:
                noun, noun_last = counted
                base = "people" if noun in lex.people else "count"
                if noun in _SEAT_HOLDERS and _SEATS.search(self._sentences_text(i)):
                    base = "count"  # "124 escaños. … con 95 diputados": the seats a party won
                if (
                    noun in ("points", "puntos", "punto")
                    and base == "count"
                    and (self._poll_margin(first) or self._points_of_a_share(i, noun_last))
                ):
                    base = "percentage_point"  # a poll: "Burr leads by 22 points"
                if noun in CASE_NOUNS and self._cases_of_people(first):
                    base = "people"  # "las muertes por asfixia sumaron 327 casos"
                if noun in INDEX_POINTS and (
                    self._index_named_before(i) or self._index_move_after_its_name(first, noun_last)
                ):
                    base = "dimensionless"  # "el IPC se ubicó en 46 mil 558.36 unidades"
                if noun in ("annual", "annualized") and t.word(noun_last + 1) in ("pace", "rate"):
                    base, noun_last = "count/year", noun_last + 1  # "a 15.5 million annual pace"
                if of_the is None:
                    j = noun_last
        # the rate's denominator: "per day", "por dólar", "per 100,000 residents", also after
        # what the unit is of ("84,000 barrels of crude oil per day")
        rate = self._rate(j + 1) if rate_tail is None else (rate_tail[0], 0)
        if rate is None and unit is not None and t.word(j + 1) in EQUIVALENT:
            later = self._rate(j + 2)  # "735.000 barriles equivalentes por día"
            rate = (later[0], later[1] + 1) if later is not None else None
        if rate is None and currency is not None:
            rate = self._rate_across_conversion(first, j)  # "CNY 48,950 ($7,860) per metric ton"
        more = unit is not None and t.word(j + 1) in ("more", "less", "fewer", "extra")
        if rate is None and base is not None and (t.word(j + 1) in ("of", "de") or more):
            k = j + 2
            while k < j + 5 and t.is_word(k) and t.words[k] not in ("per", "por", "a", "cada",
                                                                    "each", "every") \
                    and t.words[k] not in PER_TIME_WORDS:  # fmt: skip
                k += 1
            later = self._rate(k)
            if t.word(k) in PER_TIME_WORDS and t.is_word(k + 1) and t.words[k + 1] not in STOP:
                later = None  # "copies of the daily newspaper": an adjective of what follows
            if (
                later is not None
                and later[0].startswith("/")
                and later[0][1:] in (*RATE_TIME.values(), *CLOCK_TIME.values())
            ):
                rate, j = later, k - 1
        if rate is None and (currency is not None or unit is not None) and self.lang == "es":
            rate = self._por_thing(j + 1)  # "4,22 hectáreas por finca", "2 dólares por acción"
        if rate is None and currency is not None and self.lang == "es":
            rate = self._unit_after_verb(j + 1)  # "Los 6 pesos alcanzó el kilogramo de café"
        if rate is None and currency is not None and scale == 1.0 \
                and (against := self._against_money(j + 1)) is not None \
                and against[0] != self._code(currency):  # fmt: skip
            rate = f"/{against[0]}", against[1]  # "150.20 yen to the dollar"
        if rate is None and currency is not None:
            rate = self._per_money(j + 1) or self._per_thing(j + 1) or self._period_after_noun(j)
            rate = rate or self._for_a_unit(j + 1)  # "$4.50 for a pound of coffee"
            if rate is None and t.word(j + 1) in ("more", "less", "extra"):
                per = self._per_thing(j + 2)  # "$9,000 more per student than average"
                rate = (per[0], per[1] + 1) if per is not None else None
        if rate is None and currency is None and pct is None and unit is None and not spelled \
                and t.word(j + 1) in ("per", "/") and t.word(j + 2) in _PER_SEAT:  # fmt: skip
            rate = "/count", 2  # "a mean of 24225 per constituency", "14790 /const"
            self.seat_rate_at = t.starts[i]  # its unit is carried to no bare figure after it
        if rate is not None and pct is not None and rate[0][1:] in RATE_TIME.values():
            j, rate = j + rate[1], None  # "grew 3 percent a year": a percent stays a percent
        if rate is not None:
            denominator, used = rate
            if denominator[1:].isupper() and (base is None or noun in ("unidades", "units")):
                # "17.05 unidades por dólar", "the rand traded at 18.2 per dollar", "the rand
                # had weakened 0.4% from its New York close to 18.2125 per dollar"
                base = self._currency_named_before(i, reach=20) or (
                    self.peso if self.lang == "es" else None
                )
            if base is None:
                carried = self._carried(i, thousands)
                base = carried.split("/")[0] if carried else None
                if base == "percent" and (not denominator.startswith("/")
                                          or denominator[1:].isupper()):  # fmt: skip
                    base = None  # "59.9 per 100,000 people" after a "36%": no percent per people
            if base is None and (self._counts_people(i) or not denominator.startswith("/")):
                base = "people"  # "29 per 100,000 residents"
            if base is None and t.word(j + 1) == "every" and denominator[1:] in RATE_TIME.values():
                base = "count"  # "adds 2 million every month"
            if base is not None:
                base, j = f"{base}{denominator}" if denominator.startswith("/") else \
                    f"{base}/{denominator}", j + used  # fmt: skip
        if base == "count" and rate is None and noun in ("unidades", "units") and scale == 1.0 \
                and self.lang == "es" and self._dollar_bought(i):  # fmt: skip
            base = f"{self.peso}/USD"  # "El dólar interbancario cerró en 19.80 unidades"
        if base in (None, "count") and rate is None and not spelled \
                and self._annual_rate_before(first):  # fmt: skip
            base = "count/year"  # "at a seasonally adjusted annual rate of 1,241,000"
        if rate is None and base is not None and "/" not in base and not pct and not currency \
                and (averaged := self._average_period(first)):  # fmt: skip
            base = f"{base}/{averaged}"  # "un promedio mensual de 2 mil 289 asesinatos"
            self.average_at = t.starts[i]  # the figures after it take its noun, not its period
        if rate is None and unit is not None and base == unit \
                and (per_unit := self._per_unit_before(first)) and per_unit != unit:  # fmt: skip
            base = f"{unit}/{per_unit}"  # "the average yield per acre … to 51.2 bushels"
        flow = self._flow_period(first) if rate is None and unit is not None else None
        if flow is not None and base == unit:
            base = f"{unit}/{flow}"  # "la producción promedio diaria … 736.300 barriles"
        if base is None and t.word(j + 1) in STREAK_UNIT and t.word(j + 2) in ("de", "of") \
                and t.word(j + 3) in FLOW_NOUNS:  # fmt: skip
            base, j = STREAK_UNIT[t.words[j + 1]], j + 3  # "6,2 años de consumo"
        if base is None:
            if self._is_time(j + 1) or (spelled and t.words[i] in ("one", "uno")):
                return None
            if self._years_bracket(j):
                return None  # "jóvenes de 20 a 24 años", "la población de 16 y más años"
            if self._table_cell(i) or self._casualty_verb(first):
                base = "people"  # "Deaths | 41", "the blast killed 17 and injured 285"
            elif not spelled and not thousands and self._against_the_dollar(i):
                base = self._against_the_dollar(i)  # "the peso fell … against the dollar to 19.85"
            elif (
                not spelled
                and thousands
                and (self._people_just_before(first) or self._people_moved_to(first))
            ):
                base = "people"  # "el número de ocupados de 4.480.000": beats a carried unit
            elif not spelled and (named := self._number_of_before(first)):
                base = named  # "the number of fires is down from the average of 54,209"
            elif not spelled and self._population_of(i):
                base = "people"  # "a city with a population of about 3.85 million": not its $
            elif not spelled and self._people_subject(first):
                base = "people"  # "The official attendance was given as 126,047"
            elif not spelled and (subject := self._unit_subject(first)):
                base = subject  # "Acres planted to corn are at 93.3 million"
            elif not spelled and scale == 1.0 and t.word(first - 1) in LEVEL_BEFORE \
                    and self._index_named_before(i):  # fmt: skip
                base = "dimensionless"  # "The Nasdaq Composite closed at 13,000.5"
            elif not spelled and scale == 1.0 and (level := self._level_after_percent(first)):
                # "homicides fell by 4% to 619": no percent; "rose 0.3 points to 5.1": a percent
                base = level if level == "percent" else self._carried(i, True) or level
                if base == "count" and self._counts_people(i):
                    base = "people"
            elif not spelled and scale == 1.0 and (subject := self._pasar_subject(first)):
                base = subject  # "las muertes … pasando de 132": not a carried percent
            elif not spelled and thousands and self._people_verb_after(j):
                base = "people"  # "when 15,498 watched it": a verb only people do beats a carry
            elif not spelled or t.word(i - 1) in ("otras", "otros", "other"):
                # "36 (8%) were under 18": the share in brackets is of it, never its unit
                base = self._carried(i, thousands or self._share_in_brackets(j), scaled=scale)
            if base is None and thousands and not spelled:
                people = self._counts_people(i) or self._people_verb_after(j)
                base = "people" if people else "count"
            if base is None and not spelled and self._dash_heading(i):
                base = "count"  # "7 – There are seven clubs …": the item's heading figure
            if base is None and not spelled and self._toll(i):
                base = "people"  # "the toll climbed to 212"
            if base is None and not spelled and (subject := self._subject_counted(first)):
                base = subject  # "Hospitalisations drop to 106", "Deaths rise to 45"
            if base is None and spelled and value >= 2 and (parallel := self._parallel_count(i, j)):
                base, noun = parallel  # "fell in eight regions, rose in eleven and …"
            if base is None and spelled and value >= 2 and (alone := self._spelled_alone(i, j)):
                base, j = alone  # "julio sumó siete; …", "dos de ellos fueron perpetrados …"
            if base is None:
                return None
        elif not (pct or currency or unit) and spelled and t.words[i] in ("one", "uno") \
                and "/" not in base and scale == 1.0 \
                and not self._last_of_a_list(i, j):  # fmt: skip
            return None  # "one former agent", "uno de ellos": a determiner
        elif not t.is_digits(i) and t.words[j] in MANNER_NOUNS and not (pct or currency or unit) \
                and t.word(j - 1) in ("mil", "cien", "thousand", "hundred"):  # fmt: skip
            return None  # "de mil maneras", "in a thousand ways": a manner of speaking
        if currency and base == currency and currency != "USD" and t.word(j + 1) in TRADE_TERMS \
                and t.word(first) == "$":  # fmt: skip
            base = currency = "USD"  # "$1.853,5 millones FOB": trade values are in dollars
        elif currency and "/" not in base and scale == 1.0 \
                and (of := self._rate_of_currency(i, currency)):  # fmt: skip
            base = f"{currency}/{of}"  # "el tipo de cambio del euro es de 20.15 pesos"
        elif currency and "/" not in base and scale == 1.0 and self._dollar_bought(i):
            base = f"{currency}/USD"
        elif currency and base == currency and scale == 1.0 \
                and self._quote_carried(i, currency, value):  # fmt: skip
            base = f"{currency}/USD"  # "… en Afirme a 17.80 pesos", "a la venta … 19.30 pesos"
        elif currency and base == currency and (head := self._per_head(first, j)):
            base = f"{currency}{head}"  # "costs the average taxpayer $4600" (people)
        elif currency and base == currency and scale == 1.0 \
                and (ahead := self._per_thing_before(first)):  # fmt: skip
            base = f"{currency}{ahead}"  # "earnings per diluted share increased 1.0% to $1.03"
        elif currency and base == currency and cents and self._earnings_cents(first):
            base = f"{currency}/count"  # "… 52 cents a share. … profit rose to 61 cents"
        elif currency and base == currency and scale <= 1.0 \
                and (self._share_price(first)
                     or (pence and self._pence_share(first, j))):  # fmt: skip
            base = f"{currency}/count"  # "Shares of Nokia closed at $4.25", "… 41.2p to 134p"
        elif currency and base == currency \
                and (period := self._periodic(first) or self._periodic_subject(first)):  # fmt: skip
            base = f"{currency}/{period}"  # "annual costs of €60bn"
        elif currency and base == currency and (level := self._level_after_move(first, currency)):
            base = level  # "by $21.38 to $812.60"
        elif currency and base == currency \
                and (to_rate := self._rate_of_later(first, j, currency)):  # fmt: skip
            base = to_rate  # "pasó de S/ 3,10 a S/ 6,20 el kilo": the move's start is per kilo too
        elif (currency or unit) and base in (currency, unit) \
                and (from_rate := self._rate_of_from(first, base)):  # fmt: skip
            base = from_rate  # "from 88 cents per $100 … to 71 cents"
        elif currency and base == currency and (priced := self._priced_unit(first)):
            base = f"{currency}/{priced}"  # "el precio del barril … 78 dólares"
        elif currency and base == currency and scale == 1.0 \
                and (subject := self._subject_unit(first, currency)):  # fmt: skip
            base = f"{currency}/{subject}"  # "El barril de WTI cerró en 78 dólares"
        elif currency and base == currency and scale == 1.0 \
                and (priced_in := self._subject_currency(first, currency)):  # fmt: skip
            base = f"{currency}/{priced_in}"  # "The pound fell to $1.21"
        bracket_sign = (t.word(first - 3), t.word(first - 1)) == ("(", ")")
        if bracket_sign and t.word(first - 2) in ("-", "+", "−") and t.joined(first):
            first -= 3  # "inferior en (-)0.4 puntos": a sign printed in brackets
        hedge, checker, first = self._hedge(first)
        change, direction, cstart = self._change(first)
        if change is None and (by_to := self._move_by_to(first, j)) is not None:
            change, direction, cstart = by_to
        if change is None:
            after = self._change_after(j + 1)
            if after is None and pct == "percentage_point" and t.word(j + 1) in ("menos", "más"):
                after = t.words[j + 1], "down" if t.words[j + 1] == "menos" else "up", j + 1
            superlative = t.word(first - 1) in ("el", "la", "los", "las") and after is not None \
                and after[0] in ("más", "menos")  # fmt: skip
            if after is not None and not superlative:  # "0,5 puntos menos que": a change
                change, direction, j = after
        if change is None:
            signed = self._signed(first)  # "(+49,000)", "(+$1.03;"
            if signed is not None:
                change, direction, cstart = signed
        if change is None and t.word(first - 1) == "or" and self.found:
            before = self.found[-1]  # "rose by 10 cents, or 0.3 percent", "down 0.65% or 48.4
            here = self._sentence_index(t.starts[i])  # points": the same move in other units
            right_before = t.word(first - 2) == "," or t.ends[first - 2] == before.end
            if right_before and before.kind == "change" and before.direction \
                    and self._sentence_index(before.start) == here:  # fmt: skip
                change, direction, cstart = "or", before.direction, first
        lift = first - 2 if t.word(first - 1) == "by" else first - 1
        if change is None and (pct or currency) and t.word(lift) in LIFT_WORDS:
            # "Shares lifted 78p", "improved by 7.9 per cent"
            change, direction, cstart = t.words[lift], LIFT_WORDS[t.words[lift]], lift
        if change is None and pct == "percent" and (listed := self._listed_move(first, j)):
            change, direction, cstart = listed  # "aumentaron 31,2% y 27,7%, respectivamente"
        if change and currency and base == currency:
            base = self._rate_of_sentence(i, currency) or base  # "inferior en cuatro dólares"
        if currency and base == currency and scale == 1.0:
            ranged = (low + high) / 2 if kind == "range" and low is not None and high is not None \
                else None  # fmt: skip
            base = self._market_price(i, currency, bool(change), ranged) or base  # "… to $88.05"
        if currency and base == currency and t.word(j) in ("¢", "c", "cents"):
            base = self._cents_price(i, currency) or base  # "150.1¢ per litre … below 143¢"
        if currency and base == currency and (paid := self._pay_period(first, bool(change))):
            base = f"{currency}/{paid}"  # "hourly wages … +$0.99"
        start_tok = cstart if change else first
        if kind == "range" and t.word(start_tok - 1) in ("between", "from", "entre"):
            start_tok -= 1
        elif kind == "range" and self._between(start_tok):
            start_tok -= 2  # "Entre el 65% y el 68%"
        moved = None
        if t.word(first - 1) == "from" and t.word(first - 2) in ("down", "up"):
            moved = f"{t.words[first - 2]} from"
            start_tok = first - 2
            change, direction = moved, "up" if t.words[first - 2] == "down" else "down"
        elif change is None and t.word(first - 1) == "from" and t.word(j + 1) != "to":
            move = self._move_before(first - 1) or self._move_before_level(first - 1)
            if move is not None:  # "slowed to 3.2% from 3.7%": the earlier level of a move
                change, direction, start_tok = "from", move, first - 1
        context, self.context = self.context, ""
        self.number_scale = scale
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

    def _range(self, i: int, j: int, first: float, spelled: bool
               ) -> tuple[float, float, int] | None:  # fmt: skip
        """The second bound after token ``j`` (``i``: the first token of the first bound,
        currency sign included, so that "between $2bn and $3bn" is one range). A unit word
        printed after both bounds of "between … and" ("entre cinco quetzales y cien
        quetzales", "between 5 kilos and 10 kilos") does not part them; "up 34.6p to 249p" is
        a move, then a level."""
        t = self.t
        if (
            t.is_word(j + 1)
            and t.words[j + 1] not in STOP
            and t.word(j + 2) in ("y", "and")
            and (t.is_digits(j + 3) or t.word(j + 3) in self.lex.numbers)
        ):
            paired = self._range(i, j + 1, first, spelled)
            if paired is not None and t.word(paired[2] + 1) == t.words[j + 1]:
                return paired  # the same unit word after the second bound
        w = t.word(j + 1)
        if w in ("in", "en") and self._ranged_from(i):
            k = j + 2  # "ranged from 16.3 percent in Utah to 9.4 percent": a place between
            while k < j + 6 and t.is_word(k) and t.words[k] not in ("to", "a"):
                k += 1
            if t.word(k) in ("to", "a"):
                j, w = k - 1, t.words[k]
        high_low = self._high_low(i, j)
        if high_low is not None and (sign := self._currency_at(high_low, "before")) is not None:
            high_low += sign[1]  # "… to a high of $298 billion"
        if high_low is not None and t.is_digits(high_low):
            numeral = read_numeral(t, high_low, self.conv)
            scale2, last = self._scales(numeral.last)
            return numeral.value, scale2, last  # "un máximo de 5,76 y un mínimo de 4,89"
        if w in ("a", "al") and self._spanish_span(i, w) and not self._moved(i - 1):
            w = "to"  # "del 7 al 9 por ciento", "entre los 11 a 14 grados"
        if w == "o" and not (spelled and self.lang == "es"):
            return None  # "uno o dos serotipos" (two spelled counts a step apart) only
        if w not in ("-", "–", "—", "to", "or", "o", "y", "and") or (
            spelled and w not in ("to", "y", "and", "or", "o")
        ):
            return None
        if w in ("y", "and") and not self._between(i):
            return None
        if w == "to" and t.word(i - 1) in ("from", "by") and self._moved(i - 1):
            return None  # "has risen by 169%, from 1,768 to 4,751": a move, not a range
        if w == "to" and t.word(i - 1) == "by":
            return None  # "lifting their wage by $21.38 to $812.60": a move, then a level
        k = j + 2
        if t.word(i - 1) in ARTICLES and t.word(k) == t.word(i - 1):
            k += 1  # "entre el 65% y el 68%": the article before each bound
        if spelled and t.is_digits(k) and w in ("to", "and") and self.lang == "en" \
                and self.lex.changes.before(t.words, i) is None:  # fmt: skip
            numeral = read_numeral(t, k, self.conv)  # "Two to 4 inches", "three and 10 trucks"
            if not first < numeral.value <= 100 * max(first, 1.0):
                return None
            scale2, last = self._scales(numeral.last)
            return numeral.value, scale2, last
        if spelled:  # "three to five inches", "entre tres y cinco mil"
            if self.lex.numbers.get(t.word(k), (0, ""))[1] != self.lang:
                return None
            literal = self._literal(k, True)
            if literal is None or literal[0] <= first:
                return None
            if w in ("or", "o") and literal[0] != first + 1:
                return None  # "two or three key markets"; not "one or 20"
            scale2, last = self._scales(literal[3])
            return literal[0], scale2, last
        got = self._currency_at(k, "before")
        if got is not None and t.is_digits(k + got[1]):
            if w == "to" and k + got[1] > j + 2 and self._moved_by(i):
                return None  # "rose $2 to $110", "(+$1.20 to $30.50)": a move, then a level
            k += got[1]
        if not t.is_digits(k) or (self._is_year(t.words[k]) and self._is_year_value(first)):
            return None
        numeral = read_numeral(t, k, self.conv)
        scale2, last = self._scales(numeral.last)
        if (
            w == "to"
            and scale2 == 1.0
            and numeral.value >= 10 * first >= 1000
            and self._moved_by(i)
        ):
            return None  # "claims fell 3,500 to 249,250": a move's size, then the new level
        if numeral.value < first and scale2 == 1.0 and not self._ranged_from(i):
            return None  # (a spread may print its high first: "ranged from 16.3 to 9.4")
        if self._is_year(t.words[i]) and (
            k > j + 2 or scale2 != 1.0 or t.word(i - 1) in ("in", "en", "of", "de", "del")
        ):
            return None  # "in 1997 to £91.3 billion", "in 2019 to 2,345": a year, then a level
        return numeral.value, scale2, last

    def _slash_fraction(self, i: int) -> tuple[Mention, int] | tuple[()] | None:
        """A fraction printed with a slash ("1/4", "2/3"; numerator below a denominator of at
        most ten, no third part as in a date): a share in percent before "of"/"de" or ending a
        "label: value" line; else an empty tuple, the fraction read as no figure ("3/4 inch"
        is a size); None for anything else ("24/7", "9/11", "12/1/2024")."""
        t = self.t
        if t.word(i + 1) != "/" or not (t.joined(i + 1) and t.joined(i + 2) and t.is_digits(i + 2)):
            return None
        if t.joined(i) and t.word(i - 1) in ("/", "-", ".", ","):
            return None
        if t.word(i + 3) in ("/", "-") and t.joined(i + 3):
            return None  # a date
        n, d = int(t.words[i]), int(t.words[i + 2])
        if not (1 <= n < d <= 10) or len(t.words[i]) > 1:
            return None
        self.skip_to = i + 2
        label = t.word(i - 1) == ":" and (i + 3 >= t.n or "\n" in t.gap(i + 3))
        if t.word(i + 3) not in ("of", "de") and not label:
            return ()
        share = n / d * 100
        return self._share_mention(i, i + 2, f"{share:.2f} percent", share, "percent")

    def _population_of(self, i: int) -> bool:
        """The figure at token ``i`` is a population: "a population of (about) 3.85 million",
        "una población de 127 millones" (up to two words of hedge between)."""
        t = self.t
        for k in range(i - 1, max(-1, i - 4), -1):
            if t.words[k] in ("of", "de") and t.word(k - 1) in POPULATION:
                return True
            if not t.is_word(k):
                return False
        return False

    def _people_subject(self, first: int) -> bool:
        """A bare figure a few linking words after a noun that counts people ("the official
        attendance was given as 126,047", "a crowd of 40,000", "population growth (+103,000;"):
        at most five tokens between, all of them linking words."""
        t = self.t
        for k in range(first - 1, max(-1, first - 7), -1):
            if t.words[k] in _PEOPLE_SUBJECTS:
                return True
            if t.words[k] not in _PEOPLE_LINKS:
                return False
        return False

    def _unit_subject(self, first: int) -> str | None:
        """The unit of measure a plural subject opening the sentence names, for a bare figure
        after its verb ("Acres planted to corn are at 93.3 million", "Hectares burned reached
        1.2 million"): a unit word first in the sentence, then at most six words and a verb of
        a level right before the figure (and "at")."""
        t = self.t
        k = first - 1
        if t.word(k) == "at":
            k -= 1
        if t.word(k) not in _LEVEL_VERBS:
            return None
        here = self._sentence_index(t.starts[first])
        for m in range(k - 1, max(-1, k - 8), -1):
            if not t.is_word(m):
                return None
            if self._sentence_index(t.starts[m]) != here:
                return None
            opens = m == 0 or self._sentence_index(t.starts[m - 1]) != here
            if opens:
                unit = self.lex.units.after(t.words, m)
                plural = t.words[m].endswith("s")
                return unit[0] if unit is not None and plural and unit[0] != "hour" else None
        return None

    def _share_price(self, first: int) -> bool:
        """A price per share: its sentence names the shares or the stock before the figure (no
        word of another sum between: "the stock market value … $3 trillion" is no price), after
        "at", "to", "around"… or a change word ("Shares of Exxon rose $2 to $110"); or the
        sentence before gave a price per share and this one says where the market closed,
        opened or traded ("It closed on Friday at $288.10")."""
        t = self.t
        before = t.word(first - 1)
        moved_by = before == "by" and self.lex.changes.before(t.words, first - 1) is not None
        if before not in PRICE_BEFORE and self.lex.changes.before(t.words, first) is None \
                and not moved_by:  # fmt: skip
            return False  # "closed at $4.25", "rose $2 to $110", "plunged by 41.2p"
        here = self._sentence_index(t.starts[first])
        start = max(first - 25, bisect_left(t.starts, self.bounds[here][0]) if here >= 0 else 0)
        words = t.words[start:first]
        for k in range(len(words) - 1, -1, -1):
            if words[k] in STOCK_WORDS and words[k] != "stocks":
                after = words[k + 1] if k + 1 < len(words) else ""
                if after in ("market", "markets", "exchange", "mercado"):
                    return False
                return not any(w in SUMS_NOT_PRICES for w in words[k + 1 :])
        if self.share_price_at is None or not 0 <= here - self.share_price_at <= 1:
            return False
        return any(w in MARKET_VERBS for w in words)

    def _rate_of_later(self, first: int, j: int, currency: str) -> str | None:
        """The rate of the later level of a move stated from a sum with its own currency sign
        ("el limón pasó de S/ 3,10 a S/ 6,20 el kilo", "de $12 a $15 por litro"): the start of
        the move is priced per the same unit. Only right after "from"/"de"/"desde", with the
        later level next after "to"/"a" in the same currency."""
        t = self.t
        if t.word(first - 1) not in ("from", "de", "desde") or t.word(j + 1) not in ("to", "a"):
            return None
        sign = self._currency_at(j + 2, "before")
        if sign is None or self._code(sign[0]) != currency or self.peek_depth >= 4:
            return None
        k = j + 2 + sign[1]
        if not t.is_digits(k):
            return None
        got = self._peek(k)
        unit = got[0].unit if got is not None else ""
        return unit if unit.startswith(f"{currency}/") else None

    def _mill_rate(self, first: int, j: int) -> tuple[str, int] | None:
        """(unit, last token) of a property tax in mills, a dollar per $1,000 of assessed
        value: "10.28 mills" in a sentence about a levy or a tax, or a bare figure after "mill
        levy"/"mill rate" and a linking word ("a mill levy of 9.08", "the mill rate is 12",
        "(mill rate) of 23.36"). "three paper mills" are factories."""
        t = self.t
        dollar = self.dollar
        unit = f"{dollar}/k{dollar}"
        if t.word(j + 1) in ("mill", "mills"):
            here = self._sentence_index(t.starts[first])
            if here < 0:
                return None
            start, end = (bisect_left(t.starts, b) for b in self.bounds[here])
            window = t.words[max(start, first - 30) : min(end, first + 30)]  # bounded: linear
            taxed = any(w in MILL_TAX_WORDS for w in window)
            return (unit, j + 1) if taxed else None
        k = first - 1
        while k > first - 4 and t.word(k) in (")", "of", "to", "is", "was", "at", "be", "will"):
            k -= 1
        if k < first - 1 and t.word(k) in ("levy", "levies", "rate", "rates") \
                and t.word(k - 1) == "mill":  # fmt: skip
            return unit, j
        return None

    def _pence_share(self, first: int, j: int) -> bool:
        """A move or a level in pence in a market report ("Rival Brant Mills tumbled 8.2% to
        141.6p", "the biggest fallers were Alba, down 4p at 100p, …"): after a change word or
        "at"/"to", in a text that already priced a share in pence, or in a sentence that names
        the index or its losers, winners, risers or fallers (a pint of milk "rose 3p to 49p" is
        no share)."""
        t = self.t
        before = t.word(first - 1)
        moved = self.lex.changes.before(t.words, first) is not None or (
            before == "by" and self.lex.changes.before(t.words, first - 1) is not None
        )
        if before not in ("at", "to") and not moved and self._change_after(j + 1) is None:
            return False  # "12.5p lower at 840p": a change after it
        if self.pence_shares:
            return True
        here = self._sentence_index(t.starts[first])
        if here < 0:
            return False
        start, end = (bisect_left(t.starts, b) for b in self.bounds[here])
        window = t.words[max(start, first - 40) : min(end, first + 40)]  # bounded: linear time
        return any(w in MARKET_REPORT_WORDS for w in window)

    def _bracketed_count(self, first: int, j: int) -> tuple[str, str] | None:
        """(unit, noun) of a bare figure alone in brackets right after a plural noun it counts
        ("most completions (45) and attempts (70)", "more arrests (1,240)"): people or a count.
        Not after a time word, a stop word or a capitalised name ("Section (3)")."""
        t = self.t
        if t.word(first - 1) != "(" or t.word(j + 1) != ")" or not t.is_word(first - 2):
            return None
        if first == j and self._is_year(t.words[first]):
            return None  # "de un año atrás (2019)": a year
        noun = t.words[first - 2]
        if noun in STOP or noun in TIME or noun in NOT_THINGS or len(noun) < 4:
            return None
        if not noun.endswith("s") or self.scan[t.starts[first - 2]].isupper():
            return None
        return ("people" if noun in self.lex.people else "count"), noun

    def _count_of_share(self, first: int, j: int) -> tuple[str, str | None] | None:
        """(unit, noun) of a bare figure alone in brackets right after a share, before "of" what
        it is a share of ("One-third (10,364) of all new homes", "Nearly half (2,310) of the
        surveyed nurses"): the count of that share, people or things; never a unit carried from
        the sentence before."""
        t = self.t
        if t.word(first - 1) != "(" or t.word(j + 1) != ")" or not self.found:
            return None
        share = self.found[-1]
        if share.unit != "percent" or share.end != t.ends[first - 2]:
            return None
        if t.word(j + 2) not in ("of", "de", "del"):
            return None
        k = j + 3
        while k < j + 5 and (t.word(k) in OF_THE_DETERMINERS or t.word(k) in SHARE_ALL):
            k += 1
        counted = self._noun(k)
        if counted is None:
            return "count", None
        return ("people" if counted[0] in self.lex.people else "count"), counted[0]

    def _last_of_a_list(self, i: int, j: int) -> bool:
        """ "16 points, eight assists and one block": "one" (token ``i``, its noun ending at
        ``j``) ends a list of counted figures: the figure before, in its sentence, counts a noun
        and only ", " or "and" stand between; the list ends after the noun."""
        t = self.t
        if not self.found or t.word(i - 1) not in (",", "and", "y") or j == i:
            return False
        before = self.found[-1]
        if before.noun is None or before.end > t.starts[i]:
            return False
        between = self.scan[before.end : t.starts[i]]
        if not re.fullmatch(r"\s*,?\s*(?:and\s+|y\s+)?", between):
            return False
        return t.word(j + 1) in (",", ".", ";", ")", "and", "y", "") or j + 1 >= t.n

    def _dash_heading(self, i: int) -> bool:
        """A whole number of one to three digits that opens a line before a spaced dash and a
        capitalised word ("7 – There are seven clubs from London …"): a "in numbers" piece's
        heading figure, which its item restates; a count."""
        t = self.t
        if (i > 0 and "\n" not in t.gap(i)) or len(t.words[i]) > 3:
            return False
        return (
            t.word(i + 1) in ("–", "—")
            and not t.joined(i + 1)
            and t.is_word(i + 2)
            and self.scan[t.starts[i + 2]].isupper()
        )

    def _item_number(self, i: int) -> bool:
        """A short whole number that starts a line and is followed by a point and a word ("2.
        Annual CPIH inflation rate"): it numbers a heading or a list item (not "2.5% was")."""
        t = self.t
        if i > 0 and "\n" not in t.gap(i):
            return False
        return (
            len(t.words[i]) <= 2
            and t.word(i + 1) in (".", ")")
            and t.joined(i + 1)
            and not t.joined(i + 2)
            and t.is_word(i + 2)
            and self.scan[t.starts[i + 2]].isupper()
        )

    def _weekday_date(self, i: int) -> bool:
        """A day of the month right after a weekday's name ("el domingo 22", "Sunday 22"), with
        no unit, percent or decimal after it."""
        t = self.t
        if t.word(i - 1) not in WEEKDAYS or len(t.words[i]) > 2 or not 1 <= int(t.words[i]) <= 31:
            return False
        nxt = t.word(i + 1)
        if nxt in (",", "."):
            return not (t.joined(i + 1) and t.is_digits(i + 2))  # not "Sunday 22.5"
        if nxt in ("de", "of", "cuando", "when", "y", "and"):
            return True  # "el lunes 3 de junio", "el domingo 22, cuando"
        return not t.is_word(i + 1) and nxt != "%"

    def _clock_or_quarter(self, i: int) -> bool:
        """The minutes of a time of day ("5:30 p.m."), a time before a time zone ("0949
        GMT"), or a quarter code before its year ("2T de 2024", "3T 2023")."""
        t = self.t
        if t.word(i - 1) == ":" and t.joined(i) and t.is_digits(i - 2) and t.joined(i - 1):
            return True
        if t.word(i + 1) in TIME_ZONES and self.scan[t.starts[i + 1]].isupper():
            return True
        quarter = t.word(i + 1) == "t" and t.joined(i + 1) and t.words[i] in ("1", "2", "3", "4")
        year = i + 3 if t.word(i + 2) == "de" else i + 2
        if not (quarter and t.is_digits(year) and self._is_year(t.words[year])):
            return False
        return self.scan[t.starts[i + 1]] == "T"

    def _earnings_cents(self, first: int) -> bool:
        """Cents of a company's earnings after its earnings per share: a word of earnings
        ("profit", "income", "earnings") at most 8 tokens back in the sentence, in a text that
        has given a sum per share before ("52 cents a share. … profit rose to 61 cents")."""
        t = self.t
        if not any(m.unit.endswith("/count") and "share" in m.text for m in self.found):
            return False
        here = self._sentence_index(t.starts[first])
        return any(
            t.words[k] in _EARNINGS_WORDS and self._sentence_index(t.starts[k]) == here
            for k in range(max(0, first - 8), first)
        )

    def _for_a_unit(self, k: int) -> tuple[str, int] | None:
        """("/unit", tokens) of a price "for a pound", "for one gallon", "for a dozen" (per a
        pack: per count) from token ``k``; not "for a year" (a period) or "for a family"."""
        t = self.t
        if t.word(k) != "for" or t.word(k + 1) not in ("a", "an", "one", "each", "every"):
            return None
        if t.word(k + 2) in _PACKS:
            return "/count", 3
        got = self.lex.units.after(t.words, k + 2)
        if got is None or got[0] in (*RATE_TIME.values(), *CLOCK_TIME.values()):
            return None
        return f"/{got[0]}", 2 + got[1]

    def _forecast_reading(self, first: int, j: int, value: float) -> bool:
        """A bare figure in a forecast's clause of highs or lows ("Highs will reach 49", "and
        lows will settle at 30", "Highs will be 39 on Tuesday, 48 on Wednesday"): "highs" or
        "lows" in its sentence at most 12 tokens back, no noun after it, a plausible reading."""
        t = self.t
        if not -80 <= value <= 135 or (t.is_word(j + 1) and t.words[j + 1] not in _AFTER_READING):
            return False
        here = self._sentence_index(t.starts[first])
        return any(
            t.words[k] in ("highs", "lows") and self._sentence_index(t.starts[k]) == here
            for k in range(max(0, first - 12), first)
        )

    def _hour_of_day(self, i: int) -> bool:
        """An hour of the clock: a whole number up to 12 before "a.m."/"p.m." ("am"/"pm" glued
        to it or after it), or the first hour of a span of them ("between 8 and 11 p.m.",
        "9 to 11 a.m.")."""
        t = self.t

        def hour(k: int) -> bool:
            if not t.is_digits(k) or len(t.words[k]) > 2 or not 0 < int(t.words[k]) <= 12:
                return False
            if t.word(k + 1) in ("am", "pm"):
                return t.joined(k + 1) or not t.is_word(k + 2) or t.words[k + 2] in STOP
            dotted = t.word(k + 1) in ("a", "p") and t.word(k + 2) == "." and t.word(k + 3) == "m"
            return dotted and t.joined(k + 2) and t.joined(k + 3)

        if t.word(i - 1) in (".", ",") and t.joined(i) and t.joined(i - 1):
            return False  # "1,2 p.m." is no hour
        if hour(i):
            return True
        return t.word(i + 1) in ("and", "to", "-", "–", "until", "till") and hour(i + 2)

    @staticmethod
    def _per_measure(unit: str) -> bool:
        """The unit is a price per a unit of measure ("USD/barrel"), not per a period, a thing,
        people or another currency."""
        money, _, per = unit.partition("/")
        if not per or not (len(money) == 3 and money.isupper()) or per.isupper():
            return False
        periods = (*RATE_TIME.values(), *CLOCK_TIME.values())
        return per not in periods and per != "count" and not per.endswith("people")

    def _pounds_weigh(self, first: int, k: int) -> bool:
        """ "pounds" at token ``k`` weigh: a weight word in the 6 tokens before the figure
        ("weight equal to 100 pounds", "eleven stone and eight pounds"), or a price per pound
        in the rest of its sentence ("413 million pounds, at a cost of $1.77 per pound")."""
        t = self.t
        if any(t.word(m) in _WEIGHT_WORDS for m in range(max(0, first - 6), first)):
            return True
        here = self._sentence_index(t.starts[k])
        for m in range(k + 1, min(t.n, k + 40)):
            if self._sentence_index(t.starts[m]) != here:
                return False
            if t.words[m] in ("pound", "lb") and t.word(m - 1) in ("per", "a", "/"):
                return True
        return False

    def _move_of_a_rate(self, move: Mention) -> Mention:
        """A move printed in a unit of measure after a level of a rate in that unit, in its
        sentence and no smaller than the move, is a move of the rate: "yields average 171.8
        bushels per acre, up 1.9 bushels from 2016" → 1.9 bushel/acre."""
        unit = move.unit
        if unit == "GBP" and move.text.lower().endswith(("pounds", "pound")):
            unit = "pound"  # "889 pounds per acre, down 19 pounds": a mass, if a rate is in it
        level = move.kind != "change"  # "187 bushels per acre, with Illinois … 179 bushels"
        if level:
            k = bisect_left(self.t.starts, move.start)
            if self.t.word(k - 1) not in ("with", "at"):
                return move  # not "… and bins hold 90 bushels": another subject's amount
        if not unit or "/" in unit or unit.isupper() \
                or unit in ("percent", "percentage_point", "count", "people"):  # fmt: skip
            return move
        here = self._sentence_index(move.start)
        for before in reversed(self.found[-6:]):
            if self._sentence_index(before.start) != here:
                return move
            if before.kind == "change" or not before.unit.startswith(f"{unit}/"):
                continue
            if level and not 0.67 * before.magnitude <= move.magnitude <= 1.5 * before.magnitude:
                return move  # a level of the same rate is of its size (not a total: "13 billion")
            if not level and before.magnitude < move.magnitude:
                return move
            value = move.value.removesuffix(move.unit) + before.unit
            return replace(move, unit=before.unit, value=value)
        return move

    def _per_share_of_the_move(self, mention: Mention) -> Mention:
        """A sum with no scale word in a share's move, right after a price per share in the same
        currency in its sentence (at most ten tokens between), is per share too: the move
        after the levels ("soared to N21.59 from N20.57, appreciating by N1.02"), its start
        ("to close at N1.07 from N1.02") and the level after a move ("1p lower at £10.05"). Only
        a change, or a sum after "from", "to" or "at", with no scale word ("raised to $2
        billion" is no share's price)."""
        t = self.t
        currency = mention.unit
        if not re.fullmatch(r"[A-Z]{3}", currency) or _SCALED.search(mention.text):
            return mention
        k = bisect_left(t.starts, mention.start)
        if mention.kind != "change" and t.word(k - 1) not in ("from", "to", "at"):
            return mention
        here = self._sentence_index(mention.start)
        for before in reversed(self.found[-3:]):
            if self._sentence_index(before.start) != here:
                return mention
            if before.unit in ("percent", "percentage_point"):
                continue
            if before.unit != f"{currency}/count" or k - bisect_left(t.starts, before.end) > 10:
                return mention
            value = mention.value.removesuffix(currency) + before.unit
            return replace(mention, unit=before.unit, value=value)
        return mention

    def _rate_of_the_list_head(self, mention: Mention) -> Mention:
        """A sum that opens a list item ("- $0.203928 for debt service") under a line that ends
        with a colon and states a rate in the same currency ("The tax rate is $0.408936 per $100
        of value, which breaks down into:") is a part of that rate, in its unit; so are the
        items after it (up to six lines below the head, each a list item)."""
        t = self.t
        currency = mention.unit
        if not re.fullmatch(r"[A-Z]{3}", currency) or _SCALED.search(mention.text):
            return mention
        k = bisect_left(t.starts, mention.start)
        if t.word(k - 1) not in BULLETS or "\n" not in t.gap(k - 1):
            return mention
        head = next((m for m in reversed(self.found[-8:]) if m.unit.startswith(f"{currency}/")
                     and self._line_text(m.line).endswith(":")), None)  # fmt: skip
        if head is None or not 0 < mention.line - head.line <= 6:
            return mention
        if any(self._line_text(n)[:1] not in BULLETS for n in range(head.line + 1, mention.line)):
            return mention
        value = mention.value.removesuffix(currency) + head.unit
        return replace(mention, unit=head.unit, value=value)

    def _counted_after_scale(self, k: int) -> bool:
        """A plural noun of people or things (not what a sum is of) follows a scale word joined
        to its figure by a hyphen: "three-lakh samples", "10-crore people" count them ("a
        three-million budget" and "two-million-strong" do not)."""
        got = self._noun(k) if self.t.is_word(k) else None
        if got is None or got[0] in MONEY_TOPICS:
            return False
        return got[0] in self.lex.people or (got[0].endswith("s") and got[0] not in STOP)

    def _glosses_a_percent_change(self, first: int, times: int) -> bool:
        """ "N times" alone in brackets right after a change in percent restates it as a
        multiple: "an increase of more than 1000 per cent (ten times)", "un alza de 200% (tres
        veces)"."""
        t = self.t
        if t.word(first - 1) != "(" or t.word(times + 1) != ")" or not self.found:
            return False
        before = self.found[-1]
        k = bisect_left(t.starts, before.end)
        return before.kind == "change" and before.unit == "percent" and k == first - 1

    def _poll_margin(self, first: int) -> bool:
        """A lead in a poll: "points" after "leads by", "is up", "ahead by", "trails by" (three
        tokens back at most), or after "by" with a lead word earlier in its sentence ("Smith
        leads her rival Ann Jones by 20 points"), in a text that names a poll or a survey (its
        first 20,000 characters): percentage points, not a game's score."""
        t = self.t
        near = any(w in _LEAD_WORDS for w in t.words[max(0, first - 3) : first])
        if not near and t.word(first - 1) == "by":
            here = self._sentence_index(t.starts[first])
            back = [k for k in range(max(0, first - 12), first - 1)
                    if self._sentence_index(t.starts[k]) == here]  # fmt: skip
            near = any(t.words[k] in _LEAD_VERBS for k in back)
        return near and self._poll_text()

    def _poll_lead(self, k: int) -> bool:
        """ "point" at token ``k`` names a lead in a poll: "a 6-point lead", "a 3-point edge"
        in a text that names a poll or a survey."""
        t = self.t
        return t.word(k) in ("point", "points") and t.word(k + 1) in _LEAD_NOUNS \
            and self._poll_text()  # fmt: skip

    def _poll_text(self) -> bool:
        return self.text_prints(_POLL_TEXT)

    def _unit_after_verb(self, k: int) -> tuple[str, int] | None:
        """("/kilogram", 0) for a price whose unit of measure is the subject after its verb
        (Spanish inverts them: "Los 6 pesos alcanzó el kilogramo de café", "30 pesos cuesta
        el litro."): one verb in the singular at ``k``, then "el"/"la" and the unit, then "de"
        or the clause's end. The span stays the money."""
        t = self.t
        verb = t.word(k)
        if not t.is_word(k) or verb in STOP or not (verb.endswith("ó") or verb in _PRICE_VERBS):
            return None
        if t.word(k + 1) not in ("el", "la"):
            return None
        unit = self.lex.units.after(t.words, k + 2)
        if unit is None or unit[0] in ("count", "hour") or unit[0] in RATE_TIME.values():
            return None
        end = k + 2 + unit[1]
        if t.is_word(end) and t.words[end] not in ("de", "del", "y", "en", "para"):
            return None
        return f"/{unit[0]}", 0

    def _por_thing(self, k: int) -> tuple[str, int] | None:
        """("/count", 2) for Spanish "por" and one thing in the singular that ends the phrase
        ("4,22 hectáreas por finca.", "2 dólares por acción y"), ("/people", 2) for a person
        ("por productor,"); not "por ciento", "por ejemplo", "por año" (a time has its own
        rule), "por concepto de" (what follows names no denominator) or a unit of measure."""
        t = self.t
        if t.word(k) != "por" or not t.is_word(k + 1):
            return None
        d = t.words[k + 1]
        if d in STOP or d in TIME or d in NOT_DENOMINATORS or d in RATE_TIME or d.endswith("s"):
            return None
        if len(d) < 4 or self.scan[t.starts[k + 1]].isupper() or d in self.lex.numbers:
            return None
        if self.lex.units.after(t.words, k + 1) is not None or self._currency_at(k + 1, "after"):
            return None
        if t.is_word(k + 2) and t.words[k + 2] not in _POR_THING_ENDS:
            return None  # "por concepto de", "por efecto de la lluvia"
        if d == "unidad":  # "20 pesos por unidad" of the dollar quoted: its own rule
            return None
        return ("/people" if self._person(d) else "/count"), 2

    def _centimo_currency(self) -> str:
        """The money of "céntimos": hundredths of the Peruvian sol in a text that prints soles,
        else of the euro ("sesenta céntimos por kilo" in a Spanish text)."""
        return "PEN" if self.text_prints(_SOLES) else "EUR"

    def _length_of_stay(self, first: int) -> bool:
        """A stay is named in the six tokens before the figure, in its sentence and with no
        other figure between ("una estadía media de 4 días", "la estadía promedio alcanzará
        las 3,1 noches", "guests stayed an average of 2.4 nights"): its length is the claim."""
        t = self.t
        here = self._sentence_index(t.starts[first])
        for k in range(first - 1, max(-1, first - 7), -1):
            if t.is_digits(k) or self._sentence_index(t.starts[k]) != here:
                return False
            if t.words[k] in STAY_WORDS:
                return True
        return False

    def _ordinal_sign(self, i: int) -> bool:
        """A whole number with "°"/"º"/"ª" glued to it before a capitalised name ("el 32°
        Encuentro Nacional", "la 5ª Conferencia") is an ordinal; a reading ("32° en
        Resistencia", "40° Celsius") keeps its degrees."""
        t = self.t
        if t.word(i + 1) not in ("°", "º", "ª") or not t.joined(i + 1) or not t.is_word(i + 2):
            return False
        name = self.scan[t.starts[i + 2] : t.ends[i + 2]]
        return name[:1].isupper() and t.words[i + 2] not in _SCALE_NAMES

    def _points_of_a_share(self, i: int, last: int) -> bool:
        """Points (token ``last``) of the figure at ``i`` that move a share: the text prints
        its shares in percent (twice at least), no index is named in the sentence, the figure
        is under 100, and it is a move or a gap (a change word in the eight tokens before,
        "más de"/"inferior a" before, "por encima"/"por debajo"/"más"/"menos" after): "Los
        verdes bajan 2 puntos", "más de cuatro puntos por encima del PP", "la pérdida de más
        de un punto". A game's points ("el líder sumó 3 puntos") come in a text with no
        percents."""
        t = self.t
        if self.percent_marks is None:
            head = self.scan[:20000].lower()
            self.percent_marks = head.count("%") + len(_PERCENT_WORDS.findall(head))
        if self.percent_marks < 2 or (not t.is_digits(i) and t.words[i] not in self.lex.numbers \
                and t.words[i] != "un"):  # fmt: skip
            return False
        here = self._sentence_index(t.starts[i])
        lo = i
        while lo > 0 and self._sentence_index(t.starts[lo - 1]) == here:
            lo -= 1
        if any(w in INDEX_WORDS for w in t.words[lo : last + 6]):
            return False
        bound = t.word(i - 1) in ("de", "a") and t.word(i - 2) in _POINT_BOUNDS
        after = t.word(last + 1)
        compared = after in ("más", "menos") or (
            after == "por" and t.word(last + 2) in ("encima", "debajo")
        )
        return bound or compared or self._move_before(i) is not None

    def _move_before_level(self, k: int) -> str | None:
        """The direction of a move whose level "to …" ends right before token ``k`` ("from"),
        its change word in the eight tokens before that level: "grew by 6 percent to Kes 1.98
        trillion from …" (a long level puts the verb out of reach of "from")."""
        t = self.t
        if not self.found or self.found[-1].end != t.ends[k - 1]:
            return None
        level = bisect_left(t.starts, self.found[-1].start)
        if self.found[-1].kind != "quantity" or t.word(level - 1) != "to":
            return None
        return self._move_before(level - 1)

    def _star_rating(self, i: int) -> bool:
        """The class of a hotel: a figure, or a list of them ("4 y 5", "1 and 2"), right before
        "estrellas"/"stars"/"star" with a hotel named just before it ("hoteles de 3 estrellas")
        or after it ("a 5-star hotel")."""
        t = self.t

        def listed(n: int) -> bool:
            return t.is_digits(n) or t.word(n) in _STAR_LIST or t.word(n) in self.lex.numbers

        k = i + 1
        while k < i + 5 and listed(k):
            k += 1
        if t.word(k) not in ("estrellas", "stars", "star", "estrella"):
            return False
        m = i - 1
        while m > i - 5 and listed(m):
            m -= 1
        before = t.words[max(0, m - 2) : m + 1]
        return any(w in _HOTELS for w in before) or t.word(k + 1) in _HOTELS

    def _dwelling_class(self, i: int) -> bool:
        """The class of a dwelling: a figure after "de" and right before its rooms ("ambientes",
        "dormitorios", "recámaras") with a dwelling named up to four tokens before ("los
        departamentos de dos ambientes", "un departamento usado de tres ambientes", "two-bedroom
        flats" is a hyphenated class already): it names the kind of home, it counts nothing."""
        t = self.t
        if t.word(i + 1) not in _ROOMS or t.word(i - 1) != "de":
            return False  # "40 viviendas con 120 dormitorios" counts the rooms
        return any(w in _DWELLINGS for w in t.words[max(0, i - 4) : i])

    def _share_in_brackets(self, j: int) -> bool:
        """A percent in brackets right after the figure ending at token ``j`` ("154 (35%)",
        "2 (<1%)"): the share it is of a whole."""
        t = self.t
        if t.word(j + 1) != "(":
            return False
        for k in range(j + 2, j + 7):
            w = t.word(k)
            if w == ")" or not w:
                return False
            if w in ("%", "percent", "per", "por"):
                return True
        return False

    def _sentences_text(self, i: int) -> str:
        """The text of the sentence of token ``i`` and of the one before it (at most 600
        characters before the token and 300 after: bounded, however long the sentences)."""
        at = self.t.starts[i]
        here = self._sentence_index(at)
        if not 0 <= here < len(self.bounds):
            return ""
        start, end = self.bounds[max(0, here - 1)][0], self.bounds[here][1]
        return self.text[max(start, at - 600) : min(end, at + 300)]

    def _line_text(self, line: int) -> str:
        """The first and last 100 characters of the 1-based ``line``, stripped (bounded, so
        that a long line costs no more than a short one)."""
        starts = self.line_starts
        start, end = starts[line - 1], starts[line] if line < len(starts) else len(self.scan)
        if end - start > 200:
            head, tail = self.scan[start : start + 100], self.scan[end - 100 : end]
            return f"{head.lstrip()}…{tail.rstrip()}"
        return self.scan[start:end].strip()

    def _price_the_move_before(self, level: Mention) -> None:
        """A level priced per a unit of measure after "to" or "at" prices the move before it in
        the sentence in the same currency: "rose 67 cents, or 0.7%, to $91.31 a barrel"."""
        t = self.t
        k = bisect_left(t.starts, level.start)
        if t.word(k - 1) not in ("to", "at"):
            return
        here = self._sentence_index(level.start)
        currency = level.unit.partition("/")[0]
        for n in range(len(self.found) - 1, max(-1, len(self.found) - 3), -1):
            before = self.found[n]
            if self._sentence_index(before.start) != here:
                return
            if before.unit in ("percent", "percentage_point"):
                continue
            if before.kind == "change" and before.unit == currency:
                value = before.value.removesuffix(currency) + level.unit
                self.found[n] = replace(before, unit=level.unit, value=value)
            return

    def _cents_price(self, i: int, currency: str) -> str | None:
        """The unit of the last price per a unit of measure, in the same currency, in this
        sentence or the one before, for a figure in cents: a pump price in cents per litre
        prices the other cents around it ("will reach 150.1¢ per litre, … by more than 13¢. …
        as high as 153.9¢, … below 143¢")."""
        if self.last_price is None:
            return None
        sentence, unit, _ = self.last_price
        if self._sentence_index(self.t.starts[i]) - sentence > 1:
            return None
        return unit if unit.startswith(f"{currency}/") and self._per_measure(unit) else None

    def _market_price(
        self, i: int, currency: str, change: bool, ranged: float | None = None
    ) -> str | None:
        """The unit of the last price per a unit of measure in this sentence or the two before,
        for a move by a price in the same currency, or a level after a move: "Brent … $91.31
        a barrel, while WTI firmed by 76 cents, or 0.9%, to $88.05"; "The July contract jumped
        2.7 percent to $80.33". A range the price traded in (midpoint ``ranged``) within a
        factor of two of that price, up to four sentences after: "Gold futures traded between
        $2,016.50 and $2,037.70"."""
        if self.last_price is None:
            return None
        sentence, unit, source = self.last_price
        here = self._sentence_index(self.t.starts[i])
        reach = 4 if ranged is not None else 2
        if here - sentence > reach or not unit.startswith(f"{currency}/"):
            return None
        if ranged is not None:
            level = next((m for m in reversed(self.found[-8:]) if m.unit == unit), None)
            if level is None or not 0.5 <= ranged / max(level.magnitude, 1e-9) <= 2.0:
                return None
            start = bisect_left(self.t.starts, self.bounds[here][0])
            before = self.t.words[max(start, i - 30) : i]
            if not set(before) & TRADED:
                return None  # "Tickets to the show cost between $60 and $90": no market
            if not self._names_the_priced(before, source):
                return None  # "Silver closed at $25 an ounce. Concert tickets traded between"
        moved = any(
            m.kind == "change" and self._sentence_index(m.start) == here for m in self.found
        )
        if not (
            change or ranged is not None or (moved and self.t.word(i - 1) in ("to", "at", "$"))
        ):
            return None
        start = bisect_left(self.t.starts, self.bounds[here][0])
        if any(w in STOCK_WORDS for w in self.t.words[start:i]):
            return None  # "Shares of Exxon rose $2 to $110": a share price, not the commodity's
        self.context = source if here != sentence else self.context
        return unit

    @staticmethod
    def _names_the_priced(before: list[str], source: str) -> bool:
        """The words before a range of prices name what the price quoted before was of ("Gold
        settled at $2,026.40 an ounce. … Gold futures traded between"), or only the market and
        a pronoun ("It traded within a range of"): another thing's range is its own."""
        content = {w for w in before if w.isalpha() and len(w) > 2 and w not in STOP}
        if not content - TRADED - RANGE_SUBJECTS:
            return True
        priced = {w.lower() for w in re.findall(r"[^\W\d_]+", source)}
        return bool((content - TRADED) & priced)

    def _period_after_noun(self, j: int) -> tuple[str, int] | None:
        """("/year", tokens from ``j + 1``) for a period after the noun the money is: "$1.3
        trillion deficits per year", "a $2.5 trillion surplus every year", also after "in"/"of"
        and the noun: "$3 billion in interest every day"."""
        t = self.t
        lead = 1 if t.word(j + 1) in ("in", "of") and t.word(j + 3) in ("per", "every") else 0
        j += lead
        if not t.is_word(j + 1) or t.words[j + 1] in STOP or t.words[j + 1] in TIME:
            return None
        if t.word(j + 2) not in ("per", "every", "a", "each"):
            return None
        rate = self._rate(j + 2)
        if rate is None or rate[0][1:] not in (*RATE_TIME.values(), *CLOCK_TIME.values()):
            return None
        return rate[0], rate[1] + 1 + lead

    def _spanish_span(self, i: int, w: str) -> bool:
        """The figure at ``i`` opens a Spanish span whose end follows "al"/"a" (``w``): "del 7
        al 9 por ciento", "entre los 11 a 14 grados" (an article allowed after "entre"); not
        a move's ("subió del 3 al 5%", "pasó del 3,2% al 3,5%": a change word or "pasar" in the
        eight tokens before); "de X a Y" is left a move's start and level, as it mostly is
        ("la productividad … de 420 mil a 855 mil barriles", "Sonora, con un avance de 32 a 47")."""
        t = self.t
        if self.lang != "es" or any(t.word(k) in PASS_VERBS for k in range(i - 8, i - 1)):
            return False
        before = t.word(i - 1)
        if before in ARTICLES and t.word(i - 2) == "entre":
            return True
        return (before, w) == ("del", "al") or before == "entre"

    def _between(self, i: int) -> bool:
        """The figure at ``i`` follows "between"/"entre", an article allowed between ("entre el
        65% y el 68%"): the first bound of a range when "and"/"y" and a second bound follow."""
        t = self.t
        k = i - 1 - (t.word(i - 1) in ARTICLES)
        return t.word(k) in ("entre", "between")

    def _high_low(self, i: int, j: int) -> int | None:
        """The first token of the low after a high stated with it ("un máximo de 5,76 por ciento
        y un mínimo de 4,89", "a high of 3.1% and a low of 2.4%"), or of the high after a low
        ("from a low of $59 billion to a high of $298 billion"), or None."""
        t = self.t
        before = (t.word(i - 2), t.word(i - 1))
        after = tuple(t.words[j + 1 : j + 5])
        if before == ("máximo", "de") and after == ("y", "un", "mínimo", "de"):
            return j + 5
        if before == ("high", "of") and after == ("and", "a", "low", "of"):
            return j + 5
        if before in HIGH_LOW and after in HIGH_LOW[before]:
            if t.word(i - 4) in ("from", "de") and self._moved_by(i - 4):
                return None  # "rose from a low of $12 to a high of $40": a move, two levels
            return j + 5  # "from a low of $59 billion to a high of $298 billion"
        return None

    def _moved_by(self, i: int) -> bool:
        """A change word or a bracketed sign stands right before the figure that starts at
        token ``i`` ("rose $2", "(+$1.20")."""
        t = self.t
        if t.word(i - 1) in ("+", "-", "−") and t.word(i - 2) == "(":
            return True
        return self.lex.changes.before(t.words, i) is not None

    def _listed_move(self, first: int, j: int) -> tuple[str, str, int] | None:
        """(word, direction, start) of a move in percent that a verb gives two figures joined by
        "y"/"and" ("las exportaciones y las importaciones aumentaron 31,2% y 27,7%,
        respectivamente", "sales rose 4% and 6% in …"): the figure after "y" is that move too,
        when the one before is a move in percent printed by its verb and ends right before "y",
        and the figure ends its clause (not "rose 5% and 30% of firms expect more")."""
        t = self.t
        if t.word(first - 1) not in ("y", "and") or not self.found:
            return None
        if t.is_word(j + 1) and t.words[j + 1] not in LISTED_MOVE_END:
            return None
        before = self.found[-1]
        if before.kind != "change" or before.unit != "percent" or not before.direction:
            return None
        if bisect_left(t.starts, before.end) != first - 1:
            return None
        if before.change is None or not before.text.lower().startswith(before.change.lower()):
            return None  # "31,2% más y 27,7%": a word after the first figure is its own
        return before.change, before.direction, first

    def _shared_unit(
        self, j: int, after_from: bool = False, named_by: str = ""
    ) -> tuple[str, float, str | None] | None:
        """(unit, scale, noun) printed once after a list of figures: "0.4 y 0.9 por ciento",
        "12 y 8 millones de dólares", "3, 4 and 5 percent", "734, 512 y 498 casos", "un 37,08 y
        un 34,15 por ciento" (an article between: LIST_ARTICLES) give each
        figure the last one's (and its noun counted, so that a longer list reaches its first
        figure); so does the end of a move ("decreased from 27.3 to 26.8 million hectares",
        "de 12 a 15 por ciento") to its start, and a list of named figures after the same
        preposition ``named_by`` ("Salud con 50,7 y Defensa con 49,2 billones", "Texas with
        8.1 and Utah with 2.4 million acres")."""
        t = self.t
        joins = ("y", "and", "o", "or", ",") + (("to", "a") if after_from else ())
        k = j + 2
        article = t.word(j + 1) in ("y", "o") and t.word(k) in LIST_ARTICLES and t.is_digits(k + 1)
        k += article  # "un 37,08 y un 34,15 por ciento", "2,93 y no 2,53 por ciento"
        if named_by in NAMED_LIST_PREPOSITIONS and not t.is_digits(k):
            m = k
            while m < k + 3 and t.is_word(m) and self.scan[t.starts[m]].isupper():
                m += 1  # the name of the next figure
            if m > k and t.word(m) == named_by and t.is_digits(m + 1):
                k = m + 1
        if t.word(j + 1) not in joins or not t.is_digits(k):
            return None
        if t.word(j + 1) == "," and not t.gap(j + 2):
            return None
        if self.peek_depth >= 4:
            return None
        got = self._peek(k)
        if got is None:
            return None
        nxt = got[0]
        if article and nxt.kind != "quantity":
            return None  # "120 y un 15 por ciento más": the move is another figure's
        if not nxt.unit and (t.word(got[1] - 1), t.word(got[1])) in BASIS_POINT_WORDS:
            return "dimensionless", 1.0, None  # "27,503.81 and 27,574.09 basis points": an index
        if nxt.kind == "range" or not nxt.unit or (nxt.context and k == j + 2):
            return None
        if nxt.context:  # a named list whose last figure carried its unit from a sentence before
            self.context = nxt.context
        if nxt.unit in ("count", "people") and nxt.noun is None:
            return None  # the figure after has no printed unit either
        numeral = read_numeral(t, k, self.conv)
        scale = nxt.magnitude / numeral.value if numeral.value else 1.0
        own_mil = t.word(j - 1) == "mil" and t.is_digits(j)  # "con 4 mil 261 y …": scaled
        if own_mil or (t.word(numeral.last + 1) == "mil" and t.is_digits(numeral.last + 2)):
            scale = 1.0  # "3 mil 668 casos" (3,668): its "mil" is its own, not a shared scale
        return nxt.unit, scale, nxt.noun

    def _model_number(self, i: int) -> bool:
        """ "14 Leopard 2 tanks", "a Boeing 737", "the Falcon 9 rocket": a short whole number
        after a capitalised name that follows a number or a determiner is part of the name (not
        "In Mexico 120 people", not when a unit or percent follows)."""
        t = self.t
        name = i - 1
        if not t.is_word(name) or t.gap(i) != " " or len(t.words[i]) > 4:
            return False
        printed = self.scan[t.starts[name] : t.ends[name]]
        if not any(c.isupper() for c in printed) or t.words[name] in self.lex.codes:
            return False
        before = t.word(name - 1)
        if not (t.is_digits(name - 1) or before in self.lex.numbers
                or before in ("a", "an", "the", "its", "their", "his", "her", "our")):  # fmt: skip
            return False
        if t.word(i + 1) in (",", ".") and t.is_digits(i + 2) and t.joined(i + 2):
            return False  # "the Fed 2.5": a decimal
        nxt = i + 1
        return (
            self._percent(nxt) is None
            and self._unit_after(nxt) is None
            and self._currency_at(nxt, "after") is None
            and t.word(nxt) not in self.lex.scales
            and t.word(nxt) not in ("basis", "bps", "bp")
        )

    def _age_of_person(self, first: int) -> bool:
        """ "my grandpa, who is 92 this year", "her son, who was 7": a person's age."""
        t = self.t
        return t.word(first - 1) in ("is", "was", "turns", "turned") and t.word(first - 2) == "who"

    def _container_size(self, first: int, j: int) -> bool:
        """The figure with its unit sizes a container ("sacos de 60 kg", "bags of 50 kg", "60-kg
        bags"): it names the unit a count is in."""
        t = self.t
        before = t.word(first - 1) in ("de", "of") and t.word(first - 2) in CONTAINERS
        return before or t.word(j + 1) in CONTAINERS

    def _named_number(self, i: int, j: int) -> bool:
        """A bare whole number that is part of a name: a house number after "at"/"on"/"from"
        and before a street's name ("at 221 Baker Street", "at 1600 Pennsylvania Avenue"), a
        product's model after a brand written in mixed case or owned ("iPhone 15",
        "PlayStation 5", "Samsung's Galaxy 24"), the one-digit number of a named series before
        its definition in brackets ("Tasa de Subocupación 2 (porcentaje de …)"), a number
        opening a quoted name ("the “15 Now” proposition"), a road's number ("Highway 401",
        "Interstates 275 and 75"), a cut of meat's digit after "del" ("la chuleta del 7")."""
        t = self.t
        if not t.is_digits(i) or "," in self.scan[t.starts[i] : t.ends[j]]:
            return False
        k = j + 1
        while k < j + 4 and t.is_word(k) and self.scan[t.starts[k]].isupper():
            k += 1
        after = t.word(k)  # punctuation, a function word or a past verb, never a noun counted
        free = not t.is_word(k) or after in STOP or after.endswith("ed")
        if k > j + 2 and t.words[k - 1] in STREETS and t.word(i - 1) in ("at", "on", "from"):
            return free  # "at 221 Baker Street"; not "at 12 Main Street stores"
        quoted = t.word(i - 1) in OPEN_QUOTES and t.joined(i) and t.word(j + 2) in CLOSE_QUOTES
        if quoted and t.is_word(j + 1) and self.scan[t.starts[j + 1]].isupper():
            return True  # "the “15 Now” proposition": a number inside a quoted name
        if self._cut_number(i, j):
            return True  # "las chuletas del 7 y 0": a Mexican cut of meat's number
        road = i - 1 if t.word(i - 1) in ROADS else i - 3  # "Interstates 275 and 75"
        if t.word(road) in ROADS and (road == i - 1 or (t.word(i - 1) in ("and", "y", "or", ",")
                                                       and t.is_digits(i - 2))):  # fmt: skip
            return True  # "Highway 401", "Route 66", "Interstates 275 and 75": a road's name
        if not t.is_word(i - 1):
            return False
        name = self.scan[t.starts[i - 1] : t.ends[i - 1]]
        if len(t.words[i]) == 1 and t.word(j + 1) == "(" and t.is_word(j + 2) \
                and name[:1].isupper() and t.is_word(i - 2):  # fmt: skip
            return True  # "la Tasa de Subocupación 2 (porcentaje de …)": the number of a series
        mixed = name[:1].islower() and any(c.isupper() for c in name[1:])
        owned = name[:1].isupper() and t.word(i - 2) == "s" and t.word(i - 3) in ("'", "’")
        return mixed or owned

    def _open_bracket(self, j: int) -> bool:
        """ "1 million +;": a figure with a plus sign and nothing after names an open group."""
        t = self.t
        return t.word(j + 1) == "+" and t.joined(j + 1) is False and not t.is_word(j + 2) \
            and not t.is_digits(j + 2)  # fmt: skip

    def _charted(self, i: int) -> bool:
        """A chart word stands in the six tokens before token ``i``."""
        return any(w in CHART for w in self.t.words[max(0, i - 6) : i])

    def _constant_money(self, first: int, value: float, scale: float) -> bool:
        """A year before a currency word, after "in", "en", "constant" or "real" ("in 2016
        dollars"): the money of that year, a price basis, not an amount."""
        return (
            scale == 1.0
            and self.t.word(first - 1) in ("in", "en", "constant", "real")
            and self._is_year_value(value)
            and self._is_year(self.t.words[first])  # printed as a year: "en 2.030 dólares" is not
        )

    def _years_bracket(self, j: int) -> bool:
        """The figure ending at token ``j`` opens a bracket of years ("de 20 a 24 años", "16 y
        más años", "aged 25 to 54 years"): a bound, not a figure of its own."""
        t = self.t
        if t.word(j + 1) not in ("a", "to", "-", "–", "y", "and"):
            return False
        if t.word(j + 2) in ("más", "over", "older"):
            return t.word(j + 3) in ("años", "years")
        return t.is_digits(j + 2) and t.word(j + 3) in ("años", "years")

    def _noun_after_size(self, k: int) -> tuple[str, int] | None:
        """The noun after a size printed as a hyphenated figure from token ``k`` ("five
        180-foot-high (50-meter-high) boilers", "three 100-car trainloads", "two 19-cent
        washers"): what the spelled number before it counts, and its last token."""
        t = self.t
        if not t.is_digits(k):
            return None
        m = read_numeral(t, k, self.conv).last
        if t.word(m + 1) != "-" or not (t.joined(m + 1) and t.joined(m + 2) and t.is_word(m + 2)):
            return None
        m = self._hyphenated(m + 2)
        if t.word(m + 1) == "(":  # "(50-meter-high)": the size converted
            close = next((n for n in range(m + 2, min(t.n, m + 12)) if t.words[n] == ")"), None)
            if close is None:
                return None
            m = close
        return self._noun(m + 1)

    def _participle(self, word: str, k: int) -> bool:
        """The word at token ``k`` after a figure is a participle ("12.19 million shipped in
        the same week", "3.5 million delivered last year"): it ends in -ed, names no people and
        no noun follows it ("3 flatbed trucks" keeps its noun). In Spanish, a finite verb of
        the third person plural ("correspondieron", "resultaron", "fueron", "son") is never the
        noun a figure counts, whatever follows it."""
        t = self.t
        if self.lang == "es" and _FINITE_VERB.match(word) and word not in self.lex.people:
            # "2,1 millones correspondieron a la estatal", "30 resultaron heridas"; a spelled
            # figure keeps the verb as its noun ("cuatro de las doce divisiones … y ocho
            # registraron": a bare spelled figure would be no quantity)
            return t.word(k - 1) not in self.lex.numbers
        if len(word) < 6 or not word.endswith("ed") or word in self.lex.people:
            return False
        after = t.word(k + 1)
        return not t.is_word(k + 1) or after in STOP or after in TIME or after in ADVERBIAL

    def _ranged_from(self, i: int) -> bool:
        """The figure at ``i`` follows "ranged from", "varied from", "osciló entre"…: the
        first bound of a range, not the start of a move."""
        t = self.t
        return t.word(i - 1) in ("from", "de", "entre") and t.word(i - 2) in RANGED

    def _leading_point(self, i: int) -> bool:
        """The digits at ``i`` follow a decimal point with no digit before it (".009", "a .45
        share"), not the end of a sentence or a number's tail."""
        t = self.t
        if t.word(i - 1) != "." or not t.joined(i):
            return False
        return not t.joined(i - 1) or (not t.is_digits(i - 2) and not t.is_word(i - 2))

    def _money_at(self, k: int) -> bool:
        """A money figure starts at token ``k`` ("$19,000")."""
        got = self._currency_at(k, "before")
        return got is not None and self.t.is_digits(k + got[1])

    def _with_bound(self, first: int) -> bool:
        """ "families with debt greater than 40% of income", "households with incomes below
        $20,000", "hogares con deudas mayores al 40%": a bound on what a group has defines the
        group (not "passed with more than 60% of the vote")."""
        t = self.t
        k = first - 1
        if t.word(k) in ("than", "a", "al", "de", "del") and t.word(k - 1) in COMPARATIVES:
            k -= 2  # "greater than", "mayores al"
        elif t.word(k) in ("above", "below", "over", "under", "exceeding"):
            k -= 1
        else:
            return False
        for _ in (1, 2):  # one or two words of what the group has
            if not t.is_word(k) or t.words[k] in STOP:
                return False
            if t.word(k - 1) in ("with", "con"):
                group = t.word(k - 2)  # "families with", "hogares con"; not "the quarter with"
                return group.endswith("s") and t.is_word(k - 2) and group not in TIME
            k -= 1
        return False

    def _family_size(self, first: int, j: int) -> bool:
        """ "a mother of three children", "families with four children", "hogares con dos
        hijos": the size of a family that names a group of people."""
        t = self.t
        return (
            t.word(first - 1) in ("of", "with", "con", "de")
            and t.word(first - 2) in FAMILY_WORDS
            and t.word(j + 1) in CHILDREN_WORDS
        )

    def _family_makeup(self, first: int) -> bool:
        """ "una familia tipo (compuesta por dos adultos y dos niños)", "a household made up of
        two adults and two children": the make-up of a reference family names the group; the
        figure stands in a list right after a family word and "compuesta por", "made up of"…
        (within twelve tokens, no bracket, stop or semicolon between)."""
        t = self.t
        k = first - 1
        while k >= max(0, first - 12):
            w = t.words[k]
            if w in (")", ".", ";", ":"):
                return False
            for n in (2, 3):
                if tuple(t.words[max(0, k + 1 - n) : k + 1]) in MAKEUP_OF:
                    start = k + 1 - n
                    return any(t.word(m) in FAMILY_GROUPS for m in range(start - 4, start))
            k -= 1
        return False

    def _citation_mark(self, first: int, j: int) -> bool:
        """ "(72.2%) (1).", "areas.* (3) Next": a small whole number alone in brackets right
        after another bracket or the end of a sentence is a reference to a note."""
        t = self.t
        if t.word(first - 1) != "(" or t.word(j + 1) != ")" or first != j:
            return False
        return len(t.words[first]) <= 2 and t.word(first - 2) in (")", ".", "*", "]")

    def _rank_size(self, first: int) -> bool:
        """ "the top three countries", "the world's top 10 exporters": the size of a rank (not
        the verb: "sales could top 40,000")."""
        t = self.t
        if t.word(first - 1) != "top":
            return False
        before = t.word(first - 2)
        owned = before == "s" and t.word(first - 3) in ("'", "’")
        return owned or before in ("the", "its", "their", "our", "his", "her")

    def _age_bound(self, first: int) -> bool:
        """ "children under 5", "people over 65", "niños menores de 5", "young persons (under
        25)": an age that defines a group of people."""
        t = self.t
        k = first - 1
        if t.word(k) in ("de", "than"):
            k -= 1
        if t.word(k) not in ("under", "over", "below", "above", "younger", "older", "menores",
                             "mayores"):  # fmt: skip
            return False
        if t.word(k - 1) == "(":  # "young persons (under 25)", "personas (mayores de 65)"
            return t.word(k - 2) in AGE_GROUPS or t.word(k - 2) in self.lex.people
        return t.word(k - 1) in AGE_GROUPS

    def _group_bound(self, first: int, j: int) -> bool:
        """ "cities of 1 million or more", "municipios de más de 50 mil habitantes": the size
        that defines a group is context."""
        t = self.t
        k = first - 1
        hedge = self.lex.hedges.before(t.words, first)
        if hedge is not None:
            k -= hedge[1]
        with_ = t.word(k) in ("with", "con")
        if t.word(k) in ("of", "with", "over", "under", "above", "below", "de", "con"):
            k -= 1
        # "buildings with five units or more", "households with three children or more": the
        # size of what a group has, bounded by "or more" after what it counts
        noun = j + 1 if t.is_word(j + 1) and t.words[j + 1] not in STOP else j
        bounded = with_ and (t.word(noun + 1), t.word(noun + 2)) in OR_MORE
        if t.word(k) not in GROUPS:
            plural = t.is_word(k) and t.words[k].endswith("s") and t.words[k] not in TIME
            return bounded and plural  # any plural noun, "edificios con cinco viviendas o más"
        tail = (t.word(j + 1), t.word(j + 2)) in GROUP_TAIL or (t.word(j + 1),) in GROUP_TAIL
        return tail or bounded
