# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

MotionsPreset = TypeAliasType(
    "MotionsPreset", Literal["zoom-out", "zoom-in", "pan-left", "pan-right", "tilt-up", "tilt-down"]
)


VideoSizePreset = TypeAliasType(
    "VideoSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class FastAnimatediffTextToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the video. Be as descriptive as "
            "possible for best results."
        ),
    ]
    """The prompt to use for generating the video. Be as descriptive as possible for best
    results.
    """

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use. Use it to address details that you don't "
            "want in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = "(bad quality, worst quality:1.2), ugly faces, bad anime"
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    num_frames: Annotated[
        int, Field(description="The number of frames to generate for the video.", ge=1, le=32)
    ] = 16
    """The number of frames to generate for the video."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 25
    """The number of inference steps to perform."""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    fps: Annotated[
        int,
        Field(description="Number of frames per second to extract from the video.", ge=1, le=16),
    ] = 8
    """Number of frames per second to extract from the video."""

    motions: Annotated[
        list[MotionsPreset] | MISSING, Field(description="The motions to apply to the video.")
    ] = MISSING
    """The motions to apply to the video."""

    video_size: Annotated[
        shared.ImageSize | VideoSizePreset,
        Field(description="The size of the video to generate.", validate_default=True),
    ] = "square"
    """The size of the video to generate."""


class FastAnimatediffTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file.")]
    """Generated video file."""

    seed: Annotated[int, Field(description="Seed used for generating the video.")]
    """Seed used for generating the video."""
