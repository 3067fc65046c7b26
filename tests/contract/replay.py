"""Runs the call a cassette names through the generated client, sync or async, over any
transport, and reports what happened (output, error, sleeps, status updates)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fal_models import AsyncFalClient, FalClient, QueueStatus

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = Path(__file__).resolve().parent / "cassettes"
TEST_KEY = "replay-key"


@dataclass
class Outcome:
    output: dict[str, Any] | None = None
    error: Exception | None = None
    request_id: str | None = None
    sleeps: list[float] = field(default_factory=list)
    updates: list[QueueStatus] = field(default_factory=list)


def _kwargs(input_model: Any, wire: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments from a wire-named input (the cassette stores what fal receives)."""
    by_alias = {(f.alias or name): name for name, f in input_model.model_fields.items()}
    return {by_alias.get(key, key): value for key, value in wire.items()}


def _dump(output: Any) -> dict[str, Any]:
    data: dict[str, Any] = output.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return data


def perform(endpoint_id: str, call: dict[str, Any], transport: httpx.BaseTransport) -> Outcome:
    outcome = Outcome()
    client = FalClient(key=TEST_KEY, http_client=httpx.Client(transport=transport))
    client._sleep = outcome.sleeps.append
    endpoint = client.endpoint(endpoint_id)
    kwargs = _kwargs(endpoint.input_model, call["input"])
    try:
        if call["method"] == "subscribe":
            out = endpoint.subscribe(
                **kwargs, logs=True, strict=True, on_queue_update=outcome.updates.append
            )
            outcome.output, outcome.request_id = _dump(out), out._request_id
        elif call["method"] == "run":
            out = endpoint.run(**kwargs, strict=True)
            outcome.output, outcome.request_id = _dump(out), out._request_id
        elif call["method"] == "cancel":
            handle = endpoint.submit(**kwargs)
            handle.cancel()
            outcome.request_id = handle.request_id
        else:
            raise ValueError(f"unknown call method {call['method']!r}")
    except Exception as exc:
        outcome.error = exc
    return outcome


async def perform_async(
    endpoint_id: str, call: dict[str, Any], transport: httpx.AsyncBaseTransport
) -> Outcome:
    outcome = Outcome()
    client = AsyncFalClient(key=TEST_KEY, http_client=httpx.AsyncClient(transport=transport))

    async def sleep(seconds: float) -> None:
        outcome.sleeps.append(seconds)

    client._sleep = sleep
    endpoint = client.endpoint(endpoint_id)
    kwargs = _kwargs(endpoint.input_model, call["input"])
    try:
        if call["method"] == "subscribe":
            out = await endpoint.subscribe(
                **kwargs, logs=True, strict=True, on_queue_update=outcome.updates.append
            )
            outcome.output, outcome.request_id = _dump(out), out._request_id
        elif call["method"] == "run":
            out = await endpoint.run(**kwargs, strict=True)
            outcome.output, outcome.request_id = _dump(out), out._request_id
        elif call["method"] == "cancel":
            handle = await endpoint.submit(**kwargs)
            await handle.cancel()
            outcome.request_id = handle.request_id
        else:
            raise ValueError(f"unknown call method {call['method']!r}")
    except Exception as exc:
        outcome.error = exc
    return outcome
