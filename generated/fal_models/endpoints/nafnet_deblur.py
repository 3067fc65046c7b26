# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/nafnet/deblur` (Nafnet Deblur)."""

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
from fal_models.models.nafnet_deblur import NafnetDeblurInput, NafnetDeblurOutput

__all__ = ["NafnetDeblur", "AsyncNafnetDeblur", "NafnetDeblurInput", "NafnetDeblurOutput"]


class NafnetDeblur(SyncEndpoint[NafnetDeblurInput, NafnetDeblurOutput]):
    """Nafnet Deblur (`fal-ai/nafnet/deblur`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/nafnet/deblur/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nafnet/deblur"
    input_model: ClassVar[type[NafnetDeblurInput]] = NafnetDeblurInput
    output_model: ClassVar[type[NafnetDeblurOutput]] = NafnetDeblurOutput
    Input = NafnetDeblurInput
    Output = NafnetDeblurOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> NafnetDeblurOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[NafnetDeblurOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NafnetDeblurOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[NafnetDeblurOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncNafnetDeblur(AsyncEndpoint[NafnetDeblurInput, NafnetDeblurOutput]):
    """Nafnet Deblur (`fal-ai/nafnet/deblur`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/nafnet/deblur/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nafnet/deblur"
    input_model: ClassVar[type[NafnetDeblurInput]] = NafnetDeblurInput
    output_model: ClassVar[type[NafnetDeblurOutput]] = NafnetDeblurOutput
    Input = NafnetDeblurInput
    Output = NafnetDeblurOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> NafnetDeblurOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[NafnetDeblurOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NafnetDeblurOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
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
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[NafnetDeblurOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
