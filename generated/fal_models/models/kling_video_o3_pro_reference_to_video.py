# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingV3ComboElementInput(InputModel):
    frontal_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The frontal image of the element (main view)."""
    reference_image_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """
    video_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The video URL of the element. A request can only have one element with a video."""
    voice_id: str | None | MISSING = MISSING
    """The voice ID for this element. The voice will be binded to the element and references to
    this element will use the binded voice. Voice binding is only supported for video
    elements, and cannot be used with image elements. Get voice IDs from the following
    endpoint: https://fal.ai/models/fal-ai/kling-video/create-voice
    """


class KlingV3MultiPromptElement(InputModel):
    prompt: str
    """The prompt for this shot."""
    duration: Literal[
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
    ] = "5"
    """The duration of this shot in seconds"""


class KlingVideoO3ProReferenceToVideoInput(InputModel):
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """
    multi_prompt: list[KlingV3MultiPromptElement] | None | MISSING = MISSING
    """List of prompts for multi-shot video generation."""
    start_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Image to use as the first frame of the video."""
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Image to use as the last frame of the video."""
    image_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Reference images for style/appearance. Reference in prompt as @Image1, @Image2, etc.
    Maximum 4 total (elements + reference images) when using video.
    """
    elements: list[KlingV3ComboElementInput] | None | MISSING = MISSING
    """Elements (characters/objects) to include. Reference in prompt as @Element1, @Element2."""
    generate_audio: bool = False
    """Whether to generate native audio for the video."""
    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = "5"
    """Video duration in seconds (3-15s)."""
    shot_type: Literal["customize"] = "customize"
    """The type of multi-shot video generation."""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """The aspect ratio of the generated video frame."""


class KlingVideoO3ProReferenceToVideoOutput(OutputModel):
    video: shared.File
    """The generated video."""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])
"""Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
both.
"""
