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

import dataclasses
import hashlib
import json
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from generator.pipeline.cache import CACHE_DIR, EndpointCache
from generator.pipeline.errors import SpecErrors, StageError, StageErrors
from generator.pipeline.format import FormatError, ruff
from generator.pipeline.inputs import NOT_SOURCE, FileDigests, Inputs
from generator.pipeline.ir import SpecSet
from generator.pipeline.loader import load_specs, load_valid_specs
from generator.pipeline.progress import Progress
from generator.pipeline.render import Product, make_text, products

MANIFEST = ".manifest.json"
DIGESTS = "digests.json"  # in CACHE_DIR: see inputs.FileDigests
_VERSION = 2
_NOT_OURS = {".ruff_cache", ".mypy_cache", ".pytest_cache", CACHE_DIR}


@dataclasses.dataclass
class Outcome:
    """What a build did (or, dry, would do): the paths written or removed, the files re-made
    from their ingredients, and how many of those ruff formatted."""

    changed: list[str]
    made: list[str]
    formatted: int
    left_out: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # spec → errors


def tracked(rel: Path) -> bool:
    """Files the generator owns: not caches, install metadata or the manifest itself."""
    return (
        not (_NOT_OURS & set(rel.parts))
        and ".egg-info" not in str(rel)
        and rel.as_posix() != MANIFEST
    )


