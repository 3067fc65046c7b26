# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-video/distilled/text-to-video/480p` (Longcat Video
Distilled Text To Video 480p).
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
from fal_models.models.longcat_video_distilled_text_to_video_v480p import (
    LongcatVideoDistilledTextToVideo480pInput,
    LongcatVideoDistilledTextToVideo480pOutput,
)

__all__ = [
    "LongcatVideoDistilledTextToVideo480p",
    "AsyncLongcatVideoDistilledTextToVideo480p",
    "LongcatVideoDistilledTextToVideo480pInput",
    "LongcatVideoDistilledTextToVideo480pOutput",
]


class LongcatVideoDistilledTextToVideo480p(
    SyncEndpoint[
        LongcatVideoDistilledTextToVideo480pInput, LongcatVideoDistilledTextToVideo480pOutput
    ]
):
    """Longcat Video Distilled Text To Video 480p
    (`fal-ai/longcat-video/distilled/text-to-video/480p`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/distilled/text-to-video/480p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/distilled/text-to-video/480p"
    input_model: ClassVar[type[LongcatVideoDistilledTextToVideo480pInput]] = (
        LongcatVideoDistilledTextToVideo480pInput
    )
    output_model: ClassVar[type[LongcatVideoDistilledTextToVideo480pOutput]] = (
        LongcatVideoDistilledTextToVideo480pOutput
    )
    Input = LongcatVideoDistilledTextToVideo480pInput
    Output = LongcatVideoDistilledTextToVideo480pOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[SubscribeOptions],
    ) -> LongcatVideoDistilledTextToVideo480pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LongcatVideoDistilledTextToVideo480pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> LongcatVideoDistilledTextToVideo480pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LongcatVideoDistilledTextToVideo480pOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncLongcatVideoDistilledTextToVideo480p(
    AsyncEndpoint[
        LongcatVideoDistilledTextToVideo480pInput, LongcatVideoDistilledTextToVideo480pOutput
    ]
):
    """Longcat Video Distilled Text To Video 480p
    (`fal-ai/longcat-video/distilled/text-to-video/480p`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/distilled/text-to-video/480p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/distilled/text-to-video/480p"
    input_model: ClassVar[type[LongcatVideoDistilledTextToVideo480pInput]] = (
        LongcatVideoDistilledTextToVideo480pInput
    )
    output_model: ClassVar[type[LongcatVideoDistilledTextToVideo480pOutput]] = (
        LongcatVideoDistilledTextToVideo480pOutput
    )
    Input = LongcatVideoDistilledTextToVideo480pInput
    Output = LongcatVideoDistilledTextToVideo480pOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LongcatVideoDistilledTextToVideo480pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LongcatVideoDistilledTextToVideo480pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> LongcatVideoDistilledTextToVideo480pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
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
        num_inference_steps: int | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LongcatVideoDistilledTextToVideo480pOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide the video generation.
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
            seed: The seed for the random number generator.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
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
                "num_inference_steps": num_inference_steps,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
