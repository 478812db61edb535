"""Series ids in the DBnomics scheme, ``PROVIDER/DATASET/SERIES``, and the dataset names they get.

A desk names a series by its id (``reference: {series: ECB/EXR/M.USD.EUR.SP00.A}``); the
catalog finds its snapshot through the id recorded in the descriptor (``x-series.id``), and the
lookup goes to ``series:ID`` so that a missing snapshot can be named with the command that adds
it. Ids are case-sensitive as the providers' are; dataset names are lowercase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from figcheck.errors import UsageError

__all__ = ["SERIES_PREFIX", "SeriesId", "parse_series_id"]

#: ``reference.dataset`` of a lookup that names a series rather than a dataset.
SERIES_PREFIX = "series:"
_PART = re.compile(r"^[A-Za-z0-9_.@,\-]+$")
_NAME_UNSAFE = re.compile(r"[^a-z0-9._-]+")


@dataclass(frozen=True)
class SeriesId:
    """One series: the provider (``ECB``), its dataset or dataflow (``EXR``) and series key."""

    provider: str
    dataset: str
    series: str

    def __str__(self) -> str:
        return (
            f"{self.provider}/{self.dataset}/{self.series}"
            if self.dataset
            else (f"{self.provider}/{self.series}")
        )

    @property
    def reference(self) -> str:
        """What a lookup's ``reference.dataset`` holds for this series."""
        return SERIES_PREFIX + str(self)

    def dataset_name(self) -> str:
        """A catalog name for the snapshot: ``ecb--exr--m.usd.eur.sp00.a``."""
        parts = [self.provider, self.dataset, self.series]
        return "--".join(_NAME_UNSAFE.sub("-", part.lower()).strip("-") for part in parts if part)


def parse_series_id(text: str, providers: tuple[str, ...]) -> SeriesId:
    """Read ``PROVIDER/DATASET/SERIES`` (FRED: ``FRED/SERIES``); raises :class:`UsageError`."""
    parts = text.strip().split("/")
    provider = parts[0].upper() if parts else ""
    if provider not in providers:
        raise UsageError(
            f"{text!r} does not start with a known provider",
            choices=providers,
            hint="a series id is PROVIDER/DATASET/SERIES, e.g. ECB/EXR/M.USD.EUR.SP00.A",
        )
    if provider == "FRED" and len(parts) == 2:
        parts = [provider, "", parts[1]]
    if len(parts) != 3 or not parts[2] or (provider != "FRED" and not parts[1]):
        raise UsageError(
            f"{text!r} is not a series id of the form PROVIDER/DATASET/SERIES",
            hint="e.g. WB/WDI/A-NY.GDP.MKTP.CD-WLD, ESTAT/nama_10_gdp/A.CP_MEUR.B1GQ.DE, "
            "FRED/CPIAUCSL",
        )
    for part in parts[1:]:
        if part and (not _PART.fullmatch(part) or not part.strip(".")):
            raise UsageError(
                f"{text!r}: {part!r} holds characters a single series id cannot have",
                hint="one series only: no '+' (several values), spaces, slashes or a part "
                "that is only dots",
            )
    return SeriesId(provider, parts[1], parts[2])
