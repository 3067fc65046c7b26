# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v3/layerize-text` (Ideogram V3 Layerize Text)."""

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
from fal_models.models.ideogram_v3_layerize_text import (
    IdeogramV3LayerizeTextInput,
    IdeogramV3LayerizeTextOutput,
)

__all__ = [
    "IdeogramV3LayerizeText",
    "AsyncIdeogramV3LayerizeText",
    "IdeogramV3LayerizeTextInput",
    "IdeogramV3LayerizeTextOutput",
]


class IdeogramV3LayerizeText(
    SyncEndpoint[IdeogramV3LayerizeTextInput, IdeogramV3LayerizeTextOutput]
):
    """Ideogram V3 Layerize Text (`fal-ai/ideogram/v3/layerize-text`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/layerize-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/layerize-text"
    input_model: ClassVar[type[IdeogramV3LayerizeTextInput]] = IdeogramV3LayerizeTextInput
    output_model: ClassVar[type[IdeogramV3LayerizeTextOutput]] = IdeogramV3LayerizeTextOutput
    Input = IdeogramV3LayerizeTextInput
    Output = IdeogramV3LayerizeTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV3LayerizeTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV3LayerizeTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3LayerizeTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV3LayerizeTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV3LayerizeText(
    AsyncEndpoint[IdeogramV3LayerizeTextInput, IdeogramV3LayerizeTextOutput]
):
    """Ideogram V3 Layerize Text (`fal-ai/ideogram/v3/layerize-text`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/layerize-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/layerize-text"
    input_model: ClassVar[type[IdeogramV3LayerizeTextInput]] = IdeogramV3LayerizeTextInput
    output_model: ClassVar[type[IdeogramV3LayerizeTextOutput]] = IdeogramV3LayerizeTextOutput
    Input = IdeogramV3LayerizeTextInput
    Output = IdeogramV3LayerizeTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV3LayerizeTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV3LayerizeTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3LayerizeTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        font_file_h1_url: FileInput | None | Omit = omit,
        font_name_h1: str | None | Omit = omit,
        font_file_h2_url: FileInput | None | Omit = omit,
        font_name_h2: str | None | Omit = omit,
        font_file_body_url: FileInput | None | Omit = omit,
        font_name_body: str | None | Omit = omit,
        font_file_small_url: FileInput | None | Omit = omit,
        font_name_small: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV3LayerizeTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max
                10MB). Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional prompt to guide the layerization.
            seed: Seed for the random number generator.
            font_file_h1_url: URL of the font file to use for h1 text. Cannot be used with
                font_name_h1. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h1: Name of the font to use for h1 text. Cannot be used with font_file_h1_url.
            font_file_h2_url: URL of the font file to use for h2 text. Cannot be used with
                font_name_h2. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_h2: Name of the font to use for h2 text. Cannot be used with font_file_h2_url.
            font_file_body_url: URL of the font file to use for body text. Cannot be used with
                font_name_body. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_body: Name of the font to use for body text. Cannot be used with
                font_file_body_url.
            font_file_small_url: URL of the font file to use for small text. Cannot be used with
                font_name_small. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            font_name_small: Name of the font to use for small text. Cannot be used with
                font_file_small_url.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "font_file_h1_url": font_file_h1_url,
                "font_name_h1": font_name_h1,
                "font_file_h2_url": font_file_h2_url,
                "font_name_h2": font_name_h2,
                "font_file_body_url": font_file_body_url,
                "font_name_body": font_name_body,
                "font_file_small_url": font_file_small_url,
                "font_name_small": font_name_small,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
