# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

CharacterIds = TypeAliasType(
    "CharacterIds",
    Annotated[
        list[str],
        Field(
            description="Up to two character IDs (from create-character) to use in the video. "
            "Refer to characters by name in the prompt. When set, only the OpenAI provider is "
            "used.",
            max_length=2,
        ),
    ],
)


class Sora2TextToVideoProInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the video you want to generate",
            max_length=5000,
            min_length=1,
        ),
    ]
    """The text prompt describing the video you want to generate"""

    resolution: Annotated[
        Literal["720p", "1080p", "true_1080p"],
        Field(description="The resolution of the generated video"),
    ] = "1080p"
    """The resolution of the generated video"""

    aspect_ratio: Annotated[
        Literal["9:16", "16:9"], Field(description="The aspect ratio of the generated video")
    ] = "16:9"
    """The aspect ratio of the generated video"""

    duration: Annotated[
        Literal[4, 8, 12, 16, 20], Field(description="Duration of the generated video in seconds")
    ] = 4
    """Duration of the generated video in seconds"""

    delete_video: Annotated[
        bool,
        Field(
            description="Whether to delete the video after generation for privacy reasons. If "
            "True, the video cannot be used for remixing and will be permanently deleted."
        ),
    ] = True
    """Whether to delete the video after generation for privacy reasons. If True, the video
    cannot be used for remixing and will be permanently deleted.
    """

    detect_and_block_ip: Annotated[
        bool,
        Field(
            description="If enabled, the prompt (and image for image-to-video) will be checked "
            "for known intellectual property references and the request will be blocked if any "
            "are detected."
        ),
    ] = False
    """If enabled, the prompt (and image for image-to-video) will be checked for known
    intellectual property references and the request will be blocked if any are detected.
    """

    character_ids: Annotated[
        CharacterIds | None | MISSING,
        Field(
            description="Up to two character IDs (from create-character) to use in the video. "
            "Refer to characters by name in the prompt. When set, only the OpenAI provider is "
            "used."
        ),
    ] = MISSING
    """Up to two character IDs (from create-character) to use in the video. Refer to characters
    by name in the prompt. When set, only the OpenAI provider is used.
    """


class ImageFile(FileOutput):
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

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


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


class Sora2TextToVideoProOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video")]
    """The generated video"""

    video_id: Annotated[str, Field(description="The ID of the generated video")]
    """The ID of the generated video"""

    thumbnail: Annotated[
        ImageFile | None | MISSING, Field(description="Thumbnail image for the video")
    ] = MISSING
    """Thumbnail image for the video"""

    spritesheet: Annotated[
        ImageFile | None | MISSING, Field(description="Spritesheet image for the video")
    ] = MISSING
    """Spritesheet image for the video"""
