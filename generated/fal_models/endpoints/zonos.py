# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/zonos` (Zonos)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.zonos import ZonosInput, ZonosOutput

__all__ = ["Zonos", "AsyncZonos", "ZonosInput", "ZonosOutput"]


class Zonos(SyncEndpoint[ZonosInput, ZonosOutput]):
    """Zonos (`fal-ai/zonos`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/zonos/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/zonos"
    input_model: ClassVar[type[ZonosInput]] = ZonosInput
    output_model: ClassVar[type[ZonosOutput]] = ZonosOutput
    Input = ZonosInput
    Output = ZonosOutput

    def subscribe(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> ZonosOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZonosOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> ZonosOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZonosOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncZonos(AsyncEndpoint[ZonosInput, ZonosOutput]):
    """Zonos (`fal-ai/zonos`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/zonos/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/zonos"
    input_model: ClassVar[type[ZonosInput]] = ZonosInput
    output_model: ClassVar[type[ZonosOutput]] = ZonosOutput
    Input = ZonosInput
    Output = ZonosOutput

    async def subscribe(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZonosOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZonosOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> ZonosOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        reference_audio_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZonosOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            reference_audio_url: The reference audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The content generated using cloned voice.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
