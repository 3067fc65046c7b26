# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/patina/material` (Patina Material)."""

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
from fal_models.models.patina_material import (
    ImageSizePreset,
    MapsPreset,
    PatinaMaterialInput,
    PatinaMaterialOutput,
)

__all__ = ["PatinaMaterial", "AsyncPatinaMaterial", "PatinaMaterialInput", "PatinaMaterialOutput"]


class PatinaMaterial(SyncEndpoint[PatinaMaterialInput, PatinaMaterialOutput]):
    """Patina Material (`fal-ai/patina/material`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/patina/material/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/patina/material"
    input_model: ClassVar[type[PatinaMaterialInput]] = PatinaMaterialInput
    output_model: ClassVar[type[PatinaMaterialOutput]] = PatinaMaterialOutput
    Input = PatinaMaterialInput
    Output = PatinaMaterialOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PatinaMaterialOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PatinaMaterialOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PatinaMaterialOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PatinaMaterialOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncPatinaMaterial(AsyncEndpoint[PatinaMaterialInput, PatinaMaterialOutput]):
    """Patina Material (`fal-ai/patina/material`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/patina/material/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/patina/material"
    input_model: ClassVar[type[PatinaMaterialInput]] = PatinaMaterialInput
    output_model: ClassVar[type[PatinaMaterialOutput]] = PatinaMaterialOutput
    Input = PatinaMaterialInput
    Output = PatinaMaterialOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PatinaMaterialOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PatinaMaterialOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PatinaMaterialOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        maps: list[MapsPreset] | Omit = omit,
        upscale_factor: Literal[0, 2, 4] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PatinaMaterialOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the material/texture to generate.
            image_size: Output texture dimensions in pixels. Default: "square_hd".
            num_inference_steps: Number of denoising steps for texture generation. Default: 8.
                Limits: minimum 1, maximum 8.
            seed: Random seed for reproducible generation.
            num_images: Number of texture images to generate. Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Expand prompt with an LLM for richer detail. Adds ~0.0025
                credits. Default: true.
            enable_safety_checker: Enable the safety checker for generated images. Default: true.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'.
                Default: "both".
            tile_size: Tile size in latent space (64 = 512px, 128 = 1024px). Default: 128. Limits:
                minimum 32, maximum 256.
            tile_stride: Tile stride in latent space. Default: 64. Limits: minimum 16, maximum 128.
            image_url: URL of an input image for image-to-image or inpainting. When provided without
                mask_url, performs image-to-image; with mask_url, performs inpainting. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            maps: Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults
                to all five. Default: ["basecolor", "normal", "roughness", "metalness", "height"].
            upscale_factor: Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 =
                no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not
                upscaled. Default: 0.
            output_format: Output image format for textures and PBR maps. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "tiling_mode": tiling_mode,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "maps": maps,
                "upscale_factor": upscale_factor,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
