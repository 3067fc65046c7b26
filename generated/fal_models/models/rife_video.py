# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class RifeVideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to use for interpolation."""
    num_frames: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of frames to generate between the input video frames."""
    use_scene_detection: bool = False
    """If True, the input video will be split into scenes before interpolation. This removes
    smear frames between scenes, but can result in false positives if the scene detection is
    not accurate. If False, the entire video will be treated as a single scene.
    """
    use_calculated_fps: bool = True
    """If True, the function will use the calculated FPS of the input video multiplied by the
    number of frames to determine the output FPS. If False, the passed FPS will be used.
    """
    fps: Annotated[int, Field(ge=1, le=60)] = 8
    """Frames per second for the output video. Only applicable if use_calculated_fps is False."""
    loop: bool = False
    """If True, the final frame will be looped back to the first frame to create a seamless loop.
    If False, the final frame will not loop back.
    """


class RifeVideoOutput(OutputModel):
    video: shared.File
    """The generated video file with interpolated frames."""
