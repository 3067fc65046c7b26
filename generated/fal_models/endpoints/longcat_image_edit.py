# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-image/edit` (Longcat Image Edit)."""

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
from fal_models.models.longcat_image_edit import LongcatImageEditInput, LongcatImageEditOutput

__all__ = [
    "LongcatImageEdit",
    "AsyncLongcatImageEdit",
    "LongcatImageEditInput",
    "LongcatImageEditOutput",
]


class LongcatImageEdit(SyncEndpoint[LongcatImageEditInput, LongcatImageEditOutput]):
    """Longcat Image Edit (`fal-ai/longcat-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/longcat-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-image/edit"
    input_model: ClassVar[type[LongcatImageEditInput]] = LongcatImageEditInput
    output_model: ClassVar[type[LongcatImageEditOutput]] = LongcatImageEditOutput
    Input = LongcatImageEditInput
    Output = LongcatImageEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> LongcatImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LongcatImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LongcatImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LongcatImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncLongcatImageEdit(AsyncEndpoint[LongcatImageEditInput, LongcatImageEditOutput]):
    """Longcat Image Edit (`fal-ai/longcat-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/longcat-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-image/edit"
    input_model: ClassVar[type[LongcatImageEditInput]] = LongcatImageEditInput
    output_model: ClassVar[type[LongcatImageEditOutput]] = LongcatImageEditOutput
    Input = LongcatImageEditInput
    Output = LongcatImageEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LongcatImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LongcatImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LongcatImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LongcatImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
