# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanV2_2A14bTextToVideoTurboInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

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


class WanV2_2A14bTextToVideoTurboOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    prompt: Annotated[str, Field(description="The text prompt used for video generation.")] = ""
    """The text prompt used for video generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
