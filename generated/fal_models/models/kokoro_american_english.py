# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KokoroAmericanEnglishInput(InputModel):
    prompt: str = ""
    voice: Annotated[
        Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ],
        Field(description="Voice ID for the desired voice."),
    ] = "af_heart"
    """Voice ID for the desired voice."""

    speed: Annotated[
        float, Field(description="Speed of the generated audio. Default is 1.0.", ge=0.1, le=5.0)
    ] = 1
    """Speed of the generated audio. Default is 1.0."""


class KokoroAmericanEnglishOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
