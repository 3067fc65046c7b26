# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-dream-machine/ray-2-flash/image-to-video` (Luma Dream Machine
Ray 2 Flash Image To Video).
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
from fal_models.models.luma_dream_machine_ray_2_flash_image_to_video import (
    LumaDreamMachineRay2FlashImageToVideoInput,
    LumaDreamMachineRay2FlashImageToVideoOutput,
)

__all__ = [
    "LumaDreamMachineRay2FlashImageToVideo",
    "AsyncLumaDreamMachineRay2FlashImageToVideo",
    "LumaDreamMachineRay2FlashImageToVideoInput",
    "LumaDreamMachineRay2FlashImageToVideoOutput",
]


class LumaDreamMachineRay2FlashImageToVideo(
    SyncEndpoint[
        LumaDreamMachineRay2FlashImageToVideoInput, LumaDreamMachineRay2FlashImageToVideoOutput
    ]
):
    """Luma Dream Machine Ray 2 Flash Image To Video
    (`fal-ai/luma-dream-machine/ray-2-flash/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash/image-to-video"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashImageToVideoInput]] = (
        LumaDreamMachineRay2FlashImageToVideoInput
    )
    output_model: ClassVar[type[LumaDreamMachineRay2FlashImageToVideoOutput]] = (
        LumaDreamMachineRay2FlashImageToVideoOutput
    )
    Input = LumaDreamMachineRay2FlashImageToVideoInput
    Output = LumaDreamMachineRay2FlashImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaDreamMachineRay2FlashImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaDreamMachineRay2FlashImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaDreamMachineRay2FlashImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncLumaDreamMachineRay2FlashImageToVideo(
    AsyncEndpoint[
        LumaDreamMachineRay2FlashImageToVideoInput, LumaDreamMachineRay2FlashImageToVideoOutput
    ]
):
    """Luma Dream Machine Ray 2 Flash Image To Video
    (`fal-ai/luma-dream-machine/ray-2-flash/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash/image-to-video"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashImageToVideoInput]] = (
        LumaDreamMachineRay2FlashImageToVideoInput
    )
    output_model: ClassVar[type[LumaDreamMachineRay2FlashImageToVideoOutput]] = (
        LumaDreamMachineRay2FlashImageToVideoOutput
    )
    Input = LumaDreamMachineRay2FlashImageToVideoInput
    Output = LumaDreamMachineRay2FlashImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaDreamMachineRay2FlashImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaDreamMachineRay2FlashImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaDreamMachineRay2FlashImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            image_url: Initial image to start the video from. Can be used together with
                end_image_url. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Final image to end the video with. Can be used together with image_url.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video. Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
