"""Integrity suites: run a dataset's Great Expectations suite, with the outcome cached by sha256.

Great Expectations is imported only when a suite must actually run (a cache miss), because its
import alone takes seconds. The cache key is the data's sha256, the suite file's sha256 and the
GX version, so an unchanged dataset is never validated twice.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.errors import CatalogError
from figcheck.limits import json_loads
from figcheck.storage.atomic import write_json

__all__ = ["SuiteOutcome", "cached_outcome", "check_suite", "run_suite"]


@dataclass(frozen=True)
class SuiteOutcome:
    """What a suite said about one snapshot. ``success`` is None when there is no suite."""

    success: bool | None
    failures: tuple[str, ...] = ()
    evaluated: int = 0
    cached: bool = False

    def describe(self) -> str:
        if self.success is None:
            return "no integrity suite"
        if self.success:
            return f"integrity suite passed ({self.evaluated} expectations)"
        return "integrity suite failed: " + self.failed_on()

    def failed_on(self) -> str:
        """The expectations that failed, joined for a message."""
        return "; ".join(self.failures)


def check_suite(
    suite_path: Path,
    frame: pd.DataFrame,
    data_sha256: str,
    cache_dir: Path | None,
    *,
    reuse: bool = True,
) -> SuiteOutcome:
    """The suite's outcome on ``frame``, from the cache when this data and suite were seen.

    ``reuse=False`` runs the suite even when an outcome is cached (and caches the new one).
    """
    if not suite_path.is_file():
        return SuiteOutcome(None)
    suite_bytes = suite_path.read_bytes()
    cache_file = _cache_file(cache_dir, data_sha256, suite_bytes)
    if reuse and (cached := _read_cached(cache_file)) is not None:
        return cached
    try:
        suite = json_loads(suite_bytes.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError, JSONNumberError
        raise CatalogError(f"{suite_path}: not a readable JSON suite: {exc}") from exc
    except RecursionError as exc:  # [[[[…]]]] 5,000 deep was a traceback
        raise CatalogError(f"{suite_path}: not a readable JSON suite: nested too deeply") from exc
    outcome = run_suite(suite, frame, str(suite_path))
    if cache_file:
        write_json(
            cache_file,
            {"success": outcome.success, "failures": list(outcome.failures),
             "evaluated": outcome.evaluated},
        )  # fmt: skip
    return outcome


def cached_outcome(
    suite_path: Path, data_sha256: str, cache_dir: Path | None
) -> SuiteOutcome | None:
    """The cached outcome for this data and suite without running anything (None: not run yet)."""
    if not suite_path.is_file():
        return SuiteOutcome(None)
    return _read_cached(_cache_file(cache_dir, data_sha256, suite_path.read_bytes()))


def _cache_file(cache_dir: Path | None, data_sha256: str, suite_bytes: bytes) -> Path | None:
    key = hashlib.sha256(data_sha256.encode() + b"\0" + suite_bytes).hexdigest()
    return cache_dir / "integrity" / f"{key}.json" if cache_dir else None


def _read_cached(cache_file: Path | None) -> SuiteOutcome | None:
    if not cache_file or not cache_file.is_file():
        return None
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        return SuiteOutcome(
            bool(cached["success"]), tuple(cached["failures"]), int(cached["evaluated"]), True
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged cache entry is recomputed


def run_suite(suite: dict[str, Any], frame: pd.DataFrame, label: str) -> SuiteOutcome:
    """Validate ``frame`` against a suite given as ``ExpectationSuite.to_json_dict()``."""
    # GX reads this at import time, before any context config can switch analytics off.
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.core import ExpectationSuite
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    if not isinstance(suite, dict) or not isinstance(suite.get("expectations"), list):
        raise CatalogError(f"{label}: a suite needs a list of 'expectations'")
    known = set(_expectation_types())
    for number, item in enumerate(suite["expectations"]):
        kind = item.get("type") or item.get("expectation_type") if isinstance(item, dict) else None
        if kind not in known:
            raise CatalogError(
                f"{label}: unknown expectation type {kind!r:.80}",
                hint="check its spelling against the Great Expectations gallery",
            )
        if not isinstance(item.get("kwargs", {}), dict):
            # GX logged a traceback, dropped the expectation and passed the suite without it
            raise CatalogError(
                f"{label}: malformed suite: expectations[{number}] ({kind}): 'kwargs' must be "
                f"an object, not {type(item['kwargs']).__name__}"
            )
    try:
        expectation_suite = ExpectationSuite(
            name=str(suite.get("name") or "suite"),
            expectations=suite["expectations"],
            meta=suite.get("meta") or {},
        )
    except Exception as exc:  # GX raises many unrelated types for a malformed suite
        raise CatalogError(f"{label}: malformed suite: {exc}") from exc
    config = DataContextConfig(
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    source = context.data_sources.add_pandas("figcheck")
    asset = source.add_dataframe_asset("snapshot")
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": frame}
    )
    result = batch.validate(expectation_suite)
    failures = []
    for item in result.results:
        if item.success:
            continue
        config_: Any = item.expectation_config
        kwargs = {k: v for k, v in (config_.kwargs or {}).items() if k != "batch_id"}
        detail = item.result or {}
        count = detail.get("unexpected_count")
        observed = detail.get("observed_value")
        what = f"{count} unexpected values" if count else f"observed {observed!r}"
        if item.exception_info and item.exception_info.get("raised_exception"):
            what = "raised: " + str(item.exception_info.get("exception_message"))[:200]
        failures.append(f"{config_.type}({_short(kwargs)}): {what}")
    return SuiteOutcome(bool(result.success), tuple(failures), len(result.results))


def _short(kwargs: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())[:160]


def _expectation_types() -> list[str]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.expectation import Expectation

    types = []
    for name in dir(gxe):
        item = getattr(gxe, name)
        if isinstance(item, type) and issubclass(item, Expectation) and item is not Expectation:
            expectation_type = getattr(item, "expectation_type", None)
            if isinstance(expectation_type, str):
                types.append(expectation_type)
    return types
