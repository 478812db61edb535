"""review30's findings outside the draft, each with a test that failed before its mend."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import figcheck.storage.atomic as atomic
from figcheck.storage.atomic import replace_together
from localhttp import LocalServer
from test_refresh import STATE, Refresh, catalog, point, refresh, revised, server, state_body

__all__ = ["catalog", "refresh", "server"]  # the fixtures, shared with test_refresh


def _interrupt_on(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Ctrl-C while the file called ``name`` is being written."""
    real = atomic.write_bytes

    def write(path: Path, data: bytes) -> None:
        if path.name == name:
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(atomic, "write_bytes", write)


def test_replace_together_puts_back_what_it_replaced_on_an_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = tmp_path / "data.csv", tmp_path / "new.csv"
    old.write_bytes(b"a\n1\n")
    _interrupt_on(monkeypatch, "datapackage.json")
    with pytest.raises(KeyboardInterrupt):
        replace_together([(old, b"a\n2\n"), (new, b"x"), (tmp_path / "datapackage.json", b"{}")])
    assert old.read_bytes() == b"a\n1\n"
    assert not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv"]  # no staging files left


def test_a_refresh_interrupted_between_its_files_keeps_data_and_hash_in_step(
    server: LocalServer, catalog: Path, refresh: Refresh, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review30: data.csv was replaced, then Ctrl-C while datapackage.json was written; the rollback
    ran only on OSError, so the next check failed "does not match its recorded hash"."""
    before = state_body(catalog)
    point(catalog, STATE, server.serve("/data.csv", revised(before)))
    _interrupt_on(monkeypatch, "datapackage.json")
    code, _, err = refresh(STATE)
    assert code == 130, err
    assert state_body(catalog) == before
    descriptor = (catalog / STATE / "datapackage.json").read_text()
    assert hashlib.sha256(before).hexdigest() in descriptor


def test_a_word_that_starts_like_a_move_is_not_a_currencys_move() -> None:
    """review30: round 30's move words were prefixes, so "subsidios" read as "subió" and a
    share of producers given 300 million pesos was drafted as a move of the peso."""
    from figcheck.draft.extract import extract_mentions
    from figcheck.draft.suggest import moved_currency

    text = "El programa destinó 300 millones de pesos en subsidios a 40% de los productores."
    (share,) = [m for m in extract_mentions(text, lang="es") if m.unit == "percent"]
    assert moved_currency(share) is None
    moved = "El peso subió 0,6% frente al dólar."
    (move,) = [m for m in extract_mentions(moved, lang="es") if m.unit == "percent"]
    assert moved_currency(move) == ("MXN", "USD")


def test_a_currencys_move_on_a_column_of_it_per_another_says_the_rates_sign() -> None:
    """review30: "the peso strengthened 0.6% against the euro" was drafted on ecb-euro-fx's MXN
    column (pesos per euro) as a rise of 0.6%: uncommented, the true claim was a discrepancy."""
    from draft_rows import bundled_hints, claim

    text = "The Mexican peso strengthened 0.6% against the euro on April 8, 2024."
    block = claim(text, "0.6%", bundled_hints(), "2024-04-08")
    assert "column: MXN" in block, block
    assert 'write value: "-0.6 percent"' in block, block
    fell = "The Mexican peso weakened 0.6% against the euro on April 8, 2024."
    block = claim(fell, "0.6%", bundled_hints(), "2024-04-08")
    assert 'value: "-0.6 percent"' in block, block  # a fall is a negative change
    assert 'write value: "0.6 percent"' in block, block
    dollar = "The dollar rose 0.6% against the peso on April 8, 2024."
    assert "write value" not in claim(dollar, "0.6%", bundled_hints(), "2024-04-08")


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("First quarter", False), ("Last year", False), ("Last month", False),
        ("Second quarter", False), ("This year", False),
        ("Year", True), ("Fiscal Year", True), ("year_start", True), ("TIME_PERIOD", True),
        ("Periodo de referencia", True),
    ],
)  # fmt: skip
def test_a_wide_tables_first_quarter_or_last_year_is_a_figure(name: str, period: bool) -> None:
    """review30: "First quarter", "Last year", "Last month" were taken as period columns (no
    unit from --unit-from; --unit refused), where a wide table holds that period's figures."""
    from figcheck.data.packaging import period_named

    assert period_named(name) is period


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        ("Polls closed late. Theresa May's party won 42% of the vote.", "42%", "2019-06-20"),
        ("Polls closed late. Support for Theresa May (52%) held up.", "52%", "2019-06-20"),
        ("Prices rose again. March's 2.8% rise was the largest.", "2.8%", "2019-03-31"),
        ("Prices rose again after September's 2.8% rise.", "2.8%", "2018-09-30"),
    ],
)  # fmt: skip
def test_a_persons_name_is_not_the_month(text: str, figure: str, as_of: str) -> None:
    """review30: periods30's month-owner rule read "Theresa May's" and "Theresa May (52%)" as
    May: as_of sets the exchange rate's date and the data's vintage."""
    from draft_rows import claim

    block = claim(text, figure, [], "2019-06-20")
    assert f"as_of: {as_of}" in block, block


