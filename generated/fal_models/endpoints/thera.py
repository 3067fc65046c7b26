# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/thera` (Thera)."""

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
from fal_models.models.thera import TheraInput, TheraOutput

__all__ = ["Thera", "AsyncThera", "TheraInput", "TheraOutput"]


class Thera(SyncEndpoint[TheraInput, TheraOutput]):
    """Thera (`fal-ai/thera`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/thera/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/thera"
    input_model: ClassVar[type[TheraInput]] = TheraInput
    output_model: ClassVar[type[TheraOutput]] = TheraOutput
    Input = TheraInput
    Output = TheraOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TheraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TheraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TheraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TheraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncThera(AsyncEndpoint[TheraInput, TheraOutput]):
    """Thera (`fal-ai/thera`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/thera/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/thera"
    input_model: ClassVar[type[TheraInput]] = TheraInput
    output_model: ClassVar[type[TheraOutput]] = TheraOutput
    Input = TheraInput
    Output = TheraOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TheraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TheraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TheraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        backbone: Literal["edsr", "rdn"],
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TheraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for upscaling. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            upscale_factor: The upscaling factor for the image. Default: 2. Limits: minimum 1,
                maximum 6.
            backbone: Backbone to use for upscaling.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "backbone": backbone,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
