"""Rank the datasets and columns that could check a quantity: a reference suggestion for a draft.

Pure ranking: a mention and dataset descriptions in, ranked :class:`Suggestion` records out
(:func:`hints_from_catalog` reads the rows of period-keyed tables with a place key or a unit
column once, to learn their places and units). A column whose unit cannot match the claim's is
never suggested (money with money, a currency ratio with a currency ratio, people with people,
counts with counts, percent with percent, a unit of measure with one of the same dimension), nor
a dataset whose places exclude every place of the sentence. Among the rest, the score counts the
sentence's words found in the column's name and title (3 each), in the dataset's title,
description and keywords (1 each; Spanish words are read through a small glossary,
:mod:`figcheck.draft.lexicon`), the noun the figure counts (3 in the column, 1 in the dataset), a
place of the sentence that the dataset covers (2, and 2 more when the figure's own place is a
row of its place key; 2 less when a place key cannot be filled), and a period the dataset's key
can hold (2; 3 less when the figure's period is finer than any it holds); a currency ratio
("18.44 pesos por dólar") scores 5 for the column of its own currency. A column whose unit is in
a unit column is one column per unit, with the key row that unit stands for. A per-capita rate
("22 por cada 100 mil habitantes") is suggested as a count of people over the population column
of the same dataset. Words are compared singular ("homicide" finds "homicides"). Series added
with ``datasets add`` are datasets like any other (their title holds the series' title and id).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from figcheck.draft.extract import Mention
from figcheck.draft.governing import preceded
from figcheck.draft.lexicon import lexicon

__all__ = ["ColumnHint", "DatasetHint", "Suggestion", "hints_from_catalog", "key_values",
           "place_names", "places_of", "published_day", "rank_references", "units_fit",
           "words_of"]  # fmt: skip

_STOP = frozenset([
    "the", "and", "for", "that", "with", "from", "this", "have", "been", "were", "which",
    "their", "they", "them", "than", "into", "over", "under", "about", "some", "more", "less",
    "most", "much", "many", "such", "also", "only", "other", "after", "before", "while",
    "where", "when", "what", "would", "could", "should", "there", "these", "those", "being",
    "between", "according", "said", "says", "not", "year", "years", "per", "cent", "percent",
    "number", "total", "data", "value", "values", "code", "name", "state", "los", "las",
    "del", "por", "para", "con", "una", "que", "como", "más", "sus", "entre",
    # function words that say nothing about what a figure counts
    "are", "was", "has", "had", "will", "can", "its", "our", "but", "who", "whom", "whose",
    "how", "why", "all", "any", "both", "each", "every", "few", "own", "same", "very", "just",
    "then", "once", "here", "because", "since", "until", "through", "during", "against",
    "among", "within", "without", "upon", "onto", "off", "out", "again", "further", "does",
    "did", "doing", "having", "now", "son", "fue", "han", "está", "están", "era", "eran",
    "ser", "sido", "uno", "unos", "unas", "sobre", "desde", "hasta", "según", "este", "esta",
    "estos", "estas", "ese", "esa", "esos", "esas", "cual", "cuales", "cuando", "donde",
    "pero", "sin", "ante", "tras", "durante", "mediante", "hay",
])  # fmt: skip


@dataclass(frozen=True)
class ColumnHint:
    """A column with a unit: its name, unit and the words of its name and title."""

    name: str
    unit: str
    words: frozenset[str]
    #: for a column whose unit is read from a unit column (``unitField``): the key values of the
    #: rows in this unit ("Country: Mexico" for MXN/USD in the Federal Reserve's table)
    rows: tuple[tuple[str, str], ...] = ()
    #: the first and last year with a value, for a column of a table keyed by period whose
    #: rows were read (None: not known)
    years: tuple[int, int] | None = None


@dataclass(frozen=True)
class DatasetHint:
    """What a suggestion needs to know of a dataset (from its descriptor; nothing is read)."""

    name: str
    title: str
    words: frozenset[str]
    key: tuple[str, ...]
    columns: tuple[ColumnHint, ...]
    series_id: str | None = None
    #: the places the dataset covers (ISO 3166 alpha-3 codes, ``MX-08`` for a Mexican state),
    #: from its key values or, without a place key, its title and description; empty: not known
    places: frozenset[str] = frozenset()
    #: the key column that holds a place, and each place's value in it
    place_key: str | None = None
    place_values: tuple[tuple[str, str], ...] = ()
    #: the places' names in the dataset's own rows ("argentina" → ARG), folded, lower case
    names: tuple[tuple[str, str], ...] = ()
    #: how often its key counts: "day", "month" or "year" ("" when not known)
    grain: str = ""
    #: for a daily table, the days it publishes a row for, sorted ("2023-04-06"; holidays and
    #: weekends are missing): a day's move runs from the previous one
    days: tuple[str, ...] = field(default=(), compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Suggestion:
    """One ranked reference: a dataset's column, with the reasons for its score."""

    hint: DatasetHint
    column: ColumnHint
    score: int
    shared: tuple[str, ...]
    #: for a per-capita rate ("22 por cada 100 mil habitantes"): the people per which it is
    #: counted and the dataset's population column; the reference is then
    #: ``per * column / population`` on one row
    per: tuple[float, str] | None = None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _table(name: str) -> dict[str, str]:
    text = files("figcheck.draft.lexicon").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: r[1] for r in rows}


def words_of(text: str) -> set[str]:
    """The content words of a text, lower case, accents folded, Spanish glossed to English."""
    glossary = _table("glossary.tsv")
    out = set()
    for word in re.findall(r"[^\W\d_]{3,}", text.lower()):
        if word in _STOP:
            continue
        out.add(_singular(_fold(glossary.get(word, word))))
    return out


def _singular(word: str) -> str:
    """ "homicides" and "homicide", "victims" and "victim" are one word to the ranking."""
    if len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_NOT_A_PLACE = frozenset(["bank", "health", "cup", "war", "trade", "series", "economic"])

