# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/product-holding` (Image Apps V2 Product Holding)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.image_apps_v2_product_holding import (
    AspectRatio,
    ImageAppsV2ProductHoldingInput,
    ImageAppsV2ProductHoldingOutput,
)

__all__ = [
    "ImageAppsV2ProductHolding",
    "AsyncImageAppsV2ProductHolding",
    "ImageAppsV2ProductHoldingInput",
    "ImageAppsV2ProductHoldingOutput",
]


class ImageAppsV2ProductHolding(
    SyncEndpoint[ImageAppsV2ProductHoldingInput, ImageAppsV2ProductHoldingOutput]
):
    """Image Apps V2 Product Holding (`fal-ai/image-apps-v2/product-holding`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/product-holding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/product-holding"
    input_model: ClassVar[type[ImageAppsV2ProductHoldingInput]] = ImageAppsV2ProductHoldingInput
    output_model: ClassVar[type[ImageAppsV2ProductHoldingOutput]] = ImageAppsV2ProductHoldingOutput
    Input = ImageAppsV2ProductHoldingInput
    Output = ImageAppsV2ProductHoldingOutput

    def subscribe(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2ProductHoldingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2ProductHoldingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ProductHoldingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2ProductHoldingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2ProductHolding(
    AsyncEndpoint[ImageAppsV2ProductHoldingInput, ImageAppsV2ProductHoldingOutput]
):
    """Image Apps V2 Product Holding (`fal-ai/image-apps-v2/product-holding`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/product-holding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/product-holding"
    input_model: ClassVar[type[ImageAppsV2ProductHoldingInput]] = ImageAppsV2ProductHoldingInput
    output_model: ClassVar[type[ImageAppsV2ProductHoldingOutput]] = ImageAppsV2ProductHoldingOutput
    Input = ImageAppsV2ProductHoldingInput
    Output = ImageAppsV2ProductHoldingOutput

    async def subscribe(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2ProductHoldingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2ProductHoldingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ProductHoldingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2ProductHoldingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Image URL of the person who will hold the product. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            product_image_url: Image URL of the product to be held by the person. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
