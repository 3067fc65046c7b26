"""Files in: local files given as input are inlined as data URIs or uploaded to fal storage.

Upload flows follow fal's storage protocol: a CDN token from the REST host, then one POST to the
CDN (multipart above 100 MiB), falling back to a presigned upload when the CDN fails. The fal key
goes only to the REST host; the CDN gets its own token and presigned URLs get no credential.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import logging
import mimetypes
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Protocol, TypeAlias, TypeVar
from urllib.parse import quote

from fal_models._base import InputModel, model_in
from fal_models._config import ClientConfig
from fal_models._decode import expect_object, json_answer, with_text
from fal_models._exceptions import FalError, FileChangedError, RequestTimeoutError
from fal_models._flow import Flow, Now
from fal_models._headers import lifecycle_preference
from fal_models._request import CallOptions, Deadline, request


class PILImageLike(Protocol):
    """What the runtime uses of a PIL image (`PIL.Image.Image`): `mode`, and `save` into a binary
    file. Structural, so a file field's type is fully known whether Pillow is installed or not."""

    @property
    def mode(self) -> str: ...

    def save(self, fp: IO[bytes], format: str | None = None) -> None: ...


FileInput: TypeAlias = str | bytes | bytearray | os.PathLike[str] | IO[bytes] | PILImageLike
"""What a file field accepts: a URL or data URI as is, or local data to inline or upload."""

InT = TypeVar("InT", bound=InputModel)
logger = logging.getLogger("fal_models")

FILE_MARKER = "x-fal-file"
MULTIPART_THRESHOLD = 100 * 1024 * 1024
MULTIPART_CHUNK = 10 * 1024 * 1024
_PENDING = "https://pending.upload.invalid/"
"""Stands in for a local file while the rest of the input is validated, before any upload."""
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True)
class LocalFile:
    """A file input read into memory, or (when large) left on disk to be read part by part.

    A file on disk is uploaded as it was when it was found (`stamp`: its size and modification
    time then): every read checks it got the bytes expected and that the file is unchanged, and
    raises FileChangedError otherwise, so no URL ever points at a mix of two versions."""

    content_type: str
    file_name: str | None
    data: bytes | None = None
    path: Path | None = None
    stamp: tuple[int, int] = (0, 0)

    @classmethod
    def on_disk(cls, path: Path, content_type: str, file_name: str | None) -> LocalFile:
        info = path.stat()
        return cls(content_type, file_name, path=path, stamp=(info.st_size, info.st_mtime_ns))

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.stamp[0]

    def chunks(self, size: int) -> list[tuple[int, int]]:
        """(offset, length) of each part of a multipart upload."""
        total = self.size
        return [(offset, min(size, total - offset)) for offset in range(0, total, size)]

    def read(self, offset: int = 0, length: int | None = None) -> bytes:
        expected = self.size - offset if length is None else length
        if self.data is not None:
            return self.data[offset : offset + expected]
        assert self.path is not None
        try:
            with self.path.open("rb") as handle:
                handle.seek(offset)
                data = handle.read(expected)
                info = os.fstat(handle.fileno())
        except FileNotFoundError:
            raise FileChangedError(str(self.path), "it is gone") from None
        if len(data) != expected:
            raise FileChangedError(
                str(self.path),
                f"{len(data)} bytes at offset {offset} where {expected} were expected "
                f"(it had {self.size} bytes)",
            )
        if (info.st_size, info.st_mtime_ns) != self.stamp:
            raise FileChangedError(
                str(self.path),
                f"it has {info.st_size} bytes now, {self.size} when it was found"
                if info.st_size != self.size
                else "it was modified",
            )
        return data


