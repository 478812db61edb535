"""figcheck agrees with the hand-labelled verdicts of tests/data/verdicts/ (issue 12).

The desks there check capped ranges, hedge verbs, change, rank and inflation-adjusted claims on
the bundled datasets; expected.csv holds each claim's verdict and, where it is judged, the
reference value and range worked out by hand (compute.py recomputes the references with the
standard library only).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import pytest

from figcheck.pipeline import Report
from helpers import check_paths

VERDICTS = Path(__file__).resolve().parent / "data" / "verdicts"
# new26_*: verdicts26's desks, with their own labels (tests/test_verdicts26_gold.py)
DESKS = sorted(p for p in VERDICTS.glob("*.yaml") if not p.name.startswith("new26_"))


def _expected() -> list[dict[str, str]]:
    with (VERDICTS / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return check_paths(DESKS, [], tmp_path_factory.mktemp("gold"), bundled=True)


def _finding(report: Report, claim_id: str) -> dict[str, Any]:
    rows = report.findings[report.findings["id"] == claim_id]
    assert len(rows) == 1, f"no finding {claim_id!r}"
    found: dict[str, Any] = rows.iloc[0].to_dict()
    return found


def _close(got: float, want: str) -> bool:
    return math.isclose(got, float(want), rel_tol=1e-6, abs_tol=1e-9)


def test_the_gold_set_is_large_and_labels_every_claim(report: Report) -> None:
    assert len(EXPECTED) >= 40
    assert sorted(report.findings["id"]) == sorted(row["id"] for row in EXPECTED)
    assert {row["verdict"] for row in EXPECTED} == {
        "supported", "discrepancy", "unverifiable", "error",
    }  # fmt: skip


@pytest.mark.parametrize("row", EXPECTED, ids=[row["id"] for row in EXPECTED])
def test_figcheck_agrees_with_the_hand_labels(report: Report, row: dict[str, str]) -> None:
    found = _finding(report, row["id"])
    assert found["verdict"] == row["verdict"], found["message"]
    if row["reference"]:
        assert _close(found["reference_value"], row["reference"]), found["message"]
        assert _close(found["expected_min"], row["min"])
        assert _close(found["expected_max"], row["max"])


# What an editor reads for the claims of adversarial*.yaml (verdicts23): each fragment was wrong
# or missing before (the bound "129.6 billion", "a people", "more than -20%" … "at most -20%", an
# error on a points change in percentage points, a 12-row "12-month" change across a month
# without a CPI release).
WORDING = [
    ("mexico-pop-2023-129.7-billion-scale-slip",
     "between 129.65 billion people and 129.75 billion people"),
    ("mexico-pop-2023-129.7-billion-scale-slip", "gives 129.7 million people, a factor of 999.7 lower"),
    ("mexico-gdp-2023-1.79-billion-scale-slip", "US$1.789 trillion, 999.4 times as much"),
    ("us-gdp-per-person-2023-85000-5pct-high",
     "gives US$81,236 per person, 4.4% lower. To stand, the figure must be between US$84,500 per "
     "person and US$85,500 per person"),
    ("japan-gdp-fell-more-than-20pct-2022",
     "The article says a fall of more than 20%; World Bank GDP (current US$, WDI 2026 vintage) "
     "fell 15.46%"),
    ("japan-gdp-fell-more-than-20pct-2022", "To stand, the fall must be at least 20% (from the "
     "hedge 'more than')"),
    ("cpi-monthly-rate-fell-1.7-points-june-december-2022",
     "fell 1.68 percentage points, from 1.37% (2022-06) to −0.31% (2022-12)"),
    ("cpi-monthly-rate-rose-0.3-percent-points-slip",
     "rose 24.55%, from 1.1% (2022-05) to 1.37% (2022-06) (a change of 0.27 percentage "
     "points)"),
    ("cpi-january-2026-lowest-inflation-since-may-2025",
     "(12-month percent change of Index): Date 2026-01 ranks 1st lowest of 7 "
     "(Date 2025-06–2026-01) with 2.386%"),
    ("cpi-index-296.3-june-2022", "gives 296.3 index"),
    ("euro-per-peso-inverse-lookup",
     "the claim is in EUR/MXN but the reference is in MXN/EUR: incompatible units"),
    ("us-gdp-2000-in-euros-before-the-euro-rates",
     "no USD→EUR exchange rate for 1999-01-01, before the first rate (1999-01-04)"),
    ("china-second-most-populous-ranked-by-country-code",
     "rank.by: 'Country Code' is a string column, not a period"),
    ("mexico-economy-about-6.5pct-of-the-us-claim",
     "gives 6.626%, 0.13 percentage points higher (1.9% in relative terms)"),
    # a change converted to pesos said nothing of its rate (report.json had no fx either)
    ("mexico-gdp-grew-5.5-trillion-pesos-2023",
     "rose 5.516 trillion MXN, from US$1.46332 trillion (2022) to US$1.78889 trillion (2023), "
     "within the expected range (from the rounding of the printed figure). Converted at 16.9440 "
     "MXN/USD (ECB, 2023-12-29)."),
    ("yen-nearly-halved-feb-1985-may-1988-more-than-halved",  # "the figure" until verdicts24
     "To stand, the ratio must be between 0.5 and 0.55 (from the hedge 'nearly'"),
    # verdicts24: the claim is echoed as printed: its trailing zero ("1.80", not "1.8"), and a
    # ratio word as the word with its ratio ("nearly tripled", not "nearly 3")
    ("mexico-gdp-2023-1.80-trillion-two-decimals", "The article says US$1.80 trillion;"),
    ("world-gdp-nearly-tripled-2000-2023-more-than-tripled",
     "The article says nearly tripled (a ratio of 3);"),
    ("yen-nearly-halved-feb-1985-may-1988-more-than-halved",
     "The article says nearly halved (a ratio of 0.5);"),
    ("china-gdp-tenfold-2000-2023", "The article says a tenfold rise (a ratio of 10);"),
    ("world-bank-population-quadrupled-since-1960", "The article says quadrupled (a ratio of 4);"),
    # a rank reads as a rank, and needs no rounding of a printed figure; a ratio word is a ratio
    ("states-2019-second-deadliest-on-record", "The article says it ranks 2nd;"),
    ("states-2019-second-deadliest-on-record", "To stand, it must rank 2nd."),
    ("world-gdp-nearly-tripled-2000-2023-more-than-tripled",
     "To stand, the ratio must be between 2.5 and 3 (from the hedge 'nearly'"),
    ("china-gdp-tenfold-2000-2023",
     "To stand, the ratio must be between 9 and 11 (from the word 'a tenfold rise'; range capped"),
    # an exchange rate reads as the claim writes it ("JPY/USD", as "MXN/USD"), not "JPY / USD"
    ("yen-nearly-halved-feb-1985-may-1988-more-than-halved",
     "from 260.478 JPY/USD (1985-02) to 124.787 JPY/USD (1988-05)"),
    # a sign slip: the claim said a rise, the data fell; the message says both directions
    ("china-gdp-grew-0.5pct-2023-sign-slip",
     "The article says a rise of 0.5%; World Bank GDP (current US$, WDI 2026 vintage) fell 0.4865%"),
    ("china-gdp-grew-0.5pct-2023-sign-slip", "To stand, the rise must be between 0.45% and 0.55%"),
    # a reference that rounds onto the bound it misses is written in full, its gap not "the same"
    ("world-pop-2022-passed-7.99-billion", "gives 7,989,545,217 people, 0.0057% lower. To stand"),
]  # fmt: skip


@pytest.mark.parametrize(("claim_id", "fragment"), WORDING, ids=[w[0] for w in WORDING])
def test_the_words_an_editor_reads(report: Report, claim_id: str, fragment: str) -> None:
    message = _finding(report, claim_id)["message"]
    assert fragment in message, message


def test_a_converted_change_keeps_its_rate(report: Report) -> None:
    found = _finding(report, "mexico-gdp-grew-5.5-trillion-pesos-2023")
    assert found["fx_pair"] == "MXN/USD"
    assert _close(found["fx_rate"], "16.94398190")
