"""Webhooks: Ed25519 signatures checked against a JWKS served by a mock transport (no network),
and delivery bodies parsed into typed outputs. Verifier cases run on both the sync and async one."""

from __future__ import annotations

import base64
import hashlib
import inspect
import json
import math
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fal_models import (
    APIConnectionError,
    FalError,
    FieldError,
    InternalServerError,
    ResponseValidationError,
)
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.testing import jwk_for_public_key, sign_webhook
from fal_models.webhooks import (
    DEFAULT_JWKS_URL,
    AsyncWebhookVerifier,
    MalformedWebhookError,
    WebhookEvent,
    WebhookVerificationError,
    WebhookVerifier,
    parse_webhook,
)

from tests.conftest import ROOT, Recorder

SPEC = ROOT / "specs" / "endpoints" / "fal-ai__qwen-image.yaml"
EXAMPLE_OUTPUT: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["example_output"]
NOW = 1_760_000_000
REQUEST_ID = "764cabcf-b745-4b3e-ae38-1200304cf45b"
USER_ID = "github|12345"
OK_BODY = {
    "request_id": REQUEST_ID,
    "gateway_request_id": REQUEST_ID,
    "status": "OK",
    "payload": EXAMPLE_OUTPUT,
}
ERROR_BODY = {
    "request_id": REQUEST_ID,
    "gateway_request_id": REQUEST_ID,
    "status": "ERROR",
    "error": "Invalid status code: 422",
    "payload": {
        "detail": [
            {"loc": ["body", "prompt"], "msg": "field required", "type": "value_error.missing"}
        ]
    },
}
HEADER_NAMES = (
    "X-Fal-Webhook-Request-Id",
    "X-Fal-Webhook-User-Id",
    "X-Fal-Webhook-Timestamp",
    "X-Fal-Webhook-Signature",
)


class Clock:
    def __init__(self) -> None:
        self.now: float = NOW

    def __call__(self) -> float:
        return self.now


class Fal:
    """fal's side: a signing key, the JWKS it serves (every fetch recorded) and the clock."""

    def __init__(self) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.served: list[dict[str, str]] = [jwk_for_public_key(self.key)]
        self.jwks = Recorder(lambda request: httpx.Response(200, json={"keys": self.served}))
        self.clock = Clock()

    def deliver(
        self, body: dict[str, Any] | None = None, *, key: Ed25519PrivateKey | None = None
    ) -> tuple[dict[str, str], bytes]:
        raw = json.dumps(OK_BODY if body is None else body).encode()
        headers = sign_webhook(
            key or self.key,
            request_id=REQUEST_ID,
            user_id=USER_ID,
            body=raw,
            timestamp=int(self.clock.now),
        )
        return headers, raw


class Verifier:
    """A sync or async verifier behind one awaitable API, so each case runs on both."""

    def __init__(
        self, kind: str, fal: Fal, client: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        transport = httpx.MockTransport(fal.jwks)
        self.inner: WebhookVerifier | AsyncWebhookVerifier
        if kind == "sync":
            http = httpx.Client(transport=transport, **(client or {}))
            self.inner = WebhookVerifier(http_client=http, clock=fal.clock, **kwargs)
        else:
            ahttp = httpx.AsyncClient(transport=transport, **(client or {}))
            self.inner = AsyncWebhookVerifier(http_client=ahttp, clock=fal.clock, **kwargs)

    async def verify(self, headers: Any, body: Any) -> None:
        result = self.inner.verify(headers, body)
        if inspect.isawaitable(result):
            await result

    async def verify_and_parse(
        self, headers: Any, body: bytes, *, strict: bool = False
    ) -> WebhookEvent[QwenImageOutput]:
        result = self.inner.verify_and_parse(headers, body, QwenImageOutput, strict=strict)
        return await result if inspect.isawaitable(result) else result


@pytest.fixture
def fal() -> Fal:
    return Fal()


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest, fal: Fal) -> Callable[..., Verifier]:
    return lambda **kwargs: Verifier(request.param, fal, **kwargs)


