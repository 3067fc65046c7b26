# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

MusicLengthMs = TypeAliasType(
    "MusicLengthMs",
    Annotated[
        int,
        Field(
            description="The length of the song to generate in milliseconds. Used only in "
            "conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not "
            "provided, the model will choose a length based on the prompt.",
            ge=3000,
            le=600000,
        ),
    ],
)


class MusicSection(InputModel):
    section_name: Annotated[
        str,
        Field(
            description="The name of the section. Must be between 1 and 100 characters.",
            max_length=100,
            min_length=1,
        ),
    ]
    """The name of the section. Must be between 1 and 100 characters."""

    positive_local_styles: Annotated[
        list[str], Field(description="The styles that should be present in this section.")
    ]
    """The styles that should be present in this section."""

    negative_local_styles: Annotated[
        list[str], Field(description="The styles that should not be present in this section.")
    ]
    """The styles that should not be present in this section."""

    duration_ms: Annotated[
        int,
        Field(
            description="The duration of the section in milliseconds. Must be between 3000ms and "
            "120000ms.",
            ge=3000,
            le=120000,
        ),
    ]
    """The duration of the section in milliseconds. Must be between 3000ms and 120000ms."""

    lines: Annotated[
        list[str],
        Field(
            description="The lyrics of the section. Each line must be at most 200 characters long."
        ),
    ]
    """The lyrics of the section. Each line must be at most 200 characters long."""


class MusicCompositionPlan(InputModel):
    positive_global_styles: Annotated[
        list[str], Field(description="The styles that should be present in the entire song.")
    ]
    """The styles that should be present in the entire song."""

    negative_global_styles: Annotated[
        list[str], Field(description="The styles that should not be present in the entire song.")
    ]
    """The styles that should not be present in the entire song."""

    sections: Annotated[list[MusicSection], Field(description="The sections of the song.")]
    """The sections of the song."""


class ElevenlabsMusicOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music audio file in MP3 format")]
    """The generated music audio file in MP3 format"""


class ElevenlabsMusicInput(InputModel):
    """Request format for Elevenlabs Music API"""

    prompt: Annotated[
        str | None | MISSING, Field(description="The text prompt describing the music to generate")
    ] = MISSING
    """The text prompt describing the music to generate"""

    composition_plan: Annotated[
        MusicCompositionPlan | None | MISSING,
        Field(description="The composition plan for the music"),
    ] = MISSING
    """The composition plan for the music"""

    music_length_ms: Annotated[
        MusicLengthMs | None | MISSING,
        Field(
            description="The length of the song to generate in milliseconds. Used only in "
            "conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not "
            "provided, the model will choose a length based on the prompt."
        ),
    ] = MISSING
    """The length of the song to generate in milliseconds. Used only in conjunction with prompt.
    Must be between 3000ms and 600000ms. Optional - if not provided, the model will choose a
    length based on the prompt.
    """

    force_instrumental: Annotated[
        bool,
        Field(
            description="If true, guarantees that the generated song will be instrumental. If "
            "false, the song may or may not be instrumental depending on the prompt. Can only be "
            "used with prompt."
        ),
    ] = False
    """If true, guarantees that the generated song will be instrumental. If false, the song may
    or may not be instrumental depending on the prompt. Can only be used with prompt.
    """

    respect_sections_durations: Annotated[
        bool,
        Field(
            description="Controls how strictly section durations in the composition_plan are "
            "enforced. It will only have an effect if it is used with composition_plan. When set "
            "to true, the model will precisely respect each section's duration_ms from the plan. "
            "When set to false, the model may adjust individual section durations which will "
            "generally lead to better generation quality and improved latency, while always "
            "preserving the total song duration from the plan."
        ),
    ] = True
    """Controls how strictly section durations in the composition_plan are enforced. It will only
    have an effect if it is used with composition_plan. When set to true, the model will
    precisely respect each section's duration_ms from the plan. When set to false, the model
    may adjust individual section durations which will generally lead to better generation
    quality and improved latency, while always preserving the total song duration from the
    plan.
    """

    output_format: Annotated[
        Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ],
        Field(
            description="Output format of the generated audio. Formatted as "
            "codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is "
            "represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed "
            "to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed "
            "to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often "
            "approximated as u-law) is commonly used for Twilio audio inputs."
        ),
    ] = "mp3_44100_128"
    """Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3
    with 22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps
    bitrate requires you to be subscribed to Creator tier or above. PCM with 44.1kHz sample
    rate requires you to be subscribed to Pro tier or above. Note that the μ-law format
    (sometimes written mu-law, often approximated as u-law) is commonly used for Twilio audio
    inputs.
    """
