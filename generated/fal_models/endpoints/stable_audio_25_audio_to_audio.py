# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-audio-25/audio-to-audio` (Stable Audio 25 Audio To Audio)."""

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
from fal_models.models.stable_audio_25_audio_to_audio import (
    StableAudio25AudioToAudioInput,
    StableAudio25AudioToAudioOutput,
)

__all__ = [
    "StableAudio25AudioToAudio",
    "AsyncStableAudio25AudioToAudio",
    "StableAudio25AudioToAudioInput",
    "StableAudio25AudioToAudioOutput",
]


class StableAudio25AudioToAudio(
    SyncEndpoint[StableAudio25AudioToAudioInput, StableAudio25AudioToAudioOutput]
):
    """Stable Audio 25 Audio To Audio (`fal-ai/stable-audio-25/audio-to-audio`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/audio-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/audio-to-audio"
    input_model: ClassVar[type[StableAudio25AudioToAudioInput]] = StableAudio25AudioToAudioInput
    output_model: ClassVar[type[StableAudio25AudioToAudioOutput]] = StableAudio25AudioToAudioOutput
    Input = StableAudio25AudioToAudioInput
    Output = StableAudio25AudioToAudioOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableAudio25AudioToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableAudio25AudioToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25AudioToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableAudio25AudioToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncStableAudio25AudioToAudio(
    AsyncEndpoint[StableAudio25AudioToAudioInput, StableAudio25AudioToAudioOutput]
):
    """Stable Audio 25 Audio To Audio (`fal-ai/stable-audio-25/audio-to-audio`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/stable-audio-25/audio-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-audio-25/audio-to-audio"
    input_model: ClassVar[type[StableAudio25AudioToAudioInput]] = StableAudio25AudioToAudioInput
    output_model: ClassVar[type[StableAudio25AudioToAudioOutput]] = StableAudio25AudioToAudioOutput
    Input = StableAudio25AudioToAudioInput
    Output = StableAudio25AudioToAudioOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableAudio25AudioToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableAudio25AudioToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAudio25AudioToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
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
        audio_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        total_seconds: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableAudio25AudioToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the audio generation.
            audio_url: The audio clip to transform. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: Sometimes referred to as denoising, this parameter controls how much influence
                the `audio_url` parameter has on the generated audio. A value of 0 would yield audio
                that is identical to the input. A value of 1 would be as if you passed in no audio
                at all. Default: 0.8. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of steps to denoise the audio for. Default: 8. Limits:
                minimum 4, maximum 8.
            total_seconds: The duration of the audio clip to generate. If not provided, it will be
                set to the duration of the input audio. Limits: minimum 1, maximum 190.
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
                "audio_url": audio_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "total_seconds": total_seconds,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
