# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-video/image-to-video/480p` (Longcat Video Image To Video
480p).
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
from fal_models.models.longcat_video_image_to_video_v480p import (
    LongcatVideoImageToVideo480pInput,
    LongcatVideoImageToVideo480pOutput,
)

__all__ = [
    "LongcatVideoImageToVideo480p",
    "AsyncLongcatVideoImageToVideo480p",
    "LongcatVideoImageToVideo480pInput",
    "LongcatVideoImageToVideo480pOutput",
]


class LongcatVideoImageToVideo480p(
    SyncEndpoint[LongcatVideoImageToVideo480pInput, LongcatVideoImageToVideo480pOutput]
):
    """Longcat Video Image To Video 480p (`fal-ai/longcat-video/image-to-video/480p`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/image-to-video/480p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/image-to-video/480p"
    input_model: ClassVar[type[LongcatVideoImageToVideo480pInput]] = (
        LongcatVideoImageToVideo480pInput
    )
    output_model: ClassVar[type[LongcatVideoImageToVideo480pOutput]] = (
        LongcatVideoImageToVideo480pOutput
    )
    Input = LongcatVideoImageToVideo480pInput
    Output = LongcatVideoImageToVideo480pOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> LongcatVideoImageToVideo480pOutput:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> RequestHandle[LongcatVideoImageToVideo480pOutput]:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> LongcatVideoImageToVideo480pOutput:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> EndpointStream[LongcatVideoImageToVideo480pOutput]:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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


class AsyncLongcatVideoImageToVideo480p(
    AsyncEndpoint[LongcatVideoImageToVideo480pInput, LongcatVideoImageToVideo480pOutput]
):
    """Longcat Video Image To Video 480p (`fal-ai/longcat-video/image-to-video/480p`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-video/image-to-video/480p/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-video/image-to-video/480p"
    input_model: ClassVar[type[LongcatVideoImageToVideo480pInput]] = (
        LongcatVideoImageToVideo480pInput
    )
    output_model: ClassVar[type[LongcatVideoImageToVideo480pOutput]] = (
        LongcatVideoImageToVideo480pOutput
    )
    Input = LongcatVideoImageToVideo480pInput
    Output = LongcatVideoImageToVideo480pOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> LongcatVideoImageToVideo480pOutput:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> AsyncRequestHandle[LongcatVideoImageToVideo480pOutput]:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> LongcatVideoImageToVideo480pOutput:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
        image_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
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
    ) -> AsyncEndpointStream[LongcatVideoImageToVideo480pOutput]:
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
            guidance_scale: The guidance scale to use for the video generation. Default: 4. Limits:
                minimum 1, maximum 10.
            fps: The frame rate of the generated video. Default: 15. Limits: minimum 1, maximum 60.
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
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
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
