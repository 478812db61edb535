"""The statistics APIs figcheck reads series from, one module per family of formats.

Each provider is a :class:`Provider`: its default base URL (overridable with ``--base-url
PROVIDER=URL``, so tests serve recorded responses from 127.0.0.1), how to build a series' query
URL, and how to parse a response body into a :class:`ProviderSeries`. No provider sends a request
itself: ``figcheck.data.series`` downloads through figcheck's one requests-cache session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from figcheck.data.observations import ProviderSeries
from figcheck.data.providers import fred, sdmx, worldbank
from figcheck.data.series_ids import SeriesId
from figcheck.errors import UsageError

__all__ = ["PROVIDERS", "Provider", "base_urls"]


@dataclass(frozen=True)
class Provider:
    """One statistics API: ``query_url(series, base)`` and ``parse(body, series)``."""

    name: str
    title: str
    default_base: str
    query_url: Callable[[SeriesId, str], str]
    parse: Callable[[bytes, SeriesId], ProviderSeries]
    id_forms: str  # for help and docs


PROVIDERS: dict[str, Provider] = {
    "WB": Provider(
        "WB",
        "World Bank (API v2)",
        worldbank.DEFAULT_BASE,
        worldbank.query_url,
        worldbank.parse,
        "WB/WDI/FREQ-INDICATOR-COUNTRY, e.g. WB/WDI/A-NY.GDP.MKTP.CD-WLD",
    ),
    **{
        name: Provider(
            name,
            title,
            sdmx.default_base(name),
            sdmx.query_url,
            sdmx.parse,
            f"{name}/DATAFLOW/KEY, e.g. {example}",
        )
        for name, title, example in sdmx.SOURCES
    },
    "FRED": Provider(
        "FRED",
        "FRED, Federal Reserve Bank of St. Louis (graph CSV)",
        fred.DEFAULT_BASE,
        fred.query_url,
        fred.parse,
        "FRED/SERIES, e.g. FRED/CPIAUCSL",
    ),
}


def base_urls(given: Mapping[str, str]) -> dict[str, str]:
    """Each provider's base URL, with the user's overrides (provider names checked)."""
    unknown = [name for name in given if name.upper() not in PROVIDERS]
    if unknown:
        raise UsageError(
            f"--base-url names unknown provider {unknown[0]!r}", choices=list(PROVIDERS)
        )
    bases = {name: provider.default_base for name, provider in PROVIDERS.items()}
    bases.update({name.upper(): url.rstrip("/") for name, url in given.items()})
    return bases
