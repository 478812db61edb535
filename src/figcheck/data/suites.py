"""Generate a dataset's integrity suite from its typed table: the checks a refresh must pass.

The suite is written once, when a dataset is added, from the data as it was then: the columns in
order, each column's type, the key's columns not null and unique together, every numeric column
within its observed range widened by a margin, and the row count within a band. A later download
that breaks any of these (a column renamed, text in a number column, a figure a thousand times
too large) is refused by ``datasets refresh`` before it replaces the snapshot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd

__all__ = ["RANGE_MARGIN", "generate_suite", "value_range"]

#: How far past the observed values a refreshed value may go, as a share of the larger of the
#: observed span and the largest magnitude: a revision or a new period stays inside, a wrong
#: scale (×1000) does not.
RANGE_MARGIN = 0.5
#: The row count may shrink to this share and grow by this factor (plus a few rows).
ROWS_LOW, ROWS_HIGH, ROWS_SLACK = 0.5, 2.0, 10

_TYPE_LISTS: dict[str, list[str]] = {
    "integer": ["Int64Dtype"],
    "year": ["Int64Dtype"],
    "number": ["float64"],
    "string": ["str"],
    "date": ["datetime64[us]", "datetime64[ns]", "datetime64[ms]", "datetime64[s]"],
    "boolean": ["BooleanDtype"],
}


def value_range(values: pd.Series) -> tuple[float, float] | None:
    """The observed range of a numeric column widened by :data:`RANGE_MARGIN` on each side."""
    present = pd.to_numeric(values, errors="coerce").dropna()
    if present.empty:
        return None
    low, high = float(present.min()), float(present.max())
    margin = RANGE_MARGIN * max(high - low, abs(low), abs(high))
    return _round_out(low - margin, math.floor), _round_out(high + margin, math.ceil)


def _round_out(value: float, direction: Any) -> float:
    """Round a bound outwards to 3 significant digits, so the suite reads well."""
    if value == 0:
        return 0.0
    exponent = math.floor(math.log10(abs(value))) - 2
    if exponent < -300:
        # Subnormal magnitudes: the step would underflow to zero. The value itself bounds.
        return float(value)
    step = 10.0**exponent
    return float(direction(value / step) * step)


def generate_suite(
    name: str, frame: pd.DataFrame, types: dict[str, str], key: Sequence[str]
) -> dict[str, Any]:
    """A Great Expectations suite (as ``ExpectationSuite.to_json_dict()``) for ``frame``."""
    expectations: list[dict[str, Any]] = [
        _expect("expect_table_columns_to_match_ordered_list", column_list=list(frame.columns)),
        _expect(
            "expect_table_row_count_to_be_between",
            min_value=max(1, math.floor(len(frame) * ROWS_LOW)),
            max_value=math.ceil(len(frame) * ROWS_HIGH) + ROWS_SLACK,
        ),
    ]
    for column in frame.columns:
        expectations.append(
            _expect(
                "expect_column_values_to_be_in_type_list",
                column=column,
                type_list=_TYPE_LISTS[types[column]],
            )
        )
    for column in key:
        expectations.append(_expect("expect_column_values_to_not_be_null", column=column))
    if len(key) == 1:
        expectations.append(_expect("expect_column_values_to_be_unique", column=key[0]))
    elif key:
        expectations.append(_expect("expect_compound_columns_to_be_unique", column_list=list(key)))
    for column in frame.columns:
        if types[column] in ("number", "integer", "year"):
            bounds = value_range(frame[column])
            if bounds is not None:
                expectations.append(
                    _expect(
                        "expect_column_values_to_be_between",
                        column=column,
                        min_value=bounds[0],
                        max_value=bounds[1],
                    )
                )
    return {
        "name": f"{name}.integrity",
        "expectations": expectations,
        "meta": {"generated_by": "figcheck datasets add", "rows_when_generated": len(frame)},
    }


def _expect(kind: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": kind, "kwargs": kwargs, "meta": {}, "severity": "critical"}
