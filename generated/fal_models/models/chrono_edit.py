# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ChronoEditInput(InputModel):
    """Input model for ChronoEdit standard editing operations"""

    image_url: Annotated[
        str, Field(description="The image to edit.", json_schema_extra={"x-fal-file": True})
    ]
    """The image to edit."""

    prompt: Annotated[str, Field(description="The prompt to edit the image.")]
    """The prompt to edit the image."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=2, le=50)
    ] = 8
    """The number of inference steps to perform."""

    guidance_scale: Annotated[
        float, Field(description="The guidance scale for the inference.", ge=0.0, le=10.0)
    ] = 1
    """The guidance scale for the inference."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = True
    """Whether to enable prompt expansion."""

    enable_temporal_reasoning: Annotated[
        bool, Field(description="Whether to enable temporal reasoning.")
    ] = False
    """Whether to enable temporal reasoning."""

    num_temporal_reasoning_steps: Annotated[
        int, Field(description="The number of temporal reasoning steps to perform.", ge=2, le=12)
    ] = 8
    """The number of temporal reasoning steps to perform."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the output image.")
    ] = "480p"
    """The resolution of the output image."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    seed: Annotated[int | None | MISSING, Field(description="The seed for the inference.")] = (
        MISSING
    )
    """The seed for the inference."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the output image.")
    ] = "jpeg"
    """The format of the output image."""

    sync_mode: Annotated[bool, Field(description="Whether to return the image in sync mode.")] = (
        False
    )
    """Whether to return the image in sync mode."""

    turbo_mode: Annotated[
        bool, Field(description="Enable turbo mode to use for faster inference.")
    ] = True
    """Enable turbo mode to use for faster inference."""


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


class ChronoEditOutput(OutputModel):
    """Unified output model for all ChronoEdit operations"""

    images: Annotated[list[ImageFile], Field(description="The edited image.")]
    """The edited image."""

    prompt: Annotated[str, Field(description="The prompt used for the inference.")]
    """The prompt used for the inference."""

    seed: Annotated[int, Field(description="The seed for the inference.")]
    """The seed for the inference."""
