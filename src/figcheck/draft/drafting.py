"""Draft a desk from an article's mentions: claims YAML, with suggested references as comments.

Pure: mentions and dataset descriptions in, YAML text out. Every mention becomes a claim (its
sentence as quote, its value, the checker's hedge word and its period as ``as_of``); a range keeps
its bounds as ``expected``; a bracketed conversion ("$352bn (£216bn)") is linked to the figure it
converts by a derivation that figcheck checks at the article's date. The best reference
(:func:`figcheck.draft.suggest.rank_references`) is suggested in a comment for the journalist to
confirm: a lookup with ``where`` filled from the sentence's period and place (``aggregate: sum``
for a count over several years), a ``change`` reference for a change ("rose 9.1% in the twelve
months to June 2022": from 2021-06 to 2022-06), or a ``rank`` reference for a record ("the
highest since 1981"), in the desk syntax of docs/claim-shapes.md. The draft checks as it stands:
claims without a reference are simply unverifiable.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from figcheck.draft.extract import Mention
from figcheck.draft.governing import drafted_period, drafted_periods
from figcheck.draft.lexicon import lexicon
from figcheck.draft.periods import MONTHS, Period, find_periods, months_after
from figcheck.draft.suggest import (
    CLAUSE_BREAK,
    CURRENCY_OF,
    DatasetHint,
    Suggestion,
    currency_direction,
    figure_clause,
    hints_from_catalog,
    key_values,
    moved_currency,
    place_names,
    places_of,
    published_day,
    rank_references,
    twelve_month_rate,
    twelve_months,
)
from figcheck.draft.vocabulary import COMPARED_WITH, MULTIPLES, STOP

__all__ = [
    "DatasetHint",
    "draft_desk",
    "drafted_period",
    "drafted_periods",
    "hints_from_catalog",
    "published_date",
    "reference_for",
]

#: Words of a record that make it the series' lowest ("a record low", "su nivel más bajo").
_LOWEST = frozenset(
    ["lowest", "low", "smallest", "slowest", "weakest", "mínimo", "mínima", "bajo", "baja",
     "bajos", "bajas", "menor", "menores", "débil"]
)  # fmt: skip
#: Words of a record that make it the highest, for a currency's (a strong one is a low rate).
_HIGHEST = frozenset(["highest", "high", "strongest", "máximo", "máxima", "alto", "alta", "fuerte"])
#: A half-year's change is measured against the same half a year before ("a 40.7% rise in
#: half-year profits", "en el primer semestre"), like a twelve-month one.
_HALF = re.compile(r"\bhalf[- ]year(?:ly)?\b|\b(?:first|second) half\b|\bsix months to\b|"
                   r"\bsemestr(?:e|al)\b|\bprimeros seis meses\b", re.IGNORECASE)  # fmt: skip
#: A twelve-month word governs only its clause (suggest.CLAUSE_BREAK).
_CLAUSE_BREAK = CLAUSE_BREAK


_clause = figure_clause


#: A record's first year, with its month and day when printed ("since 1981", "since March
#: 2017", "since Sept. 2003", "since the period ending October 2018", "desde diciembre de
#: 1981", "desde el 4 de octubre de 2011").
_SINCE = re.compile(
    r"\bsince (?:the period ending )?(?:[^\W\d_]+\.? (?:\d{1,2},? )?)?((?:19|20)\d{2})\b|"
    r"\bdesde (?:(?:el |la |finales de |principios de )?(?:\d{1,2} de )?[^\W\d_]+ "
    r"(?:de |del )?)?((?:19|20)\d{2})\b", re.IGNORECASE)  # fmt: skip
#: A record over the last N years, decades or months ("in nearly 40 years", "en 12 meses",
#: "en los últimos 28 años", "durante los últimos 28 años").
_LAST_N = re.compile(r"\b(?:in|en|durante) (?:nearly |almost |more than |casi |más de )?"
                     r"(?:(?:los |las )?(?:últimos|últimas|last|past) )?(\w+) "
                     r"(years|decades|months|años|décadas|meses)\b",
                     re.IGNORECASE)  # fmt: skip


def published_date(text: str) -> str | None:
    """The first "September 03, 2012" / "3 September 2012" / "26 de julio de 2024" in the
    article's head, as ISO."""
    head = text[:3000]
    match = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b", head)
    if match and match.group(1).lower() in MONTHS:
        month, day, year = MONTHS[match.group(1).lower()], match.group(2), match.group(3)
        return f"{year}-{month:02d}-{int(day):02d}"
    match = re.search(r"\b(\d{1,2}) (?:de )?([A-Za-z]+) (?:de )?(\d{4})\b", head, re.IGNORECASE)
    if match and match.group(2).lower() in MONTHS:
        month = MONTHS[match.group(2).lower()]
        return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"
    return None


