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
            description="Text description of how the video should be generated. Required if "
            "image_url is not provided. When image_url is provided, this describes how the image "
            "should be animated.",
            max_length=5000,
            min_length=1,
        ),
    ],
)


GuidanceScale = TypeAliasType(
    "GuidanceScale",
    Annotated[
        float,
        Field(
            description="Guidance scale for video generation. Higher values make the output more "
            "closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an "
            "image.",
            ge=1.0,
            le=50.0,
        ),
    ],
)


class Ltx2_3AudioToVideoInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to generate a video from. Duration must be between "
            "2 and 20 seconds. Must be publicly accessible or base64 data URI.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the audio file to generate a video from. Duration must be between 2 and 20 seconds.
    Must be publicly accessible or base64 data URI.
    """

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of an image to use as the first frame of the video. If not provided, "
            "prompt is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of an image to use as the first frame of the video. If not provided, prompt is
    required.
    """

    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Text description of how the video should be generated. Required if "
            "image_url is not provided. When image_url is provided, this describes how the image "
            "should be animated."
        ),
    ] = MISSING
    """Text description of how the video should be generated. Required if image_url is not
    provided. When image_url is provided, this describes how the image should be animated.
    """

    guidance_scale: Annotated[
        GuidanceScale | None | MISSING,
        Field(
            description="Guidance scale for video generation. Higher values make the output more "
            "closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an "
            "image."
        ),
    ] = MISSING
    """Guidance scale for video generation. Higher values make the output more closely follow the
    prompt. Defaults to 5 for text-to-video, or 9 when providing an image.
    """

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16"],
        Field(
            description="The aspect ratio of the generated video. If 'auto', the aspect ratio "
            "will be determined automatically based on the input image, or defaults to 16:9 if no "
            "image is provided."
        ),
    ] = "auto"
    """The aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image, or defaults to 16:9 if no image is provided.
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


class Ltx2_3AudioToVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""