#: Words that say how often, how adjusted or by whom a figure is published, not what it counts
#: (and the publishers' names):
#: shared alone (with places), they do not make a column the claim's ("creció un 3.5% anual,
#: informó el Instituto Nacional … (Inegi)" is not about homicides).
_GENERIC_WORDS = (
    "annual annually yearly year monthly month quarterly quarter weekly week daily day "
    "anual mensual mes trimestral semanal diario serie series seasonally adjusted ajustado "
    "desestacionalizado average promedio total all data datos figure figures cifra cifras "
    "national nacional federal official oficial institute instituto statistics statistical "
    "estadistica geografia office oficina bureau agency department ministry secretaria report "
    "informe release earlier later previous latest last next ago first second third fourth "
    "half foreign international "
    "domestic new "
    # currencies: the unit is matched on its own, so "dollars" does not make a column the claim's
    "dollar dolar euro peso pound libra yen yuan real reale rupee rupia rand franc krona krone "
    "currency moneda current corriente "
    # scales: "trillion" says how big, not what
    "thousand million billion trillion mil millon millones billon billones "
    # publishers, which publish many things
    "inegi sesnsp banxico dane indec ine ons bls bea eurostat oecd ocde imf fmi ecb bce unodc "
    "cepal eclac fred bank banco"
)


@cache
def _place_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The places of the entity table (folded), the ones matched only as printed ("US"), and
    the Mexican states (``MX-`` and the INEGI code: the bundled data holds the codes only)."""
    loose, exact = {}, {}
    for place, code in _table("entities.tsv").items():
        if place.islower() or not any(c.isalpha() for c in place):
            loose[_fold(place)] = code
        else:
            exact[place] = code
    states = {place: f"MX-{code}" for place, code in _table("states.tsv").items()}
    return loose, exact, states


#: A place word that is a currency's: "US$", "A$", "NZ$", "HK\\$" (escaped in Markdown), or a
#: country adjective before "dollars"/"pesos" ("U.S. dollars", "Mexican pesos").
_CURRENCY_PLACE = re.compile(
    r"\b[^\W\d_]{1,3}(?=\\?\$)|"
    r"\b[^\W\d_]+(?:\.[^\W\d_]+\.?)?(?=\s+(?:dollars?|d[oó]lares|pesos?|euros?|pounds?)\b)",
    re.IGNORECASE,
)


def places_of(sentence: str, names: Mapping[str, str] | None = None) -> list[str]:
    """The places a sentence names, in the order it names them: country codes ("World Bank" is
    not the world), ``MX-08`` for a Mexican state; ``names`` adds the place names of the
    datasets' own rows ("argentina" → ARG), which, like states, count only when capitalised
    ("Guerrero", not "guerrero")."""
    loose, exact, states = _place_table()
    # A currency's country is not the figure's place: "US$2.1 trillion", "35 billion U.S.
    # dollars" and "C$4 billion" say how a sum is counted, not where (global proceeds in dollars).
    sentence = _CURRENCY_PLACE.sub(lambda m: " " * len(m.group()), sentence)
    printed = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+\.)?", sentence)
    tokens = [_fold(t.lower()) for t in printed]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        step = 1
        for n in (4, 3, 2, 1):
            if i + n > len(tokens):
                continue
            place = " ".join(tokens[i : i + n])
            code = exact.get(printed[i]) if n == 1 else None
            code = code or loose.get(place)
            if code is None and printed[i][:1].isupper():
                code = states.get(place) or (names or {}).get(place)
            after = tokens[i + n] if i + n < len(tokens) else ""
            if code and after not in _NOT_A_PLACE:
                if code not in found:
                    found.append(code)
                step = n
                break
        i += step
    return found


_CLAUSE = re.compile(r"[,;:()]")


def figure_places(mention: Mention, names: Mapping[str, str] | None = None) -> list[str]:
    """The places of a figure's sentence (else of the sentence it took its unit from), the
    figure's own first: those of its clause, in order, then the nearest before it, then those
    after ("hubo 26 mil homicidios en México, …, siendo Chihuahua y Guerrero …" is México's)."""
    sentence = mention.sentence
    at = sentence.find(mention.text)
    whole = places_of(sentence, names)
    if at < 0 or not whole:
        return whole or places_of(mention.context, names)
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence) + 1]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at + len(mention.text) - 1)
    own = places_of(sentence[start:end], names)
    before = places_of(sentence[:start], names)[::-1]
    after = places_of(sentence[end:], names)
    return list(dict.fromkeys([*own, *before, *after]))


def key_values(mention: Mention, suggestion: Suggestion,
               names: Mapping[str, str] | None = None) -> dict[str, str]:  # fmt: skip
    """The values of a suggestion's keys that are not periods: the place the sentence names
    (the first the dataset has), and the rows its column's unit stands for."""
    hint = suggestion.hint
    out = dict(suggestion.column.rows)
    values = dict(hint.place_values)
    if hint.place_key:
        places = figure_places(mention, {**dict(hint.names), **(names or {})})
        if places and places[0] in values:
            out[hint.place_key] = values[places[0]]
    return out


def _kind(unit: str) -> str:
    base = unit.split()[-1] if unit else ""
    if base in ("people", "count"):
        return base
    if re.fullmatch(r"[A-Z]{3}/[A-Z]{3}", base):
        return "money-ratio"
    if re.fullmatch(r"[A-Z]{3}", base):
        return "money"
    if re.fullmatch(r"[A-Z]{3}/\w+", base):
        return f"money/{base.split('/')[1]}"
    return base


def units_fit(claim_unit: str, column_unit: str) -> bool:
    """Whether a column in ``column_unit`` can check a claim in ``claim_unit``."""
    if not column_unit or " " in claim_unit or " " in column_unit:
        return claim_unit == column_unit != ""  # a per-100,000 rate has no grammar unit
    a, b = _kind(claim_unit), _kind(column_unit)
    if a == b:
        return True
    if {a, b} & {"people", "count", "percent", "percentage_point", "money", "money-ratio", ""}:
        return False
    from figcheck.errors import IncompatibleUnitsError, UnitError
    from figcheck.model.units import conversion, parse_unit

    try:
        conversion(parse_unit(claim_unit).unit, parse_unit(column_unit).unit)
    except (IncompatibleUnitsError, UnitError):
        return False
    return True


