# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/photo-restoration` (Image Apps V2 Photo
Restoration).
"""

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
from fal_models.models.image_apps_v2_photo_restoration import (
    AspectRatio,
    ImageAppsV2PhotoRestorationInput,
    ImageAppsV2PhotoRestorationOutput,
)

__all__ = [
    "ImageAppsV2PhotoRestoration",
    "AsyncImageAppsV2PhotoRestoration",
    "ImageAppsV2PhotoRestorationInput",
    "ImageAppsV2PhotoRestorationOutput",
]


class ImageAppsV2PhotoRestoration(
    SyncEndpoint[ImageAppsV2PhotoRestorationInput, ImageAppsV2PhotoRestorationOutput]
):
    """Image Apps V2 Photo Restoration (`fal-ai/image-apps-v2/photo-restoration`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/photo-restoration/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/photo-restoration"
    input_model: ClassVar[type[ImageAppsV2PhotoRestorationInput]] = ImageAppsV2PhotoRestorationInput
    output_model: ClassVar[type[ImageAppsV2PhotoRestorationOutput]] = (
        ImageAppsV2PhotoRestorationOutput
    )
    Input = ImageAppsV2PhotoRestorationInput
    Output = ImageAppsV2PhotoRestorationOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2PhotoRestorationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2PhotoRestorationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PhotoRestorationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2PhotoRestorationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2PhotoRestoration(
    AsyncEndpoint[ImageAppsV2PhotoRestorationInput, ImageAppsV2PhotoRestorationOutput]
):
    """Image Apps V2 Photo Restoration (`fal-ai/image-apps-v2/photo-restoration`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/photo-restoration/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/photo-restoration"
    input_model: ClassVar[type[ImageAppsV2PhotoRestorationInput]] = ImageAppsV2PhotoRestorationInput
    output_model: ClassVar[type[ImageAppsV2PhotoRestorationOutput]] = (
        ImageAppsV2PhotoRestorationOutput
    )
    Input = ImageAppsV2PhotoRestorationInput
    Output = ImageAppsV2PhotoRestorationOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2PhotoRestorationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2PhotoRestorationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PhotoRestorationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        enhance_resolution: bool | Omit = omit,
        fix_colors: bool | Omit = omit,
        remove_scratches: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2PhotoRestorationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Old or damaged photo URL to restore. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            enhance_resolution: See fal's docs. Default: true.
            fix_colors: See fal's docs. Default: true.
            remove_scratches: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 4:3 for classic photos).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enhance_resolution": enhance_resolution,
                "fix_colors": fix_colors,
                "remove_scratches": remove_scratches,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
