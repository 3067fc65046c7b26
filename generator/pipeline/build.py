"""Incremental generation: `generated/.manifest.json` records what the output was built from.

The manifest holds a fingerprint of the inputs (every file under specs/, the generator's source,
templates and pinned tool versions), a fingerprint per endpoint (its spec, shared.yaml and the
generator) and, for every output file, the sha256 of the text before formatting ("raw") and of
the file written. With it:

- `check` with nothing changed hashes the inputs and the outputs and compares them with the
  manifest; it builds nothing. If the inputs changed, it builds afresh and compares.
- `generate` reuses an endpoint's model module when the endpoint's fingerprint is unchanged and
  the file on disk still matches the manifest; datamodel-code-generator runs once, for the
  changed endpoints (and the shared module). Every other file is rendered again (cheap) and ruff
  runs only on the files whose text before formatting changed or whose file on disk does not
  match the manifest. The result is byte-identical to a full build.

Endpoint specs already parsed are kept in `generated/.cache/` (not committed) by content hash.
The manifest has no timestamps and no absolute paths.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.pipeline.emit_models import SHARED_MODULE, model_modules
from generator.pipeline.ir import Endpoint, SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.paths import RUNTIME, TEMPLATES
from generator.pipeline.render import render

MANIFEST = ".manifest.json"
CACHE_DIR = ".cache"
_GENERATOR = Path(__file__).resolve().parent
# Tools whose version changes what is generated (pinned in pyproject.toml).
_TOOLS = ("datamodel-code-generator", "jinja2", "pyyaml", "jsonschema", "ruff")
_NOT_OURS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", CACHE_DIR}


def _sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def _tree(base: Path) -> list[tuple[str, bytes]]:
    return [
        (p.relative_to(base).as_posix(), p.read_bytes())
        for p in sorted(base.rglob("*"))
        if p.is_file() and tracked(p.relative_to(base))
    ]


def generator_fingerprint() -> str:
    """The generator's source, its templates and the versions of the tools it runs."""
    parts: list[bytes] = []
    for label, base in (("generator", _GENERATOR), ("templates", TEMPLATES), ("runtime", RUNTIME)):
        for rel, data in _tree(base):
            parts += [f"{label}/{rel}".encode(), data]
    for tool in _TOOLS:
        parts += [tool.encode(), metadata.version(tool).encode()]
    return _sha(*parts)


def inputs_fingerprint(specs_dir: Path, generator: str) -> str:
    """Everything under `specs_dir` (relative names and bytes) plus the generator's fingerprint."""
    parts = [generator.encode()]
    for rel, data in _tree(specs_dir):
        parts += [rel.encode(), data]
    return _sha(*parts)


def tracked(rel: Path) -> bool:
    """Files the generator owns: not caches, install metadata or the manifest itself."""
    return (
        not (_NOT_OURS & set(rel.parts))
        and ".egg-info" not in str(rel)
        and rel.suffix != ".pyc"
        and rel.as_posix() != MANIFEST
    )


def output_hashes(output: Path) -> dict[str, str]:
    if not output.exists():
        return {}
    return {rel: hashlib.sha256(data).hexdigest() for rel, data in _tree(output)}


def read_manifest(output: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == 1 else None


def stale_files(specs_dir: Path, output: Path, *, full: bool = False) -> list[str]:
    """Paths under `output` that differ from what the specs and templates give (or are
    missing/extra). Hashes only, when the manifest says the inputs are those of the output."""
    manifest = None if full else read_manifest(output)
    if manifest is not None and manifest["inputs"] == inputs_fingerprint(
        specs_dir, generator_fingerprint()
    ):
        expected = {rel: entry["sha256"] for rel, entry in manifest["files"].items()}
        actual = output_hashes(output)
        return sorted(
            rel for rel in expected.keys() | actual.keys() if expected.get(rel) != actual.get(rel)
        )
    with tempfile.TemporaryDirectory(prefix="fal-models-check-") as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh, specs_dir, full=True)
        expected = output_hashes(fresh)
        expected[MANIFEST] = hashlib.sha256((fresh / MANIFEST).read_bytes()).hexdigest()
        actual = output_hashes(output)
        if (output / MANIFEST).exists():
            actual[MANIFEST] = hashlib.sha256((output / MANIFEST).read_bytes()).hexdigest()
        return sorted(
            rel for rel in expected.keys() | actual.keys() if expected.get(rel) != actual.get(rel)
        )


