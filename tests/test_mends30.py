"""mends30: open words for editors, and hostile forms. Each test failed before its fix."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from figcheck.cli import main
from helpers import Run, check_paths, desk_results, make_test_catalog

# --- 1. a code the dataset names is said by its name: "no figure for Mexico (MEX) in 2031" -----

CODED = """\
claims:
  - id: mexico-2031
    value: 140 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: 2031}
  - id: mexico-2031-gdp
    value: 2 trillion USD
    reference:
      dataset: world-gdp
      where: {Country Code: MEX, Year: 2031}
  - id: two-countries-2031
    value: 500 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: {in: [MEX, USA]}, Year: 2031}
      aggregate: sum
  - id: mexico-2030s
    value: 1500 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: MEX, Year: {between: [2031, 2040]}}
      aggregate: sum
  - id: unknown-code
    value: 20 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: TWN, Year: 2023}
"""


def test_a_code_the_dataset_names_is_said_by_its_name(tmp_path: Path) -> None:
    found = desk_results(tmp_path, CODED)
    said = {key: str(row["message"]) for key, row in found.items()}
    assert {row["verdict"] for row in found.values()} == {"unverifiable"}, said
    assert said["mexico-2031"] == (
        "no figure for Mexico (MEX) in 2031 in World Bank population (WDI SP.POP.TOTL)"
    )
    assert said["mexico-2031-gdp"] == (
        "no figure for Mexico (MEX) in 2031 in World Bank GDP (current US$, WDI 2026 vintage)"
    )
    assert said["two-countries-2031"] == (
        "no figure for Mexico (MEX), United States (USA) in 2031 in World Bank population "
        "(WDI SP.POP.TOTL)"
    )
    assert said["mexico-2030s"] == (
        "no figure for Mexico (MEX) in 2031–2040 in World Bank population (WDI SP.POP.TOTL)"
    )
    # a code the dataset does not name stays as written
    assert said["unknown-code"] == (
        "no figure for Country Code = TWN, Year = 2023 in World Bank population (WDI SP.POP.TOTL)"
    )
    # report.json's structured detail keeps the where as written
    assert found["mexico-2031"]["reference_detail"] == "Value where Country Code = MEX, Year = 2031"


# --- 2. a rise's card reads "The rise in the figure from …", as a fall's "The fall in …" -------

RISE = """\
claims:
  - id: cpi-rise
    quote: "prices rose 2.7% in the twelve months to December 2024"
    value: 2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: cpi-rise-said-fall
    quote: "prices fell 2.7% in the twelve months to December 2024"
    value: -2.7 percent
    reference:
      dataset: us-cpi-u
      change: percent
      from: {Date: 2023-12}
      to: {Date: 2024-12}
  - id: us-pop-2023
    value: 300 million people
    reference:
      dataset: world-bank-population
      where: {Country Code: USA, Year: 2023}
