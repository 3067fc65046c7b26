# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoonvalleyMareyPoseTransferInput(InputModel):
    prompt: str
    """The prompt to generate a video from"""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to use as the control video."""
    first_frame_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional first frame image URL to use as the first frame of the generated video"""
    reference_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional reference image URL to use for pose control or as a starting frame"""
    negative_prompt: str | None = (
        "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff animation, uncanny "
        "eyes, low-quality textures, looping glitch, cheap effect, overbloom, bloom spam, default "
        "lighting, game asset, stiff face, ugly specular, AI artifacts"
    )
    """Negative prompt used to guide the model away from undesirable features."""
    seed: int | None = -1
    """Seed for random number generation. Use -1 for random seed each run."""


class MoonvalleyMareyPoseTransferOutput(OutputModel):
    video: shared.File
    """The generated video."""
