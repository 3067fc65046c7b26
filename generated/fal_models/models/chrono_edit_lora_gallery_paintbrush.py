# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ChronoLoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or path to the LoRA weights (Safetensors).")]
    """URL or path to the LoRA weights (Safetensors)."""

    scale: Annotated[
        float, Field(description="Scale factor controlling LoRA strength.", ge=0.0, le=4.0)
    ] = 1
    """Scale factor controlling LoRA strength."""


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class ChronoEditLoraGalleryPaintbrushInput(InputModel):
    """Input for paintbrush mode"""

    image_url: Annotated[
        str, Field(description="The image to edit.", json_schema_extra={"x-fal-file": True})
    ]
    """The image to edit."""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional mask image where black areas indicate regions to sketch/paint.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional mask image where black areas indicate regions to sketch/paint."""

    prompt: Annotated[str, Field(description="Describe how to transform the sketched regions.")]
    """Describe how to transform the sketched regions."""

    num_inference_steps: Annotated[
        int, Field(description="Number of denoising steps to run.", ge=2, le=50)
    ] = 8
    """Number of denoising steps to run."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=0.0, le=10.0)
    ] = 1
    """Classifier-free guidance scale."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the output image.")
    ] = "480p"
    """The resolution of the output image."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    lora_scale: Annotated[
        float, Field(description="The scale factor for the LoRA adapter.", ge=0.0, le=2.0)
    ] = 1
    """The scale factor for the LoRA adapter."""

    seed: Annotated[int | None | MISSING, Field(description="The seed for the inference.")] = (
        MISSING
    )
    """The seed for the inference."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the output image.")
    ] = "png"
    """The format of the output image."""

    sync_mode: Annotated[bool, Field(description="Whether to return the image in sync mode.")] = (
        False
    )
    """Whether to return the image in sync mode."""

    turbo_mode: Annotated[bool, Field(description="Enable turbo mode to use faster inference.")] = (
        True
    )
    """Enable turbo mode to use faster inference."""

    loras: Annotated[
        list[ChronoLoraWeight],
        Field(description="Optional additional LoRAs to merge (max 3).", validate_default=True),
    ] = []
    """Optional additional LoRAs to merge (max 3)."""


class ChronoEditLoraGalleryPaintbrushOutput(OutputModel):
    """Unified output model for all ChronoEdit operations"""

    images: Annotated[list[ImageFile], Field(description="The edited image.")]
    """The edited image."""

    prompt: Annotated[str, Field(description="The prompt used for the inference.")]
    """The prompt used for the inference."""

    seed: Annotated[int, Field(description="The seed for the inference.")]
    """The seed for the inference."""
