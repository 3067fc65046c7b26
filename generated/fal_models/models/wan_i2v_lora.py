# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FramesPerSecond = TypeAliasType("FramesPerSecond", Annotated[int, Field(ge=5, le=24)])
"""Frames per second of the generated video. Must be between 5 to 24."""


class LoraWeight(InputModel):
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


NumFrames = TypeAliasType("NumFrames", Annotated[int, Field(ge=81, le=100)])
"""Number of frames to generate. Must be between 81 to 100 (inclusive). If the number of frames
is greater than 81, the video will be generated with 1.25x more billing units.
"""


class WanI2vLoraInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    negative_prompt: str = (
        "bright colors, overexposed, static, blurred details, subtitles, style, artwork, "
        "painting, picture, still, overall gray, worst quality, low quality, JPEG compression "
        "residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, "
        "deformed, disfigured, malformed limbs, fused fingers, still picture, cluttered "
        "background, three legs, many people in the background, walking backwards"
    )
    """Negative prompt for video generation."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """
    num_frames: NumFrames | None = 81
    """Number of frames to generate. Must be between 81 to 100 (inclusive). If the number of
    frames is greater than 81, the video will be generated with 1.25x more billing units.
    """
    frames_per_second: FramesPerSecond | None = 16
    """Frames per second of the generated video. Must be between 5 to 24."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "720p"] = "720p"
    """Resolution of the generated video (480p or 720p). 480p is 0.5 billing units, and 720p is 1
    billing unit.
    """
    num_inference_steps: Annotated[int, Field(ge=2, le=40)] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    guide_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """
    shift: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Shift parameter for video generation."""
    enable_safety_checker: bool = False
    """If set to true, the safety checker will be enabled."""
    enable_prompt_expansion: bool = False
    """Whether to enable prompt expansion."""
    aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] = "16:9"
    """Aspect ratio of the output video."""
    loras: Annotated[list[LoraWeight], Field(validate_default=True)] = []
    """LoRA weights to be used in the inference."""
    reverse_video: bool = False
    """If true, the video will be reversed."""
    turbo_mode: bool = True
    """If true, the video will be generated faster with no noticeable degradation in the visual
    quality.
    """


class WanI2vLoraOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
