# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumFrames = TypeAliasType(
    "NumFrames",
    Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 96 and 192 (inclusive). "
            "Each additional 24 frames beyond 96 incurs an additional billing unit.",
            ge=96,
            le=192,
        ),
    ],
)


StartFrame = TypeAliasType(
    "StartFrame",
    Annotated[
        int,
        Field(
            description="The frame to begin the generation from, with the remaining frames will "
            "be treated as the prefix video. The final video will contain the frames up until "
            "this number unchanged, followed by the generated frames. The default start frame is "
            "32 frames before the end of the video, which gives optimal results.",
            ge=0,
        ),
    ],
)


class MagiDistilledExtendVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to represent the beginning of the video. If the "
            "input video does not match the chosen aspect ratio, it is resized and center cropped.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video to represent the beginning of the video. If the input video does
    not match the chosen aspect ratio, it is resized and center cropped.
    """

    num_frames: Annotated[
        NumFrames | None,
        Field(
            description="Number of frames to generate. Must be between 96 and 192 (inclusive). "
            "Each additional 24 frames beyond 96 incurs an additional billing unit."
        ),
    ] = 96
    """Number of frames to generate. Must be between 96 and 192 (inclusive). Each additional 24
    frames beyond 96 incurs an additional billing unit.
    """

    start_frame: Annotated[
        StartFrame | None | MISSING,
        Field(
            description="The frame to begin the generation from, with the remaining frames will "
            "be treated as the prefix video. The final video will contain the frames up until "
            "this number unchanged, followed by the generated frames. The default start frame is "
            "32 frames before the end of the video, which gives optimal results."
        ),
    ] = MISSING
    """The frame to begin the generation from, with the remaining frames will be treated as the
    prefix video. The final video will contain the frames up until this number unchanged,
    followed by the generated frames. The default start frame is 32 frames before the end of
    the video, which gives optimal results.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(
            description="Resolution of the generated video (480p or 720p). 480p is 0.5 billing "
            "units, and 720p is 1 billing unit."
        ),
    ] = "720p"
    """Resolution of the generated video (480p or 720p). 480p is 0.5 billing units, and 720p is 1
    billing unit.
    """

    num_inference_steps: Annotated[
        Literal[4, 8, 16, 32],
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer."
        ),
    ] = 16
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16", "1:1"],
        Field(
            description="Aspect ratio of the generated video. If 'auto', the aspect ratio will be "
            "determined automatically based on the input image."
        ),
    ] = "auto"
    """Aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """


class MagiDistilledExtendVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
