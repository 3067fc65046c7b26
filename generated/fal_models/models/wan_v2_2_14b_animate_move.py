# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanV2_2_14bAnimateMoveInput(InputModel):
    video_url: Annotated[
        str, Field(description="URL of the input video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video."""

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

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p, 580p, or 720p)."),
    ] = "480p"
    """Resolution of the generated video (480p, 580p, or 720p)."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 20
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

    return_frames_zip: Annotated[
        bool,
        Field(
            description="If true, also return a ZIP archive containing per-frame images generated "
            "on GPU (lossless)."
        ),
    ] = False
    """If true, also return a ZIP archive containing per-frame images generated on GPU
    (lossless).
    """

    use_turbo: Annotated[
        bool,
        Field(
            description="If true, applies quality enhancement for faster generation with improved "
            "quality. When enabled, parameters are automatically optimized for best results."
        ),
    ] = False
    """If true, applies quality enhancement for faster generation with improved quality. When
    enabled, parameters are automatically optimized for best results.
    """


class WanV2_2_14bAnimateMoveOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    frames_zip: Annotated[
        shared.File | None | MISSING,
        Field(description="ZIP archive of generated frames (if requested)."),
    ] = MISSING
    """ZIP archive of generated frames (if requested)."""

    prompt: Annotated[
        str, Field(description="The prompt used for generation (auto-generated by the model)")
    ]
    """The prompt used for generation (auto-generated by the model)"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
