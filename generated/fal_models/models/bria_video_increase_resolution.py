# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class BriaVideoIncreaseResolutionInput(InputModel):
    output_container_and_codec: Annotated[
        Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ],
        Field(
            description="Output container and codec. Options: mp4_h265, mp4_h264, webm_vp9, "
            "mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif."
        ),
    ] = "webm_vp9"
    """Output container and codec. Options: mp4_h265, mp4_h264, webm_vp9, mov_h265, mov_proresks,
    mkv_h265, mkv_h264, mkv_vp9, gif.
    """

    preserve_audio: Annotated[
        bool, Field(description="If true, audio will be preserved in the output video.")
    ] = True
    """If true, audio will be preserved in the output video."""

    video_url: Annotated[
        str,
        Field(
            description="Input video to increase resolution. Size should be less than 7680,4320 "
            "and duration less than 30s.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input video to increase resolution. Size should be less than 7680,4320 and duration less
    than 30s.
    """

    desired_increase: Annotated[
        Literal["2", "4"], Field(description="desired_increase factor. Options: 2x, 4x.")
    ] = "2"
    """desired_increase factor. Options: 2x, 4x."""


class Video(FileOutput):
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


class BriaVideoIncreaseResolutionOutput(OutputModel):
    video: Annotated[
        Video | shared.File, Field(description="Video with removed background and audio.")
    ]
    """Video with removed background and audio."""
