# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class MoondreamNextInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Image URL to be processed"""
    task_type: Literal["caption", "query"] = "caption"
    """Type of task to perform"""
    prompt: str
    """Prompt for query task"""
    max_tokens: Annotated[int, Field(ge=1, le=512)] = 64
    """Maximum number of tokens to generate"""


class MoondreamNextOutput(OutputModel):
    output: str
    """Response from the model"""
