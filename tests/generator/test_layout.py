"""The layout's rules, read from the code: no import cycles (imports inside functions and under
TYPE_CHECKING count), the pipeline never imports the maintainer tools, and the runtime never
imports the generator or its own emulator.

Hand-written over the standard library's `ast` rather than import-linter: its contracts check
layers and forbidden imports but not cycles between sibling modules, which is the rule here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.pipeline.paths import ROOT, RUNTIME

PACKAGES = {"generator": ROOT / "generator", "fal_models": RUNTIME}


def _module_name(package: str, base: Path, path: Path) -> str:
    parts = [package, *path.relative_to(base).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The modules of `known` that `path` imports, anywhere in the file."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in names:
            # `from fal_models import x` names the package or its submodule x: take the longest known.
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {
        _module_name(package, base, path): path
        for package, base in PACKAGES.items()
        for path in base.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    known = set(files)
    return {module: _imports(module, path, known) for module, path in files.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# A package imports its own submodules to re-export them; a submodule importing its package's
# __init__ back is the only kind of cycle that would be harmless, and there are none either.
def test_no_import_cycles() -> None:
    assert _cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize(
    ("importer", "forbidden"),
    [
        ("generator.pipeline", "generator.tools"),
        ("generator.pipeline", "generator.__main__"),
        ("generator.tools", "generator.__main__"),
        ("fal_models", "generator"),
    ],
)
def test_layers(importer: str, forbidden: str) -> None:
    graph = import_graph()
    offending = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if module == importer or module.startswith(importer + ".")
        for target in targets
        if target == forbidden or target.startswith(forbidden + ".")
    )
    assert offending == []


def test_only_the_emulator_imports_the_emulator() -> None:
    graph = import_graph()
    offending = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if module.startswith("fal_models") and not module.startswith("fal_models.testing")
        for target in targets
        if target.startswith("fal_models.testing")
    )
    assert offending == []


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = import_graph()
    # generator/__main__.py imports the tools inside its command functions.
    assert any(t.startswith("generator.tools") for t in graph["generator.__main__"])
    assert "fal_models._request" in graph["fal_models.webhooks"]
