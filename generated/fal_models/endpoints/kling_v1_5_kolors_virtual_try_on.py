# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling/v1-5/kolors-virtual-try-on` (Kling V1 5 Kolors Virtual Try
On).
"""

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
from fal_models.models.kling_v1_5_kolors_virtual_try_on import (
    KlingV1_5KolorsVirtualTryOnInput,
    KlingV1_5KolorsVirtualTryOnOutput,
)

__all__ = [
    "KlingV1_5KolorsVirtualTryOn",
    "AsyncKlingV1_5KolorsVirtualTryOn",
    "KlingV1_5KolorsVirtualTryOnInput",
    "KlingV1_5KolorsVirtualTryOnOutput",
]


class KlingV1_5KolorsVirtualTryOn(
    SyncEndpoint[KlingV1_5KolorsVirtualTryOnInput, KlingV1_5KolorsVirtualTryOnOutput]
):
    """Kling V1 5 Kolors Virtual Try On (`fal-ai/kling/v1-5/kolors-virtual-try-on`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/kling/v1-5/kolors-virtual-try-on/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling/v1-5/kolors-virtual-try-on"
    input_model: ClassVar[type[KlingV1_5KolorsVirtualTryOnInput]] = KlingV1_5KolorsVirtualTryOnInput
    output_model: ClassVar[type[KlingV1_5KolorsVirtualTryOnOutput]] = (
        KlingV1_5KolorsVirtualTryOnOutput
    )
    Input = KlingV1_5KolorsVirtualTryOnInput
    Output = KlingV1_5KolorsVirtualTryOnOutput

    def subscribe(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingV1_5KolorsVirtualTryOnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingV1_5KolorsVirtualTryOnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingV1_5KolorsVirtualTryOnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingV1_5KolorsVirtualTryOnOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncKlingV1_5KolorsVirtualTryOn(
    AsyncEndpoint[KlingV1_5KolorsVirtualTryOnInput, KlingV1_5KolorsVirtualTryOnOutput]
):
    """Kling V1 5 Kolors Virtual Try On (`fal-ai/kling/v1-5/kolors-virtual-try-on`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/kling/v1-5/kolors-virtual-try-on/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling/v1-5/kolors-virtual-try-on"
    input_model: ClassVar[type[KlingV1_5KolorsVirtualTryOnInput]] = KlingV1_5KolorsVirtualTryOnInput
    output_model: ClassVar[type[KlingV1_5KolorsVirtualTryOnOutput]] = (
        KlingV1_5KolorsVirtualTryOnOutput
    )
    Input = KlingV1_5KolorsVirtualTryOnInput
    Output = KlingV1_5KolorsVirtualTryOnOutput

    async def subscribe(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingV1_5KolorsVirtualTryOnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingV1_5KolorsVirtualTryOnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingV1_5KolorsVirtualTryOnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingV1_5KolorsVirtualTryOnOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            sync_mode: If true, the function will return the image in the response. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