def _fits(mention: Mention, column_unit: str) -> bool:
    """A change in percent or a multiple ("rose 9.1%", "doubled") is a change of any series;
    a change in points needs a series in percent; anything else needs a unit that matches."""
    if (mention.kind == "change" and mention.unit in ("percent", "")) or twelve_month_rate(mention):
        return True
    if mention.kind == "change" and mention.unit == "percentage_point":
        return column_unit == "percent"
    return units_fit(mention.unit, column_unit)


def _grain(when: str) -> str:
    """ "2019" year, "2019-06" month, "2019-06-30" day; a month or day printed without its
    year ("-06", "-06-30": "entre enero y junio") is still a month or a day."""
    if when.startswith("-"):
        when = f"0000{when}"
    return {4: "year", 7: "month", 10: "day"}.get(len(when), "") if when[:4].isdigit() else ""


#: Periods that name a day without printing its date ("el viernes", "on Thursday", "ayer").
_DAY_KINDS = frozenset(["weekday", "yesterday", "today"])


#: A verb of reporting right before a day ("the Labor Department reported Tuesday", "said on
#: Friday", "informó hoy", "dijo el miércoles"): the day of the report, not the figure's.
_REPORTED = re.compile(r"\b(?:reported|said|says|announced|showed|published|released|informó|"
                       r"dijo|anunció|reportó|publicó|señaló)(?:\s+(?:on|el|este|this))?\s*$",
                       re.IGNORECASE)  # fmt: skip


def _figure_period(mention: Mention) -> Any:
    """The figure's first period that is not the day it was reported on; None without one."""
    for period in mention.periods:
        if period.kind in _DAY_KINDS and preceded(mention, period, _REPORTED):
            continue  # (period.start is the text's offset, not the sentence's: final read)
        return period
    return None


def _period_grain(period: Any) -> str:
    """The grain of a figure's period: a weekday or "yesterday" is a day."""
    if period.kind in _DAY_KINDS:
        return "day"
    return _grain(period.last or period.first)


def _key_grains(hint: DatasetHint) -> set[str]:
    """The periods a dataset's key can hold: a year for a yearly key, a year or month for a
    year-and-month key, the data's own frequency for a dated one (a daily table does not hold
    a month's average)."""
    names = {k.lower() for k in hint.key}
    if "year" in names:
        return {"year", "month"} if "month" in names else {"year"}
    if names & {"date", "period", "month"}:
        if hint.grain:
            return {hint.grain}
        return {"day", "month", "year"} if "period" in names else {"day", "month"}
    return set()


def _period_fit(mention: Mention, hint: DatasetHint) -> bool:
    """The period of the figure (the end of a span: "between 2007 and 2012" is years) is one
    the dataset's key holds."""
    period = _figure_period(mention)
    if period is None:
        # an exchange rate with no period is the day's (the article's date): a daily table
        return _kind(mention.unit) == "money-ratio" and hint.grain == "day"
    return _period_grain(period) in _key_grains(hint)


_FINENESS = {"day": 0, "month": 1, "year": 2}


def _too_fine(mention: Mention, hint: DatasetHint) -> bool:
    """A figure of a finer period than any the dataset's key holds: a day's ("the peso closed
    at 18.44 on 26 July") against monthly averages, a span of months ("de enero a junio de
    2021") against yearly totals."""
    grains = _key_grains(hint)
    period = _figure_period(mention)
    if not grains:
        return False
    if period is None:  # an exchange rate with no period is the day's (the article's date)
        return _kind(mention.unit) == "money-ratio" and "day" not in grains
    grain = _period_grain(period)
    return bool(grain) and _FINENESS[grain] < min(_FINENESS[g] for g in grains)


_PER_CAPITA = re.compile(r"people/(\d+(?:\.\d+)?) people")


#: Words that make a count of people a population ("a country of 127 million people",
#: "127 millones de habitantes"); without one, a population column is no candidate.
_POPULATION = frozenset(
    [
        "population",
        "populations",
        "people",
        "inhabitants",
        "inhabitant",
        "residents",
        "resident",
        "citizens",
        "citizen",
        "población",
        "poblacion",
        "habitantes",
        "habitante",
        "personas",
        "pobladores",
        "residentes",
    ]
)


#: The words of a count of people that say nothing of what is counted.
_PEOPLE = frozenset(["people", "person", "persona"])


def _population_column(hint: DatasetHint) -> str | None:
    """The column of a dataset that counts its population ("population", "pop_est")."""
    for column in hint.columns:
        if column.unit == "people" and (
            "population" in column.words or column.name.lower().startswith("pop")
        ):
            return column.name
    return None


def place_names(hints: Sequence[DatasetHint]) -> dict[str, str]:
    """The place names of every dataset's rows (folded, lower case) → place code."""
    out: dict[str, str] = {}
    for hint in hints:
        out.update(hint.names)
    return out


#: Where a clause about another figure opens ("rose 0.4% in May, while the annual rate …",
#: "…; over the year …", "…, y la tasa anual …").
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whilst|whereas|y|e|pero|mientras|aunque|"
                          r"en tanto)\b|\s(?:while|whilst|whereas|mientras que)\b",
                          re.IGNORECASE)  # fmt: skip

