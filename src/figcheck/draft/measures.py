"""What a figure measures: percent and percentage points, units of measure, rates and their
denominators ("per day", "por dólar", "per 100,000 residents"), the noun it counts, and a unit
carried from an earlier figure or stated alone."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from figcheck.draft.changes import ChangeReader
from figcheck.draft.scanner import read_numeral
from figcheck.draft.vocabulary import (
    AGAINST_WORDS,
    AGE,
    ANNUAL_RATE,
    AUXILIARIES,
    AVERAGE_WORDS,
    BULLETS,
    CASE_PEOPLE,
    CASUALTY_VERBS,
    CLOCK_AFTER,
    CLOCK_TIME,
    COPULA,
    CURRENCY_ADJECTIVES,
    CURRENCY_LEVEL_VERBS,
    DATIVE_VERBS,
    DOLLAR_ADJECTIVES,
    DOLLAR_COUNTRY,
    DOLLAR_NAMES,
    DOLLAR_NICKNAMES,
    DOLLAR_PRICE,
    FLOW_NOUNS,
    GRADES,
    HORSEPOWER_GOODS,
    INDEX_NAMES,
    INDEX_WORDS,
    LABEL_CONTINUED,
    LABEL_FACTOR,
    LABEL_PARTS,
    LABEL_PERCENT,
    LABEL_PERIODS,
    LOSE_VERBS,
    MAGNITUDE,
    MONEY_NOUNS,
    MONEY_PREFIXES,
    MONEY_TOPICS,
    NOT_COUNTED_SUBJECTS,
    NOT_DENOMINATORS,
    NOT_NOUNS,
    NOT_SUBJECT_UNITS,
    NOT_THINGS,
    OF_THE_DETERMINERS,
    OTHER_CLAUSE,
    PARALLEL_PREPOSITIONS,
    PARTITIVE_PRONOUNS,
    PASS_VERBS,
    PAY_NOUNS,
    PEOPLE_LOSSES,
    PEOPLE_VERBS,
    PER_ITEM,
    PER_SHARE_ABBREVIATIONS,
    PER_TIME_WORDS,
    PERCENT_NAMES,
    PERIODIC,
    PERSON_WORDS,
    POLICY_RATE_WORDS,
    POPULATION,
    PRICE_WORDS,
    QUAKE,
    QUOTE_SIDES,
    QUOTE_VERBS,
    RATE_ADJECTIVES,
    RATE_NOUNS,
    RATE_PEOPLE,
    RATE_PEOPLE_TAIL,
    RATE_TIME,
    REGISTRY_NOT_UNITS,
    SPELLED_ALONE_NOT_AFTER,
    SPREAD_WORDS,
    STOP,
    STREAK_UNIT,
    SUBJECT_ASIDES,
    SUBJECT_CURRENCIES,
    TEMPERATURE_CHANGE,
    TEMPERATURE_LEVEL,
    TERM_AFTER,
    TERM_BEFORE,
    TERM_VERBS,
    TIME,
    TOLL_WORDS,
    TYPICAL_ONE,
    VERB_ENDINGS,
    WEATHER_WORDS,
    WHOLE_PRICED,
    month_words,
)
from figcheck.model.units import registry_unit

#: Money printed in a text: a currency sign, cents, a price, a share or a dividend.
_STERLING_TEXT = re.compile(
    r"[£]|\b(?:pence|penny|sterling|pounds?|GBP|FTSE|AIM|LSE|London|Britain|British|UK|U\.K\.|"
    r"England|English|Scotland|Scottish|Wales|Welsh)\b|\d+(?:\.\d+)?p\b(?= (?:a|per) share)"
)
_TONNE_TEXT = re.compile(r"\b(?:tonnes?|ore|mined|milled)\b", re.IGNORECASE)
_MONEY_TEXT = re.compile(
    r"[$€£¥₹¢]|(?<!per )\bcents?\b|\b(?:prices?|dividends?|shares?|petrol|diesel|fuel)\b",
    re.IGNORECASE,
)

#: The name of an index before a move in percent and the levels it went between ("the CPI
#: decreased by 1.2 per cent from 187.64 to 185.39"): those levels are index points.
#: Names of an index whose level a bare figure after a verb gives (measures._index_named_level).
#: English only: Spanish "un índice de 4" is a rate per 100,000 people.
_NAMED_INDEXES = frozenset(["index", "cpi", "rpi", "ppi", "hpi", "pmi", "wpi"])
_LEVEL_VERBS = frozenset(["is", "was", "stood", "stands", "at", "reached", "hit", "to", "came"])
_LEVEL_INDEX_NAMES = frozenset(["index", "índice", "cpi", "ipc"])
#: Metals whose ounce is a troy ounce.
#: A time that is the claim (measures._timed): its units, the verbs and the "<noun> of" before.
_TIMED_UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
                "hour": "hour", "hours": "hour", "secs": "second", "mins": "minute"}  # fmt: skip
_TIMED_VERBS = frozenset(["took", "clocked", "timed", "clocking"])
_TIMED_OF = frozenset([("time", "of"), ("times", "of"), ("record", "of")])
_TIMED_RATIOS = {("hour", "minute"): 60.0, ("minute", "second"): 60.0}
_PRECIOUS = frozenset(
    ["gold", "silver", "platinum", "palladium", "oro", "plata", "platino", "paladio", "bullion"]
)


#: Spanish "was"/"is" between an average's period and its figure ("promedio mensual fue de").
_WAS = frozenset(["fue", "es", "era", "será", "resultó"])
#: A Spanish past participle (or "sido"): after "ha"/"han" it makes them the verb "has"/"have".
_PARTICIPLE = re.compile(
    r"^(?:[^\W\d_]{2,}(?:ado|ada|ido|ida|ído)s?|sido|dicho|hecho|puesto|visto|"
    r"abierto|escrito|vuelto|muerto|roto|cubierto|resuelto|devuelto)$"
)


class MeasureReader(ChangeReader):
    """Reads the unit, rate or noun after a figure, or the one it carries."""

    def _policy_rate_move(self, i: int) -> bool:
        """The figure before "points" moves a central bank's rate: a rate and a word of
        monetary policy (POLICY_RATE_WORDS) in the twelve tokens before it, and no index,
        score or poll ("the key policy rates 25 points", "la tasa de interés referencial en
        150 puntos"); its points are basis points."""
        before = self.t.words[max(0, i - 12) : i]
        rate = any(w in RATE_NOUNS or w in ("rates", "tasas", "tipos") for w in before)
        return rate and any(w in POLICY_RATE_WORDS for w in before)

    def _percent(self, k: int) -> tuple[str, int] | None:
        t = self.t
        w, w2 = t.word(k), t.word(k + 1)
        if w == "%":
            return "percent", 1
        if w in ("percentage", "percent") and w2 in ("point", "points"):
            return "percentage_point", 2  # also "1.5 percent points"
        if w in ("percent", "pct") or (w == "pc" and t.joined(k) and self.lang == "en"):
            return "percent", 1  # "4pc": British papers
        if w == "per" and w2 == "cent":
            return "percent", 2
        if w == "por" and w2 == "ciento":
            return "percent", 2
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

    def _temperature(self, first: int, j: int, unit: str) -> str:
        """A temperature is a difference (pint's ``delta_degree_Celsius``: "warming of 1.5C")
        unless the sentence around it names a temperature reading and no change ("temperatures
        hit 46.3C", "la temperatura llegó a 44,5 grados") or the figure follows "a"/"at" ("se
        conservan a 3 grados"), then a level (``degree_Celsius``)."""
        words = self.t.words[max(0, first - 8) : j + 4]
        if any(w in TEMPERATURE_CHANGE for w in words) or self.t.word(j + 1) == "off":
            return unit  # "shaved 1.6° off the previous record": a difference
        if any(w in TEMPERATURE_LEVEL for w in words) or self._degree_sign(first, j):
            return unit.removeprefix("delta_")
        t = self.t
        day = t.word(j + 1 + (t.word(j + 1) in ("plus", "+"))) in ("day", "days")
        if day or any(w in ("swelter", "sweltered", "sweltering", "scorcher") for w in words):
            return unit.removeprefix("delta_")  # "several 40C plus days", "a 38C scorcher"
        if t.word(first - 1) in ("a", "at", "con"):
            return unit.removeprefix("delta_")  # "las flores viajan a 3 grados": a reading
        if t.word(first - 1) in ("de", "of") and t.word(first - 2) in ("récord", "record"):
            return unit.removeprefix("delta_")  # "con el récord de 44,7 grados"
        return unit

    def _forecast(self, k: int) -> bool:
        """A temperature reading is named in the ten tokens before token ``k`` ("highs of",
        "lowest temperatures", "temperaturas máximas")."""
        return any(w in TEMPERATURE_LEVEL for w in self.t.words[max(0, k - 10) : k])

    def _temperature_scale(self) -> str | None:
        """ "Celsius" or "Fahrenheit": the one the text names more ("degrees Celsius", "°C";
        "Fahrenheit", "°F"), for the degrees it prints alone; None when it names neither."""
        if self.temperature_scale is None:
            lower = self.scan.lower()
            celsius = lower.count("celsius") + lower.count("°c") + lower.count("centigrade")
            fahrenheit = lower.count("fahrenheit") + lower.count("°f")
            self.temperature_scale = (
                "" if celsius == fahrenheit else "Celsius" if celsius > fahrenheit else "Fahrenheit"
            )
        return self.temperature_scale or None

    def _weather_before(self, k: int) -> bool:
        """A temperature or weather word in the twelve tokens before token ``k`` ("the top
        temperature of 17.4°", "only warmed up to 17.1°"): a bare degree sign there is a
        temperature, not an angle."""
        before = self.t.words[max(0, k - 12) : k]
        return any(w in TEMPERATURE_LEVEL or w in WEATHER_WORDS for w in before)

    def _bare_degree_scale(self) -> str:
        """The scale of a degree sign printed without one ("17.4°"): the one the text names,
        else Celsius outside an English text on the US (whose "$" is the US dollar)."""
        named = self._temperature_scale()
        if named is not None:
            return named
        return "Fahrenheit" if self.lang == "en" and self.dollar == "USD" else "Celsius"

    def _degree_sign(self, first: int, j: int) -> bool:
        """ "41 °C at noon": a degree sign printed after the figure marks a reading."""
        return "°" in self.t.words[first : j + 1]

    def _cents_sign(self, k: int) -> bool:
        """Cents printed after a figure from token ``k``: "¢", "cpl" (cents per litre), or a
        lower-case "c" glued to the figure ("81c a litre", "25c a share") that no temperature
        word before marks as degrees ("highs of 25c", "warmed by 1.2c")."""
        t = self.t
        if t.word(k) == "¢" or (t.word(k) == "cpl" and t.joined(k)):
            return True
        if t.word(k) != "c" or not t.joined(k) or self.scan[t.starts[k]] != "c":
            return False
        if t.is_word(k + 1) and t.joined(k + 1):
            return False  # "4cm", "5cc": another unit
        rate = self._rate(k + 1)
        if rate is not None and rate[0] not in ("/day", "/week", "/month", "/year", "/hour"):
            return True  # "183.00c/kg", "81c a litre", "15c a share": a price, whatever before
        before = t.words[max(0, k - 12) : k]
        if any(w in TEMPERATURE_LEVEL or w in WEATHER_WORDS for w in before):
            return False  # "the maximum will reach 25c"
        return rate is not None or self._prints_money()

    def _prints_money(self) -> bool:
        """The text prints money somewhere (a currency sign, cents, prices, shares): a bare "81c"
        in it is cents; in a text on the weather it is degrees ("sweltered at 31c")."""
        return self.text_prints(_MONEY_TEXT)

    def _prints_sterling(self) -> bool:
        """The text prints sterling or Britain somewhere (its first 20,000 characters): a "p"
        glued to a video format's lines is pence there ("fell 5p to 720p"); elsewhere "2160p"
        is a video format."""
        return self.text_prints(_STERLING_TEXT)

    def _cents_currency(self) -> str:
        """The money of a text's cents: the rand in a text that names South Africa (the
        country of "R"), else the text's dollar."""
        return "ZAR" if self.letters.get("r") == "ZAR" else self.dollar

    def _unit_after(self, k: int) -> tuple[str, int] | None:
        t = self.t
        got = self.lex.units.after(t.words, k)
        if got is None and t.word(k) in ("degrees", "degree") and self._forecast(k):
            scale = self._temperature_scale()  # "Highs tomorrow of 16 degrees": a reading
            return (f"delta_degree_{scale}", 1) if scale else None
        if got is None and t.word(k) == "°" and t.joined(k) and self._weather_before(k):
            return (f"delta_degree_{self._bare_degree_scale()}", 1)  # "the top of 17.4°"
        if got is None and self._reading_named_after(k):
            return (f"degree_{self._bare_degree_scale()}", 2)  # "6 de mínima y 15 de máxima"
        if got is None:
            named = self._registry_unit(k)  # "1000 BTUs", "12 therms", "40 hectolitres"
            return (named, 1) if named is not None else None
        unit, n = got
        if t.words[k] == "c" and not t.joined(k):
            # "4C" but not "4 c"; "Highs of 12 to 14 C." in a forecast, not "12 C grades"
            spaced = self.scan[t.starts[k]] == "C" and (
                not t.is_word(k + 1) or t.word(k + 1) in ("in", "on", "and", "with", "at")
            )
            return (unit, n) if spaced and self._forecast(k) else None
        if t.words[k] == "w" and not t.joined(k):
            return None  # "25W" charging; not "3 W in the standings" (wins; review33)
        if t.words[k] == "g" and self.scan[t.starts[k]] == "G":
            return None  # "5 g" of salt, not the "5G" network
        if t.words[k] == "hp" and self._brand_before_goods(k):
            return None  # "3 HP printers": the brand, not horsepower
        if t.words[k] == "kt" and not (t.joined(k) and self._tonne_text()):
            return None  # "487kt" of ore in a mining report; "25kt" winds are knots
        if t.words[k] == "gpt" and self.scan[t.starts[k]] == "G":
            return None  # "7.2gpt gold" is a grade; "2 GPT models", "GPT-4" name no unit (review30)
        if t.words[k] == "mt" and self.scan[t.starts[k] : t.ends[k]] != "MT":
            return None  # "28,685MT" metric tonnes; not "Mt" (megatonnes) or "mt" (mount)
        if t.joined(k + n) and t.is_digits(k + n):
            return None  # "2T2023": a code, not tonnes
        if t.words[k] in ("t", "hours", "horas", "mi", "ft", "ha", "km") and t.word(k + n) == "-":
            return None
        if t.words[k] in ("ha", "han") and _PARTICIPLE.search(t.word(k + n)):
            return None  # Spanish "has": "en lo que va de 2018 ha disminuido", not hectares
        if unit == "hour":
            return None  # a duration, handled as context
        if unit == "ounce":
            return self._metal_ounce(unit, k), n  # "poured 88,400oz" of gold: troy ounces
        return unit, n

    def _reading_named_after(self, k: int) -> bool:
        """ "de mínima", "de máxima" from token ``k``, ending its clause: the figure before is
        the day's lowest or highest temperature, in degrees ("13 de máxima"; not "presos de
        máxima seguridad")."""
        t = self.t
        if t.word(k) != "de" or t.word(k + 1) not in ("mínima", "máxima", "minima", "maxima"):
            return False
        return not t.is_word(k + 2) or t.words[k + 2] in ("y", "e", "o", "con", "en", "para")

    def _brand_before_goods(self, k: int) -> bool:
        """ "HP" printed in capitals before a plural noun of goods ("3 HP printers", "12 HP
        laptops") is the brand; before an engine or a motor, or alone, it is horsepower."""
        t = self.t
        nxt = t.word(k + 1)
        if self.scan[t.starts[k] : t.ends[k]] != "HP" or not t.is_word(k + 1):
            return False
        return nxt.endswith("s") and nxt not in STOP and nxt not in HORSEPOWER_GOODS

    def _registry_unit(self, k: int) -> str | None:
        """The unit of pint's registry that the word at ``k`` names, singular or plural, as
        printed or in lower case ("BTUs" → Btu, "therms" → therm, "hectolitres" → hectoliter),
        for the units the word lists do not spell; not everyday nouns that pint also defines
        ("16 points", "two cups"), not names of people, times or stop words."""
        t = self.t
        if not t.is_word(k) or len(t.words[k]) < 3 or not t.words[k].isalpha():
            return None
        w = t.words[k]
        if w in STOP or w in TIME or w in self.lex.people or w in NOT_THINGS:
            return None
        printed = self.scan[t.starts[k] : t.ends[k]]
        stems = [printed, w]
        for form in (printed, w):
            if form.endswith("s") and len(form) > 3:
                stems.append(form[:-1])
        for stem in stems:
            if stem.lower() in REGISTRY_NOT_UNITS or stem.lower().rstrip("s") in REGISTRY_NOT_UNITS:
                return None
            named = registry_unit(stem)
            if named is not None:
                return named
        return None

    def _metal_ounce(self, unit: str, k: int) -> str:
        """A price "an ounce" of gold, silver, platinum or palladium is per troy ounce, as
        their markets quote it (the metal named in the 40 words before the price)."""
        if unit != "ounce":
            return unit
        window = range(max(0, k - 40), k)
        if any(self.t.word(j) in _PRECIOUS for j in window) or self._metal_text():
            return "troy_ounce"
        return unit

    def _tonne_text(self) -> bool:
        """The text weighs in tonnes ("tonnes", "tonne", "Mt") or mines ore: its "kt" are
        kilotonnes."""
        return self.text_prints(_TONNE_TEXT)

    def _metal_text(self) -> bool:
        """The text is about a precious metal: it names one in its first sentence (its headline
        or lead) or at least three times in its first 20,000 characters ("Gold AISC rise in Q3 …
        reported AISC of $158/oz" far below)."""
        if self.metal_text is None:
            head = self.scan[:20000].lower()
            first = head[: self.bounds[0][1]] if self.bounds else head[:300]
            found = [len(re.findall(rf"\b{m}\b", head)) for m in _PRECIOUS]
            named = any(re.search(rf"\b{m}\b", first) for m in _PRECIOUS)
            self.metal_text = named or sum(found) >= 3
        return self.metal_text

    def _rate(self, k: int) -> tuple[str, int] | None:
        """("/day", tokens) or ("/100000 people", tokens) for "per day", "por cada 100 mil
        habitantes", "per dollar", "a year"."""
        t, w = self.t, self.t.word(k)
        lead = 2 if (w, t.word(k + 1)) == ("en", "promedio") else 1 if w == "promedio" else 0
        if lead and t.word(k + lead) in PER_TIME_WORDS:  # "barriles en promedio diarios"
            return f"/{PER_TIME_WORDS[t.words[k + lead]]}", lead + 1
        if lead and t.word(k + lead) in RATE_TIME:  # "895.748 barriles promedio día"
            return f"/{RATE_TIME[t.words[k + lead]]}", lead + 1
        if w == "día" and t.word(k - 1) in ("barriles", "barril"):
            return "/day", 1  # "933.000 barriles día": Venezuelan oil reports drop the "por"
        if w == "a" and t.word(k + 1) in ("la", "el") and t.word(k + 2) in RATE_TIME \
                and t.word(k + 3) not in ("de", "del", "que"):  # fmt: skip
            return f"/{RATE_TIME[t.words[k + 2]]}", 3  # "a la hora", not "a la hora de votar"
        n = 0
        if w in ("per", "por", "cada", "a", "an", "each", "every"):
            n = 1
            if t.word(k + 1) == "cada":
                n = 2
        elif w == "/" and t.joined(k) and t.word(k + 1) == "l" and t.joined(k + 1):
            return "/litre", 2  # "42,2c/l": per litre
        elif w == "/" and t.joined(k) and t.joined(k + 1) \
                and (sign := self._currency_at(k + 1, "before")) is not None \
                and sign[0] != "centavos" and not t.is_digits(k + 1 + sign[1]):  # fmt: skip
            return f"/{self._code(sign[0])}", 1 + sign[1]  # "R19.39/US$", "R18.20/$"
        elif w == "/" and t.joined(k) and t.joined(k + 1) and t.is_word(k + 1):
            n = 1  # "3.2 tonnes/ha", "1.85 EUR/litre", "$620/tonne"
        elif w == "annually":
            return "/year", 1
        elif w == "cpl":
            return "/litre", 1  # "115.0cpl", "$1.18 cpl": cents (a price) per litre
        elif w == "-" and (t.word(k + 1), t.word(k + 2)) == ("per", "-"):
            n = 3  # "109.2 cents-per-litre"
        elif (w, t.word(k + 1)) in (("to", "the"), ("for", "every"), ("for", "each")):
            # "62 bushels to the acre", "48 miles to the gallon", "$0.15 for every kilometre":
            # per a unit of measure only (not "to the day", "to the elevator")
            unit = self.lex.units.after(t.words, k + 2)
            if unit is None or unit[0] in ("hour",) or unit[0] in RATE_TIME.values():
                return None
            return f"/{self._metal_ounce(unit[0], k)}", 2 + unit[1]
        elif w in PER_TIME_WORDS:
            return f"/{PER_TIME_WORDS[w]}", 1  # "248,93 pesos diarios"
        elif w == "al" and t.word(k + 1) in RATE_TIME and t.word(k + 2) not in ("de", "del"):
            return f"/{RATE_TIME[t.words[k + 1]]}", 2  # "al año", but not "al mes de abril"
        elif w in ("frente", "against") and t.word(k + 1) in ("al", "the") \
                and t.word(k - 1) in ("unidades", "units"):  # fmt: skip
            n = 2  # "18.63 unidades frente al dólar": a price of the dollar
        else:
            return None
        d = t.word(k + n)
        if d in ("cent", "ciento", "capita"):
            return None
        if d == "dozen" and w in ("a", "per") and self.lang == "en":
            return "/12 count", n + 1  # "$6.40 a dozen": per 12 things, like per 100,000 people
        if w in ("a", "an") and t.word(k + n + 1) in ("earlier", "ago", "before", "later", "after"):
            return None  # "31.94 million tonnes a year earlier": a time, not a rate
        if d in RATE_TIME and (w != "a" or d in ("day", "year", "week", "month", "hour")):
            return f"/{RATE_TIME[d]}", n + 1
        if d in CLOCK_TIME and (w != "a" or not t.is_word(k + n + 1) or t.words[k + n + 1] in STOP):
            return f"/{CLOCK_TIME[d]}", n + 1  # "$14,166 a second", not "a second time"
        if w == "every":
            return None  # "every year" is a rate; "every other" is not
        if w in ("a", "an"):
            # "$81.40 a barrel", "$3.10 a gallon": a price per unit of measure
            unit = self.lex.units.after(t.words, k + n)
            if unit is not None and unit[0] not in ("hour",) and len(t.words[k + n]) > 2:
                return f"/{self._metal_ounce(unit[0], k)}", n + unit[1]
            return None
        cur = self._currency_at(k + n, "after")
        if cur is not None and cur[0] not in ("centavos",):
            return f"/{self._code(cur[0])}", n + cur[1]
        unit = self.lex.units.after(t.words, k + n)
        if unit is not None and unit[0] not in ("hour",):
            return f"/{self._metal_ounce(unit[0], k)}", n + unit[1]
        d_word = t.word(k + n)
        if w == "per" and t.is_word(k + n) and (d_word.endswith("ed") or d_word in GRADES):
            # "per harvested acre", "per regular gallon": one word that qualifies the unit
            unit = self.lex.units.after(t.words, k + n + 1)
            if unit is not None and unit[0] not in ("hour",):
                return f"/{unit[0]}", n + 1 + unit[1]
        scale_word = self.lex.scales.get(t.word(k + n))
        if w == "per" and scale_word is not None and t.word(k + n + 1) in RATE_PEOPLE:
            return f"{scale_word[0]:.0f} people", n + 2  # "41.3 cases per million population"
        spelled = t.word(k + n) in self.lex.numbers or t.word(k + n) == "mil"
        if t.is_digits(k + n) or spelled:  # "per 100,000 residents", "por cada cien mil"
            if spelled:
                literal = self._literal(k + n, True)
                if literal is None and t.word(k + n) == "mil":
                    literal = 1.0, "1", 0, k + n - 1  # "por cada mil habitantes"
                if literal is None:
                    return None
                number, number_last = literal[0], literal[3]
            else:
                numeral = read_numeral(t, k + n, self.conv)
                number, number_last = numeral.value, numeral.last
            scale, last = self._scales(number_last)
            if t.word(last + 1) in RATE_PEOPLE:
                per = number * scale
                tail = RATE_PEOPLE_TAIL.get(t.words[last + 1])
                last += tail is not None and t.word(last + 2) == tail
                per_text = f"{per:.0f}" if per == int(per) and per < 1e15 else f"{per:g}"
                return f"{per_text} people", last + 2 - k  # "1000000 people", not "1e+06"
            cur = self._currency_at(last + 1, "after") if w in ("por", "per") else None
            if cur is not None and cur[0] != "centavos" and number * scale >= 2:
                # "50 centavos por cada 100 pesos": money per a sum of money
                return f"{number * scale:g} {self._code(cur[0])}", last + 1 + cur[1] - k
        return None

    def _per_measure_after(self, k: int) -> bool:
        """ "per acre", "a square foot", "per harvested acre" (one participle between) from
        token ``k``: a denominator that is a unit of measure."""
        t = self.t
        if t.word(k) not in ("per", "a", "an"):
            return False
        m = k + 2 if t.word(k + 1).endswith("ed") else k + 1
        unit = self.lex.units.after(t.words, m)
        return unit is not None and unit[0] != "hour"

    def _goods_of(self, k: int) -> bool:
        """ "of grain", "of beef" from token ``k``: what a number of pounds weighs, a thing that
        is not money ("of public money", "of investment") nor one named by a determiner."""
        t = self.t
        if t.word(k) != "of" or not t.is_word(k + 1) or t.words[k + 1] in STOP:
            return False
        return t.words[k + 1] not in MONEY_NOUNS and t.word(k + 2) not in MONEY_NOUNS

    def _per_head(self, first: int, j: int) -> str | None:
        """The denominator ("/people" for a person, else "/count") of money a verb gives or
        charges to each one of a group: "costs the average taxpayer $4600",
        "pay each taxpayer $7.59", "every single income taxpayer 5313 dollars", "$7.59 to each
        of those taxpayers", "costs you $7.59", "costs each of us $210", "le cuesta a cada
        contribuyente 500 pesos", "500 pesos por cada contribuyente" (not "Each company paid $5
        million", not "for each of the next five years", not "cost us $2 billion")."""
        t = self.t
        noun = first - 1
        if t.word(noun) == "you" and t.word(noun - 1) in DATIVE_VERBS:
            return "/people"  # "every billion dollars costs you $7.59": each one of the readers
        if (t.word(noun), t.word(noun - 1), t.word(noun - 2)) == ("us", "of", "each") \
                and t.word(noun - 3) in DATIVE_VERBS:  # fmt: skip
            return "/people"  # "costs each of us $210"
        if t.is_word(noun) and t.words[noun] not in STOP and t.words[noun] not in TIME:
            for k in range(noun - 1, max(-1, noun - 4), -1):
                if not t.is_word(k):
                    break
                if t.words[k] == "average" and t.word(k - 1) == "the":
                    k -= 1
                elif t.words[k] not in ("each", "every", "cada"):
                    continue
                if t.word(k - 1) == "a":
                    k -= 1  # "le cuesta a cada contribuyente 500 pesos"
                if t.word(k - 1) not in DATIVE_VERBS:  # the verb gives it to each one
                    return None
                return "/people" if self._person(t.words[noun]) else "/count"
        each = ("each", "every", "cada")
        at = j + 1 + (t.word(j + 1) in ("net", "gross", "extra"))  # "$114 net for every household"
        if t.word(at) not in ("to", "for", "por", "para", "a"):
            return None
        if t.word(at + 1) in each:
            k = at + 2
        elif (t.word(at + 1), t.word(at + 2)) in TYPICAL_ONE:
            k = at + 3  # "$214 for the average household", "for a typical family"
        else:
            return None
        while t.word(k) in ("of", "those", "these", "the", "its", "their", "one"):
            k += 1
        if not t.is_word(k) or t.words[k] in TIME or t.words[k] in STOP:
            return None
        return "/people" if self._person(t.words[k]) else "/count"

    def _per_thing_before(self, first: int) -> str | None:
        """The denominator ("/count", or "/people" for a person) of a price per a thing named
        before the money figure in its sentence (30 tokens, no
        clause break or money noun between): "earnings per diluted share increased 1.0% to
        $1.03", "an EPS of $13.48" (earnings per share), "un monto promedio por remesa de 293
        dólares", "GDP per capita of $10,807" (people). Not "per cent", "por cada 100 mil", a
        period or a unit of measure (a price per barrel has its own rule); in Spanish "por"
        only after a word of price or average ("impulsado por la demanda" names no
        denominator)."""
        t = self.t
        here = self._sentence_index(t.starts[first])
        start = max(first - 30, bisect_left(t.starts, self.bounds[here][0]) if here >= 0 else 0)
        for k in range(first - 1, start - 1, -1):
            w = t.words[k]
            if w in (";", ":") or w in MONEY_NOUNS:
                return None
            if w in PER_SHARE_ABBREVIATIONS and self.scan[t.starts[k] : t.ends[k]].isupper():
                return "/count"
            if w not in ("per", "por"):
                continue
            d = t.word(k + 1)
            if d in ("capita", "cápita"):
                return "/people"  # "GDP per capita of $10,807"
            if not t.is_word(k + 1) or d in STOP or d in TIME or d in NOT_DENOMINATORS:
                return None
            if d in self.lex.numbers or any(
                self.lex.units.after(t.words, m) is not None for m in (k + 1, k + 2)
            ):
                return None  # "889 pounds per harvested acre, down 19 pounds"
            if self._currency_at(k + 1, "after") is not None:
                return None
            if w == "per" or any(b in PRICE_WORDS for b in t.words[max(0, k - 3) : k]):
                return "/people" if self._person(d) else "/count"
            return None
        return None

    def _per_thing(self, k: int) -> tuple[str, int] | None:
        """("/count", tokens) for a price per a thing that is no unit of measure: "$2.69 per
        share", "$3,200 each", "$5 apiece", "$1.20 a share"; ("/people", tokens) per a person,
        so that it checks against a per-capita figure: "$50 a person", "$6,000 per person",
        "$10,807 per capita", "$23,000 per student", "$51,000 per homeless person", "200 pesos
        por habitante". Not "per cent" or "per the filing"."""
        t, w = self.t, self.t.word(k)
        if w in ("each", "apiece") and not (t.word(k + 1) == "of" or t.is_digits(k + 1)):
            return "/count", 1
        if w in ("el", "la") and self.lang == "es":  # "1,85 euros el litro", "dólares la onza"
            unit = self.lex.units.after(t.words, k + 1)
            if unit is not None and unit[0] != "hour":
                return f"/{unit[0]}", 1 + unit[1]
        if (
            w in ("a", "an")
            and t.word(k + 2) != "of"
            and (t.word(k + 1) in PER_ITEM or self._person(t.word(k + 1)))
        ):  # "earned $1.20 a share", "$50 a person"
            return ("/people" if self._person(t.word(k + 1)) else "/count"), 2
        if w in ("earnings", "dividends", "profit") and t.word(k + 1) in ("per", "a") \
                and t.word(k + 2) in PER_ITEM:  # fmt: skip
            return "/count", 3  # "7.65 dollars earnings per share"
        d = t.word(k + 1)
        if w == "por" and self._person(d):
            return "/people", 2  # "200 pesos por habitante"
        if w != "per" or not t.is_word(k + 1) or d in STOP or d == "cent":
            return None
        if t.is_word(k + 2) and self._person(t.words[k + 2]) and t.words[k + 2] not in STOP:
            return "/people", 3  # "per homeless person", "per enrolled student"
        if self._person(d):
            return "/people", 2
        return "/count", 2

    def _person(self, word: str) -> bool:
        """A noun for one or more people, as a rate's denominator: "person", "capita", "head",
        "student(s)", "taxpayer", "habitante" (the people nouns are listed in the plural)."""
        people = self.lex.people
        return word in PERSON_WORDS or word in people or f"{word}s" in people \
            or f"{word}es" in people  # fmt: skip

    def _per_money(self, k: int) -> tuple[str, int] | None:
        """("/hUSD", tokens) for a price per a round amount of money from token ``k``: "cents
        per $100 of value" (hundred dollars), "$55 per $1,000 of income" (thousand), also with
        up to three words of what is paid for between ("$41 on roads per $1,000"). The
        denominator is part of the rate, never a figure of its own."""
        t = self.t
        m = k
        while m < k + 3 and t.is_word(m) and t.words[m] not in ("per", "por", "cada"):
            m += 1
        if t.word(m) == "por" and t.word(m + 1) == "cada":
            m += 1
        if t.word(m) not in ("per", "cada"):
            return None
        for width in (1, 2):
            d = m + 1 + width
            got = self._currency_before(d) if t.is_digits(d) else None
            if got is None or got[1] != width:
                continue
            numeral = read_numeral(t, d, self.conv)
            scale, last = self._scales(numeral.last)
            prefix = MONEY_PREFIXES.get(numeral.value * scale)
            if prefix is None:
                return None
            return f"/{prefix}{self._code(got[0])}", last + 1 - k
        return None

    def _rate_of_from(self, first: int, base: str) -> str | None:
        """ "from 88 cents per $100 of value in 2010 to 71 cents", "from 120 million tonnes a
        year … to 190 million tonnes": the later level of a move stated from a rate takes the
        rate when it is in the same unit, in the same sentence, with no clause break (", and")
        between."""
        t = self.t
        if t.word(first - 1) != "to" or not self.found:
            return None
        before = self.found[-1]
        if not before.unit.startswith(f"{base}/"):
            return None
        start = bisect_left(t.starts, before.start)
        end = bisect_left(t.starts, before.end)
        if first - end > 14 or self._sentence_index(before.start) != self._sentence_index(
            t.starts[first]
        ):
            return None
        if not any(w in ("from", "desde") for w in t.words[max(0, start - 1) : start + 3]):
            return None
        between = t.words[end : first - 1]
        if any(w in (";", ":") or w in OTHER_CLAUSE for w in between):
            return None
        if any(w == "," and n in ("and", "y") for w, n in pairwise(between)):
            return None  # "Rents rose from $1,200 a month, and home prices jumped to $400,000"
        return before.unit

    def _magnitude(self, i: int, j: int, value: float) -> bool:
        """ "magnitude 5.9", "magnitud de 7,4", "the 7.1 quake": an earthquake's magnitude."""
        t = self.t
        if value >= 10:
            return False
        before = t.word(i - 1) in MAGNITUDE or (
            t.word(i - 1) in ("-", "of", "de") and t.word(i - 2) in MAGNITUDE
        )  # "magnitude-6.8", "a magnitude of 6.1"
        measuring = t.word(i - 1) in ("measuring", "measured") and any(
            t.word(k) in QUAKE for k in range(max(0, i - 5), i - 1)
        )  # "another earthquake measuring 7.0 struck"
        return before or measuring or t.word(j + 1) in QUAKE or t.word(j + 1) in MAGNITUDE

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
            and w not in TIME
            and w not in STOP
            and w not in self.lex.numbers
            and w not in ("something", "odd", "basis", "percentage")
            and w not in month_words()
            and not self._is_year_value(value)
            and t.words[i] not in ("one", "uno")
        )

    def _noun(self, k: int) -> tuple[str, int] | None:
        """The noun counted after a bare number, and its last token: the first word that is not
        a stop word, or a people word among the next few ("three high-ranking Army generals")."""
        t = self.t
        if t.word(k) in COPULA and t.word(k + 1) in self.lex.people:
            return t.words[k + 1], k + 1
        j = k
        if "\n" in t.gap(k):
            return None  # "Keiko Fujimori 8′358,888" ending its line: the next line's name
        while t.word(j) in ('"', "“", "‘", "'", "("):
            j += 1
        if t.word(j) in ("more", "fewer", "additional", "extra") and t.is_word(j + 1):
            j += 1  # "45,000 more people"
        if t.word(j) in ("entre", "en") and t.word(j + 1) in ("los", "las") \
                and t.word(j + 2) in self.lex.people:  # fmt: skip
            return t.words[j + 2], j + 2  # "disminuye en 81.300 entre los hombres", "among women"
        after = t.word(j + 1)
        if t.word(j) in PERIODIC and t.is_word(j + 1) and after.endswith("s") \
                and after not in STOP and after not in TIME:  # fmt: skip
            j += 1  # "6 weekly episodes", "12 daily flights": the noun after the adjective
        if t.word(j) == "missing" and t.is_word(j + 1) and after not in STOP:
            j += 1  # "12 missing paintings": the noun after; "3,000 missing," are people
        if t.word(j) in ("lower", "higher") and (t.word(j + 1) == "than" or not t.is_word(j + 1)):
            return None  # "394 million lower than last year": its move ("300 higher earners")
        if (
            not t.is_word(j)
            or t.words[j] in STOP
            or t.words[j] in NOT_NOUNS
            or t.words[j] in TIME
            or t.words[j] in PER_TIME_WORDS
        ):
            return None
        if t.words[j] in ("head", "cabezas") and t.word(j + 1) in ("of", "de") and t.is_word(j + 2):
            return t.words[j + 2], j + 2  # "3,000 head of cattle": a count of the animals
        words: list[int] = []
        m = j
        while len(words) < 4 and m < t.n and m - j < 8:
            if t.is_word(m):
                words.append(m)
            elif t.words[m] not in ("-", '"', "”", "’", "“"):
                break
            m += 1
        for idx in words:
            if t.words[idx] in self.lex.people and not self._inside_name(j, idx):
                return t.words[idx], self._hyphenated(idx)
            if t.words[idx] in STOP:
                break
        if t.words[j] in TIME:
            return None
        caps = [idx for idx in words if self.scan[t.starts[idx]].isupper()]
        if caps and caps == words[: len(caps)] and len(caps) < len(words):
            noun = words[len(caps)]  # "22 Wall Street firms": the noun after a name
            if t.words[noun] not in STOP and t.words[noun] not in TIME:
                return t.words[noun], self._hyphenated(noun)
        return t.words[j], self._hyphenated(j)

    def _inside_name(self, j: int, idx: int) -> bool:
        """The people word at ``idx`` stands inside a capitalised name that starts at ``j``
        with another word and goes on after it ("145 Servicios Médicos Forenses", "40 Community
        Health Workers Associations"): the name is of an institution."""
        t = self.t
        if idx == j or not t.is_word(idx + 1):
            return False
        return all(self.scan[t.starts[k]].isupper() for k in range(j, idx + 2) if t.is_word(k))

    def _people_of_the(self, k: int, spelled: bool) -> tuple[str, int] | None:
        """ "180,000 of the lowest-paid workers", "2,400 of those nurses": a count of people
        named after "of the" (the noun, and the figure's own last token, so the span keeps
        to the figure). A spelled number counts things so too ("four of its eastern oil export
        terminals"), but not years ("three of the last five years")."""
        t = self.t
        if t.word(k) not in ("of", "de") or t.word(k + 1) not in OF_THE_DETERMINERS:
            return None
        counted = self._noun(k + 2)
        if counted is None or (counted[0] not in self.lex.people and not spelled):
            return None
        if any(w in TIME or w in self.lex.numbers for w in t.words[k + 2 : counted[1] + 3]):
            return None
        return counted[0], k - 1

    def _hyphenated(self, k: int) -> int:
        """The last token of a hyphenated word ("self-generating") that starts at ``k``."""
        t = self.t
        while t.word(k + 1) == "-" and t.joined(k + 1) and t.is_word(k + 2) and t.joined(k + 2):
            k += 2
        return k

    def _is_time(self, k: int) -> bool:
        return self.t.word(k) in TIME

    def _counts_people(self, i: int) -> bool:
        """The figure counts people: a population word near it, or a people noun among the six
        words before it ("Los homicidios bajaron de 36 mil 685")."""
        lo = max(0, i - 30)
        words = self.t.words
        return any(w in POPULATION for w in words[lo : i + 4]) or any(
            w in self.lex.people for w in words[max(0, i - 6) : i]
        )

    def _cases_of_people(self, first: int) -> bool:
        """ "casos"/"cases" count people only when their sentence names the dead or the victims
        as what the cases are (CASE_PEOPLE), before the figure and with no other figure between
        ("las muertes por asfixia sumaron 327 casos"), not as what a figure just before counts
        ("12 personas muertas y 4.512 casos"); else they are things counted ("3 mil 115
        quejas … 2 mil 870 casos", "86 cases of measles", "los médicos atendieron 300 casos")."""
        t = self.t
        here = self._sentence_index(t.starts[first])
        for k in range(first - 1, max(-1, first - 26), -1):
            if t.is_digits(k) or self._sentence_index(t.starts[k]) != here:
                return False
            if t.words[k] in CASE_PEOPLE:
                # "12 personas muertas y 4.512 casos": the dead describe the figure before
                return not (t.is_digits(k - 2) and t.word(k - 1) in self.lex.people)
        return False

    def _index_named_before(self, i: int) -> bool:
        """A stock index is named in the 25 tokens before the figure, in its sentence ("El
        Índice de Precios y Cotizaciones (IPC) se ubicó en 46 mil 558.36 unidades", "the Dow
        fell 300 points"), and no clause about another subject opens between ("El IPC subió
        1.2%, mientras la armadora vendió 46 mil unidades")."""
        t = self.t
        here = self._sentence_index(t.starts[i])
        start = max(i - 25, bisect_left(t.starts, self.bounds[here][0]) if here >= 0 else 0)
        for k in range(i - 1, start - 1, -1):
            w = t.words[k]
            if w in INDEX_WORDS or (w == "=" and t.word(k + 1) == "100"):
                return True  # "(2015=100)": an index's base names it
            if w in OTHER_CLAUSE:
                return False
        return False

    def _index_named_level(self, first: int, j: int) -> bool:
        """A bare figure right after an index's name and a verb of its level ("the RPI is
        131.4", "the CPI stood at 296.3", "the PMI was at 51.2"): at most three of the verbs
        between, and no unit, percent or move after the figure."""
        t = self.t
        if t.word(j + 1) in ("%", "percent", "per", "points", "point", "basis"):
            return False
        k = first - 1
        while k > first - 4 and t.word(k) in _LEVEL_VERBS:
            k -= 1
        return k < first - 1 and t.word(k) in _NAMED_INDEXES

    def _index_move_after_its_name(self, first: int, last: int) -> bool:
        """A move in points (tokens ``first`` to ``last``: "13 points higher", "rose 40 points")
        in the sentence right after one that names a stock index by name ("London's FTSE 100
        Index closed at a high. The top flight closed 13 points higher at 5,914.4"), with no
        other subject named between ("shares", "stocks" alone do not name an index here)."""
        t = self.t
        moved = self.lex.changes.before(t.words, first) is not None or (
            self._change_after(last + 1) is not None
        )
        here = self._sentence_index(t.starts[first])
        if not moved or here < 1:
            return False
        start, end = (bisect_left(t.starts, b) for b in self.bounds[here - 1])
        return any(w in INDEX_NAMES for w in t.words[max(start, end - 60) : end])

    def _stock_index_level(self, i: int) -> bool:
        """A stock index is named before the figure in its sentence and no spread, yield or
        bond is (40 tokens each side): "the NSE All-Share Index appreciated to 27,574.09 basis
        points" is the index's level ("el riesgo país subió a 1,900 puntos básicos" stays a
        spread)."""
        if not self._index_named_before(i):
            return False
        here = self._sentence_index(self.t.starts[i])
        if here < 0:
            return True
        start, end = (bisect_left(self.t.starts, b) for b in self.bounds[here])
        window = self.t.words[max(start, i - 40) : min(end, i + 40)]  # bounded: linear time
        return not any(w in SPREAD_WORDS for w in window)

    def _people_verb_after(self, j: int) -> bool:
        """A bare count is the subject of a verb only people do, after a modal or an auxiliary
        ("24 Million Would Lose Health Insurance", "2 million have died", "3 million fled")."""
        t = self.t
        k = j + 1
        while k < j + 4 and t.word(k) in AUXILIARIES:
            k += 1
        verb = t.word(k)
        if verb in PEOPLE_VERBS:
            return True
        return verb in LOSE_VERBS and any(w in PEOPLE_LOSSES for w in t.words[k + 1 : k + 4])

    def _number_of_before(self, first: int) -> str | None:
        """ "the number of fires is down from the 10-year average of 54,209": a bare figure after
        "the number of X" in its clause (12 tokens, no other figure than a move in percent, no
        clause break) counts X: people or a count, whatever unit the sentence before had."""
        t = self.t
        for k in range(first - 1, max(1, first - 13), -1):
            hyphenated = t.word(k + 1) == "-" and t.joined(k + 1)  # "the 10-year average of"
            if self._percent_digits(k):
                continue  # "el número de operaciones decreció un 0.68 % hasta las 11.76 millones"
            if (t.is_digits(k) and not hyphenated) or t.words[k] in (".", ";", ":"):
                return None
            if (t.words[k - 1], t.words[k]) in (("number", "of"), ("número", "de")):
                noun = self._noun(k + 1)
                if noun is None or noun[1] >= first:
                    return None
                return "people" if noun[0] in self.lex.people else "count"
        return None

    def _percent_digits(self, k: int) -> bool:
        """Token ``k`` is part of a figure in percent (its digits or its decimal mark: "0.68 %",
        "3,5 por ciento"), the size of a move between a subject and its level."""
        t = self.t
        n = k
        if t.word(n) in (".", ",") and t.joined(n) and t.joined(n + 1) and t.is_digits(n - 1):
            n -= 1
        if not t.is_digits(n):
            return False
        while t.word(n + 1) in (".", ",") and t.joined(n + 1) and t.is_digits(n + 2):
            n += 2
        return t.word(n + 1) == "%" or (t.word(n + 1), t.word(n + 2)) == ("por", "ciento")

    def _people_moved_to(self, first: int) -> bool:
        """The figure is the level a move of people reached: a people noun is the subject of a
        change word before "to" and the figure, in its clause, with only the move's size between
        ("reported deaths declined 22% to about 7,600", "arrivals rose by 3.1 percent to
        41,000")."""
        t = self.t
        k = first - 1
        while k >= 0 and self.lex.hedges.before(t.words, k + 1) is not None and t.is_word(k):
            k -= 1  # "about", "nearly"
        if t.word(k) not in ("to", "a", "hasta"):
            return False
        moved = False
        for m in range(k - 1, max(-1, k - 12), -1):
            w = t.words[m]
            if w in (",", ";", ":", "(", ")"):
                return False
            if t.is_digits(m) and not (t.word(m - 1) in (".", ",") and t.is_digits(m - 2)):
                n = m  # the number's last token: "3 . 1", then its percent
                while t.word(n + 1) in (".", ",") and t.joined(n + 1) and t.is_digits(n + 2):
                    n += 2
                if not self._percent(n + 1):
                    return False  # another figure, not the move's size
            if self.lex.changes.before(t.words, m + 1) is not None:
                moved = True
            if moved and w in self.lex.people:
                return True
        return False

    def _people_just_before(self, first: int) -> bool:
        """A people noun among the five words right before the figure, with no punctuation
        between ("el número de ocupados de 4.480.000", "workers numbered 1,200", "Polish
        workers were second at 81,300")."""
        t = self.t
        for k in range(first - 1, max(-1, first - 6), -1):
            if not t.is_word(k):
                return False
            if t.words[k] in self.lex.people:
                return True
        return False

    def _flow_period(self, first: int) -> str | None:
        """The period of a flow named before the figure, with no other figure or clause break
        between ("la producción promedio diaria de petróleo se ubicó en 736.300 barriles", "daily
        crude output averaged 9.4 million barrels") → "day"."""
        t = self.t
        flow = period = None
        for k in range(first - 1, max(-1, first - 13), -1):
            w = t.word(k)
            if t.is_digits(k) or w in (".", ";", ":"):
                return None
            if w in FLOW_NOUNS:
                flow = k
            elif w in PER_TIME_WORDS or w in PERIODIC:
                period = k
            if flow is not None and period is not None and abs(flow - period) <= 3:
                return PER_TIME_WORDS.get(t.words[period]) or PERIODIC[t.words[period]]
        return None

    def _annual_rate_before(self, first: int) -> bool:
        """A count stated "at a (seasonally adjusted) annual rate of", "an annualized pace of",
        "un ritmo anual de" (a hedge allowed before the figure) is a count a year: housing starts,
        sales of cars or homes, as statistical releases print them."""
        t = self.t
        k = first
        hedge = self.lex.hedges.before(t.words, k)
        if hedge is not None:
            k -= hedge[1]
        if t.word(k - 1) not in ("of", "de"):
            return False
        m = k - 2
        if t.word(m) == ")":  # "annual rate (SAAR) of": an abbreviation in brackets
            while m > k - 6 and t.word(m) != "(":
                m -= 1
            m -= 1
        if t.word(m) in RATE_ADJECTIVES:  # "tasa anual desestacionalizada de"
            m -= 1
        return (t.word(m - 1), t.word(m)) in ANNUAL_RATE

    def _line_label(self, i: int, j: int) -> str | None:
        """The unit named by the label of a "label: value" line whose bare figure (tokens ``i``
        to ``j``) ends the line: "Percentage of all families with a car: 86" → percent, "Median
        dollars in these accounts: 3,800" → USD, "Deaths: 41" → people; "" when the label names
        none (the figure is a count, and the next line's first word is not its noun). None when
        the figure does not end such a line, or a list item's ("- Passengers: 30.9 million,
        +8.4%;": a bullet, the figure followed by a comma or a semicolon). A label that
        continues the one on the line before ("Of Republicans: 59", "Who say they do so today:
        37") or names a part of it alone ("- Domestic: 24.4 million") has its unit; "Factor by
        which …: 3" is a multiple (dimensionless)."""
        t = self.t
        if t.word(i - 1) != ":" or "\n" in t.gap(i):
            return None
        ends_line = j + 1 >= t.n or "\n" in t.gap(j + 1)
        if not ends_line and t.word(j + 1) not in (",", ";"):
            return None
        k = i - 2
        while k > 0 and k > i - 30 and "\n" not in t.gap(k):
            k -= 1
        if k < 0 or (k > 0 and "\n" not in t.gap(k)):
            return None  # no line start near: a colon inside prose
        if t.word(k) in BULLETS:
            k += 1  # "- Passengers: 30.9 million, +8.4%;": a list item, the figure first
        elif not ends_line:
            return None
        line = bisect_right(self.line_starts, t.starts[k])
        unit = self._label_unit(k, i)
        last, self.last_label = self.last_label, (line, unit)
        continued = t.word(k) in LABEL_CONTINUED or (t.word(k) in LABEL_PARTS and k + 2 == i)
        if continued and last is not None and 0 < line - last[0] <= 2:
            self.last_label = (line, last[1])
            return last[1]  # "- Domestic: 24.4 million": a part of the item above
        return unit

    def _label_unit(self, k: int, i: int) -> str:
        """The unit a label (tokens ``k`` to the colon before ``i``) names; "" for none. People
        also for "Number of Americans who …"; a period in the label ("each year", "per year")
        makes it a rate ("people/year", "count/year")."""
        t = self.t
        first = t.word(k)
        if first in LABEL_FACTOR and t.word(k + 1) in ("by", "of", "por", "de"):
            return "dimensionless"  # "Factor by which … has increased since 1975: 4"
        if first in LABEL_PERCENT and (first in ("percentage", "percent", "porcentaje", "%")
                                       or t.word(k + 1) in ("of", "de", "del")):  # fmt: skip
            return "percent"  # "Share of adults who smoke: 14", not "Share price: 45.20"
        for m in range(k, i - 1):
            if t.is_digits(m - 1) or t.is_digits(m + 1):
                continue  # "growth above 5%": a bound inside the label, no unit of it
            if t.words[m] in ("%", "percent", "pct"):
                return "percent"  # "Unemployment rate (%)"
            got = self._currency_at(m, "after") if t.is_word(m) else None
            got = got or self._currency_at(m, "before")  # "Median income ($)"
            if got is not None and got[0] != "centavos":
                return self._code(got[0])
            unit = self._unit_after(m + 1) if t.words[m] in ("(", "in", "en") else None
            if unit is not None and m + unit[1] < i - 1:
                return unit[0]  # "Wheat production (tonnes)", "Area harvested, in acres"
        label = t.words[k : i - 1]
        pairs = list(pairwise(label))
        per = next((f"/{LABEL_PERIODS[b]}" for a, b in pairs if a in ("each", "per", "every", "a")
                    and b in LABEL_PERIODS), "")  # fmt: skip
        of_people = any(a == "of" and b in self.lex.people for a, b in pairs)
        if (
            first in self.lex.people
            or any(w in POPULATION for w in label)
            or (of_people and "number" in label)
        ):
            return f"people{per}"  # "Deaths: 41", "Population: 1,234,567", "Number of Americans"
        if any(w in AGE for w in label):
            return "year"  # "Median age: 38.2"
        return f"count{per}" if per else ""  # "Number of dams built per year: 12"

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
        before = self.t.words[max(0, i - 12) : i]
        window = set(before)
        pairs = set(pairwise(before))
        dollar = bool(window & DOLLAR_NAMES) or bool(
            pairs & {("moneda", "verde"), ("moneda", "estadounidense")}
        )
        if not dollar:  # "el tipo de cambio para solventar obligaciones … es de 18.8966 pesos"
            wider = self.t.words[max(0, i - 20) : i]
            named = ("tipo", "de", "cambio") in zip(wider, wider[1:], wider[2:], strict=False)
            return named and not set(wider) & SUBJECT_CURRENCIES.keys()
        return bool(window & DOLLAR_PRICE)

    def _rate_of_currency(self, i: int, currency: str) -> str | None:
        """The currency "el tipo de cambio del euro … es de 20.15 pesos" names after "tipo de
        cambio" in the twenty tokens before a price in pesos: the price is per one of it."""
        t = self.t
        for k in range(i - 1, max(2, i - 20), -1):
            if t.words[k] in (";", ".") and not (t.is_digits(k - 1) and t.is_digits(k + 1)):
                return None
            if (t.words[k - 2], t.words[k - 1], t.words[k]) != ("tipo", "de", "cambio"):
                continue
            at = k + 2 if t.word(k + 1) in ("del", "de") else 0
            if t.word(at) in ("la", "el"):
                at += 1
            named = SUBJECT_CURRENCIES.get(t.word(at)) if at else None
            if named is None:
                return None
            code = self._code(named)
            return code if code != currency else None
        return None

    def _pair_quoted(self, i: int) -> str | None:
        """ "el USD/MXN cotiza sobre 20.40", "EUR/USD traded at 1.08": a bare figure after a
        currency pair printed in capitals in the eight tokens before is the second currency per
        the first (MXN/USD)."""
        t = self.t
        for k in range(i - 1, max(0, i - 9), -1):
            if t.words[k] in (".", ";") and not (t.is_digits(k + 1) and t.joined(k + 1)):
                return None
            if t.words[k] != "/" or not (t.joined(k) and t.joined(k + 1)):
                continue
            base, quote = t.word(k - 1), t.word(k + 1)
            if base in self.lex.codes and quote in self.lex.codes and base != quote:
                printed = self.scan[t.starts[k - 1] : t.ends[k + 1]]
                return f"{quote.upper()}/{base.upper()}" if printed.isupper() else None
        return None

    def _quote_carried(self, i: int, currency: str, magnitude: float) -> bool:
        """A bare price in ``currency`` right after a price of the dollar in it, in the same
        sentence or the next one that buys or sells ("la compra de la moneda verde está a 17.60
        pesos, en Afirme a 17.80 pesos … Mientras que, a la venta, Afirme lo tiene en 19.30
        pesos"), and of the same size (within a factor of two): a price of the dollar too."""
        levels = [m for m in self.found[-3:] if m.kind != "change"]  # "cinco centavos más" between
        if not levels or levels[-1].unit != f"{currency}/USD":
            return False
        last = levels[-1]
        if last.magnitude and not 0.5 <= magnitude / last.magnitude <= 2.0:
            return False
        here, there = self._sentence_index(self.t.starts[i]), self._sentence_index(last.start)
        if here == there:
            return True
        if here != there + 1:
            return False
        start = max(bisect_left(self.t.starts, self.bounds[here][0]), i - 40)  # linear time
        return bool(set(self.t.words[start:i]) & QUOTE_SIDES)

    def _currency_named_before(self, i: int, reach: int = 10) -> str | None:
        """The currency a sentence names before a bare price of another ("the rand traded at
        18.2 per dollar"): the nearest currency word in the ``reach`` tokens before the figure."""
        t = self.t
        for k in range(i - 1, max(-1, i - reach - 1), -1):
            decimal = t.is_digits(k - 1) and t.is_digits(k + 1) and t.joined(k + 1)
            if t.words[k] in (".", ";") and not decimal:
                return None
            got = self._currency_at(k, "after")
            if got is not None and got[0] not in ("centavos", "USD"):
                return self._code(got[0])
        return None

    def _rate_across_conversion(self, first: int, j: int) -> tuple[str, int] | None:
        """(denominator, 0) for a price whose unit is printed after the bracketed conversion
        that follows it, or after the bracket that holds it: "CNY 48,950 ($7,860) per metric
        ton" prices both figures per tonne. The figure's span does not grow."""
        t = self.t
        if t.word(j + 1) == ")" and t.word(first - 1) == "(":
            close = j + 1  # the bracketed conversion itself
        elif t.word(j + 1) == "(":
            close = j + 2
            while close < j + 10 and t.word(close) not in (")", "(", ";", ""):
                if t.word(close) == "." and not (t.is_digits(close + 1) and t.joined(close + 1)):
                    return None  # a sentence ends before the bracket closes
                close += 1
            if t.word(close) != ")" or not any(t.is_digits(k) for k in range(j + 2, close)):
                return None
        else:
            return None
        rate = self._rate(close + 1)
        if rate is None or not rate[0].startswith("/"):
            return None
        return rate[0], 0

    def _hyphen_currency(self, k: int) -> str | None:
        """The currency code of a one-word currency joined to a figure by a hyphen ("a
        1.62 billion-dollar shortfall", "a 40-euro fine")."""
        got = self._currency_at(k, "after")
        if got is None or got[1] != 1 or got[0] == "centavos":
            return None
        return self._code(got[0])

    def _hyphen_rate(self, k: int) -> tuple[str, int] | None:
        """("/year", last token) for "-a-year", "-a-day", "-per-year" joined to a figure."""
        t = self.t
        if t.word(k) != "-" or not t.joined(k) or t.word(k + 1) not in ("a", "per"):
            return None
        if t.word(k + 2) != "-" or t.word(k + 3) not in RATE_TIME or not t.joined(k + 3):
            return None
        return f"/{RATE_TIME[t.words[k + 3]]}", k + 3

    def _near_percent(self, i: int) -> bool:
        """A percent is printed within fifteen tokens of token ``i``, or earlier in its sentence
        up to forty tokens before ("fue de 3.4% en marzo …, e inferior en 0.3 puntos"), and no
        index (whose points are its own: "the index rose 2 points to 105.3, or 1.9%")."""
        t = self.t
        window = t.words[max(0, i - 15) : i + 15]
        rate = any(w in RATE_NOUNS for w in t.words[max(0, i - 8) : i])
        here = self._sentence_index(t.starts[i])
        lo = max(0, i - 40)
        while self._sentence_index(t.starts[lo]) != here:
            lo += 1
        earlier = t.words[lo : max(lo, i - 15)]  # a long sentence: "… 3.4% …, e inferior en 0.3"
        percents = ("%", "percent", "cent", "ciento")
        return (rate or any(w in percents for w in window + earlier)) and not any(
            w in INDEX_WORDS for w in window + earlier
        )

    def _casualty_verb(self, first: int) -> bool:
        """A verb that kills or injures stands right before the figure, a hedge allowed between
        ("killed 17", "kills at least 17", "mató a 12")."""
        t = self.t
        k = first
        hedge = self.lex.hedges.before(t.words, k)
        if hedge is not None:
            k -= hedge[1]
        if t.word(k - 1) == "a" and self.lang == "es":
            k -= 1  # "mató a 12"
        return t.word(k - 1) in CASUALTY_VERBS

    def _toll(self, i: int) -> bool:
        """A death toll is named in the six words before a bare figure ("the toll climbed to
        212", "el saldo de muertos llegó a 45")."""
        return any(w in TOLL_WORDS for w in self.t.words[max(0, i - 6) : i])

    def _no_noun(self, k: int) -> bool:
        """No noun follows at token ``k`` (a verb or nothing: "y otras 120 resultaron heridas",
        "and another 120 were hurt"), so a bare figure after "other" counts what the one before
        counted."""
        t = self.t
        w = t.word(k)
        return not t.is_word(k) or w in COPULA or w in STOP or w.endswith(VERB_ENDINGS)

    def _against_money(self, k: int) -> tuple[str, int] | None:
        """(ISO code, tokens) of the currency a price is quoted against, from token ``k``:
        "against the dollar", "versus the U.S. dollar", "to the greenback", "frente al dólar",
        "contra el euro" ("to" only with its article: "to the dollar")."""
        t = self.t
        w = t.word(k)
        if w not in AGAINST_WORDS:
            return None
        n = 1 + (t.word(k + 1) == ".")  # "vs. the dollar"
        if t.word(k + n) in ("the", "el", "al"):
            n += 1
        elif w in ("to", "frente"):
            return None
        while t.word(k + n) in DOLLAR_COUNTRY and n < 4:
            n += 1
        if t.word(k + n) in DOLLAR_NICKNAMES:
            return "USD", n + 1
        got = self._currency_at(k + n, "after")
        if got is None or got[0] == "centavos":
            return None
        return self._code(got[0]), n + got[1]

    def _end_of_figure(self, i: int) -> int:
        """The last token of the digits that start at token ``i`` ("6.1396", "1,234.5")."""
        t = self.t
        end = i
        while t.word(end + 1) in (".", ",") and t.joined(end + 1) and t.is_digits(end + 2) \
                and t.joined(end + 2):  # fmt: skip
            end += 2
        return end

    def _against_the_dollar(self, i: int) -> str | None:
        """ "The peso fell 2.1% against the dollar to 19.85": a bare level after "to"/"at" in a
        sentence that prices a named currency against the dollar is that currency per dollar;
        "the yuan strengthened to 6.4510 against the U.S. dollar", "the rupee closed at 83.10
        against the greenback": a bare level followed by the currency it is quoted against is
        the currency named before it per that one."""
        t = self.t
        against = self._against_money(self._end_of_figure(i) + 1)
        if against is not None:
            code = self._currency_named_before(i, reach=20)
            return f"{code}/{against[0]}" if code and code != against[0] else None
        if t.word(i - 1) not in ("to", "at", "a", "en"):
            return None
        pairs = set(pairwise(t.words[max(0, i - 12) : i]))
        if not pairs & {("the", "dollar"), ("al", "dólar"), ("el", "dólar")}:
            return None
        code = self._currency_named_before(i, reach=14)
        return f"{code}/USD" if code else None

    def _priced_unit(self, first: int) -> str | None:
        """The unit a price is of when the sentence names it before the figure ("el precio del
        barril de WTI cerró en 78,45 dólares", "the price of a barrel of Brent rose to $84")."""
        t = self.t
        for k in range(max(0, first - 10), first):
            if t.words[k] not in ("price", "prices", "precio", "precios"):
                continue
            m = k + 1
            while m < k + 3 and t.word(m) in ("of", "a", "the", "per", "del", "de", "la", "el"):
                m += 1
            unit = self.lex.units.after(t.words, m)
            if unit is not None and unit[0] != "hour" and m < first:
                return unit[0]
        return None

    def _subject_unit(self, first: int, currency: str = "") -> str | None:
        """The unit of measure a price is of when its sentence names it as the subject, with no
        figure or clause break between ("El barril de WTI cerró en 78 dólares", "El litro de
        leche cuesta 25 pesos", "The barrel closed at $78"; a percent between is passed: "El
        kilo subió un 16%, por lo que se ubica en 200 pesos"); or the unit of the price in the
        same currency just before it in the sentence, a list of prices of the same subject ("el
        kilogramo de bistec se ofrece a 138 pesos, la carne molida en $100; diezmillo $140")."""
        t = self.t
        for k in range(first - 1, max(-1, first - 21), -1):
            if t.is_digits(k) or (t.words[k] in (".", ",") and t.is_digits(k + 1)
                                  and t.joined(k + 1) and t.is_digits(k - 1)):  # fmt: skip
                m = k  # "un 16%, por lo que ya se ubica en los 200 pesos", "un 9.5%"
                while t.is_digits(m) or (t.word(m) in (".", ",") and t.joined(m + 1)):
                    m += 1
                if t.word(m) in ("%", "por") and m < first:
                    continue
            if t.is_digits(k) and self._cut_number(k, k):
                continue  # "el kilo de bistec del 7 costaba 150 pesos"
            sized = t.word(k - 1) == "de" and self.lex.units.after(t.words, k + 1) is not None
            of_unit = t.word(k - 3) == "de" or self.lex.units.after(t.words, k - 2) is not None
            if t.is_digits(k) and sized and of_unit:
                continue  # "La carga de café de 125 kilos cerró en …", "el quintal de 46 kg"
            started = t.word(k - 1) in ("de", "del") and t.word(k + 1) in ("a", "al")
            if t.is_digits(k) and started and k + 2 == first:
                continue  # "el quintal … pasó de 124 a 145 dólares": the move's start
            if t.is_digits(k) or t.words[k] in (".", ";", ":", "y", "and"):
                return self._listed_price_unit(k, first, currency)
            if t.words[k] in ("a", "an") and self.lang == "en" and t.word(k + 1) == "dozen" \
                    and t.word(k - 1) not in ("than", "about", "of") and k + 1 < first:  # fmt: skip
                return "12 count"  # "a dozen would cost $2.94": per 12 (eggs)
            if t.words[k] in ("a", "an") and self.lang == "en":
                unit = self.lex.units.after(t.words, k + 1)
                if unit is not None and unit[0] != "hour" and t.word(k + 1 + unit[1]) == "of" \
                        and k + unit[1] + 2 < first:  # fmt: skip
                    return unit[0]  # "A gallon of milk cost $4.15"
            if t.words[k] not in ("el", "la", "the") or t.word(k + 1) in NOT_SUBJECT_UNITS:
                continue  # "The pound fell to $1.21", "at the foot of the hill": no unit priced
            unit = self.lex.units.after(t.words, k + 1)
            if unit is not None and unit[0] != "hour" and k + unit[1] < first:
                return unit[0]
        return None

    def _cut_number(self, i: int, j: int) -> bool:
        """A lone digit after "del" that names a cut of meat ("el bistec del 7", "las chuletas
        del 7 y 0, se venden …"): no "al", "a", "de", percent or second figure of a pair of
        figures follows ("del 7 al 9 por ciento", "del 7 y 8 por ciento")."""
        t = self.t
        if i != j or len(t.words[i]) != 1:
            return False
        pair = t.word(i - 1) == "y" and len(t.word(i - 2)) == 1 and t.is_digits(i - 2)
        if t.word(i - 1) != "del" and not (pair and t.word(i - 3) == "del"):
            return False
        after = t.word(j + 1)
        if after in ("al", "a", "de", "%", "por", "o"):
            return False
        return after != "y" or (len(t.word(j + 2)) == 1 and t.is_digits(j + 2)
                                and t.word(j + 3) in (",", ".", ";", "se", "que"))  # fmt: skip

    def _listed_price_unit(self, k: int, first: int, currency: str) -> str | None:
        """The unit of measure of the price found last, when it stands in the sentence of the
        figure at ``first``, is in ``currency`` per a unit of measure (not another currency), and
        only words without a unit, a container or a figure of their own stand between (``k`` is
        the token the subject search stopped at, before ``first``). Spanish lists of cuts and
        grades ("la carne molida en $100.72; diezmillo $140.92"); an English "At $1 a litre,
        that's $2,318" is a total."""
        t = self.t
        if not currency or not self.found or self.lang != "es":
            return None
        before = self.found[-1]
        cur, _, unit = before.unit.partition("/")
        if cur != currency or unit in ("", "count", "people") or not unit.isalpha():
            return None
        if unit.isupper():
            return None  # "la libra … en 25.65 pesos y el yen … en 0.274 pesos": another currency
        here = self._sentence_index(t.starts[first])
        if self._sentence_index(before.start) != here or t.starts[k] < before.start:
            return None
        m = bisect_left(t.starts, before.end)
        if first - m > 8:
            return None
        for w in t.words[m:first]:
            if w in WHOLE_PRICED or w in (".", ":") or self.lex.units.after([w], 0) is not None:
                return None
        return unit

    def _subject_currency(self, first: int, currency: str) -> str | None:
        """The currency its sentence names as the subject of the unscaled price at ``first``, when
        another ("The pound fell to $1.21", "Sterling rose 0.5% to $1.2750", "The dollar rose to
        150 yen", "El euro cerró en 1,08 dólares"): its price is per one of it. Not "the euro
        zone", not the figure's own currency."""
        t = self.t
        for k in range(first - 1, max(-1, first - 13), -1):
            w = t.words[k]
            if t.is_digits(k):
                if self._clock_digits(k):
                    continue  # "a las 12:00 horas", "at 15:00 GMT": a time, no figure
                m = k
                while t.is_digits(m) or t.word(m) in (".", ","):
                    m += 1
                if t.word(m) not in ("%", "percent", "por", "per"):
                    return None  # another figure between that is no percent move
                continue
            if w == ":" and self._clock_digits(k - 1):
                continue
            if w in (";", ":") or (w == "." and not t.is_digits(k - 1)):
                return None
            named = SUBJECT_CURRENCIES.get(w)
            article = k - 1
            if (w, t.word(k - 1)) == ("currency", "single"):
                named, article = "EUR", k - 2  # "the (European) single currency"
                article -= t.word(article) == "european"
            if named is None:
                continue
            if w != "sterling" and t.word(article) not in ("the", "el", "la", "del"):
                continue
            v = k + 1
            while v < k + 3 and t.word(v) in CURRENCY_ADJECTIVES:
                v += 1  # "el dólar libre se ubicó en", "la libra esterlina se ofreció en"
            # "the reference rate for the euro at $1.0910", "el cambio oficial del euro en 1,09
            # dólares": the price of it, printed right after its name
            priced_at = t.word(v) in ("at", "en") and first - v <= 3
            while not priced_at and v < k + 6 and t.word(v) in SUBJECT_ASIDES:
                v += 1  # "The euro also bought", "the euro, which bought", "at one stage"
            verb = t.word(v)
            if not (priced_at or verb in QUOTE_VERBS or verb in CURRENCY_LEVEL_VERBS
                    or self.lex.changes.after(t.words, v) is not None):  # fmt: skip
                return None  # "the euro zone", "the dollar fund"
            if named == "USD" and t.word(k + 1) in DOLLAR_ADJECTIVES:
                named = DOLLAR_ADJECTIVES[t.words[k + 1]]  # "el dólar canadiense se ubicó en"
            code = self._code(named)
            return code if code != currency else None
        return None

    def _clock_digits(self, k: int) -> bool:
        """The digits at token ``k`` are part of a clock time ("12:00", "15.00 horas GMT")."""
        t = self.t
        if not t.is_digits(k):
            return False
        if (t.word(k + 1) == ":" and t.is_digits(k + 2)) or (t.word(k - 1) == ":"
                                                             and t.is_digits(k - 2)):  # fmt: skip
            return True
        m = k
        while t.is_digits(m) or t.word(m) in (".", ":"):
            m += 1
        return m > k + 1 and t.word(m) in CLOCK_AFTER

    def _periodic(self, first: int) -> str | None:
        """The period of a price named by an adjective in the five tokens before the figure, with
        no punctuation between ("annual costs of between €60bn to €80bn" → year, "their weekly
        wage by $21.38" → week)."""
        t = self.t
        for k in range(first - 1, max(-1, first - 6), -1):
            if not t.is_word(k):
                return None
            if t.words[k] in PERIODIC:
                return PERIODIC[t.words[k]]
        return None

    def _periodic_subject(self, first: int) -> str | None:
        """The period of a flow that is its sentence's subject, for the money level it reaches
        ("Average daily sales … rose 4 percent … to $3.4 million" → day, "Weekly spending …
        held at $12 million" → week): a periodic adjective among the sentence's first four
        words, right before a noun (not a name: "Daily Mail owner DMGT … rose to £1.2bn"); the
        figure after "to"/"at"; no clause break and no figure but a percent between."""
        t = self.t
        if t.word(first - 1) not in ("to", "at"):
            return None
        here = self._sentence_index(t.starts[first])
        start = first - 1
        while start > max(0, first - 40) and self._sentence_index(t.starts[start - 1]) == here:
            start -= 1
        period = None
        for k in range(start, min(start + 4, first - 1)):
            w = t.words[k]
            proper = t.is_word(k + 1) and self.scan[t.starts[k + 1]].isupper()
            if w in PERIODIC and t.is_word(k + 1) and t.words[k + 1] not in STOP and not proper:
                period, after = PERIODIC[w], k + 2
                break
        if period is None:
            return None
        for k in range(after, first - 1):
            w = t.words[k]
            if w == ";" or w in OTHER_CLAUSE:
                return None
            if t.is_digits(k) and self._percent(read_numeral(t, k, self.conv).last + 1) is None:
                return None
        return period

    def _average_period(self, first: int) -> str | None:
        """The period of an average stated right before the figure ("un promedio mensual de",
        "a daily average of", "una media diaria de", "la afluencia promedio mensual fue de")
        → "month", "day"."""
        t = self.t
        if t.word(first - 1) not in ("of", "de"):
            return None
        pair = (t.word(first - 3), t.word(first - 2))
        periods = {**PER_TIME_WORDS, **PERIODIC}
        if pair[0] in AVERAGE_WORDS and pair[1] in periods:
            return periods[pair[1]]  # "promedio mensual de", "una media diaria de"
        if pair[1] in AVERAGE_WORDS and pair[0] in periods:
            return periods[pair[0]]  # "a daily average of"
        if self.lang == "es" and t.word(first - 2) in _WAS and pair[0] in periods \
                and t.word(first - 4) in AVERAGE_WORDS:  # fmt: skip
            return periods[pair[0]]  # "su afluencia promedio mensual fue de 132.8 millones"
        return None

    def _per_unit_before(self, first: int) -> str | None:
        """The unit of measure a rate is per, named before the figure in its clause with no
        figure between ("the average yield per acre of the crop climbed to 51.2 bushels", "el
        rendimiento por hectárea subió a 3,2 toneladas") → "acre"."""
        t = self.t
        here = self._sentence_index(t.starts[first])
        for k in range(first - 1, max(-1, first - 16), -1):
            w = t.word(k)
            if t.is_digits(k) or w in (";", ":") or w in OTHER_CLAUSE:
                return None
            if self._sentence_index(t.starts[k]) != here:
                return None
            if w == "," and t.word(k + 1) in ("and", "y", "but", "pero"):
                return None
            if w in ("per", "por") and t.word(k + 1) not in NOT_DENOMINATORS \
                    and t.is_word(k - 1) and self._unit_after(k - 1) is None:  # fmt: skip
                # a noun's rate ("yield per acre"), not an earlier figure's ("$7,860) per ton")
                unit = self.lex.units.after(t.words, k + 1)
                if unit is not None and unit[0] != "hour":
                    return unit[0]
        return None

    def _parallel_count(self, i: int, j: int) -> tuple[str, str] | None:
        """(unit, noun) of a spelled figure whose noun is left out because it repeats the
        counted figure before it in the sentence, after the same preposition ("fell in eight
        regions, rose in eleven and …", "bajó en nueve provincias, subió en doce y …"); the
        figure ends its phrase (a conjunction or punctuation after it)."""
        t = self.t
        if not self.found or not t.is_word(i - 1) or t.words[i - 1] not in PARALLEL_PREPOSITIONS:
            return None
        if t.is_word(j + 1) and t.words[j + 1] not in ("and", "y", "or", "o"):
            return None
        before = self.found[-1]
        if before.unit not in ("count", "people") or before.noun is None:
            return None
        if self._sentence_index(before.start) != self._sentence_index(t.starts[i]):
            return None
        p = bisect_left(t.starts, before.start)
        while p < i and not (t.is_digits(p) or t.words[p] in self.lex.numbers):
            p += 1
        if p >= i or t.word(p - 1) != t.words[i - 1] or i - p > 20:
            return None
        return before.unit, before.noun

    def _spelled_alone(self, i: int, j: int) -> tuple[str, int] | None:
        """(unit, last token) of a spelled count whose noun is left out in a Spanish text
        because the figures around it count it: it ends its clause ("julio sumó siete; en
        enero fueron tres, cada uno") or picks a part of them ("dos de ellos fueron …"), and
        the figure before it, in its sentence or the one before, counts things or people; or
        its noun follows it with an article after a copula ("fueron cinco las carpetas"), or it
        states a gap ("a más de ocho por debajo" after "un punto": percentage points). Not
        after an article or a determiner ("los dos", "ambos"), not "uno"."""
        t = self.t
        if self.lang != "es" or t.words[i] in ("uno", "una", "un") or j != i:
            return None
        gap = t.word(j + 1) == "por" and t.word(j + 2) in ("encima", "debajo")
        bounded = t.word(i - 1) == "de" and t.word(i - 2) in ("más", "menos")  # "más de ocho"
        if t.word(i - 1) in SPELLED_ALONE_NOT_AFTER and not (gap and bounded):
            return None
        last = j
        if t.word(i - 1) in COPULA and t.word(j + 1) in ("los", "las") and t.is_word(j + 2) \
                and t.words[j + 2] not in STOP and t.words[j + 2] not in TIME:  # fmt: skip
            noun = t.words[j + 2]  # "Solo fueron cinco las carpetas": the noun after its article
            return ("people" if noun in self.lex.people else "count"), j + 2
        if t.word(j + 1) == "de" and t.word(j + 2) in PARTITIVE_PRONOUNS:
            last = j + 2  # "dos de ellos"
        elif gap:
            pass  # "la pérdida de un punto y a más de ocho por debajo": a gap in its units
        elif t.is_word(j + 1) and t.words[j + 1] not in COPULA | {"y", "e", "o"}:
            return None  # "siete fueron archivadas" counts; "siete personas" has its noun
        if not self.found:
            return None
        before = self.found[-1]  # spelled too ("registró cinco carpetas; dos de ellas …")
        here = self._sentence_index(t.starts[i])
        units = ("count", "people", "percentage_point") if gap else ("count", "people")
        if before.unit not in units or here - self._sentence_index(before.start) > 1:
            return None
        return before.unit, last

    def _prison_term(self, first: int, j: int) -> tuple[str, float, int] | None:
        """(unit, months added in the unit, last token) of a prison term, a duration that is
        the claim: "sentenced to 12 years and six months in prison", "received eight years",
        "condenado a 9 años de prisión"; not "built 12 years ago"."""
        t = self.t
        unit = STREAK_UNIT.get(t.word(j + 1))
        if unit not in ("year", "month", "week", "day"):
            return None
        last, added = j + 1, 0.0
        if (
            unit == "year"
            and t.word(j + 2) in ("and", "y")
            and t.word(j + 4) in ("months", "meses")
        ):
            months = self._literal(j + 3, not t.is_digits(j + 3))
            if months is not None and months[3] == j + 3 and months[0] < 12:
                last, added = j + 4, months[0] / 12  # "17 years and six months"
        before = (t.word(first - 2), t.word(first - 1))
        after = (t.word(last + 1), t.word(last + 2))
        if before in TERM_BEFORE or t.word(first - 1) in TERM_VERBS or after in TERM_AFTER:
            return unit, added, last
        apostrophe = t.word(last + 1) in ("'", "’")
        if t.word(last + 1 + apostrophe) == "imprisonment":
            return unit, added, last  # "12 months' imprisonment", "100 days imprisonment"
        return None

    def _timed(self, first: int, j: int) -> tuple[str, float, int] | None:
        """(unit, added in the unit, last token) of a time that is the claim, in seconds,
        minutes or hours after "took", "clocked", "a time of", "a record of" ("took just 9.6
        seconds", "a course record time of 9 minutes and 1.9 seconds" = 9.0317 minutes); not
        "after 14 seconds", "for two hours" (a time that places an event)."""
        t = self.t
        unit = _TIMED_UNITS.get(t.word(j + 1))
        if unit is None:
            return None
        before = {t.word(first - 1), t.word(first - 2)} - {"just", "only", "a", "an"}
        pair = (t.word(first - 2), t.word(first - 1))
        if not (before & _TIMED_VERBS or pair in _TIMED_OF) or t.word(first - 1) == "place":
            return None  # not "took place 10 minutes later"
        if t.word(j + 2) in ("later", "earlier", "ago", "before", "after", "late"):
            return None
        last, added = j + 1, 0.0
        if unit != "second" and t.word(j + 2) == "and" and t.is_digits(j + 3):
            numeral = read_numeral(t, j + 3, self.conv)
            smaller = _TIMED_UNITS.get(t.word(numeral.last + 1))
            ratio = _TIMED_RATIOS.get((unit, smaller or ""))
            if ratio is not None and numeral.value < 60:
                last, added = numeral.last + 1, numeral.value / ratio
        return unit, added, last

    def _pay_period(self, first: int, change: bool) -> str | None:
        """The period of the pay its sentence is about, for a move by it or the level after a
        move ("Average hourly wages were up 3.3% (+$0.99 to $31.06) …, after March (+$1.03;"):
        a periodic adjective right before a pay noun earlier in the sentence (60 tokens back)."""
        t = self.t
        if not change and t.word(first - 1) not in ("to", "at"):
            return None  # "… and each worker got a $500 bonus"
        here = self._sentence_index(t.starts[first])
        k = first - 1
        while k > max(0, first - 60) and self._sentence_index(t.starts[k]) == here:
            if t.words[k] in PAY_NOUNS and t.words[k - 1] in PERIODIC:
                return PERIODIC[t.words[k - 1]]
            k -= 1  # sixty tokens back at most: one long sentence stays linear
        return None

    def _level_after_move(self, first: int, currency: str) -> str | None:
        """ "by $21.38 to $812.60": the level after a move by a price is in the move's unit when
        the move is priced in the same currency."""
        t = self.t
        if t.word(first - 1) != "to" or not self.found:
            return None
        move = self.found[-1]
        if move.end != t.ends[first - 2] or move.change is None:
            return None
        return move.unit if move.unit.startswith(f"{currency}/") else None

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

    def _denominator(self, i: int, value: float, j: int) -> bool:
        """ "the rate per 100,000 population began at 23.6": the denominator of a rate stated
        without its figure is never a quantity of its own; the figures after it carry its unit."""
        t = self.t
        per = t.word(i - 1) == "per" or (t.word(i - 1) == "cada" and t.word(i - 2) == "por")
        if not per:
            return False
        scale, last = self._scales(j)
        if t.word(last + 1) not in RATE_PEOPLE:
            return False
        here = self._sentence_index(t.starts[i])
        sentence = self.bounds[here] if 0 <= here < len(self.bounds) else (0, 0)
        unit = f"people/{value * scale:g} people"
        source = self.text[sentence[0] : sentence[1]][:600]
        self.last_unit = (here, unit, source)
        self.rate_context = (bisect_right(self.line_starts, t.starts[i]), unit, source)
        self.skip_to = last + 1
        return True

    def _carried(self, i: int, thousands: bool, scaled: float = 1.0) -> str | None:
        """The unit of the figure before, in this sentence or the one before; a figure in
        thousands or with a scale word (``scaled``, its multiplier) never takes a percent or a
        per-capita rate. A figure with a scale word and no noun ("pasaron de 12.5 mil millones")
        takes the currency of the last money figure printed with the same scale word up to three
        sentences before ("405 billones de pesos, unos 92 mil millones de dólares … 14 billones
        más": pesos), eight when its sentence names what a sum is of ("los que más dinero
        dejaron, 6.726 millones"): money stays the topic of a paragraph. Money with another
        scale word reaches only its own sentence ("Revenue hit $31.2bn. Phone shipments were
        12.4 million": a count)."""
        last = self.last_amount if thousands else self.last_unit
        here = self._sentence_index(self.t.starts[i])
        if scaled != 1.0:
            # a sentence that names what the sum is of ("los que más dinero dejaron en España,
            # 6.726 millones") reaches the paragraph's money further back
            reach = 8 if self._money_topic(i) else 3
            for sentence, unit, scale, source in reversed(self.scaled_money[-6:]):
                if here - sentence > reach:
                    break
                if scale == scaled:
                    self.context = source
                    return unit
        if last is not None:
            sentence, unit, source = last
            money = len(unit) == 3 and unit.isupper()
            # money reaches a later sentence only with a scale word ("3.9 billion"): "the toll
            # rose to 1,130" after "$1.5 billion" is not dollars
            reach = (3 if scaled != 1.0 and self._money_topic(i) else 0) if money else 1
            price, _, per = unit.partition("/")
            if scaled >= 1e6 and per and len(price) == 3 and price.isupper():
                reach = -1  # "ARPU … Rs 188 …, its customer base … to 55.21 million": no price
            if here - sentence <= reach:
                self.context = source
                return unit
        if not thousands and self.rate_context is not None and self._in_rate_paragraph(i):
            self.context = self.rate_context[2]
            return self.rate_context[1]
        return None

    def _level_after_percent(self, first: int) -> str | None:
        """The unit of a bare level right after "to"/"a" that follows a move in percent or in
        percentage points in its sentence: after a move in points, a percent ("unemployment rose
        0.3 percentage points to 5.1"); after a relative move, not a percent but a count ("the
        number of homicides fell by 4% to 619"), unless a rate is named before ("the rate
        fell 2% to 5.1", loosely for points)."""
        t = self.t
        if t.word(first - 1) not in ("to", "a", "from") or not self.found:
            return None
        move = self.found[-1]
        if move.kind != "change" or move.unit not in ("percent", "percentage_point"):
            return None
        if self._sentence_index(move.start) != self._sentence_index(t.starts[first]):
            return None
        gap = first - 1 - bisect_left(t.starts, move.end)
        if t.word(first - 1) == "from":
            # "a 14% increase in offences, from 630 to 719": the levels the move went between
            if gap > 8 or any(w in (";", ":") for w in t.words[first - 1 - gap : first - 1]):
                return None
        elif gap != 0:
            return None  # "fell by 4%" right before "to"
        if move.unit == "percentage_point":
            return "percent"
        before = t.words[max(0, first - 16) : first]
        if any(w in RATE_NOUNS or w in PERCENT_NAMES for w in before):
            return None
        if any(w in _LEVEL_INDEX_NAMES for w in before):
            return "dimensionless"  # "the CPI decreased by 1.2 per cent from 187.64"
        return "count"

    def _pasar_subject(self, first: int) -> str | None:
        """ "Las muertes … aumentaron, pasando de 132 en 2023 a 262", "Los casos graves pasaron
        de 16 a 19", "Las víctimas subieron de 30 a 41": the start of a Spanish "pasar de X a
        Y" (or of a move verb's "de X a Y") counts the plural noun that opens
        its sentence after an article (within its first four tokens): "people" for people,
        else "count"; not money, a price, a rate or a percent."""
        t = self.t
        if t.word(first - 1) == "a":  # "… pasando de 132 en 2023 a 262": the move's end
            starts = [k for k in range(max(1, first - 8), first - 1) if t.words[k] == "de"]
            if not starts or not self._pass_verb(starts[0] - 1):
                return None
            first = starts[0] + 1
        if t.word(first - 1) != "de" or not self._pass_verb(first - 2):
            return None
        here = self._sentence_index(t.starts[first])
        start = bisect_left(t.starts, self.bounds[here][0]) if here >= 0 else 0
        for k in range(start, min(start + 4, first - 2)):
            if t.words[k] in ("los", "las") and t.is_word(k + 1):
                w = t.words[k + 1]
                if w in self.lex.people:
                    return "people"
                not_counted = MONEY_TOPICS | PERCENT_NAMES | PRICE_WORDS | INDEX_WORDS | RATE_NOUNS
                if not w.endswith("s") or w in not_counted or w in NOT_COUNTED_SUBJECTS:
                    return None
                return "count"
        return None

    def _pass_verb(self, k: int) -> bool:
        """Token ``k`` ends "pasar" or a Spanish move ("subieron", "bajaron", "aumentaron"):
        before "de X a Y" it moves what its subject counts ("Las víctimas subieron de 30 a
        41")."""
        t = self.t
        return t.word(k) in PASS_VERBS or (
            self.lang == "es" and self.lex.changes.before(t.words, k + 1) is not None
        )

    def _subject_counted(self, first: int) -> str | None:
        """ "Hospitalisations drop to 106", "Deaths rise to 45", "Los contagios bajan a 106": a
        bare figure right after a move word and "to"/"a" whose subject, the plural noun just
        before the move word, is what it counts ("people" for people, else "count"); not a
        price, a rate, a temperature, an index or money ("Prices rose to 45")."""
        t = self.t
        if t.word(first - 1) not in ("to", "a") or first < 3:
            return None
        got = self.lex.changes.before(t.words, first - 1)
        if got is None:
            return None
        k = first - 2 - got[1]
        if t.word(k) in ("have", "has", "se", "han", "ha"):
            k -= 1
        w = t.word(k)
        if not t.is_word(k) or w in STOP or w in TIME or w in NOT_NOUNS:
            return None
        if w in self.lex.people:
            return "people"
        not_counted = (MONEY_TOPICS | PERCENT_NAMES | PRICE_WORDS | INDEX_WORDS | TEMPERATURE_LEVEL
                       | RATE_NOUNS)  # fmt: skip
        if not w.endswith("s") or w in not_counted or w in NOT_COUNTED_SUBJECTS:
            return None
        return "count"

    def _money_topic(self, i: int) -> bool:
        """The sentence names what a sum is of before the figure ("el ahorro voluntario creció
        …"); "sales" after a capitalised name counts the things sold ("iPhone sales were")."""
        t = self.t
        here = self._sentence_index(t.starts[i])
        start = max(0, i - 40, bisect_left(t.starts, self.bounds[here][0]) if here >= 0 else 0)
        for k in range(start, i):
            if t.words[k] not in MONEY_TOPICS:
                continue
            named = (
                k > 0
                and t.is_word(k - 1)
                and any(c.isupper() for c in self.scan[t.starts[k - 1] : t.ends[k - 1]])
            )
            if t.words[k] in ("sales", "ventas") and named:
                continue
            return True
        return False

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
