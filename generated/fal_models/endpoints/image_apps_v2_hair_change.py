# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/hair-change` (Image Apps V2 Hair Change)."""

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
from fal_models.models.image_apps_v2_hair_change import (
    AspectRatio,
    ImageAppsV2HairChangeInput,
    ImageAppsV2HairChangeOutput,
)

__all__ = [
    "ImageAppsV2HairChange",
    "AsyncImageAppsV2HairChange",
    "ImageAppsV2HairChangeInput",
    "ImageAppsV2HairChangeOutput",
]


class ImageAppsV2HairChange(SyncEndpoint[ImageAppsV2HairChangeInput, ImageAppsV2HairChangeOutput]):
    """Image Apps V2 Hair Change (`fal-ai/image-apps-v2/hair-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/hair-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/hair-change"
    input_model: ClassVar[type[ImageAppsV2HairChangeInput]] = ImageAppsV2HairChangeInput
    output_model: ClassVar[type[ImageAppsV2HairChangeOutput]] = ImageAppsV2HairChangeOutput
    Input = ImageAppsV2HairChangeInput
    Output = ImageAppsV2HairChangeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2HairChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2HairChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2HairChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2HairChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2HairChange(
    AsyncEndpoint[ImageAppsV2HairChangeInput, ImageAppsV2HairChangeOutput]
):
    """Image Apps V2 Hair Change (`fal-ai/image-apps-v2/hair-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/hair-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/hair-change"
    input_model: ClassVar[type[ImageAppsV2HairChangeInput]] = ImageAppsV2HairChangeInput
    output_model: ClassVar[type[ImageAppsV2HairChangeOutput]] = ImageAppsV2HairChangeOutput
    Input = ImageAppsV2HairChangeInput
    Output = ImageAppsV2HairChangeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2HairChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2HairChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2HairChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_hairstyle: Literal[
            "short_hair",
            "medium_long_hair",
            "long_hair",
            "curly_hair",
            "wavy_hair",
            "high_ponytail",
            "bun",
            "bob_cut",
            "pixie_cut",
            "braids",
            "straight_hair",
            "afro",
            "dreadlocks",
            "buzz_cut",
            "mohawk",
            "bangs",
            "side_part",
            "middle_part",
        ]
        | Omit = omit,
        hair_color: Literal[
            "black",
            "dark_brown",
            "light_brown",
            "blonde",
            "platinum_blonde",
            "red",
            "auburn",
            "gray",
            "silver",
            "blue",
            "green",
            "purple",
            "pink",
            "rainbow",
            "natural",
            "highlights",
            "ombre",
            "balayage",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2HairChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for hair change. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_hairstyle: See fal's docs. Default: "long_hair".
            hair_color: See fal's docs. Default: "natural".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_hairstyle": target_hairstyle,
                "hair_color": hair_color,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
