# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ChronoEditInput(InputModel):
    """Input model for ChronoEdit standard editing operations"""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image to edit."""
    prompt: str
    """The prompt to edit the image."""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 8
    """The number of inference steps to perform."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=10.0)] = 1
    """The guidance scale for the inference."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt expansion."""
    enable_temporal_reasoning: bool = False
    """Whether to enable temporal reasoning."""
    num_temporal_reasoning_steps: Annotated[int, Field(ge=2, le=12)] = 8
    """The number of temporal reasoning steps to perform."""
    resolution: Literal["480p", "720p"] = "480p"
    """The resolution of the output image."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    seed: int | None | MISSING = MISSING
    """The seed for the inference."""
    output_format: Literal["jpeg", "png", "webp"] = "jpeg"
    """The format of the output image."""
    sync_mode: bool = False
    """Whether to return the image in sync mode."""
    turbo_mode: bool = True
    """Enable turbo mode to use for faster inference."""


class ChronoEditOutput(OutputModel):
    """Unified output model for all ChronoEdit operations"""

    images: list[ImageFile]
    """The edited image."""
    prompt: str
    """The prompt used for the inference."""
    seed: int
    """The seed for the inference."""


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""
