# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/mix-dehaze-net` (Mix Dehaze Net)."""

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
from fal_models.models.mix_dehaze_net import MixDehazeNetInput, MixDehazeNetOutput

__all__ = ["MixDehazeNet", "AsyncMixDehazeNet", "MixDehazeNetInput", "MixDehazeNetOutput"]


class MixDehazeNet(SyncEndpoint[MixDehazeNetInput, MixDehazeNetOutput]):
    """Mix Dehaze Net (`fal-ai/mix-dehaze-net`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/mix-dehaze-net/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mix-dehaze-net"
    input_model: ClassVar[type[MixDehazeNetInput]] = MixDehazeNetInput
    output_model: ClassVar[type[MixDehazeNetOutput]] = MixDehazeNetOutput
    Input = MixDehazeNetInput
    Output = MixDehazeNetOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MixDehazeNetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MixDehazeNetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MixDehazeNetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MixDehazeNetOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncMixDehazeNet(AsyncEndpoint[MixDehazeNetInput, MixDehazeNetOutput]):
    """Mix Dehaze Net (`fal-ai/mix-dehaze-net`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/mix-dehaze-net/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mix-dehaze-net"
    input_model: ClassVar[type[MixDehazeNetInput]] = MixDehazeNetInput
    output_model: ClassVar[type[MixDehazeNetOutput]] = MixDehazeNetOutput
    Input = MixDehazeNetInput
    Output = MixDehazeNetOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MixDehazeNetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MixDehazeNetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MixDehazeNetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model: Literal["indoor", "outdoor"] | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MixDehazeNetOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Model to be used for dehazing. Default: "indoor".
            seed: seed to be used for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
