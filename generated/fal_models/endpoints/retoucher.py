# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/retoucher` (Retoucher)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.retoucher import RetoucherInput, RetoucherOutput

__all__ = ["Retoucher", "AsyncRetoucher", "RetoucherInput", "RetoucherOutput"]


class Retoucher(SyncEndpoint[RetoucherInput, RetoucherOutput]):
    """Retoucher (`fal-ai/retoucher`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/retoucher/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/retoucher"
    input_model: ClassVar[type[RetoucherInput]] = RetoucherInput
    output_model: ClassVar[type[RetoucherOutput]] = RetoucherOutput
    Input = RetoucherInput
    Output = RetoucherOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RetoucherOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RetoucherOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RetoucherOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RetoucherOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncRetoucher(AsyncEndpoint[RetoucherInput, RetoucherOutput]):
    """Retoucher (`fal-ai/retoucher`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/retoucher/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/retoucher"
    input_model: ClassVar[type[RetoucherInput]] = RetoucherInput
    output_model: ClassVar[type[RetoucherOutput]] = RetoucherOutput
    Input = RetoucherInput
    Output = RetoucherOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RetoucherOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RetoucherOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RetoucherOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RetoucherOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be retouched. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