def draft_desk(
    mentions: Sequence[Mention],
    *,
    title: str,
    text_path: str,
    published: str | None,
    hints: Sequence[DatasetHint] = (),
) -> str:
    """The YAML text of a desk recording every mention as a claim."""
    lines = [
        f"# Draft desk for {title!r}, written by `figcheck extract`: {len(mentions)} quantities.",
        "# Check each claim against the article, confirm or delete it, and uncomment the suggested",
        "# references that fit. Claims without a reference are reported as unverifiable.",
        "source:",
        f"  title: {_q(title)}",
    ]
    if published and len(published) == 10:
        lines.append(f"  published: {published}")
    elif published:  # a month or a year: it resolves periods, but a desk's date is a day
        lines.append(f"  # published: {published} (a month or year; source.published takes a day)")
    lines += [f"  text: {_q(text_path)}", ""]
    if not mentions:
        return "\n".join([*lines, "claims: []", ""])
    lines.append("claims:")
    hints = _of_the_texts_places(hints, title, mentions)
    ids = _ids(mentions)
    periods = drafted_periods(mentions, published)
    for index, mention in enumerate(mentions):
        lines += _claim(mention, ids, index, hints, published, periods[index])
    return "\n".join(lines) + "\n"


def _of_the_texts_places(
    hints: Sequence[DatasetHint], title: str, mentions: Sequence[Mention]
) -> list[DatasetHint]:
    """The datasets that cover a place the text names (its title and its figures' sentences),
    when it names any: a figure whose own sentence names no place is the text's ("3,86 %" in a
    DANE release on Colombia is not a figure of the US CPI). Datasets of no particular place
    stay."""
    names = place_names(hints)
    named = set(places_of(title, names))
    for sentence in dict.fromkeys(m.sentence for m in mentions):
        named.update(places_of(sentence, names))
    named.discard("WLD")  # "world GDP" names no country: it rules none out
    if not named:
        return list(hints)
    return [hint for hint in hints if not hint.places or hint.places & named]


