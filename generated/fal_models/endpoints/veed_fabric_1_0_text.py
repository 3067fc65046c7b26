# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/fabric-1.0/text` (Veed Fabric 1.0 Text)."""

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
from fal_models.models.veed_fabric_1_0_text import VeedFabric1_0TextInput, VeedFabric1_0TextOutput

__all__ = [
    "VeedFabric1_0Text",
    "AsyncVeedFabric1_0Text",
    "VeedFabric1_0TextInput",
    "VeedFabric1_0TextOutput",
]


class VeedFabric1_0Text(SyncEndpoint[VeedFabric1_0TextInput, VeedFabric1_0TextOutput]):
    """Veed Fabric 1.0 Text (`veed/fabric-1.0/text`).

    Category: image-to-video. Docs: https://fal.ai/models/veed/fabric-1.0/text/api
    """

    endpoint_id: ClassVar[str] = "veed/fabric-1.0/text"
    input_model: ClassVar[type[VeedFabric1_0TextInput]] = VeedFabric1_0TextInput
    output_model: ClassVar[type[VeedFabric1_0TextOutput]] = VeedFabric1_0TextOutput
    Input = VeedFabric1_0TextInput
    Output = VeedFabric1_0TextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubscribeOptions],
    ) -> VeedFabric1_0TextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedFabric1_0TextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[RunOptions],
    ) -> VeedFabric1_0TextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedFabric1_0TextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncVeedFabric1_0Text(AsyncEndpoint[VeedFabric1_0TextInput, VeedFabric1_0TextOutput]):
    """Veed Fabric 1.0 Text (`veed/fabric-1.0/text`).

    Category: image-to-video. Docs: https://fal.ai/models/veed/fabric-1.0/text/api
    """

    endpoint_id: ClassVar[str] = "veed/fabric-1.0/text"
    input_model: ClassVar[type[VeedFabric1_0TextInput]] = VeedFabric1_0TextInput
    output_model: ClassVar[type[VeedFabric1_0TextOutput]] = VeedFabric1_0TextOutput
    Input = VeedFabric1_0TextInput
    Output = VeedFabric1_0TextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedFabric1_0TextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedFabric1_0TextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[RunOptions],
    ) -> VeedFabric1_0TextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice_description: str | None | Omit = omit,
        resolution: Literal["720p", "480p"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedFabric1_0TextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            text: See fal's docs. Limits: min length 1, max length 2000.
            voice_description: Optional additional voice description. The primary voice description
                is auto-generated from the image. You can use simple descriptors like 'British
                accent' or 'Confident' or provide a detailed description like 'Confident male voice,
                mid-20s, with notes of...'.
            resolution: Resolution.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice_description": voice_description,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
