"""The fal emulator (`fal_models.testing`): the protocol as the reference describes it, our clients
against both of its front ends (in-process transport and loopback server), injected faults,
signed webhooks, and the official fal-client 1.0.3 against the loopback server."""

from __future__ import annotations

import asyncio
import gc
import io
import json
import math
import socket
import struct
import subprocess
import sys
import threading
import time
import warnings
import wave
import zipfile
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from fal_models import (
    APIConnectionError,
    APITimeoutError,
    AsyncFalClient,
    BadRequestError,
    Completed,
    FalClient,
    InternalServerError,
    Queued,
    QueueStatus,
    RequestFailedError,
    UnprocessableEntityError,
    parse_output,
)
from fal_models._client import _endpoint_class
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.models.shared import File
from fal_models.testing import (
    DEFAULT_LOG_MESSAGES,
    Emulator,
    EmulatorServer,
    Failure,
    Fault,
    example_input,
)
from fal_models.webhooks import WebhookVerifier

from tests.conftest import SEED_IDS

QWEN = "fal-ai/qwen-image"
SEEDREAM = "fal-ai/bytedance/seedream/v4/text-to-image"  # a sub-path id: URLs drop the sub-path
KEY = {"Authorization": "Key test"}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as srv:
        yield srv


@pytest.fixture
def http(emulator: Emulator) -> Iterator[httpx.Client]:
    """Raw HTTP to fal's real hosts, answered in-process."""
    with httpx.Client(transport=emulator.transport(), headers=KEY) as client:
        yield client


@pytest.fixture(params=["in-process", "loopback"])
def client(request: pytest.FixtureRequest, emulator: Emulator) -> Iterator[FalClient]:
    if request.param == "in-process":
        with emulator.client() as fal:
            yield fal
    else:
        with emulator.serve() as srv, srv.client() as fal:
            yield fal


@pytest.fixture(params=["in-process", "loopback"])
async def async_client(
    request: pytest.FixtureRequest, emulator: Emulator
) -> AsyncIterator[AsyncFalClient]:
    if request.param == "in-process":
        async with emulator.async_client() as fal:
            yield fal
    else:
        with emulator.serve() as srv:
            async with srv.async_client() as fal:
                yield fal


def _messages(updates: list[QueueStatus]) -> list[str]:
    """Every log message the updates brought, in order."""
    return [e.message for u in updates if not isinstance(u, Queued) for e in u.logs or []]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- synthesized outputs -------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint_id", SEED_IDS)
def test_every_endpoint_output_parses_strictly_with_served_files(
    emulator: Emulator, endpoint_id: str
) -> None:
    output_model = _endpoint_class(endpoint_id, "").output_model
    body = emulator.output_for(endpoint_id)
    parse_output(output_model, body, strict=True)
    images = body["images"]
    assert images, "every emulated endpoint here returns images"
    for image in images:
        data = emulator.stored_file(image["url"])
        assert data is not None
        assert image.get("content_type", "image/png") == "image/png"
        if "width" in image:
            assert _png_size(data) == (image["width"], image["height"])
        if "file_size" in image:
            assert image["file_size"] == len(data)


@pytest.mark.parametrize("endpoint_id", SEED_IDS)
def test_every_endpoint_runs_with_its_example_input(http: httpx.Client, endpoint_id: str) -> None:
    cls = _endpoint_class(endpoint_id, "")
    body = example_input(cls.input_model)
    cls.input_model.model_validate(body)
    response = http.post(f"https://fal.run/{endpoint_id}", json=body)
    assert response.status_code == 200, response.text
    parse_output(cls.output_model, response.json(), strict=True)


def _is_mp4(data: bytes) -> bool:
    return data[4:8] == b"ftyp"


def _is_wav(data: bytes) -> bool:
    with wave.open(io.BytesIO(data)) as audio:
        return audio.getnframes() > 0


def _is_glb(data: bytes) -> bool:
    magic, version, length = struct.unpack("<4sII", data[:12])
    chunk_length, chunk_type = struct.unpack("<I4s", data[12:20])
    scene = json.loads(data[20 : 20 + chunk_length])
    return (magic, version, length, chunk_type) == (b"glTF", 2, len(data), b"JSON") and bool(scene)


