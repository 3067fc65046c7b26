# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class LlavaNextInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    prompt: str
    """Prompt to be used for the image"""
    max_tokens: int = 64
    """Maximum number of tokens to generate Not checked by the client: slider min 32, max 1024."""
    temperature: Annotated[float, Field(gt=0.0, le=1.0)] = 0.2
    """Temperature for sampling"""
    top_p: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Top P for sampling"""


class LlavaNextOutput(OutputModel):
    output: str
    """Generated output"""
    partial: bool = False
    """Whether the output is partial"""
