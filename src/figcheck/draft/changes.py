"""Change words around a figure ("rose", "un aumento del", "43% más alto", "down from"),
multiples ("doubled", "halved") and the length of a streak ("18 meses al alza")."""

from __future__ import annotations

from figcheck.draft.hedges import HedgeReader
from figcheck.draft.mention import Mention
from figcheck.draft.periods import MONTHS
from figcheck.draft.vocabulary import (
    CHANGE_NOUNS,
    COMPARED,
    MOVE_VERBS,
    MULTIPLES,
    PERIODIC_STREAK,
    PHRASAL_VERBS,
    RUN_NOUNS,
    STREAK_AFTER,
    STREAK_BEFORE,
    STREAK_MOVES,
    STREAK_NOUNS,
    STREAK_PHRASES,
    STREAK_UNIT,
)

#: Words between "by" and a move's figure ("increased by a record $853 billion").
_INSERTED = frozenset(["record", "further", "additional"])
_BY = frozenset(["by", "of"])
_SIGNS = ("+", "-", "−")
#: Adjectives a Spanish change noun takes before its figure ("un aumento récord de 12%").
_AFTER_NOUN = frozenset(
    ["histórica", "histórico", "récord", "inédita", "inédito", "fuerte", "ligera", "ligero",
     "leve", "importante", "significativa", "significativo", "drástica", "drástico"]
)  # fmt: skip


#: Words after "twice" that make it a multiple ("twice as fast", "twice the size"), and the
#: copulas before it ("profit was twice Wall Street estimates").
_TWICE_OF = frozenset(["as", "the", "that", "what", "its", "their", "his", "her", "our", "this"])
_COPULAS = frozenset(["was", "is", "are", "were", "be", "been", "being"])
#: Irregular past participles a passive "was twice …" may take ("twice beaten", "twice held").
_PARTICIPLES = frozenset(["born", "hit", "sent", "won", "beaten", "taken", "given", "seen",
                          "caught", "held", "struck", "shot", "run", "bitten", "found", "sold",
                          "told", "paid", "made", "put", "set", "cut", "thrown", "chosen",
                          "written", "stolen", "known", "done", "brought", "bought",
                          "left"])  # fmt: skip


def _participle(word: str) -> bool:
    """Whether ``word`` is a past participle ("convicted", "suspended", "beaten")."""
    return word in _PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


#: Verbs of a fall before "N-fold" ("declined twofold" is a halving).
_FALL_VERBS = frozenset(["declined", "declines", "decline", "fell", "falls", "fall", "dropped",
                         "drops", "drop", "decreased", "decreases", "shrank", "shrunk",
                         "plunged", "plummeted"])  # fmt: skip


