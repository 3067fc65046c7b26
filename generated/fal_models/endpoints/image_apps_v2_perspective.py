# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/perspective` (Image Apps V2 Perspective)."""

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
from fal_models.models.image_apps_v2_perspective import (
    AspectRatio,
    ImageAppsV2PerspectiveInput,
    ImageAppsV2PerspectiveOutput,
)

__all__ = [
    "ImageAppsV2Perspective",
    "AsyncImageAppsV2Perspective",
    "ImageAppsV2PerspectiveInput",
    "ImageAppsV2PerspectiveOutput",
]


class ImageAppsV2Perspective(
    SyncEndpoint[ImageAppsV2PerspectiveInput, ImageAppsV2PerspectiveOutput]
):
    """Image Apps V2 Perspective (`fal-ai/image-apps-v2/perspective`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/perspective/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/perspective"
    input_model: ClassVar[type[ImageAppsV2PerspectiveInput]] = ImageAppsV2PerspectiveInput
    output_model: ClassVar[type[ImageAppsV2PerspectiveOutput]] = ImageAppsV2PerspectiveOutput
    Input = ImageAppsV2PerspectiveInput
    Output = ImageAppsV2PerspectiveOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2PerspectiveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2PerspectiveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PerspectiveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2PerspectiveOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2Perspective(
    AsyncEndpoint[ImageAppsV2PerspectiveInput, ImageAppsV2PerspectiveOutput]
):
    """Image Apps V2 Perspective (`fal-ai/image-apps-v2/perspective`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/perspective/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/perspective"
    input_model: ClassVar[type[ImageAppsV2PerspectiveInput]] = ImageAppsV2PerspectiveInput
    output_model: ClassVar[type[ImageAppsV2PerspectiveOutput]] = ImageAppsV2PerspectiveOutput
    Input = ImageAppsV2PerspectiveInput
    Output = ImageAppsV2PerspectiveOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2PerspectiveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2PerspectiveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PerspectiveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_perspective: Literal[
            "front",
            "left_side",
            "right_side",
            "back",
            "top_down",
            "bottom_up",
            "birds_eye",
            "three_quarter_left",
            "three_quarter_right",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2PerspectiveOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for perspective change. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_perspective: See fal's docs. Default: "front".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_perspective": target_perspective,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
