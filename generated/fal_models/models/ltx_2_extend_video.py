# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str,
        Field(
            description="Description of what should happen in the extended portion of the video.",
            max_length=5000,
        ),
    ],
)


Context = TypeAliasType(
    "Context",
    Annotated[
        float,
        Field(
            description="Number of seconds from the input video to use as context for the "
            "extension (minimum 1 second, maximum 20 seconds). If not provided, defaults to "
            "maximize available context within the 505 frame limit.",
            ge=1.0,
            le=20.0,
        ),
    ],
)


class Ltx2ExtendVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="The URL of the video to extend", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the video to extend"""

    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Description of what should happen in the extended portion of the video."
        ),
    ] = MISSING
    """Description of what should happen in the extended portion of the video."""

    duration: Annotated[
        float,
        Field(
            description="Duration in seconds to extend the video. Maximum 20 seconds.",
            ge=1.0,
            le=20.0,
        ),
    ] = 5
    """Duration in seconds to extend the video. Maximum 20 seconds."""

    mode: Annotated[
        Literal["start", "end"],
        Field(
            description="Where to extend the video: 'end' extends at the end, 'start' extends at "
            "the beginning."
        ),
    ] = "end"
    """Where to extend the video: 'end' extends at the end, 'start' extends at the beginning."""

    context: Annotated[
        Context | None | MISSING,
        Field(
            description="Number of seconds from the input video to use as context for the "
            "extension (minimum 1 second, maximum 20 seconds). If not provided, defaults to "
            "maximize available context within the 505 frame limit."
        ),
    ] = MISSING
    """Number of seconds from the input video to use as context for the extension (minimum 1
    second, maximum 20 seconds). If not provided, defaults to maximize available context
    within the 505 frame limit.
    """


class VideoFile(FileOutput):
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

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class Ltx2ExtendVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The extended video file")]
    """The extended video file"""
