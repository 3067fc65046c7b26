# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Lyra2ZoomInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image. Lyra-2 hallucinates a video that starts from "
            "this image and moves the camera along the requested trajectory.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image. Lyra-2 hallucinates a video that starts from this image and moves
    the camera along the requested trajectory.
    """

    prompt: Annotated[
        str, Field(description="Text prompt describing the scene. Best results come from prompts")
    ]
    """Text prompt describing the scene. Best results come from prompts"""

    zoom_direction: Annotated[
        Literal["in", "out", "both"],
        Field(
            description="Whether to generate a zoom-in video (camera moves toward the subject), a "
            "zoom-out video (camera retreats), or a combined out-then-in video."
        ),
    ] = "in"
    """Whether to generate a zoom-in video (camera moves toward the subject), a zoom-out video
    (camera retreats), or a combined out-then-in video.
    """

    num_frames: Annotated[
        Literal[81, 161, 241, 321, 401, 481],
        Field(
            description="Number of frames per direction. Each AR chunk produces 80 frames, and "
            "the loop emits an extra anchor frame at the start, so valid values are 81, 161, 241, "
            "321, 401, 481."
        ),
    ] = 81
    """Number of frames per direction. Each AR chunk produces 80 frames, and the loop emits an
    extra anchor frame at the start, so valid values are 81, 161, 241, 321, 401, 481.
    """

    zoom_in_trajectory: Annotated[
        Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ],
        Field(
            description="Camera-trajectory preset for the zoom-in direction. ``horizontal_zoom`` "
            "is a straight translation along the z-axis; ``horizontal_zoom_bend`` adds a slight "
            "arc; ``spiral`` produces a spiraling approach."
        ),
    ] = "orbit_horizontal"
    """Camera-trajectory preset for the zoom-in direction. ``horizontal_zoom`` is a straight
    translation along the z-axis; ``horizontal_zoom_bend`` adds a slight arc; ``spiral``
    produces a spiraling approach.
    """

    zoom_in_strength: Annotated[
        float,
        Field(
            description="Displacement scale for the zoom-in trajectory (relative to subject "
            "depth).",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.5
    """Displacement scale for the zoom-in trajectory (relative to subject depth)."""

    zoom_out_trajectory: Annotated[
        Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ],
        Field(description="Camera-trajectory preset for the zoom-out direction."),
    ] = "horizontal_zoom"
    """Camera-trajectory preset for the zoom-out direction."""

    zoom_out_strength: Annotated[
        float, Field(description="Displacement scale for the zoom-out trajectory.", ge=0.0, le=3.0)
    ] = 1.5
    """Displacement scale for the zoom-out trajectory."""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(
            description="Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions "
            "take substantially longer to generate."
        ),
    ] = "480p"
    """Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take substantially
    longer to generate.
    """

    use_dmd: Annotated[
        bool,
        Field(
            description="Enable the upstream DMD distillation LoRA and 4-step scheduler. The "
            "slower non-DMD scheduler is currently disabled for this endpoint because it can "
            "exceed serverless request limits."
        ),
    ] = True
    """Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower non-DMD
    scheduler is currently disabled for this endpoint because it can exceed serverless request
    limits.
    """

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=1.0, le=15.0)
    ] = 5
    """Classifier-free guidance scale."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps per frame chunk. Ignored when ``use_dmd`` is "
            "enabled because the DMD scheduler uses a fixed 4-step schedule.",
            ge=1,
            le=100,
        ),
    ] = 28
    """Number of denoising steps per frame chunk. Ignored when ``use_dmd`` is enabled because the
    DMD scheduler uses a fixed 4-step schedule.
    """

    frames_per_second: Annotated[
        int, Field(description="Frame rate of the output video.", ge=8, le=24)
    ] = 16
    """Frame rate of the output video."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. If not provided, a random seed is chosen."
        ),
    ] = MISSING
    """Random seed for reproducibility. If not provided, a random seed is chosen."""


class VideoFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class Lyra2ZoomOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated MP4 video.")]
    """The generated MP4 video."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[
        dict[str, float] | MISSING, Field(description="Per-stage timing breakdown (seconds).")
    ] = MISSING
    """Per-stage timing breakdown (seconds)."""
