# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from typing_extensions import TypeAliasType

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


MaxTokens = TypeAliasType("MaxTokens", Annotated[int, Field(ge=1)])
"""Maximum number of tokens to generate."""


class Moondream3PreviewSegmentInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    object: str
    """Object to be segmented in the image"""
    spatial_references: list[dict[str, Any] | list[float]] | None | MISSING = MISSING
    """Spatial references to guide the segmentation. By feeding in references you can help the
    segmentation process. Must be either list of Point object with x and y members, or list of
    arrays containing either 2 floats (x,y) or 4 floats (x1,y1,x2,y2). **NOTE**: You can also
    use the [**point endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get
    points for the objects, and pass them in here.
    """
    settings: SegmentSamplingSettings | None | MISSING = MISSING
    """Sampling settings for the segmentation model"""
    preview: bool = False
    """Whether to preview the output and return a binary mask of the image"""


class Moondream3PreviewSegmentOutput(OutputModel):
    finish_reason: str
    """Reason for finishing the output generation"""
    usage_info: UsageInfo
    """Usage information for the request"""
    image: ImageFile | None | MISSING = MISSING
    """Segmentation mask image. If no object detected or preview not requested, will be null."""
    path: str | None | MISSING = MISSING
    """SVG path data representing the segmentation mask. If not detected, will be null."""
    bbox: Object | None | MISSING = MISSING
    """Bounding box of the segmented object. If not detected, will be null."""


class Object(OutputModel):
    x_min: float
    """Left boundary of detection box in normalized format (0 to 1)"""
    y_min: float
    """Top boundary of detection box in normalized format (0 to 1)"""
    x_max: float
    """Right boundary of detection box in normalized format (0 to 1)"""
    y_max: float
    """Bottom boundary of detection box in normalized format (0 to 1)"""


class SegmentSamplingSettings(InputModel):
    temperature: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Sampling temperature to use. Higher values will make the output more random, while lower
    values will make it more focused and deterministic.
    """
    top_p: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Nucleus sampling probability mass to use, between 0 and 1."""
    max_tokens: MaxTokens | None | MISSING = MISSING
    """Maximum number of tokens to generate."""


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
