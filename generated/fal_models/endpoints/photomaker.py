# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/photomaker` (Photomaker)."""

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
from fal_models.models.photomaker import PhotomakerInput, PhotomakerOutput

__all__ = ["Photomaker", "AsyncPhotomaker", "PhotomakerInput", "PhotomakerOutput"]


class Photomaker(SyncEndpoint[PhotomakerInput, PhotomakerOutput]):
    """Photomaker (`fal-ai/photomaker`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/photomaker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/photomaker"
    input_model: ClassVar[type[PhotomakerInput]] = PhotomakerInput
    output_model: ClassVar[type[PhotomakerOutput]] = PhotomakerOutput
    Input = PhotomakerInput
    Output = PhotomakerOutput

    def subscribe(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PhotomakerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhotomakerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotomakerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhotomakerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncPhotomaker(AsyncEndpoint[PhotomakerInput, PhotomakerOutput]):
    """Photomaker (`fal-ai/photomaker`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/photomaker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/photomaker"
    input_model: ClassVar[type[PhotomakerInput]] = PhotomakerInput
    output_model: ClassVar[type[PhotomakerOutput]] = PhotomakerOutput
    Input = PhotomakerInput
    Output = PhotomakerOutput

    async def subscribe(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhotomakerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhotomakerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotomakerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_archive_url: FileInput,
        prompt: str,
        base_pipeline: Literal["photomaker", "photomaker-style"] | Omit = omit,
        initial_image_url: FileInput | None | Omit = omit,
        initial_image_strength: float | Omit = omit,
        style: Literal[
            "(No style)",
            "Cinematic",
            "Disney Character",
            "Digital Art",
            "Photographic",
            "Fantasy art",
            "Neonpunk",
            "Enhance",
            "Comic book",
            "Lowpoly",
            "Line art",
        ]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        style_strength: int | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhotomakerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_archive_url: The URL of the image archive containing the images you want to use.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            base_pipeline: The base pipeline to use for generating the image. Default: "photomaker".
            initial_image_url: Optional initial image for img2img. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            initial_image_strength: How much noise to add to the latent image. O for no noise, 1 for
                maximum noise. Default: 0.5. Limits: minimum 0, maximum 1.
            style: See fal's docs. Default: "Photographic".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 50. Limits: minimum 20, maximum 100.
            style_strength: See fal's docs. Default: 20. Limits: minimum 15, maximum 50.
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 4.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0.1, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
                "base_pipeline": base_pipeline,
                "initial_image_url": initial_image_url,
                "initial_image_strength": initial_image_strength,
                "style": style,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "style_strength": style_strength,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