def _claim(mention: Mention, ids: list[str], index: int, hints: Sequence[DatasetHint],
           published: str | None, period: Period | None) -> list[str]:  # fmt: skip
    per_capita = " " in mention.unit
    value = mention.value.split(" ")[0] if per_capita else mention.value
    if (_falls(mention) or _currency_falls(mention)) and not value.startswith("-"):
        value = f"-{value}"  # docs/claim-shapes.md: a fall is a negative change
    noun = _count_noun(mention)
    if noun:
        value = f"{value} ({noun})"  # docs/desks.md: "5 million count (emails)"
    out = [f"  - id: {ids[index]}", f"    quote: {_q(mention.sentence)}", f"    value: {_q(value)}"]
    notes = []
    if mention.checker_hedge:
        out.append(f"    hedge: {_q(mention.checker_hedge)}")
        if mention.hedge and mention.hedge != mention.checker_hedge:
            notes.append(f"printed hedge {mention.hedge!r}")
    as_of = _as_of(period) if period else None
    if as_of:
        out.append(f"    as_of: {as_of}")
    if mention.kind == "range" and mention.low is not None and mention.high is not None:
        unit = mention.unit
        out.append(f"    expected: {{min: {_q(f'{mention.low:g} {unit}'.strip())}, "
                   f"max: {_q(f'{mention.high:g} {unit}'.strip())}}}")  # fmt: skip
        notes.append("printed as a range; the value is its midpoint, the range is what must hold")
    if per_capita:
        notes.append(f"a rate per {mention.unit.split('/', 1)[1]}")
    if mention.change:
        notes.append(f"a change word ({mention.change!r}): compare the figures of both periods")
    if mention.record:
        notes.append(f"a record word ({mention.record!r})")
    if period and not as_of:
        notes.append(f"period: {period.text}")
    if mention.paired_with is not None:
        first = ids[mention.paired_with]
        term = first.replace("-", "_").replace(".", "_")
        out += ["    reference:", f"      expr: {term}", "      terms:",
                f"        {term}: {{claim: {first}}}"]  # fmt: skip
        notes.append(f"the article's own conversion of {first}, checked at the claim's date")
    if notes:
        out.append(f"    note: {_q('; '.join(notes))}")
    out.append(
        f"    x-article: {{line: {mention.line}, span: [{mention.start}, {mention.end}], "
        f"printed: {_q(mention.text)}}}"
    )
    if mention.paired_with is None:
        known = period if period and not period.first.startswith("-") else None
        out += _suggestion_lines(mention, hints, known, published)
    out.append("")
    return out


#: Words that end a count's noun phrase ("4,120 fraud investigations in 2019"): the scanner's
#: stop words and a few of time and order.
_NOT_NOUN = STOP | {"but", "eran", "every", "last", "next"}


def _count_noun(mention: Mention) -> str | None:
    """The noun a count names, to write in its value (docs/desks.md: ``5 million count
    (emails)``): the noun the figure is printed with, and the words after it up to a plural
    ("4,120 fraud investigations" → "fraud investigations"); none for a hyphenated count ("a
    40-page report": the page is not what is counted) or a count with no noun."""
    noun = mention.noun
    printed = mention.text
    if mention.unit != "count" or not noun or "-" in printed or not printed.endswith(noun):
        return None
    if not re.fullmatch(r"[^\W\d_]+", noun):
        return None
    at = mention.sentence.find(printed)
    words = [noun]
    if at >= 0 and not noun.endswith("s"):
        rest = mention.sentence[at + len(printed) :]
        for _ in range(3):
            found = re.match(r"\s+([^\W\d_]+)", rest)
            word = found.group(1) if found else ""
            if not word or word != word.lower() or word in _NOT_NOUN:
                break
            words.append(word)
            rest = rest[found.end() :] if found else ""
            if word.endswith("s"):
                break
        if not words[-1].endswith("s"):
            # no plural head after it: a singular word after a figure above one is a modifier
            # ("approximately 3,000 cocaine HCl samples" counted samples, not cocaine)
            return noun if mention.magnitude == 1 else None
    return " ".join(words)


def _falls(mention: Mention) -> bool:
    """A fall ("decreased by 0.6%", "bajó 1,6%", "shrank by 800,000 people"), which a change
    reference measures as negative; not an earlier level ("down from 52%") nor a multiple."""
    kind = _change_kind(mention)
    return mention.direction == "down" and kind is not None and kind != "ratio"


def _currency_falls(mention: Mention) -> bool:
    """A currency's fall the extractor read as a bare figure ("the peso weakened 0.6%")."""
    return moved_currency(mention) is not None and currency_direction(mention) == "down"


def _earlier_level(mention: Mention) -> bool:
    """ "down from 99%", "fell from 25,000 in 2012 to …": the figure is the level a move
    started from, not the move."""
    return (mention.change or "").endswith(" from") or re.search(
        r"\b(?:from|desde)\b", mention.text, re.IGNORECASE
    ) is not None