#: Words that make a change run over twelve months: "in the twelve months to June 2022" (or
#: "over the year", "anual", "interanual", "en 12 meses", "in the year to March"), the same
#: month of another year ("year-on-year", "el mismo mes de 2019", "el mismo mes un año atrás").
TWELVE = re.compile(r"\b(?:12|twelve|doce)[- ]months?\b|\b(?:12|doce) meses\b|"
                    r"\bover the (?:last |past )?year\b|\bin the year to\b|\bannual\b|"
                    r"\ba(?:n)? (?:year|año) (?:earlier|ago|antes)\b|\banual\b|\binteranual\b|"
                    r"\b(?:un|hace un) año (?:atrás|antes)\b|\bhace un año\b|"
                    r"\byear[- ](?:on|over)[- ]year\b|\b(?:previous|prior|preceding) year\b|"
                    r"\baño (?:anterior|previo|precedente)\b|\bsame (?:month|period|quarter|week) "
                    r"(?:of|in|a|last)\b|\b(?:mism[oa]|similar|igual) "
                    r"(?:mes|per[ií]odo|trimestre|semana) (?:de|del|un)\b",
                    re.IGNORECASE)  # fmt: skip

#: Words of a rate of prices: an annual rate of them is a change of a price index.
_PRICE_RATE = re.compile(r"\binflat|\binflaci|\bprices?\b|\bprecios?\b|\bIPC\b|\bCPI\b",
                         re.IGNORECASE)  # fmt: skip


def figure_clause(mention: Mention) -> str:
    """The clause of ``mention``'s sentence that holds its figure (the whole sentence when the
    figure is not found in it)."""
    sentence = mention.sentence
    at = sentence.find(mention.text)
    if at < 0:
        return sentence
    start, end = 0, len(sentence)
    for brk in CLAUSE_BREAK.finditer(sentence):
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at + len(mention.text):
            end = brk.start()
            break
    return sentence[start:end]


_PERCENT_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|por ciento|percent\b|per cent\b)", re.IGNORECASE)


#: Where the words about the next figure begin, between two percent figures ("rose 0.4% in
#: June and at an annual rate …", "0,5 % en marzo, lo que situó …", "0,3% colocando la tasa
#: interanual en el 4%", "0.2%, putting the annual rate at 1.7%").
_NEXT_FIGURES = re.compile(r"[,;]|\b(?:and|y|bringing|putting|taking|leaving|colocando|"
                           r"situando|dejando|llevando|ubicando)\b", re.IGNORECASE)  # fmt: skip


def twelve_months(mention: Mention) -> bool:
    """Twelve-month words in the figure's clause, between the percent figures printed before
    and after it ("subieron 0,3% en mayo, acumulando 4,1% en 12 meses": 4,1%'s, not 0,3%'s);
    between two figures, the words after a comma, an "and" or a gerund are the next figure's
    ("rose 0.4% in June and at an annual rate climbed to 9.1%": 9.1%'s)."""
    clause = figure_clause(mention)
    at = clause.find(mention.text)
    if at >= 0:
        before = [m.end() for m in _PERCENT_FIGURE.finditer(clause, 0, at)]
        after = _PERCENT_FIGURE.search(clause, at + len(mention.text))
        start = before[-1] if before else 0
        if before:  # the words after the previous figure's are this one's
            start = max((b.end() for b in _NEXT_FIGURES.finditer(clause, start, at)), default=start)
        end = after.start() if after else len(clause)
        if after:  # the words after a break are the next figure's
            cut = _NEXT_FIGURES.search(clause, at + len(mention.text), end)
            end = cut.start() if cut else end
        clause = clause[start:end]
    return TWELVE.search(clause) is not None


def twelve_month_rate(mention: Mention) -> bool:
    """A rate of prices over twelve months printed as a level ("la inflación anual fue de
    6,5%", "US inflation hit 8.5% in the year to March"): the change of a price index."""
    if mention.unit != "percent" or mention.kind not in ("quantity", "change"):
        return False
    return twelve_months(mention) and bool(_PRICE_RATE.search(figure_clause(mention)))


#: Parts of a basket of prices, folded: a figure whose clause names one before it ("Gasoline
#: prices rose 6.1%", "la inflación subyacente fue del 0,2%") is not the whole basket's.
_COMPONENTS = frozenset(
    [
        "core",
        "subyacente",
        "energy",
        "energia",
        "gasoline",
        "gasolina",
        "fuel",
        "fuels",
        "combustible",
        "combustibles",
        "food",
        "foods",
        "alimento",
        "alimentos",
        "shelter",
        "rent",
        "rents",
        "alquiler",
        "alquileres",
        "electricity",
        "electricidad",
        "apparel",
    ]
)


_CURRENCY_WORDS = re.compile(r"\$|\bdollars?\b|\bd[oó]lares\b|\bUSD\b", re.IGNORECASE)


#: A currency's names in a sentence, by ISO code ("the rupee's record low").
CURRENCY_NAMES = {
    "INR": ("rupee", "rupia"), "ZAR": ("rand",), "JPY": ("yen", "yenes"),
    "MXN": ("peso", "pesos"), "BRL": ("real", "reais", "reales"), "CNY": ("yuan", "renminbi"),
    "KRW": ("won",), "TRY": ("lira",), "EUR": ("euro", "euros"),
    "GBP": ("pound", "sterling", "libra"),
    "USD": ("dollar", "dólar", "dolar", "greenback", "dollars"),
}  # fmt: skip
CURRENCY_OF = {n: code for code, all_names in CURRENCY_NAMES.items() for n in all_names}
#: The other currency of a move ("against the dollar", "frente al dólar", "ante el dólar").
_AGAINST = re.compile(r"\b(?:against|versus|vs\.?|frente al?|ante el|contra el|on)\s+(?:the\s+)?"
                      r"(?:US\s+|U\.S\.\s+)?([^\W\d_]+)", re.IGNORECASE)  # fmt: skip


#: The words before a currency that it moved against ("against the greenback", "frente al").
_AGAINST_WORDS = frozenset(["against", "versus", "vs", "frente", "contra", "ante"])


#: A word of a currency's move, for a figure the extractor did not read as a change: a change
#: word of the lexicon (lexicon/changes.tsv: "fell", "cayó", "perdió") or a currency's own verb
#: or noun ("the peso weakened 0.6%", "bajando 0.19%", "una depreciación de 2.53 por ciento").
#: Whole words: review30 found the prefixes of round 30 ("sub") matching "subsidios".
_CURRENCY_MOVE = re.compile(r"\b(?:weaken|strengthen|depreci|apreci|bajando|subiendo|cayendo|"
                            r"fallen|risen|bajada|subida)\w*", re.IGNORECASE)  # fmt: skip


