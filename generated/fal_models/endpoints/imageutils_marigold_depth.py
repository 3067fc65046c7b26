# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imageutils/marigold-depth` (Imageutils Marigold Depth)."""

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
from fal_models.models.imageutils_marigold_depth import (
    ImageutilsMarigoldDepthInput,
    ImageutilsMarigoldDepthOutput,
)

__all__ = [
    "ImageutilsMarigoldDepth",
    "AsyncImageutilsMarigoldDepth",
    "ImageutilsMarigoldDepthInput",
    "ImageutilsMarigoldDepthOutput",
]


class ImageutilsMarigoldDepth(
    SyncEndpoint[ImageutilsMarigoldDepthInput, ImageutilsMarigoldDepthOutput]
):
    """Imageutils Marigold Depth (`fal-ai/imageutils/marigold-depth`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/marigold-depth/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/marigold-depth"
    input_model: ClassVar[type[ImageutilsMarigoldDepthInput]] = ImageutilsMarigoldDepthInput
    output_model: ClassVar[type[ImageutilsMarigoldDepthOutput]] = ImageutilsMarigoldDepthOutput
    Input = ImageutilsMarigoldDepthInput
    Output = ImageutilsMarigoldDepthOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageutilsMarigoldDepthOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageutilsMarigoldDepthOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsMarigoldDepthOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageutilsMarigoldDepthOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return self._stream(payload, options)


class AsyncImageutilsMarigoldDepth(
    AsyncEndpoint[ImageutilsMarigoldDepthInput, ImageutilsMarigoldDepthOutput]
):
    """Imageutils Marigold Depth (`fal-ai/imageutils/marigold-depth`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/marigold-depth/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/marigold-depth"
    input_model: ClassVar[type[ImageutilsMarigoldDepthInput]] = ImageutilsMarigoldDepthInput
    output_model: ClassVar[type[ImageutilsMarigoldDepthOutput]] = ImageutilsMarigoldDepthOutput
    Input = ImageutilsMarigoldDepthInput
    Output = ImageutilsMarigoldDepthOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageutilsMarigoldDepthOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageutilsMarigoldDepthOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsMarigoldDepthOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        ensemble_size: int | Omit = omit,
        processing_res: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageutilsMarigoldDepthOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            num_inference_steps: Number of denoising steps. Defaults to `10`. The higher the number,
                the more accurate the result, but the slower the inference. Default: 10. Limits:
                minimum 2, maximum 50.
            ensemble_size: Number of predictions to average over. Defaults to `10`. The higher the
                number, the more accurate the result, but the slower the inference. Default: 10.
                Limits: minimum 2, maximum 50.
            processing_res: Maximum processing resolution. Defaults `0` which means it uses the size
                of the input image. Default: 0. Limits: minimum 0, maximum 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "ensemble_size": ensemble_size,
                "processing_res": processing_res,
            }
        )
        return self._stream(payload, options)
