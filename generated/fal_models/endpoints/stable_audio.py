# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-audio` (Stable Audio)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models.models.stable_audio import StableAudioInput, StableAudioOutput

__all__ = ["StableAudio", "AsyncStableAudio", "StableAudioInput", "StableAudioOutput"]


class StableAudio(SyncEndpoint[StableAudioInput, StableAudioOutput]):
    """Stable Audio (`fal-ai/stable-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio"
    input_model: ClassVar[type[StableAudioInput]] = StableAudioInput
    output_model: ClassVar[type[StableAudioOutput]] = StableAudioOutput
    Input = StableAudioInput
    Output = StableAudioOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return self._stream(payload, options)


class AsyncStableAudio(AsyncEndpoint[StableAudioInput, StableAudioOutput]):
    """Stable Audio (`fal-ai/stable-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio"
    input_model: ClassVar[type[StableAudioInput]] = StableAudioInput
    output_model: ClassVar[type[StableAudioOutput]] = StableAudioOutput
    Input = StableAudioInput
    Output = StableAudioOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seconds_start: int | Omit = omit,
        seconds_total: int | Omit = omit,
        steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate audio from.
            seconds_start: The start point of the audio clip to generate. Default: 0. Limits:
                minimum 0, maximum 47.
            seconds_total: The duration of the audio clip to generate. Default: 30. Limits: minimum
                0, maximum 47.
            steps: The number of steps to denoise the audio for. Default: 100. Limits: minimum 2,
                maximum 1000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_start": seconds_start,
                "seconds_total": seconds_total,
                "steps": steps,
            }
        )
        return self._stream(payload, options)
