# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ControlnextInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference image."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video."""
    height: Annotated[int, Field(ge=64, le=1024)] = 1024
    """Height of the output video."""
    width: Annotated[int, Field(ge=64, le=1024)] = 576
    """Width of the output video."""
    guidance_scale: Annotated[float, Field(ge=0.1, le=10.0)] = 3
    """Guidance scale for the diffusion process."""
    num_inference_steps: Annotated[int, Field(ge=1, le=100)] = 25
    """Number of inference steps."""
    max_frame_num: Annotated[int, Field(ge=1, le=1000)] = 240
    """Maximum number of frames to process."""
    batch_frames: Annotated[int, Field(ge=1, le=50)] = 24
    """Number of frames to process in each batch."""
    overlap: Annotated[int, Field(ge=0, le=20)] = 6
    """Number of overlapping frames between batches."""
    sample_stride: Annotated[int, Field(ge=1, le=10)] = 2
    """Stride for sampling frames from the input video."""


class ControlnextOutput(OutputModel):
    video: shared.File
    """The generated video."""
