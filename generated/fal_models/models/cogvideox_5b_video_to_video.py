# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


VideoSizePreset = TypeAliasType(
    "VideoSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class Cogvideox5bVideoToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    video_size: Annotated[
        shared.ImageSize | VideoSizePreset | MISSING,
        Field(description="The size of the generated video."),
    ] = MISSING
    """The size of the generated video."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate video from")
    ] = ""
    """The negative prompt to generate video from"""

    loras: Annotated[
        list[LoraWeight],
        Field(
            description="The LoRAs to use for the image generation. We currently support one lora.",
            validate_default=True,
        ),
    ] = []
    """The LoRAs to use for the image generation. We currently support one lora."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 50
    """The number of inference steps to perform."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same video every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related video to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related video to show you.
    """

    use_rife: Annotated[bool, Field(description="Use RIFE for video interpolation")] = True
    """Use RIFE for video interpolation"""

    export_fps: Annotated[int, Field(description="The target FPS of the video", ge=4, le=32)] = 16
    """The target FPS of the video"""

    video_url: Annotated[
        str,
        Field(
            description="The video to generate the video from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The video to generate the video from."""

    strength: Annotated[
        float,
        Field(
            description="The strength to use for Video to Video. 1.0 completely remakes the video "
            "while 0.0 preserves the original.",
            ge=0.05,
            le=1.0,
        ),
    ] = 0.8
    """The strength to use for Video to Video. 1.0 completely remakes the video while 0.0
    preserves the original.
    """


class Cogvideox5bVideoToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The URL to the generated video")]
    """The URL to the generated video"""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated video. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated video. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    prompt: Annotated[str, Field(description="The prompt used for generating the video.")]
    """The prompt used for generating the video."""
