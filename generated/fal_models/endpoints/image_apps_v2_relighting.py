# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/relighting` (Image Apps V2 Relighting)."""

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
from fal_models.models.image_apps_v2_relighting import (
    AspectRatio,
    ImageAppsV2RelightingInput,
    ImageAppsV2RelightingOutput,
)

__all__ = [
    "ImageAppsV2Relighting",
    "AsyncImageAppsV2Relighting",
    "ImageAppsV2RelightingInput",
    "ImageAppsV2RelightingOutput",
]


class ImageAppsV2Relighting(SyncEndpoint[ImageAppsV2RelightingInput, ImageAppsV2RelightingOutput]):
    """Image Apps V2 Relighting (`fal-ai/image-apps-v2/relighting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/relighting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/relighting"
    input_model: ClassVar[type[ImageAppsV2RelightingInput]] = ImageAppsV2RelightingInput
    output_model: ClassVar[type[ImageAppsV2RelightingOutput]] = ImageAppsV2RelightingOutput
    Input = ImageAppsV2RelightingInput
    Output = ImageAppsV2RelightingOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2RelightingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2RelightingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2RelightingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2RelightingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2Relighting(
    AsyncEndpoint[ImageAppsV2RelightingInput, ImageAppsV2RelightingOutput]
):
    """Image Apps V2 Relighting (`fal-ai/image-apps-v2/relighting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/relighting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/relighting"
    input_model: ClassVar[type[ImageAppsV2RelightingInput]] = ImageAppsV2RelightingInput
    output_model: ClassVar[type[ImageAppsV2RelightingOutput]] = ImageAppsV2RelightingOutput
    Input = ImageAppsV2RelightingInput
    Output = ImageAppsV2RelightingOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2RelightingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2RelightingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2RelightingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        lighting_style: Literal[
            "natural",
            "studio",
            "golden_hour",
            "blue_hour",
            "dramatic",
            "soft",
            "hard",
            "backlight",
            "side_light",
            "front_light",
            "rim_light",
            "sunset",
            "sunrise",
            "neon",
            "candlelight",
            "moonlight",
            "spotlight",
            "ambient",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2RelightingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for relighting. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            lighting_style: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "lighting_style": lighting_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