"""


CPI = "US CPI-U, all items, US city average (BLS CUUR0000SA0), monthly, 1982-84=100"


def test_a_rise_card_reads_the_rise_in_as_a_fall_card_reads_the_fall_in(tmp_path: Path) -> None:
    from figcheck.reports.html import render_html

    path = tmp_path / "desk.yaml"
    path.write_text(RISE, encoding="utf-8")
    report = check_paths([path], [], tmp_path / "work", bundled=True)
    page = render_html(report)
    assert (
        f"The rise in the figure from {CPI} is 0.19 percentage points higher than the "
        "article&#39;s (7% in relative terms)" in page
    )
    # a rise the article calls a fall is no rise of both: the figure against the article's
    assert f"The figure from {CPI} is 5.6 percentage points higher" in page
    # a level is no rise
    assert "The figure from Population, total (World Bank WDI SP.POP.TOTL) is 12.3% higher" in page
    assert "The rise in the figure from Population" not in page


# --- 3. a column named as a period is never a value with a unit (the class, not one word) -----

PERIOD_NAMES = ["TIME_PERIOD", "Fiscal Year", "ref_year", "fiscalYear", "Año fiscal",
                "Reference date", "year_start", "YEAR OF DATA", "Periodo de referencia"]  # fmt: skip
VALUE_NAMES = ["year_on_year_change", "days_lost", "time_spent", "Years of schooling"]


@pytest.mark.parametrize("name", PERIOD_NAMES)
def test_a_period_named_column_takes_no_unit_from_the_unit_column(
    figcheck: Run, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text(
        f"country,{name},currency,gdp\nMEX,2020,MXN,100.5\nUSA,2021,USD,200.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert f"  {name}: integer\n" in out, out
    assert "gdp: number (unit from column 'currency')" in out
    fields = json.loads((tmp_path / "c" / "gdp" / "datapackage.json").read_text())["resources"][0]
    assert [f["name"] for f in fields["schema"]["fields"] if "unitField" in f] == ["gdp"]


@pytest.mark.parametrize("name", VALUE_NAMES)
def test_a_value_named_with_a_period_word_still_takes_the_unit(
    figcheck: Run, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text(
        f"country,{name},currency,gdp\nMEX,20.5,MXN,100.5\nUSA,21.5,USD,200.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit-from", "currency")  # fmt: skip
    assert code == 0, err
    assert f"  {name}: number (unit from column 'currency')\n" in out, out


def test_a_unit_given_to_a_period_column_is_refused(figcheck: Run, tmp_path: Path) -> None:
    source = tmp_path / "gdp.csv"
    source.write_text("country,Fiscal Year,gdp\nMEX,2020,100.5\nUSA,2021,200.5\n", "utf-8")
    code, out, err = figcheck("datasets", "add", str(source), "--name", "gdp", "--into",
                              str(tmp_path / "c"), "--unit", "Fiscal Year=USD")  # fmt: skip
    assert code == 2, out
    assert "--unit Fiscal Year=…: column 'Fiscal Year' is named as a period" in err, err
    assert not (tmp_path / "c" / "gdp").exists()


def test_columns_named_by_a_period_value_still_take_the_unit_periods(
    figcheck: Run, tmp_path: Path
) -> None:
    source = tmp_path / "wide.csv"
    source.write_text(
        "Country Code,2019 [YR2019],2020 [YR2020]\nMEX,1.5,2.5\nUSA,3.5,4.5\n", encoding="utf-8"
    )
    code, out, err = figcheck("datasets", "add", str(source), "--name", "wide", "--into",
                              str(tmp_path / "c"), "--unit-periods", "USD")  # fmt: skip
    assert code == 0, err
    assert "2019 [YR2019]: number (unit USD)" in out, out


# --- 4. discrepancies are listed by the gap their cards give, not report.json's deviation ------


def _findings(pairs: list[tuple[float, float]], shape: str = "level") -> pd.DataFrame:
    claimed = np.array([c for c, _ in pairs], dtype=float)
    reference = np.array([r for _, r in pairs], dtype=float)
    return pd.DataFrame({
        "verdict": ["discrepancy"] * len(pairs),
        "claimed_value": claimed,
        "reference_value": reference,
        "deviation": (claimed - reference) / np.abs(reference),
        "shape": [shape] * len(pairs),
    })  # fmt: skip


def test_discrepancies_are_listed_by_the_gap_their_cards_give() -> None:
    from figcheck.check.findings import gap
    from figcheck.reports.display import display_order

    pairs = [
        (100.0, 60.0),  # "40% lower" (deviation +0.667)
        (100.0, 150.0),  # "50% higher" (deviation −0.333)
        (100.0, 1570.0),  # "15.7 times as much" (deviation −0.936)
        (1000.0, 1.0),  # "a factor of 1,000 lower" (deviation +999)
        (100.0, 88.4),  # "11.6% lower" (deviation +0.131)
        (100.0, 116.2),  # "16.2% higher" (deviation −0.139)
    ]
    findings = _findings(pairs)
    said = [gap(r, c).words for c, r in pairs]  # type: ignore[union-attr]
    shown = display_order(findings, 10).index.tolist()
    assert [said[i] for i in shown] == [
        "a factor of 1,000 lower",
        "15.7 times as much",
        "40% lower",  # review30: by the factor either way, 100/60 = 1.67 before 1.5
        "50% higher",
        "16.2% higher",
        "11.6% lower",  # 100/88.4 = 1.131
    ]


def test_a_fall_is_listed_by_the_size_its_card_gives() -> None:
    from figcheck.reports.display import display_order

    # falls of 20% where the data fell 12% and 30%: "The fall in … is 40% lower" and "… 50%
    # higher" (report.json's deviations: −0.667 and +0.333): by the factor either way (review30),
    # 20/12 = 1.67 before 30/20 = 1.5, as for levels
    findings = _findings([(-20.0, -12.0), (-20.0, -30.0)], shape="percent")
    assert display_order(findings, 10).index.tolist() == [0, 1]


# --- 5. hostile forms that need the file system: FIFO and device tables, full disk, SIGINT -----

OK_DESK = """\
source: {title: T, published: 2012-09-03}
claims:
  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