# -- accepted deliveries -------------------------------------------------------------------------


async def test_signed_delivery_is_accepted_and_parsed_into_the_output_model(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    headers, body = fal.deliver()
    event = await make().verify_and_parse(headers, body, strict=True)
    assert event.ok and event.request_id == REQUEST_ID and event.gateway_request_id == REQUEST_ID
    assert isinstance(event.payload, QwenImageOutput)
    assert event.payload.images[0].url == EXAMPLE_OUTPUT["images"][0]["url"]
    assert event.payload.seed == EXAMPLE_OUTPUT["seed"]
    assert event.payload._request_id == REQUEST_ID
    assert event.error is None and event.error_payload is None and event.errors == []
    assert [r.url for r in fal.jwks.requests] == [httpx.URL(DEFAULT_JWKS_URL)]


@pytest.mark.parametrize(
    "shape",
    [
        lambda h: {k.lower(): v for k, v in h.items()},
        lambda h: {k.upper(): v for k, v in h.items()},
        httpx.Headers,
    ],
    ids=["lower", "upper", "httpx.Headers"],
)
async def test_header_names_are_case_insensitive(
    fal: Fal, make: Callable[..., Verifier], shape: Callable[[dict[str, str]], Any]
) -> None:
    headers, body = fal.deliver()
    await make().verify(shape(headers), body)


async def test_a_delivery_signed_by_hand_with_the_documented_scheme_is_accepted(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    body = json.dumps(OK_BODY).encode()
    message = f"{REQUEST_ID}\n{USER_ID}\n{NOW}\n{hashlib.sha256(body).hexdigest()}".encode()
    headers = {
        "x-fal-webhook-request-id": REQUEST_ID,
        "x-fal-webhook-user-id": USER_ID,
        "x-fal-webhook-timestamp": str(NOW),
        "x-fal-webhook-signature": fal.key.sign(message).hex(),
    }
    await make().verify(headers, body)


async def test_fixed_keys_need_no_fetch(fal: Fal, make: Callable[..., Verifier]) -> None:
    headers, body = fal.deliver()
    raw = fal.key.public_key().public_bytes_raw()
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    await make(keys=[other, raw]).verify(headers, body)
    await make(keys=[jwk_for_public_key(fal.key)]).verify(headers, body)
    with pytest.raises(WebhookVerificationError, match="none of fal's public keys"):
        await make(keys=[other]).verify(headers, body)
    assert fal.jwks.requests == []


def test_fixed_keys_must_be_ed25519() -> None:
    with pytest.raises(ValueError, match="not an Ed25519 public key"):
        WebhookVerifier(keys=[b"short"])
    with pytest.raises(ValueError, match="not an Ed25519 public key"):
        WebhookVerifier(keys=[{"kty": "RSA", "n": "AQAB", "e": "AQAB"}])
    with pytest.raises(ValueError, match="empty"):
        AsyncWebhookVerifier(keys=[])


# -- rejected deliveries -------------------------------------------------------------------------


async def test_tampered_body_is_rejected(fal: Fal, make: Callable[..., Verifier]) -> None:
    headers, body = fal.deliver()
    tampered = body.replace(b"rabbit", b"rabbjt")
    assert tampered != body
    with pytest.raises(WebhookVerificationError, match="none of fal's public keys") as info:
        await make().verify(headers, tampered)
    assert info.value.request_id == REQUEST_ID


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Fal-Webhook-Request-Id", "00000000-0000-0000-0000-000000000000"),
        ("X-Fal-Webhook-User-Id", "github|99999"),
        ("X-Fal-Webhook-Timestamp", str(NOW + 1)),
    ],
)
async def test_tampered_signed_header_is_rejected(
    fal: Fal, make: Callable[..., Verifier], name: str, value: str
) -> None:
    headers, body = fal.deliver()
    headers[name] = value
    with pytest.raises(WebhookVerificationError, match="none of fal's public keys"):
        await make().verify(headers, body)


