"""Spelled fractions and ratios as shares: "about a third", "la mitad", "three in four", "one in
every five", "tres de cada cuatro"."""

from __future__ import annotations

from figcheck.draft.measures import MeasureReader
from figcheck.draft.mention import Mention
from figcheck.draft.vocabulary import ORDINAL_AFTER, STREAK_UNIT, TIME

#: Fractions that are also ordinals ("a third", "an eighth"): before a noun, a place in a row.
_ORDINALS = frozenset(["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
#: Words after such a fraction that keep it a share ("a third of", "a fifth more").
_SHARE_AFTER = frozenset([
    "of", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater",
    "above", "below", "over", "under", "the", "its", "their", "his", "her", "our", "your", "and",
    "or", "to", "in", "on", "at", "from", "since", "last", "this", "that", "a", "an", "as",
    "compared", "cheaper", "dearer", "faster", "slower", "off", "down", "up",
])  # fmt: skip


class ShareReader(MeasureReader):
    """Reads spelled fractions and ratios."""

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
            halved = self._half_a_unit(i) if first_word == "half" else None
            if halved is None:
                halved = self._hyphened_unit(last)
                if halved is not None:  # "a half-mile", "one quarter-pound": a part of a unit
                    unit, unit_last = halved
                    part = share / 100
                    return self._share_mention(i, unit_last, f"{part:g} {unit}", part, unit)
            if halved is not None:  # "half a mile", "shrank by half a day"
                unit, unit_last = halved
                return self._share_mention(i, unit_last, f"0.5 {unit}", 0.5, unit)
            if first_word == "half":
                prev = t.word(i - 1)
                if prev in ("first", "second", "a", "an", "the", "one") or t.word(i + 1) == "-":
                    return None
                if not (t.word(i + 1) in ("of", "its", "their", "his", "her", "our", "your")
                        or self.lex.hedges.before(t.words, i)
                        or prev in ("by", "than")):  # fmt: skip
                    return None
            if t.word(i - 1) == "and" and (t.is_digits(i - 2) or t.word(i - 2) in self.lex.numbers):
                return None  # "two and a half years": part of a number
            point = self._point_tail(last, ends_in_point=t.words[last] == "punto")
            if point is not None:  # "half a percentage point", "un cuarto de punto"
                return self._share_mention(i, point, f"{share / 100:g} percentage_point",
                                           share / 100, "percentage_point")  # fmt: skip
            if t.word(last + 1) in ("century", "centuries", "hour", "mile", "point", "siglo"):
                return None
            if t.word(last + 1) in ORDINAL_AFTER:
                return None  # "a third straight month", "a fifth time": an ordinal
            if self._ordinal_of_a_noun(i, last):
                return None  # "Nadal won a seventh title", "a third term bid": an ordinal
            if t.word(last + 1) == "-" and t.joined(last + 1):
                return None  # "a half-hour drive"
        else:
            assert d_in is not None
            share, last = d_in
        return self._share_mention(i, last, f"{share:.4g} percent", share, "percent")

    def _ordinal_of_a_noun(self, i: int, last: int) -> bool:
        """ "a seventh title", "a third stadium": "a"/"an" and an ordinal before a noun count a
        place in a row, not a share (review30); "a third of", "a third higher", "by a third",
        "about a third" and "a third." stay shares."""
        t = self.t
        if t.words[i] not in ("a", "an") or t.words[last] not in _ORDINALS:
            return False
        after = t.word(last + 1)
        if not t.is_word(last + 1) or after in _SHARE_AFTER or not after.isalpha():
            return False
        return t.word(i - 1) not in ("by", "than") and not self.lex.hedges.before(t.words, i)

    def _half_a_unit(self, i: int) -> tuple[str, int] | None:
        """(unit, last token) for "half a mile", "half a tonne", and, after a change word,
        "by half a day": half of a unit of measure (a duration counts only as a change)."""
        t = self.t
        if t.word(i + 1) not in ("a", "an"):
            return None
        unit = self.lex.units.after(t.words, i + 2)
        if unit is not None and unit[0] != "hour":
            return unit[0], i + 1 + unit[1]
        period = STREAK_UNIT.get(t.word(i + 2))
        if period is not None and t.word(i - 1) == "by":
            return period, i + 2
        return None

    def _hyphened_unit(self, last: int) -> tuple[str, int] | None:
        """(unit, last token) of a unit of measure hyphenated to the fraction ending at ``last``
        ("half-mile", "quarter-pound"); a "half-hour" is a duration, not a measure."""
        t = self.t
        if t.word(last + 1) != "-" or not t.joined(last + 1) or not t.joined(last + 2):
            return None
        unit = self.lex.units.after(t.words, last + 2)
        if unit is None or unit[0] == "hour":
            return None
        return unit[0], last + 1 + unit[1]

    def _point_tail(self, last: int, ends_in_point: bool) -> int | None:
        """The last token of "… a percentage point", "… point", "… de punto", "… punto
        porcentual" after a spelled fraction ending at ``last``: a fraction of a point."""
        t = self.t
        if ends_in_point:  # "medio punto (porcentual)"
            return last + (t.word(last + 1) in ("porcentual", "porcentuales"))
        k = last + 1 + (t.word(last + 1) in ("a", "of", "de"))
        if t.word(k) == "percentage" and t.word(k + 1) in ("point", "points"):
            return k + 1
        if t.word(k) in ("point", "punto") and t.word(last + 1) != "a":
            return k + (t.word(k + 1) in ("porcentual", "porcentuales"))
        return None

    def _share_mention(self, i: int, last: int, value: str, magnitude: float, unit: str
                       ) -> tuple[Mention, int]:  # fmt: skip
        t = self.t
        hedge, checker, first = self._hedge(i)
        change, direction, first2 = self._change(first)
        m = self._mention(t.starts[first2 if change else first], t.ends[last], value, magnitude,
                          unit,
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
        if not den or den < numerator or (bounded and den > 100) or t.word(j + 1) in TIME:
            return None
        return round(100 * numerator / den, 2), j
