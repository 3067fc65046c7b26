# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AnimatediffSparsectrlLcmInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ]
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to use. Use it to specify what you don't want.")
    ] = ""
    """The negative prompt to use. Use it to specify what you don't want."""

    controlnet_type: Annotated[
        Literal["scribble", "rgb"],
        Field(
            description="The type of controlnet to use for generating the video. The controlnet "
            "determines how the video will be animated."
        ),
    ] = "scribble"
    """The type of controlnet to use for generating the video. The controlnet determines how the
    video will be animated.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Increasing the amount of steps tells Stable Diffusion that it should "
            "take more steps to generate your final result which can increase the amount of "
            "detail in your image.",
            ge=1,
            le=12,
        ),
    ] = 4
    """Increasing the amount of steps tells Stable Diffusion that it should take more steps to
    generate your final result which can increase the amount of detail in your image.
    """

    guidance_scale: Annotated[
        int,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0,
            le=2,
        ),
    ] = 1
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

    keyframe_0_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the first keyframe to use for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the first keyframe to use for the generation."""

    keyframe_0_index: Annotated[
        int, Field(description="The frame index of the first keyframe to use for the generation.")
    ] = 0
    """The frame index of the first keyframe to use for the generation."""

    keyframe_1_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the second keyframe to use for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the second keyframe to use for the generation."""

    keyframe_1_index: Annotated[
        int, Field(description="The frame index of the second keyframe to use for the generation.")
    ] = 0
    """The frame index of the second keyframe to use for the generation."""

    keyframe_2_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the third keyframe to use for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the third keyframe to use for the generation."""

    keyframe_2_index: Annotated[
        int, Field(description="The frame index of the third keyframe to use for the generation.")
    ] = 0
    """The frame index of the third keyframe to use for the generation."""


class AnimatediffSparsectrlLcmOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file.")]
    """Generated video file."""

    seed: Annotated[int, Field(description="The seed used to generate the video.")]
    """The seed used to generate the video."""
