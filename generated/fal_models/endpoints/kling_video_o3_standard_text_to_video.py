# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o3/standard/text-to-video` (Kling Video O3 Standard
Text To Video).
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
from fal_models.models.kling_video_o3_standard_text_to_video import (
    KlingV3MultiPromptElement,
    KlingVideoO3StandardTextToVideoInput,
    KlingVideoO3StandardTextToVideoOutput,
)

__all__ = [
    "KlingVideoO3StandardTextToVideo",
    "AsyncKlingVideoO3StandardTextToVideo",
    "KlingVideoO3StandardTextToVideoInput",
    "KlingVideoO3StandardTextToVideoOutput",
]


class KlingVideoO3StandardTextToVideo(
    SyncEndpoint[KlingVideoO3StandardTextToVideoInput, KlingVideoO3StandardTextToVideoOutput]
):
    """Kling Video O3 Standard Text To Video (`fal-ai/kling-video/o3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardTextToVideoInput]] = (
        KlingVideoO3StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardTextToVideoOutput]] = (
        KlingVideoO3StandardTextToVideoOutput
    )
    Input = KlingVideoO3StandardTextToVideoInput
    Output = KlingVideoO3StandardTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO3StandardTextToVideo(
    AsyncEndpoint[KlingVideoO3StandardTextToVideoInput, KlingVideoO3StandardTextToVideoOutput]
):
    """Kling Video O3 Standard Text To Video (`fal-ai/kling-video/o3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoO3StandardTextToVideoInput]] = (
        KlingVideoO3StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardTextToVideoOutput]] = (
        KlingVideoO3StandardTextToVideoOutput
    )
    Input = KlingVideoO3StandardTextToVideoInput
    Output = KlingVideoO3StandardTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
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
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Required unless multi_prompt is provided.
                Limits: max length 2500.
            duration: Video duration in seconds (3-15s). Default: "5".
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            generate_audio: Whether to generate native audio for the video. Default: false.
            multi_prompt: List of prompts for multi-shot video generation.
            shot_type: The type of multi-shot video generation. Default: "customize".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "multi_prompt": multi_prompt,
                "shot_type": shot_type,
            }
        )
        return self._stream(payload, options)
