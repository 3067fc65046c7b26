# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/expression-change` (Image Apps V2 Expression
Change).
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
from fal_models.models.image_apps_v2_expression_change import (
    AspectRatio,
    ImageAppsV2ExpressionChangeInput,
    ImageAppsV2ExpressionChangeOutput,
)

__all__ = [
    "ImageAppsV2ExpressionChange",
    "AsyncImageAppsV2ExpressionChange",
    "ImageAppsV2ExpressionChangeInput",
    "ImageAppsV2ExpressionChangeOutput",
]


class ImageAppsV2ExpressionChange(
    SyncEndpoint[ImageAppsV2ExpressionChangeInput, ImageAppsV2ExpressionChangeOutput]
):
    """Image Apps V2 Expression Change (`fal-ai/image-apps-v2/expression-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/expression-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/expression-change"
    input_model: ClassVar[type[ImageAppsV2ExpressionChangeInput]] = ImageAppsV2ExpressionChangeInput
    output_model: ClassVar[type[ImageAppsV2ExpressionChangeOutput]] = (
        ImageAppsV2ExpressionChangeOutput
    )
    Input = ImageAppsV2ExpressionChangeInput
    Output = ImageAppsV2ExpressionChangeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2ExpressionChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2ExpressionChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ExpressionChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2ExpressionChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2ExpressionChange(
    AsyncEndpoint[ImageAppsV2ExpressionChangeInput, ImageAppsV2ExpressionChangeOutput]
):
    """Image Apps V2 Expression Change (`fal-ai/image-apps-v2/expression-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/expression-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/expression-change"
    input_model: ClassVar[type[ImageAppsV2ExpressionChangeInput]] = ImageAppsV2ExpressionChangeInput
    output_model: ClassVar[type[ImageAppsV2ExpressionChangeOutput]] = (
        ImageAppsV2ExpressionChangeOutput
    )
    Input = ImageAppsV2ExpressionChangeInput
    Output = ImageAppsV2ExpressionChangeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2ExpressionChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2ExpressionChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2ExpressionChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_expression: Literal[
            "smile",
            "surprise",
            "glare",
            "panic",
            "shyness",
            "laugh",
            "cry",
            "angry",
            "sad",
            "happy",
            "excited",
            "shocked",
            "confused",
            "focused",
            "dreamy",
            "serious",
            "playful",
            "mysterious",
            "confident",
            "thoughtful",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2ExpressionChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Portrait image URL for expression change. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            target_expression: See fal's docs. Default: "smile".
            aspect_ratio: Aspect ratio for 4K output (default: 3:4 for portraits).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_expression": target_expression,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
