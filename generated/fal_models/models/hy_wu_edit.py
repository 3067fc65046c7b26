# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "auto",
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
    ],
)


class HyWuEditInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the desired edit. Supports both English and "
            "Chinese. Use specific instructions like 'Replace the clothing on figure 1 with the "
            "outfit from figure 2'."
        ),
    ]
    """The text prompt describing the desired edit. Supports both English and Chinese. Use
    specific instructions like 'Replace the clothing on figure 1 with the outfit from figure
    2'.
    """

    image_urls: Annotated[
        list[str],
        Field(
            description="URLs of input images for editing. Typically 2 images: the base image and "
            "the reference image. Supports up to 3 images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of input images for editing. Typically 2 images: the base image and the reference
    image. Supports up to 3 images.
    """

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The desired size of the generated image. If auto, image size will be "
            "determined by the model.",
            validate_default=True,
        ),
    ] = "auto"
    """The desired size of the generated image. If auto, image size will be determined by the
    model.
    """

    num_inference_steps: Annotated[
        int, Field(description="Number of diffusion denoising steps.", ge=1, le=100)
    ] = 30
    """Number of diffusion denoising steps."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducible results. If None, a random seed is used."),
    ] = MISSING
    """Random seed for reproducible results. If None, a random seed is used."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    enable_thinking: Annotated[
        bool,
        Field(
            description="Enable thinking mode. The model reasons about the edit before "
            "generating, producing higher quality results at the cost of longer inference time. "
            "Disable for faster results on straightforward edits."
        ),
    ] = True
    """Enable thinking mode. The model reasons about the edit before generating, producing higher
    quality results at the cost of longer inference time. Disable for faster results on
    straightforward edits.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool, Field(description="If True, the media will be returned as a data URI.")
    ] = False
    """If True, the media will be returned as a data URI."""


class HyWuEditOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="A list of the generated/edited images.")
    ]
    """A list of the generated/edited images."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[
        dict[str, float] | MISSING, Field(description="Performance timing breakdown.")
    ] = MISSING
    """Performance timing breakdown."""
