"""The build: bring generated/ up to date with specs/, runtime/ and templates/, re-making only
the files whose ingredients changed, and say whether it is up to date (`check`).

`generated/.manifest.json` records, for every file, the digest of its ingredients ("key", see
`generator.pipeline.render`), the sha256 of its text before formatting ("raw") and of the file
written ("sha256"), plus a digest of all inputs. So:

- with no input changed, `check` and `generate` hash the inputs and the outputs, nothing more;
- otherwise the specs are loaded (parsed endpoints are cached in `generated/.cache/`, by content),
  and a file is re-made only when its key changed or the file on disk is not what the manifest
  says; datamodel-code-generator runs once, for the stale model modules; ruff runs only on
  re-made text that differs from what was formatted before;
- editing one runtime file re-copies that file; one template re-renders what it makes; one spec
  re-makes that endpoint's files and the indexes; a maintainer tool, nothing.

The result is byte-identical to a full build (`--full`), which the tests prove for each kind of
edit. The manifest has no timestamps and no absolute paths.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.pipeline.cache import CACHE_DIR, EndpointCache
from generator.pipeline.format import FormatError, ruff
from generator.pipeline.inputs import ALL_ENDPOINTS, ENDPOINT_SPECS, Inputs, source_files
from generator.pipeline.ir import SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.render import Product, products

MANIFEST = ".manifest.json"
_VERSION = 2
_NOT_OURS = {".ruff_cache", ".mypy_cache", ".pytest_cache", CACHE_DIR}


@dataclass
class Outcome:
    """What a build did (or, dry, would do): the paths written or removed, the files re-made
    from their ingredients, and how many of those ruff formatted."""

    changed: list[str]
    made: list[str]
    formatted: int


def tracked(rel: Path) -> bool:
    """Files the generator owns: not caches, install metadata or the manifest itself."""
    return (
        not (_NOT_OURS & set(rel.parts))
        and ".egg-info" not in str(rel)
        and rel.as_posix() != MANIFEST
    )


def output_hashes(output: Path) -> dict[str, str]:
    if not output.exists():
        return {}
    return {
        rel: hashlib.sha256(path.read_bytes()).hexdigest()
        for rel, path in source_files(output)
        if tracked(Path(rel))
    }


def read_manifest(output: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == _VERSION else None


def _differing(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    return sorted(
        rel for rel in expected.keys() | actual.keys() if expected.get(rel) != actual.get(rel)
    )


def stale_files(specs_dir: Path, output: Path, *, full: bool = False) -> list[str]:
    """Paths under `output` that differ from what the inputs give (or are missing or extra).

    Hashes only when the manifest's inputs are today's; otherwise plans the build without
    writing; `full` builds everything afresh in a temporary folder and compares."""
    if not full:
        return build(output, specs_dir, dry_run=True).changed
    with tempfile.TemporaryDirectory(prefix="fal-models-check-") as tmp:
        fresh = Path(tmp) / "generated"
        build(fresh, specs_dir, full=True)
        expected = output_hashes(fresh)
        actual = output_hashes(output)
        return _differing(expected, actual)


def generate(target: Path, specs_dir: Path, *, full: bool = False) -> list[str]:
    """Bring `target` up to date with `specs_dir`; return the paths written or removed."""
    return build(target, specs_dir, full=full).changed


def build(target: Path, specs_dir: Path, *, full: bool = False, dry_run: bool = False) -> Outcome:
    """Bring `target` up to date (or, `dry_run`, only say what would change)."""
    inputs = Inputs(specs_dir)
    overall = inputs.overall()
    manifest = None if full else read_manifest(target)
    on_disk = output_hashes(target)
    old: dict[str, dict[str, str]] = manifest["files"] if manifest else {}
    if manifest is not None and manifest["inputs"] == overall:
        expected = {rel: entry["sha256"] for rel, entry in old.items()}
        stale = _differing(expected, on_disk)
        if not stale or dry_run:
            return Outcome(stale, [], 0)

    def intact(rel: str) -> bool:
        return rel in old and on_disk.get(rel) == old[rel]["sha256"]

    cache = EndpointCache(target / CACHE_DIR, read=not full, write=not dry_run)
    specs = load_specs(specs_dir, cache)
    table = products(specs, specs_dir)
    keys = {p.path: inputs.key(p.ingredients) for p in table}
    todo = [
        p for p in table if not (old.get(p.path, {}).get("key") == keys[p.path] and intact(p.path))
    ]
    raw = _make(todo, specs)

    final: dict[str, str] = {}
    raw_sha: dict[str, str] = {}
    to_format: dict[str, str] = {}
    formatted = {p.path for p in table if p.formatted}
    for path, text in raw.items():
        raw_sha[path] = hashlib.sha256(text.encode()).hexdigest()
        if path not in formatted:
            final[path] = text
        elif path in old and old[path]["raw"] == raw_sha[path] and intact(path):
            final[path] = (target / path).read_text(encoding="utf-8")
        else:
            to_format[path] = text
    # A dry run formats too: re-made text may format to the file already there.
    try:
        final.update(ruff(to_format, _pyproject(target, raw)))
    except FormatError as exc:
        raise _with_specs(exc, table, specs_dir) from None

    entries: dict[str, dict[str, str]] = {}
    for product in table:
        path = product.path
        if path in final:
            entries[path] = {
                "key": keys[path],
                "raw": raw_sha[path],
                "sha256": hashlib.sha256(final[path].encode()).hexdigest(),
            }
        else:
            entries[path] = {**old[path], "key": keys[path]}
    expected = {path: entry["sha256"] for path, entry in entries.items()}
    changed = _differing(expected, on_disk)
    manifest_text = (
        json.dumps(
            {"version": _VERSION, "inputs": overall, "files": entries}, indent=1, sort_keys=True
        )
        + "\n"
    )
    manifest_path = target / MANIFEST
    manifest_changed = (
        not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != manifest_text
    )
    outcome = Outcome(
        sorted([*changed, MANIFEST]) if manifest_changed else changed,
        sorted(p.path for p in todo),
        len(to_format),
    )
    if dry_run:
        return outcome
    _write(
        target,
        {path: final[path] for path in changed if path in final},
        on_disk.keys() - expected.keys(),
    )
    if manifest_changed:  # last: a build cut short leaves a manifest that does not match
        manifest_path.write_text(manifest_text, encoding="utf-8")
    cache.prune()
    return outcome


def _with_specs(error: FormatError, table: list[Product], specs_dir: Path) -> FormatError:
    """The same error, each generated file followed by the spec it is made from."""
    made_from = {
        p.path: next(
            (i for i in p.ingredients if i.startswith(ENDPOINT_SPECS) and i != ALL_ENDPOINTS),
            None,
        )
        for p in table
    }
    problems = {}
    for path, message in error.problems.items():
        spec = made_from.get(path)
        where = f" (made from {specs_dir / spec.removeprefix('specs/')})" if spec else ""
        problems[f"{path}{where}"] = message
    return FormatError(problems, error.detail)


def _pyproject(target: Path, raw: dict[str, str]) -> str:
    """The ruff configuration: the package's pyproject as it is being made, or as on disk."""
    if "pyproject.toml" in raw:
        return raw["pyproject.toml"]
    return (target / "pyproject.toml").read_text(encoding="utf-8")


