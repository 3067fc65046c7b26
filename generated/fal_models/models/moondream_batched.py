# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class MoondreamInputParam(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    prompt: Annotated[str, Field(description="Prompt to be used for the image")] = (
        "Describe this image."
    )
    """Prompt to be used for the image"""


class MoondreamBatchedOutput(OutputModel):
    outputs: Annotated[list[str], Field(description="List of generated outputs")]
    """List of generated outputs"""

    partial: Annotated[bool, Field(description="Whether the output is partial")] = False
    """Whether the output is partial"""

    timings: Annotated[
        dict[str, float], Field(description="Timings for different parts of the process")
    ]
    """Timings for different parts of the process"""

    filenames: Annotated[
        list[str] | None | MISSING, Field(description="Filenames of the images processed")
    ] = MISSING
    """Filenames of the images processed"""


class MoondreamBatchedInput(InputModel):
    model_id: Annotated[
        Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"],
        Field(description="Model ID to use for inference"),
    ] = "vikhyatk/moondream2"
    """Model ID to use for inference"""

    inputs: Annotated[
        list[MoondreamInputParam], Field(description="List of input prompts and image URLs")
    ]
    """List of input prompts and image URLs"""

    max_tokens: Annotated[
        int, Field(description="Maximum number of new tokens to generate", ge=32, le=1024)
    ] = 64
    """Maximum number of new tokens to generate"""

    temperature: Annotated[float, Field(description="Temperature for sampling", gt=0.0, le=1.0)] = (
        0.2
    )
    """Temperature for sampling"""

    top_p: Annotated[float, Field(description="Top P for sampling", ge=0.0, le=1.0)] = 1
    """Top P for sampling"""

    repetition_penalty: Annotated[
        float, Field(description="Repetition penalty for sampling", ge=1.0, le=2.0)
    ] = 1
    """Repetition penalty for sampling"""
