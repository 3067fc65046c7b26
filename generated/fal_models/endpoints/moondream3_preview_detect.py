# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream3-preview/detect` (Moondream3 Preview Detect)."""

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
from fal_models.models.moondream3_preview_detect import (
    Moondream3PreviewDetectInput,
    Moondream3PreviewDetectOutput,
)

__all__ = [
    "Moondream3PreviewDetect",
    "AsyncMoondream3PreviewDetect",
    "Moondream3PreviewDetectInput",
    "Moondream3PreviewDetectOutput",
]


class Moondream3PreviewDetect(
    SyncEndpoint[Moondream3PreviewDetectInput, Moondream3PreviewDetectOutput]
):
    """Moondream3 Preview Detect (`fal-ai/moondream3-preview/detect`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/detect/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/detect"
    input_model: ClassVar[type[Moondream3PreviewDetectInput]] = Moondream3PreviewDetectInput
    output_model: ClassVar[type[Moondream3PreviewDetectOutput]] = Moondream3PreviewDetectOutput
    Input = Moondream3PreviewDetectInput
    Output = Moondream3PreviewDetectOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream3PreviewDetectOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> RequestHandle[Moondream3PreviewDetectOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> Moondream3PreviewDetectOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> EndpointStream[Moondream3PreviewDetectOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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


class AsyncMoondream3PreviewDetect(
    AsyncEndpoint[Moondream3PreviewDetectInput, Moondream3PreviewDetectOutput]
):
    """Moondream3 Preview Detect (`fal-ai/moondream3-preview/detect`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/detect/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/detect"
    input_model: ClassVar[type[Moondream3PreviewDetectInput]] = Moondream3PreviewDetectInput
    output_model: ClassVar[type[Moondream3PreviewDetectOutput]] = Moondream3PreviewDetectOutput
    Input = Moondream3PreviewDetectInput
    Output = Moondream3PreviewDetectOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        preview: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream3PreviewDetectOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> AsyncRequestHandle[Moondream3PreviewDetectOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> Moondream3PreviewDetectOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
    ) -> AsyncEndpointStream[Moondream3PreviewDetectOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Object to be detected in the image. Limits: min length 1.
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