def _change_kind(mention: Mention) -> str | None:
    """The ``change`` of a change figure's reference (docs/claim-shapes.md): ``percent``,
    ``points`` (percentage points), ``ratio`` (a multiple: "doubled") or ``difference`` (a move
    in the figure's own unit: "13 points higher" on an index, "increased by $853 billion",
    "3 mil 900 víctimas más"); None for a level, an earlier level or a per-capita rate."""
    if twelve_month_rate(mention) or moved_currency(mention):
        # "la inflación anual fue de 6,5%": the index's change over a year; "the peso weakened
        # 0.6%": its rate's change
        return "percent"
    if mention.kind != "change" or _earlier_level(mention) or " " in mention.unit:
        return None
    if mention.unit == "percent":
        return "percent"
    if mention.unit == "percentage_point":
        return "points"
    if mention.unit == "" and (mention.change or "").lower() in MULTIPLES:
        return "ratio"
    return "difference"


def _suggestion_lines(mention: Mention, hints: Sequence[DatasetHint], period: Period | None,
                      published: str | None) -> list[str]:  # fmt: skip
    ranked = rank_references(mention, hints, _iso(period) if period else "")
    if not ranked and not (_change_kind(mention) and period):
        return []  # a change of an unknown series in an unknown period: nothing to suggest
    lines = []
    if ranked:
        best = ranked[0]
        lines.append(f"    # suggested reference ({best.hint.title}; shares: "
                     f"{', '.join(best.shared[:5])}):")  # fmt: skip
    else:
        lines.append("    # a change claim: name the dataset and column that hold the series")
    lines.append(
        "    # reference: "
        + reference_for(mention, ranked[0] if ranked else None, period, published)
    )
    moved = moved_currency(mention)
    if moved and ranked and ranked[0].column.unit.split("/")[0] == moved[0]:
        # review30: "the peso strengthened 0.6% against the euro" on a column of pesos per euro
        # is a fall of that rate; as drafted, the true claim read as a discrepancy
        falls = _falls(mention) or currency_direction(mention) == "down"
        value = mention.value.lstrip("-")
        flipped = value if falls else f"-{value}"
        lines.append(f"    # {ranked[0].column.name} counts {moved[0]} per "
                     f"{ranked[0].column.unit.split('/')[1]}: the {moved[0]}'s rise is the "
                     f"rate's fall; with this reference write value: {_q(flipped)}")  # fmt: skip
    if mention.record and ranked:
        names = dict(ranked[0].hint.names)
        if len(places_of(mention.sentence, names)) > 1:
            # "los estados con una menor tasa son Yucatán (2), Aguascalientes (6) …" ranks
            # places, not periods: a rank claim (rank.by, a period column) cannot check it
            lines.append("    # a rank among places: a rank claim ranks periods, not places")
        else:
            lines.append(
                f"    # the record as a rank claim (value: 1): {_rank(mention, ranked[0], period)}"
            )
    others = [f"{s.hint.name}/{s.column.name}" for s in ranked[1:4]]
    if others:
        lines.append(f"    # other candidates: {', '.join(others)}")
    return lines


