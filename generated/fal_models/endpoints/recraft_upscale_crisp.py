# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/upscale/crisp` (Recraft Upscale Crisp)."""

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
from fal_models.models.recraft_upscale_crisp import (
    RecraftUpscaleCrispInput,
    RecraftUpscaleCrispOutput,
)

__all__ = [
    "RecraftUpscaleCrisp",
    "AsyncRecraftUpscaleCrisp",
    "RecraftUpscaleCrispInput",
    "RecraftUpscaleCrispOutput",
]


class RecraftUpscaleCrisp(SyncEndpoint[RecraftUpscaleCrispInput, RecraftUpscaleCrispOutput]):
    """Recraft Upscale Crisp (`fal-ai/recraft/upscale/crisp`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/upscale/crisp/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/upscale/crisp"
    input_model: ClassVar[type[RecraftUpscaleCrispInput]] = RecraftUpscaleCrispInput
    output_model: ClassVar[type[RecraftUpscaleCrispOutput]] = RecraftUpscaleCrispOutput
    Input = RecraftUpscaleCrispInput
    Output = RecraftUpscaleCrispOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RecraftUpscaleCrispOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RecraftUpscaleCrispOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftUpscaleCrispOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RecraftUpscaleCrispOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncRecraftUpscaleCrisp(AsyncEndpoint[RecraftUpscaleCrispInput, RecraftUpscaleCrispOutput]):
    """Recraft Upscale Crisp (`fal-ai/recraft/upscale/crisp`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/upscale/crisp/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/upscale/crisp"
    input_model: ClassVar[type[RecraftUpscaleCrispInput]] = RecraftUpscaleCrispInput
    output_model: ClassVar[type[RecraftUpscaleCrispOutput]] = RecraftUpscaleCrispOutput
    Input = RecraftUpscaleCrispInput
    Output = RecraftUpscaleCrispOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftUpscaleCrispOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RecraftUpscaleCrispOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftUpscaleCrispOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RecraftUpscaleCrispOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be upscaled. Must be in PNG format. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
