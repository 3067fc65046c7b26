"""File outputs (images, videos, any `url` + `content_type`/`file_name` object): read or save them,
open them with Pillow, show them in a notebook (see _notebook).

Downloads go to fal's public CDN (or wherever the URL points), never with the fal key. Sync and
async share everything: naming, data-URI decoding, target paths, size limits, and the download
flow itself (retried by the runtime's one request loop), which either driver runs.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import mimetypes
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, Self
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import httpx
from pydantic import ValidationInfo, model_validator

from fal_models import _notebook
from fal_models._base import STRICT_KEY, OutputModel
from fal_models._defaults import DEFAULT_MAX_RETRIES, DOWNLOAD_TIMEOUT
from fal_models._drivers import AsyncDriver, SyncDriver
from fal_models._exceptions import DownloadTooLargeError, InvalidFileURLError
from fal_models._flow import Flow, NextChunk, Send
from fal_models._request import call
from fal_models._urls import display_url

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

__all__ = ["FileOutput"]

CHUNK_SIZE = 1 << 16
DEFAULT_READ_LIMIT = 256 * 1024 * 1024
"""The most `read()` holds in memory unless told otherwise (256 MiB); `save()` has no limit."""
FALLBACK_STEM = "output"
MAX_NAME_BYTES = 255
MAX_NUMBERED_NAMES = 10_000
"""How many numbered names (`fox-1.png` …) `save()` tries in a directory before giving up."""

# The standard library's built-in table only (system mime.types files differ between machines),
# plus the types fal returns that Python 3.11's table lacks.
_mime_table = functools.cache(mimetypes.MimeTypes)
_EXTRA_EXTENSIONS = {
    "image/webp": ".webp",
    "image/avif": ".avif",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "model/gltf-binary": ".glb",
}
_EXTRA_TYPES = {
    **{extension: media_type for media_type, extension in _EXTRA_EXTENSIONS.items()},
    ".wav": "audio/wav",
    ".m4a": "audio/mp4",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".mkv": "video/x-matroska",
}
"""Media types by extension where Python 3.11's table has none (or an `x-` one)."""
_SEPARATORS = re.compile(r"[/\\]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_RESERVED_CHARS = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
)


