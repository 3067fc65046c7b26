# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingVideoV2_6ProImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    start_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used for the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used for the video"""

    duration: Annotated[
        Literal["5", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
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

    voice_ids: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Optional Voice IDs for video generation. Reference voices in your prompt "
            "with <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from "
            "the kling video create-voice endpoint: "
            "https://fal.ai/models/fal-ai/kling-video/create-voice"
        ),
    ] = MISSING
    """Optional Voice IDs for video generation. Reference voices in your prompt with
    <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the kling
    video create-voice endpoint: https://fal.ai/models/fal-ai/kling-video/create-voice
    """

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image to be used for the end of the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image to be used for the end of the video"""


class KlingVideoV2_6ProImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
