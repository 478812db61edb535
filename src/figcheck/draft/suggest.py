"""Rank the datasets and columns that could check a quantity: a reference suggestion for a draft.

Pure: a mention and dataset descriptions in, ranked :class:`Suggestion` records out. A column
whose unit cannot match the claim's is never suggested (money with money, a currency ratio with
a currency ratio, people with people, counts with counts, percent with percent, a unit of measure
with one of the same dimension). Among the rest, the score counts the sentence's words found in
the column's name and title (3 each), in the dataset's title, description and keywords (1 each;
Spanish words are read through a small glossary, :mod:`figcheck.draft.lexicon`), a place of the
sentence that the dataset covers (2), and a period the dataset's key can hold (2: a month for a
monthly key, a year for a yearly one, a day for a daily one); a currency ratio ("18.44 pesos
por dólar") scores 5 for the column of its own currency. A per-capita rate ("22 por cada 100 mil
habitantes") is suggested as a count of people over the population column of the same dataset.
Words are compared singular ("homicide" finds "homicides"). Series added with ``datasets add``
are datasets like any other (their title holds the series' title and id).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from figcheck.draft.extract import Mention

__all__ = ["ColumnHint", "DatasetHint", "Suggestion", "hints_from_catalog", "rank_references",
           "units_fit", "words_of"]  # fmt: skip

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


@dataclass(frozen=True)
class DatasetHint:
    """What a suggestion needs to know of a dataset (from its descriptor; nothing is read)."""

    name: str
    title: str
    words: frozenset[str]
    key: tuple[str, ...]
    columns: tuple[ColumnHint, ...]
    series_id: str | None = None


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
    # publishers, which publish many things
    "inegi sesnsp banxico dane indec ine ons bls bea eurostat oecd ocde imf fmi ecb bce unodc "
    "cepal eclac fred"
)


def places_of(sentence: str) -> list[str]:
    """The country codes of the places a sentence names, in the order it names them ("World
    Bank" is not the world)."""
    table = _table("entities.tsv")
    tokens = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+\.)?", sentence.lower())
    found: list[str] = []
    for i in range(len(tokens)):
        for n in (2, 1):
            place = " ".join(tokens[i : i + n])
            code = table.get(place)
            if code and not (n == 1 and i + 1 < len(tokens) and tokens[i + 1] in _NOT_A_PLACE):
                if code not in found:
                    found.append(code)
                break
    return found


def _places(sentence: str) -> set[str]:
    return set(places_of(sentence))


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
    if mention.kind == "change" and mention.unit in ("percent", ""):
        return True
    if mention.kind == "change" and mention.unit == "percentage_point":
        return column_unit == "percent"
    return units_fit(mention.unit, column_unit)


def _period_fit(mention: Mention, key: tuple[str, ...]) -> bool:
    names = {k.lower() for k in key}
    first = mention.periods[0].first if mention.periods else ""
    if re.fullmatch(r"\d{4}-\d{2}", first) or (mention.periods and mention.periods[0].last):
        return bool(names & {"month", "date", "period"})
    if re.fullmatch(r"\d{4}", first):
        return bool(names & {"year", "period"})
    return False


_PER_CAPITA = re.compile(r"people/(\d+(?:\.\d+)?) people")


def _population_column(hint: DatasetHint) -> str | None:
    """The column of a dataset that counts its population ("population", "pop_est")."""
    for column in hint.columns:
        if column.unit == "people" and (
            "population" in column.words or column.name.lower().startswith("pop")
        ):
            return column.name
    return None


def rank_references(mention: Mention, hints: Sequence[DatasetHint]) -> list[Suggestion]:
    """Every column that could check ``mention``, best first; empty when none shares a word
    with the sentence. A per-capita rate ("29 per 100,000 residents") is checked against a
    count of people divided by the population of the same row, so it ranks the people
    columns of datasets that have a population column."""
    words = words_of(f"{mention.sentence} {mention.context}")
    places = _places(mention.sentence) or _places(mention.context)
    per_capita = _PER_CAPITA.fullmatch(mention.unit)
    out = []
    for hint in hints:
        shared_dataset = words & hint.words
        place_score = 2 * bool(places & {p.lower() for p in _hint_places(hint)})
        period_score = 2 * _period_fit(mention, hint.key)
        population = _population_column(hint) if per_capita else None
        for column in hint.columns:
            per = None
            if per_capita:
                if population is None or column.name == population or column.unit != "people":
                    continue
                per = (float(per_capita.group(1)), population)
            elif not _fits(mention, column.unit):
                continue
            if _kind(mention.unit) == "money-ratio" and not _ratio_fits(mention.unit, column):
                continue
            shared_column = words & column.words
            # kept: two shared words (a bare figure that took its unit from the sentence before
            # reads that sentence too); or a word of the column's name and the sentence's place
            # or period, for a level (a change fits any series); or a currency ratio whose
            # currency has a column
            score = 3 * len(shared_column) + len(shared_dataset) + place_score + period_score
            if _kind(mention.unit) == "money-ratio":
                score += 5  # the column of the claim's own currency: the strongest sign
            shared = tuple(sorted(shared_column | shared_dataset))
            ratio = _kind(mention.unit) == "money-ratio"
            named = words & words_of(column.name.replace("_", " "))
            single = named and mention.kind != "change" and (place_score or period_score)
            topical = bool(set(shared) - _generic())
            if ratio or (len(shared) >= 2 and topical) or single:
                out.append(Suggestion(hint, column, score, shared, per))
    out.sort(key=lambda s: (-s.score, s.hint.name, s.column.name))
    return out


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


def hints_from_catalog(datasets: Sequence[object]) -> list[DatasetHint]:
    """Describe each usable dataset for :func:`rank_references` (from its descriptor)."""
    hints = []
    for dataset in datasets:
        d: Any = dataset
        if d.problem or d.value_column is None:
            continue
        descriptor = d.descriptor
        series = descriptor.get("x-series") or {}
        parts = [
            d.name.replace("-", " "), d.title, str(descriptor.get("description") or ""),
            " ".join(str(k) for k in descriptor.get("keywords") or []),
            str(series.get("id") or ""),
        ]  # fmt: skip
        columns = tuple(
            ColumnHint(
                f.name,
                f.unit or "",
                frozenset(words_of(f"{f.name.replace('_', ' ')} {f.title or ''}")),
            )
            for f in d.fields
            if f.unit and not f.unit_field
        )
        if not columns:
            continue
        hints.append(DatasetHint(d.name, d.title, frozenset(words_of(" ".join(parts))),
                                 tuple(d.primary_key), columns,
                                 str(series["id"]) if series.get("id") else None))  # fmt: skip
    return hints
