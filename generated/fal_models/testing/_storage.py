"""fal's storage, in memory: upload tokens, CDN and multipart uploads, presigned URLs, and the
files served from the CDN (uploaded ones and synthesized outputs alike)."""

from __future__ import annotations

import secrets
import threading
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote, urlsplit

from fal_models._files import extension_for, safe_file_name
from fal_models.testing._exchange import Incoming, Reply, json_reply
from fal_models.testing._media import Media
from fal_models.testing._routes import MULTIPART_PATH, Bases, Route

__all__ = ["Storage"]


@dataclass
class _StoredFile:
    content_type: str
    data: bytes


@dataclass
class _Multipart:
    path: str
    content_type: str
    parts: dict[int, bytes] = field(default_factory=dict)


class Storage:
    """The storage routes' state and handlers (`token`, `cdn_upload`, `initiate`,
    `presigned_put`, `multipart_*`, `file`); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, _StoredFile] = {}
        self._tokens: set[str] = set()
        self._multipart: dict[str, _Multipart] = {}
        self._presigned: dict[str, tuple[str, str]] = {}

    def host(self, media: Media, bases: Bases, name: str | None = None) -> str:
        """Serve bytes from the CDN; their URL."""
        key = f"/files/{secrets.token_hex(8)}/{name or media.file_name}"
        with self._lock:
            self._files[key] = _StoredFile(media.content_type, media.data)
        return bases.cdn + quote(key)

    def read(self, url: str) -> bytes | None:
        """The bytes served at a file URL (either front end's form), if any."""
        path = unquote(urlsplit(url).path)
        key = path[len("/cdn") :] if path.startswith("/cdn/files/") else path
        with self._lock:
            stored = self._files.get(key)
            return stored.data if stored else None

    def knows_token(self, token: str) -> bool:
        """Whether `token` is a CDN upload token this storage handed out."""
        with self._lock:
            return token in self._tokens

    # -- routes ----------------------------------------------------------------------------------

    def token(self, route: Route, incoming: Incoming) -> Reply:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._tokens.add(token)
        expires = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        body = {"token": token, "token_type": "Bearer", "base_url": route.bases.cdn}
        return json_reply(200, {**body, "expires_at": expires})

    def cdn_upload(self, route: Route, incoming: Incoming) -> Reply:
        media = _upload_media(incoming)
        return json_reply(200, {"access_url": self.host(media, route.bases)})

    def initiate(self, route: Route, incoming: Incoming) -> Reply:
        data = incoming.json() if isinstance(incoming.json(), dict) else {}
        content_type = str(data.get("content_type") or "application/octet-stream")
        name = _safe_name(str(data.get("file_name") or ""), content_type)
        key = f"/files/{secrets.token_hex(8)}/{name}"
        signature = secrets.token_urlsafe(12)
        with self._lock:
            self._presigned[signature] = (key, content_type)
        return json_reply(
            200,
            {
                "upload_url": f"{route.bases.cdn}/presigned/{signature}",
                "file_url": route.bases.cdn + quote(key),
            },
        )

    def presigned_put(self, route: Route, incoming: Incoming) -> Reply:
        with self._lock:
            target = self._presigned.pop(route.path.rsplit("/", 1)[-1], None)
            if target is None:
                return json_reply(403, {"detail": "Invalid or used upload URL"})
            key, content_type = target
            kind = incoming.headers.get("content-type") or content_type
            self._files[key] = _StoredFile(kind, incoming.body)
        return Reply(200, headers={"x-fal-request-id": str(uuid.uuid4())})

    def multipart_start(self, route: Route, incoming: Incoming) -> Reply:
        media = _upload_media(incoming)
        key = f"/files/{secrets.token_hex(8)}/{media.file_name}"
        upload_id = secrets.token_hex(8)
        with self._lock:
            self._multipart[upload_id] = _Multipart(key, media.content_type)
        return json_reply(200, {"access_url": route.bases.cdn + quote(key), "uploadId": upload_id})

    def multipart_part(self, route: Route, incoming: Incoming) -> Reply:
        upload = self._upload_in(route)
        if upload is None:
            return json_reply(404, {"detail": "Unknown multipart upload"})
        with self._lock:
            upload.parts[int(route.part or 0)] = incoming.body
        etag = f'"{zlib.crc32(incoming.body):08x}"'
        return Reply(200, headers={"ETag": etag, "x-fal-request-id": str(uuid.uuid4())})

    def multipart_complete(self, route: Route, incoming: Incoming) -> Reply:
        upload = self._upload_in(route)
        if upload is None:
            return json_reply(404, {"detail": "Unknown multipart upload"})
        with self._lock:
            data = b"".join(upload.parts[n] for n in sorted(upload.parts))
            self._files[upload.path] = _StoredFile(upload.content_type, data)
            self._multipart = {k: v for k, v in self._multipart.items() if v is not upload}
        return json_reply(200, {"access_url": route.bases.cdn + quote(upload.path)})

    def file(self, route: Route, incoming: Incoming) -> Reply:
        with self._lock:
            stored = self._files.get(route.path) if incoming.method == "GET" else None
        if stored is None:
            return json_reply(404, {"detail": "File not found"})
        return Reply(200, stored.data, {"Content-Type": stored.content_type})

    def _upload_in(self, route: Route) -> _Multipart | None:
        match = MULTIPART_PATH.match(route.path)
        with self._lock:
            upload = self._multipart.get(match["uid"]) if match else None
        return upload if upload is not None and match and upload.path == match["file"] else None


def _safe_name(name: str, content_type: str) -> str:
    return safe_file_name(unquote(name)) or "upload" + (extension_for(content_type) or ".bin")


def _upload_media(incoming: Incoming) -> Media:
    content_type = incoming.headers.get("content-type") or "application/octet-stream"
    name = _safe_name(incoming.headers.get("x-fal-file-name", ""), content_type)
    return Media(content_type, name, incoming.body)
