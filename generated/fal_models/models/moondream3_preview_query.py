# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class Moondream3PreviewQueryInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    prompt: Annotated[str, Field(min_length=1)]
    """Query to be asked in the image"""
    reasoning: bool = True
    """Whether to include detailed reasoning behind the answer"""
    temperature: Temperature | None | MISSING = MISSING
    """Sampling temperature to use, between 0 and 1. Higher values like 0.8 will make the output
    more random, while lower values like 0.2 will make it more focused and deterministic. If
    not set, defaults to 0.
    """
    top_p: TopP | None | MISSING = MISSING
    """Nucleus sampling probability mass to use, between 0 and 1."""


class Moondream3PreviewQueryOutput(OutputModel):
    finish_reason: str
    """Reason for finishing the output generation"""
    usage_info: UsageInfo
    """Usage information for the request"""
    output: str
    """Answer to the query about the image"""
    reasoning: str | None | MISSING = MISSING
    """Detailed reasoning behind the answer, if enabled"""


Temperature = TypeAliasType("Temperature", Annotated[float, Field(ge=0.0, le=1.0)])
"""Sampling temperature to use, between 0 and 1. Higher values like 0.8 will make the output more
random, while lower values like 0.2 will make it more focused and deterministic. If not set,
defaults to 0.
"""


TopP = TypeAliasType("TopP", Annotated[float, Field(ge=0.0, le=1.0)])
"""Nucleus sampling probability mass to use, between 0 and 1."""


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
