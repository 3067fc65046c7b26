# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


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


class Moondream3PreviewPointInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    prompt: Annotated[str, Field(min_length=1)]
    """Object to be located in the image"""
    preview: bool = False
    """Whether to preview the output"""


class Moondream3PreviewPointOutput(OutputModel):
    finish_reason: str
    """Reason for finishing the output generation"""
    usage_info: UsageInfo
    """Usage information for the request"""
    points: list[Point]
    """List of points marking the detected objects"""
    image: ImageFile | None | MISSING = MISSING
    """Image with points drawn on detected objects"""


class Point(OutputModel):
    x: float
    """X coordinate of the point in normalized format (0 to 1)"""
    y: float
    """Y coordinate of the point in normalized format (0 to 1)"""


class UsageInfo(OutputModel):
    input_tokens: int
    """Number of input tokens processed"""
    output_tokens: int
    """Number of output tokens generated"""
    prefill_time_ms: float
    """Time taken for prefill in milliseconds"""
    decode_time_ms: float
    """Time taken for decoding in milliseconds"""
    ttft_ms: float
    """Time to first token in milliseconds"""
