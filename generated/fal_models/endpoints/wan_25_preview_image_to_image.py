# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-25-preview/image-to-image` (Wan 25 Preview Image To Image)."""

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
from fal_models.models import shared
from fal_models.models.wan_25_preview_image_to_image import (
    ImageSizePreset,
    Wan25PreviewImageToImageInput,
    Wan25PreviewImageToImageOutput,
)

__all__ = [
    "Wan25PreviewImageToImage",
    "AsyncWan25PreviewImageToImage",
    "Wan25PreviewImageToImageInput",
    "Wan25PreviewImageToImageOutput",
]


class Wan25PreviewImageToImage(
    SyncEndpoint[Wan25PreviewImageToImageInput, Wan25PreviewImageToImageOutput]
):
    """Wan 25 Preview Image To Image (`fal-ai/wan-25-preview/image-to-image`).

    Input for image editing

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan-25-preview/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/image-to-image"
    input_model: ClassVar[type[Wan25PreviewImageToImageInput]] = Wan25PreviewImageToImageInput
    output_model: ClassVar[type[Wan25PreviewImageToImageOutput]] = Wan25PreviewImageToImageOutput
    Input = Wan25PreviewImageToImageInput
    Output = Wan25PreviewImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Wan25PreviewImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Wan25PreviewImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Wan25PreviewImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWan25PreviewImageToImage(
    AsyncEndpoint[Wan25PreviewImageToImageInput, Wan25PreviewImageToImageOutput]
):
    """Wan 25 Preview Image To Image (`fal-ai/wan-25-preview/image-to-image`).

    Input for image editing

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan-25-preview/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/image-to-image"
    input_model: ClassVar[type[Wan25PreviewImageToImageInput]] = Wan25PreviewImageToImageInput
    output_model: ClassVar[type[Wan25PreviewImageToImageOutput]] = Wan25PreviewImageToImageOutput
    Input = Wan25PreviewImageToImageInput
    Output = Wan25PreviewImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Wan25PreviewImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Wan25PreviewImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Wan25PreviewImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how to edit the image. Max 2000 characters. Limits:
                min length 1.
            image_urls: URLs of images to edit. For single-image editing, provide 1 URL. For
                multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided,
                only the first 2 will be used. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            image_size: The size of the generated image. Width and height must be between 384 and
                1440 pixels. Default: "square".
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
