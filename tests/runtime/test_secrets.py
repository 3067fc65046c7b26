"""The fal key and other secrets under hostile conditions, over real sockets: keys read with a
trailing newline, keys that cannot be sent, log records of the client and its HTTP libraries,
servers naming http:// URLs or redirecting to the CDN, URLs carrying credentials in messages.

A small loopback server (HTTP, and HTTPS on the same port when asked) records the scheme, path
and Authorization header of every request it receives.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import logging
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fal_models import (
    APIConnectionError,
    APIStatusError,
    AsyncFalClient,
    AuthenticationError,
    FalClient,
    FalError,
)
from fal_models._config import ClientConfig
from fal_models._flow import Send

KEY_ID = "key-id-4f1c"
KEY_SECRET = "key-secret-9b7e2d"
KEY = f"{KEY_ID}:{KEY_SECRET}"
QWEN = "fal-ai/qwen-image"


@dataclass(frozen=True)
class Seen:
    scheme: str
    method: str
    path: str
    authorization: str | None


Answer = Callable[["Seen"], tuple[int, dict[str, str], Any]]
"""A request as seen → (status, headers, JSON body)."""


class Server:
    """A loopback server answering with `answer` and recording every request. With `tls`, the
    same port speaks HTTPS too (a connection opening with a TLS handshake is wrapped)."""

    def __init__(self, answer: Answer, tls: ssl.SSLContext | None = None) -> None:
        self.seen: list[Seen] = []
        seen = self.seen

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
                request = Seen(scheme, self.command, self.path, self.headers["Authorization"])
                seen.append(request)
                status, headers, body = answer(request)
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Httpd(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self) -> tuple[socket.socket, Any]:
                sock, address = super().get_request()
                if tls is not None:
                    sock.settimeout(5)
                    if sock.recv(1, socket.MSG_PEEK) == b"\x16":  # a TLS ClientHello
                        sock = tls.wrap_socket(sock, server_side=True)
                    sock.settimeout(None)
                return sock, address

        self.httpd = Httpd(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()

    def settings(self, base: str | None = None) -> dict[str, str]:
        base = base or self.url
        return {
            "run_url": f"{base}/run",
            "queue_url": f"{base}/queue",
            "rest_url": f"{base}/rest",
            "cdn_url": f"{base}/cdn",
        }


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def start(answer: Answer, tls: ssl.SSLContext | None = None) -> Server:
        servers.append(Server(answer, tls))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def queue(base: Callable[[str], str]) -> Answer:
    """fal's queue for one request `r1`: a submit names its URLs at `base(scheme)`; status is
    COMPLETED; a request without `Key ...` gets a 401 (as fal's gateway does)."""

    def answer(request: Seen) -> tuple[int, dict[str, str], Any]:
        if request.authorization is None:
            return 401, {}, {"detail": "No credentials"}
        urls = f"{base(request.scheme)}/queue/fal-ai/qwen-image/requests/r1"
        if request.method == "POST":
            return (
                200,
                {"x-fal-request-id": "r1"},
                {
                    "status": "IN_QUEUE",
                    "request_id": "r1",
                    "status_url": f"{urls}/status",
                    "response_url": urls,
                    "cancel_url": f"{urls}/cancel",
                },
            )
        return (
            200,
            {"x-fal-request-id": "r1"},
            {"status": "COMPLETED", "request_id": "r1", "logs": None},
        )

    return answer


@pytest.fixture
def no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET"):
        monkeypatch.delenv(name, raising=False)


# -- 1. keys with whitespace, keys that cannot be sent -------------------------------------------


@pytest.mark.parametrize("around", ["\n", "\r\n", " ", "\t", " \t\r\n"], ids=repr)
@pytest.mark.parametrize("source", ["argument", "FAL_KEY", "FAL_KEY_ID+FAL_KEY_SECRET"])
def test_whitespace_around_the_key_is_dropped(
    serve: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
    no_env_key: None,
    source: str,
    around: str,
) -> None:
    server = serve(queue(lambda scheme: f"{scheme}://127.0.0.1:{server.port}"))
    key: str | None = None
    if source == "argument":
        key = KEY + around
    elif source == "FAL_KEY":
        monkeypatch.setenv("FAL_KEY", around + KEY + around)
    else:
        monkeypatch.setenv("FAL_KEY_ID", KEY_ID + around)
        monkeypatch.setenv("FAL_KEY_SECRET", around + KEY_SECRET + around)
    with FalClient(key, **server.settings()) as fal:
        handle = fal.qwen_image.submit(prompt="x")
        handle.status()
    assert [s.authorization for s in server.seen] == [f"Key {KEY}"] * 2


SECRET_TAIL = KEY_SECRET[-6:]
"""A part of the secret in every bad key below: no error may show it."""
BAD_SECRETS = [
    pytest.param(f"{KEY_SECRET}\nX-Injected: 1", "a control character", id="newline"),
    pytest.param(f"{KEY_SECRET}\x00tail", "a control character", id="nul"),
    pytest.param(f"{KEY_SECRET}\x7ftail", "a control character", id="del"),
    pytest.param(f"{KEY_SECRET[:-6]} {SECRET_TAIL}", "whitespace", id="inner-space"),
    pytest.param(f"{KEY_SECRET}é", "non-ASCII", id="non-ascii"),
]


@pytest.mark.parametrize(("secret", "problem"), BAD_SECRETS)
def test_a_key_that_cannot_be_sent_is_refused_at_construction_without_showing_it(
    secret: str, problem: str
) -> None:
    with pytest.raises(FalError) as info:
        FalClient(f"{KEY_ID}:{secret}")
    error = info.value
    assert isinstance(error, ValueError)
    assert problem in str(error) and "key" in str(error)
    assert SECRET_TAIL not in str(error) and SECRET_TAIL not in repr(error)
    assert error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize(
    ("secret", "problem"),
    [s for s in BAD_SECRETS if s.id != "nul"],  # no NUL in environ
)
@pytest.mark.parametrize("variable", ["FAL_KEY", "FAL_KEY_SECRET"])
async def test_a_key_from_the_environment_that_cannot_be_sent_is_refused_before_any_request(
    serve: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
    no_env_key: None,
    secret: str,
    problem: str,
    variable: str,
) -> None:
    server = serve(queue(lambda scheme: f"{scheme}://127.0.0.1:{server.port}"))
    if variable == "FAL_KEY":
        monkeypatch.setenv("FAL_KEY", f"{KEY_ID}:{secret}")
    else:
        monkeypatch.setenv("FAL_KEY_ID", KEY_ID)
        monkeypatch.setenv("FAL_KEY_SECRET", secret)
    with FalClient(**server.settings()) as fal, pytest.raises(FalError) as info:
        fal.qwen_image.submit(prompt="x")
    async with AsyncFalClient(**server.settings()) as afal:
        with pytest.raises(FalError) as ainfo:
            await afal.qwen_image.submit(prompt="x")
    for error in (info.value, ainfo.value):
        assert variable in str(error) and problem in str(error)
        assert SECRET_TAIL not in str(error)
        assert not getattr(error, "may_have_been_enqueued", False)
    assert server.seen == []


def test_a_local_http_failure_never_claims_the_submit_may_have_been_enqueued(
    serve: Callable[..., Server],
) -> None:
    """The caller's own client carries a header value h11 refuses to write: nothing is sent."""
    server = serve(queue(lambda scheme: f"{scheme}://127.0.0.1:{server.port}"))
    http = httpx.Client(headers={"X-Api-Key": f"{KEY_SECRET}\n"})
    with (
        FalClient(KEY, http_client=http, **server.settings()) as fal,
        pytest.raises(APIConnectionError) as info,
    ):
        fal.qwen_image.submit(prompt="x")
    http.close()
    assert info.value.may_have_been_enqueued is False
    assert "may have enqueued" not in str(info.value)
    assert KEY_SECRET not in str(info.value)
    assert server.seen == []


# -- logs ----------------------------------------------------------------------------------------


def test_no_log_record_shows_the_key_or_a_webhook_secret(
    serve: Callable[..., Server], caplog: pytest.LogCaptureFixture
) -> None:
    """Everything the client, httpx and httpcore log at DEBUG, through a submit with a secret in
    its webhook URL, a retried 503 and a status call."""
    caplog.set_level(logging.DEBUG)
    failures = iter([True])
    base = queue(lambda scheme: f"{scheme}://127.0.0.1:{server.port}")

    def answer(request: Seen) -> tuple[int, dict[str, str], Any]:
        if request.method == "GET" and next(failures, False):
            return 503, {}, {"detail": "busy"}
        return base(request)

    server = serve(answer)
    hook = "https://hooks.example/fal?token=hook-secret-77"
    with FalClient(KEY + "\n", **server.settings()) as fal:
        handle = fal.qwen_image.submit(prompt="x", webhook_url=hook)
        handle.status()
    records = caplog.records
    names = {r.name for r in records}
    assert {"httpx", "httpcore.http11", "httpcore.connection", "fal_models"} <= names
    shown = [r.getMessage() + (r.exc_text or "") for r in records]
    assert any("/queue/fal-ai/qwen-image" in text for text in shown)
    for text in shown:
        assert KEY_SECRET not in text and "hook-secret-77" not in text, text


@pytest.mark.parametrize(
    ("logger", "message", "args"),
    [
        ("httpcore.http11", "send_request_headers.failed exception=%r", (f"b'Key {KEY}\\n'",)),
        ("httpcore.http2", "headers %s", ([(b"authorization", f"Key {KEY}".encode())],)),
        ("hpack.hpack", "Encoding %s", ({"Authorization": f"Key {KEY}"},)),
        ("httpx", "HTTP Request: %s %s", ("POST", f"https://x.example/q?fal_webhook={KEY_SECRET}")),
        ("httpx", "proxy %s", (f"http://user:{KEY_SECRET}@proxy.example:3128",)),
        ("fal_models", "token %s", (json.dumps({"token": KEY_SECRET, "token_type": "Bearer"}),)),
        ("fal_models", "upload with %s", (f"Bearer {KEY_SECRET}",)),
        ("fal_models.testing", "input %s", ({"openai_api_key": KEY_SECRET},)),
    ],
)
def test_the_log_filter_masks_credentials_in_every_record(
    caplog: pytest.LogCaptureFixture, logger: str, message: str, args: tuple[Any, ...]
) -> None:
    FalClient(KEY).close()  # a client installs the filter (importing fal_models already did)
    caplog.set_level(logging.DEBUG)
    logging.getLogger(logger).debug(message, *args)
    try:
        raise RuntimeError(f"Illegal header value b'Key {KEY}'")
    except RuntimeError:
        logging.getLogger(logger).exception("failed")
    texts = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert len(texts) == 2
    for text in texts:
        assert KEY_SECRET not in text, text
    assert texts[0] != message % args and "RuntimeError" in texts[1]
    assert KEY_SECRET not in caplog.text


def test_a_send_operation_shows_neither_its_headers_nor_its_query() -> None:
    send = Send("POST", f"https://q.example/x?fal_webhook={KEY_SECRET}", {"Authorization": KEY})
    assert KEY_SECRET not in repr(send) and "https://q.example/x" in repr(send)


# -- 2. where the key goes -----------------------------------------------------------------------


KEYED_URLS = {
    "https://queue.fal.run/fal-ai/x": True,
    "https://queue.fal.run:443/fal-ai/x": True,
    "HTTPS://QUEUE.FAL.RUN/fal-ai/x": True,
    "http://queue.fal.run/fal-ai/x": False,
    "http://queue.fal.run:443/fal-ai/x": False,
    "https://queue.fal.run:8443/fal-ai/x": False,
    "https://proxy.example/fal/queue/x": True,
    "https://proxy.example/fal/queue": True,
    "https://proxy.example/fal/queuex": False,
    "https://proxy.example/fal/cdn/x": False,
    "https://proxy.example/fal/queue/%2e%2e/cdn/x": False,
    "https://proxy.example/fal/queue/../cdn/x": False,
    "http://proxy.example/fal/queue/x": False,
    "https://v3.fal.media/files/x": False,
    "not a url at all": False,
}


def test_the_key_goes_only_to_the_configured_scheme_host_port_and_path() -> None:
    config = ClientConfig(
        KEY, run_url="https://queue.fal.run", queue_url="https://proxy.example/fal/queue"
    )
    keyed = {url: "Authorization" in config.headers_for(url, None) for url in KEYED_URLS}
    assert keyed == KEYED_URLS
    assert all(config.is_fal_host(url) is expected for url, expected in KEYED_URLS.items())


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server, client) TLS contexts for 127.0.0.1: a self-signed certificate made here."""
    folder: Path = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    return server, ssl.create_default_context(cafile=str(cert_file))


def test_the_key_never_travels_over_plain_http_to_the_https_host(
    serve: Callable[..., Server], tls: tuple[ssl.SSLContext, ssl.SSLContext]
) -> None:
    """The submit answer (over HTTPS) names http:// URLs on the same host and port."""
    server_tls, client_tls = tls
    server = serve(queue(lambda scheme: f"http://127.0.0.1:{server.port}"), server_tls)
    https = f"https://127.0.0.1:{server.port}"
    with (
        httpx.Client(verify=client_tls) as http,
        FalClient(KEY, http_client=http, **server.settings(https)) as fal,
    ):
        handle = fal.qwen_image.submit(prompt="x")
        assert handle.status_url.startswith("http://")
        with pytest.raises(AuthenticationError):
            handle.status()  # the server's http:// URL gets no key, so fal answers 401
    assert [(s.scheme, s.method) for s in server.seen] == [("https", "POST"), ("http", "GET")]
    assert server.seen[0].authorization == f"Key {KEY}"
    assert server.seen[1].authorization is None


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_keyed_request_does_not_follow_a_redirect_to_the_cdn_path(
    serve: Callable[..., Server], mode: str
) -> None:
    """A same-host redirect to the CDN's path, with the caller's redirect-following client."""
    base = queue(lambda scheme: f"{scheme}://127.0.0.1:{server.port}")

    def answer(request: Seen) -> tuple[int, dict[str, str], Any]:
        if request.path.startswith("/cdn/"):
            return 200, {}, {"status": "COMPLETED", "request_id": "r1", "logs": None}
        if request.path.endswith(("/status?logs=0", "/run/fal-ai/qwen-image")):
            return 307, {"Location": "/cdn/files/collect"}, {}
        return base(request)

    server = serve(answer)
    if mode == "sync":
        with (
            httpx.Client(follow_redirects=True) as http,
            FalClient(KEY, http_client=http, **server.settings()) as fal,
        ):
            handle = fal.qwen_image.submit(prompt="x")
            with pytest.raises(APIStatusError) as status_error:
                handle.status()
            with pytest.raises(APIStatusError) as run_error:
                fal.qwen_image.run(prompt="x")
    else:
        async with (
            httpx.AsyncClient(follow_redirects=True) as ahttp,
            AsyncFalClient(KEY, http_client=ahttp, **server.settings()) as afal,
        ):
            ahandle = await afal.qwen_image.submit(prompt="x")
            with pytest.raises(APIStatusError) as status_error:
                await ahandle.status()
            with pytest.raises(APIStatusError) as run_error:
                await afal.qwen_image.run(prompt="x")
    assert status_error.value.status_code == run_error.value.status_code == 307
    assert [s.path for s in server.seen if s.path.startswith("/cdn")] == []
    assert all(s.authorization == f"Key {KEY}" for s in server.seen)


