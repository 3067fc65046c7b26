# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/reseason` (Bria Fibo Edit Reseason)."""

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
from fal_models.models.bria_fibo_edit_reseason import (
    BriaFiboEditReseasonInput,
    BriaFiboEditReseasonOutput,
)

__all__ = [
    "BriaFiboEditReseason",
    "AsyncBriaFiboEditReseason",
    "BriaFiboEditReseasonInput",
    "BriaFiboEditReseasonOutput",
]


class BriaFiboEditReseason(SyncEndpoint[BriaFiboEditReseasonInput, BriaFiboEditReseasonOutput]):
    """Bria Fibo Edit Reseason (`bria/fibo-edit/reseason`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/reseason/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/reseason"
    input_model: ClassVar[type[BriaFiboEditReseasonInput]] = BriaFiboEditReseasonInput
    output_model: ClassVar[type[BriaFiboEditReseasonOutput]] = BriaFiboEditReseasonOutput
    Input = BriaFiboEditReseasonInput
    Output = BriaFiboEditReseasonOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditReseasonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditReseasonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditReseasonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditReseasonOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditReseason(
    AsyncEndpoint[BriaFiboEditReseasonInput, BriaFiboEditReseasonOutput]
):
    """Bria Fibo Edit Reseason (`bria/fibo-edit/reseason`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/reseason/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/reseason"
    input_model: ClassVar[type[BriaFiboEditReseasonInput]] = BriaFiboEditReseasonInput
    output_model: ClassVar[type[BriaFiboEditReseasonOutput]] = BriaFiboEditReseasonOutput
    Input = BriaFiboEditReseasonInput
    Output = BriaFiboEditReseasonOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditReseasonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditReseasonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditReseasonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        season: Literal["spring", "summer", "autumn", "winter"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditReseasonOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            season: The desired season.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "season": season,
            }
        )
        return self._stream(payload, options)
