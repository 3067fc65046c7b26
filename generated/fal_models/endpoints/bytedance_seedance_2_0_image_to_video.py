# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bytedance/seedance-2.0/image-to-video` (Bytedance Seedance 2.0 Image To
Video).
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
from fal_models.models.bytedance_seedance_2_0_image_to_video import (
    BytedanceSeedance2_0ImageToVideoInput,
    BytedanceSeedance2_0ImageToVideoOutput,
)

__all__ = [
    "BytedanceSeedance2_0ImageToVideo",
    "AsyncBytedanceSeedance2_0ImageToVideo",
    "BytedanceSeedance2_0ImageToVideoInput",
    "BytedanceSeedance2_0ImageToVideoOutput",
]


class BytedanceSeedance2_0ImageToVideo(
    SyncEndpoint[BytedanceSeedance2_0ImageToVideoInput, BytedanceSeedance2_0ImageToVideoOutput]
):
    """Bytedance Seedance 2.0 Image To Video (`bytedance/seedance-2.0/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/bytedance/seedance-2.0/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "bytedance/seedance-2.0/image-to-video"
    input_model: ClassVar[type[BytedanceSeedance2_0ImageToVideoInput]] = (
        BytedanceSeedance2_0ImageToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedance2_0ImageToVideoOutput]] = (
        BytedanceSeedance2_0ImageToVideoOutput
    )
    Input = BytedanceSeedance2_0ImageToVideoInput
    Output = BytedanceSeedance2_0ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedance2_0ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedance2_0ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedance2_0ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedance2_0ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedance2_0ImageToVideo(
    AsyncEndpoint[BytedanceSeedance2_0ImageToVideoInput, BytedanceSeedance2_0ImageToVideoOutput]
):
    """Bytedance Seedance 2.0 Image To Video (`bytedance/seedance-2.0/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/bytedance/seedance-2.0/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "bytedance/seedance-2.0/image-to-video"
    input_model: ClassVar[type[BytedanceSeedance2_0ImageToVideoInput]] = (
        BytedanceSeedance2_0ImageToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedance2_0ImageToVideoOutput]] = (
        BytedanceSeedance2_0ImageToVideoOutput
    )
    Input = BytedanceSeedance2_0ImageToVideoInput
    Output = BytedanceSeedance2_0ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedance2_0ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedance2_0ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedance2_0ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedance2_0ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired motion and action for the video.
            image_url: The URL of the starting frame image to animate. Supported formats: JPEG, PNG,
                WebP. Max 30 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the image to use as the last frame of the video. When
                provided, the generated video will transition from the starting image to this ending
                image. Supported formats: JPEG, PNG, WebP. Max 30 MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for
                highest quality. Default: "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to infer
                from the input image. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._stream(payload, options)
