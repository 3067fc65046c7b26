# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


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


class WanMoveInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """
    prompt: str
    """Text prompt to guide the video generation."""
    trajectories: list[list[dict[str, Any]]]
    """A list of trajectories. Each trajectory list means the movement of one object."""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 40
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    guidance_scale: Annotated[float, Field(ge=1.0, lt=10.0)] = 3.5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """
    negative_prompt: str = (
        "色调艳丽，过曝，静态，细节模糊不清，字幕，风格，作品，画作，画面，静止，整体发灰，最差质"
        "量，低质量，JPEG压缩残留，丑陋的，残缺的，多余的手指，画得不好的手部，画得不好的脸部，畸"
        "形的，毁容的，形态畸形的肢体，手指融合，静止不动的画面，杂乱的背景，三条腿，背景人很多，"
        "倒着走"
    )
    """Negative prompt to guide the video generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""


class WanMoveOutput(OutputModel):
    video: VideoFile
    """Generated Video File"""
    seed: int
    """Random seed used for generation."""
