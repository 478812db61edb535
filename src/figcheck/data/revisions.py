"""What a new snapshot changed against the old one: rows added, removed, and values revised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["Revision", "compare_snapshots"]

EXAMPLES = 5


@dataclass(frozen=True)
class Revision:
    """Counts of changed rows, with a few examples in words (key, column, old → new)."""

    added: int
    removed: int
    revised: int
    examples: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.revised)

    def describe(self) -> str:
        if not self.changed:
            return "no row added, removed or revised"
        rows = "row" if self.added == 1 else "rows"
        text = f"{self.added:,} {rows} added, {self.removed:,} removed, {self.revised:,} revised"
        if self.examples:
            text += " (e.g. " + "; ".join(self.examples) + ")"
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "removed": self.removed,
            "revised": self.revised,
            "examples": list(self.examples),
        }


def compare_snapshots(old: pd.DataFrame, new: pd.DataFrame, key: Sequence[str]) -> Revision:
    """Compare two typed snapshots row by row on ``key`` (whole rows when there is no key).

    A row is *revised* when any non-key cell differs; missing equals missing.
    """
    key = [column for column in key if column in old.columns and column in new.columns]
    if not key:
        return _compare_as_sets(old, new)
    old = old.drop_duplicates(subset=key, keep="last")
    new = new.drop_duplicates(subset=key, keep="last")
    merged = old.merge(new, on=key, how="outer", suffixes=("\0old", "\0new"), indicator=True)
    added = int((merged["_merge"] == "right_only").sum())
    removed = int((merged["_merge"] == "left_only").sum())
    both = merged[merged["_merge"] == "both"]
    columns = [c for c in old.columns if c not in key and c in new.columns]
    revised_mask = np.zeros(len(both), dtype=bool)
    examples: list[str] = []
    for column in columns:
        before, after = both[f"{column}\0old"], both[f"{column}\0new"]
        differs = ~(
            (before == after).fillna(False).to_numpy(dtype=bool)
            | (before.isna() & after.isna()).to_numpy(dtype=bool)
        )
        revised_mask |= differs
        for index in np.flatnonzero(differs)[: EXAMPLES - len(examples)]:
            where = " ".join(str(both[k].iloc[index]) for k in key)
            examples.append(
                f"{where} {column}: {_show(before.iloc[index])} → {_show(after.iloc[index])}"
            )
    return Revision(added, removed, int(revised_mask.sum()), tuple(examples))


def _compare_as_sets(old: pd.DataFrame, new: pd.DataFrame) -> Revision:
    columns = [c for c in old.columns if c in new.columns]
    before = old[columns].astype(str).apply(tuple, axis=1).value_counts()
    after = new[columns].astype(str).apply(tuple, axis=1).value_counts()
    joined = pd.concat([before, after], axis=1).fillna(0)
    delta = joined.iloc[:, 1] - joined.iloc[:, 0]
    return Revision(int(delta[delta > 0].sum()), int(-delta[delta < 0].sum()), 0)


def _show(value: object) -> str:
    if pd.isna(value):  # type: ignore[call-overload]
        return "missing"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)
