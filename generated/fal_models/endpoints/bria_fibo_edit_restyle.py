# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/restyle` (Bria Fibo Edit Restyle)."""

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
from fal_models.models.bria_fibo_edit_restyle import (
    BriaFiboEditRestyleInput,
    BriaFiboEditRestyleOutput,
)

__all__ = [
    "BriaFiboEditRestyle",
    "AsyncBriaFiboEditRestyle",
    "BriaFiboEditRestyleInput",
    "BriaFiboEditRestyleOutput",
]


class BriaFiboEditRestyle(SyncEndpoint[BriaFiboEditRestyleInput, BriaFiboEditRestyleOutput]):
    """Bria Fibo Edit Restyle (`bria/fibo-edit/restyle`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/restyle/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/restyle"
    input_model: ClassVar[type[BriaFiboEditRestyleInput]] = BriaFiboEditRestyleInput
    output_model: ClassVar[type[BriaFiboEditRestyleOutput]] = BriaFiboEditRestyleOutput
    Input = BriaFiboEditRestyleInput
    Output = BriaFiboEditRestyleOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditRestyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditRestyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRestyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditRestyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditRestyle(AsyncEndpoint[BriaFiboEditRestyleInput, BriaFiboEditRestyleOutput]):
    """Bria Fibo Edit Restyle (`bria/fibo-edit/restyle`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/restyle/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/restyle"
    input_model: ClassVar[type[BriaFiboEditRestyleInput]] = BriaFiboEditRestyleInput
    output_model: ClassVar[type[BriaFiboEditRestyleOutput]] = BriaFiboEditRestyleOutput
    Input = BriaFiboEditRestyleInput
    Output = BriaFiboEditRestyleOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditRestyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditRestyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRestyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        style: Literal[
            "3D Render",
            "Cubism",
            "Oil Painting",
            "Anime",
            "Cartoon",
            "Coloring Book",
            "Retro Ad",
            "Pop Art Halftone",
            "Vector Art",
            "Story Board",
            "Art Nouveau",
            "Cross Etching",
            "Wood Cut",
        ],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditRestyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            style: Select the desired artistic style for the output image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "style": style,
            }
        )
        return self._stream(payload, options)
