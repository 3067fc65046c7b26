"""File inputs: local files are inlined as data URIs when small and uploaded when large, through
fal's CDN token flow (multipart above the threshold) with the presigned fallback. The fal key
reaches only the REST host; nothing is uploaded for an input that fails validation."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from fal_models import (
    AsyncFalClient,
    FalClient,
    FalError,
    FileChangedError,
    InputModel,
    InputValidationError,
    _uploads,
)
from pydantic import Field

from tests.conftest import Recorder, queue_handler
from tests.loopback import Loopback, Reply, Request

KEY = "fake-id-uploads:fake-secret-for-tests"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
OUTPUT = {"images": [], "seed": 1}


class Storage:
    """fal storage as the protocol describes it: token, CDN upload, multipart, fallback."""

    def __init__(self, *, cdn_status: int = 200) -> None:
        self.cdn_status = cdn_status
        self.queue = queue_handler(OUTPUT)
        self.parts: dict[int, bytes] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.host == "rest.fal.ai" and url.path == "/storage/auth/token":
            return httpx.Response(
                200,
                json={
                    "token": "cdn-token",
                    "token_type": "Bearer",
                    "base_url": "https://v3.fal.media",
                    "expires_at": "2999-01-01T00:00:00+00:00",
                },
            )
        if url.host == "v3.fal.media":
            if self.cdn_status != 200:
                return httpx.Response(self.cdn_status, text="cdn down")
            if url.path == "/files/upload":
                return httpx.Response(200, json={"access_url": "https://v3.fal.media/files/up.png"})
            if url.path == "/files/upload/multipart":
                return httpx.Response(
                    200, json={"access_url": "https://v3.fal.media/files/big", "uploadId": "u1"}
                )
            if request.method == "PUT" and "/multipart/u1/" in url.path:
                number = int(url.path.rsplit("/", 1)[1])
                self.parts[number] = request.content
                return httpx.Response(200, headers={"ETag": f'"etag-{number}"'})
            if url.path.endswith("/multipart/u1/complete"):
                return httpx.Response(200, json={"access_url": "https://v3.fal.media/files/big"})
        if url.host == "rest.fal.ai" and url.path == "/storage/upload/initiate":
            return httpx.Response(
                200,
                json={
                    "upload_url": "https://storage.googleapis.com/bucket/obj?sig=abc",
                    "file_url": "https://fal.media/files/fallback.png",
                },
            )
        if url.host == "storage.googleapis.com":
            return httpx.Response(200)
        return self.queue(request)


def _sync(storage: Storage, **settings: Any) -> tuple[FalClient, Recorder]:
    rec = Recorder(storage)
    http = httpx.Client(transport=httpx.MockTransport(rec))
    client = FalClient(key=KEY, http_client=http, **settings)
    client._driver.sleep = lambda _s: None
    return client, rec


def _async(storage: Storage, **settings: Any) -> tuple[AsyncFalClient, Recorder]:
    rec = Recorder(storage)
    http = httpx.AsyncClient(transport=httpx.MockTransport(rec))
    client = AsyncFalClient(key=KEY, http_client=http, **settings)

    async def no_sleep(_s: float) -> None:
        return None

    client._driver.sleep = no_sleep
    return client, rec


def _submitted(rec: Recorder) -> dict[str, Any]:
    submit = next(r for r in rec.requests if r.url.host == "queue.fal.run" and r.method == "POST")
    body: dict[str, Any] = json.loads(submit.content)
    return body


def _key_only_to_fal_hosts(rec: Recorder) -> None:
    for request in rec.requests:
        authorization = request.headers.get("authorization", "")
        if request.url.host in ("queue.fal.run", "fal.run", "rest.fal.ai"):
            assert authorization == f"Key {KEY}", request.url
        else:
            assert KEY not in authorization and "Key " not in authorization, request.url


def _edit(client: FalClient, images: list[Any], **options: Any) -> Any:
    return client.bytedance.seedream.v4_5.edit.submit(prompt="p", image_urls=images, **options)


def test_small_bytes_are_inlined_as_a_data_uri_without_uploading() -> None:
    client, rec = _sync(Storage())
    _edit(client, [PNG, "https://example.com/a.png"])
    urls = _submitted(rec)["image_urls"]
    assert urls[0] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert urls[1] == "https://example.com/a.png"
    assert [r.url.host for r in rec.requests] == ["queue.fal.run"]


def test_path_file_object_and_pil_image_are_read_with_their_content_type(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"1" * 10)
    image = Image.new("RGB", (2, 2), "red")
    client, rec = _sync(Storage())
    _edit(client, [path, io.BytesIO(PNG), image])
    first, second, third = _submitted(rec)["image_urls"]
    assert first.startswith("data:image/jpeg;base64,")
    assert base64.b64decode(first.split(",", 1)[1]) == path.read_bytes()
    assert second == "data:image/png;base64," + base64.b64encode(PNG).decode()
    decoded = Image.open(io.BytesIO(base64.b64decode(third.split(",", 1)[1])))
    assert third.startswith("data:image/png;base64,") and decoded.size == (2, 2)


def test_large_file_is_uploaded_to_the_cdn_with_its_token_not_the_fal_key(tmp_path: Path) -> None:
    path = tmp_path / "in.png"
    path.write_bytes(PNG)
    client, rec = _sync(Storage(), inline_file_limit=8)
    _edit(client, [path])
    assert _submitted(rec)["image_urls"] == ["https://v3.fal.media/files/up.png"]
    token, upload, submit = rec.requests
    assert str(token.url) == "https://rest.fal.ai/storage/auth/token?storage_type=fal-cdn-v3"
    assert upload.headers["authorization"] == "Bearer cdn-token"
    assert upload.headers["content-type"] == "image/png"
    assert upload.headers["x-fal-file-name"] == "in.png"
    assert upload.content == PNG
    assert submit.url.host == "queue.fal.run"
    _key_only_to_fal_hosts(rec)


def test_the_cdn_token_is_fetched_once_and_reused() -> None:
    client, rec = _sync(Storage())
    first = client.upload(PNG)
    second = client.upload(b"plain bytes", "text/plain", "notes.txt")
    assert first == second == "https://v3.fal.media/files/up.png"
    paths = [r.url.path for r in rec.requests]
    assert paths == ["/storage/auth/token", "/files/upload", "/files/upload"]
    assert rec.requests[2].headers["content-type"] == "text/plain"


def test_cdn_failure_falls_back_to_a_presigned_upload_that_gets_no_credential() -> None:
    client, rec = _sync(Storage(cdn_status=500), max_retries=0)
    url = client.upload(PNG, file_name="x.png", expires_in=3600)
    assert url == "https://fal.media/files/fallback.png"
    initiate, put = rec.requests[-2:]
    assert str(initiate.url) == "https://rest.fal.ai/storage/upload/initiate?storage_type=gcs"
    assert json.loads(initiate.content) == {"file_name": "x.png", "content_type": "image/png"}
    assert json.loads(initiate.headers["x-fal-object-lifecycle-preference"]) == {
        "expiration_duration_seconds": 3600
    }
    assert put.method == "PUT" and put.url.host == "storage.googleapis.com"
    assert "authorization" not in put.headers and put.content == PNG
    _key_only_to_fal_hosts(rec)


def test_a_key_set_on_the_injected_http_client_stays_with_fal_hosts() -> None:
    rec = Recorder(Storage(cdn_status=500))
    http = httpx.Client(transport=httpx.MockTransport(rec), headers={"Authorization": f"Key {KEY}"})
    client = FalClient(key=KEY, http_client=http, max_retries=0)
    assert client.upload(PNG) == "https://fal.media/files/fallback.png"
    by_host = {r.url.host: r.headers.get("authorization") for r in rec.requests}
    assert by_host == {
        "rest.fal.ai": f"Key {KEY}",
        "v3.fal.media": "Bearer cdn-token",
        "storage.googleapis.com": None,
    }


def test_files_above_the_threshold_go_up_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_uploads, "MULTIPART_THRESHOLD", 100)
    monkeypatch.setattr(_uploads, "MULTIPART_CHUNK", 64)
    data = bytes(range(256)) * 1  # 256 bytes: parts of 64
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    storage = Storage()
    client, rec = _sync(storage)
    assert client.upload_file(path) == "https://v3.fal.media/files/big"
    assert b"".join(storage.parts[n] for n in sorted(storage.parts)) == data
    assert sorted(storage.parts) == [1, 2, 3, 4]
    complete = rec.requests[-1]
    assert json.loads(complete.content) == {
        "parts": [{"partNumber": n, "etag": f'"etag-{n}"'} for n in (1, 2, 3, 4)]
    }
    assert rec.requests[1].headers["x-fal-file-name"] == "big.bin"
    _key_only_to_fal_hosts(rec)


def test_an_invalid_input_uploads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "in.png"
    path.write_bytes(PNG)
    client, rec = _sync(Storage(), inline_file_limit=0)
    with pytest.raises(InputValidationError, match="image_urls"):
        _edit(client, [path] * 11)  # max 10 images
    with pytest.raises(FileNotFoundError, match=r"image_urls\.0"):
        _edit(client, [tmp_path / "missing.png"])
    with (
        pytest.raises(TypeError, match="binary mode"),
        (tmp_path / "in.png").open("r", encoding="latin-1") as text,
    ):
        _edit(client, [text])
    assert rec.requests == []


def test_local_files_inside_nested_objects_are_found() -> None:
    class Reference(InputModel):
        url: str = Field(json_schema_extra={"x-fal-file": True})
        weight: float = 1.0

    class Edit(InputModel):
        prompt: str
        references: list[Reference]

    prepared = _uploads.prepare(
        Edit, {"prompt": "p", "references": [{"url": PNG}, {"url": "https://x/y.png"}]}
    )
    assert [at for at, _ in prepared.files] == [("references", 0, "url")]
    client, rec = _sync(Storage())
    body = client.drive(_uploads.body(client.config, prepared))
    assert body["references"][0]["url"].startswith("data:image/png;base64,")
    assert body["references"][1]["url"] == "https://x/y.png"
    assert rec.requests == []


def test_an_unusable_file_value_is_named() -> None:
    with pytest.raises(TypeError, match="cannot use object as a file"):
        _uploads.local_file(object())


async def test_async_client_inlines_and_uploads_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "in.png"
    path.write_bytes(PNG)
    client, rec = _async(Storage(), inline_file_limit=8)
    await client.bytedance.seedream.v4_5.edit.submit(prompt="p", image_urls=[path])
    assert _submitted(rec)["image_urls"] == ["https://v3.fal.media/files/up.png"]
    assert await client.upload_file(path) == "https://v3.fal.media/files/up.png"
    assert [r.url.path for r in rec.requests].count("/storage/auth/token") == 1
    _key_only_to_fal_hosts(rec)


async def test_async_fallback_after_cdn_failure() -> None:
    client, rec = _async(Storage(cdn_status=503), max_retries=1)
    assert await client.upload(PNG) == "https://fal.media/files/fallback.png"
    cdn_attempts = [r for r in rec.requests if r.url.host == "v3.fal.media"]
    assert len(cdn_attempts) == 2  # one retry of the idempotent CDN POST, then the fallback
    _key_only_to_fal_hosts(rec)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"GIF89a..", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"hello", "application/octet-stream"),
    ],
)
def test_content_type_is_sniffed_from_bytes(data: bytes, expected: str) -> None:
    assert _uploads.sniff(data) == expected


# -- a file that changes while it is uploaded (real sockets) -------------------------------------


def _change(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "shrinks":
        path.write_bytes(data[: len(data) // 2])
    elif how == "grows":
        path.write_bytes(data + b"more")
    elif how == "is rewritten":
        path.write_bytes(bytes(255 - b for b in data))  # same size, new content and mtime
    else:
        path.unlink()


@pytest.mark.parametrize("how", ["shrinks", "grows", "is rewritten", "is deleted"])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_file_that_changes_during_a_multipart_upload_gets_no_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, how: str
) -> None:
    """The file changes on disk once its first part has arrived: the upload stops with
    FileChangedError before any part of the new content is sent, the multipart upload is never
    completed, and the presigned fallback is not tried with whatever the file holds now."""
    monkeypatch.setattr(_uploads, "MULTIPART_THRESHOLD", 64 * 1024)
    monkeypatch.setattr(_uploads, "MULTIPART_CHUNK", 32 * 1024)
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 512)  # 128 KiB: four parts of 32 KiB

    def storage(request: Request) -> Reply:
        if request.path == "/rest/storage/auth/token":
            body = {"token": "t", "token_type": "Bearer", "base_url": f"{server.url}/cdn"}
            return Reply(200, json.dumps(body).encode())
        if request.path == "/cdn/files/upload/multipart":
            body = {"access_url": f"{server.url}/cdn/files/big.bin", "uploadId": "u1"}
            return Reply(200, json.dumps(body).encode())
        if request.method == "PUT":
            _change(path, how)
            return Reply(200, headers={"ETag": '"e"'})
        return Reply(200, b'{"access_url": "https://wrong.example/mixed.bin"}')

    with Loopback(storage) as server:
        settings: dict[str, Any] = {"key": KEY, "rest_url": f"{server.url}/rest"}
        settings["cdn_url"] = f"{server.url}/cdn"
        with pytest.raises(FileChangedError, match="changed while it was being uploaded") as info:
            if mode == "sync":
                with FalClient(**settings) as client:
                    client.upload_file(path)
            else:
                async with AsyncFalClient(**settings) as aclient:
                    await aclient.upload_file(path)
    assert isinstance(info.value, FalError) and info.value.path == str(path)
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/rest/storage/auth/token"),
        ("POST", "/cdn/files/upload/multipart"),
        ("PUT", "/cdn/files/big.bin/multipart/u1/1"),
    ]
    assert server.requests[-1].body == bytes(range(256)) * 128  # the first part, unchanged


def test_a_file_read_in_parts_checks_every_part(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    file = _uploads.LocalFile.on_disk(path, "application/octet-stream", "f.bin")
    assert file.size == 100 and [file.read(o, n) for o, n in file.chunks(40)] == [
        b"x" * 40,
        b"x" * 40,
        b"x" * 20,
    ]
    with path.open("r+b") as handle:
        handle.truncate(70)
    with pytest.raises(FileChangedError, match="30 bytes at offset 40 where 40 were expected"):
        file.read(40, 40)
    with pytest.raises(FileChangedError, match="70 bytes now, 100 when it was found"):
        file.read(0, 40)
