# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
        "auto",
    ],
)


class LoRAInput(InputModel):
    """LoRA weight configuration."""

    path: str
    """URL, HuggingFace repo ID (owner/repo), or local path to LoRA weights."""
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """Scale factor for LoRA application (0.0 to 4.0)."""


class ZImageTurboTilingLoraInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """The size of the generated image. Use 'auto' to match the input image size (or 1024x1024 if
    no image).
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=8)] = 8
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    acceleration: Literal["none", "regular", "high"] = "regular"
    """The acceleration level to use."""
    enable_prompt_expansion: bool = False
    """Whether to enable prompt expansion. Note: this will increase the price by 0.0025 credits
    per request.
    """
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of an image for image-to-image or inpainting. When provided without mask_image_url,
    performs image-to-image; with mask_image_url, performs inpainting.
    """
    mask_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of a mask image for inpainting. White regions are regenerated, black regions are
    preserved. Requires image_url.
    """
    strength: Annotated[float, Field(gt=0.0, le=1.0)] = 0.6
    """How much to transform the input image. Only used when image_url is provided."""
    tile_size: Annotated[int, Field(ge=32, le=256, multiple_of=2)] = 128
    """Tile size in latent space. Must be even (divisible by 2) for patchification. (64 = 512px,
    128 = 1024px, 256 = 2048px).
    """
    tile_stride: Annotated[int, Field(ge=16, le=128, multiple_of=2)] = 64
    """Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64 = 512px, 128 =
    1024px).
    """
    tiling_mode: Literal["both", "horizontal", "vertical"] = "both"
    """Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only), 'vertical'
    (top-bottom only).
    """
    loras: Annotated[list[LoRAInput], Field(validate_default=True)] = []
    """List of LoRA weights to apply (maximum 3)."""


class ZImageTurboTilingLoraOutput(OutputModel):
    images: list[ImageFile]
    """The generated image files info."""
    timings: dict[str, float]
    """The timings of the generation process."""
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
