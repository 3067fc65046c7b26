# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/reference-to-video/pro` (Vidu Q2 Reference To Video Pro)."""

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
from fal_models.models.vidu_q2_reference_to_video_pro import (
    ViduQ2ReferenceToVideoProInput,
    ViduQ2ReferenceToVideoProOutput,
)

__all__ = [
    "ViduQ2ReferenceToVideoPro",
    "AsyncViduQ2ReferenceToVideoPro",
    "ViduQ2ReferenceToVideoProInput",
    "ViduQ2ReferenceToVideoProOutput",
]


class ViduQ2ReferenceToVideoPro(
    SyncEndpoint[ViduQ2ReferenceToVideoProInput, ViduQ2ReferenceToVideoProOutput]
):
    """Vidu Q2 Reference To Video Pro (`fal-ai/vidu/q2/reference-to-video/pro`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/reference-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/reference-to-video/pro"
    input_model: ClassVar[type[ViduQ2ReferenceToVideoProInput]] = ViduQ2ReferenceToVideoProInput
    output_model: ClassVar[type[ViduQ2ReferenceToVideoProOutput]] = ViduQ2ReferenceToVideoProOutput
    Input = ViduQ2ReferenceToVideoProInput
    Output = ViduQ2ReferenceToVideoProOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2ReferenceToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2ReferenceToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ReferenceToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2ReferenceToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2ReferenceToVideoPro(
    AsyncEndpoint[ViduQ2ReferenceToVideoProInput, ViduQ2ReferenceToVideoProOutput]
):
    """Vidu Q2 Reference To Video Pro (`fal-ai/vidu/q2/reference-to-video/pro`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/reference-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/reference-to-video/pro"
    input_model: ClassVar[type[ViduQ2ReferenceToVideoProInput]] = ViduQ2ReferenceToVideoProInput
    output_model: ClassVar[type[ViduQ2ReferenceToVideoProOutput]] = ViduQ2ReferenceToVideoProOutput
    Input = ViduQ2ReferenceToVideoProInput
    Output = ViduQ2ReferenceToVideoProOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2ReferenceToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2ReferenceToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ReferenceToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | Omit = omit,
        reference_video_urls: list[FileInput] | Omit = omit,
        seed: int | None | Omit = omit,
        duration: int | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: str | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2ReferenceToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of the reference images for subject appearance. If videos are
                provided, up to 4 images are allowed; otherwise up to 7 images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: URLs of the reference videos for video editing or motion
                reference. Supports up to 2 videos. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds (0 for automatic duration). Default: 4.
                Limits: minimum 1, maximum 8.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any
                W:H). Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the generated video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)
