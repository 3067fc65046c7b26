"""Client behaviour shared by all endpoints: credentials, hosts, secrets, queue URLs, errors."""

from __future__ import annotations

import json

import httpx
import pytest
from fal_models import (
    APITimeoutError,
    FalClient,
    MissingCredentialsError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)

from tests.conftest import Recorder, queue_handler

OUTPUT = {"images": [{"url": "https://v3.fal.media/x.png"}], "seed": 1}


def _client(handler: object, **kwargs: object) -> tuple[FalClient, Recorder]:
    rec = Recorder(handler)  # type: ignore[arg-type]
    http = httpx.Client(transport=httpx.MockTransport(rec))
    return FalClient(http_client=http, **kwargs), rec  # type: ignore[arg-type]


def test_key_from_env_then_id_and_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAL_KEY", raising=False)
    monkeypatch.setenv("FAL_KEY_ID", "id")
    monkeypatch.setenv("FAL_KEY_SECRET", "sec")
    client, rec = _client(queue_handler(OUTPUT))
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert rec.requests[0].headers["authorization"] == "Key id:sec"
    monkeypatch.setenv("FAL_KEY", "env-key")
    client, rec = _client(queue_handler(OUTPUT))
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert rec.requests[0].headers["authorization"] == "Key env-key"


def test_missing_credentials_raise_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET"):
        monkeypatch.delenv(name, raising=False)
    client, rec = _client(queue_handler(OUTPUT))
    with pytest.raises(MissingCredentialsError, match="FAL_KEY"):
        client.qwen_image.submit(prompt="x")
    assert rec.requests == []


def test_key_never_in_repr_or_errors() -> None:
    secret = "super-secret-key-123"
    client, _ = _client(lambda r: httpx.Response(404, json={"detail": "nope"}), key=secret)
    assert secret not in repr(client) and secret not in repr(client._config)
    with pytest.raises(NotFoundError) as info:
        client.qwen_image.run(prompt="x")
    assert secret not in str(info.value) and secret not in repr(info.value.__dict__)


def test_custom_hosts_and_sub_path_queue_urls() -> None:
    client, rec = _client(
        queue_handler(OUTPUT),
        key="k",
        queue_url="http://127.0.0.1:9/q",
        run_url="http://127.0.0.1:9/r",
    )
    handle = client.bytedance.seedream.v4.text_to_image.handle("abc")
    assert handle.status_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc/status"
    assert handle.response_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc"
    assert handle.cancel_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc/cancel"
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert (
        str(rec.requests[0].url)
        == "http://127.0.0.1:9/r/fal-ai/bytedance/seedream/v4/text-to-image"
    )
    assert rec.requests[0].headers["authorization"] == "Key k"


def test_submit_handle_status_result_cancel() -> None:
    client, rec = _client(queue_handler(OUTPUT), key="k")
    handle = client.bytedance.seedream.v4.text_to_image.submit(
        prompt="x", webhook_url="https://hook.example/cb?a=1", priority="low", start_timeout=30
    )
    submit = rec.requests[0]
    assert submit.url.params["fal_webhook"] == "https://hook.example/cb?a=1"
    assert submit.headers["x-fal-queue-priority"] == "low"
    assert submit.headers["x-fal-request-timeout"] == "30.0"
    assert handle.request_id == "req-1"
    out = handle.result()
    assert out.seed == 1 and out._request_id == "req-1"
    handle.cancel()
    assert rec.requests[-1].method == "PUT" and rec.requests[-1].url.path.endswith("/cancel")


def test_422_detail_is_typed() -> None:
    body = {"detail": [{"loc": ["body", "prompt"], "msg": "field required", "type": "missing"}]}
    client, _ = _client(
        lambda r: httpx.Response(422, json=body, headers={"x-fal-request-id": "r9"}), key="k"
    )
    with pytest.raises(UnprocessableEntityError) as info:
        client.qwen_image.run(prompt="x")
    assert info.value.request_id == "r9"
    assert [(e.loc, e.msg) for e in info.value.errors] == [(("body", "prompt"), "field required")]


def test_submit_429_is_retried_after_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    answers = [httpx.Response(429, headers={"retry-after": "2"}), None]
    base = queue_handler(OUTPUT)

    def handler(request: httpx.Request) -> httpx.Response:
        first = answers.pop(0) if answers else None
        return first if first is not None else base(request)

    client, rec = _client(handler, key="k")
    client.qwen_image.submit(prompt="x")
    assert slept == [2.0]
    assert len(rec.requests) == 2


def test_submit_with_request_id_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda s: None)
    client, rec = _client(
        lambda r: httpx.Response(503, headers={"x-fal-request-id": "r1"}), key="k"
    )
    with pytest.raises(Exception) as info:
        client.qwen_image.submit(prompt="x")
    assert getattr(info.value, "request_id", None) == "r1"
    assert len(rec.requests) == 1


def test_submit_read_timeout_is_not_retried() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client, rec = _client(handler, key="k")
    with pytest.raises(APITimeoutError, match="not retried") as info:
        client.qwen_image.submit(prompt="x")
    assert info.value.may_have_been_enqueued
    assert len(rec.requests) == 1


def test_rate_limit_error_after_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda s: None)
    client, rec = _client(
        lambda r: httpx.Response(429, json={"detail": "slow down"}), key="k", max_retries=1
    )
    with pytest.raises(RateLimitError):
        client.qwen_image.submit(prompt="x")
    assert len(rec.requests) == 2
    assert json.loads(rec.requests[0].content) == {"prompt": "x"}


def test_import_loads_no_endpoint_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, fal_models\n"
        "c = fal_models.FalClient(key='k')\n"
        "before = sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.'))\n"
        "c.qwen_image\n"
        "after = sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.'))\n"
        "print(before, after)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[] ['fal_models.endpoints.qwen_image']"
