"""The retry policy table: for each kind of call, which statuses and transport errors are retried,
how the backoff grows, when the server's Retry-After replaces it, and when a Retry-After too long
to wait for (or fal's `X-Fal-Needs-Retry: 0`) gives up at once."""

from __future__ import annotations

import dataclasses
import email.utils

import httpx
import pytest
from fal_models._defaults import DEFAULT_MAX_RETRY_WAIT
from fal_models._retry import MAX_RETRY_DELAY, POLICIES, retry_after

CODES = (400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504)

# kind: (statuses retried when fal's gateway answered, statuses retried from the ingress alone)
RETRIED: dict[str, tuple[set[int], set[int]]] = {
    "read": ({408, 409, 429, 502, 503, 504}, {408, 409, 429, 502, 503, 504}),
    "upload": ({408, 409, 429, 502, 503, 504}, {408, 409, 429, 502, 503, 504}),
    # A paid POST: only where fal provably did not enqueue it.
    "submit": ({429}, {429, 502, 503, 504}),
    # A direct run: a 429 only when fal asks (below); an ingress error proves nothing ran.
    "run": (set(), {502, 503, 504}),
    # A streamed run: never repeated once sent, as fal documents (but see fal's concurrency 429).
    "stream": (set(), set()),
    "download": ({408, 429, 500, 502, 503, 504}, {408, 429, 500, 502, 503, 504}),
    # The Platform API: reads, and an estimate that changes nothing.
    "platform": ({408, 409, 429, 502, 503, 504}, {408, 409, 429, 502, 503, 504}),
}

TRANSPORT_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
NOT_SENT = {httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout}
PAID = ("submit", "run", "stream")


def answer(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers)


def test_the_table_has_one_policy_per_kind_of_call() -> None:
    assert set(POLICIES) == set(RETRIED)


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_retried_statuses(kind: str) -> None:
    policy = POLICIES[kind]
    through_gateway, from_ingress = RETRIED[kind]
    gateway = {c for c in CODES if policy.retries_status(answer(c, **{"x-fal-request-id": "r"}))}
    ingress = {c for c in CODES if policy.retries_status(answer(c))}
    assert (gateway, ingress) == (through_gateway, from_ingress)


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_a_user_start_timeout_is_never_retried(kind: str) -> None:
    expired = answer(504, **{"x-fal-request-timeout-type": "user"})
    assert not POLICIES[kind].retries_status(expired)


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_retried_transport_errors(kind: str) -> None:
    policy = POLICIES[kind]
    retried = {cls for cls in TRANSPORT_ERRORS if policy.retries_error(cls("x"))}
    assert retried == (NOT_SENT if kind in PAID else set(TRANSPORT_ERRORS))
    assert policy.enqueues == (kind in PAID)


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_backoff_doubles_with_jitter_up_to_the_cap(kind: str) -> None:
    policy = POLICIES[kind]
    for attempt in range(1, 12):
        ceiling = min(0.5 * 2 ** (attempt - 1), MAX_RETRY_DELAY)
        delays = [policy.wait(attempt) or 0.0 for _ in range(20)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays), (attempt, delays)


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_every_kind_honours_the_servers_hint(kind: str) -> None:
    policy = POLICIES[kind]
    assert policy.wait(1, httpx.Headers({"Retry-After": "7"})) == 7.0
    assert policy.wait(3, httpx.Headers({"retry-after-ms": "250"})) == 0.25
    ignored = dataclasses.replace(policy, retry_after=False)
    assert (ignored.wait(1, httpx.Headers({"Retry-After": "7"})) or 1.0) <= 0.5


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_a_hint_longer_than_allowed_gives_up_instead_of_retrying_early(kind: str) -> None:
    """A server's wait is a floor: never cut to the backoff, never ignored. Too long for the
    client's `max_retry_wait` or for the time left before the deadline, it gives up at once."""
    policy = POLICIES[kind]
    hour = httpx.Headers({"Retry-After": "3600"})
    assert policy.wait(1, hour) is None  # the default max_retry_wait is 60 s
    assert policy.wait(1, hour, max_wait=7200) == 3600.0
    five = httpx.Headers({"Retry-After": "5"})
    assert policy.wait(1, five, max_wait=4) is None
    assert policy.wait(1, five, time_left=4.9) is None
    assert policy.wait(1, five, time_left=5.1) == 5.0
    # Without a hint, the backoff is cut to the time left (the deadline then ends the call).
    assert policy.wait(5, time_left=0.2) == 0.2
    assert DEFAULT_MAX_RETRY_WAIT == 60.0


@pytest.mark.parametrize("kind", sorted(RETRIED))
def test_fal_needs_retry_header_decides_first(kind: str) -> None:
    """`X-Fal-Needs-Retry: 0` stops a retry the table would make; `1` (as on fal's
    `concurrent_requests_limit` 429) asks for one, which a paid POST gets only where the table
    already proves nothing was enqueued, or for a 429 (turned away before it ran: direct and
    streamed runs too)."""
    policy = POLICIES[kind]
    concurrency = answer(429, **{"x-fal-request-id": "r", "X-Fal-Needs-Retry": "1"})
    assert policy.retries_status(concurrency)
    plain = answer(429, **{"x-fal-request-id": "r"})
    assert policy.retries_status(plain) == (kind not in ("run", "stream"))
    for no in ("0", "false"):
        assert not policy.retries_status(answer(429, **{"X-Fal-Needs-Retry": no}))
        assert not policy.retries_status(answer(503, **{"X-Fal-Needs-Retry": no}))
    forced = answer(500, **{"x-fal-request-id": "r", "X-Fal-Needs-Retry": "true"})
    assert policy.retries_status(forced) == (kind not in PAID)


NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1500", "Retry-After": "9"}, 1.5),  # the precise one wins
        ({"retry-after-ms": "junk", "Retry-After": "9"}, 9.0),
        ({"Retry-After": email.utils.formatdate(NOW + 42, usegmt=True)}, 42.0),
        ({"Retry-After": email.utils.formatdate(NOW - 5, usegmt=True)}, 0.0),  # already past
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "3600"}, 3600.0),  # kept: the policy decides what is too long
        ({"retry-after-ms": "-5", "Retry-After": "9"}, 0.0),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_parsing(headers: dict[str, str], seconds: float | None) -> None:
    assert retry_after(httpx.Headers(headers), NOW) == seconds
