# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

CharacterIds = TypeAliasType("CharacterIds", Annotated[list[str], Field(max_length=2)])
"""Up to two character IDs (from create-character) to use in the video. Refer to characters by
name in the prompt. When set, only the OpenAI provider is used.
"""


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


class Sora2TextToVideoProInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=1)]
    """The text prompt describing the video you want to generate"""
    resolution: Literal["720p", "1080p", "true_1080p"] = "1080p"
    """The resolution of the generated video"""
    aspect_ratio: Literal["9:16", "16:9"] = "16:9"
    """The aspect ratio of the generated video"""
    duration: Literal[4, 8, 12, 16, 20] = 4
    """Duration of the generated video in seconds"""
    delete_video: bool = True
    """Whether to delete the video after generation for privacy reasons. If True, the video
    cannot be used for remixing and will be permanently deleted.
    """
    detect_and_block_ip: bool = False
    """If enabled, the prompt (and image for image-to-video) will be checked for known
    intellectual property references and the request will be blocked if any are detected.
    """
    character_ids: CharacterIds | None | MISSING = MISSING
    """Up to two character IDs (from create-character) to use in the video. Refer to characters
    by name in the prompt. When set, only the OpenAI provider is used.
    """


class Sora2TextToVideoProOutput(OutputModel):
    video: VideoFile
    """The generated video"""
    video_id: str
    """The ID of the generated video"""
    thumbnail: ImageFile | None | MISSING = MISSING
    """Thumbnail image for the video"""
    spritesheet: ImageFile | None | MISSING = MISSING
    """Spritesheet image for the video"""


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""
