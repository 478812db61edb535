"""Which period governs each figure of an article (issue 15, item 4): the one its sentence
gives it, the one the article is about, or the article's date, read as a draft's ``as_of`` and
``where``.

Pure: an article's mentions, in order, and its date in; one :class:`Period` (or None) per
mention out. The rules, and the classes of text they were written for, are in
docs/extraction.md ("Period accuracy").
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from figcheck.draft.extract import Mention
from figcheck.draft.periods import (
    HEAD_KINDS,
    MONTHS,
    NOT_FROM_HEAD,
    RELATIVE_KINDS,
    SAME_TIME,
    Period,
    find_periods,
    months_after,
    resolve,
)
from figcheck.draft.vocabulary import COMPARED_WITH

__all__ = ["drafted_period", "drafted_periods"]


def drafted_period(mention: Mention, published: str | None) -> Period | None:
    """The period of ``mention``'s own sentence (see :func:`drafted_periods`), resolved against
    the article's date."""
    return resolve(mention.periods[0], published) if mention.periods else None


def drafted_periods(mentions: Sequence[Mention], published: str | None) -> list[Period | None]:
    """The period a draft gives each of ``mentions`` (an article's, in order; its ``as_of`` and
    ``where`` year): the one its sentence gives it (:func:`drafted_period`); else the one the
    article was last about, the own period of the last figure before it that has one and is not
    a comparison ("up from 4 million last year", "since 2015"); else the article's date. A
    change measured from a compared period ("rose 2.3% compared with August 2018") runs to the
    sentence's other period, else the article's; "since 2012" runs from 2012 to that time."""
    out: list[Period | None] = []
    running: Period | None = None
    asides: set[tuple[int, int]] = set()  # periods seen in a relative clause: no later figure's
    # figures of the title that print no period ("… el accidente en el que murieron 54
    # migrantes"): they take the period the body's first figure makes the article's
    titled: list[int] = []
    sentence, cursor = "", 0  # the sentence of the last figure, and where that figure ends
    counted_to = _counted_to(mentions, published)
    week_end = ""  # the last day a week was named by ("the week ending September 26, 2019")
    for mention in _paired(mentions):
        week_end = _week_ending(mention, week_end)
        running = _stated_quietly(mention, running, published)
        asides.update((p.start, p.end) for p in mention.periods if _aside(mention, p) >= 0)
        own, about = _own_period(mention, running, published, asides)
        own = _to_day(own, counted_to)
        own = _week_before(own, week_end)
        if mention.sentence is not sentence and mention.sentence != sentence:
            sentence, cursor = mention.sentence, 0
        here = sentence.find(mention.text, cursor, cursor + 4000)  # bounded: linear time
        cursor = here + len(mention.text) if here >= 0 else cursor
        following = (
            _year_after_previous(sentence, cursor, mention.start - here, published)
            if here >= 0 and (own is None or own.kind == "year")
            else None
        )
        # "increased by 2.7% (+1.7% in 2015)": 2016's, as the later figures; "+1.7%" (had it
        # taken 2016): 2015's
        year = int(following[0].first) if following is not None else 0
        if following is not None and (own is None or own.first == str(
                year - 1 if following[1] else year + 1)):  # fmt: skip
            own, about = following
        if about and not _day_before(own, running) and not _looks_back(mention, own, running):
            running = own
        if own is not None:
            own = _so_far(mention, _same_months(mention, own, running), published)
            own = _as_of_day(mention, own, published)
        dated = own if own is not None and (own.first or own.last) else None
        if dated is None and running is None and mention.line == 1:
            titled.append(len(out))
        elif titled and mention.line > 1:  # the body's first figure: the time it is about
            for index in titled if running is not None else ():
                out[index] = running
            titled = []
        out.append(_move_start(mention, dated or running or _published_period(published) or own))
    return _respectively(mentions, out, published)


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ITEM = rf"(?:(?:{_MONTH_NAMES})(?:\s+(?:de(?:l)?\s+)?(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})"
#: "En julio y agosto …", "in 2019 and 2020": the periods a "respectively" gives in order
_PERIOD_LIST = re.compile(rf"\b(?:in|en|durante|during|for|para)\s+({_ITEM}(?:\s*,\s*{_ITEM})*"
                          rf"\s*,?\s+(?:and|y|e)\s+{_ITEM})\b", re.IGNORECASE)  # fmt: skip
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b", re.IGNORECASE)


def _respectively(mentions: Sequence[Mention], out: list[Period | None], published: str | None
                  ) -> list[Period | None]:  # fmt: skip
    """In a sentence that lists periods and figures and says "respectively" ("En julio y agosto
    las exportaciones habían subido 1.03 y 3.03 por ciento, respectivamente"), the figures
    right before "respectively" take the listed periods in order, one each."""
    for sentence in dict.fromkeys(m.sentence for m in mentions):
        said = _RESPECTIVELY.search(sentence)
        listed = _PERIOD_LIST.search(sentence) if said else None
        if said is None or listed is None:
            continue
        items = re.findall(_ITEM, listed.group(1), re.IGNORECASE)
        here = [i for i, m in enumerate(mentions) if m.sentence is sentence
                or m.sentence == sentence]  # fmt: skip
        before = [i for i in here if 0 <= sentence.find(mentions[i].text) < said.start()]
        if len(items) < 2 or len(before) < len(items):
            continue
        for i, item in zip(before[-len(items) :], items, strict=True):
            read = find_periods(f"en {item}")
            if read and read[0].kind in ("month", "year"):
                out[i] = resolve(read[0], published)
    return out


_WEEK_ENDING = re.compile(r"\bweek\s+(?:ending|ended)\s+(?:on\s+)?$", re.IGNORECASE)


def _week_ending(mention: Mention, week_end: str) -> str:
    """The day of the last week named by its end in ``mention``'s sentence ("for the week
    ending September 26, 2019"), else ``week_end``."""
    for period in mention.periods:
        if (period.kind == "day" and len(period.first) == 10
                and preceded(mention, period, _WEEK_ENDING)):  # fmt: skip
            return period.first
    return week_end


def _week_before(own: Period | None, week_end: str) -> Period | None:
    """A "last week" in a text that names its weeks by their last day ("the week ending September
    26, 2019, up from last week when it averaged 3.64 percent"): the week ending seven days
    before, as that day; else ``own``."""
    if own is None or not week_end or " ".join(own.text.lower().split()) != "last week":
        return own
    day = datetime.date.fromisoformat(week_end) - datetime.timedelta(days=7)
    return replace(own, kind="day", first=day.isoformat(), last="")


#: the words between a figure and its pair: its target ("rose 28% to", "a 22.5% decrease in net
#: profit, totaling"), the same figure again (", or"), a second figure ("228 muertos y")
_PAIR_GLUE = re.compile(r"^\s*(?:,\s*)?(?:in\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*,\s*)?"
                        r"(?:to|at|totall?ing|reaching|or|and|a|al|hasta|y|e|o)\s+"
                        r"(?:(?:about|around|some|nearly|almost|unos|unas|casi)\s+)?$",
                        re.IGNORECASE)  # fmt: skip


