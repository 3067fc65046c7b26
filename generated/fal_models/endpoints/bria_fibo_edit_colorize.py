# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/colorize` (Bria Fibo Edit Colorize)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models.models.bria_fibo_edit_colorize import (
    BriaFiboEditColorizeInput,
    BriaFiboEditColorizeOutput,
)

__all__ = [
    "BriaFiboEditColorize",
    "AsyncBriaFiboEditColorize",
    "BriaFiboEditColorizeInput",
    "BriaFiboEditColorizeOutput",
]


class BriaFiboEditColorize(SyncEndpoint[BriaFiboEditColorizeInput, BriaFiboEditColorizeOutput]):
    """Bria Fibo Edit Colorize (`bria/fibo-edit/colorize`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/colorize/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/colorize"
    input_model: ClassVar[type[BriaFiboEditColorizeInput]] = BriaFiboEditColorizeInput
    output_model: ClassVar[type[BriaFiboEditColorizeOutput]] = BriaFiboEditColorizeOutput
    Input = BriaFiboEditColorizeInput
    Output = BriaFiboEditColorizeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditColorizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditColorizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditColorizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditColorizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditColorize(
    AsyncEndpoint[BriaFiboEditColorizeInput, BriaFiboEditColorizeOutput]
):
    """Bria Fibo Edit Colorize (`bria/fibo-edit/colorize`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/colorize/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/colorize"
    input_model: ClassVar[type[BriaFiboEditColorizeInput]] = BriaFiboEditColorizeInput
    output_model: ClassVar[type[BriaFiboEditColorizeOutput]] = BriaFiboEditColorizeOutput
    Input = BriaFiboEditColorizeInput
    Output = BriaFiboEditColorizeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditColorizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditColorizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditColorizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        color: Literal[
            "contemporary color", "vivid color", "black and white colors", "sepia vintage"
        ],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditColorizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            color: Select the color palette or aesthetic for the output image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "color": color,
            }
        )
        return self._stream(payload, options)
