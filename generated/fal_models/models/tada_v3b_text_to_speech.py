# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Tada3bTextToSpeechInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the reference audio file for voice cloning. The model will "
            "replicate this speaker's voice characteristics.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference audio file for voice cloning. The model will replicate this speaker's
    voice characteristics.
    """

    transcript: Annotated[
        str,
        Field(
            description="Transcript of the reference audio. For non-English audio, providing a "
            "transcript is required since the built-in ASR is English-only."
        ),
    ] = ""
    """Transcript of the reference audio. For non-English audio, providing a transcript is
    required since the built-in ASR is English-only.
    """

    prompt: Annotated[
        str,
        Field(
            description="The text to synthesize into speech using the reference speaker's voice."
        ),
    ]
    """The text to synthesize into speech using the reference speaker's voice."""

    language: Annotated[
        Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"],
        Field(
            description="Language for text alignment. Use the appropriate code for non-English "
            "synthesis."
        ),
    ] = "en"
    """Language for text alignment. Use the appropriate code for non-English synthesis."""

    num_extra_steps: Annotated[
        int,
        Field(
            description="Number of extra autoregressive steps for speech continuation beyond the "
            "input text. Useful for generating trailing prosody or silence.",
            ge=0,
            le=50,
        ),
    ] = 0
    """Number of extra autoregressive steps for speech continuation beyond the input text. Useful
    for generating trailing prosody or silence.
    """

    temperature: Annotated[
        float,
        Field(
            description="Sampling temperature for text token generation. Higher values produce "
            "more varied output.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.6
    """Sampling temperature for text token generation. Higher values produce more varied output."""

    top_p: Annotated[
        float,
        Field(
            description="Top-p (nucleus) sampling parameter for text generation.", ge=0.0, le=1.0
        ),
    ] = 0.9
    """Top-p (nucleus) sampling parameter for text generation."""

    repetition_penalty: Annotated[
        float,
        Field(description="Penalty applied to repeated tokens during generation.", ge=1.0, le=2.0),
    ] = 1.1
    """Penalty applied to repeated tokens during generation."""

    acoustic_cfg_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale for acoustic feature generation.",
            ge=0.0,
            le=10.0,
        ),
    ] = 1.6
    """Classifier-free guidance scale for acoustic feature generation."""

    noise_temperature: Annotated[
        float,
        Field(
            description="Temperature for noise in the flow matching diffusion process.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.9
    """Temperature for noise in the flow matching diffusion process."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of ODE solver steps for flow matching acoustic generation. More "
            "steps improve quality at the cost of speed.",
            ge=1,
            le=50,
        ),
    ] = 20
    """Number of ODE solver steps for flow matching acoustic generation. More steps improve
    quality at the cost of speed.
    """

    speed_up_factor: Annotated[
        float,
        Field(
            description="Factor to speed up or slow down the generated speech. Values > 1.0 speed "
            "up, < 1.0 slow down.",
            ge=0.5,
            le=2.0,
        ),
    ] = 1
    """Factor to speed up or slow down the generated speech. Values > 1.0 speed up, < 1.0 slow
    down.
    """

    output_format: Annotated[
        Literal["wav", "mp3"], Field(description="The format of the output audio file.")
    ] = "wav"
    """The format of the output audio file."""


class AudioFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the audio")] = (
        MISSING
    )
    """The duration of the audio"""

    channels: Annotated[
        int | None | MISSING, Field(description="The number of channels in the audio")
    ] = MISSING
    """The number of channels in the audio"""

    sample_rate: Annotated[
        int | None | MISSING, Field(description="The sample rate of the audio")
    ] = MISSING
    """The sample rate of the audio"""

    bitrate: Annotated[
        str | int | None | MISSING,
        Field(description="The bitrate of the audio (e.g., '192k' or 192000)"),
    ] = MISSING
    """The bitrate of the audio (e.g., '192k' or 192000)"""


class Tada3bTextToSpeechOutput(OutputModel):
    audio: Annotated[AudioFile, Field(description="The generated speech audio file.")]
    """The generated speech audio file."""