class FileOutput(OutputModel):
    """An output file fal hosts at `url` (or inlines as a `data:` URI with `sync_mode=True`).

    `read()` returns its bytes (at most `max_bytes`); `save()` streams it to disk. Neither sends
    your fal key, and both take an optional `http_client` of your own (its Authorization header
    is dropped anyway). Where fal answers with the bare URL instead of the object (its own
    examples do), lenient parsing takes it as the `url`; strict parsing rejects it.
    """

    @model_validator(mode="before")
    @classmethod
    def _bare_url(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, str) and not (info.context or {}).get(STRICT_KEY):
            return {"url": data}
        return data

    def read(
        self, *, max_bytes: int | None = DEFAULT_READ_LIMIT, http_client: httpx.Client | None = None
    ) -> bytes:
        """The file's bytes, downloaded (transient failures retried, honouring Retry-After) or
        decoded. A file larger than `max_bytes` (default 256 MiB; None: no limit) raises
        DownloadTooLargeError: at once when the server announces its length, else as soon as
        the limit is passed, so no more than `max_bytes` is ever held. Use `save()` for larger
        files."""
        source = _Source.of(self)
        inline = source.inline_bytes(max_bytes)
        if inline is not None:
            return inline
        buffer = _Buffer()
        _download(source.url, http_client, buffer, max_bytes)
        return buffer.getvalue()

    async def aread(
        self,
        *,
        max_bytes: int | None = DEFAULT_READ_LIMIT,
        http_client: httpx.AsyncClient | None = None,
    ) -> bytes:
        """Async `read()`."""
        source = _Source.of(self)
        inline = source.inline_bytes(max_bytes)
        if inline is not None:
            return inline
        buffer = _Buffer()
        await _adownload(source.url, http_client, buffer, max_bytes)
        return buffer.getvalue()

    def save(
        self,
        path_or_dir: str | os.PathLike[str],
        *,
        overwrite: bool | None = None,
        max_bytes: int | None = None,
        http_client: httpx.Client | None = None,
    ) -> Path:
        """Stream the file to `path_or_dir` and return the path written; memory use stays flat
        whatever the size (`max_bytes`, default none, raises DownloadTooLargeError beyond it).

        An existing directory (or a path ending in a separator) gets the file under its own name:
        `file_name`, else the URL's last segment, else `output` plus an extension for
        `content_type`, reduced to one safe path component. A name already taken there gets a
        number (`fox.png`, `fox-1.png`, `fox-2.png` …), so outputs sharing a name all survive.
        An explicit file path is replaced. `overwrite=True` replaces in both cases;
        `overwrite=False` raises FileExistsError in both. The bytes land in a temporary file next
        to the target, moved into place only once complete.
        """
        source = _Source.of(self)
        inline = source.inline_bytes(max_bytes)
        target, named_here = resolve_target(path_or_dir, source.file_name_for)
        with _PartFile(target, _on_conflict(overwrite, named_here)) as part:
            if inline is not None:
                part.write(inline)
            else:
                _download(source.url, http_client, part, max_bytes)
            return part.commit()

    async def asave(
        self,
        path_or_dir: str | os.PathLike[str],
        *,
        overwrite: bool | None = None,
        max_bytes: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> Path:
        """Async `save()`. Chunk writes stay on the event loop: they reach the page cache in
        microseconds, less than a thread hop per chunk would cost."""
        source = _Source.of(self)
        inline = source.inline_bytes(max_bytes)
        target, named_here = resolve_target(path_or_dir, source.file_name_for)
        with _PartFile(target, _on_conflict(overwrite, named_here)) as part:
            if inline is not None:
                part.write(inline)
            else:
                await _adownload(source.url, http_client, part, max_bytes)
            return part.commit()

    def to_pil(
        self, *, max_bytes: int | None = DEFAULT_READ_LIMIT, http_client: httpx.Client | None = None
    ) -> PILImage:
        """The file as a Pillow image (`pip install 'fal-models[images]'`, else ImportError
        before any download): `read()`, then decoded at once. ImageDecodeError when its bytes
        are not an image."""
        _notebook.pillow()
        data = self.read(max_bytes=max_bytes, http_client=http_client)
        return _notebook.open_image(data, display_url(_Source.of(self).url))

    async def ato_pil(
        self,
        *,
        max_bytes: int | None = DEFAULT_READ_LIMIT,
        http_client: httpx.AsyncClient | None = None,
    ) -> PILImage:
        """Async `to_pil()` (the decoding itself runs on the event loop)."""
        _notebook.pillow()
        data = await self.aread(max_bytes=max_bytes, http_client=http_client)
        return _notebook.open_image(data, display_url(_Source.of(self).url))

    def _repr_html_(self) -> str | None:
        """Jupyter: an <img>, <video controls> or <audio controls> of the URL (the browser loads
        it; nothing is downloaded here), a link for other files."""
        source = _Source.shown(self)
        if source is None:
            return None
        kind = _notebook.media_kind(source.media_type())
        return _notebook.html_for(source.url, kind, source.file_name_for())

    def _repr_png_(self) -> bytes | None:
        """Jupyter, where HTML is not shown: a PNG fal inlined (`sync_mode`); never a download."""
        return _inline_image(self, "image/png")

    def _repr_jpeg_(self) -> bytes | None:
        """As `_repr_png_`, for an inlined JPEG."""
        return _inline_image(self, "image/jpeg")


def _inline_image(output: FileOutput, media_type: str) -> bytes | None:
    """The bytes of a `data:` URI holding an image of `media_type`, else None (a repr never
    raises, and never goes to the network)."""
    source = _Source.shown(output)
    if source is None or urlsplit(source.url).scheme.lower() != "data":
        return None
    found = (source.media_type() or "").split(";", 1)[0].strip().lower()
    if found != media_type:
        return None
    try:
        return decode_data_uri(source.url)
    except InvalidFileURLError:
        return None


Conflict = Literal["replace", "number", "refuse"]
"""What `save()` does when its target exists: replace it, take the next free numbered name, or
raise FileExistsError."""


def _on_conflict(overwrite: bool | None, named_here: bool) -> Conflict:
    if overwrite is None:
        return "number" if named_here else "replace"
    return "replace" if overwrite else "refuse"


# ---- What to fetch and what to call it: plain functions shared by sync and async --------------


@dataclass(frozen=True)
class _Source:
    """The fields a download needs, read off any generated file class (absent → None)."""

    url: str
    content_type: str | None
    file_name: str | None

    @classmethod
    def of(cls, output: FileOutput) -> _Source:
        url = getattr(output, "url", None)
        if not isinstance(url, str):
            raise InvalidFileURLError(f"{type(output).__name__} has no url to download")
        return cls(url, _text(output, "content_type"), _text(output, "file_name"))

    @classmethod
    def shown(cls, output: FileOutput) -> _Source | None:
        """`of(output)`, or None when there is no URL to show."""
        try:
            return cls.of(output)
        except InvalidFileURLError:
            return None

    def media_type(self) -> str | None:
        """The file's media type: its `content_type`, a data URI's own, else the one its file
        name's or URL's extension implies."""
        if self.content_type:
            return self.content_type
        if urlsplit(self.url).scheme.lower() == "data":
            try:
                return data_uri_media_type(self.url)
            except InvalidFileURLError:
                return None
        for name in (self.file_name, unquote(urlsplit(self.url).path)):
            suffix = Path(name).suffix.lower() if name else ""
            if suffix:
                found = _EXTRA_TYPES.get(suffix) or _mime_table().guess_type("x" + suffix)[0]
                if found:
                    return found
        return None

    def inline_bytes(self, max_bytes: int | None = None) -> bytes | None:
        """The decoded payload of a `data:` URI; None for an http(s) URL; raises for others, and
        for a payload above `max_bytes`."""
        scheme = urlsplit(self.url).scheme.lower()
        if scheme == "data":
            data = decode_data_uri(self.url)
            if max_bytes is not None and len(data) > max_bytes:
                raise DownloadTooLargeError(display_url(self.url), max_bytes, len(data))
            return data
        if scheme in ("http", "https"):
            try:
                if httpx.URL(self.url).host:
                    return None
            except httpx.InvalidURL:
                pass
            raise InvalidFileURLError(f"malformed URL {display_url(self.url)!r}")
        raise InvalidFileURLError(
            f"cannot download {scheme or 'scheme-less'} URL {display_url(self.url)!r}: "
            "only http(s) and data: URIs are supported"
        )

    def file_name_for(self) -> str:
        """A safe single-component name: the server's, the URL's, or `output` + extension."""
        is_data = urlsplit(self.url).scheme.lower() == "data"
        media_type = self.content_type
        if media_type is None and is_data:
            media_type = data_uri_media_type(self.url)
        extension = extension_for(media_type)
        from_url = None if is_data else safe_file_name(unquote(urlsplit(self.url).path))
        for name in (safe_file_name(self.file_name), from_url):
            if name:
                return name if Path(name).suffix or not extension else name + extension
        return FALLBACK_STEM + (extension or "")


def _text(output: FileOutput, name: str) -> str | None:
    # Unset optional fields hold pydantic's MISSING sentinel rather than None.
    value = getattr(output, name, None)
    return value if isinstance(value, str) and value else None


def decode_data_uri(uri: str) -> bytes:
    """The payload of an RFC 2397 `data:` URI, base64 or percent-encoded."""
    params, payload = _data_uri_parts(uri)
    if params[-1].lower() != "base64":
        return unquote_to_bytes(payload)
    text = re.sub(r"\s+", "", unquote(payload))
    text = text.replace("-", "+").replace("_", "/")  # tolerate the URL-safe alphabet
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidFileURLError(
            f"malformed data URI {display_url(uri)!r}: bad base64 ({exc})"
        ) from None


def data_uri_media_type(uri: str) -> str | None:
    """`image/png` for `data:image/png;base64,…`; None when the URI names none."""
    return _data_uri_parts(uri)[0][0].lower() or None


def _data_uri_parts(uri: str) -> tuple[list[str], str]:
    header, comma, payload = uri.partition(",")
    if not comma or header[:5].lower() != "data:":
        raise InvalidFileURLError(f"malformed data URI {display_url(uri)!r}: no ',' after header")
    return [p.strip() for p in header[5:].split(";")], payload


def extension_for(content_type: str | None) -> str | None:
    """`.png` for `image/png; charset=…`, from a fixed table; None when unknown."""
    if not content_type:
        return None
    media_type = content_type.split(";", 1)[0].strip().lower()
    return _EXTRA_EXTENSIONS.get(media_type) or _mime_table().guess_extension(media_type)


def safe_file_name(name: str | None) -> str | None:
    """`name` reduced to one harmless path component, or None when nothing usable is left.

    Server-supplied names must never leave the target directory: only the last `/` or `\\`
    component is kept, a drive prefix dropped, control and Windows-reserved characters replaced,
    `.`/`..`/empty rejected, device names (`NUL`, `COM1`…) prefixed and the length capped.
    """
    if not name:
        return None
    base = _DRIVE.sub("", _SEPARATORS.split(name)[-1])
    base = "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Cs") else c for c in base)
    base = _RESERVED_CHARS.sub("_", base).strip().rstrip(". ")
    if not base:  # also what is left of "." and ".."
        return None
    if base.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        base = "_" + base
    return _cap_length(base)


