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


class KlingVideoO3_4kReferenceToVideoInput(InputModel):
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
        Field(description="List of prompts for multi-shot video generation."),
    ] = MISSING
    """List of prompts for multi-shot video generation."""

    start_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Image to use as the first frame of the video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Image to use as the first frame of the video."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Image to use as the last frame of the video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Image to use as the last frame of the video."""

    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reference images for style/appearance. Reference in prompt as @Image1, "
            "@Image2, etc. Maximum 7 total (elements + reference images) is allowed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference images for style/appearance. Reference in prompt as @Image1, @Image2, etc.
    Maximum 7 total (elements + reference images) is allowed.
    """

    elements: Annotated[
        list[KlingV3ComboElementInput] | None | MISSING,
        Field(
            description="Elements (characters/objects) to include. Reference in prompt as "
            "@Element1, @Element2."
        ),
    ] = MISSING
    """Elements (characters/objects) to include. Reference in prompt as @Element1, @Element2."""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate native audio for the video.")
    ] = False
    """Whether to generate native audio for the video."""

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="Video duration in seconds (3-15s)."),
    ] = "5"
    """Video duration in seconds (3-15s)."""

    shot_type: Annotated[
        Literal["customize"], Field(description="The type of multi-shot video generation.")
    ] = "customize"
    """The type of multi-shot video generation."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame."),
    ] = "16:9"
    """The aspect ratio of the generated video frame."""


class KlingVideoO3_4kReferenceToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
