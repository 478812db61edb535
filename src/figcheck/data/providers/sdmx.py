"""SDMX providers (ECB, Eurostat, OECD, IMF, UNSD, INEGI) through the ``sdmx1`` library.

sdmx1 does the two SDMX-specific jobs: it builds each source's query URL (``Client.get(…,
dry_run=True)`` prepares the request without sending it) and it parses the message, generic or
structure-specific, without needing the data structure definition. The HTTP request itself goes
through figcheck's requests-cache download path, never through sdmx1's own session.

This is the only module that imports sdmx1.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
from typing import Any

from figcheck.data.fetch import Fault
from figcheck.data.observations import Observation, ProviderSeries, SeriesError, normalise_period
from figcheck.data.series_ids import SeriesId

__all__ = ["SOURCES", "default_base", "parse", "query_url"]

#: (figcheck provider name, title, an example id); the sdmx1 source id is in ``_SDMX_SOURCE``.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("ECB", "European Central Bank", "ECB/EXR/M.USD.EUR.SP00.A"),
    ("ESTAT", "Eurostat", "ESTAT/nama_10_gdp/A.CP_MEUR.B1GQ.DE"),
    (
        "OECD",
        "OECD (sdmx.oecd.org)",
        "OECD/OECD.SDD.TPS,DSD_LFS@DF_IALFS_UNE_M,1.0/USA.UNE_LF_M._Z.Y._T.Y_GE15..M",
    ),
    ("IMF", "International Monetary Fund (api.imf.org)", "IMF/IFS/M.US.PCPI_IX"),
    ("UNSD", "United Nations Statistics Division", "UNSD/DF_UNDATA_WDI/A.NY_GDP_MKTP_CD.USA"),
    ("INEGI", "INEGI, Mexico", "INEGI/DF_SDG_08_01_01/A.._T"),
)
_SDMX_SOURCE = {
    "ECB": "ECB",
    "ESTAT": "ESTAT",
    "OECD": "OECD",
    "IMF": "IMF_DATA",
    "UNSD": "UNSD",
    "INEGI": "INEGI",
}


_BASES = {
    "ECB": "https://data-api.ecb.europa.eu/service",
    "ESTAT": "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1",
    "OECD": "https://sdmx.oecd.org/public/rest",
    "IMF": "https://api.imf.org/external/sdmx/2.1",
    "UNSD": "http://data.un.org/WS/rest",
    "INEGI": "https://sdmx.snieg.mx/servicev6/rest",
}


def _sdmx() -> Any:
    import sdmx

    # Reading a structure-specific message without its DSD is what we mean to do: sdmx1 logs
    # a warning for it on every read, which would reach the user's terminal.
    logging.getLogger("sdmx").setLevel(logging.ERROR)
    return sdmx


def default_base(provider: str) -> str:
    """The source's base URL as sdmx1 2.28 registers it (``sdmx.source.sources``; a test
    checks they agree, so that importing sdmx1 is left until a series is fetched)."""
    return _BASES[provider]


def query_url(series: SeriesId, base: str) -> str:
    """The data query sdmx1 builds for the series, re-rooted at ``base`` when overridden."""
    sdmx = _sdmx()
    client = sdmx.Client(_SDMX_SOURCE[series.provider])
    try:
        request = client.get("data", series.dataset, key=series.series, dry_run=True)
    except (ValueError, NotImplementedError, KeyError) as exc:
        raise SeriesError(series, Fault.UNKNOWN_SERIES, f"cannot build its query: {exc}") from exc
    url = str(request.url)
    default = default_base(series.provider)
    return base + url[len(default) :] if url.startswith(default) else url


#: A document type declaration, in UTF-8 and in UTF-16: SDMX messages never carry one, and it is
#: how an XML body declares the entities of an entity bomb or of an external-entity (XXE) read.
_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def parse(body: bytes, series: SeriesId) -> ProviderSeries:
    """The one series of ``series``'s key in an SDMX-ML or SDMX-JSON data message."""
    if any(mark in body for mark in _DOCTYPE):
        raise SeriesError(
            series,
            Fault.SCHEMA,
            "the answer declares a document type (<!DOCTYPE): an SDMX message never does; "
            "refused unread (an HTML page, or XML entities that could expand or read files)",
        )
    sdmx = _sdmx()
    try:
        # sdmx1 prints its parser state to stdout when a message fails to parse
        with contextlib.redirect_stdout(io.StringIO()):
            message = sdmx.read_sdmx(io.BytesIO(body))
    except Exception as exc:  # sdmx1 raises many unrelated types for a malformed message
        raise SeriesError(
            series, Fault.SCHEMA, f"the answer is not an SDMX data message: {str(exc)[:200]}"
        ) from exc
    if type(message).__name__ == "ErrorMessage":
        footer = getattr(message, "footer", None)
        text = "; ".join(str(t) for t in getattr(footer, "text", []) or []) or str(message)[:200]
        raise SeriesError(
            series, Fault.PROVIDER, f"{series.provider} answered with an error: {text}"
        )
    datasets = getattr(message, "data", None)
    if not datasets:
        raise SeriesError(series, Fault.EMPTY, "the message holds no data set (no such series?)")
    wanted = [part for part in series.series.split(".") if part]
    matches = []
    for dataset in datasets:
        for key, observations in dataset.series.items():
            props = _properties(key, dataset)
            if _matches(wanted, props, key):
                matches.append((props, observations))
    if not matches:
        raise SeriesError(
            series,
            Fault.UNKNOWN_SERIES,
            "the message holds no series with this key",
            hint="check the key's dimension order against the dataflow's structure",
        )
    if len(matches) > 1:
        raise SeriesError(series, Fault.SCHEMA, f"the key matches {len(matches)} series, not one")
    props, raw = matches[0]
    props["DATAFLOW"] = series.dataset
    observations = _observations(raw, series)
    prepared = getattr(message.header, "prepared", None)
    return ProviderSeries(
        series,
        title=props.get("TITLE_COMPL") or props.get("TITLE") or f"{series.dataset} {series.series}",
        observations=observations,
        properties=props,
        last_updated=prepared.isoformat() if prepared else None,
        last_updated_from="message Prepared" if prepared else None,
    )


