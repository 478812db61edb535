"""Recompute the reference column of expected.csv from the bundled CSVs, without figcheck.

Run from the repository root: ``python tests/data/verdicts/compute.py``. It prints each claim id
with the value worked out here by plain arithmetic (the standard library only), so the gold
file does not depend on the code it checks. Ranges and verdicts in expected.csv are by hand,
from docs/ranges.md's rules.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

DATA = Path("datasets")


def rows(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    with (DATA / name / "data.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


cpi = {r["Date"][:7]: float(r["Index"]) for r in rows("us-cpi-u")}
monthly = {r["Date"][:7]: float(r["Inflation"]) for r in rows("us-cpi-u") if r["Inflation"]}
fx = {(r["Country"], r["Date"][:7]): float(r["Exchange rate"]) for r in rows("fed-fx-monthly")}
pop = {(r["Country Code"], int(r["Year"])): int(r["Value"]) for r in rows("world-bank-population")}
gdp = {(r["Country Code"], int(r["Year"])): float(r["Value"]) for r in rows("world-gdp")}
inegi = {
    int(r["year"]): int(r["homicides_inegi"])
    for r in rows("mexico-homicides-annual")
    if r["homicides_inegi"]
}
states: Counter[int] = Counter()
for r in rows("mexico-homicides-state-month", "|"):
    states[int(r["year"])] += int(r["homicides"])


def pct(a: float, b: float) -> float:
    return (b / a - 1) * 100


def rank(series: dict[object, float], at: object, window: list[object], low: bool = False) -> int:
    value = series[at]
    return 1 + sum((series[k] < value) if low else (series[k] > value) for k in window)


months = sorted(cpi)
yoy = {m: pct(cpi[months[i - 12]], cpi[m]) for i, m in enumerate(months) if i >= 12}
cpi_2008 = sum(cpi[f"2008-{m:02d}"] for m in range(1, 13)) / 12

GOLD = {
    "peso-around-20-jan-2024": fx["Mexico", "2024-01"],
    "peso-around-20-dec-2022": fx["Mexico", "2022-12"],
    "peso-20-jun-2022-day": fx["Mexico", "2022-06"],
    "mexico-about-127-million-2020": pop["MEX", 2020],
    "world-passed-8-billion-2022": pop["WLD", 2022],
    "world-passed-8-billion-2023": pop["WLD", 2023],
    "world-topped-7.9-billion-2021": pop["WLD", 2021],
    "homicides-nearly-120000": sum(inegi[y] for y in range(2006, 2012)),
    "homicides-some-120000": sum(inegi[y] for y in range(2007, 2013)),
    "cpi-9.1-twelve-months-to-june-2022": pct(cpi["2021-06"], cpi["2022-06"]),
    "cpi-nearly-20-above-january-2020": pct(cpi["2020-01"], cpi["2024-01"]),
    "cpi-nearly-20-above-january-2020-by-mid-2022": pct(cpi["2020-01"], cpi["2022-06"]),
    "cpi-fell-below-3-june-2023": pct(cpi["2022-06"], cpi["2023-06"]),
    "cpi-monthly-rate-up-0.4-points": monthly["2022-06"] - monthly["2021-06"],
    "cpi-doubled-since-1990": cpi["2024-01"] / cpi["1990-01"],
    "cpi-tenfold-rise-since-1950": cpi["2020-01"] / cpi["1950-01"],
    "homicides-tripled-2007-2011": inegi[2011] / inegi[2007],
    "homicides-more-than-doubled-2007-2010": inegi[2010] / inegi[2007],
    "homicides-fell-nearly-5-percent-2012": pct(inegi[2011], inegi[2012]),
    "world-bank-population-quadrupled-since-1960": pop["WLD", 2022] / pop["WLD", 1960],
    "yen-halved-1985-1988": fx["Japan", "1988-01"] / fx["Japan", "1985-02"],
    "world-bank-population-up-69-million-2022": pop["WLD", 2022] - pop["WLD", 2021],
    "mexico-population-up-about-1.9-million": pop["MEX", 2022] - pop["MEX", 2020],
    "inegi-2012-deadliest-on-record": rank(inegi, 2012, [y for y in inegi if y <= 2012]),
    "inegi-2007-least-deadly-on-record": rank(
        inegi, 2007, [y for y in inegi if y <= 2007], low=True
    ),
    "inegi-2016-highest-in-five-years": rank(inegi, 2016, list(range(2012, 2017))),
    "states-2011-deadliest-on-record": rank(states, 2011, [y for y in states if y <= 2011]),
    "states-2022-deadliest-on-record": rank(states, 2022, list(states)),
    "cpi-june-2022-fastest-in-four-decades": rank(
        yoy, "2022-06", [m for m in yoy if m <= "2022-06"][-480:]
    ),
    "cpi-june-2022-highest-since-1981": rank(yoy, "2022-06", [m for m in yoy if m >= "1982-01"
                                                               and m <= "2022-06"]),
    "cpi-june-2022-highest-since-1980": rank(yoy, "2022-06", [m for m in yoy if m >= "1981-01"
                                                               and m <= "2022-06"]),
    "mexico-gdp-2008-in-june-2024-dollars": gdp["MEX", 2008] * cpi["2024-06"] / cpi_2008,
    "mexico-gdp-2008-in-latest-dollars": gdp["MEX", 2008] * cpi[max(cpi)] / cpi_2008,
}  # fmt: skip

if __name__ == "__main__":
    for claim, value in GOLD.items():
        print(f"{claim},{value:.10g}")