"""


def _figcheck(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The CLI in a process of its own: a hang fails the test instead of stopping the suite."""
    return subprocess.run([sys.executable, "-m", "figcheck", *args], capture_output=True,
                          text=True, timeout=timeout, check=False)  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_claims_table_that_is_a_fifo_is_refused_not_a_hang(tmp_path: Path, suffix: str) -> None:
    table = tmp_path / f"claims{suffix}"
    os.mkfifo(table)
    done = _figcheck("check", str(table), "--out", str(tmp_path / "out"), timeout=30)
    assert done.returncode == 2, done.stderr
    assert f"claims{suffix}: not a regular file (a FIFO)" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_claims_table_linked_to_dev_zero_is_refused_not_read_for_ever(tmp_path: Path) -> None:
    table = tmp_path / "claims.csv"
    table.symlink_to("/dev/zero")
    done = _figcheck("check", str(table), "--out", str(tmp_path / "out"), timeout=30)
    assert done.returncode == 2, done.stderr
    assert "claims.csv: not a regular file (a device)" in done.stderr


def _reports(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    catalog = make_test_catalog(tmp_path / "catalog")
    desk = tmp_path / "desk.yaml"
    desk.write_text(OK_DESK, encoding="utf-8")
    out = tmp_path / "out"
    outcome = CliRunner().invoke(main, ["check", str(desk), "--datasets", str(catalog),
                                        "--out", str(out)])  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    return desk, catalog, {p.name: p.read_bytes() for p in out.iterdir()}


def test_an_interrupted_run_exits_130_and_keeps_the_old_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from figcheck.reports import markdown

    desk, catalog, before = _reports(tmp_path)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(markdown, "write_markdown", interrupted)
    outcome = CliRunner().invoke(main, ["check", str(desk), "--datasets", str(catalog),
                                        "--out", str(tmp_path / "out")])  # fmt: skip
    # 1 means "there are discrepancies": an interrupted run said so, beside the last reports
    assert outcome.exit_code == 130, outcome.output
    assert "figcheck: interrupted" in outcome.output
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before
    assert not [p for p in tmp_path.rglob("*") if ".figcheck-stage" in p.name]


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (errno.ENOSPC, "free some space on that disk, or write to a folder on another"),
        (errno.EROFS, "write to a folder you may write to"),
        (errno.EACCES, "write to a folder you may write to"),
    ],
)
def test_a_report_that_cannot_be_written_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, hint: str
) -> None:
    from figcheck.storage import outfolder

    desk, catalog, before = _reports(tmp_path)
    real = outfolder.fsynced

    @contextlib.contextmanager
    def failing(path: Path, mode: int) -> Iterator[IO[str]]:
        if path.name == "report.md":
            raise OSError(code, os.strerror(code))
        with real(path, mode) as out:
            yield out

    monkeypatch.setattr(outfolder, "fsynced", failing)
    outcome = CliRunner().invoke(main, ["check", str(desk), "--datasets", str(catalog),
                                        "--out", str(tmp_path / "out")])  # fmt: skip
    assert outcome.exit_code == 2, outcome.output
    assert f"report.md: cannot write: {os.strerror(code)}" in outcome.output
    assert hint in outcome.output
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before
