"""Cassettes: recorded HTTP exchanges with fal, as readable YAML, and the transports that record
and strictly replay them.

A cassette names the call it exercises (`call`: endpoint, method, input, options), where its
responses come from (`provenance`), and the ordered exchanges. Replay is strict both ways: each
request the client sends must equal the recorded one (method, URL path, query, fal headers,
JSON body compared as data), and the client parses each recorded response itself (in strict
mode, when the call asks for it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-fal-cdn-token"})
REDACTED = "<redacted>"


def fal_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers a request is matched on: fal's own (`x-fal-*`), lower-cased, sorted."""
    return {k.lower(): v for k, v in sorted(headers.items()) if k.lower().startswith("x-fal-")}


@dataclass
class RecordedRequest:
    method: str
    url: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None

    @classmethod
    def of(cls, request: httpx.Request) -> RecordedRequest:
        body = json.loads(request.content) if request.content else None
        url = request.url.copy_with(query=None)
        return cls(
            request.method,
            str(url),
            dict(request.url.params.multi_items()),
            fal_headers(request.headers),
            body,
        )

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"method": self.method, "url": self.url}
        if self.query:
            data["query"] = self.query
        if self.headers:
            data["headers"] = self.headers
        if self.json is not None:
            data["json"] = self.json
        return data


@dataclass
class RecordedResponse:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    sse: list[Any] | None = None
    text: str | None = None

    def to_httpx(self) -> httpx.Response:
        headers = dict(self.headers)
        if self.sse is not None:
            headers.setdefault("content-type", "text/event-stream")
            body = "".join(f"data: {json.dumps(event)}\n\n" for event in self.sse)
            return httpx.Response(self.status, headers=headers, content=body.encode())
        if self.json is not None:
            return httpx.Response(self.status, headers=headers, json=self.json)
        return httpx.Response(self.status, headers=headers, text=self.text or "")

    @classmethod
    def of(cls, response: httpx.Response) -> RecordedResponse:
        headers = {
            k.lower(): v
            for k, v in response.headers.items()
            if k.lower().startswith("x-fal-")
            or k.lower() in ("content-type", "retry-after", "retry-after-ms")
        }
        content_type = response.headers.get("content-type", "")
        if "text/event-stream" in content_type:
            events = [
                json.loads(line[5:])
                for line in response.text.splitlines()
                if line.startswith("data:")
            ]
            return cls(response.status_code, headers, sse=events)
        try:
            return cls(response.status_code, headers, json=response.json())
        except ValueError:
            return cls(response.status_code, headers, text=response.text)

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status}
        if self.headers:
            data["headers"] = self.headers
        for key in ("json", "sse", "text"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass
class Exchange:
    request: RecordedRequest
    response: RecordedResponse


@dataclass
class Cassette:
    endpoint: str
    scenario: str
    provenance: str
    call: dict[str, Any]
    exchanges: list[Exchange]
    expect: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Cassette:
        data = yaml.safe_load(path.read_text())
        return cls(
            endpoint=data["endpoint"],
            scenario=data["scenario"],
            provenance=data["provenance"],
            call=data["call"],
            exchanges=[
                Exchange(RecordedRequest(**e["request"]), RecordedResponse(**e["response"]))
                for e in data["exchanges"]
            ],
            expect=data.get("expect") or {},
        )

    def dump(self) -> str:
        data = {
            "endpoint": self.endpoint,
            "scenario": self.scenario,
            "provenance": self.provenance,
            "call": self.call,
            "exchanges": [
                {"request": e.request.as_data(), "response": e.response.as_data()}
                for e in self.exchanges
            ],
        }
        if self.expect:
            data["expect"] = self.expect
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def scrub(text: str, secrets: list[str]) -> str:
    """`text` with every secret replaced; the recorder runs this over the whole cassette."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


class ReplayMismatch(AssertionError):
    pass


class Replayer:
    """An httpx handler answering from a cassette, in order, after checking each request."""

    def __init__(self, cassette: Cassette) -> None:
        self.cassette = cassette
        self.position = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        name = f"{self.cassette.endpoint} [{self.cassette.scenario}]"
        if self.position >= len(self.cassette.exchanges):
            raise ReplayMismatch(f"{name}: unexpected extra request {request.method} {request.url}")
        exchange = self.cassette.exchanges[self.position]
        self.position += 1
        sent = RecordedRequest.of(request).as_data()
        recorded = exchange.request.as_data()
        if sent != recorded:
            raise ReplayMismatch(
                f"{name}: request {self.position} differs from the cassette\n"
                f"  sent:     {json.dumps(sent, sort_keys=True)}\n"
                f"  recorded: {json.dumps(recorded, sort_keys=True)}"
            )
        return exchange.response.to_httpx()

    def assert_done(self) -> None:
        left = len(self.cassette.exchanges) - self.position
        if left:
            raise ReplayMismatch(
                f"{self.cassette.endpoint} [{self.cassette.scenario}]: "
                f"{left} recorded exchange(s) never requested"
            )


class Recorder:
    """Wraps a real transport and keeps each exchange (bodies read in full)."""

    def __init__(self, send: Callable[[httpx.Request], httpx.Response]) -> None:
        self.send = send
        self.exchanges: list[Exchange] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = self.send(request)
        response.read()
        self.exchanges.append(Exchange(RecordedRequest.of(request), RecordedResponse.of(response)))
        # The body is decoded now, so the encoding headers no longer describe it.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(response.status_code, headers=headers, content=response.content)
