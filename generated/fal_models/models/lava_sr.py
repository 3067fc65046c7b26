# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AudioFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    duration: float | None | MISSING = MISSING
    """The duration of the audio"""
    channels: int | None | MISSING = MISSING
    """The number of channels in the audio"""
    sample_rate: int | None | MISSING = MISSING
    """The sample rate of the audio"""
    bitrate: str | int | None | MISSING = MISSING
    """The bitrate of the audio (e.g., '192k' or 192000)"""


class LavaSRTimings(OutputModel):
    preprocess: float
    """Time taken to preprocess the audio in seconds."""
    inference: float
    """Time taken to run the inference in seconds."""
    postprocess: float
    """Time taken to postprocess the audio in seconds."""


class LavaSrInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio file to enhance."""
    denoise: bool = False
    """If `True`, applies UL-UNAS noise filtering before bandwidth extension."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] = "mp3"
    """The format for the output audio."""
    bitrate: str = "192k"
    """The bitrate of the output audio."""


class LavaSrOutput(OutputModel):
    audio: AudioFile
    """The enhanced audio file."""
    timings: LavaSRTimings
    """Timings for each step in the pipeline."""
