# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/mlsd` (Image Preprocessors Mlsd)."""

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
from fal_models.models.image_preprocessors_mlsd import (
    ImagePreprocessorsMlsdInput,
    ImagePreprocessorsMlsdOutput,
)

__all__ = [
    "ImagePreprocessorsMlsd",
    "AsyncImagePreprocessorsMlsd",
    "ImagePreprocessorsMlsdInput",
    "ImagePreprocessorsMlsdOutput",
]


class ImagePreprocessorsMlsd(
    SyncEndpoint[ImagePreprocessorsMlsdInput, ImagePreprocessorsMlsdOutput]
):
    """Image Preprocessors Mlsd (`fal-ai/image-preprocessors/mlsd`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/mlsd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/mlsd"
    input_model: ClassVar[type[ImagePreprocessorsMlsdInput]] = ImagePreprocessorsMlsdInput
    output_model: ClassVar[type[ImagePreprocessorsMlsdOutput]] = ImagePreprocessorsMlsdOutput
    Input = ImagePreprocessorsMlsdInput
    Output = ImagePreprocessorsMlsdOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsMlsdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsMlsdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsMlsdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsMlsdOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsMlsd(
    AsyncEndpoint[ImagePreprocessorsMlsdInput, ImagePreprocessorsMlsdOutput]
):
    """Image Preprocessors Mlsd (`fal-ai/image-preprocessors/mlsd`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/mlsd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/mlsd"
    input_model: ClassVar[type[ImagePreprocessorsMlsdInput]] = ImagePreprocessorsMlsdInput
    output_model: ClassVar[type[ImagePreprocessorsMlsdOutput]] = ImagePreprocessorsMlsdOutput
    Input = ImagePreprocessorsMlsdInput
    Output = ImagePreprocessorsMlsdOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsMlsdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsMlsdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsMlsdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        score_threshold: float | Omit = omit,
        distance_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsMlsdOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            score_threshold: Score threshold for the MLSD detector. Default: 0.1.
            distance_threshold: Distance threshold for the MLSD detector. Default: 0.1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            }
        )
        return self._stream(payload, options)
