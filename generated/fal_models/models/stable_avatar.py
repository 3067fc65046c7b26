# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StableAvatarInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a reference for the video generation."""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio to use as a reference for the video generation."""

    prompt: Annotated[str, Field(description="The prompt to use for the video generation.")]
    """The prompt to use for the video generation."""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16", "auto"],
        Field(
            description="The aspect ratio of the video to generate. If 'auto', the aspect ratio "
            "will be determined by the reference image."
        ),
    ] = "auto"
    """The aspect ratio of the video to generate. If 'auto', the aspect ratio will be determined
    by the reference image.
    """

    guidance_scale: Annotated[
        float,
        Field(description="The guidance scale to use for the video generation.", ge=1.0, le=10.0),
    ] = 5
    """The guidance scale to use for the video generation."""

    audio_guidance_scale: Annotated[
        float,
        Field(
            description="The audio guidance scale to use for the video generation.", ge=0.0, le=10.0
        ),
    ] = 4
    """The audio guidance scale to use for the video generation."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for the video generation.",
            ge=10,
            le=50,
        ),
    ] = 50
    """The number of inference steps to use for the video generation."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for the video generation.")
    ] = MISSING
    """The seed to use for the video generation."""

    perturbation: Annotated[
        float,
        Field(
            description="The amount of perturbation to use for the video generation. 0.0 means no "
            "perturbation, 1.0 means full perturbation.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.1
    """The amount of perturbation to use for the video generation. 0.0 means no perturbation, 1.0
    means full perturbation.
    """


class StableAvatarOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
