# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/nucleus-image` (Nucleus Image)."""

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
from fal_models.models.nucleus_image import NucleusImageInput, NucleusImageOutput

__all__ = ["NucleusImage", "AsyncNucleusImage", "NucleusImageInput", "NucleusImageOutput"]


class NucleusImage(SyncEndpoint[NucleusImageInput, NucleusImageOutput]):
    """Nucleus Image (`fal-ai/nucleus-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/nucleus-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nucleus-image"
    input_model: ClassVar[type[NucleusImageInput]] = NucleusImageInput
    output_model: ClassVar[type[NucleusImageOutput]] = NucleusImageOutput
    Input = NucleusImageInput
    Output = NucleusImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> NucleusImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[NucleusImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NucleusImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[NucleusImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncNucleusImage(AsyncEndpoint[NucleusImageInput, NucleusImageOutput]):
    """Nucleus Image (`fal-ai/nucleus-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/nucleus-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nucleus-image"
    input_model: ClassVar[type[NucleusImageInput]] = NucleusImageInput
    output_model: ClassVar[type[NucleusImageOutput]] = NucleusImageOutput
    Input = NucleusImageInput
    Output = NucleusImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> NucleusImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[NucleusImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NucleusImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[NucleusImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image.
            negative_prompt: The negative prompt to use for generation. Default: "".
            aspect_ratio: The output aspect ratio. Nucleus-Image supports a fixed set of
                aspect-ratio presets. Default: "1:1".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 100.
            guidance_scale: The classifier-free guidance scale. Default: 8. Limits: minimum 0,
                maximum 20.
            seed: Seed for reproducible generation.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            sync_mode: If `True`, return media as data URIs instead of persisted CDN files. Default:
                false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
