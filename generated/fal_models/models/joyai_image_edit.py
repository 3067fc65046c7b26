# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class JoyaiImageEditInput(InputModel):
    prompt: str
    """The edit instruction describing what changes to make to the image."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image to edit."""
    negative_prompt: str = ""
    """Text describing what should not appear in the output image."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 30
    """Number of denoising steps."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=15.0)] = 5
    """Controls how closely the output follows the edit instruction."""
    enable_safety_checker: bool = True
    """Enable safety checking on input and output."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """Output image format."""
    sync_mode: bool = False
    """If True, return image as data URI."""


class JoyaiImageEditOutput(OutputModel):
    images: list[shared.Image]
    """The edited output image."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