def local_file(
    value: Any, content_type: str | None = None, file_name: str | None = None
) -> LocalFile:
    """Read a non-URL file input: bytes, a path, a binary file object or a PIL image."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return LocalFile(content_type or sniff(data), file_name, data=data)
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        if not path.is_file():
            raise FileNotFoundError(f"file input {path} does not exist")
        guessed = mimetypes.guess_type(path.name)[0]
        name = file_name or path.name
        if path.stat().st_size > MULTIPART_THRESHOLD:
            return LocalFile.on_disk(
                path, content_type or guessed or "application/octet-stream", name
            )
        data = path.read_bytes()
        return LocalFile(content_type or guessed or sniff(data), name, data=data)
    if hasattr(value, "save") and hasattr(value, "mode"):  # a PIL image
        buffer = io.BytesIO()
        value.save(buffer, format="PNG")
        return LocalFile("image/png", file_name, data=buffer.getvalue())
    if hasattr(value, "read"):
        data = value.read()
        if not isinstance(data, bytes):
            raise TypeError("file objects given as input must be opened in binary mode ('rb')")
        raw_name = getattr(value, "name", None)
        named = file_name or (os.path.basename(raw_name) if isinstance(raw_name, str) else None)
        guessed = mimetypes.guess_type(named)[0] if named else None
        return LocalFile(content_type or guessed or sniff(data), named, data=data)
    raise TypeError(
        f"cannot use {type(value).__name__} as a file: pass a URL, a data URI, a pathlib.Path, "
        "bytes, a binary file object or a PIL image"
    )


def sniff(data: bytes) -> str:
    """The content type of common media from its first bytes."""
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def data_uri(file: LocalFile) -> str:
    return f"data:{file.content_type};base64,{base64.b64encode(file.read()).decode('ascii')}"


# -- finding file inputs -------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedInput:
    """A validated input whose local files still need inlining or uploading before it is sent."""

    model: InputModel
    files: tuple[tuple[tuple[str | int, ...], Any], ...] = ()


def prepare(model: type[InT], values: dict[str, Any]) -> PreparedInput:
    """Validate `values`, with every local file in a file field standing in for its future URL,
    so a bad input fails before anything is uploaded."""
    files: list[tuple[tuple[str | int, ...], Any]] = []
    replaced = _replace_files(model, values, (), files)
    return PreparedInput(model.build(replaced), tuple(files))


def _replace_files(
    model: type[Any], values: Mapping[str, Any], at: tuple[str | int, ...], found: list[Any]
) -> dict[str, Any]:
    out = dict(values)
    fields = model.model_fields
    for key, value in values.items():
        field = fields.get(key) or next((f for f in fields.values() if f.alias == key), None)
        if field is None:
            continue
        wire = (*at, field.alias or key)
        extra = field.json_schema_extra
        if isinstance(extra, dict) and extra.get(FILE_MARKER):
            out[key] = _replace_value(value, wire, found)
            continue
        nested = model_in(field.annotation)
        if nested is None:
            continue
        if isinstance(value, Mapping):
            out[key] = _replace_files(nested, value, wire, found)
        elif isinstance(value, list):
            out[key] = [
                _replace_files(nested, item, (*wire, i), found)
                if isinstance(item, Mapping)
                else item
                for i, item in enumerate(value)
            ]
    return out


def _replace_value(value: Any, at: tuple[str | int, ...], found: list[Any]) -> Any:
    if isinstance(value, (list, tuple)):
        return [_replace_value(item, (*at, i), found) for i, item in enumerate(value)]
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, os.PathLike) and not Path(os.fspath(value)).is_file():
        raise FileNotFoundError(f"file input {'.'.join(map(str, at))}: {value} does not exist")
    found.append((at, value))
    return _PENDING


def body(
    config: ClientConfig, prepared: PreparedInput, *, deadline: Deadline | None = None
) -> Flow[dict[str, Any]]:
    """The JSON body, with each local file inlined (small) or uploaded (large), the uploads
    within the call's `deadline`."""
    wire = prepared.model.to_wire()
    for at, value in prepared.files:
        file = local_file(value)
        if file.size <= config.inline_file_limit:
            url = data_uri(file)
        else:
            url = yield from upload(config, file, deadline=deadline)
        _set(wire, at, url)
    return wire


def _set(wire: Any, at: tuple[str | int, ...], value: str) -> None:
    for part in at[:-1]:
        wire = wire[part]
    wire[at[-1]] = value


# -- uploading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CdnToken:
    token: str
    token_type: str
    base_url: str
    expires_at: float

    @property
    def authorization(self) -> str:
        return f"{self.token_type} {self.token}"


def upload(
    config: ClientConfig,
    file: LocalFile,
    *,
    expires_in: int | None = None,
    deadline: Deadline | None = None,
) -> Flow[str]:
    """Upload to fal storage and return the file's URL: the CDN first, then the fallback."""
    if expires_in is not None:
        lifecycle_preference(expires_in)  # an unusable value raises before anything is sent
    within = CallOptions(deadline=deadline)
    try:
        return (yield from _upload_cdn(config, file, expires_in, within))
    except FileChangedError:
        raise  # the fallback would upload whatever the file holds now
    except RequestTimeoutError:
        raise  # no time left for the fallback either
    except (FalError, OSError) as exc:
        logger.warning("CDN upload failed (%s); trying fal's fallback storage", exc)
    return (yield from _upload_fallback(config, file, expires_in, within))


