# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-5b/text-to-video/fast-wan` (Wan V2.2 5b Text To Video
Fast Wan).
"""

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
from fal_models.models.wan_v2_2_5b_text_to_video_fast_wan import (
    WanV2_2_5bTextToVideoFastWanInput,
    WanV2_2_5bTextToVideoFastWanOutput,
)

__all__ = [
    "WanV2_2_5bTextToVideoFastWan",
    "AsyncWanV2_2_5bTextToVideoFastWan",
    "WanV2_2_5bTextToVideoFastWanInput",
    "WanV2_2_5bTextToVideoFastWanOutput",
]


class WanV2_2_5bTextToVideoFastWan(
    SyncEndpoint[WanV2_2_5bTextToVideoFastWanInput, WanV2_2_5bTextToVideoFastWanOutput]
):
    """Wan V2.2 5b Text To Video Fast Wan (`fal-ai/wan/v2.2-5b/text-to-video/fast-wan`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-5b/text-to-video/fast-wan/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-5b/text-to-video/fast-wan"
    input_model: ClassVar[type[WanV2_2_5bTextToVideoFastWanInput]] = (
        WanV2_2_5bTextToVideoFastWanInput
    )
    output_model: ClassVar[type[WanV2_2_5bTextToVideoFastWanOutput]] = (
        WanV2_2_5bTextToVideoFastWanOutput
    )
    Input = WanV2_2_5bTextToVideoFastWanInput
    Output = WanV2_2_5bTextToVideoFastWanOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2_5bTextToVideoFastWanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2_5bTextToVideoFastWanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_5bTextToVideoFastWanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2_5bTextToVideoFastWanOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2_5bTextToVideoFastWan(
    AsyncEndpoint[WanV2_2_5bTextToVideoFastWanInput, WanV2_2_5bTextToVideoFastWanOutput]
):
    """Wan V2.2 5b Text To Video Fast Wan (`fal-ai/wan/v2.2-5b/text-to-video/fast-wan`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/wan/v2.2-5b/text-to-video/fast-wan/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-5b/text-to-video/fast-wan"
    input_model: ClassVar[type[WanV2_2_5bTextToVideoFastWanInput]] = (
        WanV2_2_5bTextToVideoFastWanInput
    )
    output_model: ClassVar[type[WanV2_2_5bTextToVideoFastWanOutput]] = (
        WanV2_2_5bTextToVideoFastWanOutput
    )
    Input = WanV2_2_5bTextToVideoFastWanInput
    Output = WanV2_2_5bTextToVideoFastWanOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2_5bTextToVideoFastWanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2_5bTextToVideoFastWanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_5bTextToVideoFastWanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        interpolator_model: Literal["none", "film", "rife"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        adjust_fps_for_interpolation: bool | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2_5bTextToVideoFastWanOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 17 to 161 (inclusive).
                Default: 81. Limits: minimum 17, maximum 161.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 24. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (580p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            interpolator_model: The model to use for frame interpolation. If None, no interpolation
                is applied. Default: "film".
            num_interpolated_frames: Number of frames to interpolate between each pair of generated
                frames. Must be between 0 and 4. Default: 0. Limits: minimum 0, maximum 4.
            adjust_fps_for_interpolation: If true, the number of frames per second will be
                multiplied by the number of interpolated frames plus one. For example, if the
                generated frames per second is 16 and the number of interpolated frames is 1, the
                final frames per second will be 32. If false, the passed frames per second will be
                used as-is. Default: true.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "guidance_scale": guidance_scale,
                "interpolator_model": interpolator_model,
                "num_interpolated_frames": num_interpolated_frames,
                "adjust_fps_for_interpolation": adjust_fps_for_interpolation,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
            }
        )
        return self._stream(payload, options)
