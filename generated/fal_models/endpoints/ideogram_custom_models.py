# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/custom-models` (Ideogram Custom Models)."""

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
from fal_models.models.ideogram_custom_models import (
    IdeogramCustomModelsInput,
    IdeogramCustomModelsOutput,
)

__all__ = [
    "IdeogramCustomModels",
    "AsyncIdeogramCustomModels",
    "IdeogramCustomModelsInput",
    "IdeogramCustomModelsOutput",
]


class IdeogramCustomModels(SyncEndpoint[IdeogramCustomModelsInput, IdeogramCustomModelsOutput]):
    """Ideogram Custom Models (`fal-ai/ideogram/custom-models`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ideogram/custom-models/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/custom-models"
    input_model: ClassVar[type[IdeogramCustomModelsInput]] = IdeogramCustomModelsInput
    output_model: ClassVar[type[IdeogramCustomModelsOutput]] = IdeogramCustomModelsOutput
    Input = IdeogramCustomModelsInput
    Output = IdeogramCustomModelsOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramCustomModelsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramCustomModelsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> IdeogramCustomModelsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramCustomModelsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramCustomModels(
    AsyncEndpoint[IdeogramCustomModelsInput, IdeogramCustomModelsOutput]
):
    """Ideogram Custom Models (`fal-ai/ideogram/custom-models`).

    Category: training. Docs: https://fal.ai/models/fal-ai/ideogram/custom-models/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/custom-models"
    input_model: ClassVar[type[IdeogramCustomModelsInput]] = IdeogramCustomModelsInput
    output_model: ClassVar[type[IdeogramCustomModelsOutput]] = IdeogramCustomModelsOutput
    Input = IdeogramCustomModelsInput
    Output = IdeogramCustomModelsOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramCustomModelsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramCustomModelsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> IdeogramCustomModelsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramCustomModelsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL of a ZIP archive of training images. The archive must contain
                between 10 and 100 images (JPEG, PNG, or WebP). You may include caption sidecar
                files (``<stem>.txt``) to guide training -- captions are matched to images by
                filename stem. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
            }
        )
        return self._stream(payload, options)
