"""Every error fal_models raises: one hierarchy, each carrying what a caller needs to act."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
    from pydantic import ValidationError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "FalError",
    "FieldError",
    "InputValidationError",
    "InternalServerError",
    "InvalidFileURLError",
    "MalformedWebhookError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestFailedError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


Loc = tuple[int | str, ...]


class FalError(Exception):
    """Base of every error raised by fal_models."""


class MissingCredentialsError(FalError):
    """No fal key was given or found in the environment."""

    def __init__(self) -> None:
        super().__init__(
            "No fal credentials found. Pass FalClient(key=...), or set the FAL_KEY environment "
            "variable (or FAL_KEY_ID and FAL_KEY_SECRET). Keys: https://fal.ai/dashboard/keys"
        )


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `loc` is the path (("loras", 0, "scale")), `type` pydantic's or fal's."""

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


class ResponseValidationError(FalError):
    """A response did not parse into the endpoint's output model."""

    def __init__(self, model: str, exc: ValidationError) -> None:
        self.model = model
        self.errors = [
            FieldError(loc=tuple(e["loc"]), msg=e["msg"], type=e["type"])
            for e in exc.errors(include_url=False)
        ]
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(f"response does not match {model}:\n{lines}")


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
    """The request timed out. For a submit, fal may have enqueued it: see `may_have_been_enqueued`."""


class APIStatusError(FalError):
    """fal answered with an error status. `retry_after`: the seconds fal asked to wait before
    another try (`Retry-After`), when it said."""

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
        self.headers = dict(headers)
        self.body = body
        self.request_id = request_id
        self.error_type = error_type
        self.retry_after = retry_after


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


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def detail_errors(body: Any) -> list[FieldError]:
    """fal's FastAPI-style `{"detail": [{"loc", "msg", "type"}, ...]}` as typed field errors."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, list):
        return []
    return [
        FieldError(
            loc=tuple(d.get("loc", ())), msg=str(d.get("msg", "")), type=str(d.get("type", ""))
        )
        for d in detail
        if isinstance(d, dict)
    ]


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response; the message comes from fal's `detail`."""
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = response.text
    detail = body.get("detail") if isinstance(body, dict) else None
    error_type = (
        body.get("error_type") if isinstance(body, dict) else None
    ) or response.headers.get("x-fal-error-type")
    if isinstance(detail, list):
        parts = [
            str(FieldError(loc=tuple(d.get("loc", ())), msg=str(d.get("msg", "")), type=""))
            for d in detail
            if isinstance(d, dict)
        ]
        summary = "; ".join(parts)
    else:
        summary = (
            str(detail) if detail is not None else (response.text[:500] or response.reason_phrase)
        )
    request_id = response.headers.get("x-fal-request-id")
    code = response.status_code
    cls = _STATUS_CLASSES.get(code, InternalServerError if code >= 500 else APIStatusError)
    message = f"{code} from {response.request.method} {response.request.url.copy_with(query=None)}: {summary}"
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
