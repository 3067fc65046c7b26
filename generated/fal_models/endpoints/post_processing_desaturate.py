# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/desaturate` (Post Processing Desaturate)."""

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
from fal_models.models.post_processing_desaturate import (
    PostProcessingDesaturateInput,
    PostProcessingDesaturateOutput,
)

__all__ = [
    "PostProcessingDesaturate",
    "AsyncPostProcessingDesaturate",
    "PostProcessingDesaturateInput",
    "PostProcessingDesaturateOutput",
]


class PostProcessingDesaturate(
    SyncEndpoint[PostProcessingDesaturateInput, PostProcessingDesaturateOutput]
):
    """Post Processing Desaturate (`fal-ai/post-processing/desaturate`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/desaturate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/desaturate"
    input_model: ClassVar[type[PostProcessingDesaturateInput]] = PostProcessingDesaturateInput
    output_model: ClassVar[type[PostProcessingDesaturateOutput]] = PostProcessingDesaturateOutput
    Input = PostProcessingDesaturateInput
    Output = PostProcessingDesaturateOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingDesaturateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingDesaturateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDesaturateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingDesaturateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingDesaturate(
    AsyncEndpoint[PostProcessingDesaturateInput, PostProcessingDesaturateOutput]
):
    """Post Processing Desaturate (`fal-ai/post-processing/desaturate`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/desaturate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/desaturate"
    input_model: ClassVar[type[PostProcessingDesaturateInput]] = PostProcessingDesaturateInput
    output_model: ClassVar[type[PostProcessingDesaturateOutput]] = PostProcessingDesaturateOutput
    Input = PostProcessingDesaturateInput
    Output = PostProcessingDesaturateOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingDesaturateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingDesaturateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingDesaturateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingDesaturateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._stream(payload, options)
