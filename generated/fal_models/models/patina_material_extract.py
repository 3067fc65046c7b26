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


class PatinaMaterialExtractOutput(OutputModel):
    images: Annotated[
        list[dict[str, Any]],
        Field(
            description="Generated tileable texture image(s) from z-image and predicted PBR "
            "material maps from PATINA."
        ),
    ]
    """Generated tileable texture image(s) from z-image and predicted PBR material maps from
    PATINA.
    """

    seed: Annotated[int, Field(description="Seed used for texture generation.")]
    """Seed used for texture generation."""

    prompt: Annotated[
        str, Field(description="The prompt used for texture generation (possibly expanded).")
    ]
    """The prompt used for texture generation (possibly expanded)."""

    timings: Annotated[
        dict[str, float] | MISSING, Field(description="End-to-end timing breakdown (seconds).")
    ] = MISSING
    """End-to-end timing breakdown (seconds)."""


class PatinaMaterialExtractInput(InputModel):
    prompt: Annotated[str, Field(description="Describe which texture to extract from the image.")]
    """Describe which texture to extract from the image."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="Output texture dimensions in pixels.", validate_default=True),
    ] = "square_hd"
    """Output texture dimensions in pixels."""

    num_inference_steps: Annotated[
        int, Field(description="Number of denoising steps for texture generation.", ge=1, le=8)
    ] = 8
    """Number of denoising steps for texture generation."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    num_images: Annotated[
        int, Field(description="Number of texture images to generate.", ge=1, le=4)
    ] = 1
    """Number of texture images to generate."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(description="Expand prompt with an LLM for richer detail. Adds ~0.0025 credits."),
    ] = True
    """Expand prompt with an LLM for richer detail. Adds ~0.0025 credits."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable the safety checker for generated images.")
    ] = True
    """Enable the safety checker for generated images."""

    tiling_mode: Annotated[
        Literal["both", "horizontal", "vertical"],
        Field(
            description="Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'."
        ),
    ] = "both"
    """Tiling direction: 'both' (omnidirectional), 'horizontal', or 'vertical'."""

    tile_size: Annotated[
        int,
        Field(description="Tile size in latent space (64 = 512px, 128 = 1024px).", ge=32, le=256),
    ] = 128
    """Tile size in latent space (64 = 512px, 128 = 1024px)."""

    tile_stride: Annotated[
        int, Field(description="Tile stride in latent space.", ge=16, le=128)
    ] = 64
    """Tile stride in latent space."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to extract a texture from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to extract a texture from."""

    strength: Annotated[
        float,
        Field(
            description="How much to transform the input image. Only used when image_url is "
            "provided.",
            gt=0.0,
            le=1.0,
        ),
    ] = 0.6
    """How much to transform the input image. Only used when image_url is provided."""

    maps: Annotated[
        list[MapsPreset] | MISSING,
        Field(
            description="Which PBR maps to predict. Deselect all to skip PBR estimation entirely. "
            "Defaults to all five."
        ),
    ] = MISSING
    """Which PBR maps to predict. Deselect all to skip PBR estimation entirely. Defaults to all
    five.
    """

    upscale_factor: Annotated[
        Literal[0, 2, 4],
        Field(
            description="Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 = "
            "no upscaling, 2 = 2× resolution, 4 = 4× resolution. The base texture image is not "
            "upscaled."
        ),
    ] = 0
    """Upscale factor for predicted PBR maps via SeedVR seamless upscaling. 0 = no upscaling, 2 =
    2× resolution, 4 = 4× resolution. The base texture image is not upscaled.
    """

    output_format: Annotated[
        Literal["jpeg", "png", "webp"],
        Field(description="Output image format for textures and PBR maps."),
    ] = "png"
    """Output image format for textures and PBR maps."""
