# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class GptImage1TextToImageByokInput(InputModel):
    prompt: str
    """The prompt to generate the image from."""
    image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] = "auto"
    """The size of the image to generate."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    quality: Literal["auto", "low", "medium", "high"] = "auto"
    """The quality of the image to generate."""
    background: Literal["auto", "transparent", "opaque"] = "auto"
    """The background of the image to generate."""
    openai_api_key: str
    """The OpenAI API key to use for the image generation. This endpoint is currently powered by
    bring-your-own-key system.
    """


class GptImage1TextToImageByokOutput(OutputModel):
    images: list[Image]
    """The generated images."""
    usage: OpenAIUsage
    """The usage details for the image generation. (present in fal-js types 2025-10-17; absent
    from the older llms.txt copy)
    """


class Image(FileOutput):
    """Represents an image file."""

    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | MISSING = MISSING
    """The size of the file in bytes."""
    file_data: str | MISSING = MISSING
    """File data Not checked by the client: format binary."""
    width: int | MISSING = MISSING
    """The width of the image in pixels."""
    height: int | MISSING = MISSING
    """The height of the image in pixels."""


class OpenAIUsage(OutputModel):
    input_tokens: int
    """Used input tokens"""
    input_tokens_details: OpenAIUsageInputTokensDetails
    """Input tokens details"""
    output_tokens: int
    """Used output tokens"""
    total_tokens: int
    """Total tokens used"""


class OpenAIUsageInputTokensDetails(OutputModel):
    image_tokens: int
    """Used image tokens"""
    text_tokens: int
    """Used text tokens"""
