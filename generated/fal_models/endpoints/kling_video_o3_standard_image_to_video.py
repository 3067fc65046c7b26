# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o3/standard/image-to-video` (Kling Video O3 Standard
Image To Video).
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
from fal_models.models.kling_video_o3_standard_image_to_video import (
    KlingV3MultiPromptElement,
    KlingVideoO3StandardImageToVideoInput,
    KlingVideoO3StandardImageToVideoOutput,
)

__all__ = [
    "KlingVideoO3StandardImageToVideo",
    "AsyncKlingVideoO3StandardImageToVideo",
    "KlingVideoO3StandardImageToVideoInput",
    "KlingVideoO3StandardImageToVideoOutput",
]


class KlingVideoO3StandardImageToVideo(
    SyncEndpoint[KlingVideoO3StandardImageToVideoInput, KlingVideoO3StandardImageToVideoOutput]
):
    """Kling Video O3 Standard Image To Video (`fal-ai/kling-video/o3/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardImageToVideoInput]] = (
        KlingVideoO3StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardImageToVideoOutput]] = (
        KlingVideoO3StandardImageToVideoOutput
    )
    Input = KlingVideoO3StandardImageToVideoInput
    Output = KlingVideoO3StandardImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO3StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO3StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO3StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO3StandardImageToVideo(
    AsyncEndpoint[KlingVideoO3StandardImageToVideoInput, KlingVideoO3StandardImageToVideoOutput]
):
    """Kling Video O3 Standard Image To Video (`fal-ai/kling-video/o3/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardImageToVideoInput]] = (
        KlingVideoO3StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardImageToVideoOutput]] = (
        KlingVideoO3StandardImageToVideoOutput
    )
    Input = KlingVideoO3StandardImageToVideoInput
    Output = KlingVideoO3StandardImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO3StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO3StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO3StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            image_url: URL of the start frame image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            end_image_url: URL of the end frame image (optional). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds (3-15s). Default: "5".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._stream(payload, options)
