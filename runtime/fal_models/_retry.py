"""The retry policy shared by the sync and async clients: what to retry, and how long to wait."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from fal_models._exceptions import APIConnectionError, APITimeoutError
from fal_models._protocol import retry_delay, should_retry


@dataclass
class RetryPolicy:
    """One logical call. `submit` marks a paid POST: never repeated once fal may have it."""

    max_retries: int
    submit: bool
    attempt: int = 0

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this error response, or None to raise it."""
        if self.attempt >= self.max_retries or not should_retry(response, submit=self.submit):
            return None
        self.attempt += 1
        return retry_delay(self.attempt, response)

    def after_exception(self, exc: httpx.TransportError, url: str) -> float:
        """Seconds to wait before retrying after a transport error; raises when it must not."""
        not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        if self.submit and not not_sent:
            # The body may have reached fal: repeating it could run (and bill) the job twice.
            raise (
                APITimeoutError(
                    f"submit to {url} failed after the request was sent ({type(exc).__name__}); "
                    "it was not retried because fal may have enqueued it",
                    may_have_been_enqueued=True,
                )
                if isinstance(exc, httpx.TimeoutException)
                else APIConnectionError(
                    f"submit to {url} failed after the request was sent ({type(exc).__name__}: {exc}); "
                    "it was not retried because fal may have enqueued it",
                    may_have_been_enqueued=True,
                )
            )
        if self.attempt >= self.max_retries:
            cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            raise cls(f"{type(exc).__name__} calling {url}: {exc}") from exc
        self.attempt += 1
        return retry_delay(self.attempt, None)
