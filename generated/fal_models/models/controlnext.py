# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ControlnextInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the reference image.", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the reference image."""

    video_url: Annotated[
        str, Field(description="URL of the input video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video."""

    height: Annotated[int, Field(description="Height of the output video.", ge=64, le=1024)] = 1024
    """Height of the output video."""

    width: Annotated[int, Field(description="Width of the output video.", ge=64, le=1024)] = 576
    """Width of the output video."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the diffusion process.", ge=0.1, le=10.0)
    ] = 3
    """Guidance scale for the diffusion process."""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps.", ge=1, le=100)
    ] = 25
    """Number of inference steps."""

    max_frame_num: Annotated[
        int, Field(description="Maximum number of frames to process.", ge=1, le=1000)
    ] = 240
    """Maximum number of frames to process."""

    batch_frames: Annotated[
        int, Field(description="Number of frames to process in each batch.", ge=1, le=50)
    ] = 24
    """Number of frames to process in each batch."""

    overlap: Annotated[
        int, Field(description="Number of overlapping frames between batches.", ge=0, le=20)
    ] = 6
    """Number of overlapping frames between batches."""

    sample_stride: Annotated[
        int, Field(description="Stride for sampling frames from the input video.", ge=1, le=10)
    ] = 2
    """Stride for sampling frames from the input video."""


class ControlnextOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
