# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Moondream3PreviewPointInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    prompt: Annotated[str, Field(description="Object to be located in the image", min_length=1)]
    """Object to be located in the image"""

    preview: Annotated[bool, Field(description="Whether to preview the output")] = False
    """Whether to preview the output"""


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


class Point(OutputModel):
    x: Annotated[
        float, Field(description="X coordinate of the point in normalized format (0 to 1)")
    ]
    """X coordinate of the point in normalized format (0 to 1)"""

    y: Annotated[
        float, Field(description="Y coordinate of the point in normalized format (0 to 1)")
    ]
    """Y coordinate of the point in normalized format (0 to 1)"""


class UsageInfo(OutputModel):
    input_tokens: Annotated[int, Field(description="Number of input tokens processed")]
    """Number of input tokens processed"""

    output_tokens: Annotated[int, Field(description="Number of output tokens generated")]
    """Number of output tokens generated"""

    prefill_time_ms: Annotated[float, Field(description="Time taken for prefill in milliseconds")]
    """Time taken for prefill in milliseconds"""

    decode_time_ms: Annotated[float, Field(description="Time taken for decoding in milliseconds")]
    """Time taken for decoding in milliseconds"""

    ttft_ms: Annotated[float, Field(description="Time to first token in milliseconds")]
    """Time to first token in milliseconds"""


class Moondream3PreviewPointOutput(OutputModel):
    finish_reason: Annotated[str, Field(description="Reason for finishing the output generation")]
    """Reason for finishing the output generation"""

    usage_info: Annotated[UsageInfo, Field(description="Usage information for the request")]
    """Usage information for the request"""

    points: Annotated[list[Point], Field(description="List of points marking the detected objects")]
    """List of points marking the detected objects"""

    image: Annotated[
        ImageFile | None | MISSING, Field(description="Image with points drawn on detected objects")
    ] = MISSING
    """Image with points drawn on detected objects"""
