"""Errors the client raises show the caller's frame and the error, not the flow machinery: real
failures over the emulator, their tracebacks formatted and their fal_models frames counted."""

from __future__ import annotations

import traceback
from pathlib import Path

import httpx
import pytest
from fal_models import (
    APIStatusError,
    FalClient,
    InputValidationError,
    InvalidOptionError,
    MissingCredentialsError,
    RequestFailedError,
)
from fal_models.testing import Emulator, Failure

QWEN = "fal-ai/qwen-image"
MOST_INTERNAL_FRAMES = 3
"""A public method, the endpoint's shared call and the client's drive: no flow, driver or request
loop frames."""


def runtime_frames(exc: BaseException) -> list[str]:
    """The fal_models functions in `exc`'s traceback, outermost first."""
    frames = traceback.extract_tb(exc.__traceback__)
    return [f.name for f in frames if f"{Path('fal_models')}/" in f.filename.replace("\\", "/")]


def test_missing_key_shows_the_callers_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAL_KEY", "FAL_KEY_ID", "FAL_KEY_SECRET", "FAL_MODELS_LOG"):
        monkeypatch.delenv(name, raising=False)
    with Emulator(run_time=0) as fal:
        client = FalClient(http_client=httpx.Client(transport=fal.transport()))
        with client, pytest.raises(MissingCredentialsError) as info:
            client.qwen_image.run(prompt="a red fox")
    frames = traceback.extract_tb(info.value.__traceback__)
    assert frames[0].name == "test_missing_key_shows_the_callers_frame"
    assert len(runtime_frames(info.value)) <= MOST_INTERNAL_FRAMES
    assert not {"headers_for", "resolve_key", "request", "iterate"} & set(
        runtime_frames(info.value)
    )
    assert "MissingCredentialsError" in "".join(traceback.format_exception(info.value))


def test_a_failed_request_keeps_its_id_and_cause_without_internal_frames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FAL_MODELS_LOG", raising=False)
    with Emulator(run_time=0.01) as fal:
        fal.fail_next(Failure(500, "boom", "internal_error"), endpoint_id=QWEN)
        with fal.client() as client, pytest.raises(RequestFailedError) as info:
            client.qwen_image.subscribe(prompt="a red fox")
    assert info.value.request_id  # what the user needs to act survived the trimming
    shown = runtime_frames(info.value)
    assert 1 <= len(shown) <= MOST_INTERNAL_FRAMES, shown
    assert shown[0] == "subscribe"


def test_input_errors_point_at_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAL_MODELS_LOG", raising=False)
    with (
        Emulator(run_time=0) as fal,
        fal.client() as client,
        pytest.raises(InputValidationError) as info,
    ):
        client.qwen_image.run(prompt="a red fox", num_images=30)
    assert runtime_frames(info.value) == ["run"]


async def test_async_errors_are_trimmed_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAL_MODELS_LOG", raising=False)
    with Emulator(run_time=0) as fal:
        fal.fail_next(Failure(422, None, None, body={"detail": "no"}), endpoint_id=QWEN)
        async with fal.async_client() as client:
            with pytest.raises(APIStatusError) as info:
                await client.qwen_image.run(prompt="a red fox")
    assert info.value.request_id
    assert len(runtime_frames(info.value)) <= MOST_INTERNAL_FRAMES


def test_debug_logging_keeps_every_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    with Emulator(run_time=0.01) as fal:
        fal.fail_next(Failure(500, "boom", "internal_error"), endpoint_id=QWEN)
        with fal.client() as client, pytest.raises(RequestFailedError) as info:
            # Set after the client is made, so that no log handler is installed.
            monkeypatch.setenv("FAL_MODELS_LOG", "debug")
            client.qwen_image.subscribe(prompt="a red fox")
    assert len(runtime_frames(info.value)) > MOST_INTERNAL_FRAMES


def test_an_error_raised_in_the_callers_callback_keeps_the_callers_frames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FAL_MODELS_LOG", raising=False)

    def on_queue_update(status: object) -> None:
        raise InvalidOptionError("mine", "raised by the caller's own callback")

    with (
        Emulator(run_time=0.01) as fal,
        fal.client() as client,
        pytest.raises(InvalidOptionError) as info,
    ):
        client.qwen_image.subscribe(prompt="a red fox", on_queue_update=on_queue_update)
    names = [f.name for f in traceback.extract_tb(info.value.__traceback__)]
    assert names[-1] == "on_queue_update"
