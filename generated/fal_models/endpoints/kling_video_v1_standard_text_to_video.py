# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v1/standard/text-to-video` (Kling Video V1 Standard
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
from fal_models.models.kling_video_v1_standard_text_to_video import (
    CameraControl,
    KlingVideoV1StandardTextToVideoInput,
    KlingVideoV1StandardTextToVideoOutput,
)

__all__ = [
    "KlingVideoV1StandardTextToVideo",
    "AsyncKlingVideoV1StandardTextToVideo",
    "KlingVideoV1StandardTextToVideoInput",
    "KlingVideoV1StandardTextToVideoOutput",
]


class KlingVideoV1StandardTextToVideo(
    SyncEndpoint[KlingVideoV1StandardTextToVideoInput, KlingVideoV1StandardTextToVideoOutput]
):
    """Kling Video V1 Standard Text To Video (`fal-ai/kling-video/v1/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v1/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoV1StandardTextToVideoInput]] = (
        KlingVideoV1StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV1StandardTextToVideoOutput]] = (
        KlingVideoV1StandardTextToVideoOutput
    )
    Input = KlingVideoV1StandardTextToVideoInput
    Output = KlingVideoV1StandardTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV1StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV1StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV1StandardTextToVideoOutput]:
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
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV1StandardTextToVideo(
    AsyncEndpoint[KlingVideoV1StandardTextToVideoInput, KlingVideoV1StandardTextToVideoOutput]
):
    """Kling Video V1 Standard Text To Video (`fal-ai/kling-video/v1/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v1/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/standard/text-to-video"
    input_model: ClassVar[type[KlingVideoV1StandardTextToVideoInput]] = (
        KlingVideoV1StandardTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV1StandardTextToVideoOutput]] = (
        KlingVideoV1StandardTextToVideoOutput
    )
    Input = KlingVideoV1StandardTextToVideoInput
    Output = KlingVideoV1StandardTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV1StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV1StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
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
        camera_control: Literal[
            "down_back", "forward_up", "right_turn_forward", "left_turn_forward"
        ]
        | None
        | Omit = omit,
        advanced_camera_control: CameraControl | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV1StandardTextToVideoOutput]:
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
            camera_control: Camera control parameters.
            advanced_camera_control: Advanced Camera control parameters.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "camera_control": camera_control,
                "advanced_camera_control": advanced_camera_control,
            }
        )
        return self._stream(payload, options)
