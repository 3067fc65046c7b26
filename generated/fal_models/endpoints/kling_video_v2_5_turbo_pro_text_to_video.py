# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v2.5-turbo/pro/text-to-video` (Kling Video V2.5 Turbo
Pro Text To Video).
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
from fal_models.models.kling_video_v2_5_turbo_pro_text_to_video import (
    KlingVideoV2_5TurboProTextToVideoInput,
    KlingVideoV2_5TurboProTextToVideoOutput,
)

__all__ = [
    "KlingVideoV2_5TurboProTextToVideo",
    "AsyncKlingVideoV2_5TurboProTextToVideo",
    "KlingVideoV2_5TurboProTextToVideoInput",
    "KlingVideoV2_5TurboProTextToVideoOutput",
]


class KlingVideoV2_5TurboProTextToVideo(
    SyncEndpoint[KlingVideoV2_5TurboProTextToVideoInput, KlingVideoV2_5TurboProTextToVideoOutput]
):
    """Kling Video V2.5 Turbo Pro Text To Video (`fal-ai/kling-video/v2.5-turbo/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.5-turbo/pro/text-to-video"
    input_model: ClassVar[type[KlingVideoV2_5TurboProTextToVideoInput]] = (
        KlingVideoV2_5TurboProTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_5TurboProTextToVideoOutput]] = (
        KlingVideoV2_5TurboProTextToVideoOutput
    )
    Input = KlingVideoV2_5TurboProTextToVideoInput
    Output = KlingVideoV2_5TurboProTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV2_5TurboProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV2_5TurboProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_5TurboProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV2_5TurboProTextToVideoOutput]:
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
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV2_5TurboProTextToVideo(
    AsyncEndpoint[KlingVideoV2_5TurboProTextToVideoInput, KlingVideoV2_5TurboProTextToVideoOutput]
):
    """Kling Video V2.5 Turbo Pro Text To Video (`fal-ai/kling-video/v2.5-turbo/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.5-turbo/pro/text-to-video"
    input_model: ClassVar[type[KlingVideoV2_5TurboProTextToVideoInput]] = (
        KlingVideoV2_5TurboProTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_5TurboProTextToVideoOutput]] = (
        KlingVideoV2_5TurboProTextToVideoOutput
    )
    Input = KlingVideoV2_5TurboProTextToVideoInput
    Output = KlingVideoV2_5TurboProTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV2_5TurboProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV2_5TurboProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_5TurboProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
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
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV2_5TurboProTextToVideoOutput]:
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
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
