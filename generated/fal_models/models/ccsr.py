# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CcsrInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL or data URI of the image to upscale.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL or data URI of the image to upscale."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the output image. The higher the scale, the bigger the "
            "output image will be.",
            ge=1.0,
            le=4.0,
        ),
    ] = 2
    """The scale of the output image. The higher the scale, the bigger the output image will be."""

    tile_diffusion: Annotated[
        Literal["none", "mix", "gaussian"],
        Field(
            description="If specified, a patch-based sampling strategy will be used for sampling."
        ),
    ] = "none"
    """If specified, a patch-based sampling strategy will be used for sampling."""

    tile_diffusion_size: Annotated[int, Field(description="Size of patch.", ge=256, le=2048)] = 1024
    """Size of patch."""

    tile_diffusion_stride: Annotated[
        int, Field(description="Stride of sliding patch.", ge=128, le=1024)
    ] = 512
    """Stride of sliding patch."""

    tile_vae: Annotated[
        bool,
        Field(
            description="If specified, a patch-based sampling strategy will be used for VAE "
            "decoding."
        ),
    ] = False
    """If specified, a patch-based sampling strategy will be used for VAE decoding."""

    tile_vae_decoder_size: Annotated[
        int, Field(description="Size of VAE patch.", ge=64, le=2048)
    ] = 226
    """Size of VAE patch."""

    tile_vae_encoder_size: Annotated[
        int, Field(description="Size of latent image", ge=128, le=2048)
    ] = 1024
    """Size of latent image"""

    steps: Annotated[
        int,
        Field(
            description="The number of steps to run the model for. The higher the number the "
            "better the quality and longer it will take to generate.",
            ge=10,
            le=100,
        ),
    ] = 50
    """The number of steps to run the model for. The higher the number the better the quality and
    longer it will take to generate.
    """

    t_max: Annotated[
        float, Field(description="The ending point of uniform sampling strategy.", ge=0.0, le=1.0)
    ] = 0.6667
    """The ending point of uniform sampling strategy."""

    t_min: Annotated[
        float, Field(description="The starting point of uniform sampling strategy.", ge=0.0, le=1.0)
    ] = 0.3333
    """The starting point of uniform sampling strategy."""

    color_fix_type: Annotated[
        Literal["none", "wavelet", "adain"],
        Field(description="Type of color correction for samples."),
    ] = "adain"
    """Type of color correction for samples."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Seed for reproducibility. Different seeds will make slightly different "
            "results."
        ),
    ] = MISSING
    """Seed for reproducibility. Different seeds will make slightly different results."""


class CcsrOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

    seed: Annotated[int, Field(description="The seed used for the generation.")]
    """The seed used for the generation."""
