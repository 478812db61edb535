"""messages.compose_messages: plain words for each verdict, each distinct message built once."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from figcheck.check.messages import (
    Facts,
    Judged,
    Unjudged,
    compose_messages,
    judged_message,
    unjudged_message,
)


@dataclass
class _Refs:
    status: np.ndarray
    message: np.ndarray
    label: np.ndarray
    fx_rate: np.ndarray
    fx_date: np.ndarray
    fx_pair: np.ndarray


def _objects(*values: object) -> np.ndarray:
    return np.array(values, dtype=object)


def test_messages_for_each_verdict_share_what_they_say() -> None:
    nan = np.nan
    facts = Facts(
        verdict=_objects("supported", "supported", "discrepancy", "unverifiable", "error",
                         "unverifiable"),
        claimed=np.array([100.0, 100.4, 120.0, 5.0, nan, 7.0]),
        ref=np.array([101.0, 101.0, 101.0, nan, nan, nan]),
        low=np.array([99.5, 99.9, 115.0, 4.5, nan, 6.5]),
        high=np.array([100.5, 100.9, 125.0, 5.5, nan, 7.5]),
        unit_text=_objects("USD", "USD", "USD", "people", None, "people"),
        hedge=_objects(None, None, "about", None, None, None),
        notes=_objects(None, None, None, "A projection.", None, None),
        basis=_objects("rounding", "rounding", "hedge", "rounding", None, "rounding"),
        tolerance_text=_objects(None, None, None, None, None, None),
        error=_objects(None, None, None, None, "cannot read a number in 'x'", None),
    )  # fmt: skip
    refs = _Refs(
        status=_objects("ok", "ok", "ok", None, None, "unverifiable"),
        message=_objects(None, None, None, None, None, "no row of 'deaths' matches year = 1900"),
        label=_objects("the GDP table", "the GDP table", "the GDP table", None, None, None),
        fx_rate=np.full(6, nan),
        fx_date=np.full(6, np.datetime64("NaT"), dtype="datetime64[D]"),
        fx_pair=np.full(6, None, dtype=object),
    )
    messages = compose_messages(facts, refs)
    holds = (
        "Holds: the GDP table gives US$101, within the expected range (from the rounding of "
        "the printed figure)."
    )
    assert list(messages) == [
        holds,
        holds,  # a supported claim's message does not repeat its own figure
        "The article says about US$120; the GDP table gives US$101, 15.8% lower. To stand, the "
        "figure must be between US$115 and US$125 (from the hedge 'about').",
        "No reference recorded for this claim. A projection.",
        "cannot read a number in 'x'",
        "no row of 'deaths' matches year = 1900",
    ]
    assert len(messages.categories) == 5  # the two supported claims share one text


def test_a_message_is_a_function_of_its_facts() -> None:
    from figcheck.check.messages import Judged, judged_message

    holds = Judged(4.235e9, "USD", "World Bank GDP", "hedge", "about", "", False)
    assert judged_message(holds) == (
        "Holds: World Bank GDP gives US$4.235 billion, within the expected range "
        "(from the hedge 'about')."
    )
    off = Judged(
        106098, "people", "the reference", "rounding", "", "", False,
        discrepancy=True, claimed=120000, low=115000, high=125000,
    )  # fmt: skip
    assert judged_message(off) == (
        "The article says 120,000 people; the reference gives 106,098 people, 11.6% lower. "
        "To stand, the figure must be between 115,000 people and 125,000 people "
        "(from the rounding of the printed figure)."
    )
    capped = Judged(
        2.0, "%", "ONS", "hedge", "around", "", True, fx_rate=1.1, fx_pair="USD/EUR",
        fx_date="2024-01-02",
    )  # fmt: skip
    assert judged_message(capped).endswith(
        "(from the hedge 'around'; range capped at ±10%: set `expected` to widen). "
        "Converted at 1.1000 USD/EUR (ECB, 2024-01-02)."
    )


@pytest.mark.parametrize(
    ("sign", "hedge", "low", "high", "step", "words"),
    [
        ("fall", "more than", -math.inf, -20.0, 1.0,
         "The article says a fall of more than 20%; GDP fell 3.1%. To stand, the fall must be "
         "at least 20% (from the hedge 'more than')."),
        ("fall", "", -21.5, -18.5, 1.0,
         "The article says a fall of 20%; GDP fell 3.1%. To stand, the fall must be between "
         "18.5% and 21.5% (from the rounding of the printed figure)."),
        ("rise", "", 0.45, 0.55, 0.1,
         "The article says a rise of 0.5%; GDP fell 3.1%. To stand, the rise must be between "
         "0.45% and 0.55% (from the rounding of the printed figure)."),
        ("rise", "about", 0.4, 0.6, 0.1,
         "The article says a rise of about 0.5%; GDP fell 3.1%. To stand, the rise must be "
         "between 0.4% and 0.6% (from the hedge 'about')."),
    ],
    ids=["fall-hedged", "fall", "rise", "rise-hedged"],
)  # fmt: skip
def test_a_change_says_its_fall_or_rise_in_its_own_words(
    sign: str, hedge: str, low: float, high: float, step: float, words: str
) -> None:
    """A fall's size and range are said as positive ('a fall of 20%', 'at least 20%'); a rise
    claimed where the data fell says its claimed rise (mends26: one branch for both)."""
    from figcheck.check.messages import Judged, judged_message

    claimed = -20.0 if sign == "fall" else 0.5
    facts = Judged(
        -3.1, "percent", "GDP", "hedge" if hedge else "rounding", hedge, "", False,
        discrepancy=True, claimed=claimed, low=low, high=high, said="GDP fell 3.1%",
        fall=sign == "fall", rise=sign == "rise", step=step,
    )  # fmt: skip
    assert judged_message(facts) == words


def test_an_unjudged_message_is_a_function_of_its_facts() -> None:
    problem = Unjudged(True, "desk.yaml:3: bad value", True, "dataset gone", "")
    assert unjudged_message(problem) == "desk.yaml:3: bad value"
    assert unjudged_message(Unjudged(True, None, True, "dataset gone", "")) == "dataset gone"
    assert unjudged_message(Unjudged(False, None, True, "no row matches", "n")) == "no row matches"
    assert unjudged_message(Unjudged(False, None, False, None, "")) == (
        "No reference recorded for this claim."
    )
    assert unjudged_message(Unjudged(False, None, False, None, "see p. 3")) == (
        "No reference recorded for this claim. see p. 3"
    )


# Judged messages are kept for the whole process by their facts: a kept one must say what a
# fresh wording of the same facts says, whatever was worded before (another desk, another chunk).
#
# A claims table's ``expected.tolerance`` is read as its Parquet column is: ``int64`` in one table
# (or chunk), ``float64`` in another (an integer column with a gap). ``0`` and ``0.0`` are one key
# to Python but two texts in a message ("a tolerance of 0", "a tolerance of 0.0").


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


def test_the_judged_facts_are_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """mends25: compose_messages grouped claims by its own list of the judged facts, beside the
    list `_judged_facts` a message is worded from; a fact in one list and not the other would
    give one claim another's message. The grouping now reads `_judged_facts` itself: a label
    given only there (here, per claim) tells the two claims apart."""
    from figcheck.check import messages

    nan = np.nan
    facts = Facts(
        verdict=_objects("supported", "supported"), claimed=np.array([100.0, 100.0]),
        ref=np.array([100.2, 100.2]), low=np.array([99.5, 99.5]), high=np.array([100.5, 100.5]),
        unit_text=_objects("USD", "USD"), hedge=_objects(None, None),
        notes=_objects(None, None), basis=_objects("rounding", "rounding"),
        tolerance_text=_objects(None, None), error=_objects(None, None),
    )  # fmt: skip
    refs = _Refs(
        status=_objects("ok", "ok"), message=_objects(None, None),
        label=_objects("the table", "the table"), fx_rate=np.full(2, nan),
        fx_date=np.full(2, np.datetime64("NaT"), dtype="datetime64[D]"),
        fx_pair=np.full(2, None, dtype=object),
    )  # fmt: skip
    listed = messages._judged_facts

    def relabelled(facts: Facts, refs: _Refs) -> tuple[object, ...]:
        columns = list(listed(facts, refs))
        columns[3] = _objects("table A", "table B")  # the label
        return tuple(columns)

    monkeypatch.setattr(messages, "_judged_facts", relabelled)
    messages._WORDED.clear()
    said = list(compose_messages(facts, refs))
    messages._WORDED.clear()
    assert said[0].startswith("Holds: table A gives")
    assert said[1].startswith("Holds: table B gives")


def _supported(label: str, ref: float = 100.2) -> tuple[Facts, _Refs]:
    facts = Facts(
        verdict=_objects("supported"), claimed=np.array([100.0]), ref=np.array([ref]),
        low=np.array([99.5]), high=np.array([100.5]), unit_text=_objects("USD"),
        hedge=_objects(None), notes=_objects(None), basis=_objects("rounding"),
        tolerance_text=_objects(None), error=_objects(None),
    )  # fmt: skip
    refs = _Refs(
        status=_objects("ok"), message=_objects(None), label=_objects(label),
        fx_rate=np.full(1, np.nan), fx_date=np.full(1, np.datetime64("NaT"), dtype="datetime64[D]"),
        fx_pair=_objects(None),
    )  # fmt: skip
    return facts, refs


def test_claims_whose_facts_hash_alike_keep_their_own_messages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """speed30: judged claims are grouped by a 64-bit hash of their facts, each claim then
    compared with the first of its group; facts that share a hash (here every one: the
    multiplier is 0) are grouped by the facts themselves."""
    from figcheck.check import messages

    monkeypatch.setattr(messages, "_MIX", np.uint64(0))
    a, refs_a = _supported("table A", 100.1)
    b, refs_b = _supported("table B", 100.3)
    joined: list[Any] = [
        np.concatenate([x, y]) if x is not None else None
        for x, y in zip(vars(a).values(), vars(b).values(), strict=True)
    ]
    both = Facts(*joined)
    refs = _Refs(
        *(
            np.concatenate([x, y])
            for x, y in zip(vars(refs_a).values(), vars(refs_b).values(), strict=True)
        )
    )
    messages._WORDED.clear()
    said = list(compose_messages(both, refs))
    messages._WORDED.clear()
    assert said[0].startswith("Holds: table A gives US$100.1")
    assert said[1].startswith("Holds: table B gives US$100.3")


def test_text_numbers_and_kept_messages_are_emptied_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """speed30: a kept message's key holds the numbers given to its texts; when those numbers
    are given out afresh, a number of one text can name another, so the kept messages go too."""
    from figcheck.check import messages

    monkeypatch.setattr(messages, "_TEXT_IDS_UP_TO", 0)
    messages._WORDED.clear()
    first = list(compose_messages(*_supported("table A")))
    then = list(compose_messages(*_supported("table B")))
    messages._WORDED.clear()
    assert first[0].startswith("Holds: table A gives")
    assert then[0].startswith("Holds: table B gives")


def test_a_judged_made_without_its_init_is_the_one_its_init_makes() -> None:
    """speed30: the messages' Judged facts are made without the frozen __init__ (its two dozen
    object.__setattr__ calls cost as much as the wording); they must be the same objects."""
    import dataclasses

    from figcheck.check import messages

    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(Judged))
    given: dict[str, object] = {
        "reference": 1.5, "unit": "USD", "label": "the table", "basis": "hedge",
        "hedge": "about", "tolerance": "", "capped": True, "discrepancy": True, "claimed": 2.0,
        "low": 1.0, "high": 1.2, "fx_rate": 1.1, "fx_pair": "EUR/USD", "fx_date": "2020-01-01",
        "step": 0.1,
    }  # fmt: skip
    made = messages._judged(**given)
    assert vars(made) == vars(Judged(**given))  # type: ignore[arg-type]
    assert made == Judged(**given)  # type: ignore[arg-type]
    assert judged_message(made) == judged_message(Judged(**given))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.unit = "EUR"  # type: ignore[misc]