def reference_for(mention: Mention, best: Suggestion | None, period: Period | None,
                  published: str | None) -> str:  # fmt: skip
    """The suggested reference as a YAML flow mapping."""
    name = best.hint.name if best else "?"
    column = best.column.name if best else "?"
    key = best.hint.key if best else ("Date",)
    head = f"{{dataset: {name}, column: {column}"
    if best is not None and best.per is not None:
        # "22 por cada 100 mil habitantes": per * count / population, on the same row
        per, population = best.per
        where = _where(key, _iso(period) if period else "", mention, best)
        return (f"{{expr: {per:g} * {column} / {population}, terms: {{{column}: {head}, "
                f"where: {where}}}, {population}: {{dataset: {name}, column: {population}, "
                f"where: {where}}}}}}}")  # fmt: skip
    change = _change_kind(mention)
    if change is not None:
        end = _month_of(period, published) if period else None
        start = ""
        base = _compared_base(mention, period, end) if end and period is not None else None
        day = _iso(period) if period else ""
        daily = best is not None and best.hint.grain == "day"
        if daily and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            # a day's move on a daily table ("the rand lost 1.1% on 8 May 2023"): from the day
            # before that the table publishes (a holiday's has none), not a month back
            assert best is not None
            start = published_day(best.hint, day, before=True) or _working_day_before(day)
            end = day
        elif end and period is not None and _is_base(mention.sentence, period):
            # "una reducción de un 39 por ciento respecto al … 2011": 2011 is the start
            start, end = end, _step(end, mention, period)
        elif base:  # "decreased by 6.1% in March 2013 compared with March 2012"
            start = base
        elif end and period is not None and _span_start(period, end):
            start = _span_start(period, end)  # "doubled between 2007 and 2010": from 2007
        elif end and len(end) == 4:
            start = str(int(end) - 1)
        elif end:
            twelve = twelve_months(mention) or _HALF.search(_clause(mention)) is not None
            start = months_after(end, -12 if twelve else -1)
        span = _month_span(period)
        frm = _where(key, start, mention, best, span)
        to = _where(key, end or "", mention, best, span)
        if end and frm == to:  # a month back on a dataset of years: {year: 2017} twice
            frm = _where(key, str(int(end[:4]) - 1), mention, best, span)
        summed = ", aggregate: sum" if _summed(key, end or "", mention, best, span) else ""
        return f"{head}, change: {change}, from: {frm}, to: {to}{summed}}}"
    when = _iso(period) if period else ""
    daily = best is not None and best.hint.grain == "day"
    weekend = re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) and date.fromisoformat(when).weekday() > 4
    if daily and re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        # a daily table of working days: a weekend's or a holiday's rate (an article of
        # Saturday reporting Friday's close) is the last published day's
        assert best is not None
        published_on = published_day(best.hint, when)
        if published_on is not None:
            when = published_on
        elif weekend:
            when = _working_day_before(when)
    span = _month_span(period)
    where = _where(key, when, mention, best, span)
    tail = ", aggregate: sum" if _summed(key, when, mention, best, span) else ""
    if period and period.kind in ("between", "since") and mention.unit in ("people", "count"):
        # a count over years ("between 2007 and 2012", "120,000 dead since 2006"): their sum
        year_key = next((k for k in key if "year" in k.lower()), None)
        first, last = period.first[:4], _iso(period)[:4]
        if year_key and first.isdigit() and last.isdigit() and first < last:
            where = where.replace(
                f"{year_key}: {last}", f"{year_key}: {{between: [{first}, {last}]}}"
            )
            tail = ", aggregate: sum"
    return f"{head}, where: {where}{tail}}}"


_BASE = (
    rf"(?:{COMPARED_WITH}|than(?:\s+in)?|"
    r"versus|vs\.?)"
)


def _is_base(sentence: str, period: Period) -> bool:
    """The period is what the change is measured from ("compared with 2011")."""
    pattern = _BASE + r"\s+(?:[^\W\d]+\s+){0,4}" + re.escape(period.text)
    return re.search(pattern, sentence, re.IGNORECASE) is not None


@lru_cache(maxsize=256)
def _sentence_periods(sentence: str) -> tuple[Period, ...]:
    """Every period of a figure's quote, found once for the change figures that share it (a
    sentence's figures share their quote unless it is cut, at most 300 characters either side
    of each figure, so each search stays bounded). The periods are new objects, never the
    drafted period itself, so ``other is period`` below reads as it did."""
    return tuple(find_periods(sentence))


def _compared_base(mention: Mention, period: Period, end: str) -> str | None:
    """The start of a change its sentence compares with, as a date of ``end``'s grain before
    it: "in March 2013 compared with March 2012" (2012-03), "respecto del año 2016" (2016)."""
    for other in (*mention.periods, *_sentence_periods(mention.sentence)):
        when = _iso(other)
        if other is period or not re.fullmatch(r"\d{4}(?:-\d{2})?", when):
            continue
        if len(when) == len(end) and when < end and _is_base(mention.sentence, other):
            return when
    return None


