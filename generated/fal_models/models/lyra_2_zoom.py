# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Lyra2ZoomInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. Lyra-2 hallucinates a video that starts from this image and moves
    the camera along the requested trajectory.
    """
    prompt: str
    """Text prompt describing the scene. Best results come from prompts"""
    zoom_direction: Literal["in", "out", "both"] = "in"
    """Whether to generate a zoom-in video (camera moves toward the subject), a zoom-out video
    (camera retreats), or a combined out-then-in video.
    """
    num_frames: Literal[81, 161, 241, 321, 401, 481] = 81
    """Number of frames per direction. Each AR chunk produces 80 frames, and the loop emits an
    extra anchor frame at the start, so valid values are 81, 161, 241, 321, 401, 481.
    """
    zoom_in_trajectory: Literal[
        "horizontal_zoom",
        "horizontal_zoom_bend",
        "spiral",
        "dolly_zoom",
        "orbit_horizontal",
        "back",
    ] = "orbit_horizontal"
    """Camera-trajectory preset for the zoom-in direction. ``horizontal_zoom`` is a straight
    translation along the z-axis; ``horizontal_zoom_bend`` adds a slight arc; ``spiral``
    produces a spiraling approach.
    """
    zoom_in_strength: Annotated[float, Field(ge=0.0, le=2.0)] = 0.5
    """Displacement scale for the zoom-in trajectory (relative to subject depth)."""
    zoom_out_trajectory: Literal[
        "horizontal_zoom",
        "horizontal_zoom_bend",
        "spiral",
        "dolly_zoom",
        "orbit_horizontal",
        "back",
    ] = "horizontal_zoom"
    """Camera-trajectory preset for the zoom-out direction."""
    zoom_out_strength: Annotated[float, Field(ge=0.0, le=3.0)] = 1.5
    """Displacement scale for the zoom-out trajectory."""
    resolution: Literal["480p", "720p"] = "480p"
    """Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take substantially
    longer to generate.
    """
    use_dmd: bool = True
    """Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower non-DMD
    scheduler is currently disabled for this endpoint because it can exceed serverless request
    limits.
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=15.0)] = 5
    """Classifier-free guidance scale."""
    num_inference_steps: Annotated[int, Field(ge=1, le=100)] = 28
    """Number of denoising steps per frame chunk. Ignored when ``use_dmd`` is enabled because the
    DMD scheduler uses a fixed 4-step schedule.
    """
    frames_per_second: Annotated[int, Field(ge=8, le=24)] = 16
    """Frame rate of the output video."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If not provided, a random seed is chosen."""


class Lyra2ZoomOutput(OutputModel):
    video: VideoFile
    """The generated MP4 video."""
    seed: int
    """The seed used for generation."""
    timings: dict[str, float] | MISSING = MISSING
    """Per-stage timing breakdown (seconds)."""


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""