def test_urls_in_error_messages_show_no_credentials_or_query(
    serve: Callable[..., Server],
) -> None:
    """A base URL with user info (a proxy's credentials) and a webhook URL with a token."""
    server = serve(lambda request: (400, {}, {"detail": "bad request"}))
    base = f"http://proxy-user:proxy-pass-31@127.0.0.1:{server.port}"
    with FalClient(KEY, **server.settings(base)) as fal, pytest.raises(APIStatusError) as info:
        fal.qwen_image.submit(prompt="x", webhook_url="https://h.example/?token=hook-99")
    text = str(info.value)
    assert "/queue/fal-ai/qwen-image" in text
    assert "proxy-pass-31" not in text and "hook-99" not in text


@pytest.mark.parametrize(
    "tail",
    [
        "fal-ai/qwen-image",
        "fal-ai/qwen-image/requests/4f2c-1/status/stream",
        "",
        "a/../b",
        "a/./b",
        "..",
        "a/..",
        "a//b",
        "a%2e%2e/b",
        "a/%2E%2E",
        "a?b=1",
        "a#b",
        "a@b",
        "a\\..\\b",
        "a/.../b",
        "a/..b/c",
        "fal-ai/qwen-image-edit-plus-lora-gallery/requests/0123456789abcdef?fal_webhook=x",
    ],
)
@pytest.mark.parametrize(
    "base", ["https://queue.fal.run/", "http://127.0.0.1:8765/queue/", "https://fal.run/"]
)
def test_the_quick_key_check_agrees_with_parsing_the_url(base: str, tail: str) -> None:
    """`is_fal_host` skips parsing a base URL followed by plain segments: for any URL, that
    shortcut must answer as the parse does."""
    from fal_models._config import ClientConfig

    config = ClientConfig(
        "k", queue_url="http://127.0.0.1:8765/queue", cdn_url="http://127.0.0.1:8765/cdn"
    )
    for url in (base + tail, base.rstrip("/") + "x/" + tail, "http://127.0.0.1:8765/cdn/" + tail):
        assert config.is_fal_host(url) == config.is_fal_host(httpx.URL(url)), url
