# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TranspixarInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate video from")
    ] = ""
    """The negative prompt to generate video from"""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 24
    """The number of inference steps to perform."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same video every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related video to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related video to show you.
    """

    export_fps: Annotated[int, Field(description="The target FPS of the video", ge=4, le=32)] = 8
    """The target FPS of the video"""


class TranspixarOutput(OutputModel):
    videos: Annotated[list[shared.File], Field(description="The URL to the generated video")]
    """The URL to the generated video"""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated video. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated video. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    prompt: Annotated[str, Field(description="The prompt used for generating the video.")]
    """The prompt used for generating the video."""
