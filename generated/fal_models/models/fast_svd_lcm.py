# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FastSvdLcmInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a starting point for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a starting point for the generation."""

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

    steps: Annotated[
        int,
        Field(
            description="The number of steps to run the model for. The higher the number the "
            "better the quality and longer it will take to generate.",
            ge=1,
            le=20,
        ),
    ] = 4
    """The number of steps to run the model for. The higher the number the better the quality and
    longer it will take to generate.
    """

    fps: Annotated[
        int,
        Field(
            description="The FPS of the generated video. The higher the number, the faster the "
            "video will play. Total video length is 25 frames.",
            ge=1,
            le=25,
        ),
    ] = 10
    """The FPS of the generated video. The higher the number, the faster the video will play.
    Total video length is 25 frames.
    """


class FastSvdLcmOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

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
