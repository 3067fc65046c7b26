# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3-1/image-rle` (Sam 3 1 Image Rle)."""

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
from fal_models.models.sam_3_1_image_rle import (
    BoxPrompt,
    PointPrompt,
    Sam3_1ImageRleInput,
    Sam3_1ImageRleOutput,
)

__all__ = ["Sam3_1ImageRle", "AsyncSam3_1ImageRle", "Sam3_1ImageRleInput", "Sam3_1ImageRleOutput"]


class Sam3_1ImageRle(SyncEndpoint[Sam3_1ImageRleInput, Sam3_1ImageRleOutput]):
    """Sam 3 1 Image Rle (`fal-ai/sam-3-1/image-rle`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam-3-1/image-rle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/image-rle"
    input_model: ClassVar[type[Sam3_1ImageRleInput]] = Sam3_1ImageRleInput
    output_model: ClassVar[type[Sam3_1ImageRleOutput]] = Sam3_1ImageRleOutput
    Input = Sam3_1ImageRleInput
    Output = Sam3_1ImageRleOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_1ImageRleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_1ImageRleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1ImageRleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_1ImageRleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_1ImageRle(AsyncEndpoint[Sam3_1ImageRleInput, Sam3_1ImageRleOutput]):
    """Sam 3 1 Image Rle (`fal-ai/sam-3-1/image-rle`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam-3-1/image-rle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/image-rle"
    input_model: ClassVar[type[Sam3_1ImageRleInput]] = Sam3_1ImageRleInput
    output_model: ClassVar[type[Sam3_1ImageRleOutput]] = Sam3_1ImageRleOutput
    Input = Sam3_1ImageRleInput
    Output = Sam3_1ImageRleOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_1ImageRleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_1ImageRleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1ImageRleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        return_multiple_masks: bool | Omit = omit,
        max_masks: int | Omit = omit,
        include_scores: bool | Omit = omit,
        include_boxes: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_1ImageRleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be segmented. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Default: "wheel".
            point_prompts: List of point prompts. Default: [].
            box_prompts: Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes
                supported - use object_id to group boxes for the same object or leave empty for
                separate objects. Default: [].
            apply_mask: Apply the mask on the image. Default: true.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            output_format: The format of the generated image. Default: "png".
            return_multiple_masks: If True, upload and return multiple generated masks as defined by
                `max_masks`. Default: false.
            max_masks: Maximum number of masks to return when `return_multiple_masks` is enabled.
                Default: 3. Limits: minimum 1, maximum 32.
            include_scores: Whether to include mask confidence scores. Default: false.
            include_boxes: Whether to include bounding boxes for each mask (when available).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "return_multiple_masks": return_multiple_masks,
                "max_masks": max_masks,
                "include_scores": include_scores,
                "include_boxes": include_boxes,
            }
        )
        return self._stream(payload, options)
