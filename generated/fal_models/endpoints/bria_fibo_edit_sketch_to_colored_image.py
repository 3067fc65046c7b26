# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/sketch_to_colored_image` (Bria Fibo Edit Sketch To Colored
Image).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.bria_fibo_edit_sketch_to_colored_image import (
    BriaFiboEditSketchToColoredImageInput,
    BriaFiboEditSketchToColoredImageOutput,
)

__all__ = [
    "BriaFiboEditSketchToColoredImage",
    "AsyncBriaFiboEditSketchToColoredImage",
    "BriaFiboEditSketchToColoredImageInput",
    "BriaFiboEditSketchToColoredImageOutput",
]


class BriaFiboEditSketchToColoredImage(
    SyncEndpoint[BriaFiboEditSketchToColoredImageInput, BriaFiboEditSketchToColoredImageOutput]
):
    """Bria Fibo Edit Sketch To Colored Image (`bria/fibo-edit/sketch_to_colored_image`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/sketch_to_colored_image/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/sketch_to_colored_image"
    input_model: ClassVar[type[BriaFiboEditSketchToColoredImageInput]] = (
        BriaFiboEditSketchToColoredImageInput
    )
    output_model: ClassVar[type[BriaFiboEditSketchToColoredImageOutput]] = (
        BriaFiboEditSketchToColoredImageOutput
    )
    Input = BriaFiboEditSketchToColoredImageInput
    Output = BriaFiboEditSketchToColoredImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditSketchToColoredImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditSketchToColoredImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditSketchToColoredImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditSketchToColoredImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditSketchToColoredImage(
    AsyncEndpoint[BriaFiboEditSketchToColoredImageInput, BriaFiboEditSketchToColoredImageOutput]
):
    """Bria Fibo Edit Sketch To Colored Image (`bria/fibo-edit/sketch_to_colored_image`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/sketch_to_colored_image/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/sketch_to_colored_image"
    input_model: ClassVar[type[BriaFiboEditSketchToColoredImageInput]] = (
        BriaFiboEditSketchToColoredImageInput
    )
    output_model: ClassVar[type[BriaFiboEditSketchToColoredImageOutput]] = (
        BriaFiboEditSketchToColoredImageOutput
    )
    Input = BriaFiboEditSketchToColoredImageInput
    Output = BriaFiboEditSketchToColoredImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditSketchToColoredImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditSketchToColoredImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditSketchToColoredImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditSketchToColoredImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