def _cap_length(name: str) -> str:
    if len(name.encode()) <= MAX_NAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, extension = name, ""
    suffix = f".{extension}" if extension else ""
    budget = MAX_NAME_BYTES - len(suffix.encode())
    return stem.encode()[:budget].decode(errors="ignore") + suffix


def resolve_target(
    path_or_dir: str | os.PathLike[str], file_name: Callable[[], str]
) -> tuple[Path, bool]:
    """The file to write: `path_or_dir` itself, or `file_name()` inside it when it is (or, by a
    trailing separator, names) a directory; and whether the name was chosen here."""
    raw = os.fspath(path_or_dir)
    path = Path(raw)
    if raw.endswith(("/", os.sep)) or (os.altsep and raw.endswith(os.altsep)) or path.is_dir():
        return path / file_name(), True
    return path, False


def numbered(target: Path) -> Iterator[Path]:
    """`target`, then `stem-1.ext`, `stem-2.ext` … beside it, each within the name length limit."""
    yield target
    suffix = target.suffix if len(target.suffix) <= 16 else ""
    stem = target.name[: len(target.name) - len(suffix)]
    for number in range(1, MAX_NUMBERED_NAMES):
        tail = f"-{number}{suffix}"
        budget = MAX_NAME_BYTES - len(tail.encode())
        yield target.with_name(stem.encode()[:budget].decode(errors="ignore") + tail)