def _names_a_move(clause: str) -> bool:
    if _CURRENCY_MOVE.search(clause):
        return True
    changes = lexicon().changes.values
    return any((word,) in changes for word in re.findall(r"[^\W\d_]+", clause.lower()))


_CURRENCY_DOWN = re.compile(r"^(?:weaken|depreci|cayendo|bajando|fallen|bajada)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def currency_direction(mention: Mention) -> str | None:
    """ "up" or "down": the last word of a move before a currency's figure ("the peso weakened
    0.6%" down, "el euro subió 0,7%" up); None when no word says."""
    clause = figure_clause(mention)
    at = clause.find(mention.text)
    words = re.findall(r"[^\W\d_]+", (clause[:at] if at >= 0 else clause).lower())
    changes = lexicon().changes.values
    for word in reversed(words):
        if (word,) in changes:
            return changes[(word,)]
        if _CURRENCY_MOVE.fullmatch(word):
            return "down" if _CURRENCY_DOWN.match(word) else "up"
    return None


@lru_cache(maxsize=4096)
def moved_currency(mention: Mention) -> tuple[str, str] | None:
    """A currency's move in percent ("the peso weakened 0.6% against the dollar", "el euro
    cayó 0,7%"): the currency named before the figure in its clause (no word of prices
    between: "prices in dollars rose 0.6%" is not one) and the one it moved against (the
    dollar unless named; the euro's rates are per euro)."""
    if mention.unit != "percent" or mention.kind not in ("change", "quantity"):
        return None
    clause = figure_clause(mention)
    at = clause.find(mention.text)
    if at < 0:
        return None
    if mention.kind == "quantity" and not _names_a_move(clause):
        return None
    head = clause[:at]
    found = [(w.group().lower(), w.start()) for w in re.finditer(r"[^\W\d_]+", head)]
    words = [w for w, _ in found]
    # a currency word that is not the move's subject: the unit of a price printed before it
    # ("se vendió en 17,10 pesos"), or the currency it moved against ("against the greenback")
    priced = {i for i, (w, start) in enumerate(found)
              if w in CURRENCY_OF and re.search(r"\d\s*$", head[:start])}  # fmt: skip
    objects = {i for i, w in enumerate(words)
               if w in CURRENCY_OF and set(words[max(0, i - 3) : i]) & _AGAINST_WORDS}  # fmt: skip
    own = next((i for i in range(len(words) - 1, -1, -1)
                if words[i] in CURRENCY_OF and i not in priced | objects), None)  # fmt: skip
    if own is None or _PRICE_RATE.search(" ".join(words[own:])):
        return None
    # prices named in the currency or after it ("Prices in dollars rose 0.6%", "the peso …
    # gasoline prices rose 5%"), not a cause long before it ("energy costs … pushed the euro")
    near = words[max(0, own - 3) :]
    if _PRICE_RATE.search(" ".join(near[: min(3, own)])) or _COMPONENTS & {_fold(w) for w in near}:
        return None
    against = _AGAINST.search(clause, at)
    other = CURRENCY_OF.get(against.group(1).lower(), "") if against else ""
    subject = CURRENCY_OF[words[own]]
    named = [CURRENCY_OF[words[i]] for i in sorted(priced | objects, reverse=True) if i > own]
    other = other or next((c for c in named if c != subject), "")
    other = other or ("USD" if subject != "USD" else "")
    if not other or other == subject:
        return None
    return subject, other


def _against_a_currency(mention: Mention) -> bool:
    """A percent figure followed by "against the dollar" ("It has dropped 12 per cent against the
    dollar"): a currency's move, whichever currency it is."""
    if mention.unit != "percent":
        return False
    clause = figure_clause(mention)
    at = clause.find(mention.text)
    against = _AGAINST.search(clause, at + len(mention.text)) if at >= 0 else None
    return against is not None and against.group(1).lower() in CURRENCY_OF


def _rate_columns(moved: tuple[str, str], hints: Sequence[DatasetHint],
                  mention: Mention) -> list[Suggestion]:  # fmt: skip
    """The columns of exchange rates that hold a currency's move: units of it per the other
    (``MXN/USD``), or, in a table of rates per euro, the currency that is not the euro."""
    subject, other = moved
    wanted = {f"{subject}/{other}", f"{other}/{subject}"}
    if "EUR" in moved:
        wanted.add(f"{other if subject == 'EUR' else subject}/EUR")
    elif "USD" not in moved:
        wanted = set()
    else:  # a rate per euro: the non-dollar currency's column
        wanted.add(f"{subject if other == 'USD' else other}/EUR")
    out = []
    for hint in hints:
        for column in hint.columns:
            if column.unit in wanted:
                score = 5 + 2 * _period_fit(mention, hint)
                out.append(Suggestion(hint, column, score, (column.unit,)))
    out.sort(key=lambda s: (-s.score, s.hint.name, s.column.name))
    return out


#: Words before a figure that make it a sum per head or at purchasing power parity ("Kenya's per
#: capita GDP … $2,100", "with a PPP GDP of USD 1,290bn"): not a total in current money.
_NOT_CURRENT = re.compile(r"\bPPP\b|purchasing[- ]power parity|paridad (?:de|del) poder|"
                          r"\bper[- ]capita\b|\bper c[aá]pita\b|\bper head\b|"
                          r"\bpor habitante\b", re.IGNORECASE)  # fmt: skip


def _not_current(mention: Mention) -> bool:
    """The figure's clause names, before it, a sum per head or at purchasing power parity."""
    clause = figure_clause(mention)
    at = clause.find(mention.text)
    return bool(_NOT_CURRENT.search(clause[: at if at >= 0 else len(clause)]))


def _of_a_component(mention: Mention) -> bool:
    """The figure's clause names a part of a basket before the figure."""
    sentence = mention.sentence
    at = sentence.find(mention.text)
    if at < 0:
        return False
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    words = {_fold(w) for w in re.findall(r"[^\W\d_]+", sentence[start:at].lower())}
    return bool(words & _COMPONENTS)


def rank_references(mention: Mention, hints: Sequence[DatasetHint],
                    when: str = "") -> list[Suggestion]:  # fmt: skip
    """Every column that could check ``mention``, best first; empty when none shares a word
    with the sentence. ``when``: the figure's period as the draft resolves it against the
    article's date ("last year" → "2018"), for the years a column holds. A per-capita rate
    ("29 per 100,000 residents") is checked against a count of people divided by the
    population of the same row, so it ranks the people columns of datasets that have a
    population column."""
    moved = moved_currency(mention)
    if moved:  # a currency's move is a change of its exchange rate, never of prices
        return _rate_columns(moved, hints, mention)
    if _against_a_currency(mention):
        return []  # a currency's move the sentence does not name: no table of prices holds it
    words = words_of(f"{mention.sentence} {mention.context}")
    names = place_names(hints)
    name_words = _name_words(frozenset(names))  # once, not per column
    ordered = figure_places(mention, names)
    counted = words_of(mention.noun or "")
    places = set(ordered)
    per_capita = _PER_CAPITA.fullmatch(mention.unit)
    ratio = _kind(mention.unit) == "money-ratio"
    component = _of_a_component(mention)
    # "la economía creció un 10,2%": growth, not the change of a sum in current dollars
    real = (mention.kind == "change" and mention.unit == "percent"
            and not _CURRENCY_WORDS.search(mention.sentence))  # fmt: skip
    twelve = mention.unit == "percent" and twelve_months(mention)
    not_current = _not_current(mention)
    out = []
    for hint in hints:
        if hint.places and places and not places & hint.places:
            continue  # the sentence's place is none the dataset covers (Nigeria, Mexico's data)
        if component and "item" in hint.words:
            continue  # gasoline's prices are not all items' (US CPI-U, all items)
        if real and "current" in hint.words:
            continue  # an economy's growth is in constant prices, not current dollars
        if not_current and "current" in hint.words:
            continue  # GDP per head or at parity is no total in current dollars
        covered = places & (hint.places or _hint_places(hint))
        keyed = bool(hint.place_key) and ordered[0] in dict(hint.place_values) if ordered else False
        # a place the dataset covers (2), a row of its place key (2 more); a place key the
        # sentence cannot fill (a state's table for a national figure) counts against it
        place_score = 2 * bool(covered) + (2 if keyed else -2 if hint.place_key else 0)
        if _too_fine(mention, hint):
            continue  # a half-year's count against the year's total is a sure discrepancy
        period_score = 2 * _period_fit(mention, hint)
        shared_dataset = words & hint.words
        population_column = _population_column(hint)
        population = population_column if per_capita else None
        found: list[Suggestion] = []
        for column in hint.columns:
            per = None
            if per_capita:
                if population is None or column.name == population or column.unit != "people":
                    continue
                per = (float(per_capita.group(1)), population)
            elif not _fits(mention, column.unit):
                continue
            elif column.name == population_column and not (words | counted) & _POPULATION:
                continue  # "50,000 killed" counts people, but not a population
            if ratio and not _ratio_fits(mention.unit, column):
                continue
            if not ratio and _kind(column.unit) == "money-ratio" and mention.kind == "change":
                continue  # a rate's move whose currency no word names: no column of many
            if twelve and column.unit == "percent" and "month" in column.words:
                continue  # a month-on-month rate does not hold a change over twelve months
            if column.rows and not ratio and not places & _row_places(column, names):
                continue  # one country's rows of a table of many: only for that country
            shared_column = words & column.words
            # kept: two shared words (a bare figure that took its unit from the sentence before
            # reads that sentence too); or a word of the column's name and the sentence's place
            # or period, for a level (a change fits any series); or one word about what is
            # counted with a row of the dataset's place key and a period its key holds ("Germany's
            # economy ... in 2022"); or a currency ratio whose currency has a column
            score = 3 * len(shared_column) + len(shared_dataset) + place_score + period_score
            # the noun the figure counts ("26 mil 037 homicidios"): the surest word of what
            score += 3 * bool(counted & column.words) + bool(counted & hint.words)
            if ratio:
                score += 5  # the column of the claim's own currency: the strongest sign
            if mention.kind == "change" and mention.unit == "percent" and column.unit == "percent":
                score -= 3  # a percent change is measured on a level, not on a rate of change
            shared = tuple(sorted(shared_column | shared_dataset))
            named = words & words_of(column.name.replace("_", " "))
            single = named and mention.kind != "change" and (place_score > 0 or period_score)
            topical = set(shared) - _generic() - name_words
            if mention.kind == "change":
                topical -= _PEOPLE  # "fell by 1,200 people" names no population
            anchored = bool(topical) and keyed and bool(period_score)
            # a change whose sentence names what the dataset counts and a period its key holds
            # ("la cifra de homicidios se disparó 15.4% respecto a 2015")
            # (no place named at all: a states' table holds the nation's sum, as for its level)
            anchored = anchored or (
                mention.kind == "change" and bool(topical) and bool(period_score)
                and (place_score >= 0 or not places)
            )  # fmt: skip
            # words of frequency, order or places ("first", "annual") do not make two words
            two = len(set(shared) - _frequency_words()) >= 2
            # a word of what the column measures, from its title ("GDP", "population"), with the
            # figure's own place a row of the dataset's key ("Ghana's GDP stood at $76 billion"):
            # the column's, though the sentence prints no period
            titled = bool(topical & column.words) and keyed and mention.kind != "change"
            if ratio or (two and topical) or single or anchored or titled:
                found.append(Suggestion(hint, column, score, shared, per))
        counts = [f for f in found if f.column.name != population_column] or found
        if found and all(_outside(f.column, mention, when) for f in counts):
            continue  # no column that fits holds the figure's year: another table's figure
            # (a population column that does, "fell by 1,200 people", keeps no homicide table)
        out += found
    # at one score, the column whose name says least beyond the sentence ("victims of homicidio
    # doloso": not the column that adds "plus feminicidio")
    out.sort(key=lambda s: (-s.score, len(words_of(s.column.name.replace("_", " ")) - words),
                            s.hint.name, s.column.name))  # fmt: skip
    return out


def _row_places(column: ColumnHint, names: Mapping[str, str]) -> set[str]:
    return {names[_name_key(v)] for _, v in column.rows if _name_key(v) in names}


@cache
def _name_words(names: frozenset[str]) -> frozenset[str]:
    """The datasets' one-word place names ("australia"): a place says where, not what is
    counted (the words of longer names, "Korea, Dem. People's Rep.", can say what)."""
    return frozenset(words_of(" ".join(n for n in names if " " not in n)))


@cache
def _frequency_words() -> frozenset[str]:
    """:data:`_GENERIC_WORDS` as :func:`words_of` reads them (not the places)."""
    return frozenset(words_of(_GENERIC_WORDS))


@cache
def _generic() -> frozenset[str]:
    """:data:`_GENERIC_WORDS` and the places the entity table names, as :func:`words_of`
    reads them."""
    places = " ".join(_table("entities.tsv"))
    return frozenset(words_of(f"{_GENERIC_WORDS} {places}"))


def _ratio_fits(claim_unit: str, column: ColumnHint) -> bool:
    """ "18.44 MXN/USD" is checked against a column of pesos (MXN per anything)."""
    return column.unit.split("/")[0] == claim_unit.split("/")[0] or column.name == claim_unit[:3]


def _hint_places(hint: DatasetHint) -> set[str]:
    table = _table("entities.tsv")
    return {code for place, code in table.items() if _fold(place) in hint.words}


_PERIOD_KEYS = frozenset(["date", "period", "year", "month"])


def hints_from_catalog(datasets: Sequence[object]) -> list[DatasetHint]:
    """Describe each usable dataset for :func:`rank_references`: its descriptor, and, read from
    its rows, the places of a place key (country codes and the names beside them, INEGI state
    codes, or names another dataset knows) and the units of a unit column (with the key values
    each unit stands for), for datasets keyed by period."""
    usable = [d for d in datasets if not getattr(d, "problem", None)
              and getattr(d, "value_column", None) is not None]  # fmt: skip
    frames = {id(item): _rows_of(item) for item in usable}
    own_names = {id(item): _names_beside_codes(item, frames[id(item)]) for item in usable}
    names: dict[str, str] = {}
    for item in usable:
        names.update(own_names[id(item)])
    hints = []
    for dataset in usable:
        d: Any = dataset
        descriptor = d.descriptor
        series = descriptor.get("x-series") or {}
        parts = [
            d.name.replace("-", " "), d.title, str(descriptor.get("description") or ""),
            " ".join(str(k) for k in descriptor.get("keywords") or []),
            str(series.get("id") or ""),
        ]  # fmt: skip
        frame = frames[id(dataset)]
        years = _period_years(d, frame)
        columns = tuple(
            column
            for f in d.fields
            if f.unit or f.unit_field
            for column in _column_hints(d, f, frame, years)
        )
        if not columns:
            continue
        own = own_names[id(dataset)]
        text_words = words_of(" ".join(parts))
        place_key, place_values = _place_key(d, frame, names)
        places = frozenset(p for p, _ in place_values)
        if any(p.startswith("MX-") for p in places):
            places |= {"MEX"}  # a table of states covers their country: the sum of its rows
        if not place_key and not any(_kind(c.unit) == "money-ratio" for c in columns):
            places = frozenset(places_of(" ".join(parts[1:4]), names))
        hints.append(DatasetHint(d.name, d.title, frozenset(text_words),
                                 tuple(d.primary_key), columns,
                                 str(series["id"]) if series.get("id") else None,
                                 places=places, place_key=place_key,
                                 place_values=place_values, names=tuple(sorted(own.items())),
                                 grain=(grain := _data_grain(d, frame, text_words)),
                                 days=_days_of(d, frame) if grain == "day" else ()))  # fmt: skip
    return hints


def _days_of(dataset: object, frame: Any) -> tuple[str, ...]:
    """The days a daily table has a row for, sorted, as ISO dates."""
    d: Any = dataset
    key = next((k for k in d.primary_key if k.lower() in ("date", "period")), None)
    if frame is None or key is None or key not in frame.columns:
        return ()
    days = {str(v)[:10] for v in frame[key].dropna().unique()}
    return tuple(sorted(v for v in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)))


