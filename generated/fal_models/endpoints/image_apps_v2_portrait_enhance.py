# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/portrait-enhance` (Image Apps V2 Portrait Enhance)."""

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
from fal_models.models.image_apps_v2_portrait_enhance import (
    AspectRatio,
    ImageAppsV2PortraitEnhanceInput,
    ImageAppsV2PortraitEnhanceOutput,
)

__all__ = [
    "ImageAppsV2PortraitEnhance",
    "AsyncImageAppsV2PortraitEnhance",
    "ImageAppsV2PortraitEnhanceInput",
    "ImageAppsV2PortraitEnhanceOutput",
]


class ImageAppsV2PortraitEnhance(
    SyncEndpoint[ImageAppsV2PortraitEnhanceInput, ImageAppsV2PortraitEnhanceOutput]
):
    """Image Apps V2 Portrait Enhance (`fal-ai/image-apps-v2/portrait-enhance`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/portrait-enhance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/portrait-enhance"
    input_model: ClassVar[type[ImageAppsV2PortraitEnhanceInput]] = ImageAppsV2PortraitEnhanceInput
    output_model: ClassVar[type[ImageAppsV2PortraitEnhanceOutput]] = (
        ImageAppsV2PortraitEnhanceOutput
    )
    Input = ImageAppsV2PortraitEnhanceInput
    Output = ImageAppsV2PortraitEnhanceOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2PortraitEnhanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2PortraitEnhanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PortraitEnhanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2PortraitEnhanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2PortraitEnhance(
    AsyncEndpoint[ImageAppsV2PortraitEnhanceInput, ImageAppsV2PortraitEnhanceOutput]
):
    """Image Apps V2 Portrait Enhance (`fal-ai/image-apps-v2/portrait-enhance`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/portrait-enhance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/portrait-enhance"
    input_model: ClassVar[type[ImageAppsV2PortraitEnhanceInput]] = ImageAppsV2PortraitEnhanceInput
    output_model: ClassVar[type[ImageAppsV2PortraitEnhanceOutput]] = (
        ImageAppsV2PortraitEnhanceOutput
    )
    Input = ImageAppsV2PortraitEnhanceInput
    Output = ImageAppsV2PortraitEnhanceOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2PortraitEnhanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2PortraitEnhanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PortraitEnhanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2PortraitEnhanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL to enhance. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
