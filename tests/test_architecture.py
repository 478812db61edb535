"""The layout's rules, checked: lower layers never import higher ones, and each third-party
library is used by the one package (or module) that owns it (ARCHITECTURE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "figcheck"

#: Each top-level unit of the package and its layer: a module may import its own unit and any
#: unit of a lower layer, never a higher one.
LAYERS: dict[str, int] = {
    "errors": 0, "limits": 0, "storage": 0, "display": 0, "utf8": 0, "csvrows": 0,
    "model": 1,
    "data": 2,
    "inputs": 3,
    "check": 4,
    "draft": 5,
    "pipeline": 6, "chunked": 6,
    "reports": 7,
    "recheck": 8,
    "cli": 9, "__main__": 9, "__init__": 9,
}  # fmt: skip

#: Third-party libraries and the only places that may import them.
OWNERS: dict[str, tuple[str, ...]] = {
    "pint": ("model/units.py",),
    "great_expectations": ("data/integrity.py",),
    "requests_cache": ("data/",),
    "requests": ("data/",),
    "sdmx": ("data/providers/sdmx.py",),
    "openpyxl": ("data/tables.py",),
    "filelock": ("storage/outfolder.py",),
    "rich": ("display.py",),
    "jinja2": ("reports/html.py",),
    "yaml": ("inputs/", "draft/"),
}


def _unit_of(module: str) -> str:
    """``figcheck.check.engine`` → ``check``; ``figcheck.pipeline`` → ``pipeline``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "figcheck":
                found += [(node.lineno, f"figcheck.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


SOURCES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_a_module_imports_only_its_own_layer_or_lower(path: Path) -> None:
    relative = path.relative_to(SRC)
    own = relative.parts[0].removesuffix(".py")
    assert own in LAYERS, f"{relative}: add its package to LAYERS and to ARCHITECTURE.md"
    for line, module in _imports(path):
        if not module.startswith("figcheck.") or module == "figcheck.__version__":
            continue
        target = _unit_of(module)
        if target == own or target == "__version__":
            continue
        assert LAYERS[target] <= LAYERS[own], (
            f"{relative}:{line} imports {module}: layer {target} ({LAYERS[target]}) is above "
            f"{own} ({LAYERS[own]})"
        )


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_a_library_is_imported_only_by_its_owner(library: str) -> None:
    owners = OWNERS[library]
    for path in SOURCES:
        relative = path.relative_to(SRC).as_posix()
        for line, module in _imports(path):
            if module == library or module.startswith(library + "."):
                assert relative.startswith(owners), (
                    f"{relative}:{line} imports {library}; only {', '.join(owners)} may"
                )
