# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/makeup-application` (Image Apps V2 Makeup
Application).
"""

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
from fal_models.models.image_apps_v2_makeup_application import (
    AspectRatio,
    ImageAppsV2MakeupApplicationInput,
    ImageAppsV2MakeupApplicationOutput,
)

__all__ = [
    "ImageAppsV2MakeupApplication",
    "AsyncImageAppsV2MakeupApplication",
    "ImageAppsV2MakeupApplicationInput",
    "ImageAppsV2MakeupApplicationOutput",
]


class ImageAppsV2MakeupApplication(
    SyncEndpoint[ImageAppsV2MakeupApplicationInput, ImageAppsV2MakeupApplicationOutput]
):
    """Image Apps V2 Makeup Application (`fal-ai/image-apps-v2/makeup-application`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/makeup-application/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/makeup-application"
    input_model: ClassVar[type[ImageAppsV2MakeupApplicationInput]] = (
        ImageAppsV2MakeupApplicationInput
    )
    output_model: ClassVar[type[ImageAppsV2MakeupApplicationOutput]] = (
        ImageAppsV2MakeupApplicationOutput
    )
    Input = ImageAppsV2MakeupApplicationInput
    Output = ImageAppsV2MakeupApplicationOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2MakeupApplicationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2MakeupApplicationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2MakeupApplicationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2MakeupApplicationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2MakeupApplication(
    AsyncEndpoint[ImageAppsV2MakeupApplicationInput, ImageAppsV2MakeupApplicationOutput]
):
    """Image Apps V2 Makeup Application (`fal-ai/image-apps-v2/makeup-application`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/makeup-application/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/makeup-application"
    input_model: ClassVar[type[ImageAppsV2MakeupApplicationInput]] = (
        ImageAppsV2MakeupApplicationInput
    )
    output_model: ClassVar[type[ImageAppsV2MakeupApplicationOutput]] = (
        ImageAppsV2MakeupApplicationOutput
    )
    Input = ImageAppsV2MakeupApplicationInput
    Output = ImageAppsV2MakeupApplicationOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2MakeupApplicationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2MakeupApplicationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2MakeupApplicationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        makeup_style: Literal[
            "natural",
            "glamorous",
            "smoky_eyes",
            "bold_lips",
            "no_makeup",
            "remove_makeup",
            "dramatic",
            "bridal",
            "professional",
            "korean_style",
            "artistic",
        ]
        | Omit = omit,
        intensity: Literal["light", "medium", "heavy", "dramatic"] | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2MakeupApplicationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for makeup application. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            makeup_style: See fal's docs. Default: "natural".
            intensity: See fal's docs. Default: "medium".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "makeup_style": makeup_style,
                "intensity": intensity,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
