"""The pipeline: load specs → emit models and client → format with ruff → write or compare."""

from __future__ import annotations

import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.emit_client import TEMPLATES, client_files, runtime_files
from generator.emit_docs import docs_files
from generator.emit_models import model_modules
from generator.loader import load_specs
from generator.release import read_changelog, read_release

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUTPUT = ROOT / "generated"


def render(specs_dir: Path = SPECS) -> dict[str, str]:
    """Every file of generated/ (relative path → text), before formatting."""
    specs = load_specs(specs_dir)
    files = runtime_files()
    files.update(
        {f"fal_models/models/{name}.py": code for name, code in model_modules(specs).items()}
    )
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


def build(target: Path, specs_dir: Path = SPECS) -> None:
    """Write the formatted package to `target` (created or replaced)."""
    files = render(specs_dir)
    with tempfile.TemporaryDirectory(prefix="fal-models-") as tmp:
        staging = Path(tmp) / "generated"
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        _ruff(staging)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)


def _ruff(directory: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(directory / "pyproject.toml")]
    for args in (
        ["check", "--fix-only", "--exit-zero", "--quiet", "--no-cache"],
        ["format", "--quiet", "--no-cache"],
    ):
        subprocess.run([*ruff, *args, *config, "."], cwd=directory, check=True)


def stale_files(specs_dir: Path = SPECS, output: Path = OUTPUT) -> list[str]:
    """Paths under `output` that differ from what the specs and templates give (or are missing/extra)."""
    with tempfile.TemporaryDirectory(prefix="fal-models-check-") as tmp:
        fresh = Path(tmp) / "generated"
        build(fresh, specs_dir)
        expected = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
        actual = (
            {p.relative_to(output) for p in output.rglob("*") if p.is_file() and _tracked(p)}
            if output.exists()
            else set()
        )
        differ = [
            p for p in expected & actual if not filecmp.cmp(fresh / p, output / p, shallow=False)
        ]
        return sorted(str(p) for p in (expected ^ actual) | set(differ))


_NOT_OURS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


def _tracked(path: Path) -> bool:
    """Files the generator owns: not caches or install metadata left by tools."""
    return (
        not (_NOT_OURS & set(path.parts)) and ".egg-info" not in str(path) and path.suffix != ".pyc"
    )
