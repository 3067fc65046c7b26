# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

MaxTokens = TypeAliasType(
    "MaxTokens", Annotated[int, Field(description="Maximum number of tokens to generate.", ge=1)]
)


class SegmentSamplingSettings(InputModel):
    temperature: Annotated[
        float,
        Field(
            description="Sampling temperature to use. Higher values will make the output more "
            "random, while lower values will make it more focused and deterministic.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Sampling temperature to use. Higher values will make the output more random, while lower
    values will make it more focused and deterministic.
    """

    top_p: Annotated[
        float,
        Field(
            description="Nucleus sampling probability mass to use, between 0 and 1.", ge=0.0, le=1.0
        ),
    ] = 1
    """Nucleus sampling probability mass to use, between 0 and 1."""

    max_tokens: Annotated[
        MaxTokens | None | MISSING, Field(description="Maximum number of tokens to generate.")
    ] = MISSING
    """Maximum number of tokens to generate."""


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


class Object(OutputModel):
    x_min: Annotated[
        float, Field(description="Left boundary of detection box in normalized format (0 to 1)")
    ]
    """Left boundary of detection box in normalized format (0 to 1)"""

    y_min: Annotated[
        float, Field(description="Top boundary of detection box in normalized format (0 to 1)")
    ]
    """Top boundary of detection box in normalized format (0 to 1)"""

    x_max: Annotated[
        float, Field(description="Right boundary of detection box in normalized format (0 to 1)")
    ]
    """Right boundary of detection box in normalized format (0 to 1)"""

    y_max: Annotated[
        float, Field(description="Bottom boundary of detection box in normalized format (0 to 1)")
    ]
    """Bottom boundary of detection box in normalized format (0 to 1)"""


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


class Moondream3PreviewSegmentInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    object: Annotated[str, Field(description="Object to be segmented in the image")]
    """Object to be segmented in the image"""

    spatial_references: Annotated[
        list[dict[str, Any] | list[float]] | None | MISSING,
        Field(
            description="Spatial references to guide the segmentation. By feeding in references "
            "you can help the segmentation process. Must be either list of Point object with x "
            "and y members, or list of arrays containing either 2 floats (x,y) or 4 floats "
            "(x1,y1,x2,y2). **NOTE**: You can also use the [**point "
            "endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get points for "
            "the objects, and pass them in here."
        ),
    ] = MISSING
    """Spatial references to guide the segmentation. By feeding in references you can help the
    segmentation process. Must be either list of Point object with x and y members, or list of
    arrays containing either 2 floats (x,y) or 4 floats (x1,y1,x2,y2). **NOTE**: You can also
    use the [**point endpoint**](https://fal.ai/models/fal-ai/moondream3-preview/point) to get
    points for the objects, and pass them in here.
    """

    settings: Annotated[
        SegmentSamplingSettings | None | MISSING,
        Field(description="Sampling settings for the segmentation model"),
    ] = MISSING
    """Sampling settings for the segmentation model"""

    preview: Annotated[
        bool,
        Field(description="Whether to preview the output and return a binary mask of the image"),
    ] = False
    """Whether to preview the output and return a binary mask of the image"""


class Moondream3PreviewSegmentOutput(OutputModel):
    finish_reason: Annotated[str, Field(description="Reason for finishing the output generation")]
    """Reason for finishing the output generation"""

    usage_info: Annotated[UsageInfo, Field(description="Usage information for the request")]
    """Usage information for the request"""

    image: Annotated[
        ImageFile | None | MISSING,
        Field(
            description="Segmentation mask image. If no object detected or preview not requested, "
            "will be null."
        ),
    ] = MISSING
    """Segmentation mask image. If no object detected or preview not requested, will be null."""

    path: Annotated[
        str | None | MISSING,
        Field(
            description="SVG path data representing the segmentation mask. If not detected, will "
            "be null."
        ),
    ] = MISSING
    """SVG path data representing the segmentation mask. If not detected, will be null."""

    bbox: Annotated[
        Object | None | MISSING,
        Field(description="Bounding box of the segmented object. If not detected, will be null."),
    ] = MISSING
    """Bounding box of the segmented object. If not detected, will be null."""
