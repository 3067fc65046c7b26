# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2PikadditionsInput(InputModel):
    """Request model for Pikadditions endpoint"""

    video_url: Annotated[
        str, Field(description="URL of the input video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video"""

    image_url: Annotated[
        str, Field(description="URL of the image to add", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image to add"""

    prompt: Annotated[
        str | None | MISSING, Field(description="Text prompt describing what to add")
    ] = MISSING
    """Text prompt describing what to add"""

    negative_prompt: Annotated[
        str | None | MISSING, Field(description="Negative prompt to guide the model")
    ] = MISSING
    """Negative prompt to guide the model"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""


class PikaV2PikadditionsOutput(OutputModel):
    """Output from Pikadditions generation"""

    video: Annotated[
        shared.File, Field(description="The generated video with added objects/images")
    ]
    """The generated video with added objects/images"""
