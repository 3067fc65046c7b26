"""A local fake of fal's models catalogue (`GET /v1/models`, fal's Platform API) on loopback.

It answers as platform/openapi.json describes: filters `status`, `category`, `endpoint_id`
(repeated or comma-separated), `expand=openapi-3.0`, cursor pagination (`next_cursor` encodes
the page number, `has_more`), an expansion that fails for one model, and fal's error envelope.
It records every request and can answer the next ones with errors first.
"""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class FakeModel:
    endpoint_id: str
    category: str
    document: dict[str, Any] | None  # None: fal's expansion fails for this model
    status: str = "active"


@dataclass(frozen=True)
class Fault:
    """One error answer: status, headers, and the error message (by default the status's phrase;
    `{authorization}` is replaced by the request's Authorization header, as a careless server
    might echo it)."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    message: str | None = None


@dataclass(frozen=True)
class Seen:
    query: dict[str, list[str]]
    authorization: str | None


class FakeModelsApi:
    """`with FakeModelsApi(models) as api:` serves them at `api.url` (…/v1) until the block ends."""

    def __init__(self, models: list[FakeModel], page_size: int = 2) -> None:
        self.models = models
        self.page_size = page_size
        self.faults: list[Fault] = []
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeModelsApi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def answer(self, path: str, authorization: str | None) -> tuple[int, dict[str, str], Any]:
        url = urlsplit(path)
        query = parse_qs(url.query, keep_blank_values=True)
        with self._lock:
            self.requests.append(Seen(query, authorization))
            fault = self.faults.pop(0) if self.faults else None
        if fault is not None:
            message = fault.message or HTTPStatus(fault.status).phrase
            message = message.replace("{authorization}", authorization or "")
            kind = {429: "rate_limited", 401: "authorization_error"}.get(fault.status)
            return fault.status, fault.headers, _error(kind or "server_error", message)
        if url.path != "/v1/models":
            return 404, {}, _error("not_found", f"no route {url.path}")
        ids = [i for value in query.get("endpoint_id", []) for i in value.split(",")]
        selected = [
            m
            for m in self.models
            if m.status == query.get("status", [m.status])[0]
            and m.category == query.get("category", [m.category])[0]
            and (not ids or m.endpoint_id in ids)
        ]
        page = int(base64.b64decode(query["cursor"][0])) if "cursor" in query else 0
        size = min(int(query.get("limit", ["50"])[0]), self.page_size)
        chunk = selected[page * size : (page + 1) * size]
        has_more = (page + 1) * size < len(selected)
        expand = "openapi-3.0" in query.get("expand", [])
        return (
            200,
            {},
            {
                "models": [self._entry(m, expand) for m in chunk],
                "next_cursor": base64.b64encode(str(page + 1).encode()).decode()
                if has_more
                else None,
                "has_more": has_more,
            },
        )

    def _entry(self, model: FakeModel, expand: bool) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "endpoint_id": model.endpoint_id,
            "metadata": {"display_name": model.endpoint_id, "category": model.category},
        }
        if expand:
            entry["openapi"] = model.document or {
                "error": {"code": "expansion_failed", "message": "schema unavailable"}
            }
        return entry


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"type": kind, "message": message}}


def _handler(api: FakeModelsApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = api.answer(self.path, self.headers.get("Authorization"))
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet tests

    return Handler
