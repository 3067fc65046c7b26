# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image/turbo/tiling` (Z Image Turbo Tiling)."""

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
from fal_models.models.z_image_turbo_tiling import (
    ImageSizePreset,
    ZImageTurboTilingInput,
    ZImageTurboTilingOutput,
)

__all__ = [
    "ZImageTurboTiling",
    "AsyncZImageTurboTiling",
    "ZImageTurboTilingInput",
    "ZImageTurboTilingOutput",
]


class ZImageTurboTiling(SyncEndpoint[ZImageTurboTilingInput, ZImageTurboTilingOutput]):
    """Z Image Turbo Tiling (`fal-ai/z-image/turbo/tiling`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/tiling/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/tiling"
    input_model: ClassVar[type[ZImageTurboTilingInput]] = ZImageTurboTilingInput
    output_model: ClassVar[type[ZImageTurboTilingOutput]] = ZImageTurboTilingOutput
    Input = ZImageTurboTilingInput
    Output = ZImageTurboTilingOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageTurboTilingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageTurboTilingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboTilingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageTurboTilingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
            }
        )
        return self._stream(payload, options)


class AsyncZImageTurboTiling(AsyncEndpoint[ZImageTurboTilingInput, ZImageTurboTilingOutput]):
    """Z Image Turbo Tiling (`fal-ai/z-image/turbo/tiling`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/tiling/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/tiling"
    input_model: ClassVar[type[ZImageTurboTilingInput]] = ZImageTurboTilingInput
    output_model: ClassVar[type[ZImageTurboTilingOutput]] = ZImageTurboTilingOutput
    Input = ZImageTurboTilingInput
    Output = ZImageTurboTilingOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageTurboTilingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageTurboTilingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboTilingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
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
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        tile_size: int | Omit = omit,
        tile_stride: int | Omit = omit,
        tiling_mode: Literal["both", "horizontal", "vertical"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageTurboTilingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Use 'auto' to match the input image size
                (or 1024x1024 if no image). Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of an image for image-to-image or inpainting. When provided without
                mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_image_url: URL of a mask image for inpainting. White regions are regenerated, black
                regions are preserved. Requires image_url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: How much to transform the input image. Only used when image_url is provided.
                Default: 0.6. Limits: maximum 1, exclusive minimum 0.
            tile_size: Tile size in latent space. Must be even (divisible by 2) for patchification.
                (64 = 512px, 128 = 1024px, 256 = 2048px). Default: 128. Limits: minimum 32, maximum
                256, multiple of 2.
            tile_stride: Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64
                = 512px, 128 = 1024px). Default: 64. Limits: minimum 16, maximum 128, multiple of 2.
            tiling_mode: Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only),
                'vertical' (top-bottom only). Default: "both".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "tile_size": tile_size,
                "tile_stride": tile_stride,
                "tiling_mode": tiling_mode,
            }
        )
        return self._stream(payload, options)
