"""File outputs: read() / save() over https and data URIs, safe names, no key to the CDN, errors."""

from __future__ import annotations

import asyncio
import base64
import functools
import itertools
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import fal_models
import httpx
import pytest
from fal_models import (
    APIConnectionError,
    DownloadTooLargeError,
    FalError,
    FileOutput,
    InternalServerError,
    InvalidFileURLError,
    NotFoundError,
    OutputModel,
    ResponseValidationError,
    parse_output,
)
from fal_models import _files as files
from fal_models._drivers import AsyncDriver, SyncDriver
from fal_models.models import csm_1b, dubbing, qwen_image, shared
from fal_models.models import gpt_image_1_text_to_image_byok as byok

from tests.conftest import Recorder
from tests.loopback import Loopback, Reply, Request, zeros
from tests.memory import PeakRSS

CDN = "https://v3.fal.media/files/rabbit"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
SECRET = "Key fake-id-files:fake-secret-for-tests"


def _image(url: str = f"{CDN}/abc.png", **fields: Any) -> shared.Image:
    return shared.Image.model_validate({"url": url, **fields})


def _body(content: bytes = PNG) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, content=content)


def _client(
    handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
) -> tuple[httpx.Client, Recorder]:
    rec = Recorder(handler)
    return httpx.Client(transport=httpx.MockTransport(rec), **kwargs), rec


def _aclient(
    handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
) -> tuple[httpx.AsyncClient, Recorder]:
    rec = Recorder(handler)
    return httpx.AsyncClient(transport=httpx.MockTransport(rec), **kwargs), rec


