# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanCustomInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt for video generation (max 500 characters).")
    ]
    """Text prompt for video generation (max 500 characters)."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = (
        "Aerial view, aerial view, overexposed, low quality, deformation, a poor composition, bad "
        "hands, bad teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, "
        "picture, black border."
    )
    """Negative prompt for video generation."""

    image_url: Annotated[
        str, Field(description="URL of the image input.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image input."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to run. Lower gets faster results, higher "
            "gets better results.",
            ge=10,
            le=30,
        ),
    ] = 30
    """The number of inference steps to run. Lower gets faster results, higher gets better
    results.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="The aspect ratio of the video to generate.")
    ] = "16:9"
    """The aspect ratio of the video to generate."""

    resolution: Annotated[
        Literal["512p", "720p"],
        Field(
            description="The resolution of the video to generate. 720p generations cost 1.5x more "
            "than 480p generations."
        ),
    ] = "512p"
    """The resolution of the video to generate. 720p generations cost 1.5x more than 480p
    generations.
    """

    fps: Annotated[
        int, Field(description="The frames per second of the generated video.", ge=16, le=30)
    ] = 25
    """The frames per second of the generated video."""

    cfg_scale: Annotated[
        float,
        Field(description="Classifier-Free Guidance scale for the generation.", ge=1.5, le=13.0),
    ] = 7.5
    """Classifier-Free Guidance scale for the generation."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=81, le=129)
    ] = 129
    """The number of frames to generate."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = True
    """Whether to enable prompt expansion."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class HunyuanCustomOutput(OutputModel):
    video: shared.File
    seed: Annotated[int, Field(description="The seed used for generating the video.")]
    """The seed used for generating the video."""
