# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

Temperature = TypeAliasType(
    "Temperature",
    Annotated[
        float,
        Field(
            description="Sampling temperature to use, between 0 and 1. Higher values like 0.8 "
            "will make the output more random, while lower values like 0.2 will make it more "
            "focused and deterministic. If not set, defaults to 0.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


TopP = TypeAliasType(
    "TopP",
    Annotated[
        float,
        Field(
            description="Nucleus sampling probability mass to use, between 0 and 1.", ge=0.0, le=1.0
        ),
    ],
)


class Moondream3PreviewCaptionInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    length: Annotated[
        Literal["short", "normal", "long"], Field(description="Length of the caption to generate")
    ] = "normal"
    """Length of the caption to generate"""

    temperature: Annotated[
        Temperature | None | MISSING,
        Field(
            description="Sampling temperature to use, between 0 and 1. Higher values like 0.8 "
            "will make the output more random, while lower values like 0.2 will make it more "
            "focused and deterministic. If not set, defaults to 0."
        ),
    ] = MISSING
    """Sampling temperature to use, between 0 and 1. Higher values like 0.8 will make the output
    more random, while lower values like 0.2 will make it more focused and deterministic. If
    not set, defaults to 0.
    """

    top_p: Annotated[
        TopP | None | MISSING,
        Field(description="Nucleus sampling probability mass to use, between 0 and 1."),
    ] = MISSING
    """Nucleus sampling probability mass to use, between 0 and 1."""


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


class Moondream3PreviewCaptionOutput(OutputModel):
    finish_reason: Annotated[str, Field(description="Reason for finishing the output generation")]
    """Reason for finishing the output generation"""

    usage_info: Annotated[UsageInfo, Field(description="Usage information for the request")]
    """Usage information for the request"""

    output: Annotated[str, Field(description="Generated caption for the image")]
    """Generated caption for the image"""
