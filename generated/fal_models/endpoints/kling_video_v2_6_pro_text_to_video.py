# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v2.6/pro/text-to-video` (Kling Video V2.6 Pro Text To
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
from fal_models.models.kling_video_v2_6_pro_text_to_video import (
    KlingVideoV2_6ProTextToVideoInput,
    KlingVideoV2_6ProTextToVideoOutput,
)

__all__ = [
    "KlingVideoV2_6ProTextToVideo",
    "AsyncKlingVideoV2_6ProTextToVideo",
    "KlingVideoV2_6ProTextToVideoInput",
    "KlingVideoV2_6ProTextToVideoOutput",
]


class KlingVideoV2_6ProTextToVideo(
    SyncEndpoint[KlingVideoV2_6ProTextToVideoInput, KlingVideoV2_6ProTextToVideoOutput]
):
    """Kling Video V2.6 Pro Text To Video (`fal-ai/kling-video/v2.6/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/pro/text-to-video"
    input_model: ClassVar[type[KlingVideoV2_6ProTextToVideoInput]] = (
        KlingVideoV2_6ProTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_6ProTextToVideoOutput]] = (
        KlingVideoV2_6ProTextToVideoOutput
    )
    Input = KlingVideoV2_6ProTextToVideoInput
    Output = KlingVideoV2_6ProTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV2_6ProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV2_6ProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6ProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV2_6ProTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV2_6ProTextToVideo(
    AsyncEndpoint[KlingVideoV2_6ProTextToVideoInput, KlingVideoV2_6ProTextToVideoOutput]
):
    """Kling Video V2.6 Pro Text To Video (`fal-ai/kling-video/v2.6/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/pro/text-to-video"
    input_model: ClassVar[type[KlingVideoV2_6ProTextToVideoInput]] = (
        KlingVideoV2_6ProTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_6ProTextToVideoOutput]] = (
        KlingVideoV2_6ProTextToVideoOutput
    )
    Input = KlingVideoV2_6ProTextToVideoInput
    Output = KlingVideoV2_6ProTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV2_6ProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV2_6ProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6ProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV2_6ProTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)
