"""The pipeline: load specs → emit models and client → format with ruff → write or compare."""

from __future__ import annotations

import ast
from pathlib import Path

from generator.emit_client import TEMPLATES, client_files, runtime_files
from generator.emit_docs import docs_files
from generator.emit_models import model_modules
from generator.ir import SpecSet
from generator.loader import load_specs
from generator.release import read_changelog, read_release

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUTPUT = ROOT / "generated"


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
    tree = ast.parse((TEMPLATES / "runtime" / "_exceptions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__all__" for t in node.targets
        ):
            return sorted(ast.literal_eval(node.value))
    raise RuntimeError("templates/runtime/_exceptions.py has no __all__")


def build(target: Path, specs_dir: Path = SPECS, *, full: bool = False) -> list[str]:
    """Bring the formatted package in `target` up to date (only what changed, unless `full`);
    return the paths written or removed. See generator/incremental.py."""
    from generator import incremental

    return incremental.generate(target, specs_dir, full=full)


def stale_files(specs_dir: Path = SPECS, output: Path = OUTPUT, *, full: bool = False) -> list[str]:
    """Paths under `output` that differ from what the specs and templates give (or are
    missing/extra); with nothing changed, only hashes (see generator/incremental.py)."""
    from generator import incremental

    return incremental.stale_files(specs_dir, output, full=full)
