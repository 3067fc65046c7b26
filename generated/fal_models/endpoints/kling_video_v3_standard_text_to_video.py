# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v3/standard/text-to-video` (Kling Video V3 Standard
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
from fal_models.models.kling_video_v3_standard_text_to_video import (
    KlingV3MultiPromptElement,
    KlingVideoV3StandardTextToVideoInput,
    KlingVideoV3StandardTextToVideoOutput,
)

__all__ = [
    "KlingVideoV3StandardTextToVideo",
    "AsyncKlingVideoV3StandardTextToVideo",
    "KlingVideoV3StandardTextToVideoInput",
    "KlingVideoV3StandardTextToVideoOutput",
]


class KlingVideoV3StandardTextToVideo(
    SyncEndpoint[KlingVideoV3StandardTextToVideoInput, KlingVideoV3StandardTextToVideoOutput]
):
    """Kling Video V3 Standard Text To Video (`fal-ai/kling-video/v3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoV3StandardTextToVideoInput]] = (
        KlingVideoV3StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV3StandardTextToVideoOutput]] = (
        KlingVideoV3StandardTextToVideoOutput
    )
    Input = KlingVideoV3StandardTextToVideoInput
    Output = KlingVideoV3StandardTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV3StandardTextToVideo(
    AsyncEndpoint[KlingVideoV3StandardTextToVideoInput, KlingVideoV3StandardTextToVideoOutput]
):
    """Kling Video V3 Standard Text To Video (`fal-ai/kling-video/v3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoV3StandardTextToVideoInput]] = (
        KlingVideoV3StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV3StandardTextToVideoOutput]] = (
        KlingVideoV3StandardTextToVideoOutput
    )
    Input = KlingVideoV3StandardTextToVideoInput
    Output = KlingVideoV3StandardTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        multi_prompt: list[KlingV3MultiPromptElement] | None | Omit = omit,
        generate_audio: bool | Omit = omit,
        shot_type: Literal["customize", "intelligent"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Either prompt or multi_prompt must be
                provided, but not both. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            multi_prompt: List of prompts for multi-shot video generation. If provided, overrides
                the single prompt and divides the video into multiple shots with specified prompts
                and durations.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "multi_prompt": multi_prompt,
                "generate_audio": generate_audio,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
