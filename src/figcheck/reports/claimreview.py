"""claimreview.jsonld: schema.org ``ClaimReview`` objects for the claims that were checked.

Only claims with a verdict about the facts are reviewed (``supported`` and ``discrepancy``);
``unverifiable`` and ``error`` claims say nothing about the article and are left out. The rating
follows a fixed, documented scale (docs/extensions.md):

=====  ==========================  ==================================================
value  alternateName               when
=====  ==========================  ==================================================
5      Supported by the data       supported
3      Close, but not within range  discrepancy, the figure off by less than 10%
2      Not supported by the data   discrepancy, off by 10% up to 50%
1      Contradicted by the data    discrepancy, off by 50% or more (or no deviation)
=====  ==========================  ==================================================
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

import pandas as pd

from figcheck.check.dataset_lists import names_in
from figcheck.check.findings import format_amount, hedged, hedged_change
from figcheck.model.changes import ChangeKind
from figcheck.model.ranks import ordinal
from figcheck.model.verdicts import Verdict
from figcheck.reports.display import change_kind, is_rank, safe_url

if TYPE_CHECKING:
    from figcheck.pipeline import Report

__all__ = ["RATINGS", "claim_reviews", "rating_for", "write_claimreview"]

RATINGS = {
    5: "Supported by the data",
    3: "Close, but not within range",
    2: "Not supported by the data",
    1: "Contradicted by the data",
}


def rating_for(verdict: str, deviation: float | None) -> int | None:
    """The rating value for a verdict (None: not reviewed)."""
    if verdict == Verdict.SUPPORTED:
        return 5
    if verdict != Verdict.DISCREPANCY:
        return None
    if deviation is None or pd.isna(deviation):
        return 1
    size = abs(deviation)
    return 3 if size < 0.10 else 2 if size < 0.50 else 1


def claim_reviews(report: Report, reviewer: str = "figcheck") -> dict[str, Any]:
    """The JSON-LD document: ``{"@context": "https://schema.org", "@graph": [ClaimReview…]}``."""
    date = report.generated[:10]
    datasets = report.uses()
    graph = []
    records: Any = report.findings.itertuples(index=False)
    for record in records:
        deviation = float(record.deviation) if pd.notna(record.deviation) else None
        value = rating_for(str(record.verdict), deviation)
        if value is None:
            continue
        source = report.sources[int(record.source)]
        published = source.published or None
        appearance: dict[str, Any] = {
            "@type": "CreativeWork",
            "headline": source.title or None,
            "url": safe_url(source.url),  # hostile33: a javascript: URL was kept
            "datePublished": published,
        }
        if source.publisher:
            appearance["publisher"] = {"@type": "Organization", "name": source.publisher}
        claim: dict[str, Any] = {
            "@type": "Claim",
            "appearance": appearance,
            "firstAppearance": appearance,
            "datePublished": published,
        }
        if source.publisher:
            claim["author"] = {"@type": "Organization", "name": source.publisher}
        graph.append(_drop_empty({
            "@type": "ClaimReview",
            "url": f"report.html#claim-{record.id}",
            "claimReviewed": _claim_reviewed(record),
            "datePublished": date,
            "author": {"@type": "Organization", "name": reviewer},
            "itemReviewed": claim,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": RATINGS[value],
                "ratingExplanation": _explanation(record, datasets),
            },
        }))  # fmt: skip
    return {"@context": "https://schema.org", "@graph": graph}


#: Characters escaped in the JSON text (the same JSON to any reader): a page embeds JSON-LD in a
#: ``<script type="application/ld+json">`` element, which a quote holding ``</script>`` closed
#: (hostile33), and U+2028/U+2029 end a line in older JavaScript.
_EMBED_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def write_claimreview(report: Report, out: IO[str]) -> None:
    text = json.dumps(claim_reviews(report), ensure_ascii=False, indent=1)
    out.write(text.translate(_EMBED_SAFE) + "\n")  # only strings hold these characters


def _claim_reviewed(record: Any) -> str:
    """What was claimed: the quote; a claim recorded without one is said from its facts, the
    figure with its hedge and the date it refers to ("1.52 billion people (as of 2024-12-31)",
    "it ranks 1st"), never its id (editor26: "n26h-india-pop-2024-1.52b-5pct-high")."""
    quote = record.quote
    if isinstance(quote, str) and quote.strip():
        return quote
    value = float(record.claimed_value)
    unit = record.unit if isinstance(record.unit, str) else ""
    hedge = record.hedge if isinstance(record.hedge, str) else ""
    kind = change_kind(record.shape)
    if is_rank(record.shape) and value.is_integer() and value > 0:
        figure = f"it ranks {ordinal(int(value))}"
    elif kind is ChangeKind.RATIO:
        figure = hedged_change(hedge, format_amount(value, unit), "a change by a factor")
    elif kind is not None:
        word = "fall" if value < 0 else "rise"
        figure = hedged_change(hedge, format_amount(abs(value), unit), f"a {word}")
    else:
        figure = hedged(hedge, format_amount(value, unit))
    as_of = record.as_of
    return f"{figure} (as of {as_of})" if isinstance(as_of, str) and as_of else figure


def _explanation(record: Any, datasets: dict[str, Any]) -> str:
    text = str(record.message)
    names = [n for n in names_in(record.dataset) if n in datasets]
    for name in names:
        use = datasets[name]
        text += (
            f" Source: {use.dataset.title} ({use.dataset.source_url or name}), retrieved "
            f"{use.dataset.retrieved}."
        )
    return text


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v not in (None, "", [], {})}
    return value
