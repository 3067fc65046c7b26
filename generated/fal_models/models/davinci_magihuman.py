# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DavinciMagihumanInput(InputModel):
    prompt: Annotated[str, Field(min_length=1)]
    """Text prompt describing the desired video content."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference image for image-to-video generation."""
    audio_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional URL of the driving audio for lipsync mode. If omitted, audio is generated from
    the prompt.
    """
    duration: Annotated[int, Field(ge=1, le=30)] = 5
    """Duration of the generated video in seconds."""
    resolution: Literal["256p", "540p", "720p", "1080p"] = "256p"
    """Output resolution. '256p' uses the official base-model 448x256 path. '1080p' uses the
    official base + 1080p super-resolution pipeline. '540p' and '720p' reuse that sharper
    1080p SR path and downsample to the requested output size.
    """
    num_inference_steps: NumInferenceSteps | None | MISSING = MISSING
    """Number of denoising steps. Defaults to 8 for 256p and 32 for 540p/720p/1080p (base + SR)."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 5
    """Classifier-free guidance scale."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    enable_safety_checker: bool = True
    """If enabled, runs safety checks on the prompt and input image."""


class DavinciMagihumanOutput(OutputModel):
    video: shared.File | MISSING = MISSING
    """The generated video with synchronized audio."""
    seed: int
    """The seed used for generation."""


NumInferenceSteps = TypeAliasType("NumInferenceSteps", Annotated[int, Field(ge=1, le=50)])
"""Number of denoising steps. Defaults to 8 for 256p and 32 for 540p/720p/1080p (base + SR)."""
