# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str,
        Field(
            description="Text prompt for video generation. Either prompt or multi_prompt must be "
            "provided, but not both.",
            max_length=2500,
        ),
    ],
)


class KlingV3ComboElementInput(InputModel):
    frontal_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The frontal image of the element (main view).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The frontal image of the element (main view)."""

    reference_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Additional reference images from different angles. 1-3 images supported. "
            "At least one image is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """

    video_url: Annotated[
        str | None | MISSING,
        Field(
            description="The video URL of the element. A request can only have one element with a "
            "video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The video URL of the element. A request can only have one element with a video."""

    voice_id: Annotated[
        str | None | MISSING,
        Field(
            description="The voice ID for this element. The voice will be binded to the element "
            "and references to this element will use the binded voice. Voice binding is only "
            "supported for video elements, and cannot be used with image elements. Get voice IDs "
            "from the following endpoint: https://fal.ai/models/fal-ai/kling-video/create-voice"
        ),
    ] = MISSING
    """The voice ID for this element. The voice will be binded to the element and references to
    this element will use the binded voice. Voice binding is only supported for video
    elements, and cannot be used with image elements. Get voice IDs from the following
    endpoint: https://fal.ai/models/fal-ai/kling-video/create-voice
    """


class KlingV3MultiPromptElement(InputModel):
    prompt: Annotated[str, Field(description="The prompt for this shot.")]
    """The prompt for this shot."""

    duration: Annotated[
        Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="The duration of this shot in seconds"),
    ] = "5"
    """The duration of this shot in seconds"""


class KlingVideoV3StandardImageToVideoInput(InputModel):
    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Text prompt for video generation. Either prompt or multi_prompt must be "
            "provided, but not both."
        ),
    ] = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """

    multi_prompt: Annotated[
        list[KlingV3MultiPromptElement] | None | MISSING,
        Field(
            description="List of prompts for multi-shot video generation. If provided, divides "
            "the video into multiple shots."
        ),
    ] = MISSING
    """List of prompts for multi-shot video generation. If provided, divides the video into
    multiple shots.
    """

    start_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used for the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used for the video"""

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="The duration of the generated video in seconds"),
    ] = "5"
    """The duration of the generated video in seconds"""

    generate_audio: Annotated[
        bool,
        Field(
            description="Whether to generate native audio for the video. Supports Chinese and "
            "English voice output. Other languages are automatically translated to English. For "
            "English speech, use lowercase letters; for acronyms or proper nouns, use uppercase."
        ),
    ] = True
    """Whether to generate native audio for the video. Supports Chinese and English voice output.
    Other languages are automatically translated to English. For English speech, use lowercase
    letters; for acronyms or proper nouns, use uppercase.
    """

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image to be used for the end of the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image to be used for the end of the video"""

    elements: Annotated[
        list[KlingV3ComboElementInput] | None | MISSING,
        Field(
            description="Elements (characters/objects) to include in the video. Each example can "
            "either be an image set (frontal + reference images) or a video. Reference in prompt "
            "as @Element1, @Element2, etc."
        ),
    ] = MISSING
    """Elements (characters/objects) to include in the video. Each example can either be an image
    set (frontal + reference images) or a video. Reference in prompt as @Element1, @Element2,
    etc.
    """

    shot_type: Annotated[
        Literal["customize"],
        Field(
            description="The type of multi-shot video generation. Required when multi_prompt is "
            "provided."
        ),
    ] = "customize"
    """The type of multi-shot video generation. Required when multi_prompt is provided."""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """


class KlingVideoV3StandardImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
