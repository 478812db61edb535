"""The curated public surface: every name in each module's __all__ exists."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "figcheck", "figcheck.errors", "figcheck.model.units", "figcheck.model.ranges", "figcheck.model.claims",
    "figcheck.model.expr", "figcheck.check.findings", "figcheck.check.lookups", "figcheck.check.engine", "figcheck.inputs.desks",
    "figcheck.data.catalog", "figcheck.data.integrity", "figcheck.check.fx", "figcheck.pipeline",
    "figcheck.reports", "figcheck.reports.json", "figcheck.reports.markdown", "figcheck.storage.atomic",
    "figcheck.check.grouping", "figcheck.data.fetch", "figcheck.data.transforms", "figcheck.data.refresh",
    "figcheck.data.revisions", "figcheck.data.inventory", "figcheck.display", "figcheck.reports.html",
    "figcheck.reports.plots", "figcheck.reports.junit", "figcheck.reports.claimreview",
    "figcheck.check.as_published", "figcheck.check.baseline", "figcheck.recheck", "figcheck.draft.extract",
    "figcheck.draft.drafting", "figcheck.draft.coverage",
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
