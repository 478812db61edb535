"""figcheck: check the numbers in journalism against cached reference datasets.

The public API is small: :func:`run_check` (desks in, :class:`Report` out), the writers in
:mod:`figcheck.reports`, and the error tree in :mod:`figcheck.errors`. Import costs nothing:
pandas and pint load only when a submodule needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Report", "Settings", "__version__", "run_check"]

if TYPE_CHECKING:
    from figcheck.pipeline import Report, Settings, run_check


def __getattr__(name: str) -> Any:
    if name in ("Report", "Settings", "run_check"):
        from figcheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'figcheck' has no attribute {name!r}")
