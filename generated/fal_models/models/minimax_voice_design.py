# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxVoiceDesignInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Voice description prompt for generating a personalized voice",
            max_length=2000,
        ),
    ]
    """Voice description prompt for generating a personalized voice"""

    preview_text: Annotated[
        str,
        Field(
            description="Text for audio preview. Limited to 500 characters. A fee of $30 per 1M "
            "characters will be charged for the generation of the preview audio.",
            max_length=500,
        ),
    ]
    """Text for audio preview. Limited to 500 characters. A fee of $30 per 1M characters will be
    charged for the generation of the preview audio.
    """


class MinimaxVoiceDesignOutput(OutputModel):
    custom_voice_id: Annotated[str, Field(description="The voice_id of the generated voice")]
    """The voice_id of the generated voice"""

    audio: Annotated[shared.File, Field(description="The preview audio using the generated voice")]
    """The preview audio using the generated voice"""
