"""Judged messages are kept for the whole process by their facts: a kept one must say what a
fresh wording of the same facts says, whatever was worded before (another desk, another chunk).

A claims table's ``expected.tolerance`` is read as its Parquet column is: ``int64`` in one table
(or chunk), ``float64`` in another (an integer column with a gap). ``0`` and ``0.0`` are one key
to Python but two texts in a message ("a tolerance of 0", "a tolerance of 0.0").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from figcheck.check.messages import Facts, Judged, compose_messages, judged_message


@dataclass
class _Refs:
    status: np.ndarray
    message: np.ndarray
    label: np.ndarray
    fx_rate: np.ndarray
    fx_date: np.ndarray
    fx_pair: np.ndarray


def _one(verdict: str, tolerance: object, hedge: object = None) -> tuple[Facts, _Refs]:
    def objects(value: object) -> np.ndarray:
        out = np.empty(1, dtype=object)
        out[0] = value
        return out

    facts = Facts(
        verdict=objects(verdict), claimed=np.array([731.25]), ref=np.array([731.0]),
        low=np.array([731.0]), high=np.array([731.0]), unit_text=objects("people"),
        hedge=objects(hedge), notes=objects(None), basis=objects("tolerance"),
        tolerance_text=objects(tolerance), error=objects(None),
    )  # fmt: skip
    refs = _Refs(
        status=objects("ok"), message=objects(None), label=objects("the census of Lilliput"),
        fx_rate=np.full(1, np.nan), fx_date=np.full(1, np.datetime64("NaT"), dtype="datetime64[D]"),
        fx_pair=objects(None),
    )  # fmt: skip
    return facts, refs


def _fresh(verdict: str, tolerance: object) -> str:
    off = verdict != "supported"
    return judged_message(Judged(
        731.0, "people", "the census of Lilliput", "tolerance", "", str(tolerance), False,
        discrepancy=off, claimed=731.25 if off else np.nan, low=731.0 if off else np.nan,
        high=731.0 if off else np.nan,
    ))  # fmt: skip


@pytest.mark.parametrize("verdict", ["supported", "discrepancy"])
@pytest.mark.parametrize(
    ("first", "then"),
    [(0, 0.0), (0.0, 0), (1, True), (True, 1.0), (np.int64(0), np.float64(0.0))],
)
def test_a_kept_message_is_given_only_to_facts_that_read_alike(
    verdict: str, first: object, then: object
) -> None:
    for tolerance in (first, then):
        (message,) = list(compose_messages(*_one(verdict, tolerance)))
        assert message == _fresh(verdict, tolerance)
