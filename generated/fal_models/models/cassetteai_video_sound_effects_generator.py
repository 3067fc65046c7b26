# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Video(InputModel):
    """Represents a video file."""

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

    file_data: Annotated[
        str | None | MISSING,
        Field(description="File data Not checked by the client: format binary."),
    ] = MISSING
    """File data Not checked by the client: format binary."""


class CassetteaiVideoSoundEffectsGeneratorInput(InputModel):
    """Pydantic model for receiving a video file to analyze and re-sound."""

    video_url: Annotated[
        Video, Field(description="A video file to analyze & re-sound with generated SFX.")
    ]
    """A video file to analyze & re-sound with generated SFX."""


class CassetteaiVideoSoundEffectsGeneratorOutput(OutputModel):
    """Pydantic model for returning the re-sounded video back to the client."""

    video: Annotated[
        shared.File, Field(description="The final video with the newly generated SFX track.")
    ]
    """The final video with the newly generated SFX track."""
