"""Draft a desk from an article's mentions: claims YAML, with suggested references as comments.

Pure: mentions and dataset descriptions in, YAML text out. Every mention becomes a claim (its
sentence as quote, its value, hedge and period); a range keeps its bounds as ``expected``; a
bracketed conversion ("$352bn (£216bn)") is linked to the figure it converts by a derivation that
figcheck checks at the article's date; change words are noted. Where a dataset's title, keywords
or column titles share words with the sentence (and its unit fits), a ``reference`` is suggested
in a comment for the journalist to confirm. The draft checks as it stands: claims without a
reference are simply unverifiable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from figcheck.extract import Mention

__all__ = ["DatasetHint", "draft_desk", "hints_from_catalog", "published_date", "suggest_dataset"]


_STOP_WORDS = (
    "the and for that with from this have been were which their they them than into over "
    "under about some more less most much many such also only other after before while where "
    "when what would could should there these those being between according said says not "
    "year years per cent percent number total data value values code name state"
)
_STOP = frozenset(_STOP_WORDS.split())
_MONTHS = "january february march april may june july august september october november december"
_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(_MONTHS.split(" "))}


@dataclass(frozen=True)
class DatasetHint:
    """What a suggestion needs to know of a dataset: words that describe it and its unit."""

    name: str
    title: str
    words: frozenset[str]
    unit: str  # of its value column, in the value grammar
    value_column: str | None
    key: tuple[str, ...]
    columns: tuple[tuple[str, frozenset[str]], ...] = ()  # columns with a unit, and their words

    def column_for(self, words: set[str]) -> str | None:
        """The unit column whose name or title shares most words with the sentence."""
        best = max(self.columns, key=lambda c: len(c[1] & words), default=None)
        return best[0] if best and best[1] & words else self.value_column


def published_date(text: str) -> str | None:
    """The first "September 03, 2012" / "3 September 2012" in the article's head, as ISO."""
    head = text[:3000]
    match = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b", head)
    if match and match.group(1).lower() in _MONTH_NUMBERS:
        month, day, year = _MONTH_NUMBERS[match.group(1).lower()], match.group(2), match.group(3)
        return f"{year}-{month:02d}-{int(day):02d}"
    match = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", head)
    if match and match.group(2).lower() in _MONTH_NUMBERS:
        month = _MONTH_NUMBERS[match.group(2).lower()]
        return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"
    return None


def suggest_dataset(
    mention: Mention, hints: Sequence[DatasetHint]
) -> tuple[DatasetHint, list[str]] | None:
    """The dataset whose words best match the mention's sentence (two shared words at least)."""
    words = _words(mention.sentence)
    best: tuple[int, DatasetHint, list[str]] | None = None
    for hint in hints:
        if not _units_fit(mention.unit, hint.unit):
            continue
        shared = sorted(words & hint.words)
        if len(shared) >= 2 and (best is None or len(shared) > best[0]):
            best = (len(shared), hint, shared)
    return (best[1], best[2]) if best else None


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
    if published:
        lines.append(f"  published: {published}")
    lines += [f"  text: {_q(text_path)}", ""]
    if not mentions:
        return "\n".join([*lines, "claims: []", ""])
    lines.append("claims:")
    ids = _ids(mentions)
    for index, mention in enumerate(mentions):
        lines += _claim(mention, ids, index, hints)
    return "\n".join(lines) + "\n"


