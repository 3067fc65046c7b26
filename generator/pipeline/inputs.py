"""What the generated package is made of, as keyed digests: each spec file, runtime file and
template, all endpoint specs together, and the pipeline itself (its code and pinned tools).

Keys read `specs/<path>`, `runtime/<path>`, `templates/<path>`, `specs/endpoints/*`,
`pipeline` and `runtime model bases` (the settings generated models inherit). The maintainer tools and the command line are not ingredients: editing them changes
nothing that is generated.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Collection, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.pipeline.model_bases import runtime_model_configs
from generator.pipeline.paths import RUNTIME, TEMPLATES

PIPELINE = "pipeline"
ALL_ENDPOINTS = "specs/endpoints/*"
# What the runtime's model base classes set (not their files' bytes): a model module depends on
# those settings only, so editing anything else in _base.py or _files.py rebuilds no model.
MODEL_BASES = "runtime model bases"
_PIPELINE_DIR = Path(__file__).resolve().parent
# Tools whose version changes what is generated (pinned in pyproject.toml); pydantic's
# BaseModel members decide which field names get a trailing underscore.
_TOOLS = ("datamodel-code-generator", "jinja2", "pyyaml", "jsonschema", "ruff", "pydantic")
NOT_SOURCE = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


ENDPOINT_SPECS = "specs/endpoints/"  # the key prefix of one endpoint's spec file


def spec_key(rel: str) -> str:
    return f"specs/{rel}"


def sha(*parts: bytes) -> str:
    """sha256 of length-prefixed parts, so that ("ab", "c") and ("a", "bc") differ."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def source_files(base: Path) -> Iterable[tuple[str, Path]]:
    """(relative path, path) of every file under `base` but caches, sorted."""
    for rel, entry in _walk(base, NOT_SOURCE):
        if not rel.endswith(".pyc"):
            yield rel, Path(entry.path)


def _walk(base: Path, skipped: Collection[str]) -> list[tuple[str, os.DirEntry[str]]]:
    """(relative path, entry) of every file under `base`, not entering the folders named in
    `skipped`, sorted as paths sort (by their parts). `os.scandir` hands each file's type
    without a `stat` per file, and skipped folders (a mypy cache) are never listed: `rglob`
    did both and cost a tenth of a second per thousand files."""
    found: list[tuple[tuple[str, ...], str, os.DirEntry[str]]] = []
    pending: list[tuple[str, ...]] = [()]
    while pending:
        parts = pending.pop()
        try:
            entries = list(os.scandir(base.joinpath(*parts)))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if entry.is_dir():
                if entry.name not in skipped:
                    pending.append((*parts, entry.name))
            elif entry.is_file():
                path = (*parts, entry.name)
                found.append((path, "/".join(path), entry))
    found.sort(key=lambda item: item[0])
    return [(rel, entry) for _, rel, entry in found]


class FileDigests:
    """sha256 of files, remembered between runs in `store` (under generated/.cache/, not
    committed) by each file's size, inode and change times, so that a build hashes only the
    files touched since: about 5,000 inputs and outputs otherwise cost a third of a second.
    As git's index does, a file changed less than a second before it was hashed is not
    remembered: a later write within the same clock tick could leave its times unchanged."""

    def __init__(self, store: Path | None) -> None:
        self._store = store
        self._known: dict[str, list[Any]] = {}
        self._fresh: dict[str, list[Any]] = {}
        self._began = time.time_ns()
        if store is not None:
            try:
                known = json.loads(store.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                known = None
            if isinstance(known, dict) and known.get("version") == _DIGESTS_VERSION:
                self._known = known["files"]

    def under(self, base: Path, skipped: Collection[str]) -> dict[str, str]:
        """Relative path → sha256 hex digest of every file under `base` (see `_walk`)."""
        return {rel: self.of(entry) for rel, entry in _walk(base, skipped)}

    def of(self, entry: os.DirEntry[str]) -> str:
        info = entry.stat()
        key = os.path.abspath(entry.path)
        stamp = [info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]
        known = self._known.get(key)
        if known is not None and known[:4] == stamp:
            self._fresh[key] = known
            return str(known[4])
        with open(entry.path, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        if max(info.st_mtime_ns, info.st_ctime_ns) < self._began - 1_000_000_000:
            self._fresh[key] = [*stamp, digest]
        return digest

    def save(self) -> None:
        """Keep what this run hashed (only: files since removed are forgotten)."""
        if self._store is None or self._fresh == self._known:
            return
        try:
            self._store.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._store.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                # dumps, not dump: only a one-shot encoding uses the C encoder.
                f.write(json.dumps({"version": _DIGESTS_VERSION, "files": self._fresh}))
            os.replace(tmp, self._store)
        except OSError:  # a read-only output: remembering is only a shortcut
            pass


_DIGESTS_VERSION = 1


class Inputs:
    """Digests of every input of a build from `specs_dir`, read once."""

    def __init__(self, specs_dir: Path, files: FileDigests | None = None) -> None:
        files = files or FileDigests(None)
        self.digests: dict[str, str] = {}
        for prefix, base in (("specs", specs_dir), ("runtime", RUNTIME), ("templates", TEMPLATES)):
            for rel, digest in files.under(base, NOT_SOURCE).items():
                if not rel.endswith(".pyc"):
                    self.digests[f"{prefix}/{rel}"] = digest
        endpoints = sorted(k for k in self.digests if k.startswith(ENDPOINT_SPECS))
        self.digests[ALL_ENDPOINTS] = sha(
            *(part.encode() for k in endpoints for part in (k, self.digests[k]))
        )
        self.digests[PIPELINE] = pipeline_fingerprint()

    def key(self, ingredients: Iterable[str]) -> str:
        """One digest of `ingredients` (a missing file counts as absent, not as an error)."""
        return sha(*(f"{i}={self._digest(i)}".encode() for i in ingredients))

    def overall(self) -> str:
        """A digest of every input: equal digests mean an identical build. (MODEL_BASES is
        derived from the runtime's files, which are in it already.)"""
        return self.key(sorted(self.digests))

    def _digest(self, key: str) -> str:
        if key == MODEL_BASES:
            return self._model_bases()
        return self.digests.get(key, "-")

    @functools.cache  # noqa: B019 (one Inputs per build: the cache dies with it)
    def _model_bases(self) -> str:
        # Parsed only when a build plans: `check` with nothing changed never needs it.
        configs = json.dumps(runtime_model_configs(), sort_keys=True, default=repr)
        return sha(configs.encode())


def pipeline_fingerprint() -> str:
    """The pipeline's source and the versions of the tools it runs."""
    parts: list[bytes] = []
    for rel, path in source_files(_PIPELINE_DIR):
        parts += [rel.encode(), path.read_bytes()]
    for tool in _TOOLS:
        parts += [tool.encode(), metadata.version(tool).encode()]
    return sha(*parts)
