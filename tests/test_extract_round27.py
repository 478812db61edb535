"""Extraction round 27 (issue 15): classes of errors that final11 and final12 showed once they
became development sets, each written as sentences of our own with look-alikes (none copied
from a gold text). Each row gives the whole list of quantities the sentence must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. a Spanish forecast names its reading in the singular ("la máxima", "una mínima de"): the
#    degrees are a level, not a difference; a change word still makes a difference
READINGS_ES: list[Row] = [
    ("maxima-en", "El viernes habrá sol y la máxima en 31 grados.", "es",
     [("31 grados", 31, "degree_Celsius")]),
    ("minima-sera", "El sábado la mínima será de 4 grados centígrados.", "es",
     [("4 grados centígrados", 4, "degree_Celsius")]),
    ("minima-clause", "Se prevé una mínima que en la madrugada llegaría a 2 grados.", "es",
     [("2 grados", 2, "degree_Celsius")]),
    ("look-alike-change", "La máxima subió 3 grados respecto de ayer.", "es",
     [("subió 3 grados", 3, "delta_degree_Celsius")]),
]  # fmt: skip


@table(READINGS_ES)
def test_spanish_readings_in_the_singular(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
