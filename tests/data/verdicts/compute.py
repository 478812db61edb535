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


ecb = {r["Date"]: r for r in rows("ecb-euro-fx")}
hom_pop = {int(r["year"]): int(r["population"]) for r in rows("mexico-homicides-annual")}


def eur_rate(day: str, code: str) -> float:
    return float(ecb[day][code]) / float(ecb[day]["USD"])  # units of `code` per US dollar


months = sorted(cpi)
yoy = {m: pct(cpi[months[i - 12]], cpi[m]) for i, m in enumerate(months) if i >= 12}
yoy_by_month = {
    m: pct(cpi[f"{int(m[:4]) - 1}{m[4:]}"], cpi[m])
    for m in cpi
    if f"{int(m[:4]) - 1}{m[4:]}" in cpi
}
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
    # adversarial.yaml (verdicts23): levels, shares, changes, sums, rates, money, ranks
    "us-gdp-2023-about-28-trillion": gdp["USA", 2023],
    "us-gdp-2023-27.9-trillion-2pct-high": gdp["USA", 2023],
    "us-gdp-2023-28.7-trillion-5pct-high": gdp["USA", 2023],
    "us-gdp-2023-about-30-trillion-10pct-high": gdp["USA", 2023],
    "us-gdp-2023-around-31.5-trillion-15pct-high": gdp["USA", 2023],
    "world-pop-2023-some-9-billion-12pct-high": pop["WLD", 2023],
    "china-pop-2023-around-1.2-billion-15pct-low": pop["CHN", 2023],
    "mexico-pop-2023-some-170-million-30pct-high": pop["MEX", 2023],
    "mexico-gdp-2023-1.79-billion-scale-slip": gdp["MEX", 2023],
    "mexico-pop-2023-129.7-billion-scale-slip": pop["MEX", 2023],
    "mexico-gdp-2023-1.79-trillion": gdp["MEX", 2023],
    "mexico-gdp-2023-1.80-trillion-two-decimals": gdp["MEX", 2023],
    "mexico-gdp-2023-1.8-trillion-one-decimal": gdp["MEX", 2023],
    "world-gdp-2023-more-than-100-trillion": gdp["WLD", 2023],
    "world-gdp-2023-at-least-110-trillion": gdp["WLD", 2023],
    "japan-gdp-2023-up-to-4-trillion": gdp["JPN", 2023],
    "india-gdp-2023-almost-3.6-trillion": gdp["IND", 2023],
    "germany-gdp-2023-roughly-4.5-trillion": gdp["DEU", 2023],
    "world-pop-2023-between-8-and-8.1-billion": pop["WLD", 2023],
    "china-share-of-world-gdp-2023-nearly-17pct": gdp["CHN", 2023] / gdp["WLD", 2023] * 100,
    "china-share-of-world-gdp-2023-17.5pct": gdp["CHN", 2023] / gdp["WLD", 2023] * 100,
    "us-share-of-world-pop-2023-4.2pct": pop["USA", 2023] / pop["WLD", 2023] * 100,
    "world-gdp-grew-4.2pct-2023": pct(gdp["WLD", 2022], gdp["WLD", 2023]),
    "china-gdp-shrank-0.5pct-2023": pct(gdp["CHN", 2022], gdp["CHN", 2023]),
    "china-gdp-grew-0.5pct-2023-sign-slip": pct(gdp["CHN", 2022], gdp["CHN", 2023]),
    "japan-gdp-fell-15pct-2022": pct(gdp["JPN", 2021], gdp["JPN", 2022]),
    "cpi-2.7pct-twelve-months-to-december-2024": pct(cpi["2023-12"], cpi["2024-12"]),
    "cpi-about-3pct-twelve-months-to-december-2024": pct(cpi["2023-12"], cpi["2024-12"]),
    "mexico-pop-grew-more-than-25pct-2000-2020": pct(pop["MEX", 2000], pop["MEX", 2020]),
    "cpi-monthly-rate-fell-1.7-points-june-december-2022": monthly["2022-12"] - monthly["2022-06"],
    "cpi-monthly-rate-rose-0.3-points-may-june-2022": monthly["2022-06"] - monthly["2022-05"],
    "cpi-monthly-rate-rose-0.3-percent-points-slip": pct(monthly["2022-05"], monthly["2022-06"]),
    "us-pop-grew-2.8-million-2023": pop["USA", 2023] - pop["USA", 2022],
    "us-pop-grew-28-million-2023-scale-slip": pop["USA", 2023] - pop["USA", 2022],
    "homicides-rose-more-than-5000-2008": inegi[2008] - inegi[2007],
    "world-gdp-tripled-2000-2023": gdp["WLD", 2023] / gdp["WLD", 2000],
    "china-gdp-tenfold-2000-2023": gdp["CHN", 2023] / gdp["CHN", 2000],
    "homicides-some-125000-2008-2012": sum(inegi[y] for y in range(2008, 2013)),
    "homicides-more-than-110000-2008-2012": sum(inegi[y] for y in range(2008, 2013)),
    "states-homicides-about-170000-2018-2022": sum(states[y] for y in range(2018, 2023)),
    "homicides-average-26000-a-year-2010-2012": sum(inegi[y] for y in range(2010, 2013)) / 3,
    "homicide-rate-2011-23.5-per-100000": inegi[2011] / hom_pop[2011] * 100000,
    "homicide-rate-2011-25.9-per-100000-10pct-high": inegi[2011] / hom_pop[2011] * 100000,
    "us-gdp-per-person-2023-about-81000": gdp["USA", 2023] / pop["USA", 2023],
    "us-gdp-per-person-2023-85000-5pct-high": gdp["USA", 2023] / pop["USA", 2023],
    "us-gdp-2023-in-euros": gdp["USA", 2023] / float(ecb["2023-12-29"]["USD"]),
    "us-gdp-2023-in-euros-converted-the-wrong-way": gdp["USA", 2023] / float(ecb["2023-12-29"]["USD"]),
    "mexico-gdp-2023-in-pesos": gdp["MEX", 2023] * eur_rate("2023-12-29", "MXN"),
    "uk-gdp-2023-about-2.6-trillion-pounds": gdp["GBR", 2023] * eur_rate("2023-12-29", "GBP"),
    "states-2018-deadliest-since-2011": rank(states, 2018, list(range(2012, 2019))),
    "states-2022-fewest-since-2017": rank(states, 2022, list(range(2018, 2023)), low=True),
    "states-2019-second-deadliest-on-record": rank(states, 2019, [y for y in states if y <= 2019]),
    # twelve-month change by calendar month (October 2025 has no CPI release): the window after
    # May 2025 up to January 2026 is June to September, November, December 2025, January 2026
    "cpi-january-2026-lowest-inflation-since-may-2025": rank(
        yoy_by_month, "2026-01", [m for m in yoy_by_month if "2025-06" <= m <= "2026-01"], low=True
    ),
    # adversarial2.yaml (verdicts23, round 2)
    "japan-gdp-fell-more-than-10pct-2022": pct(gdp["JPN", 2021], gdp["JPN", 2022]),
    "japan-gdp-fell-more-than-20pct-2022": pct(gdp["JPN", 2021], gdp["JPN", 2022]),
    "japan-gdp-fell-almost-16pct-2022": pct(gdp["JPN", 2021], gdp["JPN", 2022]),
    "china-gdp-shrank-less-than-1pct-2023": pct(gdp["CHN", 2022], gdp["CHN", 2023]),
    "homicides-fell-by-more-than-1000-2012": inegi[2012] - inegi[2011],
    "world-gdp-nearly-doubled-2009-2023": gdp["WLD", 2023] / gdp["WLD", 2009],
    "cpi-index-296.3-june-2022": cpi["2022-06"],
    "cpi-index-plain-296.3-june-2022": cpi["2022-06"],
    "cpi-monthly-rate-1.4pct-june-2022": monthly["2022-06"],
    "cpi-2008-average-215.3": cpi_2008,
    "peso-per-euro-18.72-dec-29-2023": float(ecb["2023-12-29"]["MXN"]),
    "euro-per-peso-inverse-derived": 1 / float(ecb["2023-12-29"]["MXN"]),
    "homicides-some-113-thousand-2008-2012": sum(inegi[y] for y in range(2008, 2013)),
    "us-gdp-per-person-81k": gdp["USA", 2023] / pop["USA", 2023],
    "afghan-opium-2007-8.2-million-kg": 8200 * 1000,  # published-figures: 8,200 tonne
    "crime-proceeds-54-billion-a-month": 650e9 / 12,  # published-figures: 650 billion USD/year
    "afghan-share-of-world-opium-2011-about-83pct": 5800 / 7000 * 100,  # tonnes, 2011
    "afghan-share-of-world-opium-2011-90pct-10pct-high": 5800 / 7000 * 100,
    # adversarial3.yaml (verdicts23, round 3: probes labelled after one run)
    "homicides-2018-2022-51pct-above-2008-2012": pct(
        sum(states[y] for y in range(2008, 2013)), sum(states[y] for y in range(2018, 2023))
    ),
    "us-gdp-2023-27-trillion-within-5pct": gdp["USA", 2023],
    "us-gdp-2023-29-trillion-within-5pct": gdp["USA", 2023],
    "mexico-economy-about-6.5pct-of-the-us-claim": gdp["MEX", 2023] / 27e12 * 100,
    "us-gdp-2023-in-yen": gdp["USA", 2023] * eur_rate("2023-12-29", "JPY"),
    # adversarial5.yaml, adversarial6.yaml (verdicts23, round 5)
    "states-reporting-january-2022-32": sum(
        1 for r in rows("mexico-homicides-state-month", "|") if r["year"] == "2022"
        and r["month"] == "1"
    ),
    "states-reporting-january-2022-32-count": 32,
    "cpi-average-monthly-rise-2022-0.5pct": sum(monthly[f"2022-{m:02d}"] for m in range(1, 13))
    / 12,
    "mexico-gdp-grew-5.5-trillion-pesos-2023": (gdp["MEX", 2023] - gdp["MEX", 2022])
    * eur_rate("2023-12-29", "MXN"),
    "us-gdp-2023-as-published-december-2026": gdp["USA", 2023],
    # adversarial4.yaml, round 6
    "world-gdp-nearly-tripled-2000-2023-more-than-tripled": gdp["WLD", 2023] / gdp["WLD", 2000],
    "world-gdp-more-than-tripled-2000-2023": gdp["WLD", 2023] / gdp["WLD", 2000],
    "cpi-monthly-rate-fell-nearly-1.7-points": monthly["2022-12"] - monthly["2022-06"],
    "cpi-may-2026-highest-inflation-in-a-year": rank(
        yoy_by_month, "2026-05", [m for m in yoy_by_month if "2025-06" <= m <= "2026-05"]
    ),
}  # fmt: skip

if __name__ == "__main__":
    for claim, value in GOLD.items():
        print(f"{claim},{value:.10g}")