def _paired(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, a figure with no period printed in its sentence taking the periods of the
    figure right after it that it pairs with, when those stand after that figure ("operating
    profit rose 28% to 120.6 billion yen in the April-June period", "228 muertos y 315.942 casos
    … en lo que va del 2024"): the two share a time (the pair's figure kept the period only
    because no other figure stood between)."""
    out = list(mentions)
    for i, (mention, pair) in enumerate(itertools.pairwise(mentions)):
        at = mention.sentence.find(mention.text)
        if pair.sentence != mention.sentence or any(
            _printed_here(mention, p, at) for p in mention.periods
        ):
            continue
        here = mention.sentence.find(pair.text, at + len(mention.text)) if at >= 0 else -1
        if here < 0 or not _PAIR_GLUE.match(mention.sentence[at + len(mention.text) : here]):
            continue
        after = here + len(pair.text)
        first = pair.periods[0] if pair.periods else None
        if (first is not None and mention.sentence.find(" ".join(first.text.split()), after) >= 0
                and not _compared(pair, first)):  # fmt: skip
            out[i] = replace(mention, periods=pair.periods)
    return out


def _printed_here(mention: Mention, period: Period, at: int) -> bool:
    """``period`` is printed in ``mention``'s sentence (where ``mention`` stands at ``at``), not
    carried from the sentence before (though printed later in this one: "… in Q4FY23")."""
    printed = " ".join(period.text.split())
    if at < 0:
        return printed in mention.sentence
    where = period.start - (mention.start - at)
    return mention.sentence[where : where + len(printed)] == printed if where >= 0 else False


#: the kinds a sentence without a figure may state for the figures after it
_QUIET_KINDS = HEAD_KINDS | {"day", "weekday", "yesterday", "letter-day", "year-to"}
_QUIET_NOT = NOT_FROM_HEAD  # the words before a period that state no figure's time
#: a start or a relative clause before a period: "since the ministry began the survey in",
#: "las reformas que, en febrero pasado,"
_QUIET_ASIDE = re.compile(r"\b(?:since|desde|which|who|that|when|where|que|quien(?:es)?|cuando|"
                          r"donde|cual(?:es)?)\b[\s,]+(?:[^\W\d]+\s+){0,6}$",
                          re.IGNORECASE)  # fmt: skip
#: a verb of reporting up to five words before a day: the day of a report, not of its figures
_QUIET_REPORT = re.compile(r"\b(?:released|published|reported|announced|said|showed|issued|"
                           r"informó|publicó|dijo|reportó|anunció|difundió|dio a conocer|"
                           r"informado|publicado|dicho|reportado|anunciado|difundido)\s+"
                           r"(?:[^\W\d]+\s+){0,5}$", re.IGNORECASE)  # fmt: skip
#: "durante el año anterior", "during the last year": a year stated for the figures after it
_QUIET_LAST_YEAR = re.compile(r"\b(?:durante|during|throughout|over)\s+$", re.IGNORECASE)
#: a figure (not a name's number: "the FTSE 100's fallers"): "(112.8, compared with … in 1989)"
_QUIET_FIGURE = re.compile(r"(?<![A-Z][ -])(?<![\w.,])\d")


def _fiscal_relative(first: Period, own: Period, running: Period | None,
                     published: str | None) -> Period:  # fmt: skip
    """ "this year", "next year", "last year" in a text about a fiscal year ("their most recent
    budget, for fiscal year 2010, … spend over $23,000 per student this year"): that fiscal
    year, the next, the one before."""
    fiscal = running.first if running is not None and running.kind == "fiscal" else ""
    if first.kind != "relative" or own.kind != "year" or not published:
        return own
    if not re.fullmatch(r"FY(?:19|20)\d{2}", fiscal) or not own.first.isdigit():
        return own
    shift = int(own.first) - int(published[:4])
    return replace(own, kind="fiscal", first=f"FY{int(fiscal[2:]) + shift}", last="")


def _stated_quietly(mention: Mention, running: Period | None, published: str | None
                    ) -> Period | None:  # fmt: skip
    """The period the article is about after the sentences without a figure before
    ``mention`` ("The FTSE 100 fell yesterday as traders took profits. … Compass shares closed
    155.5p lower"): the last they state, not a base ("compared with 2010"), a start ("since
    2010"), a report's day ("released on Friday"), a look back or a time after the article's
    date, a look back in a clause ("…, que, en febrero pasado,", "since the survey began in
    2004"), a time more than a year before the article's ("In 2016, a similar wildfire …"), or
    one in a sentence that prints a figure the extractor took for none; else ``running``. Only
    for a figure whose own sentence gives it no period but one read against another ("this
    year", "a year earlier"): one that does governs itself."""
    if any(
        p.kind not in _READ_AGAINST
        and (p.first or p.last)
        and not (p.ahead and " ".join(p.text.split()) not in mention.sentence)
        and not _compared(mention, p)  # "in comparison to September": a base, no time of its own
        for p in mention.periods
    ):
        return running  # not "this year", "a year earlier" (read against it), "esta primera
        # quincena" (of the month it is about), nor a forecast's month carried from before
    for period, before in mention.quiet:
        if (published and _QUIET_LAST_YEAR.search(before)
                and _LAST_YEAR.fullmatch(" ".join(period.text.split()))):  # fmt: skip
            # "durante el año anterior se alcanzó un nuevo récord": the calendar year before
            # the article's
            period = replace(period, kind="year", first=str(int(published[:4]) - 1), last="",
                             word="in")  # fmt: skip
        if period.kind not in _QUIET_KINDS or period.word in _QUIET_NOT:
            continue
        if _COMPARED.search(before) or _BACK.search(before) or _PREVIOUS.search(before):
            continue
        if _QUIET_ASIDE.search(before) or _QUIET_FIGURE.search(before):
            continue
        if period.kind in ("day", "weekday", "yesterday", "letter-day") and _QUIET_REPORT.search(
                before):  # fmt: skip
            continue  # "The agency released the figures on Friday."
        read = resolve(period, published)
        end = read.last or read.first
        if read.kind == "fiscal":  # "the budget for fiscal year 2010" (a year ahead, at most)
            year = int(end[2:6])
            if published and not int(published[:4]) - 1 <= year <= int(published[:4]) + 1:
                continue
            running = read
            continue
        if not end[:4].isdigit() or (published and end > published[: len(end)]):
            continue
        if (published and int(end[:4]) < int(published[:4]) - 1) or read.first == published:
            continue  # long before the article, or its own day (which figures fall back to)
        if not _day_before(read, running):
            running = read
    return running


def _own_period(mention: Mention, running: Period | None, published: str | None,
                asides: set[tuple[int, int]]) -> tuple[Period | None, bool]:  # fmt: skip
    """The period ``mention``'s sentence gives it, and whether later figures are about it too
    (``asides``: where periods printed in a relative clause of an earlier sentence stand)."""
    periods = [p for p in mention.periods if not _record_bound(mention, p)
               and not _of_the_start(mention, p)
               and not _owns_a_bracket(mention, p)
               and not _in_aside(mention, p)
               and (" ".join(p.text.split()) in mention.sentence
                    or (p.start, p.end) not in asides)]  # fmt: skip
    # the day of a report ("según ha informado este martes") when the article, or the sentence,
    # has said what time its figures are
    unreported = [p for p in periods if not _reported(mention, p)]
    periods = unreported if running is not None or unreported else periods
    if not periods:
        return None, False
    periods = _bracket_month_first(mention, periods)
    first = periods[0]
    if (first.ahead or first.kind in ("last-week", "ago") or _LOOKS_AGO.search(first.text)) and (
        " ".join(first.text.split()) not in mention.sentence
    ):  # carried from the sentence before: a projection's day ("by 30 June"), a look back
        return None, False  # ("gained 4% last week", "compared with $2.208 a year ago")
    if running is not None and " ".join(first.text.split()) not in mention.sentence:
        year = re.search(r"(?:19|20)\d{2}", first.first)
        if year is None or not re.search(rf"\b{year.group(0)}\b", mention.sentence):
            return running, False  # the extractor's pick from the sentence before: the article's
        return resolve(first, published), False  # "… in fiscal year 2022. Of that 2022 amount,"
    in_year = _sentence_year(mention, first, periods, published)
    own = (
        resolve(first, in_year)
        if in_year
        else _resolved(first, _sentence_time(mention, periods, published) or running, published)
    )
    own = _fiscal_relative(first, own, running, published)
    # "down from 99%", "increased from 16.7 tonnes": an earlier level, the start of a move
    moved = (mention.change or "").endswith(" from") or " from " in f" {mention.text.lower()}"
    if _compared(mention, first) and (_names_figure(mention, first) or _dated_from(mention, first)):
        return own, False  # "below the revised August rate of 1,249,000": its own, not the text's
    if _compared(mention, first):
        after = first.start >= mention.end
        # "since 2012 … added 300"; "increases since August 2018 were … (33.3%)": to the
        # article's time; not "since X, when 5" (X's)
        since = first.word in _BASES and (after or not _when_between(mention, first))
        # "Compared with January 2012, … increased by 167 000 … and by 162 000": a base that
        # opens the sentence is every figure's base, as a change's
        # "un incremento del 7% con respecto a los 11 primeros meses de 2016), Alemania (con 11,4
        # millones": a period right after "respecto a", "compared with" is a base only, of no
        # level after it ("Imports were 3 million, compared with 2017")
        based = (mention.kind == "change" or _opens(mention, first)
                 or (preceded(mention, first, _BASE_ONLY)
                     and first.word not in ("of", "(")  # not "August's 31.3"
                     and (after or not _clause_of(mention, first))))  # fmt: skip
        # "subieron 3,1% en mayo respecto de abril y 57,3% interanual": a base printed before
        # the figure, in the same clause, is an earlier comparison's (not "superior a la de
        # 2016, que fue de 20": that figure's)
        lone = not after and not moved and _same_clause_after(mention, first)
        if not (since or (after and not moved) or (based and not moved) or lone):
            return own, False
        if (
            after
            and not based
            and _BASE_BEFORE.search(_before(mention))
            and _SAME_RIGHT_AFTER.match(
                mention.sentence, mention.sentence.find(mention.text) + len(mention.text)
            )
        ):  # "as against a loss of Rs 21 crore over the same period last year": the base's own
            return own, False
        others = [p for p in periods[1:] if not _compared(mention, p)]
        now = _resolved(others[0], running, published) if others else None
        if since:  # to the article's time
            end = _published_period(published) or now or running
            return (_span(own, end) if end else own), False
        if now is not None:
            return now, True  # "En enero de 2018 … subieron 14,6 % respecto al mismo mes de 2017"
        return running or _published_period(published) or own, False
    # "17% menos frente a los 4,3 millones del primer cuatrimestre de 2019": a compared figure's
    # period is its own, not the article's
    # not a month naming a bracket ("March (107mm …)"), nor a look back ("noviembre de ese año")
    # "En lo que va de 2024": a year to date printed with its year is what the text is about
    dated_to_date = first.kind == "to-date" and re.search(r"(?:19|20)\d{2}", first.text)
    about = bool(own.first) and (first.kind not in _NOT_ABOUT or bool(dated_to_date))
    about = about and not moved
    about = about and first.word not in ("(", "that")
    about = about and not _BASE_BEFORE.search(_before(mention)) and not first.ahead  # "by 30 June"
    # "por encima del 4% de julio", "above the 4% of July": a compared month's figure
    about = about and not (_ABOVE.search(_before(mention)) and first.word in ("de", "del", "of"))
    return own, about and not _PREVIOUS.search(_before(mention)) and not preceded(
        mention, first, SAME_TIME
    ) and not _bracketed(mention, first) and _aside(mention, first) < 0
    # not "in the same week of 2021/22", "(21% in May)", ", which … in 2000,"


#: a previous year's rate printed after the figures it compares with: "(+1.7% and +2.7% in",
#: ", after a 7.9% increase in", ", -1.9% in", "recovering from -2.2% in"
_PREVIOUS_RATE = re.compile(
    r"(?:\(|,\s|\b(?:after|following|recovering\s+from|tras|después\s+de)\s+(?:an?\s+|un\s+|una\s+)?)"
    r"[-+]?\d[\d.,]*\s?%(?:\s+(?:increase|decrease|rise|fall|growth|drop|aumento|caída))?"
    r"(?:\s+(?:and|y)\s+[-+]?\d[\d.,]*\s?%)?\s+$",
    re.IGNORECASE,
)


def _record_bound(mention: Mention, period: Period) -> bool:
    """``period`` bounds a record ("the lowest since 2007") and is not the time of ``mention``'s
    figure, which a clause gives it after the bound ("the highest since 2011, when it reached
    12.8 percent"; "the largest since June 2008 (1.4%)")."""
    if not period.bound:
        return False
    if period.start >= mention.end:
        return True
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    here = mention.sentence.find(mention.text, max(0, at))
    between = mention.sentence[at + len(printed) : here] if 0 <= at < here else ""
    return not (between.strip() in ("(", "[") or _WHEN_WORD.search(between))


_WHEN_WORD = re.compile(r"\b(?:when|cuando|at\s+which)\b", re.IGNORECASE)


def _year_after_previous(sentence: str, here: int, origin: int, published: str | None
                         ) -> tuple[Period, bool] | None:  # fmt: skip
    """The year after the first period of ``sentence`` printed after the figure that ends at
    ``here`` (looked for in the next 240 characters), when it is the year of a previous rate
    printed after that figure ("Passengers increased by 2.7% (+1.7% in 2015)", "decreased by
    6.3%, after a 7.9% increase in 2015", "(-4.0%, -1.9% in 2015)"): the figure is the next
    year's, the one compared with it. Not the earlier rate itself ("+1.7% and +2.7% in
    2015": that year), nor a year later than the article's. ``origin``: where ``sentence``
    stands in the text, for the period's place."""
    start = max(0, here - 80)
    window = sentence[start : here + 240]  # bounded: linear time
    if "%" not in window[here - start :]:
        return None  # no rate after the figure
    first = next((p for p in find_periods(window) if p.start >= here - start), None)
    if first is None or first.kind != "year" or first.word not in ("in", "en"):
        return None
    rate = _PREVIOUS_RATE.search(window, max(0, first.start - 60), first.start)
    if rate is None or not first.first.isdigit():
        return None
    after = rate.start() >= here - start  # else the earlier rate itself: that year
    year = int(first.first) + after
    if published and published[:4].isdigit() and year > int(published[:4]):
        return None
    at = origin + start
    return Period(first.text, at + first.start, at + first.end, "year", str(year), "", "in"), after


#: a relative clause opens an aside: "Mozambique, which suffered floods in 2000 …, has"
_ASIDE = re.compile(r",\s+(?:which|who|whose|where|que|quien(?:es)?|cuy[oa]s?|donde|"
                    r"(?:el|la|los|las)\s+cual(?:es)?)\s(?:[^,;().]|\.(?=\d))*$",
                    re.IGNORECASE)  # fmt: skip


def _aside(mention: Mention, period: Period) -> int:
    """Where the relative clause that ``period`` stands in closes (the comma after it), or -1:
    "Mozambique, which suffered floods in 2000 …, has been worst hit"."""
    printed = " ".join(period.text.split())
    sentence = mention.sentence
    at = _where_in_sentence(mention, period, printed)
    opened = _ASIDE.search(sentence, max(0, at - 120), at) if at >= 0 else None
    close = sentence.find(",", at + len(printed)) if opened else -1
    if opened is not None and close < 0 and not sentence[at + len(printed) :].strip(" .;\n"):
        close = len(sentence)  # the clause closes the sentence (", which was less than 35.1
        # million sold in the second quarter."): that figure's time, no later one's
    if opened is None or close < 0:
        return -1
    # an aside about a figure of its own ("which claimed some 1,000 lives in 2000"), not one
    # that dates what it follows ("the third fiscal quarter, which ended June 30,")
    aside = sentence[opened.start() : at] + sentence[at + len(printed) : close]
    return close if any(c.isdigit() for c in aside) else -1


def _where_in_sentence(mention: Mention, period: Period, printed: str) -> int:
    """Where ``period`` (printed as ``printed``) stands in ``mention``'s sentence: by its place
    in the text, so that a period printed twice ("Exports (up 2% in May) fell 4% in May") is
    found where it is; by its first occurrence when the sentence's place is not known."""
    here = mention.sentence.find(mention.text)
    if here >= 0:
        at = period.start - (mention.start - here)
        if mention.sentence[at : at + len(printed)] == printed:
            return at
    return mention.sentence.find(printed)


def _in_aside(mention: Mention, period: Period) -> bool:
    """``period`` stands in a relative clause that closes before ``mention``'s figure
    ("Mozambique, which suffered floods in 2000 …, now counts 15 dead"): the aside's own time,
    not the time of the figures after it."""
    close = _aside(mention, period)
    return close >= 0 and mention.sentence.find(mention.text, close) >= 0


def _bracket_month_first(mention: Mention, periods: list[Period]) -> list[Period]:
    """``periods`` with the month printed right before the bracket that ``mention``'s figure
    opens first ("bajó en 26.329 personas en septiembre (-0,7%), su mayor descenso en este mes
    de toda la serie": September's), unless the bracket prints a period of its own ("en
    septiembre (2,9% en agosto)")."""
    sentence = mention.sentence
    here = sentence.find(mention.text)
    close = sentence.find(")", here) if here >= 0 else -1
    if close < 0:
        return periods
    for period in periods[1:]:
        printed = " ".join(period.text.split())
        dated = period.kind in ("month", "year")
        at = _where_in_sentence(mention, period, printed) if dated else -1
        if at < 0 or not re.fullmatch(r"\s*\(\s*", sentence[at + len(printed) : here]):
            continue
        inside = (_where_in_sentence(mention, p, " ".join(p.text.split())) for p in periods)
        if any(here <= where < close for where in inside):
            return periods
        return [period, *(p for p in periods if p is not period)]
    return periods


def _owns_a_bracket(mention: Mention, period: Period) -> bool:
    """``period`` is a month naming the bracket after it ("a wetter April (99mm compared to
    67), May clocked up 5.2mm") and ``mention``'s figure stands outside that bracket."""
    if period.word != "(":
        return False
    at = _where_in_sentence(mention, period, period.text)
    if at < 0:
        return False
    if 0 <= mention.sentence.find(mention.text) < at:
        return True  # a figure before the month
    here = mention.sentence.find(mention.text, at)
    between = mention.sentence[at + len(period.text) : here]
    return here < 0 or between.count("(") <= between.count(")")


def _bracketed(mention: Mention, period: Period) -> bool:
    """``period`` is printed inside brackets ("Greece (21.0% in December 2011)"): an aside's
    time, which later figures are not about."""
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    before = mention.sentence[:at] if at >= 0 else ""
    opened, close = before.rfind("("), mention.sentence.find(")", at)
    if opened <= before.rfind(")") or close < 0:
        return False
    inside = mention.sentence[opened:at] + mention.sentence[at + len(printed) : close]
    return any(c.isdigit() for c in inside)  # not a gloss: "del primer trimestre (enero-marzo)"


_OPENING = re.compile(rf"^\W*{COMPARED_WITH}\s+(?:[^\W\d]+\s+){{0,4}}$", re.IGNORECASE)


def _opens(mention: Mention, period: Period) -> bool:
    """``period`` is the base of a comparison that opens the sentence, before its figures
    ("Compared with January 2012, the number … increased by 167 000")."""
    printed = " ".join(period.text.split())
    at = mention.sentence.find(printed)
    if at < 0 or not _OPENING.match(mention.sentence[:at]):
        return False
    here = mention.sentence.find(mention.text, at + len(printed))
    return here >= 0 and "," in mention.sentence[at + len(printed) : here]


#: the figure is the start of a move: "17.5% to 14.3%", "from 9.7% to 10.7%", "de 3 a 5 millones"
_TO_NEXT = re.compile(r"\s*(?:to|a|al|hasta)\s+(?:US|U\.S\.|MX|R)?[$€£¥]?\s?[-+]?\d", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|de|desde)\b", re.IGNORECASE)
_INTERVAL_OPENS = re.compile(r"(?:between|entre)\b", re.IGNORECASE)


def _move_start(mention: Mention, period: Period | None) -> Period | None:
    """The start of a move over an interval ("from 9.7% to 10.7% between February 2011 and
    February 2012", "Between 2010 and 2015, output grew from 3 to 5 million tonnes") is at the
    interval's start; its target keeps the interval's end."""
    sentence = mention.sentence
    at = sentence.find(mention.text)
    if at < 0 or not _TO_NEXT.match(sentence, at + len(mention.text)):
        return period
    if mention.kind == "change" and not _FROM.search(f"{mention.text} {mention.change or ''}"):
        return period  # "rose 1.28% to $45 billion": a move by X, not from X
    if not _interval(period):  # "17.5% to 14.3% between …": the interval after the target
        rest = at + len(mention.text)
        close = min((i for i in (sentence.find(c, rest) for c in ");") if i >= 0), default=-1)
        after = [p for p in find_periods(sentence[rest : close if close >= 0 else None])
                 if _interval(p)]  # fmt: skip
        if not after:
            return period
        period = after[0]
    assert period is not None  # _interval holds only for a period
    first = period.first
    kind = "month" if len(first) == 7 else "year"
    return Period(period.text, period.start, period.end, kind, first, "", "in")


def _interval(period: Period | None) -> bool:
    """``period`` runs between two times that a move goes from and to ("between 2010 and 2015",
    "Between February 2011 and February 2012", "entre 2010 y 2015")."""
    if period is None or not re.fullmatch(r"(?:19|20)\d{2}(?:-\d{2})?", period.first):
        return False
    if period.kind == "between":
        return bool(period.last)
    # a month and the same month of a later year: "between February 2011 and February 2012"
    # (not a span summed over, "entre enero y noviembre")
    return (
        period.kind == "month-span"
        and _INTERVAL_OPENS.match(period.text) is not None
        and len(re.findall(r"(?:19|20)\d{2}", period.text)) == 2
        and period.first[4:] == period.last[4:]
    )


def _sentence_year(
    mention: Mention, first: Period, periods: list[Period], published: str | None
) -> str | None:
    """For a period printed without its year ("entre enero y junio", "el primer semestre"), the
    year its own sentence names, as the end of that year to read it against: "En el año 2015
    hubo, entre enero y junio, …", "Para el año 2016 la cifra del primer semestre …". A year
    printed before it; not a compared year ("rose 4 percent from 2015", "since 2015"), not
    "between the fourth quarters of 2010 and 2011" (the years after it are its own)."""
    if not first.first.startswith("-"):
        return None
    for period in periods[1:]:
        if published and period.first > published[:4]:
            continue  # a forecast's year ("Outlook for 2025"), not the figures' time
        if period.kind == "year" and re.fullmatch(r"\d{4}", period.first) \
                and period.end <= first.start and period.word not in _BASES \
                and not _compared(mention, period) \
                and _one_clause(mention, period, first):  # fmt: skip
            return f"{period.first}-12-31"
    return None


def _one_clause(mention: Mention, before: Period, after: Period) -> bool:
    """``before`` and ``after`` stand in one clause of ``mention``'s sentence: no bracket or
    semicolon or line break between them ("Lithuania (… of 2010 and 2011), Latvia (… the
    fourth quarters" are two; so are a headline "Outlook for 2025" and its first line)."""
    at = _where_in_sentence(mention, before, before.text)
    end = _where_in_sentence(mention, after, after.text) if at >= 0 else -1
    between = mention.sentence[at + len(before.text) : end]
    return end > at and not re.search(r"[();\n]", between)


def _sentence_time(mention: Mention, periods: list[Period], published: str | None) -> Period | None:
    """For "a year earlier" first in ``periods``: the sentence's own time it counts back from
    ("Exports totalled 37.86 million tonnes last month, compared with 31.94 million tonnes a
    year earlier"), when the sentence names one (not another look back, not a base)."""
    if not periods or periods[0].kind not in _FROM_RUNNING:
        return None
    for period in periods[1:]:
        if period.kind not in RELATIVE_KINDS and not _compared(mention, period):
            resolved = resolve(period, published)
            return resolved if _anchor(resolved) else None
    return None


def _resolved(period: Period, running: Period | None, published: str | None) -> Period:
    """``period`` read against the article's date, or against the time the article is about
    for "so far this year" (to the month it is about, in the article's year) and "a year
    earlier" (than that time)."""
    anchor = _anchor(running)
    if period.kind == "fortnight-back":  # "la quincena anterior": before the running fortnight
        return _fortnight_before(period, anchor)
    if (
        period.kind == "season"
        and running is not None
        and running.kind == "split"
        and published
        and len(published) == 4
        and anchor == f"{published}-06"
        and any(w in period.word for w in ("last", "previous", "pasada", "anterior"))
    ):
        # "last season" in a text dated only 2024, after "the 2023-24 season": that season (the
        # text, calling it last season, is after its end), not the one before
        return replace(running, text=period.text, start=period.start, end=period.end,
                       word="in")  # fmt: skip
    # (not "this season" after "the 2023/24 season": a season named whole is no "now")
    named = period.kind == "season" and running is not None and running.kind == "split"
    if period.kind in ("to-date", "season") and anchor and published and not named:
        return resolve(period, anchor if anchor[:4] == published[:4] else published)
    if period.kind in _FROM_RUNNING and anchor:
        return _year_back_span(resolve(period, anchor), running)
    return resolve(period, published)


def _year_back_span(read: Period, running: Period | None) -> Period:
    """ "A year earlier" read from a span of months ("in the April-June period. A year earlier,
    … 94.4 billion yen"): the same months a year before, not the span's last month alone."""
    if read.kind != "anchored" or running is None or running.kind != "month-span":
        return read
    first, last = running.first[:7], running.last[:7]
    if not (re.fullmatch(r"\d{4}-\d{2}", first) and re.fullmatch(r"\d{4}-\d{2}", last)):
        return read
    if first == last or read.first != months_after(last, -12):
        return read  # not a year back (a month back, "the previous month")
    return replace(read, kind="month-span", first=months_after(first, -12), last=read.first)


def _fortnight_before(period: Period, anchor: str | None) -> Period:
    """The half month before the one that ends at ``anchor`` ("subió 0.15% en la primera
    quincena de febrero después de subir 0.20% en la quincena anterior": 16 to 31 January);
    unread when the article is not about a half month."""
    if not anchor or not re.fullmatch(r"\d{4}-\d{2}-(?:15|2[89]|3[01])", anchor):
        return period
    if anchor.endswith("-15"):  # the first half: the second half of the month before
        year, number = int(anchor[:4]), int(anchor[5:7]) - 1
        year, number = (year - 1, 12) if number == 0 else (year, number)
        days = calendar.monthrange(year, number)[1]
        return replace(period, kind="month-span", first=f"{year}-{number:02d}-16",
                       last=f"{year}-{number:02d}-{days}")  # fmt: skip
    return replace(period, kind="month-span", first=f"{anchor[:7]}-01", last=f"{anchor[:7]}-15")


def _day_before(own: Period | None, running: Period | None) -> bool:
    """``own`` is a day before the day the article is about ("On Thursday, gold shed $9.20
    … On Wednesday, they dipped 0.1%, … on Monday"): a look back, which later figures are not
    about."""
    if own is None or running is None or own.kind != "day" or running.kind != "day":
        return False
    return bool(own.first and running.first) and own.first < running.first


#: a clause that looks back from the article's time: "…, puesto que en 2020", "since in 2020",
#: "solo detrás de abril"
_BACK = re.compile(r"\b(?:since|as|because|whereas|puesto que|ya que|dado que|mientras que|"
                   r"detrás|behind|tras|después de|luego de|"
                   # a pluperfect: "el Comité había decidido en abril", "it had decided in April"
                   r"había|habían|had)\s+(?:[^\W\d]+\s+){0,2}$",
                   re.IGNORECASE)  # fmt: skip


def _looks_back(mention: Mention, own: Period | None, running: Period | None) -> bool:
    """``own`` ends before the period the article is about and is named in a clause that looks
    back ("…, puesto que en 2020 representaron 15,5 %"; "solo detrás de abril"): later figures
    are not about it ("In 2020, output was …" opens a new time)."""
    if own is None or running is None:
        return False
    end, begin = own.last or own.first, running.last or running.first
    if not (end[:4].isdigit() and begin[:4].isdigit()):
        return False
    n = min(len(end), len(begin))
    if not end[:n] < begin[:n]:
        return False
    if _LAST_YEAR_TEXT.fullmatch(" ".join(own.text.lower().split())) and len(begin) > 4:
        return True  # "the toll of last year, when 34 children died", in a text about a month
    at = mention.sentence.find(" ".join(own.text.split()))
    return at >= 0 and (
        _BACK.search(mention.sentence, max(0, at - 60), at) is not None
        or _LAST_TIME.search(mention.sentence, max(0, at - 100), at) is not None
    )


#: "La última vez que el IPC mensual llegó a los dos dígitos fue en abril de 2002", "the last
#: time inflation reached double digits was in April 2002": a look back
_LAST_TIME = re.compile(r"\b(?:la\s+última\s+vez\s+que|the\s+last\s+time)\b[^.;:]*$",
                        re.IGNORECASE)  # fmt: skip


_LAST_YEAR_TEXT = re.compile(r"(?:of\s+|in\s+|since\s+)?last\s+year|(?:d?el\s+)?año\s+pasado")
_FROM_RUNNING = frozenset(["anchored", "trailing"])  # "a year earlier", "over the last year"
#: kinds later figures are not about: those read back from a date, and "last year", "este mes"
_NOT_ABOUT = RELATIVE_KINDS | {"ago", "month-back", "last-week", "season", "fortnight-back"}
#: kinds read against another time: the article's date, or the time it is about
_READ_AGAINST = _NOT_ABOUT | {"relative"}


def _anchor(running: Period | None) -> str | None:
    """The end of the period the article is about, when it is a year, a month or a day."""
    end = (running.last or running.first) if running else ""
    return end if re.fullmatch(r"(?:19|20)\d{2}(?:-\d{2}){0,2}", end) else None


#: words before a figure that give it as the previous one ("after rising 1.0 percent in May")
_PREVIOUS = re.compile(
    r"(?:\b(?:after|following|tras|después de|luego de|from|desde)\s+(?:[^\W\d]+\s+){0,2}|"
    # the second of two: "desde el 6% de abril y el pico de 6,7%"
    r"\b(?:from|desde)\s+(?:the\s+|el\s+|la\s+)?[\d.,]+\s?%?(?:\s+[^\W\d]+){0,3}\s+(?:and|y)\s+"
    r"(?:[^\W\d]+\s+){0,3}|"
    r"\bpas(?:ar|a|an|ó|aron|ando)\s+de\s+(?:[^\W\d]+\s+){0,2}|"
    r"\b(?:follows|followed)\s+(?:[^\W\d]+\s+){0,6}\(?)$",
    re.IGNORECASE,
)


#: words right before a figure that make it the base of a comparison ("frente a los más de",
#: "nivel inferior al de"; not a threshold, "una tasa menor al 10%")
#: a base's own time right after it: "Rs 21 crore over the same period last year"
_SAME_RIGHT_AFTER = re.compile(r"\s+(?:over|in|during|for|en|durante)\s+(?:the|el|la)\s+"
                               r"(?:same|mism[oa]|igual)\s", re.IGNORECASE)  # fmt: skip
_BASE_BEFORE = re.compile(
    rf"\b(?:{COMPARED_WITH}|than|versus|vs\.?|over\s+the|as\s+against|"
    r"(?:superior|inferior|mayor|menor)\s+(?:al|a\s+l[oa]s?)\s+de|"
    # "una cifra 18,8% inferior a los US$ 2.651 millones registrados en el 2019": a plural
    # base after a change (not "una tasa menor al 10%": a threshold)
    r"\d+\s*%\s+(?:superior|inferior|mayor|menor)\s+a\s+l[oa]s)\s+(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)


#: words right before a compared figure printed with its own month ("por encima del 4% de
#: julio"); not a threshold, which has no "de"/"of" month after it ("above 3% in July")
_ABOVE = re.compile(r"\b(?:por\s+(?:arriba|encima|debajo)\s+de(?:l)?|above|below)\s+"
                    r"(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)  # fmt: skip


def _before(mention: Mention) -> str:
    """The words of ``mention``'s sentence right before its figure."""
    at = mention.sentence.find(mention.text)
    return mention.sentence[max(0, at - 40) : at] if at >= 0 else ""


def _span(start: Period, end: Period) -> Period:
    """From ``start`` ("since 2012") to the end of ``end``."""
    return Period(start.text, start.start, start.end, "since", start.first,
                  end.last or end.first, start.word)  # fmt: skip


_BASES = frozenset(["since", "desde"])  # a period a figure is counted from, not the article's
_COMPARED = re.compile(
    r"(?:respecto(?: a(?:l)?| de(?:l)?)?|frente(?: a(?:l)?)?|compared(?: with| to)?|"
    r"comparación(?: con)?|comparad[oa]s?(?: con)?|comparison(?: with| to)?|"
    r"than|versus|vs\.?|as against|(?:superior|inferior|mayor|menor) al?|mayor que|menor que|"
    r"por (?:arriba|encima|debajo) de(?:l)?|(?:más|menos) que(?: en)?|"
    r"con relación a(?:l)?|en relación (?:a(?:l)?|con)|similar(?:es)? a(?:l)?|"
    r"sobre (?:el|la|los|las) (?:mism[oa]s?|igual(?:es)?)|"
    r"a l[ao]s? de(?:l)? igual|al de(?:l)? igual|"  # "menor en 6.4% a la de igual marzo de 2015"
    # "compared with the same 12-month period a year earlier": a number glued to a word
    # not "over the year to the March quarter": a span
    r"from|above|below|over(?!\s+the\s+(?:year|twelve\s+months|12\s+months|(?:12|twelve)-month\s+"
    r"period|period)\s+(?:(?:to|ending)\b|$)|\s+the\s+$))"  # "over the" right before a span
    r"\s+(?:(?:\d+-)?[^\W\d]+\s+){0,6}$|"
    # "comparing June 2020 with June 2019", "comparando mayo de 2020 con mayo de 2019": the
    # second is the base
    r"\bcompar(?:ing|e|ando|ar)\s+(?:\w+\s+){1,4}(?:with|to|against|and|con|y)\s+$",
    re.IGNORECASE,
)
#: the base printed with its own figure: "frente a la proporción de 43.9% de 2020", "compared
#: with 4.1 million tonnes in 2021" (not "more than 3 million in 2019": a hedge)
_COMPARED_FIGURE = re.compile(
    r"\b(?:frente a(?:l)?|compared (?:with|to)|respecto a(?:l)?|en comparación con|"
    r"comparad[oa]s? con|versus|vs\.?)\s+(?:[^\W\d]+\s+){0,4}[\d.,]+(?:\s*%)?\s+"
    r"(?:[^\W\d]+\s+){0,4}$",
    re.IGNORECASE,
)


_WHEN = re.compile(r"\b(?:when|cuando|en\s+que|at\s+which|at\s+that\s+time)\b|,", re.IGNORECASE)


def _clause_of(mention: Mention, period: Period) -> bool:
    """A "when" clause of ``period`` gives ``mention``'s figure after it ("respecto al mismo
    periodo de 2019, cuando fue de 895.748"): the figure is that period's."""
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    here = mention.sentence.find(mention.text, max(0, at))
    between = mention.sentence[at + len(printed) : here] if 0 <= at <= here else ""
    return _WHEN_WORD.search(between) is not None


_WHEN_WORD = re.compile(r"\b(?:when|cuando|en\s+que|at\s+which)\b", re.IGNORECASE)


def _when_between(mention: Mention, period: Period) -> bool:
    """A clause opens between ``period`` and ``mention``'s figure after it ("since 2015, when it
    was 5"; a comma), or the figure is bracketed right after it ("the largest since June 2008
    (1,4%)"), so the figure is that period's."""
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    here = mention.sentence.find(mention.text, max(0, at))
    if at < 0 or here < 0:
        return True
    between = mention.sentence[at + len(printed) : here]
    return between.strip() in ("(", "[") or _WHEN.search(between) is not None


def _same_clause_after(mention: Mention, period: Period) -> bool:
    """``mention``'s figure follows ``period`` in its clause: no comma, "when" or bracket
    between ("respecto de abril y 57,3%"; not "en 2016, que fue de 20")."""
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    here = mention.sentence.find(mention.text, at + len(printed)) if at >= 0 else -1
    if here < 0:
        return False
    between = mention.sentence[at + len(printed) : here]
    if re.search(r"[,;:()\[\]]|\b(?:que|which|that|quien)\b", between, re.IGNORECASE):
        return False  # "la del mismo mes de 2017 que cerró en 6.7"
    # "the previous year's record of 8,014.63": the base names its own figure
    return _WHEN.search(between) is None and not _NAMED_AFTER.match(between)


#: "the previous year's record of 8,014.63", "last year's 299 792": a base naming its own figure
_NAMED_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:[^\W\d]+\s+){0,3}(?:of|de)\s*$|^['’]s\s+$",
                          re.IGNORECASE)  # fmt: skip


def _compared(mention: Mention, period: Period) -> bool:
    """``period`` is what ``mention``'s sentence compares with or counts from ("compared with
    August 2018", "superior a la de mayo de 2023", "since 2015"), not the time it is about."""
    return (
        period.word in _BASES
        or " ".join(period.word.split()) in ("frente a", "frente al", "ante")  # "frente a 2020"
        or (period.kind in ("relative", "anchored", "fiscal") and preceded(mention, period, _ON))
        or preceded(mention, period, _COMPARED)
        or _base_of_another(mention, period)
    )


def _base_of_another(mention: Mention, period: Period) -> bool:
    """``period`` is the time of a compared figure printed with it ("…, frente a la proporción
    de 43.9% de 2020, un descenso de 7.6 puntos"), and ``mention`` is not that figure."""
    printed = " ".join(period.text.split())
    at = _where_in_sentence(mention, period, printed)
    got = _COMPARED_FIGURE.search(mention.sentence, max(0, at - 80), at) if at >= 0 else None
    if got is None:
        return False
    here = mention.sentence.find(mention.text)
    return here >= 0 and not got.start() <= here < at


#: a look back from the text's date: "a year ago", "hace un año"
_LOOKS_AGO = re.compile(r"\bago\b|\bhace\b|\batrás\b", re.IGNORECASE)
#: the words right before a period that make it a comparison's base, and nothing else
_BASE_ONLY = re.compile(rf"\b{COMPARED_WITH}\s+(?:(?:el|la|los|las|lo|the)\s+)?"
                        r"(?:(?:mism[oa]s?|igual(?:es)?|same)\s+(?:periodo|período|period|lapso|mes|"
                        r"month|quarter|trimestre|semana|week)\s+)?$", re.IGNORECASE)  # fmt: skip


#: "jump 23 per cent on last year", "up 5% on a year earlier", "down 1% on FY23": a base, in
#: British usage
_ON = re.compile(r"\bon\s+$", re.IGNORECASE)


#: the words between a period and the figure it names ("the revised August rate of 1,249,000")
_NAMING = re.compile(r"^\s*(?:[^\W\d]+\s+){0,1}(?:of|de)\s*$|^\s*\(\s*[-+]?$", re.IGNORECASE)


def _names_figure(mention: Mention, period: Period) -> bool:
    """``period`` names the figure's own time right before it ("below the revised August rate
    of 1,249,000"): a level of that period, though its sentence compares with it."""
    printed = " ".join(period.text.split())
    at = mention.sentence.find(printed)
    here = mention.sentence.find(mention.text, at + 1) if at >= 0 else -1
    return here >= 0 and _NAMING.match(mention.sentence[at + len(printed) : here]) is not None


def _dated_from(mention: Mention, period: Period) -> bool:
    """A level (no change) dated by "from" right after it ("the absolute record of 1,222 from
    1992-93"): that period is its own, not a base."""
    if mention.kind == "change" or mention.change:
        return False
    here = mention.sentence.find(mention.text)
    if here < 0:
        return False
    rest = mention.sentence[here + len(mention.text) : here + len(mention.text) + 80]
    glue = re.match(r"\s+from\s+", rest)
    return glue is not None and rest[glue.end() :].startswith(" ".join(period.text.split()))


def preceded(mention: Mention, period: Period, words: re.Pattern[str]) -> bool:
    """``period`` stands in ``mention``'s sentence right after ``words``."""
    printed = " ".join(period.text.split())
    sentence = mention.sentence
    here = sentence.find(mention.text)
    where = period.start - (mention.start - here) if here >= 0 else -1
    if where >= 0 and sentence[where : where + len(printed)] == printed:  # where it stands, not
        return words.search(sentence, max(0, where - 80), where) is not None  # a later copy
    at = sentence.find(printed)
    while at >= 0:
        if words.search(sentence, max(0, at - 80), at):
            return True
        at = sentence.find(printed, at + 1)
    return False


#: a verb of reporting before a day: "released on Friday", "reported on May 23" date the report
_REPORTED = re.compile(
    r"\b(?:released|published|reported|announced|said|showed|issued|informó|publicó|dijo|"
    r"reportó|anunció|difundió|dio a conocer|presentó|presented|unveiled|(?:ha|han) (?:informado|"
    r"publicado|dicho|reportado|anunciado|difundido|dado a conocer|presentado|trasladado)|"
    r"hech[oa]s? públic[oa]s?|hizo públic[oa]s?|publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|"
    r"dad[oa]s? a conocer|made public)\s+"
    r"(?:(?:on|el|este|esta|this|last)\s+)?$",
    re.IGNORECASE,
)


def _of_the_start(mention: Mention, period: Period) -> bool:
    """``period`` ends the start of a move whose target is ``mention`` ("from 16.7 tonnes in
    2015-16 to 17.4 tonnes"): it is the first figure's."""
    printed = re.escape(" ".join(period.text.split()))
    pattern = printed + r",?\s+(?:to|a|al|hasta)\s+" + re.escape(mention.text)
    got = re.search(pattern, mention.sentence, re.IGNORECASE)
    if got is None:
        return False
    # a start figure or "from" before the period ("doubled from a year earlier to 2.18
    # million"): not "repuntó en la primera mitad de noviembre a 4.32"
    before = mention.sentence[max(0, got.start() - 60) : got.start()]
    if _CHANGE_IN.search(before):  # "a 6.0 percent drop in the just-ended year to 355.1": the
        return False  # change's time, which its target shares
    return any(c.isdigit() for c in before) or _FROM_BEFORE.search(before) is not None


_FROM_BEFORE = re.compile(r"\b(?:from|desde|de)\s+$", re.IGNORECASE)
_CHANGE_IN = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+(?:drop|rise|increase|decrease|fall|"
                        r"decline|gain|growth|jump)\s+(?:in|during|for|over)\s+$",
                        re.IGNORECASE)  # fmt: skip


def _reported(mention: Mention, period: Period) -> bool:
    """``period`` is the day of a report ("released on Friday"), not the time of its figures
    (when the article has said what time that is)."""
    return period.kind in ("day", "weekday", "yesterday") and preceded(mention, period, _REPORTED)


def _same_months(mention: Mention, own: Period, running: Period | None) -> Period:
    """A year printed as "el mismo mes de 2017" ("the same period of 2020"): the months of the
    period the article is about, in that year."""
    if own.kind != "year" or running is None or not preceded(mention, own, SAME_TIME):
        return own
    first, last = running.first, running.last
    month = r"\d{4}-\d{2}(?:-\d{2})?"  # a month or a day ("the June 1-20 period")
    if not re.fullmatch(month, first) or (last and not re.fullmatch(month, last)):
        return own
    if _LAST_YEAR.fullmatch(" ".join(own.text.split())):  # "the same period last year": a year
        back = f"{int(first[:4]) - 1}"  # before the time the article is about
        end = f"{int(last[:4]) - 1}{last[4:]}" if last else ""
        return replace(own, kind="month-span" if last else "month", first=back + first[4:],
                       last=end)  # fmt: skip
    if "-02-29" in first + last:
        return own  # no such day in the other year (most years)
    return replace(own, kind="month-span" if last else "month", first=own.first + first[4:],
                   last=own.first + last[4:] if last else "")  # fmt: skip


_LAST_YEAR = re.compile(r"last\s+year|(?:d?el\s+)?año\s+(?:pasado|anterior)", re.IGNORECASE)
_SO_FAR = re.compile(r"\bso far\b|\bto date\b|\bthus far\b|\bhasta (?:ahora|la fecha)\b|"
                     r"\ben lo (?:que va|corrido)\b", re.IGNORECASE)  # fmt: skip


def _so_far(mention: Mention, own: Period, published: str | None) -> Period:
    """A period not over by the article's date, "so far" ("so far in the 2023/24 season"), ends
    at that date."""
    end = own.last or own.first
    if not published or not end[:1].isdigit() or end <= published[: len(end)]:
        return own
    return replace(own, last=published) if _SO_FAR.search(mention.sentence) else own


_AS_OF = re.compile(r"\bas\s+of\s+$|\bal\s+$|\bhasta\s+el\s+$", re.IGNORECASE)


def _as_of_day(mention: Mention, own: Period, published: str | None) -> Period:
    """A year counted to a day its sentence names ("the nation as of Wednesday had seen 42,927
    wildfires this year"): from January to that day."""
    if own.kind != "year" or not re.fullmatch(r"\d{4}", own.first) or own.last:
        return own
    for period in mention.periods:
        if period.kind not in ("day", "weekday") or not preceded(mention, period, _AS_OF):
            continue
        day = resolve(period, published)
        if day.first.startswith(own.first) and len(day.first) == 10:
            return replace(own, first=f"{own.first}-01-01", last=day.first)
    return own


_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo)"
)
#: "Up to last Saturday, October 27, there have been …", "hasta el sábado 27 de octubre": the day
#: the article's counts of this year run to
_UP_TO = re.compile(rf"\b(?:up\s+to|hasta\s+el)\s+(?:(?:last|this|past|el|este|pasado)\s+)?"
                    rf"(?:{_WEEKDAY}\s*,?\s+)?$", re.IGNORECASE)  # fmt: skip
#: "this year", "so far this year", "este año", "en lo que va del año": the year under way
_THIS_YEAR = re.compile(
    r"\bthis\s+year\b|\beste\s+año\b|"
    r"\ben\s+lo\s+(?:que\s+va|corrido)\s+del\s+año\b",
    re.IGNORECASE,
)


def _counted_to(mentions: Sequence[Mention], published: str | None) -> str:
    """The day an article's counts of the year under way run to, as it names it once ("Up to
    last Saturday, October 27, there have been 1,065 murders"): a day of the article's year, not
    after its date; "" when none (the first one named)."""
    if not published or len(published) < 7:
        return ""
    for mention in mentions:
        for period in mention.periods:
            if period.kind != "day" or not preceded(mention, period, _UP_TO):
                continue
            day = resolve(period, published)
            if (len(day.first) == 10 and day.first[:4] == published[:4]
                    and day.first[: len(published)] <= published):  # fmt: skip
                return day.first
    return ""


def _to_day(own: Period | None, day: str) -> Period | None:
    """A "this year" ("so far this year", "since the start of this year") in an article whose
    counts run to ``day`` (:func:`_counted_to`): January to that day."""
    if own is None or not day or not _THIS_YEAR.search(own.text):
        return own
    if (own.last or own.first)[:4] != day[:4] or own.first[:4] != day[:4]:
        return own
    return replace(own, first=f"{day[:4]}-01-01", last=day)


def _published_period(published: str | None) -> Period | None:
    """The article's date as a period, for a figure no period is printed near."""
    if not published:
        return None
    return Period("the article's date", 0, 0, "published", published, "", "")
