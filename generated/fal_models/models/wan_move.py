# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class WanMoveInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image. If the input image does not match the chosen "
            "aspect ratio, it is resized and center cropped.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """

    prompt: Annotated[str, Field(description="Text prompt to guide the video generation.")]
    """Text prompt to guide the video generation."""

    trajectories: Annotated[
        list[list[dict[str, Any]]],
        Field(
            description="A list of trajectories. Each trajectory list means the movement of one "
            "object."
        ),
    ]
    """A list of trajectories. Each trajectory list means the movement of one object."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=50,
        ),
    ] = 40
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            lt=10.0,
        ),
    ] = 3.5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide the video generation.")
    ] = (
        "色调艳丽，过曝，静态，细节模糊不清，字幕，风格，作品，画作，画面，静止，整体发灰，最差质"
        "量，低质量，JPEG压缩残留，丑陋的，残缺的，多余的手指，画得不好的手部，画得不好的脸部，畸"
        "形的，毁容的，形态畸形的肢体，手指融合，静止不动的画面，杂乱的背景，三条腿，背景人很多，"
        "倒着走"
    )
    """Negative prompt to guide the video generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""


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


class WanMoveOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="Generated Video File")]
    """Generated Video File"""

    seed: Annotated[int, Field(description="Random seed used for generation.")]
    """Random seed used for generation."""
