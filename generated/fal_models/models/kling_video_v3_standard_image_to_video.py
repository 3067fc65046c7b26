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


class KlingVideoV3StandardImageToVideoInput(InputModel):
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """
    multi_prompt: list[KlingV3MultiPromptElement] | None | MISSING = MISSING
    """List of prompts for multi-shot video generation. If provided, divides the video into
    multiple shots.
    """
    start_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be used for the video"""
    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = "5"
    """The duration of the generated video in seconds"""
    generate_audio: bool = True
    """Whether to generate native audio for the video. Supports Chinese and English voice output.
    Other languages are automatically translated to English. For English speech, use lowercase
    letters; for acronyms or proper nouns, use uppercase.
    """
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of the image to be used for the end of the video"""
    elements: list[KlingV3ComboElementInput] | None | MISSING = MISSING
    """Elements (characters/objects) to include in the video. Each example can either be an image
    set (frontal + reference images) or a video. Reference in prompt as @Element1, @Element2,
    etc.
    """
    shot_type: Literal["customize"] = "customize"
    """The type of multi-shot video generation. Required when multi_prompt is provided."""
    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """


class KlingVideoV3StandardImageToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])
"""Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
both.
"""