# ---- Sinks: where downloaded chunks go ---------------------------------------------------------


class _Sink(Protocol):
    def write(self, chunk: bytes, /) -> object: ...

    def restart(self) -> None: ...


class _Buffer:
    """Chunks gathered in memory. A BytesIO hands its buffer over as the final bytes without the
    copy a bytearray would need, so `read()` peaks at the file's size, not twice it."""

    def __init__(self) -> None:
        self._data = io.BytesIO()

    def write(self, chunk: bytes) -> None:
        self._data.write(chunk)

    def restart(self) -> None:
        self._data.seek(0)
        self._data.truncate()

    def getvalue(self) -> bytes:
        return self._data.getvalue()


class _PartFile:
    """A hidden temporary file beside `target`, moved onto it (or, when `conflict` says so, onto
    the next free numbered name) by `commit()`, removed otherwise."""

    def __init__(self, target: Path, conflict: Conflict) -> None:
        self.target = target
        self.conflict = conflict
        target.parent.mkdir(parents=True, exist_ok=True)
        if conflict == "refuse" and target.exists():
            raise FileExistsError(f"{target} exists (pass overwrite=True to replace it)")
        # Not derived from the target's name, which may already use the whole length limit.
        self.path = target.parent / f".fal-download-{secrets.token_hex(8)}.part"
        self._file: IO[bytes] = open(self.path, "xb")  # noqa: SIM115 (closed by commit/__exit__)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)

    def restart(self) -> None:
        self._file.seek(0)
        self._file.truncate()

    def commit(self) -> Path:
        self._file.close()
        if self.conflict == "replace":
            os.replace(self.path, self.target)
            return self.target
        candidates = numbered(self.target) if self.conflict == "number" else iter([self.target])
        for candidate in candidates:
            if self._claim(candidate):
                return candidate
        raise FileExistsError(
            f"{self.target} exists (pass overwrite=True to replace it)"
            if self.conflict == "refuse"
            else f"{self.target} and {MAX_NUMBERED_NAMES - 1} numbered names beside it exist"
        )

    def _claim(self, candidate: Path) -> bool:
        """Move the file to `candidate` unless something is there already."""
        try:
            # Unlike a rename, a hard link fails if the target appeared meanwhile.
            os.link(self.path, candidate)
        except FileExistsError:
            return False
        except OSError:
            # No hard links on this file system (some FAT and network mounts): check, then rename.
            if candidate.exists():
                return False
            os.replace(self.path, candidate)
        return True


