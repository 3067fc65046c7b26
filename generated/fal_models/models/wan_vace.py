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


NumFrames = TypeAliasType("NumFrames", Annotated[int, Field(ge=81, le=240)])
"""Number of frames to generate. Must be between 81 to 100 (inclusive). Works only with only
reference images as input if source video or mask video is provided output len would be same
as source up to 241 frames
"""


class WanVaceInput(InputModel):
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
    num_frames: NumFrames | None = 81
    """Number of frames to generate. Must be between 81 to 100 (inclusive). Works only with only
    reference images as input if source video or mask video is provided output len would be
    same as source up to 241 frames
    """
    frames_per_second: FramesPerSecond | None = 16
    """Frames per second of the generated video. Must be between 5 to 24."""
    task: Literal["depth", "inpainting"] = "depth"
    """Task type for the model."""
    shift: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Shift parameter for video generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "580p", "720p"] = "720p"
    """Resolution of the generated video (480p,580p, or 720p)."""
    aspect_ratio: Literal["auto", "9:16", "16:9"] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""
    num_inference_steps: Annotated[int, Field(ge=2, le=40)] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    video_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL to the source video file. If provided, the model will use this video as a reference."""
    mask_video_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL to the source mask file. If provided, the model will use this mask as a reference."""
    mask_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL to the guiding mask file. If provided, the model will use this mask as a reference to
    create masked video. If provided mask video url will be ignored.
    """
    ref_image_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Urls to source reference image. If provided, the model will use this image as reference."""
    enable_safety_checker: bool = False
    """If set to true, the safety checker will be enabled."""
    enable_prompt_expansion: bool = False
    """Whether to enable prompt expansion."""
    preprocess: bool = False
    """Whether to preprocess the input video."""


class WanVaceOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