def published_day(hint: DatasetHint, day: str, before: bool = False) -> str | None:
    """The last day on (or, with ``before``, before) ``day`` that ``hint``'s daily table has a
    row for; None when its days are not known, none is that early, or ``day`` is after the
    table's last (a rate it does not hold yet is no holiday's)."""
    if not hint.days or day > hint.days[-1]:
        return None
    at = (bisect_left if before else bisect_right)(hint.days, day)
    return hint.days[at - 1] if at else None


def _column_hints(d: Any, f: Any, frame: Any, years: Any) -> list[ColumnHint]:
    """A column with a unit; a column whose unit is in a unit column, once per unit (keyed by
    period: the rows of each unit are a series), with the key values that unit stands for."""
    # a series' value column is titled with the series' title, which the dataset's words hold
    title = "" if f.title and f.title in d.title else f.title or ""
    words = frozenset(words_of(f"{f.name.replace('_', ' ')} {title}"))
    if f.unit and not f.unit_field:
        return [ColumnHint(f.name, f.unit, words, years=_years_of(f.name, frame, years))]
    if frame is None or not f.unit_field or f.unit_field not in frame.columns:
        return []
    others = [k for k in d.primary_key if k.lower() not in _PERIOD_KEYS and k in frame.columns]
    units = [str(u) for u in frame[f.unit_field].dropna().unique()]
    out = []
    for unit in units[:_MAX_UNITS]:
        rows = frame[frame[f.unit_field] == unit]
        fixed = tuple((k, str(rows[k].iloc[0])) for k in others if rows[k].nunique() == 1)
        if len(fixed) == len(others):  # the unit names one series
            out.append(ColumnHint(f.name, unit, words, fixed))
    return out


