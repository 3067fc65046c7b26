# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-image/v3/text-to-image` (Kling Image V3 Text To Image)."""

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
from fal_models.models.kling_image_v3_text_to_image import (
    ElementInput,
    KlingImageV3TextToImageInput,
    KlingImageV3TextToImageOutput,
)

__all__ = [
    "KlingImageV3TextToImage",
    "AsyncKlingImageV3TextToImage",
    "KlingImageV3TextToImageInput",
    "KlingImageV3TextToImageOutput",
]


class KlingImageV3TextToImage(
    SyncEndpoint[KlingImageV3TextToImageInput, KlingImageV3TextToImageOutput]
):
    """Kling Image V3 Text To Image (`fal-ai/kling-image/v3/text-to-image`).

    Request model for Kling V3 Text-to-Image Generation.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/v3/text-to-image"
    input_model: ClassVar[type[KlingImageV3TextToImageInput]] = KlingImageV3TextToImageInput
    output_model: ClassVar[type[KlingImageV3TextToImageOutput]] = KlingImageV3TextToImageOutput
    Input = KlingImageV3TextToImageInput
    Output = KlingImageV3TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingImageV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingImageV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingImageV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncKlingImageV3TextToImage(
    AsyncEndpoint[KlingImageV3TextToImageInput, KlingImageV3TextToImageOutput]
):
    """Kling Image V3 Text To Image (`fal-ai/kling-image/v3/text-to-image`).

    Request model for Kling V3 Text-to-Image Generation.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/v3/text-to-image"
    input_model: ClassVar[type[KlingImageV3TextToImageInput]] = KlingImageV3TextToImageInput
    output_model: ClassVar[type[KlingImageV3TextToImageOutput]] = KlingImageV3TextToImageOutput
    Input = KlingImageV3TextToImageInput
    Output = KlingImageV3TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingImageV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingImageV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingImageV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            negative_prompt: Negative text prompt. It is recommended to supplement negative prompt
                information through negative sentences directly within positive prompts. Limits: max
                length 2500.
            elements: Optional: Elements (characters/objects) to include in the image for face
                control. Each element can have a frontal image and optionally reference images.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