def generate(target: Path, specs_dir: Path, *, full: bool = False) -> list[str]:
    """Bring `target` up to date with `specs_dir`; return the paths written or removed."""
    generator = generator_fingerprint()
    manifest = None if full else read_manifest(target)
    if manifest is not None and manifest.get("generator") != generator:
        manifest = None  # another generator (or ruff) may format the same text differently
    old: dict[str, dict[str, str]] = manifest["files"] if manifest else {}
    on_disk = output_hashes(target)

    def intact(rel: str) -> bool:
        return rel in old and on_disk.get(rel) == old[rel]["sha256"]

    cache = _read_cache(target) if not full else {}
    fresh_cache: dict[str, Endpoint] = {}
    specs = load_specs(specs_dir, _Recorder(cache, fresh_cache))
    shared_bytes = (specs_dir / "shared.yaml").read_bytes()
    endpoint_fps = {
        ep.module: _sha(generator.encode(), shared_bytes, ep.spec_path.read_bytes())
        for ep in specs.endpoints
    }
    shared_fp = _sha(generator.encode(), shared_bytes, *(f.encode() for f in endpoint_fps.values()))
    previous = manifest["endpoints"] if manifest else {}
    reused = {
        module
        for module, fp in endpoint_fps.items()
        if previous.get(module) == fp and intact(_model_path(module))
    }
    changed = set(endpoint_fps) - reused
    shared_path = _model_path(SHARED_MODULE)
    if changed or not (manifest and manifest.get("shared") == shared_fp and intact(shared_path)):
        models = _models(specs, changed)
    else:
        models = {}
        reused.add(SHARED_MODULE)
    for module in reused:
        models[module] = (target / _model_path(module)).read_text(encoding="utf-8")
    files = render(specs_dir, specs=specs, models=models)

    final: dict[str, str] = {}
    raw_sha: dict[str, str] = {}
    to_format: dict[str, str] = {}
    reused_paths = {_model_path(m) for m in reused}
    for rel, text in files.items():
        if rel in reused_paths:
            raw_sha[rel] = old[rel]["raw"]
            final[rel] = text
            continue
        raw_sha[rel] = hashlib.sha256(text.encode()).hexdigest()
        if rel in old and old[rel]["raw"] == raw_sha[rel] and intact(rel):
            final[rel] = (target / rel).read_text(encoding="utf-8")
        else:  # ruff formats what it knows (Python, and Python blocks in Markdown)
            to_format[rel] = text
    final.update(_ruff(to_format, files["pyproject.toml"]))

    written = _write(target, final, on_disk)
    entries = {
        rel: {"raw": raw_sha[rel], "sha256": hashlib.sha256(text.encode()).hexdigest()}
        for rel, text in sorted(final.items())
    }
    new_manifest = {
        "version": 1,
        "inputs": inputs_fingerprint(specs_dir, generator),
        "generator": generator,
        "shared": shared_fp,
        "endpoints": dict(sorted(endpoint_fps.items())),
        "files": entries,
    }
    text = json.dumps(new_manifest, indent=1, sort_keys=True) + "\n"
    if not (target / MANIFEST).exists() or (target / MANIFEST).read_text(encoding="utf-8") != text:
        (target / MANIFEST).write_text(text, encoding="utf-8")
    _write_cache(target, fresh_cache)
    return written


_PARALLEL_FROM = 100  # endpoints; below this a second process costs more than it saves


def _models(specs: SpecSet, changed: set[str]) -> dict[str, str]:
    """model_modules for `changed`, split over two processes when there are many: the output of
    a subset is what a call with every endpoint gives (tested), so the halves simply merge."""
    workers = min(2, os.cpu_count() or 1)
    if len(changed) < _PARALLEL_FROM or workers < 2:
        return model_modules(specs, only=changed)
    ordered = sorted(changed)
    halves = [set(ordered[: len(ordered) // 2]), set(ordered[len(ordered) // 2 :])]
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        other = pool.submit(model_modules, specs, halves[1])
        models = model_modules(specs, only=halves[0])
        models.update(other.result())
    return models


def _model_path(module: str) -> str:
    return f"fal_models/models/{module}.py"


def _write(target: Path, final: dict[str, str], on_disk: dict[str, str]) -> list[str]:
    written = []
    for rel, text in sorted(final.items()):
        data = text.encode()
        if on_disk.get(rel) != hashlib.sha256(data).hexdigest():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(rel)
    for rel in sorted(on_disk.keys() - final.keys()):
        (target / rel).unlink()
        written.append(rel)
    return written


def _ruff(files: dict[str, str], pyproject: str) -> dict[str, str]:
    """`files` fixed and formatted by ruff with the generated package's configuration."""
    if not files:
        return {}
    with tempfile.TemporaryDirectory(prefix="fal-models-") as tmp:
        staging = Path(tmp) / "generated"
        (staging).mkdir()
        (staging / "pyproject.toml").write_text(pyproject, encoding="utf-8")
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        config = ["--config", str(staging / "pyproject.toml")]
        for args in (
            ["check", "--fix-only", "--exit-zero", "--quiet", "--no-cache"],
            ["format", "--quiet", "--no-cache"],
        ):
            subprocess.run([*ruff, *args, *config, "."], cwd=staging, check=True)
        return {rel: (staging / rel).read_text(encoding="utf-8") for rel in files}


class _Recorder(dict[str, Endpoint]):
    """The loader's cache: hits come from the previous run; everything used is kept."""

    def __init__(self, previous: dict[str, Endpoint], used: dict[str, Endpoint]) -> None:
        super().__init__(previous)
        self._used = used

    def get(self, key: str, default: Any = None) -> Any:
        found = super().get(key, default)
        if found is not None:
            self._used[key] = found
        return found

    def __setitem__(self, key: str, value: Endpoint) -> None:
        super().__setitem__(key, value)
        self._used[key] = value


def _read_cache(target: Path) -> dict[str, Endpoint]:
    try:
        with (target / CACHE_DIR / "specs.pickle").open("rb") as f:
            data = pickle.load(f)
    except Exception:  # a missing, old or unreadable cache only costs a parse
        return {}
    return data if isinstance(data, dict) else {}


def _write_cache(target: Path, entries: dict[str, Endpoint]) -> None:
    directory = target / CACHE_DIR
    directory.mkdir(exist_ok=True)
    (directory / ".gitignore").write_text("*\n", encoding="utf-8")
    with (directory / "specs.pickle").open("wb") as f:
        pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
