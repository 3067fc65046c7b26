# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/florence-2-large/open-vocabulary-detection` (Florence 2 Large Open
Vocabulary Detection).
"""

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
from fal_models.models.florence_2_large_open_vocabulary_detection import (
    Florence2LargeOpenVocabularyDetectionInput,
    Florence2LargeOpenVocabularyDetectionOutput,
)

__all__ = [
    "Florence2LargeOpenVocabularyDetection",
    "AsyncFlorence2LargeOpenVocabularyDetection",
    "Florence2LargeOpenVocabularyDetectionInput",
    "Florence2LargeOpenVocabularyDetectionOutput",
]


class Florence2LargeOpenVocabularyDetection(
    SyncEndpoint[
        Florence2LargeOpenVocabularyDetectionInput, Florence2LargeOpenVocabularyDetectionOutput
    ]
):
    """Florence 2 Large Open Vocabulary Detection
    (`fal-ai/florence-2-large/open-vocabulary-detection`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/florence-2-large/open-vocabulary-detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/open-vocabulary-detection"
    input_model: ClassVar[type[Florence2LargeOpenVocabularyDetectionInput]] = (
        Florence2LargeOpenVocabularyDetectionInput
    )
    output_model: ClassVar[type[Florence2LargeOpenVocabularyDetectionOutput]] = (
        Florence2LargeOpenVocabularyDetectionOutput
    )
    Input = Florence2LargeOpenVocabularyDetectionInput
    Output = Florence2LargeOpenVocabularyDetectionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubscribeOptions],
    ) -> Florence2LargeOpenVocabularyDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Florence2LargeOpenVocabularyDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeOpenVocabularyDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Florence2LargeOpenVocabularyDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._stream(payload, options)


class AsyncFlorence2LargeOpenVocabularyDetection(
    AsyncEndpoint[
        Florence2LargeOpenVocabularyDetectionInput, Florence2LargeOpenVocabularyDetectionOutput
    ]
):
    """Florence 2 Large Open Vocabulary Detection
    (`fal-ai/florence-2-large/open-vocabulary-detection`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/florence-2-large/open-vocabulary-detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/open-vocabulary-detection"
    input_model: ClassVar[type[Florence2LargeOpenVocabularyDetectionInput]] = (
        Florence2LargeOpenVocabularyDetectionInput
    )
    output_model: ClassVar[type[Florence2LargeOpenVocabularyDetectionOutput]] = (
        Florence2LargeOpenVocabularyDetectionOutput
    )
    Input = Florence2LargeOpenVocabularyDetectionInput
    Output = Florence2LargeOpenVocabularyDetectionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Florence2LargeOpenVocabularyDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Florence2LargeOpenVocabularyDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeOpenVocabularyDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Florence2LargeOpenVocabularyDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._stream(payload, options)
