# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/embed-product` (Bria Embed Product)."""

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
from fal_models.models.bria_embed_product import (
    BriaEmbedProductInput,
    BriaEmbedProductOutput,
    EmbedItem,
)

__all__ = [
    "BriaEmbedProduct",
    "AsyncBriaEmbedProduct",
    "BriaEmbedProductInput",
    "BriaEmbedProductOutput",
]


class BriaEmbedProduct(SyncEndpoint[BriaEmbedProductInput, BriaEmbedProductOutput]):
    """Bria Embed Product (`bria/embed-product`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/embed-product/api
    """

    endpoint_id: ClassVar[str] = "bria/embed-product"
    input_model: ClassVar[type[BriaEmbedProductInput]] = BriaEmbedProductInput
    output_model: ClassVar[type[BriaEmbedProductOutput]] = BriaEmbedProductOutput
    Input = BriaEmbedProductInput
    Output = BriaEmbedProductOutput

    def subscribe(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaEmbedProductOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaEmbedProductOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaEmbedProductOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaEmbedProductOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaEmbedProduct(AsyncEndpoint[BriaEmbedProductInput, BriaEmbedProductOutput]):
    """Bria Embed Product (`bria/embed-product`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/embed-product/api
    """

    endpoint_id: ClassVar[str] = "bria/embed-product"
    input_model: ClassVar[type[BriaEmbedProductInput]] = BriaEmbedProductInput
    output_model: ClassVar[type[BriaEmbedProductOutput]] = BriaEmbedProductOutput
    Input = BriaEmbedProductInput
    Output = BriaEmbedProductOutput

    async def subscribe(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaEmbedProductOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaEmbedProductOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaEmbedProductOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_source: str | Omit = omit,
        products: list[EmbedItem] | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaEmbedProductOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_source: URL of the image.
            products: List of products to embed in the image. Limits: min items 1, max items 10.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_source": image_source,
                "products": products,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
