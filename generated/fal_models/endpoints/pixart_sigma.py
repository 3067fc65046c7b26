# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixart-sigma` (Pixart Sigma)."""

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
from fal_models.models import shared
from fal_models.models.pixart_sigma import ImageSizePreset, PixartSigmaInput, PixartSigmaOutput

__all__ = ["PixartSigma", "AsyncPixartSigma", "PixartSigmaInput", "PixartSigmaOutput"]


class PixartSigma(SyncEndpoint[PixartSigmaInput, PixartSigmaOutput]):
    """Pixart Sigma (`fal-ai/pixart-sigma`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/pixart-sigma/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixart-sigma"
    input_model: ClassVar[type[PixartSigmaInput]] = PixartSigmaInput
    output_model: ClassVar[type[PixartSigmaOutput]] = PixartSigmaOutput
    Input = PixartSigmaInput
    Output = PixartSigmaOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixartSigmaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixartSigmaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixartSigmaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixartSigmaOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncPixartSigma(AsyncEndpoint[PixartSigmaInput, PixartSigmaOutput]):
    """Pixart Sigma (`fal-ai/pixart-sigma`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/pixart-sigma/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixart-sigma"
    input_model: ClassVar[type[PixartSigmaInput]] = PixartSigmaInput
    output_model: ClassVar[type[PixartSigmaOutput]] = PixartSigmaOutput
    Input = PixartSigmaInput
    Output = PixartSigmaOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixartSigmaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixartSigmaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixartSigmaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ]
        | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        scheduler: Literal["DPM-SOLVER", "SA-SOLVER"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixartSigmaOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            style: The style to apply to the image. Default: "(No style)".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 5, maximum 50.
            scheduler: The scheduler to use for the model. Default: "DPM-SOLVER".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "scheduler": scheduler,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
