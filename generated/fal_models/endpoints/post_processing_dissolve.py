# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/dissolve` (Post Processing Dissolve)."""

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
from fal_models.models.post_processing_dissolve import (
    PostProcessingDissolveInput,
    PostProcessingDissolveOutput,
)

__all__ = [
    "PostProcessingDissolve",
    "AsyncPostProcessingDissolve",
    "PostProcessingDissolveInput",
    "PostProcessingDissolveOutput",
]


class PostProcessingDissolve(
    SyncEndpoint[PostProcessingDissolveInput, PostProcessingDissolveOutput]
):
    """Post Processing Dissolve (`fal-ai/post-processing/dissolve`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/dissolve/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/dissolve"
    input_model: ClassVar[type[PostProcessingDissolveInput]] = PostProcessingDissolveInput
    output_model: ClassVar[type[PostProcessingDissolveOutput]] = PostProcessingDissolveOutput
    Input = PostProcessingDissolveInput
    Output = PostProcessingDissolveOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingDissolveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingDissolveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDissolveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingDissolveOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingDissolve(
    AsyncEndpoint[PostProcessingDissolveInput, PostProcessingDissolveOutput]
):
    """Post Processing Dissolve (`fal-ai/post-processing/dissolve`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/dissolve/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/dissolve"
    input_model: ClassVar[type[PostProcessingDissolveInput]] = PostProcessingDissolveInput
    output_model: ClassVar[type[PostProcessingDissolveOutput]] = PostProcessingDissolveOutput
    Input = PostProcessingDissolveInput
    Output = PostProcessingDissolveOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingDissolveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingDissolveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDissolveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        dissolve_image_url: FileInput,
        dissolve_factor: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingDissolveOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
            }
        )
        return self._stream(payload, options)
