# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class BytedanceLynxInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the subject image to be used for video generation",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the subject image to be used for video generation"""

    prompt: Annotated[str, Field(description="Text prompt to guide video generation")]
    """Text prompt to guide video generation"""

    negative_prompt: Annotated[
        str,
        Field(description="Negative prompt to guide what should not appear in the generated video"),
    ] = (
        "Bright tones, overexposed, blurred background, static, subtitles, style, works, "
        "paintings, images, overall gray, worst quality, low quality, JPEG compression residue, "
        "ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, deformed, "
        "disfigured, misshapen limbs, fused fingers, still picture, messy background, three legs, "
        "many people in the background, walking backwards"
    )
    """Negative prompt to guide what should not appear in the generated video"""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=1,
            le=75,
        ),
    ] = 50
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p, 580p, or 720p)"),
    ] = "720p"
    """Resolution of the generated video (480p, 580p, or 720p)"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="Aspect ratio of the generated video (16:9, 9:16, or 1:1)"),
    ] = "16:9"
    """Aspect ratio of the generated video (16:9, 9:16, or 1:1)"""

    ip_scale: Annotated[
        float,
        Field(
            description="Identity preservation scale. Controls how closely the generated video "
            "preserves the subject's identity from the reference image.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """Identity preservation scale. Controls how closely the generated video preserves the
    subject's identity from the reference image.
    """

    strength: Annotated[
        float,
        Field(
            description="Reference image scale. Controls the influence of the reference image on "
            "the generated video.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """Reference image scale. Controls the influence of the reference image on the generated
    video.
    """

    frames_per_second: Annotated[
        int,
        Field(
            description="Frames per second of the generated video. Must be between 5 to 30.",
            ge=5,
            le=30,
        ),
    ] = 16
    """Frames per second of the generated video. Must be between 5 to 30."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=20.0,
        ),
    ] = 5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    guidance_scale_2: Annotated[
        float,
        Field(
            description="Image guidance scale. Controls how closely the generated video follows "
            "the reference image. Higher values increase adherence to the reference image but may "
            "decrease quality.",
            ge=0.0,
            le=10.0,
        ),
    ] = 2
    """Image guidance scale. Controls how closely the generated video follows the reference
    image. Higher values increase adherence to the reference image but may decrease quality.
    """

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames in the generated video. Must be between 9 to 100.",
            ge=9,
            le=81,
        ),
    ] = 81
    """Number of frames in the generated video. Must be between 9 to 100."""


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


class BytedanceLynxOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
