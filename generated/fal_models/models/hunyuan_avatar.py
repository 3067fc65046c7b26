# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanAvatarInput(InputModel):
    audio_url: Annotated[
        str, Field(description="The URL of the audio file.", json_schema_extra={"x-fal-file": True})
    ]
    """The URL of the audio file."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the reference image.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the reference image."""

    text: Annotated[str, Field(description="Text prompt describing the scene.")] = (
        "A cat is singing."
    )
    """Text prompt describing the scene."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of video frames to generate at 25 FPS. If greater than the input "
            "audio length, it will capped to the length of the input audio.",
            ge=129,
            le=401,
        ),
    ] = 129
    """Number of video frames to generate at 25 FPS. If greater than the input audio length, it
    will capped to the length of the input audio.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=30,
            le=50,
        ),
    ] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    turbo_mode: Annotated[
        bool,
        Field(
            description="If true, the video will be generated faster with no noticeable "
            "degradation in the visual quality."
        ),
    ] = True
    """If true, the video will be generated faster with no noticeable degradation in the visual
    quality.
    """

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation.")] = (
        MISSING
    )
    """Random seed for generation."""


class HunyuanAvatarOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video with the avatar animation.")
    ]
    """The generated video with the avatar animation."""