def _make(todo: list[Product], specs: SpecSet) -> dict[str, str]:
    models = {p.model for p in todo if p.model is not None}
    texts = _models(specs, models) if models else {}
    return {p.path: texts[p.model] if p.model is not None else _text(p) for p in todo}


def _text(product: Product) -> str:
    assert product.make is not None
    return product.make()


_PARALLEL_FROM = 100  # endpoints; below this a second process costs more than it saves


def _models(specs: SpecSet, wanted: set[str]) -> dict[str, str]:
    """The model modules in `wanted` (the shared module comes with any call), split over two
    processes when there are many: a subset's output is what a call with every endpoint gives
    (tested), so the halves simply merge."""
    # datamodel-code-generator takes a fifth of a second to import: only when a model is stale.
    from generator.pipeline.emit_models import model_modules

    endpoints = sorted(wanted & {ep.module for ep in specs.endpoints})
    workers = min(2, os.cpu_count() or 1)
    if len(endpoints) < _PARALLEL_FROM or workers < 2:
        return model_modules(specs, only=set(endpoints))
    halves = [set(endpoints[: len(endpoints) // 2]), set(endpoints[len(endpoints) // 2 :])]
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        other = pool.submit(model_modules, specs, halves[1])
        models = model_modules(specs, only=halves[0])
        models.update(other.result())
    return models


def _write(target: Path, files: dict[str, str], removed: set[str]) -> None:
    for rel, text in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode())
    for rel in sorted(removed):
        (target / rel).unlink()
