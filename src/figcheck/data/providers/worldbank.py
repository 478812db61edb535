"""The World Bank Indicators API v2 (JSON): one indicator for one economy.

Ids follow DBnomics: ``WB/WDI/A-NY.GDP.MKTP.CD-WLD`` is frequency ``A``, indicator
``NY.GDP.MKTP.CD``, economy ``WLD``. The answer is ``[page header, [observation, …]]``; the
header carries ``lastupdated``; an error is ``[{"message": [{"id", "key", "value"}]}]``.
"""

from __future__ import annotations

import json
import math
from typing import Any

from figcheck.data.fetch import Fault
from figcheck.data.observations import Observation, ProviderSeries, SeriesError, normalise_period
from figcheck.data.series_ids import SeriesId
from figcheck.limits import json_loads

__all__ = ["DEFAULT_BASE", "parse", "query_url"]

DEFAULT_BASE = "https://api.worldbank.org/v2"
#: DBnomics dataset code → the API's source id.
SOURCES = {"WDI": "2"}
PER_PAGE = 20000  # one page holds every observation of one series (60-odd years, or months)
_FREQUENCIES = {"A": 4, "Q": 7, "M": 7}  # period length once normalised: 2009, 2009-Q1, 2009-01


def split_code(series: SeriesId) -> tuple[str, str, str]:
    """``A-NY.GDP.MKTP.CD-WLD`` → (``A``, ``NY.GDP.MKTP.CD``, ``WLD``)."""
    freq, _, rest = series.series.partition("-")
    indicator, _, economy = rest.rpartition("-")
    if freq not in _FREQUENCIES or not indicator or not economy:
        raise SeriesError(
            series,
            Fault.UNKNOWN_SERIES,
            "a World Bank series is FREQ-INDICATOR-ECONOMY (FREQ one of A, Q, M)",
            hint="e.g. WB/WDI/A-NY.GDP.MKTP.CD-WLD",
        )
    if series.dataset not in SOURCES:
        raise SeriesError(
            series,
            Fault.UNKNOWN_SERIES,
            f"unknown World Bank dataset {series.dataset!r}",
            hint=f"known: {', '.join(SOURCES)}",
        )
    return freq, indicator, economy


def query_url(series: SeriesId, base: str) -> str:
    _, indicator, economy = split_code(series)
    source = SOURCES[series.dataset]
    return (
        f"{base}/country/{economy}/indicator/{indicator}"
        f"?format=json&per_page={PER_PAGE}&source={source}"
    )


def parse(body: bytes, series: SeriesId) -> ProviderSeries:
    freq, indicator, economy = split_code(series)
    try:
        payload: Any = json_loads(body.decode("utf-8-sig"), parse_constant=_no_constant)
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError, JSONNumberError
        raise SeriesError(series, Fault.SCHEMA, f"the answer is not JSON: {exc}") from exc
    except RecursionError as exc:  # "[[[[…": nested deeper than any answer of the API
        raise SeriesError(series, Fault.SCHEMA, "the answer is JSON nested too deep") from exc
    if isinstance(payload, list) and payload and isinstance(payload[0], dict):
        messages = payload[0].get("message")
        if isinstance(messages, list):
            said = "; ".join(
                f"{m.get('key', '')}: {m.get('value', '')}".strip(": ")
                for m in messages
                if isinstance(m, dict)
            )
            raise SeriesError(series, Fault.PROVIDER, f"the World Bank answered: {said}")
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], dict)):
        raise SeriesError(series, Fault.SCHEMA, "the answer is not [header, observations]")
    header, rows = payload
    if rows is not None and not isinstance(rows, list):
        raise SeriesError(series, Fault.SCHEMA, "the observations are not a list")
    if not rows:
        raise SeriesError(
            series,
            Fault.EMPTY,
            f"the World Bank has no observation ({header.get('total', 0)})",
            hint="check the indicator and economy codes on data.worldbank.org",
        )
    if _whole(header.get("pages")) > 1:
        raise SeriesError(series, Fault.SCHEMA, "the answer spans several pages")
    observations, name = [], ""
    for row in rows:
        _check_row(row, series, indicator, economy)
        name = str(row["indicator"].get("value") or "")
        if row.get("value") is None:
            continue  # the World Bank lists years it has no figure for with null
        period = normalise_period(str(row.get("date", "")))
        if period is None or len(period) != _FREQUENCIES[freq]:
            raise SeriesError(
                series, Fault.SCHEMA, f"period {row.get('date')!r} is not of frequency {freq}"
            )
        observations.append(
            Observation(period, _number(row["value"], series), str(row.get("obs_status") or ""))
        )
    if not observations:
        raise SeriesError(series, Fault.EMPTY, "every observation is empty (null)")
    return ProviderSeries(
        series,
        title=f"{name}, {(rows[0].get('country') or {}).get('value', economy)}",
        observations=tuple(sorted(observations, key=lambda o: o.period)),
        properties={
            "INDICATOR": indicator,
            "INDICATOR_NAME": name,
            "REF_AREA": economy,
            "UNIT": str(rows[0].get("unit") or ""),
        },
        last_updated=str(header["lastupdated"]) if header.get("lastupdated") else None,
        last_updated_from="lastupdated" if header.get("lastupdated") else None,
    )


def _no_constant(name: str) -> float:
    """JSON has no NaN or Infinity; Python's reader would accept them."""
    raise json.JSONDecodeError(f"{name} is not a JSON value", name, 0)


def _whole(value: Any) -> int:
    try:
        return int(value or 1)
    except (TypeError, ValueError):
        return 2  # a page count that is not a number: treat as "more than one page"


def _check_row(row: Any, series: SeriesId, indicator: str, economy: str) -> None:
    if (
        not isinstance(row, dict)
        or not isinstance(row.get("indicator"), dict)
        or not isinstance(row.get("country") or {}, dict)
    ):
        raise SeriesError(series, Fault.SCHEMA, f"an observation is malformed: {str(row)[:80]}")
    codes = {
        str(row.get("countryiso3code") or "").upper(),
        str((row.get("country") or {}).get("id") or "").upper(),
    }
    if row["indicator"].get("id") != indicator or economy.upper() not in codes:
        raise SeriesError(
            series,
            Fault.SCHEMA,
            f"the answer holds {row['indicator'].get('id')} for {sorted(codes)}, not the series",
        )


def _number(value: Any, series: SeriesId) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise SeriesError(series, Fault.SCHEMA, f"value {value!r} is not a number") from exc
    if isinstance(value, bool) or not math.isfinite(number):
        raise SeriesError(series, Fault.SCHEMA, f"value {value!r} is not a finite number")
    return number
