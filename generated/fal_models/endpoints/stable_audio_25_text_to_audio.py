# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-audio-25/text-to-audio` (Stable Audio 25 Text To Audio)."""

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
from fal_models.models.stable_audio_25_text_to_audio import (
    StableAudio25TextToAudioInput,
    StableAudio25TextToAudioOutput,
)

__all__ = [
    "StableAudio25TextToAudio",
    "AsyncStableAudio25TextToAudio",
    "StableAudio25TextToAudioInput",
    "StableAudio25TextToAudioOutput",
]


class StableAudio25TextToAudio(
    SyncEndpoint[StableAudio25TextToAudioInput, StableAudio25TextToAudioOutput]
):
    """Stable Audio 25 Text To Audio (`fal-ai/stable-audio-25/text-to-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/text-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/text-to-audio"
    input_model: ClassVar[type[StableAudio25TextToAudioInput]] = StableAudio25TextToAudioInput
    output_model: ClassVar[type[StableAudio25TextToAudioOutput]] = StableAudio25TextToAudioOutput
    Input = StableAudio25TextToAudioInput
    Output = StableAudio25TextToAudioOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableAudio25TextToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableAudio25TextToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25TextToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableAudio25TextToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncStableAudio25TextToAudio(
    AsyncEndpoint[StableAudio25TextToAudioInput, StableAudio25TextToAudioOutput]
):
    """Stable Audio 25 Text To Audio (`fal-ai/stable-audio-25/text-to-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/text-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/text-to-audio"
    input_model: ClassVar[type[StableAudio25TextToAudioInput]] = StableAudio25TextToAudioInput
    output_model: ClassVar[type[StableAudio25TextToAudioOutput]] = StableAudio25TextToAudioOutput
    Input = StableAudio25TextToAudioInput
    Output = StableAudio25TextToAudioOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableAudio25TextToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableAudio25TextToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25TextToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seconds_total: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableAudio25TextToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate audio from.
            seconds_total: The duration of the audio clip to generate. Default: 190. Limits: minimum
                1, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seconds_total": seconds_total,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
