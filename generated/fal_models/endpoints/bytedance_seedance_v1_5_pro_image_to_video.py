# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedance/v1.5/pro/image-to-video` (Bytedance Seedance
V1.5 Pro Image To Video).
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
from fal_models.models.bytedance_seedance_v1_5_pro_image_to_video import (
    BytedanceSeedanceV1_5ProImageToVideoInput,
    BytedanceSeedanceV1_5ProImageToVideoOutput,
)

__all__ = [
    "BytedanceSeedanceV1_5ProImageToVideo",
    "AsyncBytedanceSeedanceV1_5ProImageToVideo",
    "BytedanceSeedanceV1_5ProImageToVideoInput",
    "BytedanceSeedanceV1_5ProImageToVideoOutput",
]


class BytedanceSeedanceV1_5ProImageToVideo(
    SyncEndpoint[
        BytedanceSeedanceV1_5ProImageToVideoInput, BytedanceSeedanceV1_5ProImageToVideoOutput
    ]
):
    """Bytedance Seedance V1.5 Pro Image To Video
    (`fal-ai/bytedance/seedance/v1.5/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedance/v1.5/pro/image-to-video"
    input_model: ClassVar[type[BytedanceSeedanceV1_5ProImageToVideoInput]] = (
        BytedanceSeedanceV1_5ProImageToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedanceV1_5ProImageToVideoOutput]] = (
        BytedanceSeedanceV1_5ProImageToVideoOutput
    )
    Input = BytedanceSeedanceV1_5ProImageToVideoInput
    Output = BytedanceSeedanceV1_5ProImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedanceV1_5ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedanceV1_5ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedanceV1_5ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedanceV1_5ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedanceV1_5ProImageToVideo(
    AsyncEndpoint[
        BytedanceSeedanceV1_5ProImageToVideoInput, BytedanceSeedanceV1_5ProImageToVideoOutput
    ]
):
    """Bytedance Seedance V1.5 Pro Image To Video
    (`fal-ai/bytedance/seedance/v1.5/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedance/v1.5/pro/image-to-video"
    input_model: ClassVar[type[BytedanceSeedanceV1_5ProImageToVideoInput]] = (
        BytedanceSeedanceV1_5ProImageToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedanceV1_5ProImageToVideoOutput]] = (
        BytedanceSeedanceV1_5ProImageToVideoOutput
    )
    Input = BytedanceSeedanceV1_5ProImageToVideoInput
    Output = BytedanceSeedanceV1_5ProImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedanceV1_5ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedanceV1_5ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedanceV1_5ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"] | Omit = omit,
        camera_fixed: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        generate_audio: bool | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedanceV1_5ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the video.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                higher quality. Default: "720p".
            duration: Duration of the video in seconds. Default: "5".
            camera_fixed: Whether to fix the camera position. Default: false.
            seed: Random seed to control video generation. Use -1 for random.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            generate_audio: Whether to generate audio for the video. Default: true.
            image_url: The URL of the image used to generate video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the image the video ends with. Defaults to None. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "camera_fixed": camera_fixed,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "generate_audio": generate_audio,
                "image_url": image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
