"""Contract tests: every cassette replayed through the generated client, sync and async, with the
network blocked and no sleeping. Requests must equal the recorded ones; recorded outputs must
parse in strict mode; each scenario must end as its cassette expects."""

from __future__ import annotations

import copy
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.tools.cassette import Cassette, Replayer, ReplayMismatch
from tests.conftest import SEED_IDS
from tests.contract.replay import CASSETTES, Outcome, perform, perform_async

PATHS = sorted(CASSETTES.glob("*/*.yaml"))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("contract tests must not open sockets")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _check(cassette: Cassette, outcome: Outcome, replayer: Replayer) -> None:
    expect = cassette.expect
    if "error" in expect:
        error = outcome.error
        assert type(error).__name__ == expect["error"], repr(error)
        for name in ("status_code", "request_id", "error_type"):
            if name in expect:
                assert getattr(error, name) == expect[name], name
        if "loc" in expect:
            assert [list(e.loc) for e in error.errors] == [expect["loc"]]  # type: ignore[union-attr]
    else:
        assert outcome.error is None, repr(outcome.error)
    if "output" in expect:
        assert outcome.output == expect["output"]
        assert outcome.request_id is not None
    if "cancelled" in expect:
        assert outcome.request_id == expect["cancelled"]
    if "sleeps" in expect:
        assert outcome.sleeps == expect["sleeps"]
    if "retried" in expect:
        assert len(outcome.sleeps) == expect["retried"]
    if cassette.call["method"] == "subscribe" and outcome.error is None:
        streamed = [
            entry["message"]
            for exchange in cassette.exchanges
            for event in exchange.response.sse or []
            for entry in event.get("logs") or []
        ]
        received = [
            entry.message
            for status in outcome.updates
            for entry in getattr(status, "logs", None) or []
        ]
        assert received == streamed, "each streamed log entry reaches on_queue_update once"
    replayer.assert_done()


def test_there_is_a_cassette_set_for_every_endpoint(specs: Any) -> None:
    scenarios = {"subscribe", "run", "validation_422", "cancel"}
    for endpoint in (e for e in specs.endpoints if e.id in SEED_IDS):
        names = {p.stem for p in (CASSETTES / endpoint.module).glob("*.yaml")}
        assert scenarios <= names, endpoint.id
    shared = {"unauthorized_401", "rate_limited_429_then_success", "ingress_503_then_success"}
    assert shared | {"completed_with_error"} <= {p.stem for p in PATHS}
    for path in PATHS:
        assert Cassette.load(path).provenance.strip()


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_replay_sync(path: Path) -> None:
    cassette = Cassette.load(path)
    replayer = Replayer(cassette)
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    _check(cassette, outcome, replayer)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
async def test_replay_async(path: Path) -> None:
    cassette = Cassette.load(path)
    replayer = Replayer(cassette)
    outcome = await perform_async(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    _check(cassette, outcome, replayer)


# -- the replay is strict: these prove it fails when it should ----------------------------------


def _subscribe_cassette() -> Cassette:
    return Cassette.load(CASSETTES / "qwen_image" / "subscribe.yaml")


def test_a_request_that_differs_from_the_recording_fails_with_a_diff() -> None:
    cassette = _subscribe_cassette()
    cassette.call = copy.deepcopy(cassette.call)
    cassette.call["input"]["num_images"] = 2  # the client now sends a field fal never saw
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(Replayer(cassette)))
    assert isinstance(outcome.error, ReplayMismatch)
    assert "request 1 differs" in str(outcome.error) and '"num_images": 2' in str(outcome.error)


def test_a_response_the_spec_no_longer_matches_fails_in_strict_mode() -> None:
    cassette = _subscribe_cassette()
    result = cassette.exchanges[-1].response
    result.json = {**result.json, "nsfw_score": 0.1}  # a field the spec does not know
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(Replayer(cassette)))
    assert type(outcome.error).__name__ == "ResponseValidationError"
    assert "nsfw_score" in str(outcome.error)


def test_exchanges_never_requested_are_reported() -> None:
    cassette = _subscribe_cassette()
    cassette.exchanges.append(cassette.exchanges[-1])
    replayer = Replayer(cassette)
    perform(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    with pytest.raises(ReplayMismatch, match="1 recorded exchange"):
        replayer.assert_done()
