"""A series as a provider gave it: observations, its dimensions and attributes, and faults.

Provider modules turn a response body into a :class:`ProviderSeries`; everything after that
(units, the normalised table, the snapshot) is the same for every provider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from figcheck.data.fetch import Fault, FetchError
from figcheck.data.series_ids import SeriesId

__all__ = ["Observation", "ProviderSeries", "SeriesError", "normalise_period"]


class SeriesError(FetchError):
    """A series could not be taken from a response; the message names the series."""

    def __init__(self, series: SeriesId, fault: Fault, problem: str, *, hint: str | None = None):
        self.series = series
        super().__init__(fault, f"series {series}: {problem}", hint=hint)


@dataclass(frozen=True)
class Observation:
    """One period's value as published (``value`` in the provider's unit and multiplier)."""

    period: str
    value: float
    status: str = ""


@dataclass(frozen=True)
class ProviderSeries:
    """A parsed series. ``properties`` holds its dimension values and attributes by concept id
    (upper case: ``UNIT``, ``UNIT_MULT``, ``CURRENCY``), which the unit rules read."""

    series: SeriesId
    title: str
    observations: tuple[Observation, ...]
    properties: dict[str, str] = field(default_factory=dict)
    last_updated: str | None = None
    last_updated_from: str | None = None  # where the stamp was read: a field or header name


_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-?M?(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^(\d{4})(?:-?A1?)?$")
_SEMESTER = re.compile(r"^(\d{4})-?S([12])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise_period(text: str) -> str | None:
    """A period in one spelling for every provider: ``2009``, ``2009-Q1``, ``2009-S1``,
    ``2009-01``, ``2009-01-15``; ``None`` when the text is none of these.

    The World Bank writes ``2009M01`` and ``2009Q1``, SDMX ``2009-01`` and ``2009-Q1``.
    """
    text = text.strip()
    if match := _YEAR.fullmatch(text):
        return match[1]
    if match := _QUARTER.fullmatch(text):
        return f"{match[1]}-Q{match[2]}"
    if match := _SEMESTER.fullmatch(text):
        return f"{match[1]}-S{match[2]}"
    if match := _MONTH.fullmatch(text):
        return f"{match[1]}-{match[2]}"
    if _DAY.fullmatch(text):
        return text
    return None
