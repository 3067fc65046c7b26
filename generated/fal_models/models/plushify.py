# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class PlushifyInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to apply cartoon style to"""
    prompt: str = ""
    """Prompt for the generation. Default is empty which is usually best, but sometimes it can
    help to add a description of the subject.
    """
    scale: Annotated[float, Field(ge=0.1, le=2.0)] = 1
    """Scale factor for the Cartoon effect"""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 3.5
    """Guidance scale for the generation"""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """Number of inference steps"""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker"""
    use_cfg_zero: bool = False
    """Whether to use CFG zero"""
    seed: int | None | MISSING = MISSING
    """The seed for image generation. Same seed with same parameters will generate same image."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate"""


class PlushifyOutput(OutputModel):
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