def output_hashes(output: Path, files: FileDigests | None = None) -> dict[str, str]:
    hashes = (files or FileDigests(None)).under(output, _NOT_OURS | NOT_SOURCE)
    return {
        rel: digest
        for rel, digest in hashes.items()
        if tracked(Path(rel)) and not rel.endswith(".pyc")
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


def build(
    target: Path,
    specs_dir: Path,
    *,
    full: bool = False,
    dry_run: bool = False,
    keep_going: bool = False,
    progress: Progress | None = None,
) -> Outcome:
    """Bring `target` up to date (or, `dry_run`, only say what would change).

    Spec errors raise SpecErrors, every one at once; a later stage's failure raises StageErrors
    naming the specs behind it. With `keep_going`, every endpoint that has no error is built and
    the others are listed in `Outcome.left_out` (the manifest then records no input digest, so
    the next run plans again)."""
    report = progress or Progress(enabled=False)
    digests = FileDigests(None if full else target / CACHE_DIR / DIGESTS)
    inputs = Inputs(specs_dir, digests)
    overall = inputs.overall()
    manifest = None if full else read_manifest(target)
    on_disk = output_hashes(target, digests)
    digests.save()
    old: dict[str, dict[str, str]] = manifest["files"] if manifest else {}
    if manifest is not None and manifest["inputs"] == overall:
        expected = {rel: entry["sha256"] for rel, entry in old.items()}
        stale = _differing(expected, on_disk)
        if not stale or dry_run:
            return Outcome(stale, [], 0)

    cache = EndpointCache(target / CACHE_DIR, read=not full, write=not dry_run)
    report.stage("loading specs")
    if keep_going:
        specs, spec_errors = load_valid_specs(specs_dir, cache)
    else:
        specs, spec_errors = load_specs(specs_dir, cache), []
    if any(e.location.path == specs.shared_path for e in spec_errors):
        raise SpecErrors(spec_errors)  # every endpoint depends on shared.yaml
    left_out: dict[str, list[str]] = {}
    for error in spec_errors:
        left_out.setdefault(str(error.location.path), []).append(str(error))
    while True:
        kept = tuple(e for e in specs.endpoints if str(e.spec_path) not in left_out)
        current = dataclasses.replace(specs, endpoints=kept)
        try:
            plan = _Plan(target, specs_dir, inputs, old, on_disk, report)
            outcome = plan.run(current, overall if not left_out else _INCOMPLETE, dry_run)
            break
        except StageErrors as exc:
            unattributed = [e for e in exc.errors if e.spec is None]
            if not keep_going or unattributed:
                raise
            for stage_error in exc.errors:
                left_out.setdefault(str(stage_error.spec), []).append(str(stage_error))
    outcome.left_out = {spec: left_out[spec] for spec in sorted(left_out)}
    if not dry_run:
        cache.prune()
    report.done()
    return outcome


_INCOMPLETE = "incomplete: endpoints were left out"


@dataclasses.dataclass
class _Plan:
    """One build of a spec set: which files to re-make, making and formatting them, writing."""

    target: Path
    specs_dir: Path
    inputs: Inputs
    old: dict[str, dict[str, str]]
    on_disk: dict[str, str]
    report: Progress

    def intact(self, rel: str) -> bool:
        return rel in self.old and self.on_disk.get(rel) == self.old[rel]["sha256"]

    def run(self, specs: SpecSet, overall: str, dry_run: bool) -> Outcome:
        target, old, on_disk = self.target, self.old, self.on_disk
        table = products(specs, self.specs_dir)
        keys = {p.path: self.inputs.key(p.ingredients) for p in table}
        todo = [
            p
            for p in table
            if not (old.get(p.path, {}).get("key") == keys[p.path] and self.intact(p.path))
        ]
        raw = _make(todo, specs, self.report)

        final: dict[str, str] = {}
        raw_sha: dict[str, str] = {}
        to_format: dict[str, str] = {}
        formatted = {p.path for p in table if p.formatted}
        for path, text in raw.items():
            raw_sha[path] = hashlib.sha256(text.encode()).hexdigest()
            if path not in formatted:
                final[path] = text
            elif path in old and old[path]["raw"] == raw_sha[path] and self.intact(path):
                final[path] = (target / path).read_text(encoding="utf-8")
            else:
                to_format[path] = text
        # A dry run formats too: re-made text may format to the file already there.
        self.report.stage(f"formatting {len(to_format)} files with ruff")
        try:
            final.update(ruff(to_format, _pyproject(target, raw)))
        except FormatError as exc:
            raise _format_errors(exc, table) from None

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
        manifest_text = manifest_json(overall, entries)
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
        self.report.stage(f"writing {len(changed)} files")
        _write(
            target,
            {path: final[path] for path in changed if path in final},
            on_disk.keys() - expected.keys(),
        )
        if manifest_changed:  # last: a build cut short leaves a manifest that does not match
            manifest_path.write_text(manifest_text, encoding="utf-8")
        return outcome


def manifest_json(overall: str, entries: dict[str, dict[str, str]]) -> str:
    """`json.dumps({"version", "inputs", "files": entries}, indent=1, sort_keys=True)` and a
    newline, written out here because json encodes with indentation in pure Python (a fifth of
    a second for 3,800 entries, on every build that plans); each string is still encoded by
    json's C encoder. Tests compare the two."""
    quote = json.dumps
    files = ",\n".join(
        f"  {quote(path)}: {{\n"
        + ",\n".join(f"   {quote(k)}: {quote(v)}" for k, v in sorted(entry.items()))
        + "\n  }"
        for path, entry in sorted(entries.items())
    )
    body = f"{{\n{files}\n }}" if entries else "{}"
    return f'{{\n "files": {body},\n "inputs": {quote(overall)},\n "version": {_VERSION}\n}}\n'


def _pyproject(target: Path, raw: dict[str, str]) -> str:
    """The ruff configuration: the package's pyproject as it is being made, or as on disk."""
    if "pyproject.toml" in raw:
        return raw["pyproject.toml"]
    return (target / "pyproject.toml").read_text(encoding="utf-8")


def _make(todo: list[Product], specs: SpecSet, report: Progress) -> dict[str, str]:
    """The text of every product in `todo`; StageErrors names the spec behind every failure.

    A second process makes the stale model modules (or, when there are many, a share of them)
    from the start while this one renders the other files from the templates, then makes the
    rest."""
    models = {p.model for p in todo if p.model is not None}
    report.stage(f"making {len(todo)} files ({len(models)} model modules)")
    endpoints = sorted(models & {ep.module for ep in specs.endpoints})
    fork = os.name == "posix"  # a spawned process re-imports everything: worth it for many
    parallel = (os.cpu_count() or 1) >= 2 and bool(models)
    parallel = parallel and (fork or len(endpoints) >= _PARALLEL_FROM)
    share = 1.0 if len(endpoints) < _PARALLEL_FROM else _WORKER_SHARE
    elsewhere = set(endpoints[: round(len(endpoints) * share)]) if parallel else set()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    # No process is started unless a share is submitted.
    # A forked worker inherits the specs (the pool forks on the first submit): sent as an
    # argument, 1,253 endpoints were pickled and unpickled on every build (~0.5 s each way).
    _Inherited.specs = specs if fork else None
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            shipped = None if fork else specs
            worker = pool.submit(_model_modules, shipped, elsewhere) if parallel else None
            made: dict[str, str] = {}
            errors: list[StageError] = []
            rendered = [p for p in todo if p.model is None]
            for done, product in enumerate(rendered, 1):
                report.count(done, len(rendered))
                try:
                    made[product.path] = make_text(product)
                except Exception as exc:  # a template or emitter bug: name the spec behind it
                    errors.append(
                        StageError(product.spec, "render", f"{product.path}: {_describe(exc)}")
                    )
            texts: dict[str, str] = {}
            if models:
                try:
                    if worker is None or len(elsewhere) < len(endpoints):
                        texts = _model_modules(specs, set(endpoints) - elsewhere)
                    if worker is not None:
                        texts.update(worker.result())
                except Exception as batch_error:
                    raise _model_errors(specs, set(endpoints), batch_error) from batch_error
    finally:
        _Inherited.specs = None
    if errors:
        raise StageErrors(errors)
    made.update((p.path, texts[p.model]) for p in todo if p.model is not None)
    return made


def _model_errors(specs: SpecSet, endpoints: set[str], batch_error: Exception) -> StageErrors:
    """When a batch of model modules fails, each stale endpoint alone, to name the ones that
    fail."""
    by_module = {ep.module: ep for ep in specs.endpoints}
    errors = []
    for module in sorted(endpoints):
        try:
            _model_modules(specs, {module})
        except Exception as exc:
            spec = by_module[module].spec_path
            errors.append(StageError(spec, "datamodel-code-generator", _describe(exc)))
    if not errors:
        errors = [StageError(None, "datamodel-code-generator", _describe(batch_error))]
    return StageErrors(errors)


def _format_errors(exc: FormatError, table: list[Product]) -> StageErrors:
    """ruff's complaint about each file it names, attributed to the spec the file is made from."""
    by_path = {p.path: p for p in table}
    if not exc.problems:
        return StageErrors([StageError(None, "ruff", exc.detail[:2000])])
    return StageErrors(
        [
            StageError(
                by_path[path].spec if path in by_path else None, "ruff", f"{path}: {problem}"
            )
            for path, problem in sorted(exc.problems.items())
        ]
    )


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:500]


# Stale endpoints from which the model modules are shared between the two processes; below
# this the second process makes them all (this one renders meanwhile, and never imports
# datamodel-code-generator, a third of a second). The second process's share: this one also
# renders the other files (about a seventh of the models' time for the same endpoints,
# measured), so both end together.
_PARALLEL_FROM = 100
_WORKER_SHARE = 4 / 7


class _Inherited:
    specs: SpecSet | None = None
    """The spec set a forked model worker works on (set before the fork)."""


def _model_modules(specs: SpecSet | None, endpoints: set[str]) -> dict[str, str]:
    """The model modules of `endpoints`, and the shared module: a subset's output is what a call
    with every endpoint gives (tested), so shares made apart simply merge. `specs` None: the
    spec set this forked process inherited."""
    # datamodel-code-generator takes a fifth of a second to import: only when a model is stale.
    from generator.pipeline.emit_models import model_modules

    inherited = specs if specs is not None else _Inherited.specs
    assert inherited is not None, "a forked worker inherits the specs"
    return model_modules(inherited, only=endpoints)


def _write(target: Path, files: dict[str, str], removed: set[str]) -> None:
    for rel, text in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode())
    for rel in sorted(removed):
        (target / rel).unlink()
