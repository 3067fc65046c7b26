# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PhysicEditInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to edit with physics-aware transformations.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to edit with physics-aware transformations."""

    prompt: Annotated[
        str,
        Field(
            description="The editing instruction describing the physical transformation to apply."
        ),
    ]
    """The editing instruction describing the physical transformation to apply."""

    negative_prompt: Annotated[
        str, Field(description="Description of unwanted elements in the output.")
    ] = ""
    """Description of unwanted elements in the output."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. Same seed and prompt produce identical "
            "output."
        ),
    ] = MISSING
    """Random seed for reproducibility. Same seed and prompt produce identical output."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. More steps generally produce higher quality "
            "but take longer.",
            ge=1,
            le=50,
        ),
    ] = 40
    """Number of denoising steps. More steps generally produce higher quality but take longer."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values follow the prompt more "
            "closely.",
            ge=1.0,
            le=20.0,
        ),
    ] = 4
    """Classifier-free guidance scale. Higher values follow the prompt more closely."""

    sync_mode: Annotated[
        bool, Field(description="If True, the image will be returned as a data URI.")
    ] = False
    """If True, the image will be returned as a data URI."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content safety checking on the output.")
    ] = True
    """Enable content safety checking on the output."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""


class PhysicEditOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The edited images.")]
    """The edited images."""

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
