# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v1/standard/image-to-video` (Kling Video V1 Standard
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
from fal_models.models.kling_video_v1_standard_image_to_video import (
    DynamicMask,
    KlingVideoV1StandardImageToVideoInput,
    KlingVideoV1StandardImageToVideoOutput,
)

__all__ = [
    "KlingVideoV1StandardImageToVideo",
    "AsyncKlingVideoV1StandardImageToVideo",
    "KlingVideoV1StandardImageToVideoInput",
    "KlingVideoV1StandardImageToVideoOutput",
]


class KlingVideoV1StandardImageToVideo(
    SyncEndpoint[KlingVideoV1StandardImageToVideoInput, KlingVideoV1StandardImageToVideoOutput]
):
    """Kling Video V1 Standard Image To Video (`fal-ai/kling-video/v1/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v1/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoV1StandardImageToVideoInput]] = (
        KlingVideoV1StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV1StandardImageToVideoOutput]] = (
        KlingVideoV1StandardImageToVideoOutput
    )
    Input = KlingVideoV1StandardImageToVideoInput
    Output = KlingVideoV1StandardImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV1StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV1StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV1StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV1StandardImageToVideo(
    AsyncEndpoint[KlingVideoV1StandardImageToVideoInput, KlingVideoV1StandardImageToVideoOutput]
):
    """Kling Video V1 Standard Image To Video (`fal-ai/kling-video/v1/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v1/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoV1StandardImageToVideoInput]] = (
        KlingVideoV1StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV1StandardImageToVideoOutput]] = (
        KlingVideoV1StandardImageToVideoOutput
    )
    Input = KlingVideoV1StandardImageToVideoInput
    Output = KlingVideoV1StandardImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV1StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV1StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_scale: float | Omit = omit,
        tail_image_url: FileInput | None | Omit = omit,
        static_mask_url: FileInput | None | Omit = omit,
        dynamic_masks: list[DynamicMask] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV1StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the video. Limits: max length 2500.
            image_url: URL of the image to be used for the video. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want
                the model to stick to your prompt. Default: 0.5. Limits: minimum 0, maximum 1.
            tail_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            static_mask_url: URL of the image for Static Brush Application Area (Mask image created
                by users using the motion brush). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dynamic_masks: List of dynamic masks.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
                "tail_image_url": tail_image_url,
                "static_mask_url": static_mask_url,
                "dynamic_masks": dynamic_masks,
            }
        )
        return self._stream(payload, options)
