# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ForceParams(InputModel):
    x: Annotated[
        float,
        Field(
            description="Normalized x position of the force application point (0 = left, 1 = "
            "right).",
            ge=0.0,
            le=1.0,
        ),
    ]
    """Normalized x position of the force application point (0 = left, 1 = right)."""

    y: Annotated[
        float,
        Field(
            description="Normalized y position of the force application point (0 = top, 1 = "
            "bottom).",
            ge=0.0,
            le=1.0,
        ),
    ]
    """Normalized y position of the force application point (0 = top, 1 = bottom)."""

    angle: Annotated[
        float,
        Field(
            description="Direction of force in degrees. 0 = right, 90 = up, 180 = left, 270 = "
            "down.",
            ge=0.0,
            le=360.0,
        ),
    ]
    """Direction of force in degrees. 0 = right, 90 = up, 180 = left, 270 = down."""

    magnitude: Annotated[
        float,
        Field(
            description="Strength of the force (30 = gentle push, 400 = strong impact).",
            ge=30.0,
            le=400.0,
        ),
    ]
    """Strength of the force (30 = gentle push, 400 = strong impact)."""

    mass: Annotated[
        float,
        Field(
            description="Mass of the object (1.0 to 4.0). Use -1 to let the model infer mass "
            "automatically.",
            ge=-1.0,
            le=4.0,
        ),
    ] = -1
    """Mass of the object (1.0 to 4.0). Use -1 to let the model infer mass automatically."""


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


class GoalForceInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text description of the scene and the desired physics interaction.")
    ] = "A hand pushes the hanging bulb, causing it to sway."
    """Text description of the scene and the desired physics interaction."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image (first frame). The image will be resized to "
            "832x480.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png"
    """URL of the input image (first frame). The image will be resized to 832x480."""

    goal_force: Annotated[
        ForceParams | None | MISSING,
        Field(
            description="Indirect goal force applied to a target object. The model generates "
            "physics-plausible interactions to move the target in the specified direction. "
            "Specify either this, projectile_force, or both."
        ),
    ] = MISSING
    """Indirect goal force applied to a target object. The model generates physics-plausible
    interactions to move the target in the specified direction. Specify either this,
    projectile_force, or both.
    """

    projectile_force: Annotated[
        ForceParams | None | MISSING,
        Field(
            description="Direct force applied to a projectile object, causing it to move along "
            "the force direction. Specify either this, goal_force, or both."
        ),
    ] = MISSING
    """Direct force applied to a projectile object, causing it to move along the force direction.
    Specify either this, goal_force, or both.
    """

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. Higher values produce better quality but take "
            "longer.",
            ge=1,
            le=50,
        ),
    ] = 50
    """Number of denoising steps. Higher values produce better quality but take longer."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=1.0, le=10.0)
    ] = 5
    """Classifier-free guidance scale."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for generation.")] = (
        "色调艳丽，过曝，静态，细节模糊不清，字幕，风格，作品，画作，画面，静止，整体发灰，最差质"
        "量，低质量，JPEG压缩残留，丑陋的，残缺的，多余的手指，画得不好的手部，画得不好的脸部，畸"
        "形的，毁容的，形态畸形的肢体，手指融合，静止不动的画面，杂乱的背景，三条腿，背景人很多，"
        "倒着走"
    )
    """Negative prompt for generation."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable safety checker for generated content.")
    ] = True
    """Enable safety checker for generated content."""


class GoalForceOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video.")]
    """The generated video."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[dict[str, float], Field(description="Timing information.")]
    """Timing information."""
