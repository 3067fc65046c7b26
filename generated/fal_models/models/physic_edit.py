# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PhysicEditInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to edit with physics-aware transformations."""
    prompt: str
    """The editing instruction describing the physical transformation to apply."""
    negative_prompt: str = ""
    """Description of unwanted elements in the output."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. Same seed and prompt produce identical output."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 40
    """Number of denoising steps. More steps generally produce higher quality but take longer."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 4
    """Classifier-free guidance scale. Higher values follow the prompt more closely."""
    sync_mode: bool = False
    """If True, the image will be returned as a data URI."""
    enable_safety_checker: bool = True
    """Enable content safety checking on the output."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""


class PhysicEditOutput(OutputModel):
    images: list[shared.Image]
    """The edited images."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