def _years_of(name: str, frame: Any, years: Any) -> tuple[int, int] | None:
    """The first and last year of the rows where column ``name`` has a value (``years``: each
    row's year, :func:`_period_years`)."""
    if years is None or name not in frame.columns:
        return None
    held = years[frame[name].notna().to_numpy()]
    held = held[held >= 0]
    return (int(held.min()), int(held.max())) if len(held) else None


def _period_years(d: Any, frame: Any) -> Any:
    """The year each row's period begins with (-1 where it does not begin with four digits),
    read once per dataset (review28: it was read again for each column, 234 ms of every
    extract); None without a period key."""
    import numpy as np

    period = next((k for k in d.primary_key if k.lower() in _PERIOD_KEYS), None)
    if frame is None or period is None or period not in frame:
        return None
    heads = frame[period].astype(str).str[:4]
    digits = heads.str.isdigit().to_numpy()
    years = np.full(len(heads), -1, dtype=np.int64)
    years[digits] = heads[digits].astype(int).to_numpy()
    return years


def _outside(column: ColumnHint, mention: Mention, when: str = "") -> bool:
    """The figure's year (each end of a span; else the year ``when`` resolves its period to:
    "last year" in 2019 is 2018) is one the column holds no value for (INEGI's and SESNSP's
    yearly counts end in 2016 and 2017: a count of 2019 is another table's)."""
    if column.years is None or not mention.periods:
        return False  # a figure with no period of its own: the article's date says too little
    period = mention.periods[0]
    ends = {period.first[:4], (period.last or period.first)[:4]}
    if not any(e.isdigit() for e in ends):  # "last year", "el año pasado"
        ends = {when[:4]}
    first, last = column.years
    return any(e.isdigit() and not first <= int(e) <= last for e in ends)


