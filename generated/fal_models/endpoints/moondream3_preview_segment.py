# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream3-preview/segment` (Moondream3 Preview Segment)."""

from __future__ import annotations

from typing import Any, ClassVar, Unpack

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
from fal_models.models.moondream3_preview_segment import (
    Moondream3PreviewSegmentInput,
    Moondream3PreviewSegmentOutput,
    SegmentSamplingSettings,
)

__all__ = [
    "Moondream3PreviewSegment",
    "AsyncMoondream3PreviewSegment",
    "Moondream3PreviewSegmentInput",
    "Moondream3PreviewSegmentOutput",
]


class Moondream3PreviewSegment(
    SyncEndpoint[Moondream3PreviewSegmentInput, Moondream3PreviewSegmentOutput]
):
    """Moondream3 Preview Segment (`fal-ai/moondream3-preview/segment`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/moondream3-preview/segment/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/segment"
    input_model: ClassVar[type[Moondream3PreviewSegmentInput]] = Moondream3PreviewSegmentInput
    output_model: ClassVar[type[Moondream3PreviewSegmentOutput]] = Moondream3PreviewSegmentOutput
    Input = Moondream3PreviewSegmentInput
    Output = Moondream3PreviewSegmentOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream3PreviewSegmentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream3PreviewSegmentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewSegmentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream3PreviewSegmentOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream3PreviewSegment(
    AsyncEndpoint[Moondream3PreviewSegmentInput, Moondream3PreviewSegmentOutput]
):
    """Moondream3 Preview Segment (`fal-ai/moondream3-preview/segment`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/moondream3-preview/segment/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/segment"
    input_model: ClassVar[type[Moondream3PreviewSegmentInput]] = Moondream3PreviewSegmentInput
    output_model: ClassVar[type[Moondream3PreviewSegmentOutput]] = Moondream3PreviewSegmentOutput
    Input = Moondream3PreviewSegmentInput
    Output = Moondream3PreviewSegmentOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream3PreviewSegmentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream3PreviewSegmentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewSegmentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object: str,
        spatial_references: list[dict[str, Any] | list[float]] | None | Omit = omit,
        settings: SegmentSamplingSettings | None | Omit = omit,
        preview: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream3PreviewSegmentOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be segmented in the image.
            spatial_references: Spatial references to guide the segmentation. By feeding in
                references you can help the segmentation process. Must be either list of Point
                object with x and y members, or list of arrays containing either 2 floats (x,y) or 4
                floats (x1,y1,x2,y2). **NOTE**: You can also use the [**point
                endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for
                the objects, and pass them in here.
            settings: Sampling settings for the segmentation model.
            preview: Whether to preview the output and return a binary mask of the image. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
                "spatial_references": spatial_references,
                "settings": settings,
                "preview": preview,
            }
        )
        return self._stream(payload, options)
