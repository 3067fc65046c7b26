"""Writes the docs-assembled cassettes: `python -m tests.contract.build_cassettes [--force]`.

Run it once when an endpoint is added, then review and commit the files; the contract tests
never rebuild them, so a later spec change that no longer matches them fails. Responses are
assembled from fal's documented examples (each spec's `example_output`, the queue shapes of
fal's queue docs as summarised in shared/reference/fal-protocol.md); requests are what
fal_models sent when the cassette was built. Real recordings come from
`python -m generator record` and say so in their own `provenance`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

import httpx

from generator.pipeline.ir import Endpoint
from generator.pipeline.loader import load_specs
from generator.tools.cassette import Cassette, RecordedResponse, Recorder
from tests.contract.replay import CASSETTES, ROOT, perform

DOCS = (
    "assembled from fal's documented examples: the output is the spec's example_output "
    "(from fal's OpenAPI example), queue/status/stream/cancel bodies follow fal's queue docs "
    "(shared/reference/fal-protocol.md §3); requests are what fal_models sent at build time"
)
RID = "764cabcf-b745-4b3e-ae38-1200304cf45b"
LOGS = [
    {
        "message": "Loading model weights",
        "level": "INFO",
        "source": "USER",
        "timestamp": "2024-12-20T15:37:17.120314",
    },
    {
        "message": "Generating: 100%",
        "level": "INFO",
        "source": "USER",
        "timestamp": "2024-12-20T15:37:19.512004",
    },
]

Handler = Callable[[httpx.Request], httpx.Response]


def _urls(endpoint_id: str) -> dict[str, str]:
    app = "/".join(endpoint_id.split("/")[:2])
    base = f"https://queue.fal.run/{app}/requests/{RID}"
    return {"response_url": base, "status_url": f"{base}/status", "cancel_url": f"{base}/cancel"}


def _status(endpoint_id: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"status": status, "request_id": RID, **_urls(endpoint_id), **extra}


def _sse(*events: dict[str, Any]) -> httpx.Response:
    return RecordedResponse(200, sse=list(events)).to_httpx()


def _queue(endpoint: Endpoint, *, fail: tuple[str, str] | None = None) -> Handler:
    """Submit → IN_QUEUE; stream: IN_QUEUE, IN_PROGRESS with logs, COMPLETED; the result."""

    def handle(request: httpx.Request) -> httpx.Response:
        eid, path = endpoint.id, request.url.path
        if request.method == "POST":
            return httpx.Response(
                200,
                json=_status(eid, "IN_QUEUE", queue_position=0),
                headers={"x-fal-request-id": RID},
            )
        if path.endswith("/status/stream"):
            done = _status(eid, "COMPLETED", logs=[], metrics={"inference_time": 2.392})
            if fail:
                done.update(error=fail[0], error_type=fail[1])
            return _sse(
                _status(eid, "IN_QUEUE", queue_position=0, logs=None),
                _status(eid, "IN_PROGRESS", logs=LOGS[:1]),
                _status(eid, "IN_PROGRESS", logs=LOGS[1:]),
                done,
            )
        if request.method == "PUT":
            return httpx.Response(
                202, json={"status": "CANCELLATION_REQUESTED"}, headers={"x-fal-request-id": RID}
            )
        return httpx.Response(200, json=endpoint.example_output, headers={"x-fal-request-id": RID})

    return handle


def _then(first: list[httpx.Response], rest: Handler) -> Handler:
    queued = list(first)
    return lambda request: queued.pop(0) if queued else rest(request)


def scenarios(endpoint: Endpoint) -> list[tuple[str, dict[str, Any], Handler, dict[str, Any]]]:
    """(scenario, call, fal's side, expectation) for one endpoint."""
    example = endpoint.example_input or {}
    first = next(f.name for f in endpoint.input.fields if f.required)
    detail = [
        {
            "loc": ["body", first],
            "msg": "The content could not be processed because it contained material flagged "
            "by a content checker.",
            "type": "content_policy_violation",
            "url": "https://docs.fal.ai/errors#content_policy_violation",
        }
    ]
    output = {"output": endpoint.example_output}
    return [
        ("subscribe", {"method": "subscribe", "input": example}, _queue(endpoint), output),
        (
            "run",
            {"method": "run", "input": example},
            lambda _r: httpx.Response(
                200, json=endpoint.example_output, headers={"x-fal-request-id": RID}
            ),
            output,
        ),
        (
            "validation_422",
            {"method": "run", "input": example},
            lambda _r: httpx.Response(
                422,
                json={"detail": detail},
                headers={"x-fal-request-id": RID, "x-fal-error-type": "content_policy_violation"},
            ),
            {
                "error": "UnprocessableEntityError",
                "status_code": 422,
                "request_id": RID,
                "loc": ["body", first],
            },
        ),
        ("cancel", {"method": "cancel", "input": example}, _queue(endpoint), {"cancelled": RID}),
    ]


def shared_scenarios(
    endpoint: Endpoint,
) -> list[tuple[str, dict[str, Any], Handler, dict[str, Any]]]:
    example = endpoint.example_input or {}
    subscribe = {"method": "subscribe", "input": example}
    ingress = httpx.Response(
        503,
        text="<html><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></html>",
    )
    return [
        (
            "unauthorized_401",
            {"method": "run", "input": example},
            lambda _r: httpx.Response(
                401, json={"detail": "Invalid Key"}, headers={"x-fal-request-id": RID}
            ),
            {"error": "AuthenticationError", "status_code": 401, "request_id": RID},
        ),
        (
            "rate_limited_429_then_success",
            subscribe,
            _then(
                [
                    httpx.Response(
                        429, json={"detail": "Too many requests"}, headers={"retry-after": "2"}
                    )
                ],
                _queue(endpoint),
            ),
            {"output": endpoint.example_output, "sleeps": [2.0]},
        ),
        (
            "ingress_503_then_success",
            subscribe,
            _then([ingress], _queue(endpoint)),
            {"output": endpoint.example_output, "retried": 1},
        ),
        (
            "completed_with_error",
            subscribe,
            _queue(endpoint, fail=("Runner disconnected", "runner_disconnected")),
            {"error": "RequestFailedError", "request_id": RID, "error_type": "runner_disconnected"},
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="overwrite existing cassettes")
    args = parser.parse_args(argv)
    specs = load_specs(ROOT / "specs")
    written = 0
    for endpoint in specs.endpoints:
        plans = scenarios(endpoint)
        if endpoint.id == "fal-ai/qwen-image":
            plans += shared_scenarios(endpoint)
        for name, call, handler, expect in plans:
            path = CASSETTES / endpoint.module / f"{name}.yaml"
            if path.exists() and not args.force:
                continue
            recorder = Recorder(handler)
            perform(endpoint.id, call, httpx.MockTransport(recorder))
            cassette = Cassette(endpoint.id, name, DOCS, call, recorder.exchanges, expect)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(cassette.dump())
            written += 1
    print(f"wrote {written} cassette(s) under {CASSETTES.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
