# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class NucleusImageInput(InputModel):
    prompt: str
    """The prompt to use for generating the image."""
    negative_prompt: str = ""
    """The negative prompt to use for generation."""
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] = "1:1"
    """The output aspect ratio. Nucleus-Image supports a fixed set of aspect-ratio presets."""
    num_inference_steps: Annotated[int, Field(ge=1, le=100)] = 50
    """The number of inference steps to perform."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 8
    """The classifier-free guidance scale."""
    seed: int | None | MISSING = MISSING
    """Seed for reproducible generation."""
    num_images: Annotated[int, Field(ge=1, le=2)] = 1
    """The number of images to generate."""
    sync_mode: bool = False
    """If `True`, return media as data URIs instead of persisted CDN files."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""


class NucleusImageOutput(OutputModel):
    images: list[Image]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