# ---- HTTP: one flow, run by either driver ------------------------------------------------------


def download(url: str, sink: _Sink, max_bytes: int | None = None) -> Flow[None]:
    """GET `url` into `sink` with no credential, retried by the download policy; each attempt
    starts the sink over. Past `max_bytes` (checked against the announced length first, then
    counted), raise DownloadTooLargeError and drop the connection without reading on."""
    send = Send("GET", url, {}, stream=True, follow_redirects=True, anonymous=True)

    def receive(response: httpx.Response) -> Flow[None]:
        announced = _announced_size(response)
        if max_bytes is not None and announced is not None and announced > max_bytes:
            raise DownloadTooLargeError(display_url(url), max_bytes, announced)
        sink.restart()
        received = 0
        while True:
            chunk: bytes | None = yield NextChunk(response, CHUNK_SIZE)
            if chunk is None:
                return
            received += len(chunk)
            if max_bytes is not None and received > max_bytes:
                raise DownloadTooLargeError(display_url(url), max_bytes, announced)
            sink.write(chunk)

    yield from call(send, "download", DEFAULT_MAX_RETRIES, receive)


def _announced_size(response: httpx.Response) -> int | None:
    """The body's length as the server announced it; None when unknown, or when a content
    encoding makes it the compressed length."""
    if response.headers.get("content-encoding", "identity").strip().lower() != "identity":
        return None
    raw = response.headers.get("content-length", "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None


def _download(
    url: str, client: httpx.Client | None, sink: _Sink, max_bytes: int | None = None
) -> None:
    if client is not None:
        SyncDriver(client).drive(download(url, sink, max_bytes))
        return
    with httpx.Client(timeout=DOWNLOAD_TIMEOUT) as http:
        SyncDriver(http).drive(download(url, sink, max_bytes))


async def _adownload(
    url: str, client: httpx.AsyncClient | None, sink: _Sink, max_bytes: int | None = None
) -> None:
    if client is not None:
        await AsyncDriver(client).drive(download(url, sink, max_bytes))
        return
    async with httpx.AsyncClient(timeout=DOWNLOAD_TIMEOUT) as http:
        await AsyncDriver(http).drive(download(url, sink, max_bytes))
