# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CassetteaiVideoSoundEffectsGeneratorInput(InputModel):
    """Pydantic model for receiving a video file to analyze and re-sound."""

    video_url: Video
    """A video file to analyze & re-sound with generated SFX."""


class CassetteaiVideoSoundEffectsGeneratorOutput(OutputModel):
    """Pydantic model for returning the re-sounded video back to the client."""

    video: shared.File
    """The final video with the newly generated SFX track."""


class Video(InputModel):
    """Represents a video file."""

    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    file_data: str | None | MISSING = MISSING
    """File data Not checked by the client: format binary."""
