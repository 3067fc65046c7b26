# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SkyreelsI2vInput(InputModel):
    prompt: str
    """The prompt to generate the video from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image input."""
    seed: int | None | MISSING = MISSING
    """Random seed for generation. If not provided, a random seed will be used."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 6
    """Guidance scale for generation (between 1.0 and 20.0)"""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 30
    """Number of denoising steps (between 1 and 50). Higher values give better quality but take
    longer.
    """
    negative_prompt: str | None | MISSING = MISSING
    """Negative prompt to guide generation away from certain attributes."""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """Aspect ratio of the output video"""


class SkyreelsI2vOutput(OutputModel):
    video: shared.File
    seed: int
    """The seed used for generation"""
