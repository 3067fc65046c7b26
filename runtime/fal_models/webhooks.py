"""Receive fal webhooks: check the Ed25519 signature fal puts on every delivery, then parse the
body into the endpoint's typed output.

    from fal_models.models.qwen_image import QwenImageOutput
    from fal_models.webhooks import AsyncWebhookVerifier, WebhookVerificationError

    verifier = AsyncWebhookVerifier()  # fetches fal's public keys; cached for up to 24 h

    @app.post("/fal/webhook")  # FastAPI here; any framework works the same way
    async def fal_webhook(request: Request) -> Response:
        body = await request.body()  # the raw bytes: the signature covers them exactly
        try:
            event = await verifier.verify_and_parse(request.headers, body, QwenImageOutput)
        except WebhookVerificationError:
            return Response(status_code=401)
        if event.ok and event.payload is not None:
            print(event.request_id, event.payload.images[0].url)
        return Response()

`WebhookVerifier` is the blocking twin (Flask, Django). Signatures need the optional
`cryptography` package: `pip install 'fal-models[webhooks]'`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import math
import string
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import httpx

from fal_models._base import OutputModel, parse_output
from fal_models._config import USER_AGENT
from fal_models._defaults import DEFAULT_MAX_RETRIES
from fal_models._drivers import AsyncDriver, SyncDriver
from fal_models._exceptions import (
    APIConnectionError,
    FieldError,
    InvalidOptionError,
    MalformedWebhookError,
    WebhookVerificationError,
    detail_errors,
    status_error,
)
from fal_models._flow import Flow, Send
from fal_models._request import as_is, call
from fal_models._urls import display_url

__all__ = [
    "DEFAULT_JWKS_URL",
    "AsyncWebhookVerifier",
    "MalformedWebhookError",
    "PublicKey",
    "WebhookEvent",
    "WebhookVerificationError",
    "WebhookVerifier",
    "parse_jwks",
    "parse_webhook",
]

DEFAULT_JWKS_URL = "https://rest.fal.ai/.well-known/jwks.json"
DEFAULT_TOLERANCE = 300
MAX_CACHE_TTL = 86400
REFRESH_INTERVAL = 60
"""Fewest seconds between two key fetches forced by a signature no cached key matches."""

REQUEST_ID_HEADER = "X-Fal-Webhook-Request-Id"
USER_ID_HEADER = "X-Fal-Webhook-User-Id"
TIMESTAMP_HEADER = "X-Fal-Webhook-Timestamp"
SIGNATURE_HEADER = "X-Fal-Webhook-Signature"
_HEADERS = (REQUEST_ID_HEADER, USER_ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)
_FETCH_TIMEOUT = httpx.Timeout(10.0)

OutT = TypeVar("OutT", bound=OutputModel)

PublicKey = Mapping[str, Any] | bytes
"""A JWKS entry (`{"kty": "OKP", "crv": "Ed25519", "x": ...}`) or a raw 32-byte Ed25519 key."""


# -- the delivery body ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookEvent(Generic[OutT]):
    """One delivery. On OK, `payload` is the typed output, or None when fal could not encode the
    result (`payload_error` says why); on ERROR, `error` is fal's message and `error_payload`
    the error body (e.g. a 422's `{"detail": [...]}`). `raw` keeps every key fal sent."""

    request_id: str
    gateway_request_id: str | None
    status: Literal["OK", "ERROR"]
    payload: OutT | None
    error: str | None = None
    error_payload: Any = None
    payload_error: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """The request succeeded (its payload may still be None: see `payload_error`)."""
        return self.status == "OK"

    @property
    def errors(self) -> list[FieldError]:
        """Each field's problem, when a failed request's payload has a FastAPI `detail` list."""
        return detail_errors(self.error_payload)


def parse_webhook(
    body: bytes | str | Mapping[str, Any], output_model: type[OutT], *, strict: bool = False
) -> WebhookEvent[OutT]:
    """Parse a delivery WITHOUT checking its signature (see `WebhookVerifier`).

    Raises MalformedWebhookError for a body that is not a fal delivery, and
    ResponseValidationError when an OK payload does not fit `output_model`.
    """
    data = _json_object(body)
    request_id = data.get("request_id")
    if not isinstance(request_id, str) or not request_id:
        raise MalformedWebhookError("webhook body has no request_id")
    status = data.get("status")
    if status not in ("OK", "ERROR"):
        raise MalformedWebhookError(
            f"webhook for request {request_id} has status {status!r}, expected 'OK' or 'ERROR'"
        )
    raw_payload = data.get("payload")
    payload: OutT | None = None
    if status == "OK" and raw_payload is not None:
        payload = parse_output(output_model, raw_payload, strict=strict)
        payload._request_id = request_id
    return WebhookEvent(
        request_id=request_id,
        gateway_request_id=_optional_str(data.get("gateway_request_id")),
        status=status,
        payload=payload,
        error=_optional_str(data.get("error")),
        error_payload=raw_payload if status == "ERROR" else None,
        payload_error=_optional_str(data.get("payload_error")),
        raw=data,
    )


def _json_object(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        data: Any = body
    else:
        try:
            data = json.loads(body)
        except ValueError as exc:  # includes UnicodeDecodeError
            raise MalformedWebhookError(f"webhook body is not JSON: {exc}") from None
        except RecursionError:
            raise MalformedWebhookError("webhook body is JSON nested too deep") from None
    if not isinstance(data, Mapping):
        raise MalformedWebhookError(f"webhook body is not a JSON object: {type(data).__name__}")
    return data


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


# -- signatures, without I/O ---------------------------------------------------------------------


@dataclass(frozen=True)
class _SignedHeaders:
    """The four signature headers of one delivery, present and well-formed."""

    request_id: str
    user_id: str
    timestamp: str
    signature: bytes

    def message(self, body: bytes) -> bytes:
        return _message(self.request_id, self.user_id, self.timestamp, body)


def _message(request_id: str, user_id: str, timestamp: str, body: bytes) -> bytes:
    """The bytes fal signs; `fal_models.testing` signs the same layout to play fal."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{request_id}\n{user_id}\n{timestamp}\n{digest}".encode()


def _read_headers(headers: Mapping[str, str]) -> _SignedHeaders:
    """The four headers, each checked for form; anything else raises WebhookVerificationError
    (the headers are unverified input: any value, of any length, in any alphabet)."""
    lowered = {_lower(name): value for name, value in headers.items()}
    request_id = _shown_id(lowered.get(REQUEST_ID_HEADER.lower()))
    missing = [name for name in _HEADERS if name.lower() not in lowered]
    if missing:
        raise WebhookVerificationError(
            f"missing header {', '.join(missing)}", request_id=request_id
        )
    values = [lowered[name.lower()] for name in _HEADERS]
    for name, value in zip(_HEADERS, values, strict=True):
        if not (isinstance(value, str) and _printable(value)):
            raise WebhookVerificationError(
                f"{name} is not printable ASCII text", request_id=request_id
            )
    request_id, user_id, timestamp, signature = values
    if not (timestamp.isdigit() and len(timestamp) <= _MAX_TIMESTAMP_DIGITS):
        raise WebhookVerificationError(
            f"{TIMESTAMP_HEADER} {timestamp[:40]!r} is not a Unix time in seconds",
            request_id=request_id,
        )
    if len(signature) != 128 or not all(c in string.hexdigits for c in signature):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} is not a hex Ed25519 signature (64 bytes, 128 hex digits)",
            request_id=request_id,
        )
    return _SignedHeaders(request_id, user_id, timestamp, bytes.fromhex(signature))


_MAX_TIMESTAMP_DIGITS = 12
"""Unix seconds have 10 digits until the year 2286; a longer "timestamp" is no time at all."""


def _lower(name: object) -> object:
    return name.lower() if isinstance(name, str) else name


def _printable(value: str) -> bool:
    return value.isascii() and value.isprintable()


def _shown_id(value: object) -> str | None:
    """The request id header fit to quote in an error (it is unverified): short, printable."""
    if isinstance(value, str) and _printable(value) and 0 < len(value) <= 200:
        return value
    return None


def _check_window(signed: _SignedHeaders, now: float, tolerance: float) -> None:
    skew = int(signed.timestamp) - now
    if abs(skew) > tolerance:
        age = f"{-skew:.0f} s old" if skew < 0 else f"{skew:.0f} s in the future"
        raise WebhookVerificationError(
            f"timestamp {signed.timestamp} is {age}, outside the ±{tolerance} s window",
            request_id=signed.request_id,
        )


@contextlib.contextmanager
def _cryptography() -> Iterator[None]:
    """Turn the missing optional dependency into an install hint (for fal_models.testing's
    signer too)."""
    try:
        yield
    except ImportError as exc:
        raise ImportError(
            "fal webhook signatures need the `cryptography` package: "
            "pip install 'fal-models[webhooks]'",
            name="cryptography",
        ) from exc


def _matches(keys: Sequence[bytes], signature: bytes, message: bytes) -> bool:
    with _cryptography():
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    for raw in keys:
        try:
            Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            continue
        return True
    return False


def _jwk_bytes(jwk: Mapping[str, Any]) -> bytes | None:
    """The raw key of an Ed25519 JWK; None for any other kind of key or a malformed one."""
    x = jwk.get("x")
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(x, str):
        return None
    try:
        raw = base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def parse_jwks(data: Any) -> tuple[bytes, ...]:
    """The raw Ed25519 keys of a JWKS document; keys of other kinds are skipped."""
    entries = data.get("keys") if isinstance(data, Mapping) else None
    if not isinstance(entries, list):
        raise WebhookVerificationError("fal's JWKS has no `keys` list")
    found = (_jwk_bytes(e) for e in entries if isinstance(e, Mapping))
    keys = tuple(k for k in found if k is not None)
    if not keys:
        raise WebhookVerificationError("fal's JWKS holds no Ed25519 key")
    return keys


def _given_keys(keys: Sequence[PublicKey]) -> tuple[bytes, ...]:
    out: list[bytes] = []
    for key in keys:
        raw = key if isinstance(key, bytes) else _jwk_bytes(key)
        if raw is None or len(raw) != 32:
            raise ValueError(f"not an Ed25519 public key (32 raw bytes or an OKP JWK): {key!r}")
        out.append(raw)
    if not out:
        raise ValueError("keys= is empty: pass at least one key, or None to fetch fal's")
    return tuple(out)


def _fetch_keys(url: str) -> Flow[tuple[bytes, ...]]:
    """fal's key set, by the runtime's one request loop (retried like every read). The key set
    is public: the request carries no credential, whatever the http client adds by default."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    send = Send("GET", url, headers, follow_redirects=True, anonymous=True)
    try:
        response = yield from call(send, "read", DEFAULT_MAX_RETRIES, as_is)
    except APIConnectionError as exc:
        raise APIConnectionError(f"could not fetch fal's webhook keys: {exc}") from exc
    return _keys_from(response)


def _keys_from(response: httpx.Response) -> tuple[bytes, ...]:
    if not response.is_success:
        raise status_error(response)
    try:
        data = response.json()
    except (ValueError, RecursionError):
        raise WebhookVerificationError(
            f"fal's JWKS at {display_url(str(response.url))} is not JSON"
        ) from None
    return parse_jwks(data)


# -- verifiers -----------------------------------------------------------------------------------


class _VerifierCore:
    """Everything but the key fetch: header checks, the time window and the key cache."""

    def __init__(
        self,
        jwks_url: str,
        *,
        tolerance: float,
        cache_ttl: float,
        keys: Sequence[PublicKey] | None,
        clock: Callable[[], float],
    ) -> None:
        # NaN compares false with everything: a NaN tolerance would accept any timestamp.
        if not (isinstance(tolerance, int | float) and math.isfinite(tolerance) and tolerance >= 0):
            raise InvalidOptionError("tolerance", "must be a finite number of seconds, 0 or more")
        if not (isinstance(cache_ttl, int | float) and 0 <= cache_ttl <= MAX_CACHE_TTL):
            raise InvalidOptionError(
                "cache_ttl", f"must be a number of seconds between 0 and {MAX_CACHE_TTL}"
            )
        self.jwks_url = jwks_url
        self.tolerance = tolerance
        self.cache_ttl = cache_ttl
        self._clock = clock
        self._fixed = keys is not None
        self._keys = _given_keys(keys) if keys is not None else ()
        self._fetched_at: float | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(jwks_url={self.jwks_url!r}, tolerance={self.tolerance})"

    def _check(self, headers: Mapping[str, str], body: bytes) -> tuple[_SignedHeaders, bytes]:
        """The checks that need no key: headers, then timestamp. Returns the signed message."""
        if not isinstance(body, bytes | bytearray):
            raise TypeError("pass the raw request body as bytes: the signature covers it exactly")
        signed = _read_headers(headers)
        _check_window(signed, self._clock(), self.tolerance)
        return signed, signed.message(bytes(body))

    def _needs_fetch(self) -> bool:
        if self._fixed:
            return False
        return self._fetched_at is None or self._clock() - self._fetched_at >= self.cache_ttl

    def _may_refetch(self) -> bool:
        """After a mismatch fal may have rotated its key, but an attacker must not make every
        forged delivery cost a fetch."""
        if self._fixed or self._fetched_at is None:
            return False
        return self._clock() - self._fetched_at >= REFRESH_INTERVAL

    def _store(self, keys: tuple[bytes, ...]) -> None:
        self._keys, self._fetched_at = keys, self._clock()

    def _accepts(self, signed: _SignedHeaders, message: bytes) -> bool:
        return _matches(self._keys, signed.signature, message)

    def _rejection(self, signed: _SignedHeaders) -> WebhookVerificationError:
        return WebhookVerificationError(
            "signature matches none of fal's public keys", request_id=signed.request_id
        )


class WebhookVerifier(_VerifierCore):
    """Checks that a webhook delivery comes from fal, fetching fal's keys with a blocking client.

    `keys=` (JWKS entries or raw 32-byte keys) replaces the fetch entirely. `clock` gives Unix
    seconds; it drives both the timestamp window and the cache.
    """

    def __init__(
        self,
        jwks_url: str = DEFAULT_JWKS_URL,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        cache_ttl: float = MAX_CACHE_TTL,
        http_client: httpx.Client | None = None,
        keys: Sequence[PublicKey] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(jwks_url, tolerance=tolerance, cache_ttl=cache_ttl, keys=keys, clock=clock)
        self._http = http_client

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        """Return if fal signed `body` with these headers; else raise WebhookVerificationError
        (answer 401). APIConnectionError / APIStatusError mean fal's keys could not be fetched:
        answer 5xx so fal delivers again later."""
        signed, message = self._check(headers, body)
        if self._needs_fetch():
            self._store(self._fetch())
        if self._accepts(signed, message):
            return
        if self._may_refetch():
            self._store(self._fetch())
            if self._accepts(signed, message):
                return
        raise self._rejection(signed)

    def verify_and_parse(
        self,
        headers: Mapping[str, str],
        body: bytes,
        output_model: type[OutT],
        *,
        strict: bool = False,
    ) -> WebhookEvent[OutT]:
        """`verify`, then `parse_webhook`."""
        self.verify(headers, body)
        return parse_webhook(body, output_model, strict=strict)

    def _fetch(self) -> tuple[bytes, ...]:
        if self._http is None:
            with httpx.Client(timeout=_FETCH_TIMEOUT) as http:
                return self._fetch_with(http)
        return self._fetch_with(self._http)

    def _fetch_with(self, http: httpx.Client) -> tuple[bytes, ...]:
        return SyncDriver(http).drive(_fetch_keys(self.jwks_url))


class AsyncWebhookVerifier(_VerifierCore):
    """`WebhookVerifier` for async frameworks: the same checks, keys fetched with
    httpx.AsyncClient."""

    def __init__(
        self,
        jwks_url: str = DEFAULT_JWKS_URL,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        cache_ttl: float = MAX_CACHE_TTL,
        http_client: httpx.AsyncClient | None = None,
        keys: Sequence[PublicKey] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(jwks_url, tolerance=tolerance, cache_ttl=cache_ttl, keys=keys, clock=clock)
        self._http = http_client

    async def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        """See `WebhookVerifier.verify`."""
        signed, message = self._check(headers, body)
        if self._needs_fetch():
            self._store(await self._fetch())
        if self._accepts(signed, message):
            return
        if self._may_refetch():
            self._store(await self._fetch())
            if self._accepts(signed, message):
                return
        raise self._rejection(signed)

    async def verify_and_parse(
        self,
        headers: Mapping[str, str],
        body: bytes,
        output_model: type[OutT],
        *,
        strict: bool = False,
    ) -> WebhookEvent[OutT]:
        """`verify`, then `parse_webhook`."""
        await self.verify(headers, body)
        return parse_webhook(body, output_model, strict=strict)

    async def _fetch(self) -> tuple[bytes, ...]:
        if self._http is None:
            async with httpx.AsyncClient(timeout=_FETCH_TIMEOUT) as http:
                return await self._fetch_with(http)
        return await self._fetch_with(self._http)

    async def _fetch_with(self, http: httpx.AsyncClient) -> tuple[bytes, ...]:
        return await AsyncDriver(http).drive(_fetch_keys(self.jwks_url))
