# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ChronoEditLoraGalleryUpscalerInput(InputModel):
    """Input for upscaler mode"""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image to upscale."""
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """Target scale factor for the output resolution."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=10.0)] = 1
    """The guidance scale for the inference."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 30
    """Number of inference steps for the upscaling pass."""
    lora_scale: Annotated[float, Field(ge=0.0, le=2.0)] = 1
    """The scale factor for the LoRA adapter."""
    seed: int | None | MISSING = MISSING
    """The seed for the inference."""
    output_format: Literal["jpeg", "png", "webp"] = "jpeg"
    """The format of the output image."""
    sync_mode: bool = False
    """Whether to return the image in sync mode."""
    loras: Annotated[list[ChronoLoraWeight], Field(validate_default=True)] = []
    """Optional additional LoRAs to merge (max 3)."""


class ChronoEditLoraGalleryUpscalerOutput(OutputModel):
    """Unified output model for all ChronoEdit operations"""

    images: list[ImageFile]
    """The edited image."""
    prompt: str
    """The prompt used for the inference."""
    seed: int
    """The seed for the inference."""


class ChronoLoraWeight(InputModel):
    path: str
    """URL or path to the LoRA weights (Safetensors)."""
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """Scale factor controlling LoRA strength."""


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
