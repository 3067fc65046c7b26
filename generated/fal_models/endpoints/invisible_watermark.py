# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/invisible-watermark` (Invisible Watermark)."""

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
from fal_models.models.invisible_watermark import InvisibleWatermarkInput, InvisibleWatermarkOutput

__all__ = [
    "InvisibleWatermark",
    "AsyncInvisibleWatermark",
    "InvisibleWatermarkInput",
    "InvisibleWatermarkOutput",
]


class InvisibleWatermark(SyncEndpoint[InvisibleWatermarkInput, InvisibleWatermarkOutput]):
    """Invisible Watermark (`fal-ai/invisible-watermark`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/invisible-watermark/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/invisible-watermark"
    input_model: ClassVar[type[InvisibleWatermarkInput]] = InvisibleWatermarkInput
    output_model: ClassVar[type[InvisibleWatermarkOutput]] = InvisibleWatermarkOutput
    Input = InvisibleWatermarkInput
    Output = InvisibleWatermarkOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InvisibleWatermarkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InvisibleWatermarkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InvisibleWatermarkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InvisibleWatermarkOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return self._stream(payload, options)


class AsyncInvisibleWatermark(AsyncEndpoint[InvisibleWatermarkInput, InvisibleWatermarkOutput]):
    """Invisible Watermark (`fal-ai/invisible-watermark`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/invisible-watermark/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/invisible-watermark"
    input_model: ClassVar[type[InvisibleWatermarkInput]] = InvisibleWatermarkInput
    output_model: ClassVar[type[InvisibleWatermarkOutput]] = InvisibleWatermarkOutput
    Input = InvisibleWatermarkInput
    Output = InvisibleWatermarkOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InvisibleWatermarkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InvisibleWatermarkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InvisibleWatermarkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        watermark: str | Omit = omit,
        decode: bool | Omit = omit,
        length: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InvisibleWatermarkOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be watermarked or decoded. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            watermark: Text to use as watermark (for encoding only). Default: "watermark".
            decode: Whether to decode a watermark from the image instead of encoding. Default:
                false.
            length: Length of watermark bits to decode (required when decode=True). Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "watermark": watermark,
                "decode": decode,
                "length": length,
            }
        )
        return self._stream(payload, options)
