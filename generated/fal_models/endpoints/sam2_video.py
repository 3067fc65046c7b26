# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam2/video` (Sam2 Video)."""

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
from fal_models.models.sam2_video import BoxPrompt, PointPrompt, Sam2VideoInput, Sam2VideoOutput

__all__ = ["Sam2Video", "AsyncSam2Video", "Sam2VideoInput", "Sam2VideoOutput"]


class Sam2Video(SyncEndpoint[Sam2VideoInput, Sam2VideoOutput]):
    """Sam2 Video (`fal-ai/sam2/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam2/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/video"
    input_model: ClassVar[type[Sam2VideoInput]] = Sam2VideoInput
    output_model: ClassVar[type[Sam2VideoOutput]] = Sam2VideoOutput
    Input = Sam2VideoInput
    Output = Sam2VideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam2VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam2VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam2VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return self._stream(payload, options)


class AsyncSam2Video(AsyncEndpoint[Sam2VideoInput, Sam2VideoOutput]):
    """Sam2 Video (`fal-ai/sam2/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam2/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam2/video"
    input_model: ClassVar[type[Sam2VideoInput]] = Sam2VideoInput
    output_model: ClassVar[type[Sam2VideoOutput]] = Sam2VideoOutput
    Input = Sam2VideoInput
    Output = Sam2VideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam2VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam2VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam2VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam2VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompts: List of prompts to segment the video. Default: [].
            box_prompts: Coordinates for boxes. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompts": prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
            }
        )
        return self._stream(payload, options)
