"""report.html in a real browser (Debian's headless Chromium, driven by Playwright): the summary
and plots show, the filter works, no request leaves the page, and injected markup does not run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from figcheck.pipeline import Report, Settings, run_check
from figcheck.reports import write_reports
from helpers import BUNDLED, FIXED_NOW, REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def open_page(browser: object, html: Path) -> tuple[object, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1100, "height": 1400})  # type: ignore[attr-defined]
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(html.as_uri())
    page.wait_for_load_state("load")
    return page, requests, dialogs


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    work = tmp_path_factory.mktemp("seed")
    settings = Settings(catalogs=(BUNDLED,), cache_dir=work / "cache", now=FIXED_NOW)
    report = run_check([REPO / "expectations"], settings)
    write_reports(report, work, ("json", "html"))
    return report, work / "report.html"


def test_seed_report_shows_summary_and_plots(
    browser: object, seed_report: tuple[Report, Path], tmp_path: Path
) -> None:
    report, html = seed_report
    page, requests, _ = open_page(browser, html)
    counts = page.locator(".counts")  # type: ignore[attr-defined]
    assert counts.is_visible()
    assert f"{report.summary['discrepancy']}discrepancies" in counts.inner_text().replace("\n", "")
    plot = page.locator("svg.numberline").first  # type: ignore[attr-defined]
    assert plot.is_visible()
    box = plot.bounding_box()
    assert box["width"] > 300
    assert box["height"] > 50
    assert page.locator("svg.overview").is_visible()  # type: ignore[attr-defined]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=False)  # type: ignore[attr-defined]
    assert shot.stat().st_size > 20_000
    assert requests == [html.as_uri()]  # nothing but the page itself


def test_the_verdict_filter_works_without_a_server(
    browser: object, seed_report: tuple[Report, Path]
) -> None:
    report, html = seed_report
    page, requests, _ = open_page(browser, html)
    visible = page.locator("article.claim:visible")  # type: ignore[attr-defined]
    assert visible.count() == sum(report.summary.values())
    page.click("button[data-filter=discrepancy]")  # type: ignore[attr-defined]
    assert visible.count() == report.summary["discrepancy"]
    assert page.get_attribute("button[data-filter=discrepancy]", "aria-pressed") == "true"  # type: ignore[attr-defined]
    page.click("button[data-filter=supported]")  # type: ignore[attr-defined]
    assert visible.count() == report.summary["supported"]
    page.click("button[data-filter=all]")  # type: ignore[attr-defined]
    assert visible.count() == sum(report.summary.values())
    assert requests == [html.as_uri()]


def test_injected_markup_shows_as_text_and_runs_nothing(
    browser: object, report: Report, tmp_path: Path
) -> None:
    write_reports(report, tmp_path / "out", ("json", "html"))
    html = tmp_path / "out" / "report.html"
    page, requests, dialogs = open_page(browser, html)
    assert page.title().startswith("figcheck report")  # type: ignore[attr-defined]
    quote = page.locator("#claim-inject blockquote")  # type: ignore[attr-defined]
    assert quote.inner_text().startswith(
        "<script>document.title='x'</script><img src=x onerror=alert(1)>"
    )
    assert page.locator("#claim-inject img").count() == 0  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert dialogs == []
    assert requests == [html.as_uri()]


@pytest.mark.parametrize("width", [1200, 800, 390])
def test_the_page_never_scrolls_sideways(
    browser: object, seed_report: tuple[Report, Path], width: int
) -> None:
    """Long dataset URLs and hashes wrap in their cells, wide tables and plots scroll inside
    their own box: on a laptop or a phone the page itself is never wider than the window."""
    _, html = seed_report
    page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page.goto(html.as_uri())
    page.wait_for_load_state("load")
    sizes = page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]"
    )
    assert sizes[1] <= sizes[0], f"the page is {sizes[1]} px wide in a {sizes[0]} px window"
    plot = page.locator("svg.numberline").first
    assert plot.bounding_box()["width"] <= width


def test_a_long_desk_path_wraps_on_a_phone(browser: object, tmp_path: Path) -> None:
    """Found by a fresh clone in a deeper folder: the report's inputs and coverage name each
    desk by its path in <code>, which did not wrap, so a checkout at a long path made the page
    6 px wider than a 390 px window."""
    import shutil

    deep = tmp_path / ("x" * 70) / ("y" * 70)
    shutil.copytree(REPO / "expectations", deep)
    settings = Settings(catalogs=(BUNDLED,), cache_dir=tmp_path / "cache", now=FIXED_NOW)
    write_reports(run_check([deep], settings), tmp_path / "out", ("json", "html"))
    page = browser.new_page(viewport={"width": 390, "height": 900})  # type: ignore[attr-defined]
    page.goto((tmp_path / "out" / "report.html").as_uri())
    page.wait_for_load_state("load")
    client, scroll = page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]"
    )
    assert scroll <= client, f"the page is {scroll} px wide in a {client} px window"
