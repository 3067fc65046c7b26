"""The repository's specs for tests: loaded once per process (each pytest-xdist worker), taking
parsed endpoints from the build's cache (generated/.cache, keyed by content and loader source)."""

from __future__ import annotations

from functools import cache

from generator.pipeline.build import read_cache
from generator.pipeline.ir import Endpoint, SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.paths import OUTPUT, SPECS


@cache
def repo_specs() -> SpecSet:
    # A copy of the cache: the loader adds to what it is given.
    return load_specs(SPECS, dict(read_cache(OUTPUT)))


def repo_endpoint(endpoint_id: str) -> Endpoint:
    return next(e for e in repo_specs().endpoints if e.id == endpoint_id)
