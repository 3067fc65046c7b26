# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-pro/kontext/multi` (Flux Pro Kontext Multi)."""

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
from fal_models.models.flux_pro_kontext_multi import (
    FluxProKontextMultiInput,
    FluxProKontextMultiOutput,
)

__all__ = [
    "FluxProKontextMulti",
    "AsyncFluxProKontextMulti",
    "FluxProKontextMultiInput",
    "FluxProKontextMultiOutput",
]


class FluxProKontextMulti(SyncEndpoint[FluxProKontextMultiInput, FluxProKontextMultiOutput]):
    """Flux Pro Kontext Multi (`fal-ai/flux-pro/kontext/multi`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/kontext/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/kontext/multi"
    input_model: ClassVar[type[FluxProKontextMultiInput]] = FluxProKontextMultiInput
    output_model: ClassVar[type[FluxProKontextMultiOutput]] = FluxProKontextMultiOutput
    Input = FluxProKontextMultiInput
    Output = FluxProKontextMultiOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> FluxProKontextMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxProKontextMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> FluxProKontextMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxProKontextMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncFluxProKontextMulti(AsyncEndpoint[FluxProKontextMultiInput, FluxProKontextMultiOutput]):
    """Flux Pro Kontext Multi (`fal-ai/flux-pro/kontext/multi`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/kontext/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/kontext/multi"
    input_model: ClassVar[type[FluxProKontextMultiInput]] = FluxProKontextMultiInput
    output_model: ClassVar[type[FluxProKontextMultiOutput]] = FluxProKontextMultiOutput
    Input = FluxProKontextMultiInput
    Output = FluxProKontextMultiOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxProKontextMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxProKontextMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> FluxProKontextMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxProKontextMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            aspect_ratio: The aspect ratio of the generated image.
            image_urls: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
