# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/object-removal/bbox` (Object Removal Bbox)."""

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
from fal_models.models.object_removal_bbox import (
    BBoxPromptBase,
    ObjectRemovalBboxInput,
    ObjectRemovalBboxOutput,
)

__all__ = [
    "ObjectRemovalBbox",
    "AsyncObjectRemovalBbox",
    "ObjectRemovalBboxInput",
    "ObjectRemovalBboxOutput",
]


class ObjectRemovalBbox(SyncEndpoint[ObjectRemovalBboxInput, ObjectRemovalBboxOutput]):
    """Object Removal Bbox (`fal-ai/object-removal/bbox`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/bbox/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal/bbox"
    input_model: ClassVar[type[ObjectRemovalBboxInput]] = ObjectRemovalBboxInput
    output_model: ClassVar[type[ObjectRemovalBboxOutput]] = ObjectRemovalBboxOutput
    Input = ObjectRemovalBboxInput
    Output = ObjectRemovalBboxOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ObjectRemovalBboxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ObjectRemovalBboxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalBboxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ObjectRemovalBboxOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncObjectRemovalBbox(AsyncEndpoint[ObjectRemovalBboxInput, ObjectRemovalBboxOutput]):
    """Object Removal Bbox (`fal-ai/object-removal/bbox`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/bbox/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal/bbox"
    input_model: ClassVar[type[ObjectRemovalBboxInput]] = ObjectRemovalBboxInput
    output_model: ClassVar[type[ObjectRemovalBboxOutput]] = ObjectRemovalBboxOutput
    Input = ObjectRemovalBboxInput
    Output = ObjectRemovalBboxOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ObjectRemovalBboxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ObjectRemovalBboxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalBboxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        box_prompts: list[BBoxPromptBase] | Omit = omit,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ObjectRemovalBboxOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            box_prompts: List of bounding box coordinates to erase (only one box prompt is
                supported). Default: [].
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "box_prompts": box_prompts,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)
