# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/object-removal` (Object Removal)."""

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
from fal_models.models.object_removal import ObjectRemovalInput, ObjectRemovalOutput

__all__ = ["ObjectRemoval", "AsyncObjectRemoval", "ObjectRemovalInput", "ObjectRemovalOutput"]


class ObjectRemoval(SyncEndpoint[ObjectRemovalInput, ObjectRemovalOutput]):
    """Object Removal (`fal-ai/object-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal"
    input_model: ClassVar[type[ObjectRemovalInput]] = ObjectRemovalInput
    output_model: ClassVar[type[ObjectRemovalOutput]] = ObjectRemovalOutput
    Input = ObjectRemovalInput
    Output = ObjectRemovalOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ObjectRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ObjectRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ObjectRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncObjectRemoval(AsyncEndpoint[ObjectRemovalInput, ObjectRemovalOutput]):
    """Object Removal (`fal-ai/object-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/object-removal/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/object-removal"
    input_model: ClassVar[type[ObjectRemovalInput]] = ObjectRemovalInput
    output_model: ClassVar[type[ObjectRemovalOutput]] = ObjectRemovalOutput
    Input = ObjectRemovalInput
    Output = ObjectRemovalOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ObjectRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ObjectRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ObjectRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"]
        | Omit = omit,
        mask_expansion: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ObjectRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to remove objects from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text description of the object to remove.
            model: See fal's docs. Default: "best_quality".
            mask_expansion: Amount of pixels to expand the mask by. Range: 0-50. Default: 15.
                Limits: minimum 0, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "model": model,
                "mask_expansion": mask_expansion,
            }
        )
        return self._stream(payload, options)
