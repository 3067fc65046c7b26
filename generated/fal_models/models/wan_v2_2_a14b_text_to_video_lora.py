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


class LoRAWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    weight_name: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the LoRA weight. Used only if `path` is a Hugging Face "
            "repository, and required only if you have more than 1 safetensors file in the repo."
        ),
    ] = MISSING
    """Name of the LoRA weight. Used only if `path` is a Hugging Face repository, and required
    only if you have more than 1 safetensors file in the repo.
    """

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """

    transformer: Annotated[
        Literal["high", "low", "both"],
        Field(
            description="Specifies the transformer to load the lora weight into. 'high' loads "
            "into the high-noise transformer, 'low' loads it into the low-noise transformer, "
            "while 'both' loads the LoRA into both transformers."
        ),
    ] = "high"
    """Specifies the transformer to load the lora weight into. 'high' loads into the high-noise
    transformer, 'low' loads it into the low-noise transformer, while 'both' loads the LoRA
    into both transformers.
    """


class WanV2_2A14bTextToVideoLoraInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = ""
    """Negative prompt for video generation."""

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
    ] = "720p"
    """Resolution of the generated video (480p, 580p, or 720p)."""

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

    acceleration: Annotated[
        Literal["none", "regular"],
        Field(
            description="Acceleration level to use. The more acceleration, the faster the "
            "generation, but with lower quality. The recommended value is 'regular'."
        ),
    ] = "regular"
    """Acceleration level to use. The more acceleration, the faster the generation, but with
    lower quality. The recommended value is 'regular'.
    """

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

    guidance_scale_2: Annotated[
        float,
        Field(
            description="Guidance scale for the second stage of the model. This is used to "
            "control the adherence to the prompt in the second stage of the model.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """Guidance scale for the second stage of the model. This is used to control the adherence to
    the prompt in the second stage of the model.
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
    ] = 1
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

    loras: Annotated[
        list[LoRAWeight],
        Field(description="LoRA weights to be used in the inference.", validate_default=True),
    ] = []
    """LoRA weights to be used in the inference."""

    reverse_video: Annotated[bool, Field(description="If true, the video will be reversed.")] = (
        False
    )
    """If true, the video will be reversed."""


class WanV2_2A14bTextToVideoLoraOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    prompt: Annotated[str, Field(description="The text prompt used for video generation.")] = ""
    """The text prompt used for video generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
