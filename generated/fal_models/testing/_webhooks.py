"""fal's side of webhooks: signing a delivery as fal does (for tests that play fal) and the
emulator's sender, which delivers each request's webhook once it completes."""

from __future__ import annotations

import base64
import heapq
import ipaddress
import itertools
import json
import logging
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from fal_models.testing._queue import MAX_WAIT, QueuedRequest
from fal_models.testing._records import WebhookDelivery
from fal_models.webhooks import (
    REQUEST_ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    USER_ID_HEADER,
    _cryptography,
    _message,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ed25519

__all__ = ["WEBHOOK_USER_ID", "WebhookSender", "jwk_for_public_key", "sign_webhook"]

logger = logging.getLogger("fal_models.testing")

WEBHOOK_USER_ID = "emulator-user"


# -- signing -------------------------------------------------------------------------------------


def sign_webhook(
    private_key: bytes | ed25519.Ed25519PrivateKey,
    *,
    request_id: str,
    user_id: str,
    body: bytes,
    timestamp: int | None = None,
) -> dict[str, str]:
    """The four headers fal would send with `body`. `private_key` is an Ed25519 key or its raw
    32-byte seed; `timestamp` (Unix seconds) defaults to now."""
    with _cryptography():
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    key = (
        Ed25519PrivateKey.from_private_bytes(private_key)
        if isinstance(private_key, bytes)
        else private_key
    )
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = key.sign(_message(request_id, user_id, stamp, body))
    return {
        REQUEST_ID_HEADER: request_id,
        USER_ID_HEADER: user_id,
        TIMESTAMP_HEADER: stamp,
        SIGNATURE_HEADER: signature.hex(),
    }


def jwk_for_public_key(
    key: bytes | ed25519.Ed25519PublicKey | ed25519.Ed25519PrivateKey,
) -> dict[str, str]:
    """The JWKS entry of an Ed25519 public key (raw 32 bytes, or a key object; a private key
    stands for its public half). Serve `{"keys": [entry, ...]}` as the JWKS."""
    if isinstance(key, bytes):
        raw = key
    else:
        with _cryptography():
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
        raw = public.public_bytes_raw()
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 public key is 32 bytes, not {len(raw)}")
    x = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
    return {"kty": "OKP", "crv": "Ed25519", "x": x}


def _signing_key() -> tuple[bytes | None, bytes | None]:
    """A fresh Ed25519 key (seed, public key); (None, None) without `cryptography`."""
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        return None, None
    key = Ed25519PrivateKey.generate()
    return key.private_bytes_raw(), key.public_key().public_bytes_raw()


# -- delivery ------------------------------------------------------------------------------------


def _is_loopback(url: str) -> bool:
    """Whether `url` names this machine by a literal loopback address or `localhost` (no DNS
    lookup: resolving a name already reaches the network)."""
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _delivery_body(req: QueuedRequest) -> dict[str, Any]:
    """fal's delivery body for a completed request."""
    base = {"request_id": req.request_id, "gateway_request_id": req.request_id}
    if req.failure is None:
        return {**base, "status": "OK", "payload": req.output}
    return {
        **base,
        "status": "ERROR",
        "error": f"Invalid status code: {req.failure.status_code}",
        "payload": req.failure.response_body(),
    }


class WebhookSender:
    """Delivers each webhook when its request completes, from one daemon thread started on the
    first webhook. Deliveries are signed with a fresh key of its own when `cryptography` is
    there (`public_key`; None without it).

    The emulator shares its lock and its requests (read and marked delivered under that lock),
    and is told of every attempt through `record`, also called under the lock.
    """

    def __init__(
        self,
        lock: threading.RLock,
        requests: Mapping[str, QueuedRequest],
        record: Callable[[WebhookDelivery], None],
        transport: httpx.BaseTransport | None,
        attempts: int,
        allow_external: bool = False,
    ) -> None:
        self._lock = lock
        self._requests = requests
        self._record = record
        self._transport = transport
        self._allow_external = allow_external
        self._attempts = max(attempts, 1)
        self._seed, self.public_key = _signing_key()
        self._due: list[tuple[float, int, str]] = []
        self._order = itertools.count()
        self._busy = 0
        self._cond = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._warned = False

    def schedule(self, req: QueuedRequest) -> None:
        if not req.webhook_url or math.isinf(req.ends):
            return
        with self._cond:
            if self._stopped:
                return
            heapq.heappush(self._due, (req.ends, next(self._order), req.request_id))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="fal-emulator-webhooks", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def flush(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._due or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, MAX_WAIT))
        return True

    def close(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=10)

    def _refusal(self, url: str) -> str | None:
        """Why a delivery to `url` is not attempted, if it is not: only a webhook_transport the
        test passed, or `allow_external_webhooks`, lets one leave this machine."""
        try:
            scheme = httpx.URL(url).scheme
        except httpx.InvalidURL:
            return "refused: the webhook URL is not a valid URL"
        if scheme not in ("http", "https"):
            return "refused: the webhook URL is not an http(s) URL"
        if self._transport is None and not self._allow_external and not _is_loopback(url):
            return (
                "refused: the webhook URL is not on loopback (127.0.0.1, ::1, localhost); "
                "pass Emulator(allow_external_webhooks=True) to deliver it"
            )
        return None

    def _run(self) -> None:
        # No proxy from the environment: a loopback delivery must not leave through one.
        with httpx.Client(transport=self._transport, timeout=10.0, trust_env=False) as http:
            while True:
                with self._cond:
                    while not self._stopped and (
                        not self._due or self._due[0][0] > time.monotonic()
                    ):
                        wait = self._due[0][0] - time.monotonic() if self._due else None
                        self._cond.wait(wait)
                    if self._stopped:
                        return
                    request_id = heapq.heappop(self._due)[2]
                    self._busy += 1
                try:
                    self._deliver(http, request_id)
                except Exception:
                    logger.exception("webhook delivery for %s failed", request_id)
                finally:
                    with self._cond:
                        self._busy -= 1
                        self._cond.notify_all()

    def _deliver(self, http: httpx.Client, request_id: str) -> None:
        with self._lock:
            req = self._requests[request_id]
            if req.delivered or req.webhook_url is None:
                return
            if req.state(time.monotonic()) != "COMPLETED":
                self.schedule(req)  # its timing changed after it was scheduled
                return
            req.delivered = True
            url, body = req.webhook_url, json.dumps(_delivery_body(req)).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "fal-emulator"}
        refusal = self._refusal(url)
        if refusal is not None:
            logger.warning("webhook for %s not delivered: %s", request_id, refusal)
            with self._lock:
                self._record(
                    WebhookDelivery(request_id, url, 1, headers, body, None, refusal, False)
                )
            return
        signed = self._seed is not None
        if self._seed is not None:
            headers.update(
                sign_webhook(self._seed, request_id=request_id, user_id=WEBHOOK_USER_ID, body=body)
            )
        elif not self._warned:
            self._warned = True
            logger.warning("`cryptography` is not installed: webhooks are sent unsigned")
        for attempt in range(1, self._attempts + 1):
            code: int | None = None
            error: str | None = None
            try:
                code = http.post(url, content=body, headers=headers).status_code
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            with self._lock:
                self._record(
                    WebhookDelivery(request_id, url, attempt, headers, body, code, error, signed)
                )
            if (code is not None and 200 <= code < 300) or attempt == self._attempts:
                return
            with self._cond:
                if self._stopped or self._cond.wait_for(lambda: self._stopped, 0.1 * 2**attempt):
                    return
