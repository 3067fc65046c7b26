"""The `model_config` settings of the runtime's model classes (InputModel, OutputModel,
FileOutput…), which generated models derive from and so need not repeat; their digest is an
ingredient of every model module (see generator.pipeline.inputs)."""

from __future__ import annotations

import ast
from functools import cache
from typing import Any

from generator.pipeline.paths import RUNTIME


@cache
def runtime_model_configs() -> dict[str, dict[str, Any]]:
    """Class name → the `model_config` settings it has, its own over its bases', for the model
    classes of the runtime (runtime/fal_models/), which the generated models derive from."""
    own: dict[str, tuple[list[str], dict[str, Any]]] = {}
    for path in sorted(RUNTIME.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                call = next(filter(None, map(config_call, node.body)), None)
                keywords = call.keywords if call else []
                settings = {str(kw.arg): ast.literal_eval(kw.value) for kw in keywords}
                own[node.name] = ([ast.unparse(b) for b in node.bases], settings)

    def resolve(name: str) -> dict[str, Any]:
        bases, settings = own[name]
        merged: dict[str, Any] = {}
        for base in reversed(bases):
            merged |= resolve(base) if base in own else {}
        return merged | settings

    return {name: resolve(name) for name in own}


def config_call(stmt: ast.stmt) -> ast.Call | None:
    """The `ConfigDict(...)` call of a `model_config = ConfigDict(...)` statement, annotated
    (`model_config: ClassVar[ConfigDict] = ...`, as the runtime's bases are) or not."""
    if isinstance(stmt, ast.Assign):
        targets = [ast.unparse(t) for t in stmt.targets]
    elif isinstance(stmt, ast.AnnAssign):
        targets = [ast.unparse(stmt.target)]
    else:
        return None
    if (
        targets == ["model_config"]
        and isinstance(stmt.value, ast.Call)
        and ast.unparse(stmt.value.func) == "ConfigDict"
    ):
        return stmt.value
    return None
