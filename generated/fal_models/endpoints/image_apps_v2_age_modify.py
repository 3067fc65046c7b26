# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/age-modify` (Image Apps V2 Age Modify)."""

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
from fal_models.models.image_apps_v2_age_modify import (
    AspectRatio,
    ImageAppsV2AgeModifyInput,
    ImageAppsV2AgeModifyOutput,
)

__all__ = [
    "ImageAppsV2AgeModify",
    "AsyncImageAppsV2AgeModify",
    "ImageAppsV2AgeModifyInput",
    "ImageAppsV2AgeModifyOutput",
]


class ImageAppsV2AgeModify(SyncEndpoint[ImageAppsV2AgeModifyInput, ImageAppsV2AgeModifyOutput]):
    """Image Apps V2 Age Modify (`fal-ai/image-apps-v2/age-modify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/age-modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/age-modify"
    input_model: ClassVar[type[ImageAppsV2AgeModifyInput]] = ImageAppsV2AgeModifyInput
    output_model: ClassVar[type[ImageAppsV2AgeModifyOutput]] = ImageAppsV2AgeModifyOutput
    Input = ImageAppsV2AgeModifyInput
    Output = ImageAppsV2AgeModifyOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2AgeModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2AgeModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2AgeModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2AgeModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2AgeModify(
    AsyncEndpoint[ImageAppsV2AgeModifyInput, ImageAppsV2AgeModifyOutput]
):
    """Image Apps V2 Age Modify (`fal-ai/image-apps-v2/age-modify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/age-modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/age-modify"
    input_model: ClassVar[type[ImageAppsV2AgeModifyInput]] = ImageAppsV2AgeModifyInput
    output_model: ClassVar[type[ImageAppsV2AgeModifyOutput]] = ImageAppsV2AgeModifyOutput
    Input = ImageAppsV2AgeModifyInput
    Output = ImageAppsV2AgeModifyOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2AgeModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2AgeModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2AgeModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_age: int | Omit = omit,
        preserve_identity: bool | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2AgeModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for age modification. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_age: See fal's docs. Default: 30. Limits: minimum 6, maximum 100.
            preserve_identity: See fal's docs. Default: true.
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_age": target_age,
                "preserve_identity": preserve_identity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