async def test_signature_by_an_unknown_key_is_rejected(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    headers, body = fal.deliver(key=Ed25519PrivateKey.generate())
    with pytest.raises(WebhookVerificationError, match="none of fal's public keys"):
        await make().verify(headers, body)
    assert len(fal.jwks.requests) == 1  # keys fetched just now: no second fetch


@pytest.mark.parametrize("skew", [-301, 301, -10_000])
async def test_timestamp_outside_the_window_is_rejected_before_any_fetch(
    fal: Fal, make: Callable[..., Verifier], skew: int
) -> None:
    headers, body = fal.deliver()
    fal.clock.now = NOW + skew
    with pytest.raises(
        WebhookVerificationError, match=r"s (old|in the future), outside the ±300 s window"
    ):
        await make().verify(headers, body)
    assert fal.jwks.requests == []


@pytest.mark.parametrize("skew", [-300, 0, 300])
async def test_timestamp_inside_the_window_is_accepted(
    fal: Fal, make: Callable[..., Verifier], skew: int
) -> None:
    headers, body = fal.deliver()
    fal.clock.now = NOW + skew
    await make().verify(headers, body)


async def test_tolerance_is_configurable(fal: Fal, make: Callable[..., Verifier]) -> None:
    headers, body = fal.deliver()
    fal.clock.now = NOW + 10
    await make(tolerance=10).verify(headers, body)
    fal.clock.now = NOW + 11
    with pytest.raises(WebhookVerificationError, match=r"is 11 s old, outside the ±10 s window"):
        await make(tolerance=10).verify(headers, body)


@pytest.mark.parametrize("name", HEADER_NAMES)
async def test_missing_header_is_named(fal: Fal, make: Callable[..., Verifier], name: str) -> None:
    headers, body = fal.deliver()
    del headers[name]
    with pytest.raises(WebhookVerificationError) as info:
        await make().verify(headers, body)
    assert info.value.reason == f"missing header {name}"


@pytest.mark.parametrize("signature", ["zz" * 64, "ab" * 32, "", "0x" + "ab" * 63])
async def test_malformed_signature_is_rejected(
    fal: Fal, make: Callable[..., Verifier], signature: str
) -> None:
    headers, body = fal.deliver()
    headers["X-Fal-Webhook-Signature"] = signature
    with pytest.raises(WebhookVerificationError, match="not a hex Ed25519 signature"):
        await make().verify(headers, body)


@pytest.mark.parametrize("timestamp", ["1.76e9", "-5", "now", ""])
async def test_malformed_timestamp_is_rejected(
    fal: Fal, make: Callable[..., Verifier], timestamp: str
) -> None:
    headers, body = fal.deliver()
    headers["X-Fal-Webhook-Timestamp"] = timestamp
    with pytest.raises(WebhookVerificationError, match="not a Unix time"):
        await make().verify(headers, body)


MALFORMED_HEADERS = [
    ("X-Fal-Webhook-Timestamp", "9" * 300),
    ("X-Fal-Webhook-Timestamp", "1" * 5000),
    ("X-Fal-Webhook-Timestamp", "1" * 13),
    ("X-Fal-Webhook-Timestamp", "\u0661\u0667\u0666" + "0" * 7),  # Arabic-Indic digits
    ("X-Fal-Webhook-Timestamp", f"{NOW}\n"),
    ("X-Fal-Webhook-Timestamp", f" {NOW}"),
    ("X-Fal-Webhook-Timestamp", f"+{NOW}"),
    ("X-Fal-Webhook-Timestamp", f"{NOW}\udcff"),
    ("X-Fal-Webhook-Timestamp", NOW),
    ("X-Fal-Webhook-Signature", " ".join(["ab"] * 64)),
    ("X-Fal-Webhook-Signature", "ab" * 63 + "a"),
    ("X-Fal-Webhook-Signature", "ab" * 65),
    ("X-Fal-Webhook-Signature", "\u00e9" * 128),
    ("X-Fal-Webhook-Signature", "\udcff" * 128),
    ("X-Fal-Webhook-Signature", b"ab" * 64),
    ("X-Fal-Webhook-Request-Id", "r\u00e9quest"),
    ("X-Fal-Webhook-Request-Id", f"{REQUEST_ID}\nX-Forged: 1"),
    ("X-Fal-Webhook-Request-Id", "\ud800"),
    ("X-Fal-Webhook-Request-Id", None),
    ("X-Fal-Webhook-User-Id", "user\x00"),
    ("X-Fal-Webhook-User-Id", "\u00fcser"),
    ("X-Fal-Webhook-User-Id", "\udcff"),
]


async def test_any_malformed_header_is_a_verification_error_before_any_key_fetch(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    """Whatever arrives in the four headers (any length, alphabet or type), the verifier answers
    WebhookVerificationError (the app's 401) naming the header, and quotes only a printable id."""
    headers, body = fal.deliver()
    verifier = make()
    wrong: list[tuple[str, str, str]] = []
    for name, value in MALFORMED_HEADERS:
        try:
            await verifier.verify({**headers, name: value}, body)
        except WebhookVerificationError as exc:
            named = name in exc.reason and exc.request_id in (None, REQUEST_ID)
            if named and str(exc).isprintable():
                continue
            wrong.append((name, f"{value!r:.40}", f"unclear: {exc}"))
        except Exception as exc:
            wrong.append((name, f"{value!r:.40}", type(exc).__name__))
        else:
            wrong.append((name, f"{value!r:.40}", "accepted"))
    assert wrong == []
    assert fal.jwks.requests == []


@pytest.mark.parametrize("tolerance", [math.nan, math.inf, -1])
def test_a_tolerance_that_would_accept_any_timestamp_is_refused(tolerance: float) -> None:
    """NaN compares false with everything: `abs(skew) > nan` never rejects a replay."""
    for verifier in (WebhookVerifier, AsyncWebhookVerifier):
        with pytest.raises(ValueError, match="tolerance") as info:
            verifier(tolerance=tolerance)
        assert isinstance(info.value, FalError)


async def test_body_must_be_the_raw_bytes(fal: Fal, make: Callable[..., Verifier]) -> None:
    headers, body = fal.deliver()
    with pytest.raises(TypeError, match="raw request body as bytes"):
        await make().verify(headers, body.decode())


# -- the key set ---------------------------------------------------------------------------------


async def test_keys_are_cached_until_the_ttl_runs_out(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    verifier = make(cache_ttl=600)
    for offset, fetches in [(0, 1), (0, 1), (599, 1), (600, 2), (700, 2)]:
        fal.clock.now = NOW + offset
        await verifier.verify(*fal.deliver())
        assert len(fal.jwks.requests) == fetches, offset


def test_cache_ttl_is_at_most_a_day() -> None:
    WebhookVerifier(cache_ttl=86400)
    with pytest.raises(ValueError, match="cache_ttl"):
        WebhookVerifier(cache_ttl=86401)
    with pytest.raises(ValueError, match="cache_ttl"):
        AsyncWebhookVerifier(cache_ttl=-1)


async def test_an_unknown_key_refetches_once_to_follow_a_rotation(
    fal: Fal, make: Callable[..., Verifier]
) -> None:
    verifier = make()
    await verifier.verify(*fal.deliver())
    fal.key = Ed25519PrivateKey.generate()
    fal.served = [jwk_for_public_key(fal.key)]
    fal.clock.now = NOW + 120
    await verifier.verify(*fal.deliver())  # cached keys miss; the refetch finds the new one
    assert len(fal.jwks.requests) == 2
    forged = Ed25519PrivateKey.generate()
    fal.clock.now = NOW + 150
    with pytest.raises(WebhookVerificationError):
        await verifier.verify(*fal.deliver(key=forged))
    assert len(fal.jwks.requests) == 2  # less than a minute since the last fetch
    fal.clock.now = NOW + 180
    with pytest.raises(WebhookVerificationError):
        await verifier.verify(*fal.deliver(key=forged))
    assert len(fal.jwks.requests) == 3


async def test_jwks_request_carries_no_credentials(fal: Fal, make: Callable[..., Verifier]) -> None:
    client = {"headers": {"Authorization": "Key secret"}, "auth": ("id", "secret")}
    url = "https://keys.example.com/jwks.json"
    await make(client=client, jwks_url=url).verify(*fal.deliver())
    (request,) = fal.jwks.requests
    assert request.method == "GET" and request.url == httpx.URL(url)
    assert "authorization" not in request.headers


async def test_keys_of_other_kinds_are_skipped(fal: Fal, make: Callable[..., Verifier]) -> None:
    fal.served = [
        {"kty": "RSA", "n": "sXch", "e": "AQAB"},
        {"kty": "OKP", "crv": "X25519", "x": fal.served[0]["x"]},
        {"kty": "OKP", "crv": "Ed25519", "x": "not base64url!"},
        *fal.served,
    ]
    await make().verify(*fal.deliver())


def _raise_connect_error(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    ("handler", "error", "match"),
    [
        (lambda r: httpx.Response(200, text="<html>"), WebhookVerificationError, "is not JSON"),
        (lambda r: httpx.Response(200, json={"kids": []}), WebhookVerificationError, "no `keys`"),
        (
            lambda r: httpx.Response(200, json={"keys": [{"kty": "RSA"}]}),
            WebhookVerificationError,
            "no Ed25519 key",
        ),
        (lambda r: httpx.Response(503, text="down"), InternalServerError, "503"),
        (_raise_connect_error, APIConnectionError, "could not fetch fal's webhook keys"),
    ],
    ids=["not-json", "no-keys-list", "no-ed25519", "http-503", "connect-error"],
)
async def test_unusable_jwks_is_reported_and_not_cached(
    fal: Fal,
    make: Callable[..., Verifier],
    handler: Callable[[httpx.Request], httpx.Response],
    error: type[Exception],
    match: str,
) -> None:
    served = fal.jwks.handler
    fal.jwks.handler = handler
    verifier = make()
    with pytest.raises(error, match=match):
        await verifier.verify(*fal.deliver())
    fal.jwks.handler = served
    await verifier.verify(*fal.deliver())
    # A 503 or a refused connection is retried by the read policy (two retries), like every
    # read of the runtime; an answer that is not a key set is not.
    retried = error in (InternalServerError, APIConnectionError)
    assert len(fal.jwks.requests) == (1 + 2 if retried else 1) + 1


# -- parsing -------------------------------------------------------------------------------------


def test_error_delivery_exposes_message_body_and_field_errors() -> None:
    event = parse_webhook(json.dumps(ERROR_BODY).encode(), QwenImageOutput)
    assert not event.ok and event.status == "ERROR" and event.payload is None
    assert event.error == "Invalid status code: 422"
    assert event.error_payload == ERROR_BODY["payload"]
    assert event.errors == [
        FieldError(loc=("body", "prompt"), msg="field required", type="value_error.missing")
    ]


def test_payload_error_delivery_has_no_payload() -> None:
    body = {
        "request_id": REQUEST_ID,
        "status": "OK",
        "payload": None,
        "payload_error": "Response payload is not JSON serializable",
    }
    event = parse_webhook(body, QwenImageOutput)
    assert event.ok and event.payload is None
    assert event.payload_error == "Response payload is not JSON serializable"


def test_parsing_is_liberal_about_optional_and_extra_keys() -> None:
    body = {"request_id": REQUEST_ID, "status": "OK", "error": None, "payload": EXAMPLE_OUTPUT}
    body["delivered_at"] = "2026-01-01T00:00:00Z"
    for form in (body, json.dumps(body), json.dumps(body).encode()):
        event = parse_webhook(form, QwenImageOutput)
        assert event.gateway_request_id is None and event.error is None
        assert isinstance(event.payload, QwenImageOutput)
        assert event.raw["delivered_at"] == "2026-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"\xff not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        ({"status": "OK", "payload": {}}, "no request_id"),
        ({"request_id": REQUEST_ID, "payload": {}}, "status None"),
        ({"request_id": REQUEST_ID, "status": "IN_QUEUE"}, "status 'IN_QUEUE'"),
    ],
)
def test_malformed_body_is_rejected(body: bytes | dict[str, Any], match: str) -> None:
    with pytest.raises(MalformedWebhookError, match=match):
        parse_webhook(body, QwenImageOutput)


def test_payload_that_does_not_fit_the_output_model_raises() -> None:
    body = {"request_id": REQUEST_ID, "status": "OK", "payload": {"images": "none"}}
    with pytest.raises(ResponseValidationError, match="QwenImageOutput"):
        parse_webhook(body, QwenImageOutput)


# -- signing helpers and the optional dependency -------------------------------------------------


def test_sign_webhook_follows_the_documented_scheme() -> None:
    key = Ed25519PrivateKey.generate()
    body = b'{"request_id": "r"}'
    headers = sign_webhook(key, request_id="r", user_id="u", body=body, timestamp=NOW)
    assert list(headers) == list(HEADER_NAMES)
    assert headers["X-Fal-Webhook-Timestamp"] == str(NOW)
    message = f"r\nu\n{NOW}\n{hashlib.sha256(body).hexdigest()}".encode()
    key.public_key().verify(bytes.fromhex(headers["X-Fal-Webhook-Signature"]), message)
    seed = key.private_bytes_raw()
    assert sign_webhook(seed, request_id="r", user_id="u", body=body, timestamp=NOW) == headers


def test_jwk_is_the_rfc8037_form_of_the_public_key() -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes_raw()
    x = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    expected = {"kty": "OKP", "crv": "Ed25519", "x": x}
    assert jwk_for_public_key(key) == expected
    assert jwk_for_public_key(key.public_key()) == expected
    assert jwk_for_public_key(raw) == expected
    with pytest.raises(ValueError, match="32 bytes"):
        jwk_for_public_key(raw[:31])


def test_missing_cryptography_names_the_extra(fal: Fal, monkeypatch: pytest.MonkeyPatch) -> None:
    headers, body = fal.deliver()
    verifier = WebhookVerifier(keys=[fal.key.public_key().public_bytes_raw()], clock=fal.clock)
    for module in ("cryptography.exceptions", "cryptography.hazmat.primitives.asymmetric.ed25519"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=r"pip install 'fal-models\[webhooks\]'"):
        verifier.verify(headers, body)
    with pytest.raises(ImportError, match=r"fal-models\[webhooks\]"):
        sign_webhook(b"\x01" * 32, request_id="r", user_id="u", body=b"")


def test_module_imports_and_parses_without_cryptography() -> None:
    code = (
        "import sys\n"
        "sys.modules['cryptography'] = None\n"
        "from fal_models.webhooks import WebhookVerifier, parse_webhook\n"
        "from fal_models.models.qwen_image import QwenImageOutput\n"
        "e = parse_webhook({'request_id': 'r', 'status': 'ERROR', 'error': 'x'}, QwenImageOutput)\n"
        "h = {'x-fal-webhook-request-id': 'r', 'x-fal-webhook-user-id': 'u',\n"
        "     'x-fal-webhook-timestamp': '1', 'x-fal-webhook-signature': 'ab' * 64}\n"
        "try:\n"
        "    WebhookVerifier(keys=[bytes(32)], clock=lambda: 1).verify(h, b'')\n"
        "except ImportError as exc:\n"
        "    print(e.error, exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == (
        "x fal webhook signatures need the `cryptography` package: "
        "pip install 'fal-models[webhooks]'"
    )
