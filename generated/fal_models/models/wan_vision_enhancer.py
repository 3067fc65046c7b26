# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanVisionEnhancerInput(InputModel):
    """Input parameters for Wan Vision Enhancer (Video-to-Video)"""

    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to enhance with Wan Video. Maximum 200MB file size. "
            "Videos longer than 500 frames will have only the first 500 frames processed (~8-21 "
            "seconds depending on fps).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to enhance with Wan Video. Maximum 200MB file size. Videos longer
    than 500 frames will have only the first 500 frames processed (~8-21 seconds depending on
    fps).
    """

    target_resolution: Annotated[
        Literal["720p", "1080p"],
        Field(
            description="Target output resolution for the enhanced video. 720p (native, fast) or "
            "1080p (upscaled, slower). Processing is always done at 720p, then upscaled if 1080p "
            "selected."
        ),
    ] = "720p"
    """Target output resolution for the enhanced video. 720p (native, fast) or 1080p (upscaled,
    slower). Processing is always done at 720p, then upscaled if 1080p selected.
    """

    creativity: Annotated[
        int,
        Field(
            description="Controls how much the model enhances/changes the video. 0 = Minimal "
            "change (preserves original), 1 = Subtle enhancement (default), 2 = Medium "
            "enhancement, 3 = Strong enhancement, 4 = Maximum enhancement.",
            ge=0,
            le=4,
        ),
    ] = 1
    """Controls how much the model enhances/changes the video. 0 = Minimal change (preserves
    original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 = Strong
    enhancement, 4 = Maximum enhancement.
    """

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Optional prompt to prepend to the VLM-generated description. Leave empty "
            "to use only the auto-generated description from the video."
        ),
    ] = MISSING
    """Optional prompt to prepend to the VLM-generated description. Leave empty to use only the
    auto-generated description from the video.
    """

    negative_prompt: Annotated[
        str | None, Field(description="Negative prompt to avoid unwanted features.")
    ] = (
        "oversaturated, overexposed, static, blurry details, subtitles, stylized, artwork, "
        "painting, still frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, "
        "mutated, extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured, "
        "malformed limbs, fused fingers, static motion, cluttered background, three legs, crowded "
        "background, walking backwards"
    )
    """Negative prompt to avoid unwanted features."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. If not provided, a random seed will be "
            "used."
        ),
    ] = MISSING
    """Random seed for reproducibility. If not provided, a random seed will be used."""


class WanVisionEnhancerOutput(OutputModel):
    """Output from Wan Vision Enhancer"""

    video: Annotated[shared.File, Field(description="The enhanced video file.")]
    """The enhanced video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[
        dict[str, float], Field(description="The timings of the different steps in the workflow.")
    ]
    """The timings of the different steps in the workflow."""
