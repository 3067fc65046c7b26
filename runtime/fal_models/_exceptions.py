"""Every error fal_models raises: one hierarchy, each carrying what a caller needs to act.

    FalError
    ├── MissingCredentialsError
    ├── InvalidCredentialsError       (also ValueError) a key that cannot be sent; never shown
    ├── InputValidationError          (also ValueError) the input, before anything was sent
    ├── InvalidOptionError            (also ValueError) a call option or client setting: `option`
    ├── InvalidFileURLError           (also ValueError) a file output's URL cannot be read
    ├── UnknownEndpointError          (also KeyError) an endpoint id this package does not have
    ├── FileChangedError              a local file changed while it was being uploaded
    ├── APIConnectionError            no answer: `request_id` when known, `may_have_been_enqueued`
    │   └── APITimeoutError
    ├── APIStatusError                an error status: `status_code`, `error_type`, `request_id`,
    │   │                             `billable_units`
    │   ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
    │   │   NotFoundError (404), UnprocessableEntityError (422), RateLimitError (429)
    │   │   └── BillingAccessError    (of PermissionDeniedError) the key may not read billing
    │   └── InternalServerError (5xx)
    ├── MalformedResponseError        a success whose body breaks fal's protocol: not JSON, cut
    │   │                             short, nested too deep, the wrong shape
    │   └── ResponseValidationError   well-formed, but not the endpoint's output model
    ├── DownloadTooLargeError         a file output larger than `read(max_bytes=...)` allows
    ├── ImageDecodeError              (also ValueError) `to_pil()` of a file that is no image
    ├── RequestFailedError            the request ran and failed (fal's `error`, `error_type`)
    ├── RequestTimeoutError           (also TimeoutError) `client_timeout` ran out
    ├── CostUnavailableError          no price for an output: no billable units, or no unit price
    ├── BudgetExceededError           a paid call refused before its submit: `needed`, `remaining`
    ├── BatchJournalError             (also ValueError) a batch journal of another batch, or broken
    ├── RealtimeError                 a realtime app's `x-fal-error` frame, or a broken socket
    ├── WebhookVerificationError
    └── MalformedWebhookError         (also ValueError)

Whenever fal answered, the error carries the HTTP status, the request id (from the answer's
`x-fal-request-id`, else the request the call was about) and the body, bounded in length.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fal_models._units import billable_units
from fal_models._urls import display_url

if TYPE_CHECKING:
    import httpx
    from pydantic import ValidationError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchJournalError",
    "BillingAccessError",
    "BudgetExceededError",
    "CostUnavailableError",
    "DownloadTooLargeError",
    "FalError",
    "FieldError",
    "FileChangedError",
    "ImageDecodeError",
    "InputValidationError",
    "InternalServerError",
    "InvalidCredentialsError",
    "InvalidFileURLError",
    "InvalidOptionError",
    "MalformedResponseError",
    "MalformedWebhookError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeError",
    "RequestFailedError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "UnknownEndpointError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


Loc = tuple[int | str, ...]

EXCERPT_CHARS = 500
"""The longest body excerpt an error keeps or shows."""
MAX_LISTED_ERRORS = 20
"""Field errors listed in a message; the rest are counted (all stay in `.errors`)."""


def excerpt(body: bytes | str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a body, as text, at most `limit` characters (an ellipsis marks a cut)."""
    if isinstance(body, bytes):
        body = body[: limit * 4].decode("utf-8", errors="replace")
    return body if len(body) <= limit else body[:limit] + "…"


class FalError(Exception):
    """Base of every error raised by fal_models."""


class MissingCredentialsError(FalError):
    """No fal key was given or found in the environment."""

    def __init__(self, login_session: str | None = None) -> None:
        found = (
            f" ({login_session} holds a `fal auth login` session, which fal-models does not "
            "use: it sends keys only)"
            if login_session
            else ""
        )
        super().__init__(
            "No fal credentials found. Pass FalClient(key=...), or set the FAL_KEY environment "
            "variable (or FAL_KEY_ID and FAL_KEY_SECRET; in Colab, a secret named FAL_KEY)"
            f"{found}. Keys: https://fal.ai/dashboard/keys"
        )
        self.login_session = login_session


class InvalidCredentialsError(FalError, ValueError):
    """The fal key cannot be sent: it holds whitespace, control or non-ASCII characters inside
    (surrounding whitespace is dropped). The message names where the key came from, never the
    key."""


class InvalidOptionError(FalError, ValueError):
    """A call option or client setting has an unusable value; raised before any request.
    `option` names it, `problem` says what is wrong with it."""

    def __init__(self, option: str, problem: str) -> None:
        super().__init__(f"{option}: {problem}")
        self.option = option
        self.problem = problem


