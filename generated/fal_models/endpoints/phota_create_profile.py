# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/phota/create-profile` (Phota Create Profile)."""

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
from fal_models.models.phota_create_profile import PhotaCreateProfileInput, PhotaCreateProfileOutput

__all__ = [
    "PhotaCreateProfile",
    "AsyncPhotaCreateProfile",
    "PhotaCreateProfileInput",
    "PhotaCreateProfileOutput",
]


class PhotaCreateProfile(SyncEndpoint[PhotaCreateProfileInput, PhotaCreateProfileOutput]):
    """Phota Create Profile (`fal-ai/phota/create-profile`).

    Category: training. Docs: https://fal.ai/models/fal-ai/phota/create-profile/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/create-profile"
    input_model: ClassVar[type[PhotaCreateProfileInput]] = PhotaCreateProfileInput
    output_model: ClassVar[type[PhotaCreateProfileOutput]] = PhotaCreateProfileOutput
    Input = PhotaCreateProfileInput
    Output = PhotaCreateProfileOutput

    def subscribe(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PhotaCreateProfileOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhotaCreateProfileOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PhotaCreateProfileOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhotaCreateProfileOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return self._stream(payload, options)


class AsyncPhotaCreateProfile(AsyncEndpoint[PhotaCreateProfileInput, PhotaCreateProfileOutput]):
    """Phota Create Profile (`fal-ai/phota/create-profile`).

    Category: training. Docs: https://fal.ai/models/fal-ai/phota/create-profile/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/create-profile"
    input_model: ClassVar[type[PhotaCreateProfileInput]] = PhotaCreateProfileInput
    output_model: ClassVar[type[PhotaCreateProfileOutput]] = PhotaCreateProfileOutput
    Input = PhotaCreateProfileInput
    Output = PhotaCreateProfileOutput

    async def subscribe(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhotaCreateProfileOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhotaCreateProfileOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PhotaCreateProfileOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_data_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhotaCreateProfileOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_data_url: URL to a ZIP archive containing the profile images. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_data_url": image_data_url,
            }
        )
        return self._stream(payload, options)
