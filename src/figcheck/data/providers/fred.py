"""FRED's keyless graph CSV: ``fredgraph.csv?id=SERIES``, a date column and the series' column.

The header is ``observation_date,SERIES`` (``DATE,SERIES`` in older files); a missing value is
``.`` or empty. The CSV names no frequency, so the period is read from the spacing of the dates:
yearly dates become ``2009``, quarterly ``2009-Q1``, monthly ``2009-01``; anything else keeps the
date. It names no unit either: see ``figcheck.data.unit_rules``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import math
from urllib.parse import quote

from figcheck.data.fetch import Fault
from figcheck.data.observations import Observation, ProviderSeries, SeriesError
from figcheck.data.series_ids import SeriesId

__all__ = ["DEFAULT_BASE", "parse", "query_url"]

DEFAULT_BASE = "https://fred.stlouisfed.org"
_MISSING = {"", "."}


def query_url(series: SeriesId, base: str) -> str:
    return f"{base}/graph/fredgraph.csv?id={quote(series.series)}"


def parse(body: bytes, series: SeriesId) -> ProviderSeries:
    try:
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SeriesError(series, Fault.SCHEMA, f"the answer is not a CSV table: {exc}") from exc
    if (
        not rows
        or len(rows[0]) != 2
        or rows[0][0].strip().lower() not in ("observation_date", "date")
    ):
        raise SeriesError(
            series,
            Fault.SCHEMA,
            f"expected the header observation_date,{series.series}; got {rows[0] if rows else []}",
        )
    if rows[0][1].strip().upper() != series.series.upper():
        raise SeriesError(
            series, Fault.UNKNOWN_SERIES, f"the answer is for {rows[0][1]!r}, not this series"
        )
    dates, values = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not row or len(row) != 2:
            raise SeriesError(series, Fault.SCHEMA, f"line {number} is not date,value: {row}")
        if row[1].strip() in _MISSING:
            continue
        try:
            dates.append(dt.date.fromisoformat(row[0].strip()))
            values.append(float(row[1]))
        except ValueError as exc:
            raise SeriesError(series, Fault.SCHEMA, f"line {number}: {exc}") from exc
        if not math.isfinite(values[-1]):
            raise SeriesError(series, Fault.SCHEMA, f"line {number}: {row[1]!r} is not a figure")
    if not dates:
        raise SeriesError(series, Fault.EMPTY, "the CSV holds no observation")
    periods = _periods(dates)
    return ProviderSeries(
        series,
        title=f"FRED {series.series}",
        observations=tuple(Observation(p, v) for p, v in zip(periods, values, strict=True)),
        properties={"SERIES": series.series.upper()},
    )


def _periods(dates: list[dt.date]) -> list[str]:
    """Name each date by the series' frequency, told by the dates themselves."""
    firsts = all(d.day == 1 for d in dates)
    months = {d.month for d in dates}
    if firsts and months == {1} and _steps(dates, 12):
        return [str(d.year) for d in dates]
    if firsts and months <= {1, 4, 7, 10} and _steps(dates, 3):
        return [f"{d.year}-Q{(d.month - 1) // 3 + 1}" for d in dates]
    if firsts and _steps(dates, 1):
        return [f"{d.year}-{d.month:02d}" for d in dates]
    return [d.isoformat() for d in dates]


def _steps(dates: list[dt.date], months: int) -> bool:
    """Every gap between consecutive dates is a whole multiple of ``months`` months."""
    ordinal = [d.year * 12 + d.month for d in dates]
    return all(b > a and (b - a) % months == 0 for a, b in itertools.pairwise(ordinal))
