# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ChronoEditLoraGalleryPaintbrushInput(InputModel):
    """Input for paintbrush mode"""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image to edit."""
    mask_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional mask image where black areas indicate regions to sketch/paint."""
    prompt: str
    """Describe how to transform the sketched regions."""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 8
    """Number of denoising steps to run."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=10.0)] = 1
    """Classifier-free guidance scale."""
    resolution: Literal["480p", "720p"] = "480p"
    """The resolution of the output image."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    lora_scale: Annotated[float, Field(ge=0.0, le=2.0)] = 1
    """The scale factor for the LoRA adapter."""
    seed: int | None | MISSING = MISSING
    """The seed for the inference."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the output image."""
    sync_mode: bool = False
    """Whether to return the image in sync mode."""
    turbo_mode: bool = True
    """Enable turbo mode to use faster inference."""
    loras: Annotated[list[ChronoLoraWeight], Field(validate_default=True)] = []
    """Optional additional LoRAs to merge (max 3)."""


class ChronoEditLoraGalleryPaintbrushOutput(OutputModel):
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
