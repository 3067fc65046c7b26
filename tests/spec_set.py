"""The repository's specs for tests: loaded once per process (each pytest-xdist worker), taking
parsed endpoints from the build's cache (generated/.cache, keyed by content and loader source)."""

from __future__ import annotations

from functools import cache

from generator.pipeline.cache import CACHE_DIR, EndpointCache
from generator.pipeline.ir import Endpoint, SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.paths import OUTPUT, SPECS


@cache
def repo_specs() -> SpecSet:
    return load_specs(SPECS, EndpointCache(OUTPUT / CACHE_DIR, write=False))


def repo_endpoint(endpoint_id: str) -> Endpoint:
    return next(e for e in repo_specs().endpoints if e.id == endpoint_id)