def _no_http(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"unexpected request to {request.url}")


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Download retries wait on drivers whose sleeps are recorded, never slept."""
    recorded: list[float] = []

    async def asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(files, "SyncDriver", functools.partial(SyncDriver, sleep=recorded.append))
    monkeypatch.setattr(files, "AsyncDriver", functools.partial(AsyncDriver, sleep=asleep))
    return recorded


# ---- The generated classes ---------------------------------------------------------------------


def test_generated_file_types_are_file_outputs() -> None:
    for cls in (shared.Image, shared.File, qwen_image.Image, byok.Image):
        assert issubclass(cls, FileOutput) and issubclass(cls, OutputModel), cls
    for other in (
        qwen_image.QwenImageOutput,
        byok.GptImage1TextToImageByokOutput,
        byok.OpenAIUsage,
    ):
        assert not issubclass(other, FileOutput), other
    assert not issubclass(shared.ImageSize, FileOutput)
    assert fal_models.FileOutput is FileOutput and "FileOutput" in fal_models.__all__


def test_file_outputs_keep_output_model_leniency_and_strict_mode() -> None:
    data = {"url": f"{CDN}/a.png", "content_type": "image/png", "new_field": 1}
    assert parse_output(shared.Image, data).model_extra == {"new_field": 1}
    with pytest.raises(ResponseValidationError, match="new_field"):
        parse_output(shared.Image, data, strict=True)


def test_a_bare_url_where_fal_says_file_is_taken_as_its_url_unless_strict() -> None:
    """fal's own examples (and, rarely, its answers) give a file as its URL alone: lenient
    parsing wraps it into the file type with only `url`, so read() and save() still work."""
    url = f"{CDN}/dubbed.mp4"
    out = parse_output(dubbing.DubbingOutput, {"video": url})
    assert isinstance(out.video, dubbing.File) and out.video.url == url
    assert out.video.model_fields_set == {"url"}
    assert out.video.read(http_client=_client(_body())[0]) == PNG
    with pytest.raises(ResponseValidationError, match="video"):
        parse_output(dubbing.DubbingOutput, {"video": url}, strict=True)


def test_a_string_branch_of_a_file_union_keeps_the_string() -> None:
    """`File | str` (csm-1b's audio: a hosted file or the bytes themselves): a string is a
    string, as fal's schema says, not a file."""
    out = parse_output(csm_1b.Csm1bOutput, {"audio": "UklGRg=="})
    assert out.audio == "UklGRg=="
    hosted = parse_output(csm_1b.Csm1bOutput, {"audio": {"url": f"{CDN}/a.wav"}}, strict=True)
    assert isinstance(hosted.audio, FileOutput)


# ---- https --------------------------------------------------------------------------------------


def test_read_downloads_the_bytes() -> None:
    http, rec = _client(_body())
    assert _image().read(http_client=http) == PNG
    assert [(r.method, str(r.url)) for r in rec.requests] == [("GET", f"{CDN}/abc.png")]


def test_save_into_a_directory_uses_the_server_file_name(tmp_path: Path) -> None:
    http, _ = _client(_body())
    image = _image(f"{CDN}/abc.png", file_name="fox.png")
    path = image.save(tmp_path, http_client=http)
    assert path == tmp_path / "fox.png" and path.read_bytes() == PNG
    assert _tree(tmp_path) == ["fox.png"]  # no temporary file left behind


def test_save_names_from_the_url_then_the_content_type(tmp_path: Path) -> None:
    http, _ = _client(_body())
    assert _image(f"{CDN}/abc.png").save(tmp_path, http_client=http).name == "abc.png"
    no_ext = _image(f"{CDN}/abc?sig=1", content_type="image/webp")
    assert no_ext.save(tmp_path, http_client=http).name == "abc.webp"
    bare = _image("https://v3.fal.media/", content_type="image/jpeg; q=1")
    assert bare.save(tmp_path, http_client=http).name == "output.jpg"


def test_trailing_separator_makes_a_new_directory(tmp_path: Path) -> None:
    http, _ = _client(_body())
    path = _image(file_name="a.png").save(f"{tmp_path}/new/dir/", http_client=http)
    assert path == tmp_path / "new" / "dir" / "a.png" and path.read_bytes() == PNG


def test_save_to_an_explicit_file_path(tmp_path: Path) -> None:
    http, _ = _client(_body())
    target = tmp_path / "my picture.bin"
    assert _image(file_name="ignored.png").save(target, http_client=http) == target
    assert target.read_bytes() == PNG and _tree(tmp_path) == ["my picture.bin"]


def test_overwrite_false_keeps_an_existing_file(tmp_path: Path) -> None:
    http, _ = _client(_body())
    target = tmp_path / "a.png"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        _image().save(target, overwrite=False, http_client=http)
    assert target.read_bytes() == b"mine"
    _image().save(target, http_client=http)
    assert target.read_bytes() == PNG
    fresh = _image().save(tmp_path / "b.png", overwrite=False, http_client=http)
    assert fresh.read_bytes() == PNG and _tree(tmp_path) == ["a.png", "b.png"]


HOSTILE_NAMES = [
    ("../../x", "x"),
    ("/etc/passwd", "passwd"),
    ("..\\..\\x", "x"),
    ("C:\\Windows\\x.png", "x.png"),
    ("D:evil.png", "evil.png"),
    ("a\x00b\x1f\u202e.png", "a_b__.png"),
    ("NUL.png", "_NUL.png"),
    ("sub/", "fallback.png"),
    ("", "fallback.png"),
    (".", "fallback.png"),
    ("..", "fallback.png"),
    ("...", "fallback.png"),
    (" ", "fallback.png"),
]


@pytest.mark.parametrize(("name", "expected"), HOSTILE_NAMES)
def test_hostile_server_names_stay_inside_the_directory(
    tmp_path: Path, name: str, expected: str
) -> None:
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    http, _ = _client(_body())
    path = _image(f"{CDN}/fallback.png", file_name=name).save(target_dir, http_client=http)
    assert path.resolve().parent == target_dir.resolve()
    assert path.name == expected and path.read_bytes() == PNG
    assert _tree(tmp_path) == ["out", f"out/{expected}"]


def test_hostile_url_segments_stay_inside_the_directory(tmp_path: Path) -> None:
    http, _ = _client(_body())
    out = f"{tmp_path}/out/"
    path = _image(f"{CDN}/..%2F..%2Fescaped.png").save(out, http_client=http)
    assert path == tmp_path / "out" / "escaped.png"
    dots = _image(f"{CDN}/..", content_type="image/png").save(out, http_client=http)
    assert dots == tmp_path / "out" / "output.png"


def test_safe_file_name_caps_the_length_and_keeps_the_extension() -> None:
    name = files.safe_file_name("é" * 300 + ".png")
    assert name is not None and name.endswith(".png") and len(name.encode()) <= 255
    assert files.safe_file_name(None) is None


def test_no_authorization_reaches_the_cdn_even_through_redirects(tmp_path: Path) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "fal.media":
            return httpx.Response(302, headers={"location": f"{CDN}/abc.png"})
        return httpx.Response(200, content=PNG)

    http, rec = _client(handle, headers={"Authorization": SECRET}, auth=("user", "pass"))
    image = _image("https://fal.media/abc.png")
    assert image.read(http_client=http) == PNG
    assert image.save(tmp_path, http_client=http).read_bytes() == PNG
    assert [r.url.host for r in rec.requests] == ["fal.media", "v3.fal.media"] * 2
    assert all("authorization" not in r.headers for r in rec.requests)


def test_not_found_raises_a_typed_error_without_secrets(tmp_path: Path) -> None:
    http, _ = _client(lambda r: httpx.Response(404, text="no such file"))
    image = _image(f"{CDN}/gone.png?signature={SECRET}")
    with pytest.raises(NotFoundError) as info:
        image.read(http_client=http)
    assert info.value.status_code == 404 and "no such file" in str(info.value)
    assert SECRET not in str(info.value)
    with pytest.raises(NotFoundError):
        image.save(tmp_path, http_client=http)
    assert _tree(tmp_path) == []


class _Chunks(httpx.SyncByteStream):
    """A body of `count` distinct 64 KiB chunks that notes the partial file size as it goes."""

    def __init__(self, count: int, directory: Path) -> None:
        self.chunks = [bytes([i % 256]) * files.CHUNK_SIZE for i in range(count)]
        self.directory = directory
        self.sizes_seen: list[int] = []

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sizes_seen += [p.stat().st_size for p in self.directory.glob(".*.part")]
            yield chunk


def test_large_bodies_are_streamed_to_disk(tmp_path: Path) -> None:
    body = _Chunks(64, tmp_path)  # 4 MiB
    http, _ = _client(lambda r: httpx.Response(200, stream=body))
    path = _image().save(tmp_path, http_client=http)
    assert path.read_bytes() == b"".join(body.chunks)
    # The partial file grew while the body was still arriving: nothing waited for the whole body.
    assert 0 < max(body.sizes_seen) < len(b"".join(body.chunks))
    assert _tree(tmp_path) == ["abc.png"]


def test_connection_errors_and_5xx_are_retried_twice() -> None:
    answers = iter([httpx.Response(503), httpx.Response(502), httpx.Response(200, content=PNG)])
    http, rec = _client(lambda r: next(answers))
    assert _image().read(http_client=http) == PNG and len(rec.requests) == 3

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    http, rec = _client(refuse)
    with pytest.raises(APIConnectionError, match="ConnectError downloading"):
        _image().read(http_client=http)
    assert len(rec.requests) == 3
    http, rec = _client(lambda r: httpx.Response(500))
    with pytest.raises(InternalServerError):
        _image().read(http_client=http)
    assert len(rec.requests) == 3


def test_read_waits_as_the_cdn_asks_before_its_one_retry(sleeps: list[float]) -> None:
    answers = iter(
        [httpx.Response(503, headers={"Retry-After": "3"}), httpx.Response(200, content=PNG)]
    )
    http, rec = _client(lambda r: next(answers))
    assert _image().read(http_client=http) == PNG
    assert len(rec.requests) == 2 and sleeps == [3.0]


async def test_aread_waits_as_the_cdn_asks_before_its_one_retry(sleeps: list[float]) -> None:
    answers = iter(
        [httpx.Response(429, headers={"retry-after-ms": "1500"}), httpx.Response(200, content=PNG)]
    )
    http, rec = _aclient(lambda r: next(answers))
    assert await _image().aread(http_client=http) == PNG
    assert len(rec.requests) == 2 and sleeps == [1.5]


def test_download_retries_back_off_like_every_other_call(sleeps: list[float]) -> None:
    http, rec = _client(lambda r: httpx.Response(502))
    with pytest.raises(InternalServerError):
        _image().read(http_client=http)
    first, second = sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0
    http, rec = _client(lambda r: httpx.Response(409))
    with pytest.raises(fal_models.APIStatusError):
        _image().read(http_client=http)
    assert len(rec.requests) == 1  # not in the download policy


class _BreaksAfterOneChunk(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"partial-"
        raise httpx.ReadError("connection reset")


def test_a_retry_after_a_broken_body_starts_the_file_over(tmp_path: Path) -> None:
    answers = iter(
        [httpx.Response(200, stream=_BreaksAfterOneChunk()), httpx.Response(200, content=PNG)]
    )
    http, _ = _client(lambda r: next(answers))
    assert _image().save(tmp_path, http_client=http).read_bytes() == PNG
    answers = iter(
        [httpx.Response(200, stream=_BreaksAfterOneChunk()), httpx.Response(200, content=PNG)]
    )
    assert _image().read(http_client=http) == PNG


# ---- data URIs ----------------------------------------------------------------------------------


def test_base64_data_uris_need_no_request(tmp_path: Path) -> None:
    http, rec = _client(_no_http)
    image = _image("data:image/png;base64," + base64.b64encode(PNG).decode())
    assert image.read(http_client=http) == PNG
    path = image.save(tmp_path, http_client=http)
    assert path == tmp_path / "output.png" and path.read_bytes() == PNG
    named = _image(image.url, file_name="../fox.png").save(tmp_path, http_client=http)
    assert named == tmp_path / "fox.png" and rec.requests == []


def test_percent_encoded_data_uris_need_no_request(tmp_path: Path) -> None:
    http, rec = _client(_no_http)
    file = shared.File(url="data:text/plain;charset=utf-8,hello%20w%C3%B6rld%0A")
    assert file.read(http_client=http) == "hello wörld\n".encode()
    assert file.save(tmp_path / "a.txt", http_client=http).read_text() == "hello wörld\n"
    assert file.save(tmp_path, http_client=http).name == "output.txt"
    assert rec.requests == []


def test_bad_urls_raise_invalid_file_url() -> None:
    for url in ("data:image/png;base64,%%%not-base64", "data:no-comma", "file:///etc/passwd", "x"):
        with pytest.raises(InvalidFileURLError):
            _image(url).read(http_client=_client(_no_http)[0])


# ---- async ---------------------------------------------------------------------------------------


async def test_aread_downloads_without_authorization() -> None:
    http, rec = _aclient(_body(), headers={"Authorization": SECRET})
    assert await _image().aread(http_client=http) == PNG
    assert [str(r.url) for r in rec.requests] == [f"{CDN}/abc.png"]
    assert "authorization" not in rec.requests[0].headers


async def test_asave_uses_a_safe_server_name(tmp_path: Path) -> None:
    http, _ = _aclient(_body())
    (tmp_path / "out").mkdir()
    path = await _image(file_name="../../x").asave(tmp_path / "out", http_client=http)
    assert path.resolve().parent == (tmp_path / "out").resolve() and path.name == "x"
    assert path.read_bytes() == PNG and _tree(tmp_path) == ["out", "out/x"]
    explicit = await _image().asave(tmp_path / "y.png", http_client=http)
    assert explicit.read_bytes() == PNG


class _AsyncChunks(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


async def test_asave_streams_a_large_body(tmp_path: Path) -> None:
    chunks = [bytes([i]) * files.CHUNK_SIZE for i in range(32)]
    http, _ = _aclient(lambda r: httpx.Response(200, stream=_AsyncChunks(chunks)))
    path = await _image().asave(tmp_path, http_client=http)
    assert path.read_bytes() == b"".join(chunks)


async def test_async_data_uris_and_errors(tmp_path: Path) -> None:
    http, rec = _aclient(_no_http)
    image = _image("data:image/png;base64," + base64.b64encode(PNG).decode())
    assert await image.aread(http_client=http) == PNG
    assert (await image.asave(tmp_path, http_client=http)).read_bytes() == PNG
    assert rec.requests == []
    http, rec = _aclient(lambda r: httpx.Response(404))
    with pytest.raises(NotFoundError):
        await _image().asave(tmp_path / "missing", http_client=http)
    assert _tree(tmp_path) == ["output.png"]

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    http, rec = _aclient(refuse)
    with pytest.raises(APIConnectionError):
        await _image().aread(http_client=http)
    assert len(rec.requests) == 3


# ---- Size limits and memory, over loopback sockets -----------------------------------------------

GiB = 1 << 30
MiB = 1 << 20


class _Zeros:
    """A loopback file server of lazily generated zeros: `/<size>` announces its length,
    `/<size>/unannounced` does not (its end is the connection's close). `sent` counts the bytes
    that left the server for the last request."""

    def __init__(self) -> None:
        self.sent = 0
        self.server = Loopback(self.serve)

    def serve(self, request: Request) -> Reply:
        size = int(request.path.split("/")[1])
        announced = None if request.path.endswith("/unannounced") else size
        return Reply(200, self._count(zeros(size)), length=announced)

    def _count(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        self.sent = 0
        for chunk in chunks:
            self.sent += len(chunk)
            yield chunk

    def image(self, size: int, *, announced: bool = True) -> shared.Image:
        tail = "" if announced else "/unannounced"
        return _image(f"{self.server.url}/{size}{tail}", file_name="zeros.bin")


@pytest.fixture
def zero_server() -> Iterator[_Zeros]:
    served = _Zeros()
    with served.server:
        yield served


async def _get(mode: str, image: shared.Image, **kwargs: Any) -> bytes:
    return image.read(**kwargs) if mode == "sync" else await image.aread(**kwargs)


async def _put(mode: str, image: shared.Image, target: Path, **kwargs: Any) -> Path:
    return image.save(target, **kwargs) if mode == "sync" else await image.asave(target, **kwargs)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_read_refuses_an_announced_gigabyte_without_reading_it(
    zero_server: _Zeros, mode: str
) -> None:
    with PeakRSS() as peak, pytest.raises(DownloadTooLargeError) as info:
        await _get(mode, zero_server.image(GiB))
    assert isinstance(info.value, FalError)
    assert (info.value.size, info.value.max_bytes) == (GiB, files.DEFAULT_READ_LIMIT)
    assert "max_bytes=268435456" in str(info.value) and "save()" in str(info.value)
    assert zero_server.sent < 64 * MiB  # what the socket buffers took before the client hung up
    assert peak.growth < 32 * MiB


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_read_counts_an_unannounced_body_and_stops_at_max_bytes(
    zero_server: _Zeros, mode: str
) -> None:
    with PeakRSS() as peak, pytest.raises(DownloadTooLargeError) as info:
        await _get(mode, zero_server.image(256 * MiB, announced=False), max_bytes=4 * MiB)
    assert (info.value.size, info.value.max_bytes) == (None, 4 * MiB)
    assert zero_server.sent < 64 * MiB
    assert peak.growth < 4 * MiB + 24 * MiB
    # Within the limit (or with none), the body is read whole.
    assert await _get(
        mode, zero_server.image(3 * MiB, announced=False), max_bytes=3 * MiB
    ) == bytes(3 * MiB)
    assert len(await _get(mode, zero_server.image(5 * MiB), max_bytes=None)) == 5 * MiB


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_read_holds_one_copy_of_the_file(mode: str) -> None:
    """The bytes returned are the buffer the body was read into, not a copy of it (the peak of
    Python's allocations is measured exactly, by tracemalloc)."""
    block = bytes(range(256)) * 4096  # 1 MiB

    def serve(request: Request) -> Reply:
        return Reply(200, (block for _ in range(96)), length=96 * MiB)

    with Loopback(serve) as server:
        tracemalloc.start()
        try:
            data = await _get(mode, _image(f"{server.url}/f.bin"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(data) == 96 * MiB and data[-len(block) :] == block
    assert peak < 96 * MiB * 1.25


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_save_streams_a_large_body_in_flat_memory(
    zero_server: _Zeros, mode: str, tmp_path: Path
) -> None:
    """256 MiB (the default read limit) goes to disk while RSS grows by a few MiB at most;
    bench/bench_download.py does the same with 1 GiB."""
    with PeakRSS() as peak:
        path = await _put(mode, zero_server.image(256 * MiB, announced=False), tmp_path)
    assert path.stat().st_size == 256 * MiB and zero_server.sent == 256 * MiB
    assert peak.growth < 16 * MiB
    path.unlink()
    # save() takes a limit too; a refused file leaves nothing behind.
    with pytest.raises(DownloadTooLargeError):
        await _put(mode, zero_server.image(2 * MiB, announced=False), tmp_path, max_bytes=MiB)
    assert _tree(tmp_path) == []


def test_a_data_uri_above_max_bytes_is_refused(tmp_path: Path) -> None:
    image = _image("data:image/png;base64," + base64.b64encode(PNG).decode())
    assert image.read(max_bytes=len(PNG)) == PNG
    with pytest.raises(DownloadTooLargeError, match=f"announced {len(PNG)} bytes"):
        image.read(max_bytes=len(PNG) - 1)
    with pytest.raises(DownloadTooLargeError):
        image.save(tmp_path, max_bytes=10)
    assert _tree(tmp_path) == []


# ---- Outputs that share a name -------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_outputs_sharing_a_server_name_all_survive_in_one_directory(
    mode: str, tmp_path: Path
) -> None:
    """Four images fal named `image.png` saved into one directory (concurrently, for the async
    client) give four files; none replaces another."""

    def serve(request: Request) -> Reply:
        return Reply(200, f"content of {request.path}".encode())

    with Loopback(serve) as server:
        images = [_image(f"{server.url}/{i}", file_name="image.png") for i in range(4)]
        if mode == "sync":
            paths = [image.save(tmp_path) for image in images]
        else:
            paths = list(await asyncio.gather(*(image.asave(tmp_path) for image in images)))
        assert sorted(p.name for p in paths) == [
            "image-1.png",
            "image-2.png",
            "image-3.png",
            "image.png",
        ]
        assert _tree(tmp_path) == sorted(p.name for p in paths)  # no temporary file left
        assert {p.read_bytes() for p in paths} == {f"content of /{i}".encode() for i in range(4)}
        if mode == "sync":
            assert paths[0] == tmp_path / "image.png"  # in order, when one after another
            # overwrite=True replaces the name fal chose; False refuses it.
            again = images[3].save(tmp_path, overwrite=True)
            assert again == tmp_path / "image.png" and again.read_bytes() == b"content of /3"
            with pytest.raises(FileExistsError):
                images[0].save(tmp_path, overwrite=False)
            # A path the caller names is replaced, as open(path, "wb") would.
            explicit = tmp_path / "mine.png"
            images[0].save(explicit)
            assert images[1].save(explicit) == explicit
            assert explicit.read_bytes() == b"content of /1"
            assert len(_tree(tmp_path)) == 5


def test_numbered_names_stay_within_the_length_limit() -> None:
    long = Path("/d") / ("é" * 126 + ".png")  # 256 bytes: safe_file_name caps such names first
    names = [p.name for p in itertools.islice(files.numbered(long), 12)]
    assert names[0] == long.name and names[1].endswith("-1.png") and names[11].endswith("-11.png")
    assert all(len(n.encode()) <= files.MAX_NAME_BYTES for n in names[1:])
    assert len(set(names)) == 12
