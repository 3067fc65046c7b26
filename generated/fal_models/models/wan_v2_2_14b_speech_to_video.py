# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FramesPerSecond = TypeAliasType(
    "FramesPerSecond",
    Annotated[
        int,
        Field(
            description="Frames per second of the generated video. Must be between 4 to 60. When "
            "using interpolation and `adjust_fps_for_interpolation` is set to true (default "
            "true,) the final FPS will be multiplied by the number of interpolated frames plus "
            "one. For example, if the generated frames per second is 16 and the number of "
            "interpolated frames is 1, the final frames per second will be 32. If "
            "`adjust_fps_for_interpolation` is set to false, this value will be used as-is.",
            ge=4,
            le=60,
        ),
    ],
)


class WanV2_2_14bSpeechToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used for video generation.")]
    """The text prompt used for video generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = ""
    """Negative prompt for video generation."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 40 to 120, (must be "
            "multiple of 4).",
            ge=40,
            le=120,
            multiple_of=4,
        ),
    ] = 80
    """Number of frames to generate. Must be between 40 to 120, (must be multiple of 4)."""

    frames_per_second: Annotated[
        FramesPerSecond | None,
        Field(
            description="Frames per second of the generated video. Must be between 4 to 60. When "
            "using interpolation and `adjust_fps_for_interpolation` is set to true (default "
            "true,) the final FPS will be multiplied by the number of interpolated frames plus "
            "one. For example, if the generated frames per second is 16 and the number of "
            "interpolated frames is 1, the final frames per second will be 32. If "
            "`adjust_fps_for_interpolation` is set to false, this value will be used as-is."
        ),
    ] = 16
    """Frames per second of the generated video. Must be between 4 to 60. When using
    interpolation and `adjust_fps_for_interpolation` is set to true (default true,) the final
    FPS will be multiplied by the number of interpolated frames plus one. For example, if the
    generated frames per second is 16 and the number of interpolated frames is 1, the final
    frames per second will be 32. If `adjust_fps_for_interpolation` is set to false, this
    value will be used as-is.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p, 580p, or 720p)."),
    ] = "480p"
    """Resolution of the generated video (480p, 580p, or 720p)."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 27
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    enable_safety_checker: Annotated[
        bool,
        Field(
            description="If set to true, input data will be checked for safety before processing."
        ),
    ] = False
    """If set to true, input data will be checked for safety before processing."""

    enable_output_safety_checker: Annotated[
        bool,
        Field(
            description="If set to true, output video will be checked for safety after generation."
        ),
    ] = False
    """If set to true, output video will be checked for safety after generation."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=10.0,
        ),
    ] = 3.5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    shift: Annotated[
        float,
        Field(
            description="Shift value for the video. Must be between 1.0 and 10.0.", ge=1.0, le=10.0
        ),
    ] = 5
    """Shift value for the video. Must be between 1.0 and 10.0."""

    video_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(
            description="The quality of the output video. Higher quality means better visual "
            "quality but larger file size."
        ),
    ] = "high"
    """The quality of the output video. Higher quality means better visual quality but larger
    file size.
    """

    video_write_mode: Annotated[
        Literal["fast", "balanced", "small"],
        Field(
            description="The write mode of the output video. Faster write mode means faster "
            "results but larger file size, balanced write mode is a good compromise between speed "
            "and quality, and small write mode is the slowest but produces the smallest file size."
        ),
    ] = "balanced"
    """The write mode of the output video. Faster write mode means faster results but larger file
    size, balanced write mode is a good compromise between speed and quality, and small write
    mode is the slowest but produces the smallest file size.
    """

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image. If the input image does not match the chosen "
            "aspect ratio, it is resized and center cropped.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """

    audio_url: Annotated[
        str, Field(description="The URL of the audio file.", json_schema_extra={"x-fal-file": True})
    ]
    """The URL of the audio file."""


class WanV2_2_14bSpeechToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
