# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class RifeVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to use for interpolation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to use for interpolation."""

    num_frames: Annotated[
        int,
        Field(
            description="The number of frames to generate between the input video frames.",
            ge=1,
            le=4,
        ),
    ] = 1
    """The number of frames to generate between the input video frames."""

    use_scene_detection: Annotated[
        bool,
        Field(
            description="If True, the input video will be split into scenes before interpolation. "
            "This removes smear frames between scenes, but can result in false positives if the "
            "scene detection is not accurate. If False, the entire video will be treated as a "
            "single scene."
        ),
    ] = False
    """If True, the input video will be split into scenes before interpolation. This removes
    smear frames between scenes, but can result in false positives if the scene detection is
    not accurate. If False, the entire video will be treated as a single scene.
    """

    use_calculated_fps: Annotated[
        bool,
        Field(
            description="If True, the function will use the calculated FPS of the input video "
            "multiplied by the number of frames to determine the output FPS. If False, the passed "
            "FPS will be used."
        ),
    ] = True
    """If True, the function will use the calculated FPS of the input video multiplied by the
    number of frames to determine the output FPS. If False, the passed FPS will be used.
    """

    fps: Annotated[
        int,
        Field(
            description="Frames per second for the output video. Only applicable if "
            "use_calculated_fps is False.",
            ge=1,
            le=60,
        ),
    ] = 8
    """Frames per second for the output video. Only applicable if use_calculated_fps is False."""

    loop: Annotated[
        bool,
        Field(
            description="If True, the final frame will be looped back to the first frame to "
            "create a seamless loop. If False, the final frame will not loop back."
        ),
    ] = False
    """If True, the final frame will be looped back to the first frame to create a seamless loop.
    If False, the final frame will not loop back.
    """


class RifeVideoOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video file with interpolated frames.")
    ]
    """The generated video file with interpolated frames."""
