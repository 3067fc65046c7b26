# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sana-video` (Sana Video)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models.models.sana_video import SanaVideoInput, SanaVideoOutput

__all__ = ["SanaVideo", "AsyncSanaVideo", "SanaVideoInput", "SanaVideoOutput"]


class SanaVideo(SyncEndpoint[SanaVideoInput, SanaVideoOutput]):
    """Sana Video (`fal-ai/sana-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/sana-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sana-video"
    input_model: ClassVar[type[SanaVideoInput]] = SanaVideoInput
    output_model: ClassVar[type[SanaVideoOutput]] = SanaVideoOutput
    Input = SanaVideoInput
    Output = SanaVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SanaVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SanaVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SanaVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SanaVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncSanaVideo(AsyncEndpoint[SanaVideoInput, SanaVideoOutput]):
    """Sana Video (`fal-ai/sana-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/sana-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sana-video"
    input_model: ClassVar[type[SanaVideoInput]] = SanaVideoInput
    output_model: ClassVar[type[SanaVideoOutput]] = SanaVideoOutput
    Input = SanaVideoInput
    Output = SanaVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SanaVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SanaVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SanaVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        motion_score: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SanaVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: The negative prompt describing what to avoid in the generation.
                Default: "A chaotic sequence with misshapen, deformed limbs in heavy motion blur,
                sudden disappearance, jump cuts, jerky movements, rapid shot changes, frames out of
                sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
                effects, creating a disorienting visual experience.".
            resolution: The resolution of the output video. Default: "480p".
            aspect_ratio: The aspect ratio of the output video. Only used when resolution is '720p'.
                Default: "16:9".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 16, maximum 200.
            frames_per_second: Frames per second for the output video. Default: 16. Limits: minimum
                8, maximum 30.
            motion_score: Motion intensity score (higher = more motion). Default: 30. Limits:
                minimum 0, maximum 100.
            guidance_scale: Guidance scale for generation (higher = more prompt adherence). Default:
                6. Limits: minimum 1, maximum 20.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            seed: Random seed for reproducible generation. If not provided, a random seed will be
                used.
            enable_safety_checker: Enable safety checking of the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "motion_score": motion_score,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