def _span_start(period: Period, end: str) -> str:
    """The first period of a span ("between 2007 and 2010", "de 2007 a 2010") at ``end``'s
    grain, when it comes before ``end``; else ""."""
    first = period.first
    if period.kind != "between" or not re.fullmatch(r"\d{4}(?:-\d{2})?", first[: len(end)]):
        return ""
    return first[: len(end)] if len(first) >= len(end) and first[: len(end)] < end else ""


def _step(start: str, mention: Mention, base: Period) -> str:
    """The end of a change measured from ``start``: another period of the sentence, else the
    next year or month."""
    for other in mention.periods:
        when = _iso(other)
        if other is not base and when and not when.startswith("-") and when != start:
            return when[: len(start)]
    return str(int(start) + 1) if len(start) == 4 else months_after(start, 1)


def _record_order(mention: Mention) -> str:
    """ "lowest" or "highest": the record's words, read for the series the figure is; a
    currency's record in units of it per another ("the rupee touched a record low of 70.81 per
    dollar") is the rate's opposite, the other currency's ("the dollar's lowest, 140 yen") not."""
    words = set(re.findall(r"[^\W\d_]+", (mention.record or "").lower()))
    order = "lowest" if words & _LOWEST else "highest"
    pair = re.fullmatch(r"([A-Z]{3})/([A-Z]{3})", mention.unit)
    if pair is None or not words & (_LOWEST | _HIGHEST):
        return order
    # the figure's own unit ("160.8 yen") is not the record's subject, nor the unit of another
    # price ("hit 150.10 yen") nor the currency a price is quoted against ("to the dollar")
    sentence = mention.sentence.lower().replace(mention.text.lower(), " ")
    at = sentence.find((mention.record or "").lower())
    head = sentence[: at if at >= 0 else len(sentence)]
    subject = None
    for word in reversed(list(re.finditer(r"[^\W\d_]+", head))):
        if word.group() not in CURRENCY_OF:
            continue
        if re.search(r"(?:\d\s*|\b(?:to|against|versus|per|por|frente al?|contra) (?:the |el )?"
                     r"(?:u\.s\. |us )?)$", head[: word.start()]):  # fmt: skip
            continue
        subject = CURRENCY_OF[word.group()]
        break
    if subject == pair.group(1):  # the currency the rate counts: its low is the rate's high
        return "highest" if order == "lowest" else "lowest"
    return order


def _rank(mention: Mention, best: Suggestion, period: Period | None) -> str:
    order = _record_order(mention)
    by = next((k for k in best.hint.key if k.lower() in ("year", "date", "period")), "?")
    at = _iso(period) if period else "?"
    window = ""
    since = _SINCE.search(mention.sentence)
    last = _LAST_N.search(mention.sentence)
    if since:
        window = f", since: {since.group(1) or since.group(2)}"
    elif last and (last.group(1).lower() in lexicon().numbers or last.group(1).isdigit()):
        word = last.group(1)
        n = int(word) if word.isdigit() else lexicon().numbers[word.lower()][0]
        n *= 10 if last.group(2).lower() in ("decades", "décadas") else 1
        window = f", last: {n}"
    if mention.kind == "change" and mention.unit == "percent":
        lag = 12 if twelve_months(mention) and by.lower() != "year" else 1
        window += (
            f", change: percent, lag: {lag}"  # the record is the change's ("largest increase")
        )
    return (f"{{dataset: {best.hint.name}, column: {best.column.name}, "
            f"rank: {{by: {by}, at: {at}, order: {order}{window}}}}}")  # fmt: skip


def _month_span(period: Period | None) -> tuple[int, int] | None:
    """The first and last month of a span of months within one year ("de enero a junio de
    2019", "la primera mitad del 2018"); None for any other period."""
    if period is None:
        return None
    first, last = period.first, period.last
    if not (re.fullmatch(r"\d{4}-\d{2}", first) and re.fullmatch(r"\d{4}-\d{2}", last)):
        return None
    return (int(first[5:]), int(last[5:])) if first[:4] == last[:4] and first < last else None


