# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-photon/flash` (Luma Photon Flash)."""

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
from fal_models.models.luma_photon_flash import LumaPhotonFlashInput, LumaPhotonFlashOutput

__all__ = [
    "LumaPhotonFlash",
    "AsyncLumaPhotonFlash",
    "LumaPhotonFlashInput",
    "LumaPhotonFlashOutput",
]


class LumaPhotonFlash(SyncEndpoint[LumaPhotonFlashInput, LumaPhotonFlashOutput]):
    """Luma Photon Flash (`fal-ai/luma-photon/flash`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/flash/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/flash"
    input_model: ClassVar[type[LumaPhotonFlashInput]] = LumaPhotonFlashInput
    output_model: ClassVar[type[LumaPhotonFlashOutput]] = LumaPhotonFlashOutput
    Input = LumaPhotonFlashInput
    Output = LumaPhotonFlashOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaPhotonFlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaPhotonFlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaPhotonFlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaPhotonFlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncLumaPhotonFlash(AsyncEndpoint[LumaPhotonFlashInput, LumaPhotonFlashOutput]):
    """Luma Photon Flash (`fal-ai/luma-photon/flash`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/flash/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/flash"
    input_model: ClassVar[type[LumaPhotonFlashInput]] = LumaPhotonFlashInput
    output_model: ClassVar[type[LumaPhotonFlashOutput]] = LumaPhotonFlashOutput
    Input = LumaPhotonFlashInput
    Output = LumaPhotonFlashOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaPhotonFlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaPhotonFlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaPhotonFlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaPhotonFlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "1:1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
