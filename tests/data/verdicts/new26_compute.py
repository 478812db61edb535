"""Recompute the references of new26_expected.csv from the bundled CSVs, without figcheck.

verdicts26: run from the repository root (``python tests/data/verdicts/new26_compute.py``). Every
value is plain arithmetic on the data files with the standard library only; the same arithmetic
is written out above each claim in new26_desk.yaml and new26_hurried.yaml, and below for the
rows of new26_claims.csv (a table holds no comments). It prints each claim whose reference in
new26_expected.csv differs from the one worked out here (nothing, when they agree).
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

DATA = Path("datasets")
HERE = Path(__file__).resolve().parent


def rows(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    with (DATA / name / "data.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


gdp = {(r["Country Code"], int(r["Year"])): float(r["Value"]) for r in rows("world-gdp")}
pop = {(r["Country Code"], int(r["Year"])): int(r["Value"]) for r in rows("world-bank-population")}
annual = {int(r["year"]): r for r in rows("mexico-homicides-annual")}
inegi = {y: int(r["homicides_inegi"]) for y, r in annual.items() if r["homicides_inegi"]}
states: dict[str, Counter[int]] = {}
for r in rows("mexico-homicides-state-month", "|"):
    states.setdefault(r["cve_ent"], Counter())[int(r["year"])] += int(r["homicides"])
nation: Counter[int] = Counter()
for by_year in states.values():
    nation.update(by_year)
ecb = {r["Date"]: r for r in rows("ecb-euro-fx")}
fed = {(r["Country"], r["Date"][:7]): float(r["Exchange rate"]) for r in rows("fed-fx-monthly")}
cpi = {r["Date"][:7]: r for r in rows("us-cpi-u")}
index = {m: float(r["Index"]) for m, r in cpi.items()}
published = {r["id"]: float(r["value"]) for r in rows("published-figures")}


def pct(start: float, end: float) -> float:
    return (end / start - 1) * 100


def rank_highest(series: dict[object, float], at: object) -> int:
    """Rank of `at` among the entries up to it (a record is judged on the data up to `at`)."""
    return 1 + sum(1 for k, v in series.items() if k <= at and v > series[at])  # type: ignore[operator]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


ecb_usd = {d: float(r["USD"]) for d, r in ecb.items() if r["USD"] not in ("", "N/A")}
cpi_2000 = sum(index[f"2000-{m:02d}"] for m in range(1, 13)) / 12  # 2066.4 / 12 = 172.2

GOLD: dict[str, float] = {
    # --- new26_desk.yaml (arithmetic in the desk's comments)
    "n26-brazil-gdp-2022-about-1.9-trillion": gdp["BRA", 2022],
    "n26-canada-gdp-2022-2.14-trillion-wrong-year": gdp["CAN", 2022],
    "n26-mexico-gdp-2019-2023-combined-about-7-trillion": sum(
        gdp["MEX", y] for y in range(2019, 2024)
    ),
    "n26-brazil-share-of-world-gdp-2022-1.9pct": gdp["BRA", 2022] / gdp["WLD", 2022] * 100,
    "n26-brazil-gdp-per-person-2022-9750-5pct-high": gdp["BRA", 2022] / pop["BRA", 2022],
    "n26-homicide-rate-2015-17.2-per-100000": inegi[2015] / int(annual[2015]["population"]) * 1e5,
    "n26-india-gdp-grew-5.9pct-2023": pct(gdp["IND", 2022], gdp["IND", 2023]),
    "n26-nigeria-gdp-fell-23pct-2023": pct(gdp["NGA", 2022], gdp["NGA", 2023]),
    "n26-nigeria-gdp-grew-23pct-2023-sign-slip": pct(gdp["NGA", 2022], gdp["NGA", 2023]),
    "n26-india-population-2024-highest-on-record": rank_highest(
        {y: v for (c, y), v in pop.items() if c == "IND"}, 2024
    ),
    "n26-homicides-2013-2016-nearly-90000": sum(inegi[y] for y in range(2013, 2017)),
    "n26-homicides-2011-a-total-of-27213": inegi[2011],
    "n26-homicides-2011-exactly-27200": inegi[2011],
    "n26-chihuahua-2010-6430-homicides": states["08"][2010],
    "n26-chihuahua-2010-deadliest-on-record": rank_highest(dict(states["08"]), 2010),
    "n26-euro-nearly-1.60-dollars-2008-07-15": ecb_usd["2008-07-15"],
    "n26-euro-2008-07-15-strongest-on-record": rank_highest(dict(ecb_usd), "2008-07-15"),
    "n26-brazil-gdp-2022-1.83-trillion-euros": gdp["BRA", 2022] / float(ecb["2022-12-30"]["USD"]),
    "n26-yen-around-156-june-2024-1pct-off": fed["Japan", "2024-06"],
    "n26-yen-weakened-more-than-50pct-2021-2024": pct(
        fed["Japan", "2021-01"], fed["Japan", "2024-06"]
    ),
    "n26-cpi-2.7pct-twelve-months-to-june-2025": pct(index["2024-06"], index["2025-06"]),
    "n26-mexico-gdp-2000-in-june-2024-dollars": gdp["MEX", 2000] * index["2024-06"] / cpi_2000,
    "n26-afghan-opium-2007-more-than-8000-tonnes": published["unodc-afg-opium-2007"],
    "n26-afghan-opium-2002-18-times-2001": (
        published["unodc-afg-opium-2002"] / published["unodc-afg-opium-2001"]
    ),
    "n26-nigeria-population-2023-about-195-million-15pct-low": pop["NGA", 2023],
    # --- new26_claims.csv
    # USA 2024 = 340,110,988; about 340 million: s=10 million -> [330, 350] million.
    "n26t-usa-pop-2024-about-340-million": pop["USA", 2024],
    # CHN 2023 = 17,794,781,986,104.46; 17.8 T: [17.75, 17.85] T.
    "n26t-china-gdp-2023-17.8-trillion": gdp["CHN", 2023],
    # DEU 2023 = 4,456,081,016,705.96; 4.7 T: [4.65, 4.75] T; (4.456-4.7)/4.7 = -5.19%.
    "n26t-germany-gdp-2023-4.7-trillion-5pct-high": gdp["DEU", 2023],
    # GBR 2024 = 69,226,000; 69.2 million: [69.15, 69.25] million.
    "n26t-uk-pop-2024-69.2-million": pop["GBR", 2024],
    # MEX 2023 = 129,739,759 (130,861,007 is 2024); 130.9 million: [130.85, 130.95] million;
    # (129.74-130.9)/130.9 = -0.89%.
    "n26t-mexico-pop-2023-130.9-million-wrong-year": pop["MEX", 2023],
    # WLD 2024 = 8,141,808,945; 7 billion: s=1 billion -> [6.5, 7.5] billion; +16.3%.
    "n26t-world-pop-2024-7-billion-15pct-low": pop["WLD", 2024],
    # FRA 2023 = 3,030,904,089,607.90; 3 T within 1%: [2.97, 3.03] T; +1.03% -> just outside.
    "n26t-france-gdp-2023-3-trillion-within-1pct": gdp["FRA", 2023],
    # JPN 2023 = 4,212,945,159,781.40 USD x (156.33 JPY/EUR / 1.105 USD/EUR = 141.4751 JPY/USD,
    # ECB 2023-12-29) = 596,026,893,057,580.8 JPY; about 596 T: s=1 T -> [595, 597] T.
    "n26t-japan-gdp-2023-about-596-trillion-yen": (
        gdp["JPN", 2023] * float(ecb["2023-12-29"]["JPY"]) / float(ecb["2023-12-29"]["USD"])
    ),
    # Fed Mexico 2024-06 = 18.1946; 18.19: [18.185, 18.195].
    "n26t-peso-18.19-june-2024": fed["Mexico", "2024-06"],
    # Fed United Kingdom 2024-06 = 0.7864; 0.79: [0.785, 0.795].
    "n26t-pound-0.79-per-dollar-june-2024": fed["United Kingdom", "2024-06"],
    # ECB GBP 2016-06-24 = 0.8075; 0.81: [0.805, 0.815].
    "n26t-pound-0.81-per-euro-brexit-day": float(ecb["2016-06-24"]["GBP"]),
    # ECB MXN 2020-03-09 = 24.3268; more than 24: [24, inf).
    "n26t-peso-more-than-24-per-euro-2020-03-09": float(ecb["2020-03-09"]["MXN"]),
    # CPI Index 2026-05 = 335.123; 335.1: [335.05, 335.15].
    "n26t-cpi-index-335.1-may-2026": index["2026-05"],
    # CPI Inflation 2026-03 = 1.05; 1.5: [1.45, 1.55]; 0.45 points lower.
    "n26t-cpi-monthly-1.5pct-march-2026": float(cpi["2026-03"]["Inflation"]),
    # SESNSP victims (doloso + feminicidio) 2017 = 29,430; nearly 30,000: s=10,000 ->
    # [20,000, 30,000] capped to [27,000, 30,000].
    "n26t-sesnsp-victims-2017-nearly-30000": float(
        annual[2017]["victims_homicidio_doloso_plus_feminicidio_sesnsp_nm"]
    ),
    # Baja California (02) 2018, 12 months = 2,904; some 2,500: s=100 -> [2,400, 2,600]; +16.2%.
    "n26t-baja-california-2018-some-2500-15pct-low": states["02"][2018],
    # published-figures crs-r41349-merida-appropriated-mexico = 1.5 billion USD; roughly 1.5 bn:
    # s=0.1 bn -> [1.4, 1.6] bn.
    "n26t-merida-mexico-roughly-1.5-billion": published["crs-r41349-merida-appropriated-mexico"]
    * 1e9,
    # --- new26_hurried.yaml (arithmetic in the desk's comments)
    "n26h-mexico-pop-2024-just-over-130.8m": pop["MEX", 2024],
    "n26h-canada-pop-2024-upwards-of-41mn": pop["CAN", 2024],
    "n26h-brazil-gdp-2023-roughly-2.2tn": gdp["BRA", 2023],
    "n26h-india-gdp-2021-3.17tn": gdp["IND", 2021],
    "n26h-nigeria-gdp-2022-circa-470bn": gdp["NGA", 2022],
    "n26h-us-share-of-world-gdp-2023-26pct": gdp["USA", 2023] / gdp["WLD", 2023] * 100,
    "n26h-homicides-2012-almost-26k": inegi[2012],
    "n26h-homicides-up-41-per-cent-2009": pct(inegi[2008], inegi[2009]),
    "n26h-cpi-up-nearly-23pct-dec-2019-dec-2024": pct(index["2019-12"], index["2024-12"]),
    "n26h-peso-20.9-per-euro-2022-12-30": float(ecb["2022-12-30"]["MXN"]),
    "n26h-yen-172-per-euro-2024-06-28": float(ecb["2024-06-28"]["JPY"]),
    "n26h-homicides-2020-roughly-36k": nation[2020],
    "n26h-homicides-1990-2000-158-405": sum(inegi[y] for y in range(1990, 2001)),
    "n26h-mexico-pop-topped-130m-2023-wrong-year": pop["MEX", 2023],
    "n26h-india-pop-2024-1.52b-5pct-high": pop["IND", 2024],
    "n26h-gifiles-some-5m-emails": published["wikileaks-gifiles-emails"],
    # --- new26_probe.yaml (round 2; arithmetic in the desk's comments)
    "n26p-mexico-pop-up-32.2-million-2000-2024": pop["MEX", 2024] - pop["MEX", 2000],
    "n26p-cpi-monthly-average-2025-about-0.24pct": _mean(
        [float(r["Inflation"]) for m, r in cpi.items() if m.startswith("2025")]
    ),
    "n26p-us-and-china-gdp-2023-about-45-trillion": gdp["USA", 2023] + gdp["CHN", 2023],
    "n26p-us-and-china-share-of-world-gdp-2023-43pct": 45e12 / gdp["WLD", 2023] * 100,
    "n26p-mexico-gdp-2000-in-latest-dollars": gdp["MEX", 2000] * index[max(index)] / cpi_2000,
    "n26p-chihuahua-2000-2022-thin-space": sum(states["08"].values()),
    "n26p-us-gdp-2023-28.5-trillion-within-5pct-sign": gdp["USA", 2023],
    "n26p-china-pop-2023-capital-about": pop["CHN", 2023],
    "n26p-indonesia-pop-2024-c-283-million": pop["IDN", 2024],
    "n26p-world-gdp-2023-at-least-105000-billion": gdp["WLD", 2023],
    "n26p-nigeria-gdp-more-than-halved-2023": gdp["NGA", 2023] / gdp["NGA", 2022],
    "n26p-euro-july-2008-average-1.58": _mean(
        [v for d, v in ecb_usd.items() if d.startswith("2008-07")]
    ),
    "n26p-nigeria-gdp-2023-lowest-since-2009": 1
    + sum(1 for y in range(2010, 2023) if gdp["NGA", y] < gdp["NGA", 2023]),
}

if __name__ == "__main__":
    with (HERE / "new26_expected.csv").open(encoding="utf-8", newline="") as handle:
        labels = {row["id"]: row for row in csv.DictReader(handle)}
    for claim_id, value in GOLD.items():
        label = labels[claim_id]["reference"]
        if not label or not math.isclose(float(label), value, rel_tol=1e-6):
            print(f"{claim_id}: labelled {label!r}, worked out {value!r}")
    print(f"{len(GOLD)} references worked out; {len(labels)} claims labelled")
