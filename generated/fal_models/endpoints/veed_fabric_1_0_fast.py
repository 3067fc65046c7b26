# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/fabric-1.0/fast` (Veed Fabric 1.0 Fast)."""

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
from fal_models.models.veed_fabric_1_0_fast import VeedFabric1_0FastInput, VeedFabric1_0FastOutput

__all__ = [
    "VeedFabric1_0Fast",
    "AsyncVeedFabric1_0Fast",
    "VeedFabric1_0FastInput",
    "VeedFabric1_0FastOutput",
]


class VeedFabric1_0Fast(SyncEndpoint[VeedFabric1_0FastInput, VeedFabric1_0FastOutput]):
    """Veed Fabric 1.0 Fast (`veed/fabric-1.0/fast`).

    Category: image-to-video. Docs: https://fal.ai/models/veed/fabric-1.0/fast/api
    """

    endpoint_id: ClassVar[str] = "veed/fabric-1.0/fast"
    input_model: ClassVar[type[VeedFabric1_0FastInput]] = VeedFabric1_0FastInput
    output_model: ClassVar[type[VeedFabric1_0FastOutput]] = VeedFabric1_0FastOutput
    Input = VeedFabric1_0FastInput
    Output = VeedFabric1_0FastOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubscribeOptions],
    ) -> VeedFabric1_0FastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedFabric1_0FastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[RunOptions],
    ) -> VeedFabric1_0FastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedFabric1_0FastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncVeedFabric1_0Fast(AsyncEndpoint[VeedFabric1_0FastInput, VeedFabric1_0FastOutput]):
    """Veed Fabric 1.0 Fast (`veed/fabric-1.0/fast`).

    Category: image-to-video. Docs: https://fal.ai/models/veed/fabric-1.0/fast/api
    """

    endpoint_id: ClassVar[str] = "veed/fabric-1.0/fast"
    input_model: ClassVar[type[VeedFabric1_0FastInput]] = VeedFabric1_0FastInput
    output_model: ClassVar[type[VeedFabric1_0FastOutput]] = VeedFabric1_0FastOutput
    Input = VeedFabric1_0FastInput
    Output = VeedFabric1_0FastOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedFabric1_0FastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedFabric1_0FastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[RunOptions],
    ) -> VeedFabric1_0FastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        resolution: Literal["720p", "480p"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedFabric1_0FastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            resolution: Resolution.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
