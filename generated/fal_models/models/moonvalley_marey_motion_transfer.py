# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoonvalleyMareyMotionTransferInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate a video from")]
    """The prompt to generate a video from"""

    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to use as the control video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to use as the control video."""

    first_frame_image_url: Annotated[
        str | None,
        Field(
            description="Optional first frame image URL to use as the first frame of the "
            "generated video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original"
    """Optional first frame image URL to use as the first frame of the generated video"""

    reference_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional reference image URL to use for pose control or as a starting "
            "frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional reference image URL to use for pose control or as a starting frame"""

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


class MoonvalleyMareyMotionTransferOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
