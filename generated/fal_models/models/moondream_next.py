# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class MoondreamNextInput(InputModel):
    image_url: Annotated[
        str, Field(description="Image URL to be processed", json_schema_extra={"x-fal-file": True})
    ]
    """Image URL to be processed"""

    task_type: Annotated[
        Literal["caption", "query"], Field(description="Type of task to perform")
    ] = "caption"
    """Type of task to perform"""

    prompt: Annotated[str, Field(description="Prompt for query task")]
    """Prompt for query task"""

    max_tokens: Annotated[
        int, Field(description="Maximum number of tokens to generate", ge=1, le=512)
    ] = 64
    """Maximum number of tokens to generate"""


class MoondreamNextOutput(OutputModel):
    output: Annotated[str, Field(description="Response from the model")]
    """Response from the model"""
