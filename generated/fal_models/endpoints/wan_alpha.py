# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-alpha` (Wan Alpha)."""

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
from fal_models.models.wan_alpha import WanAlphaInput, WanAlphaOutput

__all__ = ["WanAlpha", "AsyncWanAlpha", "WanAlphaInput", "WanAlphaOutput"]


class WanAlpha(SyncEndpoint[WanAlphaInput, WanAlphaOutput]):
    """Wan Alpha (`fal-ai/wan-alpha`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-alpha/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-alpha"
    input_model: ClassVar[type[WanAlphaInput]] = WanAlphaInput
    output_model: ClassVar[type[WanAlphaOutput]] = WanAlphaOutput
    Input = WanAlphaInput
    Output = WanAlphaOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanAlphaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanAlphaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanAlphaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanAlphaOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncWanAlpha(AsyncEndpoint[WanAlphaInput, WanAlphaOutput]):
    """Wan Alpha (`fal-ai/wan-alpha`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-alpha/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-alpha"
    input_model: ClassVar[type[WanAlphaInput]] = WanAlphaInput
    output_model: ClassVar[type[WanAlphaOutput]] = WanAlphaOutput
    Input = WanAlphaInput
    Output = WanAlphaOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanAlphaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanAlphaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanAlphaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        resolution: Literal["240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        mask_clamp_lower: float | Omit = omit,
        mask_clamp_upper: float | Omit = omit,
        binarize_mask: bool | Omit = omit,
        mask_binarization_threshold: float | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanAlphaOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 81. Limits: minimum 17, maximum
                121.
            fps: The frame rate of the generated video. Default: 16. Limits: minimum 1, maximum 60.
            num_inference_steps: The number of inference steps to use. Default: 8. Limits: minimum
                2, maximum 16.
            seed: The seed for the random number generator.
            sampler: The sampler to use. Default: "euler".
            shift: The shift of the generated video. Default: 10.5. Limits: minimum 1, maximum 15.
            resolution: The resolution of the generated video. Default: "480p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            mask_clamp_lower: The lower bound of the mask clamping. Default: 0.1. Limits: minimum 0,
                maximum 1.
            mask_clamp_upper: The upper bound of the mask clamping. Default: 0.75. Limits: minimum
                0, maximum 1.
            binarize_mask: Whether to binarize the mask. Default: false.
            mask_binarization_threshold: The threshold for mask binarization. When binarize_mask is
                True, this threshold will be used to binarize the mask. This will also be used for
                transparency when the output type is `.webm`. Default: 0.8. Limits: minimum 0,
                maximum 1.
            video_output_type: The output type of the generated video. Default: "VP9 (.webm)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "fps": fps,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sampler": sampler,
                "shift": shift,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "mask_clamp_lower": mask_clamp_lower,
                "mask_clamp_upper": mask_clamp_upper,
                "binarize_mask": binarize_mask,
                "mask_binarization_threshold": mask_binarization_threshold,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
