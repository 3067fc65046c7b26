# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LongcatSingleAvatarImageAudioToVideoInput(InputModel):
    """Request model for image+audio to video generation."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to animate.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the image to animate."""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to drive the avatar.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to drive the avatar."""

    prompt: Annotated[str, Field(description="The prompt to guide the video generation.")] = (
        "A person is talking naturally with natural expressions and movements."
    )
    """The prompt to guide the video generation."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to avoid in the video generation.")
    ] = (
        "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style, works, "
        "paintings, images, static, overall gray, worst quality, low quality, JPEG compression "
        "residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, "
        "deformed, disfigured, misshapen limbs, fused fingers, still picture, messy background, "
        "three legs, many people in the background, walking backwards"
    )
    """The negative prompt to avoid in the video generation."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=10, le=100)
    ] = 50
    """The number of inference steps to use."""

    text_guidance_scale: Annotated[
        float,
        Field(description="The text guidance scale for classifier-free guidance.", ge=1.0, le=10.0),
    ] = 4
    """The text guidance scale for classifier-free guidance."""

    audio_guidance_scale: Annotated[
        float,
        Field(
            description="The audio guidance scale. Higher values may lead to exaggerated mouth "
            "movements.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """The audio guidance scale. Higher values may lead to exaggerated mouth movements."""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(
            description="Resolution of the generated video (480p or 720p). Billing is per "
            "video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second."
        ),
    ] = "480p"
    """Resolution of the generated video (480p or 720p). Billing is per video-second (16 frames):
    480p is 1 unit per second and 720p is 4 units per second.
    """

    num_segments: Annotated[
        int,
        Field(
            description="Number of video segments to generate. Each segment adds ~5 seconds of "
            "video. First segment is ~5.8s, additional segments are 5s each.",
            ge=1,
            le=10,
        ),
    ] = 1
    """Number of video segments to generate. Each segment adds ~5 seconds of video. First segment
    is ~5.8s, additional segments are 5s each.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable safety checker.")
    ] = True
    """Whether to enable safety checker."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion using an LLM to enhance the prompt "
            "for better video quality."
        ),
    ] = False
    """Whether to enable prompt expansion using an LLM to enhance the prompt for better video
    quality.
    """


class LongcatSingleAvatarImageAudioToVideoOutput(OutputModel):
    """Response model for image+audio to video generation."""

    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