@pytest.mark.parametrize(
    ("text", "lang", "printed", "unit"),
    [
        ("Nadal won a seventh title at Roland Garros in 2012.", "en", "a seventh", None),
        ("She is seeking a third term in office.", "en", "a third", None),
        ("The budget was cut by a seventh in 2012.", "en", "cut by a seventh", "percent"),
        ("About a third of voters stayed home.", "en", "About a third", "percent"),
        ("Fares are a fifth higher than last year.", "en", "a fifth", "percent"),
        ("The lab trained 2 GPT models last year.", "en", "2 GPT", None),
        ("The mine milled 40,000 tonnes of ore at 2.1 gpt gold.", "en", "2.1 gpt", "gram/tonne"),
    ],
)  # fmt: skip
def test_ordinals_and_model_names_are_not_shares_or_grades(
    text: str, lang: str, printed: str, unit: str | None
) -> None:
    """review30: round 30's lexicon read "a seventh title" as 14.29% and "2 GPT models" as a
    gold grade in grams per tonne."""
    from figcheck.draft.extract import extract_mentions

    found = {m.text: m.unit for m in extract_mentions(text, lang=lang)}
    if unit is None:
        assert not any(u in ("percent", "gram/tonne") for u in found.values()), found
    else:
        assert found.get(printed) == unit, found


def test_a_spanish_comparative_is_not_a_record() -> None:
    """review30: "más altos" became a record word, so a comparison ("5% más altos que en 2023")
    was drafted with a record note; "la cifra más elevada" stays a record."""
    from figcheck.draft.extract import extract_mentions

    (compared,) = extract_mentions("Los precios fueron 5% más altos que en 2023.", lang="es")
    assert compared.record is None
    (record,) = extract_mentions(
        "Las remesas sumaron 5 mil millones de dólares, la cifra más elevada desde 2008.", lang="es"
    )
    assert record.record is not None


def test_a_change_than_in_a_named_month_runs_from_that_month() -> None:
    """Found reading the stop's three drafts: "5.6% more … in January 2020 than in January 2019"
    was drafted from December 2019: the base pattern "than (?:in )?" kept its space and then
    asked for another, so "than" never named a base."""
    from draft_rows import claim

    text = "U.S. airlines carried 5.6% more passengers in January 2020 than in January 2019."
    block = claim(text, "5.6% more", [], "2020-03-26")
    assert "from: {Date: 2019-01-01}, to: {Date: 2020-01-01}" in block, block


def test_a_report_day_is_not_the_figures_period_in_any_sentence() -> None:
    """Final read: the suggester cut the sentence at the period's offset in the whole text, so
    "reported Tuesday" was known as the report's day only in a text's first sentence."""
    from figcheck.draft.extract import extract_mentions
    from figcheck.draft.suggest import _figure_period

    text = (
        "Inflation data came out this week. Markets were calm. "
        "The Labor Department reported Tuesday that prices rose 0.4%."
    )
    (rise,) = [m for m in extract_mentions(text, lang="en") if m.unit == "percent"]
    assert any(p.kind == "weekday" for p in rise.periods), rise.periods
    period = _figure_period(rise)
    assert period is None or period.kind != "weekday", period


def test_a_change_from_the_month_after_december_is_the_next_january() -> None:
    """Final read: drafting's own month arithmetic gave "2019-13" for a month after December;
    it is the periods module's ``months_after``."""
    from figcheck.draft.periods import months_after

    assert months_after("2019-12", 1) == "2020-01"
    assert months_after("2020-01", -1) == "2019-12"
