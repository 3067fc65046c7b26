# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/style-transfer` (Image Apps V2 Style Transfer)."""

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
from fal_models.models.image_apps_v2_style_transfer import (
    AspectRatio,
    ImageAppsV2StyleTransferInput,
    ImageAppsV2StyleTransferOutput,
)

__all__ = [
    "ImageAppsV2StyleTransfer",
    "AsyncImageAppsV2StyleTransfer",
    "ImageAppsV2StyleTransferInput",
    "ImageAppsV2StyleTransferOutput",
]


class ImageAppsV2StyleTransfer(
    SyncEndpoint[ImageAppsV2StyleTransferInput, ImageAppsV2StyleTransferOutput]
):
    """Image Apps V2 Style Transfer (`fal-ai/image-apps-v2/style-transfer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/style-transfer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/style-transfer"
    input_model: ClassVar[type[ImageAppsV2StyleTransferInput]] = ImageAppsV2StyleTransferInput
    output_model: ClassVar[type[ImageAppsV2StyleTransferOutput]] = ImageAppsV2StyleTransferOutput
    Input = ImageAppsV2StyleTransferInput
    Output = ImageAppsV2StyleTransferOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2StyleTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2StyleTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2StyleTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2StyleTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2StyleTransfer(
    AsyncEndpoint[ImageAppsV2StyleTransferInput, ImageAppsV2StyleTransferOutput]
):
    """Image Apps V2 Style Transfer (`fal-ai/image-apps-v2/style-transfer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/style-transfer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/style-transfer"
    input_model: ClassVar[type[ImageAppsV2StyleTransferInput]] = ImageAppsV2StyleTransferInput
    output_model: ClassVar[type[ImageAppsV2StyleTransferOutput]] = ImageAppsV2StyleTransferOutput
    Input = ImageAppsV2StyleTransferInput
    Output = ImageAppsV2StyleTransferOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2StyleTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2StyleTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2StyleTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        style_reference_image_url: FileInput | None | Omit = omit,
        target_style: Literal[
            "anime_character",
            "cartoon_3d",
            "hand_drawn_animation",
            "cyberpunk_future",
            "anime_game_style",
            "comic_book_animation",
            "animated_series",
            "cartoon_animation",
            "lofi_aesthetic",
            "cottagecore",
            "dark_academia",
            "y2k",
            "vaporwave",
            "liminal_space",
            "weirdcore",
            "dreamcore",
            "synthwave",
            "outrun",
            "photorealistic",
            "hyperrealistic",
            "digital_art",
            "concept_art",
            "impressionist",
            "anime",
            "pixel_art",
            "claymation",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2StyleTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for style transfer. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            style_reference_image_url: Optional reference image URL. When provided, the style will
                be inferred from this image instead of the selected preset style. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_style: See fal's docs. Default: "impressionist".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style_reference_image_url": style_reference_image_url,
                "target_style": target_style,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
