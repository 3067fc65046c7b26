"""The emulator's engine: answers each HTTP request as fal's queue, run, storage and key routes
would, from in-memory state (queued requests, outputs, armed faults, stored files)."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx
from pydantic import ValidationError

from fal_models._urls import app_base
from fal_models.testing._billing import Billing
from fal_models.testing._concurrency import Slots
from fal_models.testing._endpoints import EndpointModels
from fal_models.testing._exchange import MAX_DELAY, Incoming, Reply, json_reply
from fal_models.testing._faults import (
    CANCELLED,
    CONCURRENCY_LIMITED,
    TIMED_OUT,
    ArmedFaults,
    Failure,
    failure_reply,
    fault_reply,
)
from fal_models.testing._media import Media, data_uri
from fal_models.testing._queue import MAX_WAIT, QueuedRequest
from fal_models.testing._records import LoggedRequest, WebhookDelivery, redacted
from fal_models.testing._routes import Bases, Route, route
from fal_models.testing._storage import Storage
from fal_models.testing._streamed import stream_events
from fal_models.testing._synthesis import synthesize_output
from fal_models.testing._webhooks import WebhookSender, jwk_for_public_key

__all__ = ["EmulatorCore"]

logger = logging.getLogger("fal_models.testing")

_Handler = Callable[[Route, Incoming], Reply]
_UPLOAD_ACTIONS = ("cdn_upload", "multipart_start", "multipart_part", "multipart_complete")
"""Storage routes that take the Bearer token of `/storage/auth/token`, not the fal key."""


class EmulatorCore:
    """fal's protocol over in-memory state, thread-safe: `_handle` answers one HTTP request.
    `Emulator` adds what a test drives: configuration, inspection and the front ends."""

    def __init__(
        self,
        models: EndpointModels,
        *,
        queue_time: float,
        run_time: float,
        require_auth: bool,
        ping_interval: float,
        log_messages: Sequence[str],
        webhook_transport: httpx.BaseTransport | None,
        webhook_attempts: int,
        allow_external_webhooks: bool = False,
        concurrency_limit: int | None = None,
    ) -> None:
        self._models = models
        self.queue_time = queue_time
        self.run_time = run_time
        self.require_auth = require_auth
        self.ping_interval = ping_interval
        self.log_messages: tuple[str, ...] = tuple(log_messages)
        self.log: list[LoggedRequest] = []
        """Every HTTP request received, in order."""
        self.webhooks: list[WebhookDelivery] = []
        """Every webhook delivery attempt, in order."""
        self._lock = threading.RLock()
        self._timing: dict[str, tuple[float | None, float | None]] = {}
        self._outputs: dict[str, Any] = {}
        self._faults = ArmedFaults()
        self._requests: dict[str, QueuedRequest] = {}
        self._slots = Slots(concurrency_limit) if concurrency_limit is not None else None
        """fal's account concurrency limit (None: unlimited); every key is one account."""
        self._realtime_tokens: dict[str, tuple[str, float]] = {}
        """Realtime token → the app alias it was minted for and when it expires (monotonic)."""
        self._storage = Storage()
        self._webhook_sender = WebhookSender(
            self._lock,
            self._requests,
            self._record_webhook,
            webhook_transport,
            webhook_attempts,
            allow_external=allow_external_webhooks,
        )
        self.public_key: bytes | None = self._webhook_sender.public_key
        storage = self._storage
        self._billing = Billing(lambda endpoint_id: endpoint_id in self._models)
        billing = self._billing
        self._handlers: dict[str, _Handler] = {
            "submit": self._on_submit,
            "status": self._on_status,
            "stream": self._on_stream,
            "result": self._on_result,
            "cancel": self._on_cancel,
            "run": self._on_run,
            "run_stream": self._on_run_stream,
            "realtime_token": self._on_realtime_token,
            "jwks": self._on_jwks,
            "unsupported": self._on_unsupported,
            "token": storage.token,
            "initiate": storage.initiate,
            "cdn_upload": storage.cdn_upload,
            "presigned_put": storage.presigned_put,
            "multipart_start": storage.multipart_start,
            "multipart_part": storage.multipart_part,
            "multipart_complete": storage.multipart_complete,
            "file": storage.file,
            "pricing": billing.pricing,
            "estimate": billing.estimate,
            "billing_events": billing.billing_events,
        }

    @property
    def jwks(self) -> dict[str, Any]:
        """The JSON Web Key Set served at `/.well-known/jwks.json` (empty without cryptography)."""
        return {"keys": [jwk_for_public_key(self.public_key)] if self.public_key else []}

    def _record_webhook(self, delivery: WebhookDelivery) -> None:
        self.webhooks.append(delivery)

    # -- every request ---------------------------------------------------------------------------

    def _handle(self, incoming: Incoming) -> Reply:
        """Answer one HTTP request: route, injected fault, then the route's handler."""
        found = route(incoming, self._models, self._endpoint_of)
        fault = self._faults.take_fault(found) if found is not None else None
        if found is None:
            reply = json_reply(404, {"detail": "Not Found"})
        elif fault is not None and not fault.accept and fault.action != "slow":
            reply = fault_reply(fault, Reply(0))
        else:
            try:
                reply = self._dispatch(found, incoming)
            except Exception:  # an emulator bug must not hang the client
                logger.exception("emulator failed on %s %s", incoming.method, incoming.url)
                reply = json_reply(500, {"detail": "emulator error"})
            if fault is not None:
                reply = fault_reply(fault, reply)
        answered = reply.failure is None or (reply.failure == "drop" and reply.events is not None)
        with self._lock:
            self.log.append(
                LoggedRequest(
                    method=incoming.method,
                    url=incoming.url,
                    path=incoming.path,
                    query=dict(incoming.query),
                    headers=redacted(incoming.headers),
                    json=incoming.json(),
                    size=len(incoming.body),
                    route=found.kind if found else None,
                    endpoint_id=found.endpoint_id if found else None,
                    request_id=reply.request_id,
                    status_code=reply.status if answered else None,
                    fault=fault,
                    time=time.monotonic(),
                )
            )
        return reply

    def _endpoint_of(self, request_id: str) -> str | None:
        with self._lock:
            req = self._requests.get(request_id)
        return req.endpoint_id if req else None

    def _dispatch(self, route: Route, incoming: Incoming) -> Reply:
        if not self._authorized(route, incoming):
            return json_reply(
                401,
                {"detail": "Missing or invalid credentials: send `Authorization: Key <FAL_KEY>`"},
            )
        return self._handlers[route.action](route, incoming)

    def _authorized(self, route: Route, incoming: Incoming) -> bool:
        if not self.require_auth or route.kind in ("file", "jwks"):
            return True
        auth = incoming.headers.get("authorization", "")
        if route.action in _UPLOAD_ACTIONS:
            scheme, _, token = auth.partition(" ")
            return scheme.lower() == "bearer" and self._storage.knows_token(token)
        if route.action == "presigned_put":
            return True  # the URL itself is the credential
        scheme, _, key = auth.partition(" ")
        return scheme == "Key" and bool(key.strip())

    def _on_unsupported(self, route: Route, incoming: Incoming) -> Reply:
        return json_reply(405, {"detail": f"{incoming.method} {route.path} is not supported"})

    def _on_jwks(self, route: Route, incoming: Incoming) -> Reply:
        return json_reply(200, self.jwks)

    # -- queue -----------------------------------------------------------------------------------

    def _on_submit(self, route: Route, incoming: Incoming) -> Reply:
        if route.endpoint_id is None:
            return json_reply(404, {"detail": f"Application {route.path.strip('/')!r} not found"})
        req = self._new_request(route.endpoint_id, route.bases, incoming)
        with self._lock:
            position = self._position(req, self._now())
        body: dict[str, Any] = {"status": "IN_QUEUE", "request_id": req.request_id, **req.urls()}
        body["queue_position"] = position
        return json_reply(200, body, req.request_id)

    def _new_request(self, endpoint_id: str, bases: Bases, incoming: Incoming) -> QueuedRequest:
        waits, runs = self._times(endpoint_id)
        deadline = _start_timeout(incoming.headers)
        body = incoming.json()
        timed_out = deadline is not None and waits > deadline
        output, failure = (
            (None, TIMED_OUT) if timed_out else self._outcome(endpoint_id, body, bases)
        )
        request_id = str(uuid.uuid4())
        now = time.monotonic()
        starts = now + waits
        steps = len(self.log_messages)
        req = QueuedRequest(
            request_id=request_id,
            endpoint_id=endpoint_id,
            input=body,
            headers=redacted(incoming.headers),
            webhook_url=incoming.query.get("fal_webhook"),
            bases=bases,
            created=now,
            wall=time.time(),
            starts=starts,
            ends=starts + runs,
            log_times=[starts + (runs * i / steps if i else 0.0) for i in range(steps)],
            output=output,
            failure=failure,
            run_time=runs,
            start_timeout=deadline,
        )
        if deadline is not None and timed_out:
            req.starts = req.ends = now + deadline
        with self._lock:
            self._requests[request_id] = req
            if self._slots is not None and not timed_out:
                self._slots.enqueue(req)
                self._now()
            if req.webhook_url:
                self._webhook_sender.schedule(req)
        return req

    def _now(self) -> float:
        """The monotonic time, once every slot freed by then went to a waiting request (a
        concurrency limit's queue moves with the clock). Call it holding the lock."""
        now = time.monotonic()
        if self._slots is not None:
            for req in self._slots.admit(now):
                if req.webhook_url:
                    self._webhook_sender.schedule(req)
        return now

    def _times(self, endpoint_id: str) -> tuple[float, float]:
        """(queue_time, run_time) of a new request of this endpoint."""
        with self._lock:
            queue_time, run_time = self._timing.get(endpoint_id, (None, None))
            return (
                self.queue_time if queue_time is None else queue_time,
                self.run_time if run_time is None else run_time,
            )

    def _outcome(self, endpoint_id: str, body: Any, bases: Bases) -> tuple[Any, Failure | None]:
        """The output or failure of a request, decided when it arrives (outside the lock: a
        callable output may be slow)."""
        failure = self._faults.take_failure(endpoint_id)
        if failure is not None:
            return None, failure
        with self._lock:
            override = self._outputs.get(endpoint_id)
        input_model, output_model = self._models[endpoint_id]
        data = body if body is not None else {}
        try:
            input_model.model_validate(data)
        except ValidationError as exc:
            return None, Failure(422, None, None, body={"detail": _detail(exc)})
        inline = isinstance(data, dict) and data.get("sync_mode") is True
        host: Callable[[Media], str] = (
            data_uri if inline else (lambda media: self._storage.host(media, bases))
        )
        if override is None:
            return synthesize_output(output_model, data, host), None
        if not callable(override):
            return json.loads(json.dumps(override)), None
        try:
            return override(data), None
        except Exception as exc:
            return None, Failure(500, None, None, body={"detail": f"{type(exc).__name__}: {exc}"})

    def _position(self, req: QueuedRequest, now: float) -> int:
        if self._slots is not None:
            waiting = self._slots.position(req)
            if waiting is not None:
                return waiting
        return sum(
            1
            for other in self._requests.values()
            if other.endpoint_id == req.endpoint_id
            and other.created < req.created
            and other.state(now) == "IN_QUEUE"
        )

    def _status_body(
        self, req: QueuedRequest, now: float, logs: list[dict[str, Any]] | None
    ) -> dict[str, Any]:
        state = req.state(now)
        body: dict[str, Any] = {"status": state, "request_id": req.request_id, **req.urls()}
        body["logs"] = logs
        if state == "IN_QUEUE":
            body["queue_position"] = self._position(req, now)
        if state == "COMPLETED":
            body["metrics"] = {"inference_time": round(max(req.ends - req.starts, 0.0), 6)}
            if req.failure is not None and req.failure.error is not None:
                body["error"] = req.failure.error
                body["error_type"] = req.failure.error_type
        return body

    def _found(self, route: Route) -> QueuedRequest | None:
        with self._lock:
            return self._requests.get(route.request_id or "")

    def _not_found(self, route: Route) -> Reply:
        return json_reply(404, {"detail": f"Request {route.request_id} not found"})

    def _on_status(self, route: Route, incoming: Incoming) -> Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        with self._lock:
            now = self._now()
            logs = req.logs(self.log_messages, now) if _wants_logs(incoming) else None
            body = self._status_body(req, now, logs)
        return json_reply(200 if body["status"] == "COMPLETED" else 202, body, req.request_id)

    def _on_stream(self, route: Route, incoming: Incoming) -> Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        reply = Reply(200, headers=headers, request_id=req.request_id)
        reply.headers["x-fal-request-id"] = req.request_id
        reply.events = self._events(req, _wants_logs(incoming))
        return reply

    def _events(self, req: QueuedRequest, logs: bool) -> Iterator[bytes | float]:
        """The status stream: an event per change of state or position, new log entries as
        they appear (incremental, unlike polled logs), `: ping` comments in between."""
        sent_logs, last_key, last_write = 0, None, time.monotonic()
        while True:
            with self._lock:
                now = self._now()
                entries = req.logs(self.log_messages, now) if logs else []
                body = self._status_body(req, now, entries[sent_logs:] if logs else None)
                upcoming = [t for t in (req.starts, req.ends, *req.log_times) if t > now]
            key = (body["status"], body.get("queue_position"))
            if key != last_key or len(entries) > sent_logs:
                yield b"data: " + json.dumps(body).encode() + b"\n\n"
                sent_logs, last_key, last_write = len(entries), key, now
            if body["status"] == "COMPLETED":
                return
            if now - last_write >= self.ping_interval:
                yield b": ping\n\n"
                last_write = now
            wake = min([*upcoming, last_write + self.ping_interval]) - now
            yield float(min(max(wake, 0.001), MAX_WAIT))

    def _on_result(self, route: Route, incoming: Incoming) -> Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        with self._lock:
            if req.state(self._now()) != "COMPLETED":
                return json_reply(400, {"detail": "Request is still in progress"}, req.request_id)
            failure, output = req.failure, req.output
        if failure is not None:
            return failure_reply(failure, req.request_id)
        return self._billing.charge(
            json_reply(200, output, req.request_id), req.request_id, req.endpoint_id
        )

    def _on_cancel(self, route: Route, incoming: Incoming) -> Reply:
        req = self._found(route)
        if req is None:
            return self._not_found(route)
        with self._lock:
            now = self._now()
            if req.state(now) == "COMPLETED":
                return json_reply(400, {"status": "ALREADY_COMPLETED"}, req.request_id)
            # fal drops a queued request and forwards the cancel to a running one; here both
            # stop at once and fail with 499, as a cancellation-aware app answers.
            req.starts, req.ends = min(req.starts, now), now
            req.failure, req.output = CANCELLED, None
            if self._slots is not None:
                self._slots.forget(req)
            self._webhook_sender.schedule(req)
        return json_reply(202, {"status": "CANCELLATION_REQUESTED"}, req.request_id)

    # -- run -------------------------------------------------------------------------------------

    def _on_run(self, route: Route, incoming: Incoming) -> Reply:
        if route.endpoint_id is None:
            return json_reply(404, {"detail": f"Application {route.path.strip('/')!r} not found"})
        request_id = str(uuid.uuid4())
        waits, runs = self._times(route.endpoint_id)
        deadline = _start_timeout(incoming.headers)
        if deadline is not None and waits > deadline:
            reply = failure_reply(TIMED_OUT, request_id)
            reply.delay = deadline
            return reply
        if self._slots is not None:
            with self._lock:
                now = self._now()
                if self._slots.try_run(now, now + min(waits + runs, MAX_DELAY)) is None:
                    return failure_reply(CONCURRENCY_LIMITED, request_id)
        output, failure = self._outcome(route.endpoint_id, incoming.json(), route.bases)
        if failure is not None:
            reply = failure_reply(failure, request_id)
        else:
            reply = self._billing.charge(
                json_reply(200, output, request_id), request_id, route.endpoint_id
            )
        reply.delay = min(waits + runs, MAX_DELAY)
        return reply

    def _on_run_stream(self, route: Route, incoming: Incoming) -> Reply:
        """A streamed run: answered as a run is (errors as JSON), but a success as server-sent
        events over the run time, after the queue time."""
        reply = self._on_run(route, incoming)
        if reply.status != 200 or route.endpoint_id is None:
            return reply
        waits, runs = self._times(route.endpoint_id)
        request_id = reply.headers["x-fal-request-id"]
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        streamed = Reply(200, headers=headers, request_id=request_id, delay=min(waits, MAX_DELAY))
        streamed.headers["x-fal-request-id"] = request_id
        streamed.events = stream_events(json.loads(reply.body), min(runs, MAX_DELAY))
        return streamed

    # -- realtime --------------------------------------------------------------------------------

    def _on_realtime_token(self, route: Route, incoming: Incoming) -> Reply:
        """fal's token endpoint: a bare JSON string, for the first of `allowed_apps`, valid for
        `token_expiration` seconds (default 120)."""
        body = incoming.json()
        apps = body.get("allowed_apps") if isinstance(body, dict) else None
        if not isinstance(apps, list) or not apps or not isinstance(apps[0], str):
            return json_reply(422, {"detail": "allowed_apps: a list of app aliases is required"})
        expiration = body.get("token_expiration", 120)
        if isinstance(expiration, bool) or not isinstance(expiration, int) or expiration < 1:
            return json_reply(422, {"detail": "token_expiration: a whole number of seconds"})
        token = f"emulated-jwt-{uuid.uuid4().hex}"
        with self._lock:
            self._realtime_tokens[token] = (apps[0], time.monotonic() + expiration)
        return json_reply(201, token)

    def revoke_realtime_tokens(self) -> None:
        """Make every realtime token minted so far invalid: new sockets on them are refused, and
        open sessions answer their next input with fal's `Unauthorized` frame, then close."""
        with self._lock:
            self._realtime_tokens.clear()

    def realtime_token_valid(self, token: str) -> bool:
        """Whether `token` was minted and not revoked (expiry counts only at the handshake:
        fal checks a socket's token when it opens)."""
        with self._lock:
            return token in self._realtime_tokens

    def realtime_endpoint(self, path: str, token: str) -> str | None:
        """The endpoint a realtime socket path names (`/{endpoint id}/realtime`), if `token` was
        minted for its app and has not expired; else None."""
        endpoint_id = self._models.match(path.removesuffix("/realtime"))
        if endpoint_id is None or path.strip("/") != f"{endpoint_id}/realtime":
            return None
        with self._lock:
            alias, expires = self._realtime_tokens.get(token, ("", 0.0))
        if time.monotonic() >= expires:
            return None
        return endpoint_id if alias == app_base(endpoint_id).split("/")[-1] else None

    def realtime_answer(self, endpoint_id: str, data: Any, bases: Bases) -> tuple[Any, str | None]:
        """(output, None) for one realtime input, or (None, the reason it failed)."""
        output, failure = self._outcome(endpoint_id, data, bases)
        if failure is not None:
            return None, json.dumps(failure.response_body())
        return output, None


def _wants_logs(incoming: Incoming) -> bool:
    return incoming.query.get("logs", "").lower() in ("1", "true")


def _start_timeout(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("x-fal-request-timeout")
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


def _detail(exc: ValidationError) -> list[dict[str, Any]]:
    """Pydantic errors as fal's FastAPI-style 422 detail."""
    return [
        {"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]}
        for e in exc.errors(include_url=False)
    ]
