# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux/schnell/redux` (Flux Schnell Redux)."""

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
from fal_models.models import shared
from fal_models.models.flux_schnell_redux import (
    FluxSchnellReduxInput,
    FluxSchnellReduxOutput,
    ImageSizePreset,
)

__all__ = [
    "FluxSchnellRedux",
    "AsyncFluxSchnellRedux",
    "FluxSchnellReduxInput",
    "FluxSchnellReduxOutput",
]


class FluxSchnellRedux(SyncEndpoint[FluxSchnellReduxInput, FluxSchnellReduxOutput]):
    """Flux Schnell Redux (`fal-ai/flux/schnell/redux`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux/schnell/redux/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux/schnell/redux"
    input_model: ClassVar[type[FluxSchnellReduxInput]] = FluxSchnellReduxInput
    output_model: ClassVar[type[FluxSchnellReduxOutput]] = FluxSchnellReduxOutput
    Input = FluxSchnellReduxInput
    Output = FluxSchnellReduxOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxSchnellReduxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxSchnellReduxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxSchnellReduxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxSchnellReduxOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncFluxSchnellRedux(AsyncEndpoint[FluxSchnellReduxInput, FluxSchnellReduxOutput]):
    """Flux Schnell Redux (`fal-ai/flux/schnell/redux`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux/schnell/redux/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux/schnell/redux"
    input_model: ClassVar[type[FluxSchnellReduxInput]] = FluxSchnellReduxInput
    output_model: ClassVar[type[FluxSchnellReduxOutput]] = FluxSchnellReduxOutput
    Input = FluxSchnellReduxInput
    Output = FluxSchnellReduxOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxSchnellReduxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxSchnellReduxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxSchnellReduxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxSchnellReduxOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 1, maximum 12.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
