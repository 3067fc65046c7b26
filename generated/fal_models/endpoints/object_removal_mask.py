# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/object-removal/mask` (Object Removal Mask)."""

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
from fal_models.models.object_removal_mask import ObjectRemovalMaskInput, ObjectRemovalMaskOutput

__all__ = [
    "ObjectRemovalMask",
    "AsyncObjectRemovalMask",
    "ObjectRemovalMaskInput",
    "ObjectRemovalMaskOutput",
]


class ObjectRemovalMask(SyncEndpoint[ObjectRemovalMaskInput, ObjectRemovalMaskOutput]):
    """Object Removal Mask (`fal-ai/object-removal/mask`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/mask/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal/mask"
    input_model: ClassVar[type[ObjectRemovalMaskInput]] = ObjectRemovalMaskInput
    output_model: ClassVar[type[ObjectRemovalMaskOutput]] = ObjectRemovalMaskOutput
    Input = ObjectRemovalMaskInput
    Output = ObjectRemovalMaskOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ObjectRemovalMaskOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ObjectRemovalMaskOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalMaskOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ObjectRemovalMaskOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncObjectRemovalMask(AsyncEndpoint[ObjectRemovalMaskInput, ObjectRemovalMaskOutput]):
    """Object Removal Mask (`fal-ai/object-removal/mask`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/mask/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal/mask"
    input_model: ClassVar[type[ObjectRemovalMaskInput]] = ObjectRemovalMaskInput
    output_model: ClassVar[type[ObjectRemovalMaskOutput]] = ObjectRemovalMaskOutput
    Input = ObjectRemovalMaskInput
    Output = ObjectRemovalMaskOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ObjectRemovalMaskOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ObjectRemovalMaskOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalMaskOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ObjectRemovalMaskOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask image. White pixels (255) indicate areas to remove. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)
