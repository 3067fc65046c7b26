# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class CosmosPredict2_5ImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt describing the video to generate.")]
    """The text prompt describing the video to generate."""

    negative_prompt: Annotated[
        str, Field(description="A negative prompt to guide generation away from undesired content.")
    ] = (
        "The video captures a series of frames showing ugly scenes, static with no motion, motion "
        "blur, over-saturation, shaky footage, low resolution, grainy texture, pixelated images, "
        "poorly lit areas, underexposed and overexposed scenes, poor color balance, washed out "
        "colors, choppy sequences, jerky movements, low frame rate, artifacting, color banding, "
        "unnatural transitions, outdated special effects, fake elements, unconvincing visuals, "
        "poorly edited content, jump cuts, visual noise, and flickering. Overall, the video is of "
        "poor quality."
    )
    """A negative prompt to guide generation away from undesired content."""

    num_frames: Annotated[
        int,
        Field(description="Number of frames to generate. Must be between 9 and 93.", ge=9, le=93),
    ] = 93
    """Number of frames to generate. Must be between 9 and 93."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. More steps yield higher quality but take "
            "longer.",
            ge=1,
            le=50,
        ),
    ] = 35
    """Number of denoising steps. More steps yield higher quality but take longer."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values increase prompt adherence.",
            ge=1.0,
            le=20.0,
        ),
    ] = 7
    """Classifier-free guidance scale. Higher values increase prompt adherence."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    video_output_type: Annotated[
        Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"],
        Field(description="The format of the output video."),
    ] = "X264 (.mp4)"
    """The format of the output video."""

    video_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(description="The quality of the output video."),
    ] = "high"
    """The quality of the output video."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to use as first frame.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image to use as first frame."""


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


class CosmosPredict2_5ImageToVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The random seed used for generation.")]
    """The random seed used for generation."""