def _lifecycle(expires_in: int | None) -> dict[str, str]:
    if expires_in is None:
        return {}
    value = lifecycle_preference(expires_in)
    return {"X-Fal-Object-Lifecycle": value, "X-Fal-Object-Lifecycle-Preference": value}


def _cdn_token(config: ClientConfig, within: CallOptions) -> Flow[CdnToken]:
    cached = config.cdn_token
    now: float = yield Now(wall=True)  # the token's expiry is a server timestamp
    if isinstance(cached, CdnToken) and cached.expires_at - 60 > now:
        return cached
    response = yield from request(
        config,
        "POST",
        f"{config.rest_url}/storage/auth/token",
        kind="upload",
        params={"storage_type": "fal-cdn-v3"},
        json={},
        headers={"Accept": "application/json"},
        options=within,
    )
    data = json_answer(response, "storage token answer", with_text("token"))
    token = CdnToken(
        token=str(data["token"]),
        token_type=str(data.get("token_type") or "Bearer"),
        base_url=str(data.get("base_url") or config.cdn_url).rstrip("/"),
        expires_at=_timestamp(data.get("expires_at"), now),
    )
    config.cdn_token = token
    return token


def _timestamp(value: Any, now: float) -> float:
    try:
        return datetime.fromisoformat(str(value)).timestamp()
    except ValueError:
        return now + 300  # unknown format: refresh soon rather than use a stale token


def _upload_cdn(
    config: ClientConfig, file: LocalFile, expires_in: int | None, within: CallOptions
) -> Flow[str]:
    token = yield from _cdn_token(config, within)
    headers = {"Content-Type": file.content_type, **_lifecycle(expires_in)}
    if file.size <= MULTIPART_THRESHOLD:
        if file.file_name:
            headers["X-Fal-File-Name"] = quote(file.file_name)
        response = yield from request(
            config,
            "POST",
            f"{config.cdn_url}/files/upload",
            kind="upload",
            content=file.read(),
            headers=headers,
            authorization=token.authorization,
            options=within,
        )
        return str(
            json_answer(response, "CDN upload answer", with_text("access_url"))["access_url"]
        )
    headers["X-Fal-File-Name"] = quote(file.file_name or "upload.bin")
    response = yield from request(
        config,
        "POST",
        f"{token.base_url}/files/upload/multipart",
        kind="upload",
        headers={**headers, "Accept": "application/json"},
        authorization=token.authorization,
        options=within,
    )
    started = json_answer(response, "multipart upload answer", with_text("access_url", "uploadId"))
    access_url, upload_id = str(started["access_url"]), str(started["uploadId"])
    parts = []
    for number, (offset, length) in enumerate(file.chunks(MULTIPART_CHUNK), start=1):
        part = yield from request(
            config,
            "PUT",
            f"{access_url}/multipart/{upload_id}/{number}",
            kind="upload",
            content=file.read(offset, length),
            headers={"Accept-Encoding": "identity"},
            authorization=token.authorization,
            options=dataclasses.replace(within, timeout=None),
        )
        parts.append({"partNumber": number, "etag": part.headers.get("etag", "")})
    done = yield from request(
        config,
        "POST",
        f"{access_url}/multipart/{upload_id}/complete",
        kind="upload",
        json={"parts": parts},
        authorization=token.authorization,
        options=within,
    )
    if not done.content.strip():
        return access_url  # the URL given at the start stands
    final = json_answer(done, "multipart completion answer", expect_object).get("access_url")
    return final if isinstance(final, str) and final else access_url


def _upload_fallback(
    config: ClientConfig, file: LocalFile, expires_in: int | None, within: CallOptions
) -> Flow[str]:
    response = yield from request(
        config,
        "POST",
        f"{config.rest_url}/storage/upload/initiate",
        kind="upload",
        params={"storage_type": "gcs"},
        json={"file_name": file.file_name or "upload.bin", "content_type": file.content_type},
        headers=_lifecycle(expires_in),
        options=within,
    )
    data = json_answer(response, "storage upload answer", with_text("upload_url", "file_url"))
    yield from request(
        config,
        "PUT",
        str(data["upload_url"]),
        kind="upload",
        content=file.read(),
        headers={"Content-Type": file.content_type},
        options=dataclasses.replace(within, timeout=None),
    )
    return str(data["file_url"])
