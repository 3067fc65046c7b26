# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/product-photography` (Image Apps V2 Product
Photography).
"""

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
from fal_models.models.image_apps_v2_product_photography import (
    AspectRatio,
    ImageAppsV2ProductPhotographyInput,
    ImageAppsV2ProductPhotographyOutput,
)

__all__ = [
    "ImageAppsV2ProductPhotography",
    "AsyncImageAppsV2ProductPhotography",
    "ImageAppsV2ProductPhotographyInput",
    "ImageAppsV2ProductPhotographyOutput",
]


class ImageAppsV2ProductPhotography(
    SyncEndpoint[ImageAppsV2ProductPhotographyInput, ImageAppsV2ProductPhotographyOutput]
):
    """Image Apps V2 Product Photography (`fal-ai/image-apps-v2/product-photography`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/product-photography/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/product-photography"
    input_model: ClassVar[type[ImageAppsV2ProductPhotographyInput]] = (
        ImageAppsV2ProductPhotographyInput
    )
    output_model: ClassVar[type[ImageAppsV2ProductPhotographyOutput]] = (
        ImageAppsV2ProductPhotographyOutput
    )
    Input = ImageAppsV2ProductPhotographyInput
    Output = ImageAppsV2ProductPhotographyOutput

    def subscribe(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2ProductPhotographyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2ProductPhotographyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ProductPhotographyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2ProductPhotographyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2ProductPhotography(
    AsyncEndpoint[ImageAppsV2ProductPhotographyInput, ImageAppsV2ProductPhotographyOutput]
):
    """Image Apps V2 Product Photography (`fal-ai/image-apps-v2/product-photography`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/product-photography/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/product-photography"
    input_model: ClassVar[type[ImageAppsV2ProductPhotographyInput]] = (
        ImageAppsV2ProductPhotographyInput
    )
    output_model: ClassVar[type[ImageAppsV2ProductPhotographyOutput]] = (
        ImageAppsV2ProductPhotographyOutput
    )
    Input = ImageAppsV2ProductPhotographyInput
    Output = ImageAppsV2ProductPhotographyOutput

    async def subscribe(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2ProductPhotographyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2ProductPhotographyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ProductPhotographyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        product_image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2ProductPhotographyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            product_image_url: Image URL of the product to create professional studio photography.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "product_image_url": product_image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
