# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FramesPerSecond = TypeAliasType("FramesPerSecond", Annotated[int, Field(ge=4, le=60)])
"""Frames per second of the generated video. Must be between 4 to 60. When using interpolation
and `adjust_fps_for_interpolation` is set to true (default true,) the final FPS will be
multiplied by the number of interpolated frames plus one. For example, if the generated frames
per second is 16 and the number of interpolated frames is 1, the final frames per second will
be 32. If `adjust_fps_for_interpolation` is set to false, this value will be used as-is.
"""


class LoRAWeight(InputModel):
    path: str
    """URL or the path to the LoRA weights."""
    weight_name: str | None | MISSING = MISSING
    """Name of the LoRA weight. Used only if `path` is a Hugging Face repository, and required
    only if you have more than 1 safetensors file in the repo.
    """
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """
    transformer: Literal["high", "low", "both"] = "high"
    """Specifies the transformer to load the lora weight into. 'high' loads into the high-noise
    transformer, 'low' loads it into the low-noise transformer, while 'both' loads the LoRA
    into both transformers.
    """


class WanV2_2A14bImageToVideoLoraInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """
    prompt: str
    """The text prompt to guide video generation."""
    num_frames: Annotated[int, Field(ge=17, le=161)] = 81
    """Number of frames to generate. Must be between 17 to 161 (inclusive)."""
    frames_per_second: FramesPerSecond | None = 16
    """Frames per second of the generated video. Must be between 4 to 60. When using
    interpolation and `adjust_fps_for_interpolation` is set to true (default true,) the final
    FPS will be multiplied by the number of interpolated frames plus one. For example, if the
    generated frames per second is 16 and the number of interpolated frames is 1, the final
    frames per second will be 32. If `adjust_fps_for_interpolation` is set to false, this
    value will be used as-is.
    """
    negative_prompt: str = ""
    """Negative prompt for video generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "580p", "720p"] = "720p"
    """Resolution of the generated video (480p, 580p, or 720p)."""
    aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] = "auto"
    """Aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """
    num_inference_steps: Annotated[int, Field(ge=2, le=40)] = 27
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    enable_safety_checker: bool = False
    """If set to true, input data will be checked for safety before processing."""
    enable_output_safety_checker: bool = False
    """If set to true, output video will be checked for safety after generation."""
    enable_prompt_expansion: bool = False
    """Whether to enable prompt expansion. This will use a large language model to expand the
    prompt with additional details while maintaining the original meaning.
    """
    acceleration: Literal["none", "regular"] = "regular"
    """Acceleration level to use. The more acceleration, the faster the generation, but with
    lower quality. The recommended value is 'regular'.
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 3.5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """
    guidance_scale_2: Annotated[float, Field(ge=1.0, le=10.0)] = 4
    """Guidance scale for the second stage of the model. This is used to control the adherence to
    the prompt in the second stage of the model.
    """
    shift: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Shift value for the video. Must be between 1.0 and 10.0."""
    interpolator_model: Literal["none", "film", "rife"] = "film"
    """The model to use for frame interpolation. If None, no interpolation is applied."""
    num_interpolated_frames: Annotated[int, Field(ge=0, le=4)] = 1
    """Number of frames to interpolate between each pair of generated frames. Must be between 0
    and 4.
    """
    adjust_fps_for_interpolation: bool = True
    """If true, the number of frames per second will be multiplied by the number of interpolated
    frames plus one. For example, if the generated frames per second is 16 and the number of
    interpolated frames is 1, the final frames per second will be 32. If false, the passed
    frames per second will be used as-is.
    """
    video_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the output video. Higher quality means better visual quality but larger
    file size.
    """
    video_write_mode: Literal["fast", "balanced", "small"] = "balanced"
    """The write mode of the output video. Faster write mode means faster results but larger file
    size, balanced write mode is a good compromise between speed and quality, and small write
    mode is the slowest but produces the smallest file size.
    """
    loras: Annotated[list[LoRAWeight], Field(validate_default=True)] = []
    """LoRA weights to be used in the inference."""
    reverse_video: bool = False
    """If true, the video will be reversed."""
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of the end image."""


class WanV2_2A14bImageToVideoLoraOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    prompt: str = ""
    """The text prompt used for video generation."""
    seed: int
    """The seed used for generation."""