class ChangeReader(HedgeReader):
    """Reads change words, multiples and streaks."""

    def _change(self, k: int) -> tuple[str | None, str | None, int]:
        """(change word, direction, first token) when a change word stands before token ``k``."""
        t = self.t
        j = k
        if t.word(k - 1) in _INSERTED and t.word(k - 2) in ("a", "an") and t.word(k - 3) in _BY:
            j = k - 2  # "increased by a record $853 billion": the record word is the move's
        elif t.word(k - 1) in _SIGNS and t.joined(k):
            j = k - 1  # "cayeron -3.2%": the verb says the direction, the sign repeats it
        got = self.lex.changes.before(t.words, j)
        if got is None and t.word(j - 1) in ("by", "of", "de", "del", "en", "un", "from"):
            j -= 1
            got = self.lex.changes.before(t.words, j)
        if got is None and t.word(k - 1) in ("un", "una", "by"):
            # "el IPC subió en marzo un 0,3%", "prices rose in March 2008 by 0.3%": the verb
            # before the month the move is of
            for gap in (2, 3, 4):
                i = k - 1 - gap
                between = t.words[i + 2 : k - 1]
                if t.word(i) not in ("en", "in") or t.word(i + 1) not in MONTHS:
                    continue
                if all(w in ("de", "del") or w.isdigit() for w in between):
                    found = self.lex.changes.before(t.words, i)
                    if found is not None and found[1] == 1:  # the figure stays the mention
                        return t.words[i - 1], found[0], k
                break
        if got is None and t.word(k - 1) in ("de", "del") and t.word(k - 2) in _AFTER_NOUN:
            # "un aumento récord de 12%": the phrase "un aumento de" around an adjective
            window = [*t.words[max(0, k - 2 - self.lex.changes.longest) : k - 2], t.words[k - 1]]
            found = self.lex.changes.before(window, len(window))
            if found is not None:
                start = k - 1 - found[1]
                return " ".join(t.words[start:k]), found[0], start
        if got is None or (got[1] == 1 and t.word(j - 2) in PHRASAL_VERBS):
            return None, None, k  # "make up 18%": not a move
        direction, n = got
        return " ".join(t.words[j - n : j]), direction, j - n

    def _change_after(self, k: int) -> tuple[str, str, int] | None:
        """ "un 3% más", "43% más alto", "a 1.2-percent increase", "3.422 millones más"."""
        t = self.t
        w = t.word(k)
        if w in ("más", "superior", "mayor") and t.word(k + 1) not in ("de", "del"):
            last = k + (t.word(k + 1) in ("alto", "alta"))
            return w, "up", last
        compared = t.word(k + 1) == "que" and (
            t.word(k - 1) in ("%", "ciento") or t.word(k + 2) in ("en", "el", "la", "hace", "un")
        )
        if w in ("menos", "inferior", "menor") and (
            t.word(k + 1) not in ("de", "del", "que") or compared
        ):  # "3,2% menos que en 2022", "5,1 millones menos que en 2020"
            return w, "down", k
        if w in CHANGE_NOUNS:
            return w, CHANGE_NOUNS[w], k  # "a 30 percent reduction in deaths"
        nxt = t.word(k + 1)
        if w in ("more", "less") and t.word(k - 1) in ("%", "percent", "cent"):
            return w, "up" if w == "more" else "down", k  # "12% more to health"
        if w in ("more", "fewer", "less") and nxt == "than" and t.word(k + 2) in COMPARED:
            return w, "up" if w == "more" else "down", k  # "52,000 fewer than a year earlier"
        if w in ("above", "below") and nxt in COMPARED:
            return w, "up" if w == "above" else "down", k  # "20 per cent above their level of"
        if w in ("higher", "lower") and nxt in COMPARED | {"than", "at", "to"}:
            return w, "up" if w == "higher" else "down", k  # "12% higher than a year ago",
            # a market's close: "96 points higher at 7,512", "12.5p lower at 840p"
        year = t.word(k + 2)[:2] in ("19", "20") and len(t.word(k + 2)) == 4  # "up from 2019"
        if (
            w in ("up", "down")
            and nxt == "from"
            and (
                (t.is_digits(k + 2) and not year) or self._currency_at(k + 2, "before") is not None
            )
        ):
            return None  # "to Ksh. 15.3 Billion up from Ksh. 7.6 Billion": the next one's move
        if w in ("up", "down") and nxt in ("on", "from"):
            return w, w, k  # "5% up on the year"
        return None

    def _signed(self, i: int) -> tuple[str, str, int] | None:
        """ "(+49,000)", "(-1.2%)", "(-4.0%, -1.9% in 2015)": a figure printed with its sign in
        brackets, or after a comma in a bracket that opens with one, is a change."""
        t = self.t
        sign = t.word(i - 1)
        if sign not in _SIGNS or not t.joined(i):
            return None
        if t.word(i - 2) == "," and not self._signed_list(i - 3):
            return None  # "(12.5%, 9.1% and 4.0%)": levels
        if t.word(i - 2) not in ("(", ","):
            return None
        return sign, "up" if sign == "+" else "down", i - 1

    def _signed_list(self, k: int) -> bool:
        """Token ``k`` is inside a bracket that opens with a signed figure ("(-4.0%, -1.9% in
        2015)": the later figures of the list are changes too)."""
        t = self.t
        for m in range(k, max(-1, k - 16), -1):
            if t.word(m) == ")":
                return False
            if t.word(m) == "(":
                return t.word(m + 1) in _SIGNS and t.joined(m + 2)
        return False

    def _move_before(self, k: int) -> str | None:
        """The direction of the nearest change word in the eight tokens before token ``k``."""
        t = self.t
        for m in range(k, max(0, k - 7) - 1, -1):
            got = self.lex.changes.before(t.words, m)
            if got is not None:
                return got[0]
        return None

    def _moved(self, k: int) -> bool:
        """A change word stands in the eight tokens before token ``k`` ("rose … from")."""
        return self._move_before(k) is not None

    def _multiple(self, i: int) -> tuple[Mention, int] | None:
        t, w = self.t, self.t.words[i]
        if w == "double" and t.word(i + 1) in ("digits", "digit", "-", "check", "standard"):
            return None
        if w == "twice" and t.word(i + 1) not in _TWICE_OF and t.word(i - 1) not in _COPULAS:
            return None  # "met twice in May": how often; "twice as fast", "was twice the …"
        if w == "twice" and t.word(i + 1) not in _TWICE_OF and _participle(t.word(i + 1)):
            return None  # "he was twice convicted": how often (review33)
        if (
            w in ("doble", "triple")
            and self.lang == "es"
            and (
                t.word(i - 1) not in ("el", "al", "del")
                or t.word(i + 1) not in ("de", "del", "que")
            )
        ):
            return None  # "el doble del gasto en salud", not "doble nacionalidad"
        name = self.scan[t.starts[i + 2] : t.ends[i + 2]] if t.is_word(i + 2) else ""
        if w == "doble" and t.word(i + 1) == "de" and name.istitle():
            return None  # "El doble de Messi firmó autógrafos": a person's double
        factor = MULTIPLES[w]
        start = i - 1 if t.word(i - 1) in ("a", "el") else i
        if w.endswith("fold") and t.word(i - 1) in _FALL_VERBS:
            factor, start = 1 / factor, i - 1  # "declined twofold": halved
        hedge, checker, first = self._hedge(start)
        m = self._mention(t.starts[first], t.ends[i], f"{factor:g}", factor, "", kind="change",
                          change=w, hedge=hedge, checker_hedge=checker,
                          direction="down" if factor < 1 else "up")  # fmt: skip
        return m, i

    def _move_by_to(self, first: int, j: int) -> tuple[str, str | None, int] | None:
        """(verb, direction, first token) for "by X to Y" after the figure X: a move, whose
        verb may stand a few words before ("lifting their weekly wage by $21.38 to $812.60")."""
        t = self.t
        if t.word(first - 1) != "by" or t.word(j + 1) != "to":
            return None
        for m in range(first - 2, max(-1, first - 8), -1):
            if not t.is_word(m):
                break
            w = t.words[m]
            got = self.lex.changes.before(t.words, m + 1)
            if w in MOVE_VERBS or (got is not None and got[1] == 1):
                return w, MOVE_VERBS.get(w) or (got[0] if got else None), m
        return "by", None, first - 1

    def _run_noun(self, k: int) -> int | None:
        """The last token of a run's noun at ``k`` ("run", "flat run", "losing streak")."""
        t = self.t
        if t.word(k) in RUN_NOUNS:
            return k
        if t.is_word(k) and t.word(k + 1) in RUN_NOUNS:
            return k + 1
        return None

    def _hyphen_run(self, k: int) -> tuple[str, str, int] | None:
        """(unit, record phrase, last token) for a run's length joined to its figure by a hyphen
        at token ``k``: "three-day flat run", "5-day losing streak"."""
        t = self.t
        unit = STREAK_UNIT.get(t.word(k))
        last = self._run_noun(k + 1) if unit is not None else None
        if unit is None or last is None:
            return None
        return unit, " ".join(t.words[k : last + 1]), last

    def _run_after_move(self, first: int, j: int) -> tuple[str, str, int, int] | None:
        """(unit, record phrase, first token, last token) for a run's length after a move verb
        and "for": "falling for two days", "rose for three weeks"."""
        t = self.t
        unit = STREAK_UNIT.get(t.word(j + 1))
        if unit is None or t.word(first - 1) != "for":
            return None
        got = self.lex.changes.before(t.words, first - 1)
        if got is None:
            return None
        start = first - 1 - got[1]
        return unit, " ".join(t.words[start:first]), start, j + 1

    def _streak_to(self, first: int, j: int) -> tuple[str, str, int] | None:
        """(unit, record phrase, last token) for the length of a streak a streak noun leads to,
        its time unit printed after it or after the next figure ("extended their weekly winning
        streaks to six and four weeks", "una racha de cinco semanas")."""
        t = self.t
        k = first - 1
        if t.word(k) in ("and", "y") and (t.is_digits(k - 1) or t.word(k - 1) in self.lex.numbers):
            k -= 2  # "to six and four weeks": the second figure
        if t.word(k) not in ("to", "of", "de") or t.word(k - 1) not in STREAK_NOUNS:
            return None
        unit_at = j + 1
        if t.word(j + 1) in ("and", "y") and (
            t.is_digits(j + 2) or t.word(j + 2) in self.lex.numbers
        ):
            unit_at = j + 3  # "to six and four weeks": the first figure
        unit = STREAK_UNIT.get(t.word(unit_at))
        if unit is None:
            return None
        last = unit_at if unit_at == j + 1 else j
        return unit, " ".join(t.words[k - 1 : unit_at + 1]), last

    def _streak(self, j: int) -> tuple[str, str, int] | None:
        """(unit, record phrase, last token) for the length of a streak after token ``j``
        ("18 meses al alza", "6 Weekly Gains")."""
        t = self.t
        k = j + 1
        if t.word(k) in PERIODIC_STREAK and t.word(k + 1) in STREAK_MOVES:
            # "6 Weekly Gains": six weeks of gains
            return PERIODIC_STREAK[t.words[k]], f"{t.words[k]} {t.words[k + 1]}", k + 1
        if t.word(k) in STREAK_BEFORE and t.word(k + 1) in STREAK_UNIT:
            return STREAK_UNIT[t.words[k + 1]], f"{t.words[k]} {t.words[k + 1]}", k + 1
        unit = STREAK_UNIT.get(t.word(k))
        if unit is None:
            return None
        if t.word(k + 1) in STREAK_AFTER:
            return unit, f"{t.words[k]} {t.words[k + 1]}", k + 1
        for phrase in STREAK_PHRASES:
            n = len(phrase)
            if tuple(t.words[k + 1 : k + 1 + n]) == phrase:
                if phrase == ("a", "la") and t.word(k + 3) != "baja":
                    continue
                last = k + n + (phrase == ("a", "la"))
                return unit, " ".join(t.words[k : last + 1]), last
        return None