_MAX_UNITS = 100
_MAX_READ_BYTES = 20_000_000


#: The rows read for the hints, by snapshot: its path, size and modification time and what its
#: descriptor says of it (hash, fields, dialect), so a snapshot is parsed again only when it or
#: its description changed. Within a process: a second set of hints (a test run, a notebook) does
#: not parse the tables again; a CLI run reads its hints once anyway (review30: the cache was
#: keyed by the bytes' sha256, so a miss read and hashed each snapshot twice).
_ROWS: dict[tuple[object, ...], Any] = {}
_MAX_CACHED = 64


def _rows_of(dataset: object) -> Any:
    """The rows of a dataset keyed by a period (its places, units and the years each column
    covers are read from them; others are described by their descriptor alone); None when not
    needed or not readable."""
    from figcheck.data.catalog import read_snapshot
    from figcheck.errors import CatalogError

    d: Any = dataset
    key = [k.lower() for k in d.primary_key]
    if not set(key) & _PERIOD_KEYS:
        return None
    try:
        if d.path is None:
            return None
        stat = d.path.stat()
        if stat.st_size > _MAX_READ_BYTES:
            return None
        cached = (
            str(d.path), stat.st_size, stat.st_mtime_ns, str(d.declared_hash or ""),
            repr(d.fields), d.delimiter, tuple(d.missing_values), repr(d.transform),
        )  # fmt: skip
        if cached not in _ROWS:
            if len(_ROWS) >= _MAX_CACHED:
                _ROWS.clear()
            _ROWS[cached] = read_snapshot(d).frame
        return _ROWS[cached]
    except (CatalogError, OSError):
        return None


def _codes(values: Any) -> bool:
    return len(values) > 0 and all(re.fullmatch(r"[A-Z]{3}", str(v)) for v in values)


def _names_beside_codes(dataset: object, frame: Any) -> dict[str, str]:
    """A key of three-letter codes with a column of names beside it ("Country Code" and
    "Country Name"): each name, folded and lower case → its code."""
    d: Any = dataset
    out: dict[str, str] = {}
    if frame is None:
        return out
    for key in d.primary_key:
        beside = key.replace("Code", "Name").replace("code", "name")
        if beside != key and beside in frame.columns and _codes(frame[key].dropna().unique()):
            pairs = frame[[beside, key]].dropna().drop_duplicates()
            for name, code in pairs.itertuples(index=False):
                out[_name_key(str(name))] = str(code)
    return out


def _name_key(name: str) -> str:
    """A place's name as :func:`places_of` matches it: its words, folded, lower case."""
    return " ".join(_fold(w) for w in re.findall(r"[^\W\d_]+", name.lower()))


def _place_key(
    dataset: object, frame: Any, names: Mapping[str, str]
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The key column that holds a place, and each place's code → its value there: country
    codes, INEGI state codes (a key named for the "entidad"), or names every one of which a
    dataset's rows name."""
    d: Any = dataset
    if frame is None:
        return None, ()
    states = set(_table("states.tsv").values())
    for key in d.primary_key:
        if key.lower() in _PERIOD_KEYS or key not in frame.columns:
            continue
        values = [str(v) for v in frame[key].dropna().unique()]
        if _codes(values):
            return key, tuple((v, v) for v in sorted(values))
        if "ent" in key.lower() and values and set(values) <= states:
            return key, tuple((f"MX-{v}", v) for v in sorted(values))
        folded = {v: _name_key(v) for v in values}
        if values and all(f in names for f in folded.values()):
            return key, tuple(sorted((names[f], v) for v, f in folded.items()))
    return None, ()


def _data_grain(dataset: object, frame: Any, words: set[str]) -> str:
    """How often a dated key counts: from a series' periods ("2022-11": months), else from the
    descriptor's words (daily, monthly, annual)."""
    d: Any = dataset
    if frame is not None and "period" in frame.columns and len(frame):
        return _grain(str(frame["period"].iloc[-1]))
    if "period" in [k.lower() for k in d.primary_key]:
        return ""
    for grain, word in (("day", "daily"), ("month", "monthly"), ("year", "annual")):
        if word in words:
            return grain
    return ""
