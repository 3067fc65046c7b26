# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class LlavaNextInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    prompt: Annotated[str, Field(description="Prompt to be used for the image")]
    """Prompt to be used for the image"""

    max_tokens: Annotated[
        int,
        Field(
            description="Maximum number of tokens to generate Not checked by the client: slider "
            "min 32, max 1024."
        ),
    ] = 64
    """Maximum number of tokens to generate Not checked by the client: slider min 32, max 1024."""

    temperature: Annotated[float, Field(description="Temperature for sampling", gt=0.0, le=1.0)] = (
        0.2
    )
    """Temperature for sampling"""

    top_p: Annotated[float, Field(description="Top P for sampling", ge=0.0, le=1.0)] = 1
    """Top P for sampling"""


class LlavaNextOutput(OutputModel):
    output: Annotated[str, Field(description="Generated output")]
    """Generated output"""

    partial: Annotated[bool, Field(description="Whether the output is partial")] = False
    """Whether the output is partial"""
