# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class WanV2_6ReferenceToVideoFlashInput(InputModel):
    """Input for Wan 2.6 R2V Flash reference-to-video generation

    The flash model is 10-20 seconds faster than the standard R2V model
    and supports generating videos with or without audio. It also supports
    both images and videos as reference inputs.
    """

    prompt: Annotated[
        str,
        Field(
            description="Use Character1, Character2, etc. to reference subjects from your "
            "reference files. Works for people, animals, or objects. For multi-shot prompts: "
            "'[0-3s] Shot 1. [3-6s] Shot 2.' Max 1500 characters. Reference order: video_urls "
            "first, then image_urls.",
            min_length=1,
        ),
    ]
    """Use Character1, Character2, etc. to reference subjects from your reference files. Works
    for people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
    Max 1500 characters. Reference order: video_urls first, then image_urls.
    """

    video_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reference videos for subject consistency (0-3 videos). Videos' FPS must "
            "be at least 16 FPS. Combined with image_urls, total references cannot exceed 5. "
            "Reference order: video_urls are numbered first (Character1, Character2...), then "
            "image_urls continue the sequence.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference videos for subject consistency (0-3 videos). Videos' FPS must be at least 16
    FPS. Combined with image_urls, total references cannot exceed 5. Reference order:
    video_urls are numbered first (Character1, Character2...), then image_urls continue the
    sequence.
    """

    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reference images for subject consistency (0-5 images). Combined with "
            "video_urls, total references cannot exceed 5. Formats: JPEG, JPG, PNG (no alpha), "
            "BMP, WEBP. Resolution: 240-5000px. Max 10MB each. Reference order: image_urls "
            "continue numbering after video_urls.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference images for subject consistency (0-5 images). Combined with video_urls, total
    references cannot exceed 5. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Resolution:
    240-5000px. Max 10MB each. Reference order: image_urls continue numbering after
    video_urls.
    """

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4"],
        Field(description="The aspect ratio of the generated video."),
    ] = "16:9"
    """The aspect ratio of the generated video."""

    resolution: Annotated[
        Literal["720p", "1080p"],
        Field(description="Video resolution tier. R2V Flash only supports 720p and 1080p."),
    ] = "1080p"
    """Video resolution tier. R2V Flash only supports 720p and 1080p."""

    duration: Annotated[
        Literal["5", "10"],
        Field(
            description="Duration of the generated video in seconds. R2V Flash supports only 5 or "
            "10 seconds."
        ),
    ] = "5"
    """Duration of the generated video in seconds. R2V Flash supports only 5 or 10 seconds."""

    negative_prompt: Annotated[
        str | None,
        Field(description="Negative prompt to describe content to avoid. Max 500 characters."),
    ] = ""
    """Negative prompt to describe content to avoid. Max 500 characters."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt rewriting using LLM.")
    ] = True
    """Whether to enable prompt rewriting using LLM."""

    multi_shots: Annotated[
        bool,
        Field(
            description="When true (default), enables intelligent multi-shot segmentation for "
            "coherent narrative videos with multiple shots. When false, generates single "
            "continuous shot. Only active when enable_prompt_expansion is True."
        ),
    ] = True
    """When true (default), enables intelligent multi-shot segmentation for coherent narrative
    videos with multiple shots. When false, generates single continuous shot. Only active when
    enable_prompt_expansion is True.
    """

    enable_audio: Annotated[
        bool,
        Field(
            description="Whether to generate a video with audio. Set to false for silent video "
            "generation. Silent videos are faster and cost 25% of the audio version price."
        ),
    ] = True
    """Whether to generate a video with audio. Set to false for silent video generation. Silent
    videos are faster and cost 25% of the audio version price.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


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


class WanV2_6ReferenceToVideoFlashOutput(OutputModel):
    """Output for reference-to-video generation"""

    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""

    actual_prompt: Annotated[
        str | None | MISSING,
        Field(description="The actual prompt used if prompt rewriting was enabled"),
    ] = MISSING
    """The actual prompt used if prompt rewriting was enabled"""
