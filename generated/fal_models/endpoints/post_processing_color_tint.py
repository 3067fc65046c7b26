# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/color-tint` (Post Processing Color Tint)."""

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
from fal_models.models.post_processing_color_tint import (
    PostProcessingColorTintInput,
    PostProcessingColorTintOutput,
)

__all__ = [
    "PostProcessingColorTint",
    "AsyncPostProcessingColorTint",
    "PostProcessingColorTintInput",
    "PostProcessingColorTintOutput",
]


class PostProcessingColorTint(
    SyncEndpoint[PostProcessingColorTintInput, PostProcessingColorTintOutput]
):
    """Post Processing Color Tint (`fal-ai/post-processing/color-tint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/color-tint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/color-tint"
    input_model: ClassVar[type[PostProcessingColorTintInput]] = PostProcessingColorTintInput
    output_model: ClassVar[type[PostProcessingColorTintOutput]] = PostProcessingColorTintOutput
    Input = PostProcessingColorTintInput
    Output = PostProcessingColorTintOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingColorTintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingColorTintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingColorTintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingColorTintOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingColorTint(
    AsyncEndpoint[PostProcessingColorTintInput, PostProcessingColorTintOutput]
):
    """Post Processing Color Tint (`fal-ai/post-processing/color-tint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/color-tint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/color-tint"
    input_model: ClassVar[type[PostProcessingColorTintInput]] = PostProcessingColorTintInput
    output_model: ClassVar[type[PostProcessingColorTintOutput]] = PostProcessingColorTintOutput
    Input = PostProcessingColorTintInput
    Output = PostProcessingColorTintOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingColorTintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingColorTintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingColorTintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingColorTintOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
            }
        )
        return self._stream(payload, options)
