# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NegativePrompt = TypeAliasType(
    "NegativePrompt",
    Annotated[
        str,
        Field(
            description="Content to avoid in the generated image. Max 500 characters.",
            max_length=500,
        ),
    ],
)


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class QwenImageMaxEditInput(InputModel):
    """Input for Qwen Image Max image editing with reference images"""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image. Supports Chinese and English. "
            "Max 800 characters.",
            max_length=800,
            min_length=1,
        ),
    ]
    """Text prompt describing the desired image. Supports Chinese and English. Max 800
    characters.
    """

    negative_prompt: Annotated[
        NegativePrompt | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    """Content to avoid in the generated image. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. If not provided, the size of the final "
            "input image will be used."
        ),
    ] = MISSING
    """The size of the generated image. If not provided, the size of the final input image will
    be used.
    """

    enable_prompt_expansion: Annotated[
        bool, Field(description="Enable LLM prompt optimization for better results.")
    ] = True
    """Enable LLM prompt optimization for better results."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducibility (0-2147483647).")
    ] = MISSING
    """Random seed for reproducibility (0-2147483647)."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content moderation for input and output.")
    ] = True
    """Enable content moderation for input and output."""

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

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=6)
    ] = 1
    """The number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    image_urls: Annotated[
        list[str],
        Field(
            description="Reference images for editing (1-3 images required). Order matters: "
            "reference as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each "
            "dimension. Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference images for editing (1-3 images required). Order matters: reference as 'image 1',
    'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension. Max size: 10MB
    each. Formats: JPEG, JPG, PNG (no alpha), WEBP.
    """


class QwenImageMaxEditOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="Generated images")]
    """Generated images"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
