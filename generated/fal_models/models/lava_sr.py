# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class LavaSrInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to enhance.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to enhance."""

    denoise: Annotated[
        bool,
        Field(description="If `True`, applies UL-UNAS noise filtering before bandwidth extension."),
    ] = False
    """If `True`, applies UL-UNAS noise filtering before bandwidth extension."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    audio_format: Annotated[
        Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"],
        Field(description="The format for the output audio."),
    ] = "mp3"
    """The format for the output audio."""

    bitrate: Annotated[str, Field(description="The bitrate of the output audio.")] = "192k"
    """The bitrate of the output audio."""


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


class LavaSRTimings(OutputModel):
    preprocess: Annotated[
        float, Field(description="Time taken to preprocess the audio in seconds.")
    ]
    """Time taken to preprocess the audio in seconds."""

    inference: Annotated[float, Field(description="Time taken to run the inference in seconds.")]
    """Time taken to run the inference in seconds."""

    postprocess: Annotated[
        float, Field(description="Time taken to postprocess the audio in seconds.")
    ]
    """Time taken to postprocess the audio in seconds."""


class LavaSrOutput(OutputModel):
    audio: Annotated[AudioFile, Field(description="The enhanced audio file.")]
    """The enhanced audio file."""

    timings: Annotated[LavaSRTimings, Field(description="Timings for each step in the pipeline.")]
    """Timings for each step in the pipeline."""