def _is_zip(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.testzip() is None and bool(archive.namelist())


def _is_safetensors(data: bytes) -> bool:
    (length,) = struct.unpack("<Q", data[:8])
    return isinstance(json.loads(data[8 : 8 + length]), dict) and len(data) == 8 + length


# (endpoint, output field, the file's content type, a check of its bytes)
MEDIA_OUTPUTS = [
    ("fal-ai/dubbing", "video", "video/mp4", _is_mp4),
    ("fal-ai/elevenlabs/tts/multilingual-v2", "audio", "audio/wav", _is_wav),
    ("fal-ai/hunyuan3d/v2", "model_mesh", "model/gltf-binary", _is_glb),
    ("fal-ai/editto", "frames_zip", "application/zip", _is_zip),
    (
        "fal-ai/ernie-image-trainer",
        "diffusers_lora_file",
        "application/octet-stream",
        _is_safetensors,
    ),
    ("fal-ai/ernie-image-trainer", "config_file", "application/json", lambda d: json.loads(d)),
    ("fal-ai/moondream-next/batch", "captions_file", "text/plain", lambda d: d.decode().strip()),
]


@pytest.mark.parametrize(("endpoint_id", "field", "content_type", "check"), MEDIA_OUTPUTS)
def test_synthesized_files_are_media_of_their_kind(
    emulator: Emulator, endpoint_id: str, field: str, content_type: str, check: Any
) -> None:
    """A video output is an MP4, an audio a WAV, a mesh a GLB, frames a zip, weights
    safetensors, a config JSON and captions text, as the field's name, type and description
    say; each is served at its URL and the output parses strictly."""
    body = emulator.output_for(endpoint_id)
    parse_output(_endpoint_class(endpoint_id, "").output_model, body, strict=True)
    file = body[field]
    data = emulator.stored_file(file["url"])
    assert data is not None and check(data)
    assert file.get("content_type", content_type) == content_type
    assert file.get("file_size", len(data)) == len(data)


def test_a_tuple_output_is_synthesized_with_one_value_per_item(emulator: Emulator) -> None:
    body = emulator.output_for("fal-ai/wizper")
    (chunk,) = body["chunks"]
    assert len(chunk["timestamp"]) == 2
    parse_output(_endpoint_class("fal-ai/wizper", "").output_model, body, strict=True)


def test_output_echoes_seed_prompt_and_image_count(emulator: Emulator) -> None:
    body = emulator.output_for(QWEN, {"prompt": "a fox", "seed": 7, "num_images": 3})
    assert (body["prompt"], body["seed"], len(body["images"])) == ("a fox", 7, 3)


def test_sync_mode_inlines_files(http: httpx.Client) -> None:
    body = http.post(f"https://fal.run/{QWEN}", json={"prompt": "x", "sync_mode": True}).json()
    image = File.model_validate(body["images"][0])
    assert image.url.startswith("data:image/png;base64,")
    assert image.read().startswith(PNG_MAGIC)


def test_output_override_dict_callable_and_raising(emulator: Emulator, http: httpx.Client) -> None:
    emulator.set_output(QWEN, {"images": [], "seed": 1})
    assert http.post(f"https://fal.run/{QWEN}", json={"prompt": "x"}).json()["seed"] == 1
    emulator.set_output(QWEN, lambda body: {"images": [], "seed": len(body["prompt"])})
    assert http.post(f"https://fal.run/{QWEN}", json={"prompt": "abc"}).json()["seed"] == 3

    def broken(body: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("model crashed")

    emulator.set_output(QWEN, broken)
    response = http.post(f"https://fal.run/{QWEN}", json={"prompt": "x"})
    assert response.status_code == 500 and "model crashed" in response.json()["detail"]


# -- our clients on both front ends --------------------------------------------------------------


def test_subscribe_with_logs_hands_each_log_once(client: FalClient, emulator: Emulator) -> None:
    updates: list[QueueStatus] = []
    out = client.qwen_image.subscribe(
        prompt="a red fox", seed=3, logs=True, on_queue_update=updates.append, strict=True
    )
    assert out.seed == 3
    assert (emulator.stored_file(out.images[0].url) or b"").startswith(PNG_MAGIC)
    assert isinstance(updates[-1], Completed)
    assert _messages(updates) == list(DEFAULT_LOG_MESSAGES)
    [submitted] = emulator.submissions(QWEN)
    assert submitted.json == {"prompt": "a red fox", "seed": 3}
    assert submitted.headers["authorization"] == "Key <redacted>"


def test_run_submit_result_and_cancel(client: FalClient, emulator: Emulator) -> None:
    seedream = client.bytedance.seedream.v4.text_to_image
    assert seedream.run(prompt="x", seed=5, strict=True).seed == 5
    assert emulator.runs(SEEDREAM)[0].json == {"prompt": "x", "seed": 5}
    handle = seedream.submit(prompt="y", seed=6)
    assert "/fal-ai/bytedance/requests/" in handle.status_url
    assert handle.result(strict=True).seed == 6

    emulator.set_timing(QWEN, queue_time=math.inf)
    queued = client.qwen_image.submit(prompt="z")
    assert isinstance(queued.status(), Queued)
    queued.cancel()
    status = queued.status()
    assert isinstance(status, Completed) and status.error_type == "request_cancelled"
    with pytest.raises(BadRequestError) as info:
        queued.cancel()
    assert info.value.body == {"status": "ALREADY_COMPLETED"}


async def test_async_subscribe_run_submit_and_cancel(
    async_client: AsyncFalClient, emulator: Emulator
) -> None:
    updates: list[QueueStatus] = []
    out = await async_client.qwen_image.subscribe(
        prompt="a", seed=1, logs=True, on_queue_update=updates.append
    )
    assert out.seed == 1
    assert _messages(updates) == list(DEFAULT_LOG_MESSAGES)
    assert (
        await async_client.bytedance.seedream.v4.text_to_image.run(prompt="b", seed=2)
    ).seed == 2
    handle = await async_client.qwen_image.submit(prompt="c", seed=4)
    assert (await handle.result()).seed == 4
    emulator.set_timing(QWEN, queue_time=math.inf)
    queued = await async_client.qwen_image.submit(prompt="d")
    await queued.cancel()
    assert isinstance(await queued.status(), Completed)


# -- the protocol, raw ---------------------------------------------------------------------------


def test_submit_status_result_codes_and_logs(http: httpx.Client, emulator: Emulator) -> None:
    emulator.set_timing(SEEDREAM, queue_time=math.inf)
    submit = http.post(f"https://queue.fal.run/{SEEDREAM}", json={"prompt": "x"})
    assert submit.status_code == 200
    data = submit.json()
    rid = data["request_id"]
    base = f"https://queue.fal.run/fal-ai/bytedance/requests/{rid}"
    assert data == {
        "status": "IN_QUEUE",
        "request_id": rid,
        "response_url": base,
        "status_url": f"{base}/status",
        "cancel_url": f"{base}/cancel",
        "queue_position": 0,
    }
    assert submit.headers["x-fal-request-id"] == rid
    second = http.post(f"https://queue.fal.run/{SEEDREAM}", json={"prompt": "y"}).json()
    assert http.get(second["status_url"]).json()["queue_position"] == 1

    queued = http.get(f"{base}/status", params={"logs": "1"})
    assert queued.status_code == 202
    assert queued.json()["status"] == "IN_QUEUE" and queued.json()["logs"] == []
    assert http.get(base).status_code == 400
    unknown = "https://queue.fal.run/fal-ai/bytedance/requests/00000000-0000-0000-0000-000000000000"
    assert http.get(unknown).status_code == 404
    assert http.get(f"{unknown}/status").status_code == 404
    assert http.get(f"https://queue.fal.run/fal-ai/flux/requests/{rid}").status_code == 404

    emulator.complete(rid)
    for logs in ("0", "false", None):
        done = http.get(f"{base}/status/", params={"logs": logs} if logs else None)
        assert done.status_code == 200 and done.headers["x-fal-request-id"] == rid
        assert done.json()["status"] == "COMPLETED" and done.json()["logs"] is None
        assert "inference_time" in done.json()["metrics"]
    for logs in ("1", "true"):
        entries = http.get(f"{base}/status", params={"logs": logs}).json()["logs"]
        assert [e["message"] for e in entries] == list(DEFAULT_LOG_MESSAGES)
        assert {e["level"] for e in entries} == {"INFO"} and {e["source"] for e in entries} == {
            "USER"
        }
    result = http.get(f"{base}/")
    assert result.status_code == 200 and result.headers["x-fal-request-id"] == rid
    parse_output(_endpoint_class(SEEDREAM, "").output_model, result.json(), strict=True)
    assert emulator.request(rid).status == "COMPLETED"


def test_status_moves_through_the_states() -> None:
    # One job at a time, each held until complete(): the test moves the second request from
    # state to state, so a loaded machine cannot make it skip one.
    with (
        Emulator(run_time=math.inf, concurrency_limit=1) as emulator,
        httpx.Client(transport=emulator.transport(), headers=KEY) as http,
    ):
        first, second = (
            http.post(f"https://queue.fal.run/{QWEN}", json={"prompt": p}).json()
            for p in ("first", "second")
        )
        seen = [http.get(second["status_url"]).json()["status"]]
        for request_id in (first["request_id"], second["request_id"]):
            emulator.complete(request_id)
            seen.append(http.get(second["status_url"]).json()["status"])
    assert seen == ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"]


def test_states_follow_the_clock(http: httpx.Client, emulator: Emulator) -> None:
    emulator.queue_time, emulator.run_time = 0.2, 0.2
    sent = time.monotonic()
    data = http.post(f"https://queue.fal.run/{QWEN}", json={"prompt": "x"}).json()
    seen: list[str] = []
    while not seen or seen[-1] != "COMPLETED":
        seen.append(http.get(data["status_url"]).json()["status"])
        time.sleep(0.02)
    assert time.monotonic() - sent >= 0.4  # not completed before its queue and run times
    states = list(dict.fromkeys(seen))  # in order, though a busy machine may miss a short one
    assert states in (
        ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"],
        ["IN_QUEUE", "COMPLETED"],
        ["IN_PROGRESS", "COMPLETED"],
        ["COMPLETED"],
    )


def test_status_stream_events_pings_and_incremental_logs(
    http: httpx.Client, emulator: Emulator
) -> None:
    emulator.run_time, emulator.ping_interval = 0.3, 0.05
    data = http.post(f"https://queue.fal.run/{QWEN}", json={"prompt": "x"}).json()
    with http.stream("GET", f"{data['status_url']}/stream", params={"logs": "1"}) as response:
        assert response.headers["content-type"] == "text/event-stream"
        lines = list(response.iter_lines())
    events = [json.loads(line[6:]) for line in lines if line.startswith("data: ")]
    assert ": ping" in lines
    assert events[0]["status"] == "IN_PROGRESS" and events[-1]["status"] == "COMPLETED"
    assert [e["message"] for ev in events for e in ev["logs"]] == list(DEFAULT_LOG_MESSAGES)
    plain = http.get(f"{data['status_url']}/stream").text
    assert [json.loads(x[6:])["logs"] for x in plain.splitlines() if x.startswith("data:")] == [
        None
    ]


def test_invalid_input_is_422_on_run_and_on_the_queue_result(
    http: httpx.Client, emulator: Emulator
) -> None:
    run = http.post(f"https://fal.run/{QWEN}", json={"prompt": 5, "num_images": 99})
    assert run.status_code == 422
    assert {tuple(d["loc"]) for d in run.json()["detail"]} == {
        ("body", "prompt"),
        ("body", "num_images"),
    }
    assert all({"loc", "msg", "type"} <= set(d) for d in run.json()["detail"])

    data = http.post(f"https://queue.fal.run/{QWEN}", json={}).json()
    emulator.complete(data["request_id"])
    status = http.get(data["status_url"]).json()
    assert status["status"] == "COMPLETED" and "error" not in status
    result = http.get(data["response_url"])
    assert result.status_code == 422
    assert result.json()["detail"][0]["loc"] == ["body", "prompt"]


def test_invalid_input_reaches_our_client_as_422(server: EmulatorServer) -> None:
    with server.client() as fal:
        handle = fal.qwen_image.handle(
            httpx.post(f"{server.queue_url}/{QWEN}", json={}, headers=KEY).json()["request_id"]
        )
        with pytest.raises(UnprocessableEntityError) as info:
            handle.result()
    assert [e.path for e in info.value.errors] == ["body.prompt"]


def test_key_is_required(emulator: Emulator) -> None:
    with httpx.Client(transport=emulator.transport()) as anonymous:
        assert anonymous.post(f"https://fal.run/{QWEN}", json={"prompt": "x"}).status_code == 401
        assert (
            anonymous.post(f"https://queue.fal.run/{QWEN}", json={"prompt": "x"}).status_code == 401
        )
        emulator.require_auth = False
        assert anonymous.post(f"https://fal.run/{QWEN}", json={"prompt": "x"}).status_code == 200
    assert emulator.submissions() == []


def test_unknown_endpoint_is_404(http: httpx.Client) -> None:
    assert http.post("https://queue.fal.run/fal-ai/nope", json={}).status_code == 404
    assert http.get("https://queue.fal.run/fal-ai/nope").status_code == 405


def test_start_timeout_answers_504_user(http: httpx.Client, emulator: Emulator) -> None:
    emulator.queue_time = 5.0
    started = time.monotonic()
    run = http.post(
        f"https://fal.run/{QWEN}", json={"prompt": "x"}, headers={"X-Fal-Request-Timeout": "0.2"}
    )
    assert 0.2 <= time.monotonic() - started < 2
    assert run.status_code == 504 and run.headers["x-fal-request-timeout-type"] == "user"

    data = http.post(
        f"https://queue.fal.run/{QWEN}",
        json={"prompt": "x"},
        headers={"X-Fal-Request-Timeout": "0.1"},
    ).json()
    time.sleep(0.15)
    status = http.get(data["status_url"])
    assert status.status_code == 200 and status.json()["error_type"] == "request_timeout"
    result = http.get(data["response_url"])
    assert result.status_code == 504 and result.headers["x-fal-request-timeout-type"] == "user"


def test_failed_requests(client: FalClient, emulator: Emulator) -> None:
    emulator.fail_next(Failure(), endpoint_id=QWEN)
    with pytest.raises(RequestFailedError) as info:
        client.qwen_image.subscribe(prompt="x")
    assert info.value.error_type == "runner_disconnected"
    failure = emulator.request(info.value.request_id).failure
    assert failure is not None and failure.status_code == 503

    emulator.set_timing(QWEN, queue_time=math.inf)
    handle = client.qwen_image.submit(prompt="y")
    emulator.fail_request(handle.request_id, Failure(500, "boom", "internal_server_error"))
    emulator.complete(handle.request_id)
    status = handle.status()
    assert isinstance(status, Completed)
    assert (status.error, status.error_type) == ("boom", "internal_server_error")


def test_failed_request_result_carries_the_error_type(
    http: httpx.Client, emulator: Emulator
) -> None:
    emulator.fail_next()
    data = http.post(f"https://queue.fal.run/{QWEN}", json={"prompt": "x"}).json()
    emulator.complete(data["request_id"])
    result = http.get(data["response_url"])
    assert result.status_code == 503
    assert result.headers["x-fal-error-type"] == "runner_disconnected"
    assert result.json() == {"detail": "Runner disconnected", "error_type": "runner_disconnected"}


# -- uploads -------------------------------------------------------------------------------------


def test_upload_and_file_inputs_read_back(emulator: Emulator, server: EmulatorServer) -> None:
    image = PNG_MAGIC + b"\x00" * 32
    with server.client(inline_file_limit=0) as fal:
        url = fal.upload(b"hello", "text/plain", "greeting.txt")
        assert url.startswith(server.cdn_url) and url.endswith("/greeting.txt")
        assert File(url=url).read() == b"hello"
        fal.bytedance.seedream.v4_5.edit.run(prompt="x", image_urls=[image])
    [uploaded] = emulator.runs()[0].json["image_urls"]
    assert uploaded.startswith(server.cdn_url) and File(url=uploaded).read() == image

    with (
        emulator.client(inline_file_limit=0) as fal,
        httpx.Client(transport=emulator.transport()) as cdn,
    ):
        url = fal.upload(b"in-process")
        assert url.startswith("https://v3.fal.media/files/")
        assert File(url=url).read(http_client=cdn) == b"in-process"


def test_cdn_failure_falls_back_to_presigned_upload(emulator: Emulator) -> None:
    with emulator.client() as fal:
        fal.upload(b"first")  # caches the CDN token
        emulator.inject(Fault.gateway_error("upload", 500))
        url = fal.upload(b"second", "text/plain")
    assert emulator.stored_file(url) == b"second"
    assert [e.path for e in emulator.log[-3:]] == [
        "/files/upload",
        "/storage/upload/initiate",
        emulator.log[-1].path,
    ]
    assert emulator.log[-1].path.startswith("/presigned/")


def test_multipart_upload_routes(http: httpx.Client) -> None:
    token = http.post("https://rest.fal.ai/storage/auth/token?storage_type=fal-cdn-v3", json={})
    auth = {"Authorization": f"Bearer {token.json()['token']}"}
    start = http.post(
        f"{token.json()['base_url']}/files/upload/multipart",
        headers={**auth, "Content-Type": "video/mp4", "X-Fal-File-Name": "big.mp4"},
    ).json()
    parts = []
    for number, chunk in ((2, b"world"), (1, b"hello ")):
        put = http.put(
            f"{start['access_url']}/multipart/{start['uploadId']}/{number}",
            content=chunk,
            headers=auth,
        )
        parts.append({"partNumber": number, "etag": put.headers["etag"]})
    done = http.post(
        f"{start['access_url']}/multipart/{start['uploadId']}/complete",
        json={"parts": parts},
        headers=auth,
    )
    assert done.json()["access_url"] == start["access_url"]
    file = http.get(start["access_url"])
    assert file.content == b"hello world" and file.headers["content-type"] == "video/mp4"
    assert http.post("https://v3.fal.media/files/upload", content=b"x").status_code == 401


# -- webhooks ------------------------------------------------------------------------------------


class _Receiver:
    """A webhook endpoint on loopback that keeps every delivery."""

    def __init__(self) -> None:
        received: list[tuple[dict[str, str], bytes]] = []
        self.received = received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook?x=1"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    hook = _Receiver()
    yield hook
    hook.close()


def test_webhooks_are_signed_and_verify(
    emulator: Emulator, server: EmulatorServer, receiver: _Receiver
) -> None:
    with server.client() as fal:
        handle = fal.qwen_image.submit(prompt="x", webhook_url=receiver.url)
        output = handle.result()
        emulator.fail_next(endpoint_id=QWEN)
        failed = fal.qwen_image.submit(prompt="y", webhook_url=receiver.url)
    assert emulator.wait_for_webhooks(5)
    by_id = {json.loads(body)["request_id"]: (headers, body) for headers, body in receiver.received}
    assert set(by_id) == {handle.request_id, failed.request_id}
    assert emulator.request(handle.request_id).webhook_url == receiver.url

    assert emulator.public_key is not None
    verifier = WebhookVerifier(keys=[emulator.public_key])
    headers, body = by_id[handle.request_id]
    event = verifier.verify_and_parse(headers, body, QwenImageOutput, strict=True)
    assert event.ok and event.payload is not None
    assert event.payload.model_dump() == output.model_dump()
    assert event.gateway_request_id == handle.request_id

    # The same key, fetched from the emulator's JWKS.
    headers, body = by_id[failed.request_id]
    failure = WebhookVerifier(server.jwks_url).verify_and_parse(headers, body, QwenImageOutput)
    assert failure.status == "ERROR" and failure.error == "Invalid status code: 503"
    assert failure.error_payload == {
        "detail": "Runner disconnected",
        "error_type": "runner_disconnected",
    }
    assert [d.status_code for d in emulator.webhooks] == [200, 200]


def test_webhooks_go_unsigned_without_cryptography(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from fal_models.testing import _webhooks

    monkeypatch.setattr(_webhooks, "_signing_key", lambda: (None, None))
    seen: list[httpx.Request] = []

    def hook(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with Emulator(webhook_transport=httpx.MockTransport(hook)) as emu, emu.client() as fal:
        fal.qwen_image.submit(prompt="x", webhook_url="https://hooks.example/fal")
        assert emu.wait_for_webhooks(5)
        assert emu.jwks == {"keys": []}
    assert "x-fal-webhook-signature" not in seen[0].headers
    assert json.loads(seen[0].content)["status"] == "OK"
    assert "unsigned" in caplog.text


class _Lookups:
    """Stands in for `socket.getaddrinfo`: every name off loopback is recorded and refused, so a
    test sees each attempt to reach another machine and none of them leaves this one."""

    LOOPBACK = ("127.0.0.1", "::1", "localhost")

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.refused: list[str] = []
        real = socket.getaddrinfo

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            name = host.decode() if isinstance(host, bytes) else str(host)
            if name not in self.LOOPBACK:
                self.refused.append(name)
                raise socket.gaierror(socket.EAI_NONAME, "off loopback: refused by the test")
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


OFF_LOOPBACK = ("http://example.com/hook?token=t", "https://10.20.30.40:8443/hook")


def test_webhooks_never_leave_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch, receiver: _Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    lookups = _Lookups(monkeypatch)
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(variable, "http://proxy.example:3128")  # not even through a proxy
    with Emulator(run_time=0.0) as emu, emu.client() as fal:
        for url in (*OFF_LOOPBACK, receiver.url):
            fal.qwen_image.submit(prompt="x", webhook_url=url)
        assert emu.wait_for_webhooks(5)
        deliveries = {d.url: d for d in emu.webhooks}
    assert lookups.refused == []
    assert len(emu.webhooks) == 3 and deliveries[receiver.url].status_code == 200
    for url in OFF_LOOPBACK:
        refused = deliveries[url]
        assert refused.status_code is None and refused.attempt == 1
        assert refused.error is not None and "allow_external_webhooks" in refused.error
    assert "not delivered" in caplog.text and "token=t" not in caplog.text


def test_webhooks_leave_loopback_only_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    lookups = _Lookups(monkeypatch)
    with (
        Emulator(run_time=0.0, webhook_attempts=1, allow_external_webhooks=True) as emu,
        emu.client() as fal,
    ):
        fal.qwen_image.submit(prompt="x", webhook_url=OFF_LOOPBACK[0])
        assert emu.wait_for_webhooks(5)
    assert lookups.refused == ["example.com"]
    (delivery,) = emu.webhooks
    assert delivery.status_code is None and delivery.error and "ConnectError" in delivery.error


def test_public_emulator_methods_check_their_arguments_at_the_call(emulator: Emulator) -> None:
    """Each wrong argument raises at the call, naming it; none reaches a server thread."""
    with emulator.client() as fal:
        request_id = fal.qwen_image.submit(prompt="x").request_id
    calls: list[tuple[Callable[[], object], type[Exception], str]] = [
        (lambda: emulator.fail_next("fal-ai/qwen-image"), TypeError, "endpoint_id="),  # type: ignore[arg-type]
        (lambda: emulator.fail_next(endpoint_id=QWEN, times=0), ValueError, "times"),
        (lambda: emulator.fail_next(endpoint_id="fal-ai/qwen-imag"), KeyError, "qwen-imag"),
        (lambda: emulator.fail_request(request_id, "oops"), TypeError, "failure"),  # type: ignore[arg-type]
        (lambda: emulator.inject("submit"), TypeError, "Fault"),  # type: ignore[arg-type]
        (lambda: emulator.set_timing(QWEN, run_time=math.nan), ValueError, "run_time"),
        (lambda: emulator.set_timing(QWEN, queue_time=-1), ValueError, "queue_time"),
        (lambda: emulator.set_timing(42), TypeError, "endpoint_id"),  # type: ignore[arg-type]
        (lambda: emulator.set_output(QWEN, 5), TypeError, "output"),  # type: ignore[arg-type]
        (lambda: emulator.output_for(QWEN, ["x"]), TypeError, "input"),  # type: ignore[arg-type]
        (lambda: emulator.submissions("fal-ai/nope"), KeyError, "fal-ai/nope"),
        (lambda: emulator.complete(7), TypeError, "request_id"),  # type: ignore[arg-type]
        (lambda: emulator.wait_for_webhooks(math.nan), ValueError, "timeout"),
        (lambda: emulator.serve(port=70000), ValueError, "port"),
        (lambda: Emulator(endpoints=QWEN), TypeError, "endpoints"),
        (lambda: Emulator(run_time=-1.0), ValueError, "run_time"),
        (lambda: Emulator(ping_interval=0), ValueError, "ping_interval"),
        (lambda: Emulator(webhook_attempts=0), ValueError, "webhook_attempts"),
        (lambda: Emulator(log_messages="starting"), TypeError, "log_messages"),
        (lambda: Emulator(webhook_transport=object()), TypeError, "webhook_transport"),  # type: ignore[arg-type]
        (lambda: Fault("sumbit"), ValueError, "route"),  # type: ignore[arg-type]
        (lambda: Fault("submit", status=99), ValueError, "status"),
        (lambda: Fault("submit", delay=math.inf), ValueError, "delay"),
        (lambda: Fault("submit", times=0), ValueError, "times"),
        (lambda: Failure(status_code="503"), TypeError, "status_code"),  # type: ignore[arg-type]
    ]
    wrong = []
    for act, expected, named in calls:
        try:
            made = act()
        except expected as exc:
            if named in str(exc):
                continue
            wrong.append(f"{named}: {exc!r}")
        except Exception as exc:
            wrong.append(f"{named}: {exc!r}")
        else:
            if isinstance(made, Emulator):
                made.close()
            wrong.append(f"{named}: accepted")
    assert wrong == []
    emulator.clear_faults()
    with emulator.client() as fal:
        assert fal.qwen_image.subscribe(prompt="x").images  # nothing broken was armed


# -- faults --------------------------------------------------------------------------------------


def test_ingress_503_on_submit_is_retried_and_enqueued_once(
    client: FalClient, emulator: Emulator
) -> None:
    emulator.inject(Fault.ingress_error("submit"))
    assert client.qwen_image.subscribe(prompt="x", seed=9).seed == 9
    submits = [e for e in emulator.log if e.route == "submit"]
    assert [e.status_code for e in submits] == [503, 200]
    assert len(emulator.submissions()) == 1 and len(emulator.requests()) == 1


def test_a_rate_limit_is_fals_concurrency_429(http: httpx.Client, emulator: Emulator) -> None:
    emulator.inject(Fault.rate_limited("submit", retry_after=2))
    answer = http.post("https://queue.fal.run/fal-ai/qwen-image", json={"prompt": "x"})
    assert answer.status_code == 429 and answer.headers["retry-after"] == "2"
    assert answer.headers["x-fal-needs-retry"] == "1"
    assert answer.json()["error_type"] == "concurrent_requests_limit"
    assert emulator.submissions() == []


def test_gateway_503_and_rate_limit_on_submit(client: FalClient, emulator: Emulator) -> None:
    emulator.inject(Fault.rate_limited("submit", retry_after=0))
    assert client.qwen_image.run(prompt="x") is not None  # run is a submit too: 429 is retried
    emulator.inject(Fault.gateway_error("submit"))
    with pytest.raises(InternalServerError):  # the gateway saw it: a paid POST is not repeated
        client.qwen_image.submit(prompt="x")
    assert emulator.submissions() == []


def test_accepted_then_dropped_submit_is_never_repeated(
    client: FalClient, emulator: Emulator
) -> None:
    emulator.inject(Fault.dropped("submit", accept=True))
    with pytest.raises(APIConnectionError):
        client.qwen_image.submit(prompt="x")
    [accepted] = emulator.submissions()
    assert accepted.status_code is None and accepted.request_id is not None
    assert emulator.request(accepted.request_id).input == {"prompt": "x"}


def test_accepted_then_timed_out_submit(emulator: Emulator) -> None:
    emulator.inject(Fault.timed_out("submit", delay=1.0))
    with (
        emulator.serve() as srv,
        srv.client(timeout=0.3) as fal,
        pytest.raises(APITimeoutError) as info,
    ):
        fal.qwen_image.submit(prompt="x")
    assert info.value.may_have_been_enqueued
    assert len(emulator.submissions()) == 1


def test_dropped_status_stream_is_reopened(client: FalClient, emulator: Emulator) -> None:
    emulator.run_time = 0.2
    emulator.inject(Fault.dropped("stream", accept=True))
    updates: list[QueueStatus] = []
    client.qwen_image.subscribe(prompt="x", logs=True, on_queue_update=updates.append)
    assert len([e for e in emulator.log if e.route == "stream"]) == 2
    assert _messages(updates) == list(DEFAULT_LOG_MESSAGES)


def test_slow_and_dropped_responses_in_process(http: httpx.Client, emulator: Emulator) -> None:
    emulator.inject(Fault.slow("run", 0.2), Fault.dropped("run"))
    started = time.monotonic()
    assert http.post(f"https://fal.run/{QWEN}", json={"prompt": "x"}).status_code == 200
    assert time.monotonic() - started >= 0.2
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(f"https://fal.run/{QWEN}", json={"prompt": "x"})
    assert [e.status_code for e in emulator.runs()] == [200, None]


# -- the loopback server -------------------------------------------------------------------------


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, method: str, path: str, body: bytes
) -> tuple[bytes, bytes]:
    """One HTTP/1.1 request on a kept-alive connection: (head, body), chunked or not."""
    writer.write(
        f"{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Key k\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = await reader.readuntil(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head.lower():
        return head, await reader.readuntil(b"\r\n0\r\n\r\n")
    length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
    return head, await reader.readexactly(length)


async def test_server_holds_200_concurrent_status_streams(
    emulator: Emulator, server: EmulatorServer
) -> None:
    # Raw HTTP/1.1: at 200 connections httpx's own pool, not the server, would be the bottleneck.
    emulator.run_time = 0.5
    connections = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(200)]

    async def follow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> str:
        _, submitted = await _exchange(reader, writer, "POST", f"/queue/{QWEN}", b'{"prompt":"x"}')
        status_path = json.loads(submitted)["status_url"].removeprefix(server.url)
        _, events = await _exchange(reader, writer, "GET", f"{status_path}/stream", b"")
        return str(json.loads(events.split(b"data: ")[-1].split(b"\n")[0])["status"])

    started = time.monotonic()
    try:
        finals = await asyncio.gather(*(follow(r, w) for r, w in connections))
    finally:
        for _, writer in connections:
            writer.close()
    assert finals == ["COMPLETED"] * 200
    assert time.monotonic() - started < 5
    assert len(emulator.submissions()) == 200


def test_cli_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fal_models.testing", "serve", "--port", "0", "--run-time", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        url = banner.split(" on ")[1].split()[0]
        response = httpx.post(f"{url}/run/{QWEN}", json={"prompt": "x"}, headers=KEY)
        assert response.status_code == 200 and response.json()["images"]
    finally:
        proc.send_signal(2)  # Ctrl-C
        assert proc.wait(10) == 0
        assert proc.stdout is not None
        proc.stdout.close()


# -- the official fal-client ---------------------------------------------------------------------


@pytest.fixture
def fal_client_module(monkeypatch: pytest.MonkeyPatch, server: EmulatorServer) -> Any:
    """fal-client 1.0.3 unchanged but for its host constants (fixed `https://` URLs)."""
    fal_client = pytest.importorskip("fal_client")
    for name, value in server.fal_client_constants().items():
        monkeypatch.setattr(fal_client.client, name, value)
    return fal_client


def test_official_sync_client(
    fal_client_module: Any, emulator: Emulator, server: EmulatorServer
) -> None:
    fal_client = fal_client_module
    emulator.run_time = 0.3
    client = fal_client.SyncClient(key="fal-key")
    try:
        updates: list[Any] = []
        out = client.subscribe(
            QWEN, {"prompt": "x", "seed": 2}, with_logs=True, on_queue_update=updates.append
        )
        assert out["seed"] == 2
        assert any(isinstance(u, fal_client.InProgress) for u in updates)
        assert isinstance(updates[-1], fal_client.Completed)
        assert [e["message"] for e in updates[-1].logs] == list(DEFAULT_LOG_MESSAGES)

        handle = client.submit(SEEDREAM, {"prompt": "y", "seed": 3})
        assert isinstance(client.status(SEEDREAM, handle.request_id), fal_client.Status)
        assert handle.get()["seed"] == 3
        assert client.result(SEEDREAM, handle.request_id)["seed"] == 3
        completed = client.status(SEEDREAM, handle.request_id, with_logs=True)
        assert completed.logs is not None and completed.metrics["inference_time"] > 0

        emulator.run_time = 0.0
        assert client.run(QWEN, {"prompt": "z", "seed": 4})["seed"] == 4

        emulator.set_timing(QWEN, queue_time=math.inf)
        queued = client.submit(QWEN, {"prompt": "c"})
        assert isinstance(queued.status(), fal_client.Queued)
        client.cancel(QWEN, queued.request_id)
        with pytest.raises(fal_client.FalClientHTTPError) as info:
            client.cancel(QWEN, queued.request_id)
        assert info.value.status_code == 400

        with warnings.catch_warnings():
            # fal-client never closes the httpx.Client it makes for each CDN upload.
            warnings.simplefilter("ignore", ResourceWarning)
            url = client.upload(b"cdn bytes", "text/plain", "f.txt")
            fallback = client.upload(b"gcs bytes", "text/plain", repository="fal")
            gc.collect()
        assert emulator.stored_file(url) == b"cdn bytes"
        assert emulator.stored_file(fallback) == b"gcs bytes"
        assert httpx.get(url).content == b"cdn bytes"
    finally:
        client._client.close()


async def test_official_async_client(fal_client_module: Any, emulator: Emulator) -> None:
    client = fal_client_module.AsyncClient(key="fal-key")
    try:
        out = await client.subscribe(QWEN, {"prompt": "x", "seed": 8}, with_logs=True)
        assert out["seed"] == 8
        assert emulator.submissions(QWEN)[0].headers["user-agent"].startswith("fal-client/")
    finally:
        await (await client._client).aclose()
