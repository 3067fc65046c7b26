# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream3-preview/point` (Moondream3 Preview Point)."""

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
from fal_models.models.moondream3_preview_point import (
    Moondream3PreviewPointInput,
    Moondream3PreviewPointOutput,
)

__all__ = [
    "Moondream3PreviewPoint",
    "AsyncMoondream3PreviewPoint",
    "Moondream3PreviewPointInput",
    "Moondream3PreviewPointOutput",
]


class Moondream3PreviewPoint(
    SyncEndpoint[Moondream3PreviewPointInput, Moondream3PreviewPointOutput]
):
    """Moondream3 Preview Point (`fal-ai/moondream3-preview/point`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/point/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/point"
    input_model: ClassVar[type[Moondream3PreviewPointInput]] = Moondream3PreviewPointInput
    output_model: ClassVar[type[Moondream3PreviewPointOutput]] = Moondream3PreviewPointOutput
    Input = Moondream3PreviewPointInput
    Output = Moondream3PreviewPointOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream3PreviewPointOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream3PreviewPointOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewPointOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream3PreviewPointOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream3PreviewPoint(
    AsyncEndpoint[Moondream3PreviewPointInput, Moondream3PreviewPointOutput]
):
    """Moondream3 Preview Point (`fal-ai/moondream3-preview/point`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/point/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/point"
    input_model: ClassVar[type[Moondream3PreviewPointInput]] = Moondream3PreviewPointInput
    output_model: ClassVar[type[Moondream3PreviewPointOutput]] = Moondream3PreviewPointOutput
    Input = Moondream3PreviewPointInput
    Output = Moondream3PreviewPointOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream3PreviewPointOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream3PreviewPointOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewPointOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream3PreviewPointOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be located in the image. Limits: min length 1.
            preview: Whether to preview the output. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "preview": preview,
            }
        )
        return self._stream(payload, options)
