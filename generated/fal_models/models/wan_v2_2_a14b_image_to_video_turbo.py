# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanV2_2A14bImageToVideoTurboInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """
    prompt: str
    """The text prompt to guide video generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "580p", "720p"] = "720p"
    """Resolution of the generated video (480p, 580p, or 720p)."""
    aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] = "auto"
    """Aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """
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
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of the end image."""


class WanV2_2A14bImageToVideoTurboOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    prompt: str = ""
    """The text prompt used for video generation."""
    seed: int
    """The seed used for generation."""
