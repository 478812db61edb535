"""The bundled example desk, checked against the bundled datasets: the findings we stand by."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from figcheck.pipeline import Report
from helpers import (
    BUNDLED,
    GLOBAL_RESEARCH,
    REPO,
    SEED_ARTICLES,
    check_paths,
    needs_seed_articles,
    result,
)


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Report:
    work = tmp_path_factory.mktemp("seed")
    return check_paths([REPO / "expectations"], [], work, bundled=True)


def test_summary(seed: Report) -> None:
    assert seed.summary == {"supported": 23, "discrepancy": 7, "unverifiable": 7, "error": 0}
    assert len(seed.inputs) == 2


def test_every_bundled_dataset_is_used_and_validated(
    seed: Report, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """By the seed desks, or by the claim-shapes example desk (docs/examples), which uses the
    datasets of issue 12 (monthly CPI, Fed rates, population)."""
    example = check_paths([REPO / "docs" / "examples" / "claim-shapes.yaml"], [],
                          tmp_path_factory.mktemp("example"), bundled=True)  # fmt: skip
    used = {use.dataset.name: use for use in [*seed.datasets, *example.datasets]}
    assert set(used) == {p.name for p in BUNDLED.iterdir() if p.is_dir()}
    for use in used.values():
        assert use.problem is None
        assert use.suite is not None
        assert use.suite.success is True


def test_nearly_120000_dead_is_not_what_inegi_counted(seed: Report) -> None:
    found = result(seed, "mexico-dead-since-2006-inegi")
    # INEGI 2006-2011: 10,452 + 8,867 + 14,006 + 19,803 + 25,757 + 27,213
    assert found["reference_value"] == 106098
    assert found["verdict"] == "discrepancy"
    assert "106,098 people, 11.6% lower" in found["message"]
    assert result(seed, "mexico-dead-since-2006-by-occurrence")["reference_value"] == 106637
    assert result(seed, "mexico-dead-since-2006-as-projection")["verdict"] == "supported"


def test_unodc_share_reads_lower_on_todays_gdp(seed: Report) -> None:
    found = result(seed, "unodc-criminal-proceeds-share-of-todays-gdp-2009")
    assert found["reference_value"] == pytest.approx(2.1e12 / 60.718e12 * 100, rel=1e-3)
    assert round(found["reference_value"], 2) == 3.46
    assert found["verdict"] == "discrepancy"
    toc = result(seed, "unodc-toc-proceeds-2009-as-share-of-todays-gdp")
    assert round(toc["reference_value"], 3) == 1.433
    assert toc["verdict"] == "discrepancy"


def test_the_observer_pound_figure_at_the_ecb_rate(seed: Report) -> None:
    found = result(seed, "costa-drug-profits-gbp-conversion")
    assert found["verdict"] == "supported"
    assert found["fx_date"] == np.datetime64("2009-12-11")
    assert found["fx_rate"] == pytest.approx(0.90515 / 1.4757)
    assert found["reference_value"] == pytest.approx(352e9 * 0.90515 / 1.4757)


def test_merida_was_an_authorisation(seed: Report) -> None:
    assert result(seed, "merida-initiative-1.6bn-authorised")["verdict"] == "supported"
    spent = result(seed, "merida-initiative-1.6bn-as-appropriated-for-mexico")
    assert spent["verdict"] == "discrepancy"
    assert spent["reference_value"] == 1.5e9
    assert "Congressional Research Service, 2010-07-29" in spent["message"]


def test_claims_without_data_stay_unverifiable_with_a_reason(seed: Report) -> None:
    for claim_id in (
        "three-army-generals-arrested",
        "plan-colombia-more-than-8bn",
        "csp-2009-colombia-share",
    ):
        found = result(seed, claim_id)
        assert found["verdict"] == "unverifiable"
        assert len(found["message"]) > len("No reference recorded for this claim. ")


@needs_seed_articles
def test_every_claim_has_a_quote_found_in_its_article(seed: Report) -> None:
    article = SEED_ARTICLES / GLOBAL_RESEARCH
    raw = article.read_text(encoding="utf-8").replace("\\$", "$").replace("*", "")
    text = " ".join(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw).split())
    for quote in seed.findings["quote"]:
        for part in str(quote).split(" ... "):
            assert " ".join(part.strip("()").split()) in text, part


def test_the_shares_add_up(seed: Report) -> None:
    found = result(seed, "csp-2009-shares-sum-to-100")
    assert found["reference_value"] == pytest.approx(100.0)
    assert found["verdict"] == "supported"


def test_seed_desks_live_in_expectations() -> None:
    names = sorted(p.name for p in Path(REPO / "expectations").glob("*.yaml"))
    assert names == [
        "globalresearch-2012-americas-secret-deal-with-cartels.yaml",
        "motherboard-2012-us-mexican-narcos-peace-pipe.yaml",
    ]
