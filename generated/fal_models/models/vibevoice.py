# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VibeVoiceSpeaker(InputModel):
    preset: Annotated[
        Literal[
            "Alice [EN]",
            "Carter [EN]",
            "Frank [EN]",
            "Mary [EN] (Background Music)",
            "Maya [EN]",
            "Anchen [ZH] (Background Music)",
            "Bowen [ZH]",
            "Xinran [ZH]",
        ],
        Field(
            description="Default voice preset to use for the speaker. Not used if `audio_url` is "
            "provided."
        ),
    ] = "Alice [EN]"
    """Default voice preset to use for the speaker. Not used if `audio_url` is provided."""

    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to a voice sample audio file. If provided, `preset` will be ignored.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to a voice sample audio file. If provided, `preset` will be ignored."""


class VibevoiceInput(InputModel):
    """Input schema for VibeVoice TTS generation"""

    script: Annotated[
        str,
        Field(
            description="The script to convert to speech. Can be formatted with 'Speaker X:' "
            "prefixes for multi-speaker dialogues.",
            max_length=90000,
        ),
    ]
    """The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
    multi-speaker dialogues.
    """

    speakers: Annotated[
        list[VibeVoiceSpeaker],
        Field(
            description="List of speakers to use for the script. If not provided, will be "
            "inferred from the script or voice samples."
        ),
    ]
    """List of speakers to use for the script. If not provided, will be inferred from the script
    or voice samples.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    cfg_scale: Annotated[
        float,
        Field(
            description="CFG (Classifier-Free Guidance) scale for generation. Higher values "
            "increase adherence to text.",
            ge=1.0,
            le=2.0,
        ),
    ] = 1.3
    """CFG (Classifier-Free Guidance) scale for generation. Higher values increase adherence to
    text.
    """


class VibevoiceOutput(OutputModel):
    """Output schema for VibeVoice TTS generation"""

    audio: Annotated[
        shared.File, Field(description="The generated audio file containing the speech")
    ]
    """The generated audio file containing the speech"""

    duration: Annotated[float, Field(description="Duration of the generated audio in seconds")]
    """Duration of the generated audio in seconds"""

    sample_rate: Annotated[int, Field(description="Sample rate of the generated audio")]
    """Sample rate of the generated audio"""

    generation_time: Annotated[
        float, Field(description="Time taken to generate the audio in seconds")
    ]
    """Time taken to generate the audio in seconds"""

    rtf: Annotated[
        float,
        Field(description="Real-time factor (generation_time / audio_duration). Lower is better."),
    ]
    """Real-time factor (generation_time / audio_duration). Lower is better."""