class UnknownEndpointError(FalError, KeyError):
    """`client.endpoint(id)` (or a batch) with an id this package has no endpoint for, raised
    before any request. `endpoint_id` is the id given, `suggestions` the closest known ids (best
    first; empty when none is close). A KeyError too, for code that caught the KeyError raised
    before this class existed."""

    def __init__(self, endpoint_id: str, suggestions: Sequence[str] = ()) -> None:
        self.endpoint_id = endpoint_id
        self.suggestions: list[str] = list(suggestions)
        hint = f"; did you mean {self.suggestions[0]!r}?" if self.suggestions else ""
        super().__init__(f"unknown fal endpoint {endpoint_id!r}{hint}")

    def __str__(self) -> str:
        # KeyError's own str() is the repr of its argument: the message would print in quotes.
        return str(self.args[0])


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `loc` is the path (("loras", 0, "scale")), `type` pydantic's
    or fal's."""

    loc: tuple[int | str, ...]
    msg: str
    type: str
    hint: str | None = None

    @property
    def path(self) -> str:
        return ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in self.loc).replace(
            ".[", "["
        )

    def __str__(self) -> str:
        text = f"{self.path or '<input>'}: {self.msg}"
        return f"{text} ({self.hint})" if self.hint else text


class InputValidationError(FalError, ValueError):
    """The input was rejected before any request was sent."""

    def __init__(self, model: str, errors: list[FieldError]) -> None:
        self.model = model
        self.errors = errors
        lines = "\n".join(f"  {e}" for e in errors)
        super().__init__(f"invalid input for {model}:\n{lines}")

    @property
    def fields(self) -> list[str]:
        return [e.path for e in self.errors]

    @classmethod
    def from_pydantic(
        cls,
        exc: ValidationError,
        model: str,
        walk: Callable[[Loc], tuple[Loc, list[str]]],
    ) -> InputValidationError:
        """`walk(loc)` gives the field path without union-branch tags and the names valid there."""
        errors: list[FieldError] = []
        union_misses: dict[Loc, list[str]] = {}
        for item in exc.errors(include_url=False):
            raw: Loc = tuple(item["loc"])
            if item["type"] == "extra_forbidden" and raw and isinstance(raw[-1], str):
                parent, names = walk(raw[:-1])
                match = difflib.get_close_matches(raw[-1], names, n=1, cutoff=0.6)
                hint = f"did you mean {match[0]!r}?" if match else None
                errors.append(FieldError((*parent, raw[-1]), "unknown field", item["type"], hint))
                continue
            loc, _ = walk(raw)
            if loc != raw:
                # One failed branch of a union: report the field once, with every branch's reason.
                union_misses.setdefault(loc, []).append(item["msg"])
                continue
            errors.append(FieldError(loc=loc, msg=item["msg"], type=item["type"]))
        for loc, reasons in union_misses.items():
            msg = "matches none of the allowed types: " + "; or ".join(dict.fromkeys(reasons))
            errors.append(FieldError(loc=loc, msg=msg, type="union_mismatch"))
        return cls(model, errors)


