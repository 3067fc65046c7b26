"""Shared fixtures: the loaded specs and a recording mock transport for the generated clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from generator.pipeline.ir import SpecSet
from tests.spec_set import repo_specs

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT.parent / "shared" / "fal-openapi"
# The eight seed endpoints (their documents sit at the top of fal-openapi/, the catalogue's in
# its folders): curated specs with docs examples and contract cassettes. The runtime, contract
# and e2e tests exercise the runtime through them; tests/catalogue/ checks every endpoint (seeds,
# fal's image catalogue and its other categories) in process.
SEED_IDS: tuple[str, ...] = tuple(
    sorted(
        p.stem.replace("__", "/")
        for p in (ROOT / "specs" / "endpoints").glob("*.yaml")
        if (OPENAPI_DIR / f"{p.stem}.json").exists()
    )
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `long` go first: under pytest-xdist a worker starts each at once, and the
    other workers run the rest of the suite beside it instead of waiting for it at the end."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(scope="session")
def specs() -> SpecSet:
    return repo_specs()


class Recorder:
    """An httpx mock transport that answers from a handler and keeps every request."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    def json_bodies(self) -> list[object]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def sse(*events: dict[str, object]) -> httpx.Response:
    """A status stream as fal sends it: `data:` events, a keep-alive comment between them."""
    body = ": ping\n\n".join(f"data: {json.dumps(e)}\n\n" for e in events)
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


def queue_handler(
    output: dict[str, object], request_id: str = "req-1", *, stream: bool = True
) -> Callable[[httpx.Request], httpx.Response]:
    """A minimal fal queue: submit → IN_QUEUE, one IN_PROGRESS, then COMPLETED and the result.
    With `stream`, the status stream serves both events; without, it is absent (404)."""
    polls = {"n": 0}

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/status/stream"):
            if not stream:
                return httpx.Response(404, json={"detail": "Not Found"})
            return sse(
                {"status": "IN_PROGRESS", "request_id": request_id, "logs": None},
                {"status": "COMPLETED", "request_id": request_id, "logs": None, "metrics": {}},
            )
        base = f"{request.url.scheme}://{request.url.host}"
        if request.method == "POST" and request.url.host.startswith("queue"):
            parts = path.strip("/").split("/")
            app = "/".join(parts[:2])
            urls = f"{base}/{app}/requests/{request_id}"
            return httpx.Response(
                200,
                json={
                    "status": "IN_QUEUE",
                    "request_id": request_id,
                    "response_url": urls,
                    "status_url": urls + "/status",
                    "cancel_url": urls + "/cancel",
                    "queue_position": 0,
                },
            )
        if request.method == "POST":
            return httpx.Response(200, json=output, headers={"x-fal-request-id": request_id})
        if path.endswith("/status"):
            polls["n"] += 1
            if polls["n"] == 1:
                return httpx.Response(
                    202, json={"status": "IN_PROGRESS", "request_id": request_id, "logs": None}
                )
            return httpx.Response(
                200,
                json={"status": "COMPLETED", "request_id": request_id, "logs": None, "metrics": {}},
            )
        if request.method == "PUT":
            return httpx.Response(202, json={"status": "CANCELLATION_REQUESTED"})
        return httpx.Response(200, json=output, headers={"x-fal-request-id": request_id})

    return handle
