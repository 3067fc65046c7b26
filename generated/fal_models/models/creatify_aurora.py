# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

GuidanceScale = TypeAliasType(
    "GuidanceScale",
    Annotated[
        float,
        Field(description="Guidance scale to be used for text prompt adherence.", ge=0.0, le=5.0),
    ],
)


AudioGuidanceScale = TypeAliasType(
    "AudioGuidanceScale",
    Annotated[
        float, Field(description="Guidance scale to be used for audio adherence.", ge=0.0, le=5.0)
    ],
)


class CreatifyAuroraInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image file to be used for video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image file to be used for video generation."""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to be used for video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to be used for video generation."""

    prompt: Annotated[
        str | None | MISSING,
        Field(description="A text prompt to guide the video generation process."),
    ] = MISSING
    """A text prompt to guide the video generation process."""

    guidance_scale: Annotated[
        GuidanceScale | None,
        Field(description="Guidance scale to be used for text prompt adherence."),
    ] = 1
    """Guidance scale to be used for text prompt adherence."""

    audio_guidance_scale: Annotated[
        AudioGuidanceScale | None,
        Field(description="Guidance scale to be used for audio adherence."),
    ] = 2
    """Guidance scale to be used for audio adherence."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the generated video.")
    ] = "720p"
    """The resolution of the generated video."""


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


class CreatifyAuroraOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file.")]
    """The generated video file."""
