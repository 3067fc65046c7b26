# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam2/image` (Sam2 Image)."""

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
from fal_models.models.sam2_image import BoxPrompt, PointPrompt, Sam2ImageInput, Sam2ImageOutput

__all__ = ["Sam2Image", "AsyncSam2Image", "Sam2ImageInput", "Sam2ImageOutput"]


class Sam2Image(SyncEndpoint[Sam2ImageInput, Sam2ImageOutput]):
    """Sam2 Image (`fal-ai/sam2/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam2/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/image"
    input_model: ClassVar[type[Sam2ImageInput]] = Sam2ImageInput
    output_model: ClassVar[type[Sam2ImageOutput]] = Sam2ImageOutput
    Input = Sam2ImageInput
    Output = Sam2ImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam2ImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam2ImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2ImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam2ImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncSam2Image(AsyncEndpoint[Sam2ImageInput, Sam2ImageOutput]):
    """Sam2 Image (`fal-ai/sam2/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam2/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/image"
    input_model: ClassVar[type[Sam2ImageInput]] = Sam2ImageInput
    output_model: ClassVar[type[Sam2ImageOutput]] = Sam2ImageOutput
    Input = Sam2ImageInput
    Output = Sam2ImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam2ImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam2ImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2ImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam2ImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompts: List of prompts to segment the image. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the image. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