class APIConnectionError(FalError):
    """The request did not get an HTTP response (connection refused, reset, DNS, …).

    `may_have_been_enqueued` is True when a submit was sent but its answer never came: fal may
    have enqueued (and will bill) it, but its request id is unknown, so it was not repeated."""

    def __init__(
        self, message: str, *, request_id: str | None = None, may_have_been_enqueued: bool = False
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.may_have_been_enqueued = may_have_been_enqueued


class APITimeoutError(APIConnectionError):
    """The request timed out. For a submit, fal may have enqueued it: see
    `may_have_been_enqueued`."""


class APIStatusError(FalError):
    """fal answered with an error status. `retry_after`: the seconds fal asked to wait before
    another try (`Retry-After`), when it said. `billable_units`: what fal's
    `X-Fal-Billable-Units` says the request is billed, when it said (a request that ran, then
    failed, may still be billed)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: Any,
        request_id: str | None = None,
        error_type: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers: dict[str, str] = dict(headers)
        self.body = body
        self.request_id = request_id
        self.error_type = error_type
        self.retry_after = retry_after
        self.billable_units: float | None = billable_units(headers)


class MalformedResponseError(FalError):
    """fal answered with a success status, but the body is not what its protocol promises: not
    JSON (an HTML page, nothing, a body cut short), nested too deep, or the wrong shape (no
    `request_id` in a submit's answer, a status that is not an object).

    `request_id` names the request whenever it is known: for a submit, from the answer's
    `x-fal-request-id`, so `endpoint.handle(error.request_id)` can still follow a job fal
    queued (and bills). `body` is the start of the body as text; `status_code` is None when the
    body did not come from an HTTP answer (a webhook payload, `parse_output`)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers: dict[str, str] = dict(headers or {})
        self.body = body
        self.request_id = request_id


class ResponseValidationError(MalformedResponseError):
    """A well-formed answer that does not parse into the endpoint's output model: the request
    ran (and was billed); `request_id` says which one."""

    def __init__(
        self,
        model: str,
        exc: ValidationError,
        *,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
        request_id: str | None = None,
    ) -> None:
        self.model = model
        self.errors: list[FieldError] = [
            FieldError(loc=tuple(e["loc"]), msg=e["msg"], type=e["type"])
            for e in exc.errors(include_url=False)
        ]
        lines = [f"  {e}" for e in self.errors[:MAX_LISTED_ERRORS]]
        if len(self.errors) > MAX_LISTED_ERRORS:
            lines.append(f"  … and {len(self.errors) - MAX_LISTED_ERRORS} more")
        about = f" (request {request_id})" if request_id else ""
        super().__init__(
            f"response{about} does not match {model}:\n" + "\n".join(lines),
            status_code=status_code,
            headers=headers,
            body=body,
            request_id=request_id,
        )


class DownloadTooLargeError(FalError):
    """A file output is larger than the `max_bytes` its `read()` allows; nothing beyond the
    limit was kept. `size` is the length the server announced (None when it announced none).
    `save()` streams to disk and has no limit unless given one."""

    def __init__(self, url: str, max_bytes: int, size: int | None = None) -> None:
        announced = f" (it announced {size} bytes)" if size is not None else ""
        super().__init__(
            f"{url} is larger than max_bytes={max_bytes}{announced}; "
            "pass a larger max_bytes, or save() it to a file"
        )
        self.url = url
        self.max_bytes = max_bytes
        self.size = size


class FileChangedError(FalError):
    """A local file changed (its size or modification time) while it was being uploaded: the
    upload was abandoned, so no URL points at a mix of old and new content."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path} changed while it was being uploaded: {message}")
        self.path = path


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, malformed or revoked."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404: unknown endpoint or request id."""


class UnprocessableEntityError(APIStatusError):
    """422: fal rejected the input; `errors` holds each field's problem."""

    @property
    def errors(self) -> list[FieldError]:
        return detail_errors(self.body)


class RateLimitError(APIStatusError):
    """429: too many requests, or fal's concurrency limit (`error_type`
    `concurrent_requests_limit`). Raised at once, without waiting, when `retry_after` is longer
    than the client's `max_retry_wait` or than the time left before the call's deadline."""


class InternalServerError(APIStatusError):
    """5xx."""


class BillingAccessError(PermissionDeniedError):
    """fal refused to show billing events to this key: reading them takes an admin key
    (fal's `adminApiKey` scope). `client.cost(output)` prices a result without one."""


class CostUnavailableError(FalError):
    """An output or request cannot be priced: fal sent no billable units for it, or has no unit
    price for its endpoint."""


class BatchJournalError(FalError, ValueError):
    """A batch's journal cannot be used: it was written by another batch (other endpoint or
    inputs), or it is not a journal. Nothing was submitted."""


class BudgetExceededError(FalError):
    """A paid call was refused before anything was submitted: its estimated cost (`needed`)
    is more than the budget has left (`remaining`), both in the budget's currency."""

    def __init__(self, endpoint_id: str, needed: float, remaining: float, currency: str) -> None:
        super().__init__(
            f"{endpoint_id}: the call is estimated at {needed:g} {currency}, but the budget has "
            f"{remaining:g} {currency} left; nothing was submitted"
        )
        self.endpoint_id = endpoint_id
        self.needed = needed
        self.remaining = remaining
        self.currency = currency


class ImageDecodeError(FalError, ValueError):
    """`to_pil()` got bytes Pillow cannot open as an image (another kind of file, or a broken
    one); `url` shows where they came from, without its query."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url} is not an image Pillow can open: {reason}")
        self.url = url


class InvalidFileURLError(FalError, ValueError):
    """A file output's URL is neither http(s) nor a well-formed `data:` URI, so it can't be read."""


class RequestFailedError(FalError):
    """The queued request completed but failed (`error`, `error_type` from fal's status)."""

    def __init__(self, request_id: str, error: str, error_type: str | None) -> None:
        super().__init__(
            f"request {request_id} failed: {error}" + (f" ({error_type})" if error_type else "")
        )
        self.request_id = request_id
        self.error = error
        self.error_type = error_type


class RequestTimeoutError(FalError, TimeoutError):
    """The caller's time limit (`client_timeout`, a handle's `timeout`) ran out.

    `request_id` names the fal request, and `cancelled` says whether it was cancelled. When the
    time ran out during the submit itself, `request_id` is None and `may_have_been_enqueued`
    says whether fal may have enqueued the request all the same (its id is then unknown)."""

    def __init__(
        self,
        request_id: str | None,
        timeout: float,
        *,
        may_have_been_enqueued: bool = False,
        cancelled: bool = False,
        completed: bool = False,
    ) -> None:
        super().__init__(request_id, timeout)
        self.request_id = request_id
        self.timeout = timeout
        self.may_have_been_enqueued = may_have_been_enqueued
        self.cancelled = cancelled
        self.completed = completed
        """The request had completed; its result did not arrive in time."""

    def __str__(self) -> str:
        limit = f"{self.timeout:g} s"
        if self.request_id is None:
            if self.may_have_been_enqueued:
                return (
                    f"the submit did not complete within {limit}; fal may have enqueued the "
                    "request, but its request id is unknown"
                )
            return f"the submit did not complete within {limit}; nothing was enqueued"
        if self.completed:
            return (
                f"request {self.request_id} completed, but its result did not arrive within {limit}"
            )
        outcome = "it was cancelled" if self.cancelled else "it was not cancelled"
        return f"request {self.request_id} did not finish within {limit}; {outcome}"


class RealtimeError(FalError):
    """A realtime connection failed: fal sent an `x-fal-error` frame (`error`, `reason`,
    `payload`), or the socket closed abnormally (`error` "CONNECTION_CLOSED", `close_code`)."""

    def __init__(
        self,
        error: str,
        reason: str = "",
        *,
        payload: Mapping[str, Any] | None = None,
        close_code: int | None = None,
    ) -> None:
        super().__init__(f"{error}: {reason}" if reason else error)
        self.error = error
        self.reason = reason
        self.payload: dict[str, Any] = dict(payload or {})
        self.close_code = close_code

    @property
    def unauthorized(self) -> bool:
        """fal refused the session's token (its `Unauthorized` frame): a session opened by
        `endpoint.realtime()` answers the first with a new token and socket, so this reaches
        the caller only for a second one in a row."""
        return self.error == "Unauthorized" and self.close_code is None


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def detail_errors(body: Any) -> list[FieldError]:
    """fal's FastAPI-style `{"detail": [{"loc", "msg", "type"}, ...]}` as typed field errors
    (whatever shape the items really have)."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, list):
        return []
    return [
        FieldError(loc=_loc(d.get("loc")), msg=str(d.get("msg", "")), type=str(d.get("type", "")))
        for d in detail
        if isinstance(d, dict)
    ]


def _loc(value: Any) -> Loc:
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(
        p if isinstance(p, (int, str)) and not isinstance(p, bool) else str(p) for p in value
    )


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response; the message comes from fal's `detail`, or from
    the Platform API's envelope `{"error": {"type", "message", "request_id"}}`."""
    try:
        body: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep
        body = excerpt(response.text)
    detail = body.get("detail") if isinstance(body, dict) else None
    error_type = body.get("error_type") if isinstance(body, dict) else None
    envelope = body.get("error") if isinstance(body, dict) else None
    if not isinstance(envelope, dict):
        envelope = {}
    if not isinstance(error_type, str):
        error_type = envelope.get("type")
    if not isinstance(error_type, str):
        error_type = response.headers.get("x-fal-error-type")
    if isinstance(detail, list):
        summary = "; ".join(map(str, detail_errors(body)))
    elif detail is None and isinstance(envelope.get("message"), str):
        summary = envelope["message"]
    else:
        summary = str(detail) if detail is not None else response.text
    summary = excerpt(summary) or response.reason_phrase
    request_id = response.headers.get("x-fal-request-id")
    if request_id is None and isinstance(envelope.get("request_id"), str):
        request_id = envelope["request_id"]
    code = response.status_code
    cls = _STATUS_CLASSES.get(code, InternalServerError if code >= 500 else APIStatusError)
    url = display_url(str(response.request.url))
    message = f"{code} from {response.request.method} {url}: {summary}"
    return cls(
        message,
        status_code=code,
        headers=response.headers,
        body=body,
        request_id=request_id,
        error_type=error_type,
    )


class WebhookVerificationError(FalError):
    """A webhook delivery is not provably from fal; answer it with 401. `reason` names the check
    that failed; `request_id` is the (unverified) X-Fal-Webhook-Request-Id, when present."""

    def __init__(self, reason: str, *, request_id: str | None = None) -> None:
        suffix = f" (request {request_id})" if request_id else ""
        super().__init__(f"webhook rejected: {reason}{suffix}")
        self.reason = reason
        self.request_id = request_id


class MalformedWebhookError(FalError, ValueError):
    """A webhook body is not a fal delivery: not a JSON object, or no `request_id` / `status`."""
