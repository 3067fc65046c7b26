# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-audio-25/inpaint` (Stable Audio 25 Inpaint)."""

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
from fal_models._uploads import FileInput
from fal_models.models.stable_audio_25_inpaint import (
    StableAudio25InpaintInput,
    StableAudio25InpaintOutput,
)

__all__ = [
    "StableAudio25Inpaint",
    "AsyncStableAudio25Inpaint",
    "StableAudio25InpaintInput",
    "StableAudio25InpaintOutput",
]


class StableAudio25Inpaint(SyncEndpoint[StableAudio25InpaintInput, StableAudio25InpaintOutput]):
    """Stable Audio 25 Inpaint (`fal-ai/stable-audio-25/inpaint`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/inpaint"
    input_model: ClassVar[type[StableAudio25InpaintInput]] = StableAudio25InpaintInput
    output_model: ClassVar[type[StableAudio25InpaintOutput]] = StableAudio25InpaintOutput
    Input = StableAudio25InpaintInput
    Output = StableAudio25InpaintOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableAudio25InpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableAudio25InpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25InpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableAudio25InpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncStableAudio25Inpaint(
    AsyncEndpoint[StableAudio25InpaintInput, StableAudio25InpaintOutput]
):
    """Stable Audio 25 Inpaint (`fal-ai/stable-audio-25/inpaint`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/inpaint"
    input_model: ClassVar[type[StableAudio25InpaintInput]] = StableAudio25InpaintInput
    output_model: ClassVar[type[StableAudio25InpaintOutput]] = StableAudio25InpaintOutput
    Input = StableAudio25InpaintInput
    Output = StableAudio25InpaintOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableAudio25InpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableAudio25InpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25InpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        seconds_total: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_start: int | Omit = omit,
        mask_end: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableAudio25InpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to inpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seconds_total: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Default: 190. Limits: minimum 1, maximum
                190.
            guidance_scale: How strictly the diffusion process adheres to the prompt text (higher
                values make your audio closer to your prompt). Default: 1. Limits: minimum 1,
                maximum 25.
            mask_start: The start point of the audio mask. Default: 30. Limits: minimum 0, maximum
                190.
            mask_end: The end point of the audio mask. Default: 190. Limits: minimum 0, maximum 190.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "seconds_total": seconds_total,
                "guidance_scale": guidance_scale,
                "mask_start": mask_start,
                "mask_end": mask_end,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
