# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoImg2vidLoraInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    image_url: Annotated[
        str,
        Field(
            description="The URL to the image to generate the video from. The image must be "
            "960x544 or it will get cropped and resized to that size.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL to the image to generate the video from. The image must be 960x544 or it will get
    cropped and resized to that size.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""


class HunyuanVideoImg2vidLoraOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""

    seed: Annotated[int, Field(description="The seed used for generating the video.")]
    """The seed used for generating the video."""
