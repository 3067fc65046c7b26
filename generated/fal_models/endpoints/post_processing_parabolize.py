# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/parabolize` (Post Processing Parabolize)."""

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
from fal_models.models.post_processing_parabolize import (
    PostProcessingParabolizeInput,
    PostProcessingParabolizeOutput,
)

__all__ = [
    "PostProcessingParabolize",
    "AsyncPostProcessingParabolize",
    "PostProcessingParabolizeInput",
    "PostProcessingParabolizeOutput",
]


class PostProcessingParabolize(
    SyncEndpoint[PostProcessingParabolizeInput, PostProcessingParabolizeOutput]
):
    """Post Processing Parabolize (`fal-ai/post-processing/parabolize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/parabolize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/parabolize"
    input_model: ClassVar[type[PostProcessingParabolizeInput]] = PostProcessingParabolizeInput
    output_model: ClassVar[type[PostProcessingParabolizeOutput]] = PostProcessingParabolizeOutput
    Input = PostProcessingParabolizeInput
    Output = PostProcessingParabolizeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingParabolizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingParabolizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingParabolizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingParabolizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingParabolize(
    AsyncEndpoint[PostProcessingParabolizeInput, PostProcessingParabolizeOutput]
):
    """Post Processing Parabolize (`fal-ai/post-processing/parabolize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/parabolize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/parabolize"
    input_model: ClassVar[type[PostProcessingParabolizeInput]] = PostProcessingParabolizeInput
    output_model: ClassVar[type[PostProcessingParabolizeOutput]] = PostProcessingParabolizeOutput
    Input = PostProcessingParabolizeInput
    Output = PostProcessingParabolizeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingParabolizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingParabolizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingParabolizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingParabolizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
            }
        )
        return self._stream(payload, options)
