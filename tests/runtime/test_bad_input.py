"""Input JSON cannot carry and options no request can honour are refused before any HTTP request,
naming the field (InputValidationError) or the option (a FalError that is also a ValueError,
with `option`). Every case runs on both clients against the emulator, whose log must stay empty.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fal_models import AsyncFalClient, FalClient, FalError, InputModel, InputValidationError
from fal_models.testing import Emulator

QWEN = "fal-ai/qwen-image"
FREE_FORM = "bria/fibo-bbq-preview/generate"  # `structured_prompt` may be any JSON object
NAN, INF = math.nan, math.inf


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN, FREE_FORM], run_time=0.0) as emu:
        yield emu


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def outcome(emulator: Emulator, mode: str, act: Callable[[Any], Any]) -> BaseException | None:
    """Run `act(client)` on a client of `mode`; the exception it raised, if any."""
    try:
        if mode == "sync":
            with emulator.client() as fal:
                act(fal)
        else:
            async with emulator.async_client() as afal:
                result = act(afal)
                if inspect.isawaitable(result):
                    await result
    except Exception as exc:
        return exc
    return None


# -- fields --------------------------------------------------------------------------------------


BAD_FIELDS = [
    pytest.param(QWEN, {"prompt": "x", "seed": 2**63}, "seed", id="int-2**63"),
    pytest.param(QWEN, {"prompt": "x", "seed": -(2**63) - 1}, "seed", id="int-below-int64"),
    pytest.param(QWEN, {"prompt": "x", "seed": 10**30}, "seed", id="int-10**30"),
    pytest.param(QWEN, {"prompt": "x", "seed": 10**5000}, "seed", id="int-5001-digits"),
    pytest.param(QWEN, {"prompt": "a red \ud83d fox"}, "prompt", id="lone-surrogate"),
    pytest.param(
        QWEN, {"prompt": "x", "loras": [{"path": "lora-\udcff"}]}, "loras[0].path", id="nested"
    ),
    pytest.param(
        FREE_FORM, {"structured_prompt": {"light": NAN}}, "structured_prompt.light", id="nan"
    ),
    pytest.param(
        FREE_FORM, {"structured_prompt": {"a": [1, -INF]}}, "structured_prompt.a[1]", id="inf"
    ),
    pytest.param(
        FREE_FORM, {"structured_prompt": {"n": 2**64}}, "structured_prompt.n", id="free-int"
    ),
    pytest.param(
        FREE_FORM, {"structured_prompt": {"k\udc80": 1}}, "structured_prompt", id="free-key"
    ),
]


@pytest.mark.parametrize(("endpoint_id", "values", "field"), BAD_FIELDS)
@pytest.mark.parametrize("method", ["run", "submit", "subscribe"])
async def test_a_value_json_cannot_carry_is_refused_naming_its_field(
    emulator: Emulator,
    mode: str,
    method: str,
    endpoint_id: str,
    values: dict[str, Any],
    field: str,
) -> None:
    error = await outcome(
        emulator, mode, lambda fal: getattr(fal.endpoint(endpoint_id), method)(**values)
    )
    assert isinstance(error, InputValidationError), repr(error)
    assert error.fields == [field]
    assert emulator.log == []


def test_integers_are_bounded_to_64_bits_in_every_input_model() -> None:
    """The check lives in InputModel.build: a model the generator never saw gets it too."""

    class Anything(InputModel):
        count: int
        extra: dict[str, Any] | None = None

    assert Anything.build({"count": 2**63 - 1, "extra": {"n": -(2**63)}}).to_wire() == {
        "count": 2**63 - 1,
        "extra": {"n": -(2**63)},
    }
    with pytest.raises(InputValidationError) as info:
        Anything.build({"count": 2**63, "extra": {"n": -(2**63) - 1, "f": NAN}})
    assert sorted(info.value.fields) == ["count", "extra.f", "extra.n"]


def test_the_largest_64_bit_seed_is_sent_as_is(emulator: Emulator) -> None:
    with emulator.client() as fal:
        fal.qwen_image.submit(prompt="x", seed=2**63 - 1)
        with pytest.raises(InputValidationError):
            fal.qwen_image.submit(prompt="x", seed=2**63)
    (submitted,) = emulator.submissions(QWEN)
    assert submitted.json == {"prompt": "x", "seed": 2**63 - 1}


# -- call options --------------------------------------------------------------------------------


BAD_OPTIONS = [
    ("subscribe", "start_timeout", NAN),
    ("subscribe", "start_timeout", INF),
    ("subscribe", "start_timeout", 1),
    ("subscribe", "start_timeout", "30"),
    ("run", "start_timeout", True),
    ("subscribe", "client_timeout", NAN),
    ("subscribe", "client_timeout", -1),
    ("subscribe", "client_timeout", 0),
    ("subscribe", "client_timeout", INF),
    ("run", "timeout", NAN),
    ("run", "timeout", -1),
    ("run", "timeout", httpx.Timeout(5.0, read=NAN)),
    ("submit", "media_expires_in", INF),
    ("submit", "media_expires_in", 0),
    ("submit", "media_expires_in", 1.5),
    ("submit", "max_retries", -1),
    ("submit", "max_retries", 1.5),
    ("submit", "webhook_url", "https://hooks.example/\ud800"),
    ("submit", "webhook_url", "hooks.example/fal"),
    ("submit", "webhook_url", "ftp://hooks.example/fal"),
    ("submit", "webhook_url", "https://hooks.example/a b"),
    ("submit", "hint", "lora:a\nX-Injected: 1"),
    ("submit", "hint", 5),
    ("submit", "headers", {"X-Trace": "a\r\nb"}),
    ("submit", "headers", {"Bad Name": "x"}),
    ("submit", "headers", {"X-Trace": "café"}),
    ("submit", "priority", "high"),
    ("submit", "no_retry", 1),
    ("submit", "store_io", "false"),
    ("subscribe", "logs", "yes"),
    ("run", "strict", "no"),
    ("subscribe", "on_enqueue", 5),
]


@pytest.mark.parametrize(
    ("method", "option", "value"), BAD_OPTIONS, ids=[f"{m}-{o}={v!r}" for m, o, v in BAD_OPTIONS]
)
async def test_an_unusable_option_is_refused_naming_it_before_any_request(
    emulator: Emulator, mode: str, method: str, option: str, value: Any
) -> None:
    error = await outcome(
        emulator, mode, lambda fal: getattr(fal.qwen_image, method)(prompt="x", **{option: value})
    )
    assert isinstance(error, FalError) and isinstance(error, ValueError), repr(error)
    assert getattr(error, "option", None) == option
    assert str(error).startswith(option)
    assert emulator.log == []


@pytest.mark.parametrize("timeout", [NAN, -1.0, 0.0])
async def test_a_handle_wait_with_an_unusable_timeout_sends_nothing(
    emulator: Emulator, mode: str, timeout: float
) -> None:
    emulator.set_timing(QWEN, run_time=0.2)  # the original wait() just waited it out

    if mode == "sync":
        with emulator.client() as fal:
            handle = fal.qwen_image.submit(prompt="x")
            sent = len(emulator.log)
            with pytest.raises(FalError) as info:
                handle.wait(timeout=timeout)
    else:
        async with emulator.async_client() as afal:
            ahandle = await afal.qwen_image.submit(prompt="x")
            sent = len(emulator.log)
            with pytest.raises(FalError) as info:
                await ahandle.wait(timeout=timeout)
    assert getattr(info.value, "option", None) == "timeout"
    assert len(emulator.log) == sent


async def test_an_upload_with_an_unusable_lifetime_sends_nothing(
    emulator: Emulator, mode: str
) -> None:
    error = await outcome(emulator, mode, lambda fal: fal.upload(b"data", expires_in=INF))
    assert isinstance(error, FalError) and getattr(error, "option", None) == "expires_in"
    assert emulator.log == []


# -- client settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("timeout", NAN),
        ("timeout", -5),
        ("max_retries", -1),
        ("queue_url", "queue.fal.run"),
        ("run_url", "ftp://fal.run"),
        ("default_headers", {"X-Trace": "a\nb"}),
        ("inline_file_limit", -1),
    ],
)
@pytest.mark.parametrize("client", [FalClient, AsyncFalClient])
def test_an_unusable_client_setting_is_refused_at_construction(
    client: type[FalClient] | type[AsyncFalClient], setting: str, value: Any
) -> None:
    with pytest.raises(FalError) as info:
        client("key", **{setting: value})
    assert isinstance(info.value, ValueError)
    assert getattr(info.value, "option", None) == setting
