# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class HidreamO1ImageDevEditInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for image generation, editing, or subject-driven "
            "personalization.",
            min_length=1,
        ),
    ]
    """Text prompt for image generation, editing, or subject-driven personalization."""

    reference_image_urls: Annotated[
        list[str],
        Field(
            description="Reference images for image editing or subject-driven personalization.",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """Reference images for image editing or subject-driven personalization."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(
            description="Requested output image size. Reference-image outputs use the nearest "
            "model-supported resolution up to about 2048x2048 pixels."
        ),
    ] = MISSING
    """Requested output image size. Reference-image outputs use the nearest model-supported
    resolution up to about 2048x2048 pixels.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. The dev model is distilled for 28 steps.",
            ge=1,
            le=28,
        ),
    ] = 28
    """Number of denoising steps. The dev model is distilled for 28 steps."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. The dev model uses 0.0 by default.",
            ge=0.0,
            le=20.0,
        ),
    ] = 0
    """Classifier-free guidance scale. The dev model uses 0.0 by default."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="Enable the safety checker on generated images.")
    ] = True
    """Enable the safety checker on generated images."""

    keep_original_aspect: Annotated[
        bool,
        Field(
            description="When exactly one reference image is provided, preserve its aspect ratio "
            "for the output image."
        ),
    ] = False
    """When exactly one reference image is provided, preserve its aspect ratio for the output
    image.
    """


class HidreamO1ImageDevEditOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="Generated images.")]
    """Generated images."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    has_nsfw_concepts: Annotated[
        list[bool],
        Field(description="Whether each generated image was flagged by the safety checker."),
    ]
    """Whether each generated image was flagged by the safety checker."""

    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    timings: Annotated[dict[str, float], Field(description="Generation timings.")]
    """Generation timings."""
