# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o3/standard/reference-to-video` (Kling Video O3
Standard Reference To Video).
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
from fal_models.models.kling_video_o3_standard_reference_to_video import (
    KlingV3ComboElementInput,
    KlingV3MultiPromptElement,
    KlingVideoO3StandardReferenceToVideoInput,
    KlingVideoO3StandardReferenceToVideoOutput,
)

__all__ = [
    "KlingVideoO3StandardReferenceToVideo",
    "AsyncKlingVideoO3StandardReferenceToVideo",
    "KlingVideoO3StandardReferenceToVideoInput",
    "KlingVideoO3StandardReferenceToVideoOutput",
]


class KlingVideoO3StandardReferenceToVideo(
    SyncEndpoint[
        KlingVideoO3StandardReferenceToVideoInput, KlingVideoO3StandardReferenceToVideoOutput
    ]
):
    """Kling Video O3 Standard Reference To Video
    (`fal-ai/kling-video/o3/standard/reference-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/reference-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardReferenceToVideoInput]] = (
        KlingVideoO3StandardReferenceToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardReferenceToVideoOutput]] = (
        KlingVideoO3StandardReferenceToVideoOutput
    )
    Input = KlingVideoO3StandardReferenceToVideoInput
    Output = KlingVideoO3StandardReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO3StandardReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO3StandardReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO3StandardReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO3StandardReferenceToVideo(
    AsyncEndpoint[
        KlingVideoO3StandardReferenceToVideoInput, KlingVideoO3StandardReferenceToVideoOutput
    ]
):
    """Kling Video O3 Standard Reference To Video
    (`fal-ai/kling-video/o3/standard/reference-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/reference-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardReferenceToVideoInput]] = (
        KlingVideoO3StandardReferenceToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardReferenceToVideoOutput]] = (
        KlingVideoO3StandardReferenceToVideoOutput
    )
    Input = KlingVideoO3StandardReferenceToVideoInput
    Output = KlingVideoO3StandardReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO3StandardReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO3StandardReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO3StandardReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation.
            start_image_url: Image to use as the first frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            generate_audio: Whether to generate native audio for the video. Default: false.
            duration: Video duration in seconds (3-15s). Default: "5".
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "image_urls": image_urls,
                "elements": elements,
                "generate_audio": generate_audio,
                "duration": duration,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
