# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanCustomInput(InputModel):
    prompt: str
    """Text prompt for video generation (max 500 characters)."""
    negative_prompt: str = (
        "Aerial view, aerial view, overexposed, low quality, deformation, a poor composition, bad "
        "hands, bad teeth, bad eyes, bad limbs, distortion, blurring, text, subtitles, static, "
        "picture, black border."
    )
    """Negative prompt for video generation."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image input."""
    num_inference_steps: Annotated[int, Field(ge=10, le=30)] = 30
    """The number of inference steps to run. Lower gets faster results, higher gets better
    results.
    """
    seed: int | None | MISSING = MISSING
    """The seed to use for generating the video."""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the video to generate."""
    resolution: Literal["512p", "720p"] = "512p"
    """The resolution of the video to generate. 720p generations cost 1.5x more than 480p
    generations.
    """
    fps: Annotated[int, Field(ge=16, le=30)] = 25
    """The frames per second of the generated video."""
    cfg_scale: Annotated[float, Field(ge=1.5, le=13.0)] = 7.5
    """Classifier-Free Guidance scale for the generation."""
    num_frames: Annotated[int, Field(ge=81, le=129)] = 129
    """The number of frames to generate."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt expansion."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class HunyuanCustomOutput(OutputModel):
    video: shared.File
    seed: int
    """The seed used for generating the video."""
