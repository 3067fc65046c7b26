# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v3/standard/image-to-video` (Kling Video V3 Standard
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
from fal_models.models.kling_video_v3_standard_image_to_video import (
    KlingV3ComboElementInput,
    KlingV3MultiPromptElement,
    KlingVideoV3StandardImageToVideoInput,
    KlingVideoV3StandardImageToVideoOutput,
)

__all__ = [
    "KlingVideoV3StandardImageToVideo",
    "AsyncKlingVideoV3StandardImageToVideo",
    "KlingVideoV3StandardImageToVideoInput",
    "KlingVideoV3StandardImageToVideoOutput",
]


class KlingVideoV3StandardImageToVideo(
    SyncEndpoint[KlingVideoV3StandardImageToVideoInput, KlingVideoV3StandardImageToVideoOutput]
):
    """Kling Video V3 Standard Image To Video (`fal-ai/kling-video/v3/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoV3StandardImageToVideoInput]] = (
        KlingVideoV3StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV3StandardImageToVideoOutput]] = (
        KlingVideoV3StandardImageToVideoOutput
    )
    Input = KlingVideoV3StandardImageToVideoInput
    Output = KlingVideoV3StandardImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV3StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV3StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV3StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV3StandardImageToVideo(
    AsyncEndpoint[KlingVideoV3StandardImageToVideoInput, KlingVideoV3StandardImageToVideoOutput]
):
    """Kling Video V3 Standard Image To Video (`fal-ai/kling-video/v3/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoV3StandardImageToVideoInput]] = (
        KlingVideoV3StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV3StandardImageToVideoOutput]] = (
        KlingVideoV3StandardImageToVideoOutput
    )
    Input = KlingVideoV3StandardImageToVideoInput
    Output = KlingVideoV3StandardImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV3StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV3StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        start_image_url: FileInput,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        generate_audio: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        elements: list[KlingV3ComboElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV3StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            multi_prompt: List of prompts for multi-shot video generation. If provided, divides the
                video into multiple shots.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Each example can either
                be an image set (frontal + reference images) or a video. Reference in prompt as
                @Element1, @Element2, etc.
            shot_type: The type of multi-shot video generation. Required when multi_prompt is
                provided. Default: "customize".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "generate_audio": generate_audio,
                "end_image_url": end_image_url,
                "elements": elements,
                "shot_type": shot_type,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
