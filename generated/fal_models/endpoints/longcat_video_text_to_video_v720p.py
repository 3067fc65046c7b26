# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-video/text-to-video/720p` (Longcat Video Text To Video
720p).
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
from fal_models.models.longcat_video_text_to_video_v720p import (
    LongcatVideoTextToVideo720pInput,
    LongcatVideoTextToVideo720pOutput,
)

__all__ = [
    "LongcatVideoTextToVideo720p",
    "AsyncLongcatVideoTextToVideo720p",
    "LongcatVideoTextToVideo720pInput",
    "LongcatVideoTextToVideo720pOutput",
]


class LongcatVideoTextToVideo720p(
    SyncEndpoint[LongcatVideoTextToVideo720pInput, LongcatVideoTextToVideo720pOutput]
):
    """Longcat Video Text To Video 720p (`fal-ai/longcat-video/text-to-video/720p`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/longcat-video/text-to-video/720p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/text-to-video/720p"
    input_model: ClassVar[type[LongcatVideoTextToVideo720pInput]] = LongcatVideoTextToVideo720pInput
    output_model: ClassVar[type[LongcatVideoTextToVideo720pOutput]] = (
        LongcatVideoTextToVideo720pOutput
    )
    Input = LongcatVideoTextToVideo720pInput
    Output = LongcatVideoTextToVideo720pOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LongcatVideoTextToVideo720pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LongcatVideoTextToVideo720pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatVideoTextToVideo720pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LongcatVideoTextToVideo720pOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncLongcatVideoTextToVideo720p(
    AsyncEndpoint[LongcatVideoTextToVideo720pInput, LongcatVideoTextToVideo720pOutput]
):
    """Longcat Video Text To Video 720p (`fal-ai/longcat-video/text-to-video/720p`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/longcat-video/text-to-video/720p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/text-to-video/720p"
    input_model: ClassVar[type[LongcatVideoTextToVideo720pInput]] = LongcatVideoTextToVideo720pInput
    output_model: ClassVar[type[LongcatVideoTextToVideo720pOutput]] = (
        LongcatVideoTextToVideo720pOutput
    )
    Input = LongcatVideoTextToVideo720pInput
    Output = LongcatVideoTextToVideo720pOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LongcatVideoTextToVideo720pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LongcatVideoTextToVideo720pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatVideoTextToVideo720pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        fps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LongcatVideoTextToVideo720pOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "Bright
                tones, overexposed, static, blurred details, subtitles, style, works, paintings,
                images, static, overall gray, worst quality, low quality, JPEG compression residue,
                ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed,
                disfigured, misshapen limbs, fused fingers, still picture, messy background, three
                legs, many people in the background, walking backwards".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 40. Limits: minimum 8, maximum 50.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 40. Limits: minimum 8, maximum 50.
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            acceleration: The acceleration level to use for the video generation. Default:
                "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
                "guidance_scale": guidance_scale,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
