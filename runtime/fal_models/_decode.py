"""Reading fal's successful answers: the one place their bodies are decoded.

A body that is not what fal's protocol promises (an HTML page, nothing, JSON cut short or nested
too deep, an array where an object belongs, a missing field) becomes a MalformedResponseError
with the HTTP status, the request id and an excerpt of the body; an output that does not fit its
model, a ResponseValidationError with the same. Never a JSONDecodeError, KeyError or
RecursionError.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from fal_models._base import STRICT_CONTEXT, OutputModel
from fal_models._exceptions import MalformedResponseError, ResponseValidationError, excerpt
from fal_models._units import billable_units

T = TypeVar("T")
OutT = TypeVar("OutT", bound=OutputModel)

__all__ = ["Answer", "expect_object", "json_answer", "output", "parse_output", "with_text"]


@dataclass(frozen=True)
class Answer:
    """Where a body came from, for the error it may turn into: which answer (`what`: "submit
    answer", "status event", …), its status, headers and the request it is about."""

    what: str
    status_code: int
    headers: httpx.Headers
    request_id: str | None

    @classmethod
    def of(cls, response: httpx.Response, what: str, request_id: str | None = None) -> Answer:
        """`request_id`: the request the call was about; else the answer's x-fal-request-id."""
        rid = request_id or response.headers.get("x-fal-request-id")
        return cls(what, response.status_code, response.headers, rid)

    def malformed(self, problem: str, body: bytes | str) -> MalformedResponseError:
        about = f", request {self.request_id}" if self.request_id else ""
        shown = excerpt(body, 200)
        return MalformedResponseError(
            f"{self.what} is malformed ({problem}; HTTP {self.status_code}{about}): {shown!r}",
            status_code=self.status_code,
            headers=self.headers,
            body=excerpt(body),
            request_id=self.request_id,
        )

    def decode(self, body: bytes | str, read: Callable[[Any], T]) -> T:
        """`read(data)` of the JSON in `body`; `read` raises ValueError for a shape it refuses."""
        try:
            data = json.loads(body)
        except RecursionError:
            raise self.malformed("JSON nested too deep", body) from None
        except ValueError as exc:  # not JSON, or not UTF-8
            raise self.malformed("not JSON" if body else "empty body", body) from exc
        try:
            return read(data)
        except ValueError as exc:
            raise self.malformed(str(exc), body) from None


def json_answer(
    response: httpx.Response,
    what: str,
    read: Callable[[Any], T],
    *,
    request_id: str | None = None,
) -> T:
    """`read(data)` of a successful answer's JSON (see `Answer.decode`)."""
    return Answer.of(response, what, request_id).decode(response.content, read)


def expect_object(data: Any) -> Mapping[str, Any]:
    """`data`, which must be a JSON object."""
    if not isinstance(data, Mapping):
        raise ValueError(f"a JSON {_kind(data)} where an object belongs")
    return data


def with_text(*names: str) -> Callable[[Any], Mapping[str, Any]]:
    """A reader of JSON objects in which each of `names` is a non-empty string."""

    def read(data: Any) -> Mapping[str, Any]:
        found = expect_object(data)
        for name in names:
            value = found.get(name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"no {name!r}" if value is None else f"{name!r} is {_kind(value)}")
        return found

    return read


def output(
    response: httpx.Response,
    model: type[OutT],
    what: str,
    *,
    request_id: str | None,
    strict: bool,
    endpoint_id: str | None = None,
) -> OutT:
    """A run's or a result's body parsed into the endpoint's output model, knowing its request,
    its endpoint and the units fal bills for it."""
    answer = Answer.of(response, what, request_id)
    parsed = parse_output(answer, response.content, model, strict)
    parsed._billable_units = billable_units(response.headers)
    parsed._response_headers = dict(response.headers)
    parsed._endpoint_id = endpoint_id
    return parsed


def parse_output(answer: Answer, body: bytes | str, model: type[OutT], strict: bool) -> OutT:
    """`body` (JSON) parsed into the endpoint's output model, with `answer`'s request id."""
    data = answer.decode(body, lambda data: data)
    try:
        parsed = model.model_validate(data, context=STRICT_CONTEXT if strict else None)
    except ValidationError as exc:
        raise ResponseValidationError(
            model.__name__,
            exc,
            status_code=answer.status_code,
            headers=answer.headers,
            body=excerpt(body),
            request_id=answer.request_id,
        ) from None
    parsed._request_id = answer.request_id
    return parsed


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {str: "string", list: "array", dict: "object", int: "number", float: "number"}.get(
        type(value), type(value).__name__
    )
