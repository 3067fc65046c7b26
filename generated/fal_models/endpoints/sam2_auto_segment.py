# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam2/auto-segment` (Sam2 Auto Segment)."""

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
from fal_models.models.sam2_auto_segment import Sam2AutoSegmentInput, Sam2AutoSegmentOutput

__all__ = [
    "Sam2AutoSegment",
    "AsyncSam2AutoSegment",
    "Sam2AutoSegmentInput",
    "Sam2AutoSegmentOutput",
]


class Sam2AutoSegment(SyncEndpoint[Sam2AutoSegmentInput, Sam2AutoSegmentOutput]):
    """Sam2 Auto Segment (`fal-ai/sam2/auto-segment`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam2/auto-segment/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/auto-segment"
    input_model: ClassVar[type[Sam2AutoSegmentInput]] = Sam2AutoSegmentInput
    output_model: ClassVar[type[Sam2AutoSegmentOutput]] = Sam2AutoSegmentOutput
    Input = Sam2AutoSegmentInput
    Output = Sam2AutoSegmentOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam2AutoSegmentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam2AutoSegmentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2AutoSegmentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam2AutoSegmentOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return self._stream(payload, options)


class AsyncSam2AutoSegment(AsyncEndpoint[Sam2AutoSegmentInput, Sam2AutoSegmentOutput]):
    """Sam2 Auto Segment (`fal-ai/sam2/auto-segment`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sam2/auto-segment/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/auto-segment"
    input_model: ClassVar[type[Sam2AutoSegmentInput]] = Sam2AutoSegmentInput
    output_model: ClassVar[type[Sam2AutoSegmentOutput]] = Sam2AutoSegmentOutput
    Input = Sam2AutoSegmentInput
    Output = Sam2AutoSegmentOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam2AutoSegmentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam2AutoSegmentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2AutoSegmentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        points_per_side: int | Omit = omit,
        pred_iou_thresh: float | Omit = omit,
        stability_score_thresh: float | Omit = omit,
        min_mask_region_area: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam2AutoSegmentOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be automatically segmented. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            points_per_side: Number of points to sample along each side of the image. Default: 32.
            pred_iou_thresh: Threshold for predicted IOU score. Default: 0.88.
            stability_score_thresh: Threshold for stability score. Default: 0.95.
            min_mask_region_area: Minimum area of a mask region. Default: 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "points_per_side": points_per_side,
                "pred_iou_thresh": pred_iou_thresh,
                "stability_score_thresh": stability_score_thresh,
                "min_mask_region_area": min_mask_region_area,
            }
        )
        return self._stream(payload, options)
