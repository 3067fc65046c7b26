# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/solarize` (Post Processing Solarize)."""

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
from fal_models.models.post_processing_solarize import (
    PostProcessingSolarizeInput,
    PostProcessingSolarizeOutput,
)

__all__ = [
    "PostProcessingSolarize",
    "AsyncPostProcessingSolarize",
    "PostProcessingSolarizeInput",
    "PostProcessingSolarizeOutput",
]


class PostProcessingSolarize(
    SyncEndpoint[PostProcessingSolarizeInput, PostProcessingSolarizeOutput]
):
    """Post Processing Solarize (`fal-ai/post-processing/solarize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/solarize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/solarize"
    input_model: ClassVar[type[PostProcessingSolarizeInput]] = PostProcessingSolarizeInput
    output_model: ClassVar[type[PostProcessingSolarizeOutput]] = PostProcessingSolarizeOutput
    Input = PostProcessingSolarizeInput
    Output = PostProcessingSolarizeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingSolarizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingSolarizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingSolarizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingSolarizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingSolarize(
    AsyncEndpoint[PostProcessingSolarizeInput, PostProcessingSolarizeOutput]
):
    """Post Processing Solarize (`fal-ai/post-processing/solarize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/solarize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/solarize"
    input_model: ClassVar[type[PostProcessingSolarizeInput]] = PostProcessingSolarizeInput
    output_model: ClassVar[type[PostProcessingSolarizeOutput]] = PostProcessingSolarizeOutput
    Input = PostProcessingSolarizeInput
    Output = PostProcessingSolarizeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingSolarizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingSolarizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingSolarizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        solarize_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingSolarizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "solarize_threshold": solarize_threshold,
            }
        )
        return self._stream(payload, options)
