# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoonvalleyMareyT2vInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate a video from")]
    """The prompt to generate a video from"""

    dimensions: Annotated[
        Literal["1920x1080", "1152x1152", "1536x1152", "1152x1536"],
        Field(description="The dimensions of the generated video in width x height format."),
    ] = "1920x1080"
    """The dimensions of the generated video in width x height format."""

    duration: Annotated[
        Literal["5s", "10s"], Field(description="The duration of the generated video.")
    ] = "5s"
    """The duration of the generated video."""

    negative_prompt: Annotated[
        str | None,
        Field(
            description="Negative prompt used to guide the model away from undesirable features."
        ),
    ] = (
        "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff animation, uncanny "
        "eyes, low-quality textures, looping glitch, cheap effect, overbloom, bloom spam, default "
        "lighting, game asset, stiff face, ugly specular, AI artifacts"
    )
    """Negative prompt used to guide the model away from undesirable features."""

    seed: Annotated[
        int | None,
        Field(description="Seed for random number generation. Use -1 for random seed each run."),
    ] = -1
    """Seed for random number generation. Use -1 for random seed each run."""

    guidance_scale: Annotated[
        float | None | MISSING,
        Field(
            description="Controls how strongly the generation is guided by the prompt (0-20). "
            "Higher values follow the prompt more closely."
        ),
    ] = MISSING
    """Controls how strongly the generation is guided by the prompt (0-20). Higher values follow
    the prompt more closely.
    """


class MoonvalleyMareyT2vOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
