# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/headshot-photo` (Image Apps V2 Headshot Photo)."""

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
from fal_models.models.image_apps_v2_headshot_photo import (
    AspectRatio,
    ImageAppsV2HeadshotPhotoInput,
    ImageAppsV2HeadshotPhotoOutput,
)

__all__ = [
    "ImageAppsV2HeadshotPhoto",
    "AsyncImageAppsV2HeadshotPhoto",
    "ImageAppsV2HeadshotPhotoInput",
    "ImageAppsV2HeadshotPhotoOutput",
]


class ImageAppsV2HeadshotPhoto(
    SyncEndpoint[ImageAppsV2HeadshotPhotoInput, ImageAppsV2HeadshotPhotoOutput]
):
    """Image Apps V2 Headshot Photo (`fal-ai/image-apps-v2/headshot-photo`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/headshot-photo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/headshot-photo"
    input_model: ClassVar[type[ImageAppsV2HeadshotPhotoInput]] = ImageAppsV2HeadshotPhotoInput
    output_model: ClassVar[type[ImageAppsV2HeadshotPhotoOutput]] = ImageAppsV2HeadshotPhotoOutput
    Input = ImageAppsV2HeadshotPhotoInput
    Output = ImageAppsV2HeadshotPhotoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2HeadshotPhotoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2HeadshotPhotoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2HeadshotPhotoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2HeadshotPhotoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2HeadshotPhoto(
    AsyncEndpoint[ImageAppsV2HeadshotPhotoInput, ImageAppsV2HeadshotPhotoOutput]
):
    """Image Apps V2 Headshot Photo (`fal-ai/image-apps-v2/headshot-photo`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/headshot-photo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/headshot-photo"
    input_model: ClassVar[type[ImageAppsV2HeadshotPhotoInput]] = ImageAppsV2HeadshotPhotoInput
    output_model: ClassVar[type[ImageAppsV2HeadshotPhotoOutput]] = ImageAppsV2HeadshotPhotoOutput
    Input = ImageAppsV2HeadshotPhotoInput
    Output = ImageAppsV2HeadshotPhotoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2HeadshotPhotoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2HeadshotPhotoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2HeadshotPhotoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        background_style: Literal["professional", "corporate", "clean", "gradient"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2HeadshotPhotoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL to convert to professional headshot. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            background_style: See fal's docs. Default: "professional".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "background_style": background_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
