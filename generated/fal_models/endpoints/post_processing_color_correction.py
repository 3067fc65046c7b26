# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/color-correction` (Post Processing Color
Correction).
"""

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
from fal_models.models.post_processing_color_correction import (
    PostProcessingColorCorrectionInput,
    PostProcessingColorCorrectionOutput,
)

__all__ = [
    "PostProcessingColorCorrection",
    "AsyncPostProcessingColorCorrection",
    "PostProcessingColorCorrectionInput",
    "PostProcessingColorCorrectionOutput",
]


class PostProcessingColorCorrection(
    SyncEndpoint[PostProcessingColorCorrectionInput, PostProcessingColorCorrectionOutput]
):
    """Post Processing Color Correction (`fal-ai/post-processing/color-correction`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/post-processing/color-correction/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/color-correction"
    input_model: ClassVar[type[PostProcessingColorCorrectionInput]] = (
        PostProcessingColorCorrectionInput
    )
    output_model: ClassVar[type[PostProcessingColorCorrectionOutput]] = (
        PostProcessingColorCorrectionOutput
    )
    Input = PostProcessingColorCorrectionInput
    Output = PostProcessingColorCorrectionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingColorCorrectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingColorCorrectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingColorCorrectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingColorCorrectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingColorCorrection(
    AsyncEndpoint[PostProcessingColorCorrectionInput, PostProcessingColorCorrectionOutput]
):
    """Post Processing Color Correction (`fal-ai/post-processing/color-correction`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/post-processing/color-correction/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/color-correction"
    input_model: ClassVar[type[PostProcessingColorCorrectionInput]] = (
        PostProcessingColorCorrectionInput
    )
    output_model: ClassVar[type[PostProcessingColorCorrectionOutput]] = (
        PostProcessingColorCorrectionOutput
    )
    Input = PostProcessingColorCorrectionInput
    Output = PostProcessingColorCorrectionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingColorCorrectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingColorCorrectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingColorCorrectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingColorCorrectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
            }
        )
        return self._stream(payload, options)
