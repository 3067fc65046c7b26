# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/video-as-prompt` (Video As Prompt)."""

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
from fal_models.models.video_as_prompt import VideoAsPromptInput, VideoAsPromptOutput

__all__ = ["VideoAsPrompt", "AsyncVideoAsPrompt", "VideoAsPromptInput", "VideoAsPromptOutput"]


class VideoAsPrompt(SyncEndpoint[VideoAsPromptInput, VideoAsPromptOutput]):
    """Video As Prompt (`fal-ai/video-as-prompt`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/video-as-prompt/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-as-prompt"
    input_model: ClassVar[type[VideoAsPromptInput]] = VideoAsPromptInput
    output_model: ClassVar[type[VideoAsPromptOutput]] = VideoAsPromptOutput
    Input = VideoAsPromptInput
    Output = VideoAsPromptOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VideoAsPromptOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VideoAsPromptOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoAsPromptOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VideoAsPromptOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)


class AsyncVideoAsPrompt(AsyncEndpoint[VideoAsPromptInput, VideoAsPromptOutput]):
    """Video As Prompt (`fal-ai/video-as-prompt`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/video-as-prompt/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-as-prompt"
    input_model: ClassVar[type[VideoAsPromptInput]] = VideoAsPromptInput
    output_model: ClassVar[type[VideoAsPromptOutput]] = VideoAsPromptOutput
    Input = VideoAsPromptInput
    Output = VideoAsPromptOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VideoAsPromptOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VideoAsPromptOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoAsPromptOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        num_frames: int | Omit = omit,
        fps: int | Omit = omit,
        video_description: str,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VideoAsPromptOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            video_url: reference video to generate effect video from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: Input image to generate the effect video for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_frames: The number of frames to generate. Default: 49. Limits: minimum 1, maximum
                100.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 16. Limits: minimum 1, maximum 60.
            video_description: A brief description of the input video content.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. Default: "9:16".
            resolution: Resolution of the generated video. Default: "480p".
            guidance_scale: Guidance scale for generation. Default: 5. Limits: minimum 1, maximum
                20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "num_frames": num_frames,
                "fps": fps,
                "video_description": video_description,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)
