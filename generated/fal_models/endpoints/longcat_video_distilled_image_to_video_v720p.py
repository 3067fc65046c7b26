# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-video/distilled/image-to-video/720p` (Longcat Video
Distilled Image To Video 720p).
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
from fal_models._uploads import FileInput
from fal_models.models.longcat_video_distilled_image_to_video_v720p import (
    LongcatVideoDistilledImageToVideo720pInput,
    LongcatVideoDistilledImageToVideo720pOutput,
)

__all__ = [
    "LongcatVideoDistilledImageToVideo720p",
    "AsyncLongcatVideoDistilledImageToVideo720p",
    "LongcatVideoDistilledImageToVideo720pInput",
    "LongcatVideoDistilledImageToVideo720pOutput",
]


class LongcatVideoDistilledImageToVideo720p(
    SyncEndpoint[
        LongcatVideoDistilledImageToVideo720pInput, LongcatVideoDistilledImageToVideo720pOutput
    ]
):
    """Longcat Video Distilled Image To Video 720p
    (`fal-ai/longcat-video/distilled/image-to-video/720p`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/distilled/image-to-video/720p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/distilled/image-to-video/720p"
    input_model: ClassVar[type[LongcatVideoDistilledImageToVideo720pInput]] = (
        LongcatVideoDistilledImageToVideo720pInput
    )
    output_model: ClassVar[type[LongcatVideoDistilledImageToVideo720pOutput]] = (
        LongcatVideoDistilledImageToVideo720pOutput
    )
    Input = LongcatVideoDistilledImageToVideo720pInput
    Output = LongcatVideoDistilledImageToVideo720pOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> LongcatVideoDistilledImageToVideo720pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> RequestHandle[LongcatVideoDistilledImageToVideo720pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> LongcatVideoDistilledImageToVideo720pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> EndpointStream[LongcatVideoDistilledImageToVideo720pOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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


class AsyncLongcatVideoDistilledImageToVideo720p(
    AsyncEndpoint[
        LongcatVideoDistilledImageToVideo720pInput, LongcatVideoDistilledImageToVideo720pOutput
    ]
):
    """Longcat Video Distilled Image To Video 720p
    (`fal-ai/longcat-video/distilled/image-to-video/720p`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/distilled/image-to-video/720p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/distilled/image-to-video/720p"
    input_model: ClassVar[type[LongcatVideoDistilledImageToVideo720pInput]] = (
        LongcatVideoDistilledImageToVideo720pInput
    )
    output_model: ClassVar[type[LongcatVideoDistilledImageToVideo720pOutput]] = (
        LongcatVideoDistilledImageToVideo720pOutput
    )
    Input = LongcatVideoDistilledImageToVideo720pInput
    Output = LongcatVideoDistilledImageToVideo720pOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> LongcatVideoDistilledImageToVideo720pOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> AsyncRequestHandle[LongcatVideoDistilledImageToVideo720pOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> LongcatVideoDistilledImageToVideo720pOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_refine_inference_steps: int | Omit = omit,
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
    ) -> AsyncEndpointStream[LongcatVideoDistilledImageToVideo720pOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate a video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "First-person view from the
                cockpit of a Formula 1 car. The driver's gloved hands firmly grip the intricate,
                carbon-fiber steering wheel adorned with numerous colorful buttons and a vibrant
                digital display showing race data. Beyond the windshield, a sun-drenched racetrack
                stretches ahead, lined with cheering spectators in the grandstands. Several rival
                cars are visible in the distance, creating a dynamic sense of competition. The sky
                above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a
                high-speed race. high resolution 4k".
            num_frames: The number of frames to generate. Default: 162. Limits: minimum 17, maximum
                961.
            num_inference_steps: The number of inference steps to use. Default: 12. Limits: minimum
                2, maximum 16.
            num_refine_inference_steps: The number of inference steps to use for refinement.
                Default: 12. Limits: minimum 2, maximum 16.
            fps: The frame rate of the generated video. Default: 30. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "num_refine_inference_steps": num_refine_inference_steps,
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
