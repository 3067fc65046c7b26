# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/blur` (Post Processing Blur)."""

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
from fal_models.models.post_processing_blur import PostProcessingBlurInput, PostProcessingBlurOutput

__all__ = [
    "PostProcessingBlur",
    "AsyncPostProcessingBlur",
    "PostProcessingBlurInput",
    "PostProcessingBlurOutput",
]


class PostProcessingBlur(SyncEndpoint[PostProcessingBlurInput, PostProcessingBlurOutput]):
    """Post Processing Blur (`fal-ai/post-processing/blur`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/blur/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/blur"
    input_model: ClassVar[type[PostProcessingBlurInput]] = PostProcessingBlurInput
    output_model: ClassVar[type[PostProcessingBlurOutput]] = PostProcessingBlurOutput
    Input = PostProcessingBlurInput
    Output = PostProcessingBlurOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingBlurOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingBlurOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingBlurOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingBlurOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingBlur(AsyncEndpoint[PostProcessingBlurInput, PostProcessingBlurOutput]):
    """Post Processing Blur (`fal-ai/post-processing/blur`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/blur/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/blur"
    input_model: ClassVar[type[PostProcessingBlurInput]] = PostProcessingBlurInput
    output_model: ClassVar[type[PostProcessingBlurOutput]] = PostProcessingBlurOutput
    Input = PostProcessingBlurInput
    Output = PostProcessingBlurOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingBlurOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingBlurOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingBlurOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingBlurOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
            }
        )
        return self._stream(payload, options)
