# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ghiblify` (Ghiblify)."""

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
from fal_models.models.ghiblify import GhiblifyInput, GhiblifyOutput

__all__ = ["Ghiblify", "AsyncGhiblify", "GhiblifyInput", "GhiblifyOutput"]


class Ghiblify(SyncEndpoint[GhiblifyInput, GhiblifyOutput]):
    """Ghiblify (`fal-ai/ghiblify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ghiblify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ghiblify"
    input_model: ClassVar[type[GhiblifyInput]] = GhiblifyInput
    output_model: ClassVar[type[GhiblifyOutput]] = GhiblifyOutput
    Input = GhiblifyInput
    Output = GhiblifyOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GhiblifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GhiblifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GhiblifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GhiblifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncGhiblify(AsyncEndpoint[GhiblifyInput, GhiblifyOutput]):
    """Ghiblify (`fal-ai/ghiblify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ghiblify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ghiblify"
    input_model: ClassVar[type[GhiblifyInput]] = GhiblifyInput
    output_model: ClassVar[type[GhiblifyOutput]] = GhiblifyOutput
    Input = GhiblifyInput
    Output = GhiblifyOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GhiblifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GhiblifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GhiblifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GhiblifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
