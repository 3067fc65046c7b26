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


class WanV2_2_5bTextToVideoDistillInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 17 to 161 (inclusive).",
            ge=17,
            le=161,
        ),
    ] = 81
    """Number of frames to generate. Must be between 17 to 161 (inclusive)."""

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
    ] = 24
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
        Literal["580p", "720p"],
        Field(description="Resolution of the generated video (580p or 720p)."),
    ] = "720p"
    """Resolution of the generated video (580p or 720p)."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="Aspect ratio of the generated video (16:9 or 9:16)."),
    ] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=50,
        ),
    ] = 40
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

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion. This will use a large language model "
            "to expand the prompt with additional details while maintaining the original meaning."
        ),
    ] = False
    """Whether to enable prompt expansion. This will use a large language model to expand the
    prompt with additional details while maintaining the original meaning.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=10.0,
        ),
    ] = 1
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

    interpolator_model: Annotated[
        Literal["none", "film", "rife"],
        Field(
            description="The model to use for frame interpolation. If None, no interpolation is "
            "applied."
        ),
    ] = "film"
    """The model to use for frame interpolation. If None, no interpolation is applied."""

    num_interpolated_frames: Annotated[
        int,
        Field(
            description="Number of frames to interpolate between each pair of generated frames. "
            "Must be between 0 and 4.",
            ge=0,
            le=4,
        ),
    ] = 0
    """Number of frames to interpolate between each pair of generated frames. Must be between 0
    and 4.
    """

    adjust_fps_for_interpolation: Annotated[
        bool,
        Field(
            description="If true, the number of frames per second will be multiplied by the "
            "number of interpolated frames plus one. For example, if the generated frames per "
            "second is 16 and the number of interpolated frames is 1, the final frames per second "
            "will be 32. If false, the passed frames per second will be used as-is."
        ),
    ] = True
    """If true, the number of frames per second will be multiplied by the number of interpolated
    frames plus one. For example, if the generated frames per second is 16 and the number of
    interpolated frames is 1, the final frames per second will be 32. If false, the passed
    frames per second will be used as-is.
    """

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


class WanV2_2_5bTextToVideoDistillOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    prompt: Annotated[str, Field(description="The text prompt used for video generation.")] = ""
    """The text prompt used for video generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
