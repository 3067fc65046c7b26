# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanV2_2A14bTextToVideoTurboInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "580p", "720p"] = "720p"
    """Resolution of the generated video (480p, 580p, or 720p)."""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""
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
    video_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the output video. Higher quality means better visual quality but larger
    file size.
    """
    video_write_mode: Literal["fast", "balanced", "small"] = "balanced"
    """The write mode of the output video. Faster write mode means faster results but larger file
    size, balanced write mode is a good compromise between speed and quality, and small write
    mode is the slowest but produces the smallest file size.
    """


class WanV2_2A14bTextToVideoTurboOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    prompt: str = ""
    """The text prompt used for video generation."""
    seed: int
    """The seed used for generation."""
