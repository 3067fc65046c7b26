# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-14b/speech-to-video` (Wan V2.2 14b Speech To Video)."""

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
from fal_models.models.wan_v2_2_14b_speech_to_video import (
    WanV2_2_14bSpeechToVideoInput,
    WanV2_2_14bSpeechToVideoOutput,
)

__all__ = [
    "WanV2_2_14bSpeechToVideo",
    "AsyncWanV2_2_14bSpeechToVideo",
    "WanV2_2_14bSpeechToVideoInput",
    "WanV2_2_14bSpeechToVideoOutput",
]


class WanV2_2_14bSpeechToVideo(
    SyncEndpoint[WanV2_2_14bSpeechToVideoInput, WanV2_2_14bSpeechToVideoOutput]
):
    """Wan V2.2 14b Speech To Video (`fal-ai/wan/v2.2-14b/speech-to-video`).

    Category: speech-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.2-14b/speech-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-14b/speech-to-video"
    input_model: ClassVar[type[WanV2_2_14bSpeechToVideoInput]] = WanV2_2_14bSpeechToVideoInput
    output_model: ClassVar[type[WanV2_2_14bSpeechToVideoOutput]] = WanV2_2_14bSpeechToVideoOutput
    Input = WanV2_2_14bSpeechToVideoInput
    Output = WanV2_2_14bSpeechToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2_14bSpeechToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2_14bSpeechToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_14bSpeechToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2_14bSpeechToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2_14bSpeechToVideo(
    AsyncEndpoint[WanV2_2_14bSpeechToVideoInput, WanV2_2_14bSpeechToVideoOutput]
):
    """Wan V2.2 14b Speech To Video (`fal-ai/wan/v2.2-14b/speech-to-video`).

    Category: speech-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.2-14b/speech-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-14b/speech-to-video"
    input_model: ClassVar[type[WanV2_2_14bSpeechToVideoInput]] = WanV2_2_14bSpeechToVideoInput
    output_model: ClassVar[type[WanV2_2_14bSpeechToVideoOutput]] = WanV2_2_14bSpeechToVideoOutput
    Input = WanV2_2_14bSpeechToVideoInput
    Output = WanV2_2_14bSpeechToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2_14bSpeechToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2_14bSpeechToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> WanV2_2_14bSpeechToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
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
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2_14bSpeechToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used for video generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple
                of 4). Default: 80. Limits: minimum 40, maximum 120, multiple of 4.
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60.
                When using interpolation and `adjust_fps_for_interpolation` is set to true (default
                true,) the final FPS will be multiplied by the number of interpolated frames plus
                one. For example, if the generated frames per second is 16 and the number of
                interpolated frames is 1, the final frames per second will be 32. If
                `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
                Default: 16. Limits: minimum 4, maximum 60.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p, 580p, or 720p). Default: "480p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            shift: Shift value for the video. Must be between 1.0 and 10.0. Default: 5. Limits:
                minimum 1, maximum 10.
            video_quality: The quality of the output video. Higher quality means better visual
                quality but larger file size. Default: "high".
            video_write_mode: The write mode of the output video. Faster write mode means faster
                results but larger file size, balanced write mode is a good compromise between speed
                and quality, and small write mode is the slowest but produces the smallest file
                size. Default: "balanced".
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
