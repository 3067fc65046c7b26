# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class XaiGrokImagineVideoReferenceToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the video to generate. Use @Image1, @Image2, etc. "
            "to reference specific images from reference_image_urls in order.",
            max_length=4096,
        ),
    ]
    """Text prompt describing the video to generate. Use @Image1, @Image2, etc. to reference
    specific images from reference_image_urls in order.
    """

    reference_image_urls: Annotated[
        list[str],
        Field(
            description="One or more reference image URLs to guide the video generation as style "
            "and content references. Reference in prompt as @Image1, @Image2, etc. Maximum 7 "
            "images.",
            json_schema_extra={"x-fal-file": True},
            max_length=7,
            min_length=1,
        ),
    ]
    """One or more reference image URLs to guide the video generation as style and content
    references. Reference in prompt as @Image1, @Image2, etc. Maximum 7 images.
    """

    duration: Annotated[int, Field(description="Video duration in seconds.", ge=1, le=10)] = 8
    """Video duration in seconds."""

    aspect_ratio: Annotated[
        Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"],
        Field(description="Aspect ratio of the generated video."),
    ] = "16:9"
    """Aspect ratio of the generated video."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="Resolution of the output video.")
    ] = "480p"
    """Resolution of the output video."""


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


class XaiGrokImagineVideoReferenceToVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video.")]
    """The generated video."""
