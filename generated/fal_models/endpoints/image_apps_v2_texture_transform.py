# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/texture-transform` (Image Apps V2 Texture
Transform).
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
from fal_models.models.image_apps_v2_texture_transform import (
    AspectRatio,
    ImageAppsV2TextureTransformInput,
    ImageAppsV2TextureTransformOutput,
)

__all__ = [
    "ImageAppsV2TextureTransform",
    "AsyncImageAppsV2TextureTransform",
    "ImageAppsV2TextureTransformInput",
    "ImageAppsV2TextureTransformOutput",
]


class ImageAppsV2TextureTransform(
    SyncEndpoint[ImageAppsV2TextureTransformInput, ImageAppsV2TextureTransformOutput]
):
    """Image Apps V2 Texture Transform (`fal-ai/image-apps-v2/texture-transform`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/texture-transform/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/texture-transform"
    input_model: ClassVar[type[ImageAppsV2TextureTransformInput]] = ImageAppsV2TextureTransformInput
    output_model: ClassVar[type[ImageAppsV2TextureTransformOutput]] = (
        ImageAppsV2TextureTransformOutput
    )
    Input = ImageAppsV2TextureTransformInput
    Output = ImageAppsV2TextureTransformOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2TextureTransformOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2TextureTransformOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2TextureTransformOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2TextureTransformOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2TextureTransform(
    AsyncEndpoint[ImageAppsV2TextureTransformInput, ImageAppsV2TextureTransformOutput]
):
    """Image Apps V2 Texture Transform (`fal-ai/image-apps-v2/texture-transform`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/texture-transform/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/texture-transform"
    input_model: ClassVar[type[ImageAppsV2TextureTransformInput]] = ImageAppsV2TextureTransformInput
    output_model: ClassVar[type[ImageAppsV2TextureTransformOutput]] = (
        ImageAppsV2TextureTransformOutput
    )
    Input = ImageAppsV2TextureTransformInput
    Output = ImageAppsV2TextureTransformOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2TextureTransformOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2TextureTransformOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2TextureTransformOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_texture: Literal[
            "cotton",
            "denim",
            "wool",
            "felt",
            "wood",
            "leather",
            "velvet",
            "stone",
            "marble",
            "ceramic",
            "concrete",
            "brick",
            "clay",
            "foam",
            "glass",
            "metal",
            "silk",
            "fabric",
            "crystal",
            "rubber",
            "plastic",
            "lace",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2TextureTransformOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for texture transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_texture: See fal's docs. Default: "marble".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_texture": target_texture,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
