# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class MoondreamBatchedInput(InputModel):
    model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] = "vikhyatk/moondream2"
    """Model ID to use for inference"""
    inputs: list[MoondreamInputParam]
    """List of input prompts and image URLs"""
    max_tokens: Annotated[int, Field(ge=32, le=1024)] = 64
    """Maximum number of new tokens to generate"""
    temperature: Annotated[float, Field(gt=0.0, le=1.0)] = 0.2
    """Temperature for sampling"""
    top_p: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Top P for sampling"""
    repetition_penalty: Annotated[float, Field(ge=1.0, le=2.0)] = 1
    """Repetition penalty for sampling"""


class MoondreamBatchedOutput(OutputModel):
    outputs: list[str]
    """List of generated outputs"""
    partial: bool = False
    """Whether the output is partial"""
    timings: dict[str, float]
    """Timings for different parts of the process"""
    filenames: list[str] | None | MISSING = MISSING
    """Filenames of the images processed"""


class MoondreamInputParam(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    prompt: str = "Describe this image."
    """Prompt to be used for the image"""
