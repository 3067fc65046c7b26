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
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

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
_NOT_SOURCE = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


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
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base)
        if path.is_file() and not (_NOT_SOURCE & set(rel.parts)) and rel.suffix != ".pyc":
            yield rel.as_posix(), path


class Inputs:
    """Digests of every input of a build from `specs_dir`, read once."""

    def __init__(self, specs_dir: Path) -> None:
        self.digests: dict[str, str] = {}
        for prefix, base in (("specs", specs_dir), ("runtime", RUNTIME), ("templates", TEMPLATES)):
            for rel, path in source_files(base):
                self.digests[f"{prefix}/{rel}"] = sha(path.read_bytes())
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