def _properties(key: Any, dataset: Any) -> dict[str, str]:
    """Dimension values and attributes (series and data set level), by upper-case id."""
    props: dict[str, str] = {}
    for source in (getattr(dataset, "attrib", {}) or {}, key.attrib or {}):
        props.update({str(k).upper(): str(v.value) for k, v in source.items()})
    props.update({str(k).upper(): str(v.value) for k, v in key.values.items()})
    return props


def _matches(wanted: list[str], props: dict[str, str], key: Any) -> bool:
    values = [str(v.value) for v in key.values.values()]
    if [v for v in values if v] == wanted:
        return True
    return set(wanted) <= set(props.values())  # keys inferred without a DSD may hold attributes


def _observations(raw: Any, series: SeriesId) -> tuple[Observation, ...]:
    out = []
    for obs in raw:
        period_key = obs.dimension.values if obs.dimension is not None else {}
        period_text = next((str(v.value) for v in period_key.values()), "")
        period = normalise_period(period_text)
        if period is None:
            raise SeriesError(series, Fault.SCHEMA, f"period {period_text!r} is not a period")
        value = obs.value
        if value is None or value != value:  # NaN: a missing observation
            continue
        status = obs.attached_attribute.get("OBS_STATUS")
        try:
            number = float(value)
        except (TypeError, ValueError) as exc:
            raise SeriesError(series, Fault.SCHEMA, f"value {value!r} is not a number") from exc
        if not math.isfinite(number):
            raise SeriesError(series, Fault.SCHEMA, f"value {value!r} is not a finite number")
        out.append(Observation(period, number, str(status.value) if status else ""))
    if not out:
        raise SeriesError(series, Fault.EMPTY, "the series has no observation")
    return tuple(sorted(out, key=lambda o: o.period))