def _claim(mention: Mention, ids: list[str], index: int, hints: Sequence[DatasetHint]) -> list[str]:
    out = [
        f"  - id: {ids[index]}",
        f"    quote: {_q(mention.sentence)}",
        f"    value: {_q(mention.value)}",
    ]
    if mention.hedge:
        out.append(f"    hedge: {_q(mention.hedge)}")
    year = re.fullmatch(r"(?i:in|for the year|during) ((?:19|20)\d{2})", mention.period or "")
    if year:
        out.append(f"    as_of: {year.group(1)}-12-31")
    if mention.kind == "range" and mention.low is not None and mention.high is not None:
        unit = mention.unit
        out.append(f"    expected: {{min: {_q(f'{mention.low:g} {unit}'.strip())}, "
                   f"max: {_q(f'{mention.high:g} {unit}'.strip())}}}")  # fmt: skip
    notes = []
    if mention.kind == "range":
        notes.append("printed as a range; the value is its midpoint, the range is what must hold")
    if mention.change:
        notes.append(f"a change word ({mention.change!r}): compare the figures of both periods")
    if mention.period and not year:
        notes.append(f"period: {mention.period}")
    if mention.paired_with is not None:
        first = ids[mention.paired_with]
        out += [
            "    reference:",
            f"      expr: {first.replace('-', '_').replace('.', '_')}",
            "      terms:",
            f"        {first.replace('-', '_').replace('.', '_')}: {{claim: {first}}}",
        ]
        notes.append(f"the article's own conversion of {first}, checked at the claim's date")
    if notes:
        out.append(f"    note: {_q('; '.join(notes))}")
    out.append(
        f"    x-article: {{line: {mention.line}, span: [{mention.start}, {mention.end}], "
        f"printed: {_q(mention.text)}}}"
    )
    suggestion = suggest_dataset(mention, hints) if mention.paired_with is None else None
    if suggestion:
        hint, shared = suggestion
        where = ", ".join(
            f"{k}: {_period_year(mention) if 'year' in k.lower() else '?'}" for k in hint.key
        )
        chosen = hint.column_for(_words(mention.sentence))
        column = f", column: {chosen}" if chosen else ""
        out += [
            f"    # suggested reference ({hint.title}; shares: {', '.join(shared[:5])}):",
            f"    # reference: {{dataset: {hint.name}{column}, where: {{{where}}}}}",
        ]
    out.append("")
    return out


def _period_year(mention: Mention) -> str:
    match = re.search(r"(?:19|20)\d{2}", mention.period or "")
    return match.group(0) if match else "?"


def _ids(mentions: Sequence[Mention]) -> list[str]:
    ids: list[str] = []
    seen: set[str] = set()
    for mention in mentions:
        slug = re.sub(r"[^a-z0-9]+", "-", mention.text.lower()).strip("-")[:40].strip("-")
        base = f"l{mention.line}-{slug or 'figure'}"
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}-{n}"
        seen.add(candidate)
        ids.append(candidate)
    return ids


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def _units_fit(mention_unit: str, dataset_unit: str) -> bool:
    def kind(unit: str) -> str:
        base = unit.split()[-1] if unit else ""
        if base in ("people", "count"):
            return "count"
        if re.fullmatch(r"[A-Z]{3}(/\w+)?", base):
            return "money"
        return base

    return kind(mention_unit) == kind(dataset_unit)


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escaping is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def hints_from_catalog(datasets: Sequence[object]) -> list[DatasetHint]:
    """Describe each dataset for :func:`suggest_dataset` (from its descriptor, nothing read)."""
    hints = []
    for dataset in datasets:
        d: Any = dataset
        if d.problem or d.value_column is None:
            continue
        value_field = d.field_named(d.value_column)
        unit = value_field.unit or ""
        descriptor = d.descriptor
        parts = [
            d.name.replace("-", " "), d.title, str(descriptor.get("description") or ""),
            " ".join(str(k) for k in descriptor.get("keywords") or []),
            " ".join(f.title or f.name for f in d.fields),
        ]  # fmt: skip
        text = " ".join(parts)
        columns = tuple(
            (f.name, frozenset(_words(f"{f.name.replace('_', ' ')} {f.title or ''}")))
            for f in d.fields
            if f.unit or f.unit_field
        )
        hints.append(
            DatasetHint(
                d.name,
                d.title,
                frozenset(_words(text)),
                unit,
                d.value_column,
                tuple(d.primary_key),
                columns,
            )
        )
    return hints
