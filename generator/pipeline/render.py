"""Every file of the generated package as text, before formatting: runtime, models, client, docs."""

from __future__ import annotations

import ast
from pathlib import Path

from generator.pipeline.emit_client import client_files, runtime_files
from generator.pipeline.emit_docs import docs_files
from generator.pipeline.emit_models import model_modules
from generator.pipeline.ir import SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.paths import RUNTIME, SPECS
from generator.pipeline.version import read_changelog, read_release


def render(
    specs_dir: Path = SPECS, specs: SpecSet | None = None, models: dict[str, str] | None = None
) -> dict[str, str]:
    """Every file of generated/ (relative path → text), before formatting. `specs` and `models`
    (model module → code) are the loaded specs and models when the caller already has them."""
    specs = load_specs(specs_dir) if specs is None else specs
    models = model_modules(specs) if models is None else models
    files = runtime_files()
    files.update({f"fal_models/models/{name}.py": code for name, code in models.items()})
    version = read_release(specs_dir).version
    files.update(client_files(specs, version, _exception_names()))
    files.update(docs_files(specs, version))
    files["CHANGELOG.md"] = read_changelog(specs_dir)
    return files


def _exception_names() -> list[str]:
    tree = ast.parse((RUNTIME / "_exceptions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__all__" for t in node.targets
        ):
            return sorted(ast.literal_eval(node.value))
    raise RuntimeError("runtime/fal_models/_exceptions.py has no __all__")
