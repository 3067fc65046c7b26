# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/pick-image-by-index` (Workflow Utilities Pick
Image By Index).
"""

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
from fal_models.models.workflow_utilities_pick_image_by_index import (
    WorkflowUtilitiesPickImageByIndexInput,
    WorkflowUtilitiesPickImageByIndexOutput,
)

__all__ = [
    "WorkflowUtilitiesPickImageByIndex",
    "AsyncWorkflowUtilitiesPickImageByIndex",
    "WorkflowUtilitiesPickImageByIndexInput",
    "WorkflowUtilitiesPickImageByIndexOutput",
]


class WorkflowUtilitiesPickImageByIndex(
    SyncEndpoint[WorkflowUtilitiesPickImageByIndexInput, WorkflowUtilitiesPickImageByIndexOutput]
):
    """Workflow Utilities Pick Image By Index (`fal-ai/workflow-utilities/pick-image-by-index`).

    Input model for selecting a single image from an array by 1-based index.  Pass-through
    utility: the URL is returned as provided in the input, without fetching or re-uploading the
    image.

    Category: workflow.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/pick-image-by-index/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/pick-image-by-index"
    input_model: ClassVar[type[WorkflowUtilitiesPickImageByIndexInput]] = (
        WorkflowUtilitiesPickImageByIndexInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesPickImageByIndexOutput]] = (
        WorkflowUtilitiesPickImageByIndexOutput
    )
    Input = WorkflowUtilitiesPickImageByIndexInput
    Output = WorkflowUtilitiesPickImageByIndexOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesPickImageByIndexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesPickImageByIndexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesPickImageByIndexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesPickImageByIndexOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesPickImageByIndex(
    AsyncEndpoint[WorkflowUtilitiesPickImageByIndexInput, WorkflowUtilitiesPickImageByIndexOutput]
):
    """Workflow Utilities Pick Image By Index (`fal-ai/workflow-utilities/pick-image-by-index`).

    Input model for selecting a single image from an array by 1-based index.  Pass-through
    utility: the URL is returned as provided in the input, without fetching or re-uploading the
    image.

    Category: workflow.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/pick-image-by-index/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/pick-image-by-index"
    input_model: ClassVar[type[WorkflowUtilitiesPickImageByIndexInput]] = (
        WorkflowUtilitiesPickImageByIndexInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesPickImageByIndexOutput]] = (
        WorkflowUtilitiesPickImageByIndexOutput
    )
    Input = WorkflowUtilitiesPickImageByIndexInput
    Output = WorkflowUtilitiesPickImageByIndexOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesPickImageByIndexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesPickImageByIndexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesPickImageByIndexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        index: int,
        fallback_index: Literal["first-image", "last-image"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesPickImageByIndexOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: Array of image URLs to select from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            index: 1-based position of the image to return. Value 1 returns the first image, 2
                returns the second, and so on.
            fallback_index: Behavior when `index` exceeds the length of `image_urls`. When
                `first-image`, returns the first image in the array. When `last-image`, returns the
                last image in the array. This input has no effect when `index` is within range, when
                `index` is below 1, or when `image_urls` is empty (the latter two cases still return
                validation errors). Default is `first-image`. Default: "first-image".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "index": index,
                "fallback_index": fallback_index,
            }
        )
        return self._stream(payload, options)
