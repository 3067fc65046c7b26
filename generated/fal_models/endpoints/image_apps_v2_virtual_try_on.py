# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/virtual-try-on` (Image Apps V2 Virtual Try On)."""

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
from fal_models.models.image_apps_v2_virtual_try_on import (
    AspectRatio,
    ImageAppsV2VirtualTryOnInput,
    ImageAppsV2VirtualTryOnOutput,
)

__all__ = [
    "ImageAppsV2VirtualTryOn",
    "AsyncImageAppsV2VirtualTryOn",
    "ImageAppsV2VirtualTryOnInput",
    "ImageAppsV2VirtualTryOnOutput",
]


class ImageAppsV2VirtualTryOn(
    SyncEndpoint[ImageAppsV2VirtualTryOnInput, ImageAppsV2VirtualTryOnOutput]
):
    """Image Apps V2 Virtual Try On (`fal-ai/image-apps-v2/virtual-try-on`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/virtual-try-on/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/virtual-try-on"
    input_model: ClassVar[type[ImageAppsV2VirtualTryOnInput]] = ImageAppsV2VirtualTryOnInput
    output_model: ClassVar[type[ImageAppsV2VirtualTryOnOutput]] = ImageAppsV2VirtualTryOnOutput
    Input = ImageAppsV2VirtualTryOnInput
    Output = ImageAppsV2VirtualTryOnOutput

    def subscribe(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2VirtualTryOnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2VirtualTryOnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2VirtualTryOnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2VirtualTryOnOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2VirtualTryOn(
    AsyncEndpoint[ImageAppsV2VirtualTryOnInput, ImageAppsV2VirtualTryOnOutput]
):
    """Image Apps V2 Virtual Try On (`fal-ai/image-apps-v2/virtual-try-on`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/virtual-try-on/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/virtual-try-on"
    input_model: ClassVar[type[ImageAppsV2VirtualTryOnInput]] = ImageAppsV2VirtualTryOnInput
    output_model: ClassVar[type[ImageAppsV2VirtualTryOnOutput]] = ImageAppsV2VirtualTryOnOutput
    Input = ImageAppsV2VirtualTryOnInput
    Output = ImageAppsV2VirtualTryOnOutput

    async def subscribe(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2VirtualTryOnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2VirtualTryOnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2VirtualTryOnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        clothing_image_url: FileInput,
        preserve_pose: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2VirtualTryOnOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            clothing_image_url: Clothing photo URL. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            preserve_pose: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for fashion).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "clothing_image_url": clothing_image_url,
                "preserve_pose": preserve_pose,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
