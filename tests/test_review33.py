"""Findings of review33 (a read-only review of the stop's merged change), each a test that
failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import Run


def _catalog(figcheck: Run, tmp_path: Path) -> Path:
    table = tmp_path / "poll.csv"
    table.write_text("year,dem,rep,share_a,share_b\n2020,52,46,0.25,0.5\n", encoding="utf-8")
    code, _, err = figcheck("datasets", "add", str(table), "--name", "poll",
                            "--into", str(tmp_path / "cat"))  # fmt: skip
    assert code == 0, err
    return tmp_path / "cat"


def _verdict(figcheck: Run, tmp_path: Path, value: str, expr: str) -> tuple[str, str]:
    terms = ", ".join(
        f"{name}: {{dataset: poll, column: {name}, where: {{year: 2020}}}}"
        for name in ("dem", "rep", "share_a", "share_b") if name in expr
    )  # fmt: skip
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        "source: {title: t, published: 2026-12-01}\nclaims:\n"
        f'  - {{id: q, value: "{value}", reference: {{expr: "{expr}", terms: {{{terms}}}}}}}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    figcheck("check", str(desk), "--datasets", str(_catalog(figcheck, tmp_path)), "--out",
             str(out))  # fmt: skip
    result = json.loads((out / "report.json").read_text())["results"][0]
    return result["verdict"], json.dumps(result)


def test_points_from_a_difference_of_plain_columns_are_no_fraction(
    figcheck: Run, tmp_path: Path
) -> None:
    """A lead of 52 − 46 in columns without a unit was said as 600 percentage points, a
    discrepancy on a true claim; it is the error it was (the columns' unit is not known)."""
    verdict, result = _verdict(figcheck, tmp_path, "6 percentage_point", "dem - rep")
    assert verdict == "error", result
    assert "no unit" in result


def test_points_from_a_difference_of_ratios_still_read_as_fractions(
    figcheck: Run, tmp_path: Path
) -> None:
    verdict, result = _verdict(figcheck, tmp_path, "25 percentage_point",
                               "share_b / 1 - share_a / 1")  # fmt: skip
    assert verdict == "supported", result


def _units_of(text: str) -> list[tuple[str, str]]:
    from figcheck.draft.extract import extract_mentions

    return [(m.text, m.unit) for m in extract_mentions(text, lang="en")]


def test_twice_before_a_participle_is_how_often() -> None:
    """review33: "He was twice convicted" was drafted as a multiple, value 2."""
    assert _units_of("He was twice convicted of fraud, and twice suspended.") == []
    found = _units_of("Profit was twice the estimates.")
    assert found, found


def test_a_spaced_w_is_no_watt() -> None:
    assert not any(unit == "watt" for _, unit in _units_of("The team is 3 W in the standings."))
    assert any(unit == "watt" for _, unit in _units_of("It charges at 25W with the cable."))


def test_the_day_a_balance_was_made_public_is_no_figures_time() -> None:
    """final17 (after its one score): "el balance hecho público este miércoles" became the
    time of every later figure, where "hasta el 15 de agosto" was (as "released on Friday")."""
    from draft_rows import drafted_period

    text = ("Llegaron 18.069 personas en 847 pateras hasta el 15 de agosto.\n"
            "Son los últimos datos del balance hecho público este miércoles por el Ministerio, "
            "con la subida de un 3,3 por ciento: 18.745 migrantes.\n")  # fmt: skip
    assert drafted_period(text, "18.745", "2023-08-16") == "2023-08-15"
