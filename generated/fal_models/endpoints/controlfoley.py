# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/controlfoley` (Controlfoley)."""

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
from fal_models.models.controlfoley import ControlfoleyInput, ControlfoleyOutput

__all__ = ["Controlfoley", "AsyncControlfoley", "ControlfoleyInput", "ControlfoleyOutput"]


class Controlfoley(SyncEndpoint[ControlfoleyInput, ControlfoleyOutput]):
    """Controlfoley (`fal-ai/controlfoley`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/controlfoley/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/controlfoley"
    input_model: ClassVar[type[ControlfoleyInput]] = ControlfoleyInput
    output_model: ClassVar[type[ControlfoleyOutput]] = ControlfoleyOutput
    Input = ControlfoleyInput
    Output = ControlfoleyOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ControlfoleyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ControlfoleyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ControlfoleyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ControlfoleyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncControlfoley(AsyncEndpoint[ControlfoleyInput, ControlfoleyOutput]):
    """Controlfoley (`fal-ai/controlfoley`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/controlfoley/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/controlfoley"
    input_model: ClassVar[type[ControlfoleyInput]] = ControlfoleyInput
    output_model: ClassVar[type[ControlfoleyOutput]] = ControlfoleyOutput
    Input = ControlfoleyInput
    Output = ControlfoleyOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ControlfoleyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ControlfoleyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ControlfoleyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_audio_url: FileInput | None | Omit = omit,
        duration: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ControlfoleyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to generate synchronized audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt describing the desired audio. When combined with the video
                it provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
                video-to-audio (V2A). Default: "".
            negative_prompt: Negative text prompt — describe audio characteristics to avoid.
                Default: "".
            reference_audio_url: Optional URL to a 2-4 second reference audio clip whose timbre
                should be transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is
                zero-padded; longer is truncated. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            duration: Target audio duration in seconds. Truncated to source video length when
                shorter. Default: 8. Limits: minimum 1, maximum 30.
            num_inference_steps: Number of flow-matching ODE steps. Default: 25. Limits: minimum 4,
                maximum 100.
            guidance_scale: Classifier-free guidance strength. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: When True, disables the CLIP visual stream (text-driven mode). Default:
                false.
            seed: Random seed for reproducibility. If null, a random seed is used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "reference_audio_url": reference_audio_url,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "mask_away_clip": mask_away_clip,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
