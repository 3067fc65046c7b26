# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/vignette` (Post Processing Vignette)."""

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
from fal_models.models.post_processing_vignette import (
    PostProcessingVignetteInput,
    PostProcessingVignetteOutput,
)

__all__ = [
    "PostProcessingVignette",
    "AsyncPostProcessingVignette",
    "PostProcessingVignetteInput",
    "PostProcessingVignetteOutput",
]


class PostProcessingVignette(
    SyncEndpoint[PostProcessingVignetteInput, PostProcessingVignetteOutput]
):
    """Post Processing Vignette (`fal-ai/post-processing/vignette`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/vignette/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/vignette"
    input_model: ClassVar[type[PostProcessingVignetteInput]] = PostProcessingVignetteInput
    output_model: ClassVar[type[PostProcessingVignetteOutput]] = PostProcessingVignetteOutput
    Input = PostProcessingVignetteInput
    Output = PostProcessingVignetteOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingVignetteOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingVignetteOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingVignetteOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingVignetteOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingVignette(
    AsyncEndpoint[PostProcessingVignetteInput, PostProcessingVignetteOutput]
):
    """Post Processing Vignette (`fal-ai/post-processing/vignette`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/vignette/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/vignette"
    input_model: ClassVar[type[PostProcessingVignetteInput]] = PostProcessingVignetteInput
    output_model: ClassVar[type[PostProcessingVignetteOutput]] = PostProcessingVignetteOutput
    Input = PostProcessingVignetteInput
    Output = PostProcessingVignetteOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingVignetteOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingVignetteOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingVignetteOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        vignette_strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingVignetteOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            vignette_strength: Vignette strength. Default: 0.5. Limits: minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "vignette_strength": vignette_strength,
            }
        )
        return self._stream(payload, options)
