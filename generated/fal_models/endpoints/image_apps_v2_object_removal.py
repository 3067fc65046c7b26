# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/object-removal` (Image Apps V2 Object Removal)."""

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
from fal_models.models.image_apps_v2_object_removal import (
    AspectRatio,
    ImageAppsV2ObjectRemovalInput,
    ImageAppsV2ObjectRemovalOutput,
)

__all__ = [
    "ImageAppsV2ObjectRemoval",
    "AsyncImageAppsV2ObjectRemoval",
    "ImageAppsV2ObjectRemovalInput",
    "ImageAppsV2ObjectRemovalOutput",
]


class ImageAppsV2ObjectRemoval(
    SyncEndpoint[ImageAppsV2ObjectRemovalInput, ImageAppsV2ObjectRemovalOutput]
):
    """Image Apps V2 Object Removal (`fal-ai/image-apps-v2/object-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/object-removal/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/object-removal"
    input_model: ClassVar[type[ImageAppsV2ObjectRemovalInput]] = ImageAppsV2ObjectRemovalInput
    output_model: ClassVar[type[ImageAppsV2ObjectRemovalOutput]] = ImageAppsV2ObjectRemovalOutput
    Input = ImageAppsV2ObjectRemovalInput
    Output = ImageAppsV2ObjectRemovalOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2ObjectRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2ObjectRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ObjectRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2ObjectRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2ObjectRemoval(
    AsyncEndpoint[ImageAppsV2ObjectRemovalInput, ImageAppsV2ObjectRemovalOutput]
):
    """Image Apps V2 Object Removal (`fal-ai/image-apps-v2/object-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/object-removal/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/object-removal"
    input_model: ClassVar[type[ImageAppsV2ObjectRemovalInput]] = ImageAppsV2ObjectRemovalInput
    output_model: ClassVar[type[ImageAppsV2ObjectRemovalOutput]] = ImageAppsV2ObjectRemovalOutput
    Input = ImageAppsV2ObjectRemovalInput
    Output = ImageAppsV2ObjectRemovalOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2ObjectRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2ObjectRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ObjectRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object_to_remove: str,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2ObjectRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL containing object to remove. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            object_to_remove: Object to remove.
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_to_remove": object_to_remove,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