def _summed_keys(key: tuple[str, ...], when: str, mention: Mention, best: Suggestion | None,
                 span: tuple[int, int] | None) -> set[str]:  # fmt: skip
    """The keys a figure spans, whose rows are summed: the months of a year's count or of a
    span of months on a table by year and month, and the states of a national figure on a
    table of states ("35,964 homicides in Mexico in 2018": every state's months)."""
    names = {k.lower(): k for k in key}
    out = set()
    if "year" in names and "month" in names and (span or re.fullmatch(r"\d{4}", when)):
        out.add(names["month"])
    hint = best.hint if best is not None else None
    if hint is not None and hint.place_key and best is not None:
        values = {p for p, _ in hint.place_values}
        national = set(places_of(mention.sentence)) & (hint.places - values)
        if national and hint.place_key not in key_values(mention, best):
            out.add(hint.place_key)
    return out


def _summed(key: tuple[str, ...], when: str, mention: Mention, best: Suggestion | None,
            span: tuple[int, int] | None) -> bool:  # fmt: skip
    return bool(_summed_keys(key, when, mention, best, span))


def _where(key: tuple[str, ...], when: str, mention: Mention, best: Suggestion | None,
           span: tuple[int, int] | None = None) -> str:  # fmt: skip
    places = places_of(mention.sentence)
    known = key_values(mention, best) if best is not None else {}
    summed = _summed_keys(key, when, mention, best, span)
    parts = []
    for column in key:
        low = column.lower()
        if column in known:  # a place of the sentence, or the row a column's unit stands for
            parts.append(f"{column}: {known[column]}")
        elif column in summed and low != "month":
            continue  # a national figure: every state's rows
        elif low == "year":
            parts.append(f"{column}: {when[:4] if when[:4].isdigit() else '?'}")
        elif low == "month" and span:
            parts.append(f"{column}: {{between: [{span[0]}, {span[1]}]}}")
        elif low == "month" and column in summed:
            continue  # a year's count: its months summed
        elif low == "month":
            parts.append(f"{column}: {int(when[5:7]) if len(when) >= 7 else '?'}")
        elif low in ("date", "period"):
            day = when if len(when) == 10 else f"{when}-01" if len(when) == 7 else when or "?"
            parts.append(f"{column}: {day}")
        elif "country" in low and "code" in low:
            parts.append(f"{column}: {places[0] if places else '?'}")
        else:
            parts.append(f"{column}: ?")
    return "{" + ", ".join(parts) + "}"


def _iso(period: Period) -> str:
    return period.last or period.first


def _month_of(period: Period, published: str | None) -> str | None:
    when = _iso(period)
    if re.fullmatch(r"\d{4}-\d{2}", when):
        return when
    if re.fullmatch(r"\d{4}", when):
        return when
    if published and period.kind != "between":
        return published[:7]
    return None


def _working_day_before(day: str) -> str:
    """The weekday before ``day`` (a Monday's is the Friday: rates are fixed on working days)."""
    before = date.fromisoformat(day) - timedelta(days=1)
    while before.weekday() >= 5:
        before -= timedelta(days=1)
    return before.isoformat()


def _as_of(period: Period) -> str | None:
    """The last day of the period, when it is a year, a month or a day."""
    when = _iso(period)
    if re.fullmatch(r"(?:19|20)\d{2}", when):
        return f"{when}-12-31"
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}", when):
        year, month = int(when[:4]), int(when[5:])
        return f"{when}-{calendar.monthrange(year, month)[1]:02d}"
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}-\d{2}", when):
        return when
    return None


def _ids(mentions: Sequence[Mention]) -> list[str]:
    ids: list[str] = []
    seen: set[str] = set()
    last: dict[str, int] = {}  # each base's last number: 12,000 "10"s on a line were quadratic
    for mention in mentions:
        slug = re.sub(r"[^a-z0-9]+", "-", mention.text.lower()).strip("-")[:40].strip("-")
        base = f"l{mention.line}-{slug or 'figure'}"
        n = last.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in seen:
            n += 1
            candidate = f"{base}-{n}"
        last[base] = n
        seen.add(candidate)
        ids.append(candidate)
    return ids


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escaping is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)
