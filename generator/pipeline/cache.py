"""Parsed endpoints kept between builds in generated/.cache/ (not committed): one pickle per
loader cache key, which covers the spec's text, shared.yaml and the pipeline's source."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from generator.pipeline.ir import Endpoint

CACHE_DIR = ".cache"


class EndpointCache(dict[str, Endpoint]):
    """The loader's cache (`get`, `__setitem__`), read from and written to `directory`, one file
    per endpoint, so a build that parsed one spec writes one file. With `write=False` (tests)
    nothing is written."""

    def __init__(self, directory: Path, *, read: bool = True, write: bool = True) -> None:
        super().__init__()
        self.directory = directory / "endpoints"
        self._read = read
        self._write = write
        self.used: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        if key in self:
            self.used.add(key)
            return super().get(key)
        if not self._read:
            return default
        try:
            with (self.directory / f"{key}.pickle").open("rb") as f:
                found = pickle.load(f)
        except Exception:  # missing, old or unreadable: it only costs a parse
            return default
        if not isinstance(found, Endpoint):
            return default
        super().__setitem__(key, found)
        self.used.add(key)
        return found

    def __setitem__(self, key: str, value: Endpoint) -> None:
        super().__setitem__(key, value)
        self.used.add(key)
        if not self._write:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory.parent / ".gitignore").write_text("*\n", encoding="utf-8")
        # Written aside and renamed: a concurrent build never reads half a file.
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.directory / f"{key}.pickle")

    def prune(self) -> None:
        """Remove the entries this build did not use (specs edited or removed since)."""
        if not self._write or not self.directory.is_dir():
            return
        for path in self.directory.glob("*.pickle"):
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
