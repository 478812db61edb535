"""The curated public surface: every name in each module's __all__ exists."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "figcheck", "figcheck.errors", "figcheck.units", "figcheck.ranges", "figcheck.claims",
    "figcheck.expr", "figcheck.findings", "figcheck.lookups", "figcheck.engine", "figcheck.desks",
    "figcheck.catalog", "figcheck.integrity", "figcheck.fx", "figcheck.pipeline",
    "figcheck.reports", "figcheck.reports.json", "figcheck.reports.markdown", "figcheck.atomic",
    "figcheck.grouping", "figcheck.fetch", "figcheck.transforms", "figcheck.refresh",
    "figcheck.revisions", "figcheck.inventory", "figcheck.display", "figcheck.reports.html",
    "figcheck.reports.plots", "figcheck.reports.junit", "figcheck.reports.claimreview",
    "figcheck.vintages", "figcheck.baseline", "figcheck.recheck", "figcheck.extract",
    "figcheck.drafting", "figcheck.coverage",
]  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} needs a one-line docstring of its job"
    for item in getattr(module, "__all__", []):
        assert hasattr(module, item), f"{name}.__all__ names missing {item!r}"


def test_errors_subclass_builtins_and_keep_fields() -> None:
    from figcheck.errors import CatalogError, FigcheckError, InputError, UnitError

    assert issubclass(InputError, ValueError)
    assert issubclass(UnitError, ValueError)
    assert issubclass(CatalogError, LookupError)
    error = InputError("bad", path="d.yaml", line=3, key="claims[0].id", choices=["a", "b"])
    assert isinstance(error, FigcheckError)
    assert str(error) == "d.yaml:3: claims[0].id: bad; valid choices: a, b"
