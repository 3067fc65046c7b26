# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class JoyaiImageEditInput(InputModel):
    prompt: Annotated[
        str, Field(description="The edit instruction describing what changes to make to the image.")
    ]
    """The edit instruction describing what changes to make to the image."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to edit.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input image to edit."""

    negative_prompt: Annotated[
        str, Field(description="Text describing what should not appear in the output image.")
    ] = ""
    """Text describing what should not appear in the output image."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    num_inference_steps: Annotated[
        int, Field(description="Number of denoising steps.", ge=1, le=50)
    ] = 30
    """Number of denoising steps."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Controls how closely the output follows the edit instruction.",
            ge=1.0,
            le=15.0,
        ),
    ] = 5
    """Controls how closely the output follows the edit instruction."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable safety checking on input and output.")
    ] = True
    """Enable safety checking on input and output."""

    output_format: Annotated[Literal["jpeg", "png"], Field(description="Output image format.")] = (
        "jpeg"
    )
    """Output image format."""

    sync_mode: Annotated[bool, Field(description="If True, return image as data URI.")] = False
    """If True, return image as data URI."""


class JoyaiImageEditOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The edited output image.")]
    """The edited output image."""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
