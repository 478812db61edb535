"""Recompute the references of the desks33 desks straight from datasets/*, with pandas only.

Run from the repository root: ``python tests/data/desks33/compute.py`` writes expected.csv. The
reference of each claim is computed here, not by figcheck; the range is written by hand (the
reading of docs/ranges.md a fact-checker would make: s = one unit of the last significant
printed digit; none [v-s/2, v+s/2], about [v-s, v+s], nearly [v-s, v], just over [v, v+s], more
than [v, inf), at most (-inf, v]; hedged and rounding ranges capped at v +- max(10%|v|, d/2)).
The verdict is supported when the reference lies in the range, discrepancy otherwise, unless the
row says unverifiable or error (no figure to compare).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
D = ROOT / "datasets"
INF = math.inf

gdp = pd.read_csv(D / "world-gdp/data.csv")
pop = pd.read_csv(D / "world-bank-population/data.csv")
cpi = pd.read_csv(D / "us-cpi-u/data.csv", parse_dates=["Date"]).set_index("Date")["Index"]
fed = pd.read_csv(D / "fed-fx-monthly/data.csv", parse_dates=["Date"])
ecb = pd.read_csv(D / "ecb-euro-fx/data.csv", na_values=["N/A"], parse_dates=["Date"])
ecb = ecb.set_index("Date").sort_index()
ha = pd.read_csv(D / "mexico-homicides-annual/data.csv").set_index("year")
hs = pd.read_csv(D / "mexico-homicides-state-month/data.csv", sep="|", dtype={"cve_ent": str})
pub = pd.read_csv(D / "published-figures/data.csv").set_index("id")


def g(code: str, year: int) -> float:
    """World Bank GDP, current US$."""
    rows = gdp[(gdp["Country Code"] == code) & (gdp["Year"] == year)]
    assert len(rows) == 1, (code, year)
    return float(rows["Value"].iloc[0])


def p(code: str, year: int) -> float:
    """World Bank population."""
    rows = pop[(pop["Country Code"] == code) & (pop["Year"] == year)]
    assert len(rows) == 1, (code, year)
    return float(rows["Value"].iloc[0])


def c(month: str) -> float:
    """CPI-U index of a month (YYYY-MM)."""
    rows = cpi[cpi.index.strftime("%Y-%m") == month]
    assert len(rows) == 1, month
    return float(rows.iloc[0])


def fx(country: str, month: str) -> float:
    """Fed monthly average, foreign currency per US dollar."""
    rows = fed[(fed["Country"] == country) & (fed["Date"].dt.strftime("%Y-%m") == month)]
    assert len(rows) == 1, (country, month)
    return float(rows["Exchange rate"].iloc[0])


def e(day: str, cur: str) -> float:
    """ECB reference rate, currency per euro, on a working day."""
    return float(ecb.loc[pd.Timestamp(day), cur])


def state_year(cve: str, year: int) -> float:
    rows = hs[(hs["cve_ent"] == cve) & (hs["year"] == year)]
    assert len(rows) == 12, (cve, year)
    return float(rows["homicides"].sum())


def y12() -> pd.Series:
    """12-month percent change of CPI-U, by calendar month (the index has no 2025-10)."""
    s = cpi.copy()
    s.index = s.index.to_period("M")
    return (s / s.shift(12, freq="M").reindex(s.index) - 1).dropna() * 100


def rank(series: pd.Series, at: object, *, lowest: bool = False) -> int:
    """1 + how many entries of the window beat the one at ``at`` (ties share the better rank)."""
    v = series.loc[at]
    return int(((series < v) if lowest else (series > v)).sum()) + 1


B, T, M = 1e9, 1e12, 1e6
Y12 = y12()
POP_CHN = pop[pop["Country Code"] == "CHN"].set_index("Year")["Value"]
POP_IND = pop[pop["Country Code"] == "IND"].set_index("Year")["Value"]
INEGI = ha["homicides_inegi"].dropna()
_MEX = fed[fed["Country"] == "Mexico"]
MXN = _MEX.set_index(_MEX["Date"].dt.to_period("M"))["Exchange rate"]
ECB_USD_2023 = float(ecb.loc["2023", "USD"].mean())
CPI_2000 = float(cpi.loc["2000"].mean())

# id -> (reference, min, max, verdict or "" to decide by the range)
ROWS: dict[str, tuple[float | None, float, float, str]] = {
    # ---- d33_economy.yaml (world-gdp, world-bank-population) ----
    "d33-eco-world-gdp-2023-105-trillion": (g("WLD", 2023), 104.5 * T, 105.5 * T, ""),
    "d33-eco-us-gdp-2023-27.4-trillion": (g("USA", 2023), 27.35 * T, 27.45 * T, ""),
    "d33-eco-china-gdp-2023-nearly-18-trillion": (g("CHN", 2023), 17 * T, 18 * T, ""),
    "d33-eco-india-gdp-2023-3.5-trillion-edge": (g("IND", 2023), 3.45 * T, 3.55 * T, ""),
    "d33-eco-germany-gdp-2023-4.50-trillion-1pct": (g("DEU", 2023), 4.495 * T, 4.505 * T, ""),
    "d33-eco-japan-gdp-2023-about-4.4-trillion-5pct": (g("JPN", 2023), 4.3 * T, 4.5 * T, ""),
    "d33-eco-brazil-gdp-2023-2.5-trillion-15pct": (g("BRA", 2023), 2.45 * T, 2.55 * T, ""),
    "d33-eco-brazil-gdp-2023-2.2-trillion-rounding": (g("BRA", 2023), 2.15 * T, 2.25 * T, ""),
    "d33-eco-mexico-gdp-2023-17.9-trillion-10x": (g("MEX", 2023), 17.85 * T, 17.95 * T, ""),
    "d33-eco-us-share-2000-about-a-quarter": (
        g("USA", 2000) / g("WLD", 2000) * 100, 24, 26, ""),
    "d33-eco-china-share-2023-16.9pct": (g("CHN", 2023) / g("WLD", 2023) * 100, 16.85, 16.95, ""),
    "d33-eco-brazil-gdp-shrank-21pct-2020": (
        (g("BRA", 2020) / g("BRA", 2019) - 1) * 100, -21.5, -20.5, ""),
    "d33-eco-japan-gdp-grew-15pct-2022-wrong-sign": (
        (g("JPN", 2022) / g("JPN", 2021) - 1) * 100, 14.5, 15.5, ""),
    "d33-eco-us-gdp-per-person-2023-81000": (g("USA", 2023) / p("USA", 2023), 80500, 81500, ""),
    "d33-eco-taiwan-gdp-2023-missing-country": (None, 0, 0, "unverifiable"),
    "d33-eco-india-gdp-2024-missing-year": (None, 0, 0, "unverifiable"),
    # ---- d33_population.yaml (world-bank-population) ----
    "d33-pop-world-passed-8-billion-2023": (p("WLD", 2023), 8 * B, INF, ""),
    "d33-pop-world-passed-8-billion-2022": (p("WLD", 2022), 8 * B, INF, ""),
    "d33-pop-india-more-than-1.45-billion-2024-edge": (p("IND", 2024), 1.45 * B, INF, ""),
    "d33-pop-china-about-1.41-billion-2023": (p("CHN", 2023), 1.40 * B, 1.42 * B, ""),
    "d33-pop-china-1.409-billion-2024": (p("CHN", 2024), 1.4085 * B, 1.4095 * B, ""),
    # about 3 million: [-4, -2] M capped at max(0.3 M, d/2 = 0.5 M) -> [-3.5, -2.5] M
    "d33-pop-china-fell-about-3-million-2022-2024": (
        p("CHN", 2024) - p("CHN", 2022), -3.5 * M, -2.5 * M, ""),
    "d33-pop-japan-shrank-2.2pct-2020-2024": (
        (p("JPN", 2024) / p("JPN", 2020) - 1) * 100, -2.25, -2.15, ""),
    "d33-pop-nigeria-grew-2.1pct-2024": (
        (p("NGA", 2024) / p("NGA", 2023) - 1) * 100, 2.05, 2.15, ""),
    "d33-pop-mexico-130.9-million-2024": (p("MEX", 2024), 130.85 * M, 130.95 * M, ""),
    "d33-pop-colombia-78-million-2024-50pct": (p("COL", 2024), 77.5 * M, 78.5 * M, ""),
    "d33-pop-india-record-2024": (rank(POP_IND.loc[:2024], 2024), 0.5, 1.5, ""),
    "d33-pop-china-lowest-since-2019": (rank(POP_CHN.loc[2020:2024], 2024, lowest=True), 0.5, 1.5, ""),
    "d33-pop-china-lowest-since-2017": (rank(POP_CHN.loc[2018:2024], 2024, lowest=True), 0.5, 1.5, ""),
    "d33-pop-world-2025-missing-year": (None, 0, 0, "unverifiable"),
    # ---- d33_prices.yaml (us-cpi-u) ----
    "d33-cpi-12m-june-2024-3.0pct": ((c("2024-06") / c("2023-06") - 1) * 100, 2.95, 3.05, ""),
    "d33-cpi-12m-may-2024-3.3pct": ((c("2024-05") / c("2023-05") - 1) * 100, 3.25, 3.35, ""),
    "d33-cpi-since-jan-2020-nearly-22pct": (
        (c("2024-06") / c("2020-01") - 1) * 100, 21, 22, ""),
    "d33-cpi-since-jan-2020-just-over-22pct": (
        (c("2024-06") / c("2020-01") - 1) * 100, 22, 23, ""),
    "d33-cpi-since-jan-2020-more-than-30pct": (
        (c("2024-06") / c("2020-01") - 1) * 100, 30, INF, ""),
    "d33-cpi-june-2024-unchanged-month": ((c("2024-06") / c("2024-05") - 1) * 100, -0.05, 0.05, ""),
    "d33-cpi-may-2024-fell-0.2pct-wrong-sign": (
        (c("2024-05") / c("2024-04") - 1) * 100, -0.25, -0.15, ""),
    "d33-cpi-may-2022-highest-since-dec-1981": (
        rank(Y12.loc["1982-01":"2022-05"], pd.Period("2022-05", "M")), 0.5, 1.5, ""),
    "d33-cpi-june-2023-lowest-since-march-2021": (
        rank(Y12.loc["2021-04":"2023-06"], pd.Period("2023-06", "M"), lowest=True), 0.5, 1.5, ""),
    "d33-cpi-june-2023-lowest-since-2020": (
        rank(Y12.loc["2021-01":"2023-06"], pd.Period("2023-06", "M"), lowest=True), 0.5, 1.5, ""),
    "d33-cpi-2023-average-4.1pct-above-2022": (
        (float(cpi.loc["2023"].mean()) / float(cpi.loc["2022"].mean()) - 1) * 100, 4.05, 4.15, ""),
    "d33-cpi-nearly-tripled-since-jan-1985": (c("2024-06") / c("1985-01"), 2.5, 3, ""),
    "d33-cpi-mexico-gdp-2000-in-june-2024-dollars": (
        g("MEX", 2000) * c("2024-06") / CPI_2000, 1.345 * T, 1.355 * T, ""),
    # June 2022 12-month rate minus June 2024's, in percentage points
    "d33-cpi-rate-fell-6.1-points": (
        ((c("2024-06") / c("2023-06")) - (c("2022-06") / c("2021-06"))) * 100, -6.15, -6.05, ""),
    "d33-cpi-october-2025-missing-month": (None, 0, 0, "unverifiable"),
    # ---- d33_currency.yaml (fed-fx-monthly, ecb-euro-fx) ----
    "d33-fx-peso-19.6-september-2024": (fx("Mexico", "2024-09"), 19.55, 19.65, ""),
    "d33-fx-euro-1.12-dollars-30-sep-2024": (e("2024-09-30", "USD"), 1.115, 1.125, ""),
    "d33-fx-yen-nearly-160-june-2024": (fx("Japan", "2024-06"), 150, 160, ""),
    "d33-fx-dollar-gained-about-17pct-on-peso": (
        (fx("Mexico", "2024-09") / fx("Mexico", "2024-05") - 1) * 100, 16, 18, ""),
    "d33-fx-peso-lost-about-15pct": (
        (fx("Mexico", "2024-05") / fx("Mexico", "2024-09") - 1) * 100, -16, -14, ""),
    # 20: trailing zero, s = 10 -> [-25, -15], capped at +-2 -> [-22, -18]
    "d33-fx-peso-lost-20pct": (
        (fx("Mexico", "2024-05") / fx("Mexico", "2024-09") - 1) * 100, -22, -18, ""),
    "d33-fx-peso-weakest-since-december-2022": (
        rank(MXN.loc["2023-01":"2024-09"], pd.Period("2024-09", "M")), 0.5, 1.5, ""),
    "d33-fx-peso-weakest-since-october-2022": (
        rank(MXN.loc["2022-11":"2024-09"], pd.Period("2024-09", "M")), 0.5, 1.5, ""),
    "d33-fx-mexico-gdp-2023-in-euros-year-end": (
        g("MEX", 2023) / e("2023-12-29", "USD"), 1.61 * T, 1.63 * T, ""),
    "d33-fx-brazil-gdp-2023-in-reais-15pct": (
        g("BRA", 2023) * e("2023-12-29", "BRL") / e("2023-12-29", "USD"), 12.05 * T, 12.15 * T, ""),
    "d33-fx-fine-in-euros-12-march-2024": (
        500 * M / e("2024-03-12", "USD"), 450 * M, 470 * M, ""),
    "d33-fx-fine-in-dollars-no-reference": (None, 0, 0, "unverifiable"),
    "d33-fx-euro-average-2023-1.08": (ECB_USD_2023, 1.075, 1.085, ""),
    "d33-fx-franc-9.44-per-euro-10x": (e("2024-09-30", "CHF"), 9.435, 9.445, ""),
    "d33-fx-euro-on-a-sunday-missing-day": (None, 0, 0, "unverifiable"),
    "d33-fx-argentine-peso-missing-country": (None, 0, 0, "unverifiable"),
    # ---- d33_homicidios.yaml (mexico-homicides-annual, -state-month), Spanish ----
    "d33-hom-casi-25-mil-2016": (INEGI[2016], 24000, 25000, ""),
    "d33-hom-mas-de-25-mil-2016": (INEGI[2016], 25000, INF, ""),
    "d33-hom-casi-122-mil-calderon": (INEGI.loc[2007:2012].sum(), 121000, 122000, ""),
    # 20 per 100,000: s = 10 -> [15, 25], capped at +-2 -> [18, 22]
    "d33-hom-tasa-20-por-100-mil-2016": (
        INEGI[2016] / ha.loc[2016, "population"] * 100000, 18, 22, ""),
    "d33-hom-aumentaron-18pct-2016": ((INEGI[2016] / INEGI[2015] - 1) * 100, 17.5, 18.5, ""),
    "d33-hom-bajaron-5pct-2015-wrong-sign": ((INEGI[2015] / INEGI[2014] - 1) * 100, -5.5, -4.5, ""),
    "d33-hom-2011-record": (rank(INEGI.loc[:2011], 2011), 0.5, 1.5, ""),
    "d33-hom-2016-mas-violento-desde-2012": (rank(INEGI.loc[2013:2016], 2016), 0.5, 1.5, ""),
    "d33-hom-2016-mas-violento-desde-2010": (rank(INEGI.loc[2011:2016], 2016), 0.5, 1.5, ""),
    "d33-hom-guerrero-mas-de-2-mil-2016": (state_year("12", 2016), 2000, INF, ""),
    "d33-hom-chihuahua-casi-6500-2010": (state_year("08", 2010), 6400, 6500, ""),
    "d33-hom-guerrero-10pct-del-pais-2016": (
        state_year("12", 2016) / hs[hs["year"] == 2016]["homicides"].sum() * 100, 9, 11, ""),
    "d33-hom-inegi-2017-sin-dato": (None, 0, 0, "unverifiable"),
    "d33-hom-15-mil-2007-50pct": (INEGI[2007], 14500, 15500, ""),
    "d33-hom-sesnsp-mas-de-22-mil-2016": (
        ha.loc[2016, "victims_homicidio_doloso_sesnsp_nm"], 22000, INF, ""),
    # ---- d33_table.csv (a claims table: lookups only) ----
    "d33-tab-mexico-pop-2020-127-million-1pct-tolerance": (
        p("MEX", 2020), 127 * M * 0.99, 127 * M * 1.01, ""),
    "d33-tab-spain-gdp-2022-explicit-range": (g("ESP", 2022), 1.3 * T, 1.5 * T, ""),
    "d33-tab-argentina-gdp-2023-640-billion": (g("ARG", 2023), 635 * B, 645 * B, ""),
    "d33-tab-nigeria-gdp-2023-477-billion-wrong-year": (g("NGA", 2023), 476.5 * B, 477.5 * B, ""),
    "d33-tab-unodc-proceeds-2.1-trillion": (
        pub.loc["unodc-iff-all-criminal-proceeds-usd-2009", "value"] * T, 2.0 * T, 2.2 * T, ""),
    "d33-tab-sinaloa-2010-about-2400": (state_year("25", 2010), 2300, 2500, ""),
    "d33-tab-cad-1.34-december-2023": (fx("Canada", "2023-12"), 1.335, 1.345, ""),
    "d33-tab-pound-0.85-per-euro-31-jan-2024": (e("2024-01-31", "GBP"), 0.845, 0.855, ""),
    "d33-tab-world-pop-2000-about-6.2-billion": (p("WLD", 2000), 6.1 * B, 6.3 * B, ""),
    "d33-tab-korea-gdp-2023-more-than-1.8-trillion": (g("KOR", 2023), 1.8 * T, INF, ""),
    "d33-tab-vatican-pop-missing-country": (None, 0, 0, "unverifiable"),
    # ---- d33_ronda2.yaml (round 2: Spanish scale words and hedges, shares "* 100") ----
    "d33-r2-casi-25-mil-homicidios-2016": (INEGI[2016], 24000, 25000, ""),
    "d33-r2-mexico-130.9-millones-2024": (p("MEX", 2024), 130.85 * M, 130.95 * M, ""),
    "d33-r2-pib-mexico-1.8-billones-2023": (g("MEX", 2023), 1.75 * T, 1.85 * T, ""),
    "d33-r2-pib-brasil-2.5-billones-2023": (g("BRA", 2023), 2.45 * T, 2.55 * T, ""),
    "d33-r2-pib-mundial-supero-100-billones-2022": (g("WLD", 2022), 100 * T, INF, ""),
    "d33-r2-pib-colombia-364-mil-millones-2023": (g("COL", 2023), 363.5 * B, 364.5 * B, ""),
    "d33-r2-eeuu-alrededor-del-30pct-2000": (g("USA", 2000) / g("WLD", 2000) * 100, 27, 33, ""),
    "d33-r2-china-20pct-2023": (g("CHN", 2023) / g("WLD", 2023) * 100, 18, 22, ""),
    "d33-r2-inflacion-bajo-6.1-puntos": (
        ((c("2024-06") / c("2023-06")) - (c("2022-06") / c("2021-06"))) * 100, -6.15, -6.05, ""),
    "d33-r2-homicidios-subieron-casi-19pct-2016": (
        (INEGI[2016] / INEGI[2015] - 1) * 100, 18, 19, ""),
    "d33-r2-homicidios-mas-del-20pct-2016": ((INEGI[2016] / INEGI[2015] - 1) * 100, 20, INF, ""),
    "d33-r2-poco-menos-de-9-mil-2007": (INEGI[2007], 8100, 9000, ""),
    "d33-r2-menos-de-24-mil-2016": (INEGI[2016], -INF, 24000, ""),
}  # fmt: skip


def rows() -> list[list[str]]:
    """expected.csv's rows: id, verdict, reference, min, max."""
    out = [["id", "verdict", "reference", "min", "max"]]
    for claim_id, (ref, lo, hi, verdict) in ROWS.items():
        if ref is None:
            out.append([claim_id, verdict, "", "", ""])
            continue
        decided = verdict or ("supported" if lo <= ref <= hi else "discrepancy")
        out.append([claim_id, decided, repr(float(ref)), repr(float(lo)), repr(float(hi))])
    return out


def main() -> None:
    out = Path(__file__).with_name("expected.csv")
    with out.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows())
    for row in rows()[1:]:
        print(f"{row[0]:60s} {row[1]:12s} {row[2]:>24s}  [{row[3]}, {row[4]}]")


if __name__ == "__main__":
    main()
