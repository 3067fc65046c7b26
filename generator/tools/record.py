"""The recorder: make a real call through the generated client and write it as a cassette.

`python -m generator record fal-ai/qwen-image --input in.json --scenario subscribe` calls fal
with FAL_KEY; with `--base-url`, the fal_models.testing emulator instead. The key, the
Authorization header and secret-looking input fields never reach the file.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from generator.pipeline.paths import ROOT
from generator.tools.cassette import REDACTED, Cassette, Recorder, scrub

if TYPE_CHECKING:
    from fal_models._config import ClientSettings

CASSETTES = ROOT / "tests" / "cassettes"
CANONICAL = {
    "run_url": "https://fal.run",
    "queue_url": "https://queue.fal.run",
    "rest_url": "https://rest.fal.ai",
    "cdn_url": "https://v3.fal.media",
}
_SECRET_FIELD = re.compile(r"(api_?key|token|secret|password)", re.IGNORECASE)


@dataclass
class Outcome:
    """What a call did: its output (wire form), error, and what it waited for."""

    output: dict[str, Any] | None = None
    error: Exception | None = None
    request_id: str | None = None
    sleeps: list[float] = field(default_factory=list)
    updates: list[Any] = field(default_factory=list)


def _kwargs(input_model: Any, wire: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments from a wire-named input (a cassette stores what fal receives)."""
    by_alias = {(f.alias or name): name for name, f in input_model.model_fields.items()}
    return {by_alias.get(key, key): value for key, value in wire.items()}


def _dump(output: Any) -> dict[str, Any]:
    data: dict[str, Any] = output.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return data


def _settings(urls: dict[str, str]) -> ClientSettings:
    return {
        "run_url": urls["run_url"],
        "queue_url": urls["queue_url"],
        "rest_url": urls["rest_url"],
        "cdn_url": urls["cdn_url"],
    }


def perform(
    endpoint_id: str,
    call: dict[str, Any],
    transport: httpx.BaseTransport,
    *,
    key: str = "replay-key",
    urls: dict[str, str] | None = None,
    real_sleep: bool = False,
) -> Outcome:
    """Run `call` (subscribe, run or cancel) on the blocking client; errors are captured."""
    from fal_models import FalClient

    outcome = Outcome()
    http = httpx.Client(transport=transport)
    client = (
        FalClient(key=key, http_client=http, **_settings(urls))
        if urls
        else FalClient(key=key, http_client=http)
    )
    if not real_sleep:
        client._driver.sleep = outcome.sleeps.append
    endpoint: Any = client.any_endpoint(endpoint_id)  # any id: its methods are not typed here
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
    finally:
        http.close()
    return outcome


async def perform_async(
    endpoint_id: str, call: dict[str, Any], transport: httpx.AsyncBaseTransport
) -> Outcome:
    """`perform` on the asyncio client, never sleeping."""
    from fal_models import AsyncFalClient

    outcome = Outcome()
    http = httpx.AsyncClient(transport=transport)
    client = AsyncFalClient(key="replay-key", http_client=http)

    async def sleep(seconds: float) -> None:
        outcome.sleeps.append(seconds)

    client._driver.sleep = sleep
    endpoint: Any = client.any_endpoint(endpoint_id)  # any id: its methods are not typed here
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
    finally:
        await http.aclose()
    return outcome


def secret_values(value: Any, name: str = "") -> list[str]:
    """String values of input fields whose names look like credentials (e.g. openai_api_key)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in secret_values(v, str(k))]
    if isinstance(value, list):
        return [s for item in value for s in secret_values(item, name)]
    return [value] if isinstance(value, str) and _SECRET_FIELD.search(name) else []


def urls_for(base_url: str | None) -> dict[str, str]:
    """The client's four base URLs: fal's own, or the emulator's (`python -m fal_models.testing
    serve` answers for all four fronts on one port, under /run, /queue, /rest and /cdn)."""
    if base_url is None:
        return {}
    base = base_url.rstrip("/")
    return {name: f"{base}/{name.removesuffix('_url')}" for name in CANONICAL}


def record(
    endpoint_id: str,
    call: dict[str, Any],
    scenario: str,
    *,
    base_url: str | None = None,
    key: str | None = None,
    send: Callable[[httpx.Request], httpx.Response] | None = None,
    out_dir: Path = CASSETTES,
) -> Path:
    """Make the call, then write `out_dir/<endpoint module>/<scenario>.yaml`, scrubbed."""
    from fal_models._client import _ENDPOINTS

    if endpoint_id not in _ENDPOINTS:
        raise SystemExit(f"unknown endpoint {endpoint_id!r}")
    if key is None:
        key = os.environ.get("FAL_KEY") or ("emulator-key" if base_url else None)
    if not key:
        raise SystemExit("set FAL_KEY to record against fal (or pass --base-url for the emulator)")
    urls = urls_for(base_url)
    with httpx.HTTPTransport() as real:
        recorder = Recorder(send or real.handle_request)
        outcome = perform(
            endpoint_id, call, httpx.MockTransport(recorder), key=key, urls=urls, real_sleep=True
        )
    today = datetime.date.today().isoformat()
    provenance = (
        f"recorded on {today} from the fal_models.testing emulator at {base_url}; "
        "synthesized responses, not fal's"
        if base_url
        else f"recorded on {today} from fal ({endpoint_id}) with `python -m generator record`"
    )
    expect: dict[str, Any] = {}
    if outcome.error is not None:
        expect["error"] = type(outcome.error).__name__
        for name in ("status_code", "request_id", "error_type"):
            if getattr(outcome.error, name, None) is not None:
                expect[name] = getattr(outcome.error, name)
    elif outcome.output is not None:
        expect["output"] = outcome.output
    else:
        expect["cancelled"] = outcome.request_id
    cassette = Cassette(endpoint_id, scenario, provenance, call, recorder.exchanges, expect)
    text = scrub(cassette.dump(), [key, *secret_values(call["input"])])
    for name, url in urls.items():
        text = text.replace(url, CANONICAL[name])  # replays run against fal's own hosts
    module = _ENDPOINTS[endpoint_id][0]
    path = out_dir / module / f"{scenario}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def main(args: Any) -> int:
    call = {"method": args.method, "input": json.loads(Path(args.input).read_text())}
    path = record(args.endpoint, call, args.scenario, base_url=args.base_url)
    print(f"wrote {path} (secrets replaced by {REDACTED})")
    return 0
