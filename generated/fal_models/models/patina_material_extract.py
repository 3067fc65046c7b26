# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


MapsPreset = TypeAliasType(
    "MapsPreset", Literal["basecolor", "normal", "roughness", "metalness", "height"]
)


class PatinaMaterialExtractInput(InputModel):
    prompt: str
    """Describe which texture to extract from the image."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """Output texture dimensions in pixels."""
    num_inference_steps: Annotated[int, Field(ge=1, le=8)] = 8
    """Number of denoising steps for texture generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of texture images to generate."""
    enable_prompt_expansion: bool = True
    """Expand prompt with an LLM for richer detail. Adds ~0.0025 credits."""
    enable_safety_checker: bool = True
    """Enable the safety checker for generated images."""
    tiling_mode: Literal["both", "horizontal", "vertical"] = "both"
    """Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'."""
    tile_size: Annotated[int, Field(ge=32, le=256)] = 128
    """Tile size in latent space (64 = 512px, 128 = 1024px)."""
    tile_stride: Annotated[int, Field(ge=16, le=128)] = 64
    """Tile stride in latent space."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to extract a texture from."""
    strength: Annotated[float, Field(gt=0.0, le=1.0)] = 0.6
    """How much to transform the input image. Only used when image_url is provided."""
    maps: list[MapsPreset] | MISSING = MISSING
    """Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults to all
    five.
    """
    upscale_factor: Literal[0, 2, 4] = 0
    """Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 = no upscaling, 2 =
    2× resolution, 4 = 4× resolution. The base texture image is not upscaled.
    """
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """Output image format for textures and PBR maps."""


class PatinaMaterialExtractOutput(OutputModel):
    images: list[dict[str, Any]]
    """Generated tileable texture image(s) from z-image and predicted PBR material maps from
    PATINA.
    """
    seed: int
    """Seed used for texture generation."""
    prompt: str
    """The prompt used for texture generation (possibly expanded)."""
    timings: dict[str, float] | MISSING = MISSING
    """End-to-end timing breakdown (seconds)."""
