# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StableVideoInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a starting point for the generation.",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """The URL of the image to use as a starting point for the generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    motion_bucket_id: Annotated[
        int,
        Field(
            description="The motion bucket id determines the motion of the generated video. The "
            "higher the number, the more motion there will be.",
            ge=1,
            le=255,
        ),
    ] = 127
    """The motion bucket id determines the motion of the generated video. The higher the number,
    the more motion there will be.
    """

    cond_aug: Annotated[
        float,
        Field(
            description="The conditoning augmentation determines the amount of noise that will be "
            "added to the conditioning frame. The higher the number, the more noise there will "
            "be, and the less the video will look like the initial image. Increase it for more "
            "motion.",
            ge=0.0,
            le=10.0,
        ),
    ] = 0.02
    """The conditoning augmentation determines the amount of noise that will be added to the
    conditioning frame. The higher the number, the more noise there will be, and the less the
    video will look like the initial image. Increase it for more motion.
    """

    fps: Annotated[
        int, Field(description="The frames per second of the generated video.", ge=10, le=100)
    ] = 25
    """The frames per second of the generated video."""


class StableVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video")]
    """Generated video"""

    seed: Annotated[int, Field(description="Seed for random number generator")]
    """Seed for random number generator"""
