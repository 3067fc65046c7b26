# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VoidVideoInpaintingInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the input video containing the object to remove.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video containing the object to remove."""

    quad_mask_video_url: Annotated[
        str,
        Field(
            description="URL of a mask video for the removal target. For best results this should "
            "be a VOID-style quadmask video with 4 grayscale values: 0=object to remove, "
            "63=overlap, 127=affected region, 255=background to keep. A simple binary mask "
            "(0=remove, 255=keep) also works. If omitted, the app will generate a temporary mask "
            "video from `mask_prompt` using the SAM-3 video endpoint and convert it to a quadmask "
            "automatically.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """URL of a mask video for the removal target. For best results this should be a VOID-style
    quadmask video with 4 grayscale values: 0=object to remove, 63=overlap, 127=affected
    region, 255=background to keep. A simple binary mask (0=remove, 255=keep) also works. If
    omitted, the app will generate a temporary mask video from `mask_prompt` using the SAM-3
    video endpoint and convert it to a quadmask automatically.
    """

    mask_prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Text description of what should be masked in the input video, such as "
            "the object or person to remove. Used to generate a temporary mask video with SAM-3 "
            "when `quad_mask_video_url` is not provided."
        ),
    ] = MISSING
    """Text description of what should be masked in the input video, such as the object or person
    to remove. Used to generate a temporary mask video with SAM-3 when `quad_mask_video_url`
    is not provided.
    """

    prompt: Annotated[
        str, Field(description="Text description of the desired background after object removal.")
    ]
    """Text description of the desired background after object removal."""

    enable_pass2_refinement: Annotated[
        bool,
        Field(
            description="Run VOID Pass 2 warped-noise refinement after Pass 1. This is slower but "
            "can improve temporal consistency on longer clips."
        ),
    ] = False
    """Run VOID Pass 2 warped-noise refinement after Pass 1. This is slower but can improve
    temporal consistency on longer clips.
    """

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide generation away from undesired outputs.")
    ] = (
        "The video is not of a high quality, it has a low resolution. Watermark present in each "
        "frame. The background is solid. Strange body and strange trajectory. Distortion."
    )
    """Negative prompt to guide generation away from undesired outputs."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. Higher values improve quality but increase "
            "latency.",
            ge=1,
            le=50,
        ),
    ] = 30
    """Number of denoising steps. Higher values improve quality but increase latency."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=0.0, le=20.0)
    ] = 1
    """Classifier-free guidance scale."""

    strength: Annotated[
        float, Field(description="Denoising strength. 1.0 means full denoising.", ge=0.0, le=1.0)
    ] = 1
    """Denoising strength. 1.0 means full denoising."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    num_frames: Annotated[
        int,
        Field(
            description="Temporal window size for inference. The backend snaps this to the "
            "nearest CogVideoX-safe value that works with temporal compression and patching. "
            "Valid outputs are 69, 77, 85, ..., 197.",
            ge=1,
            le=197,
        ),
    ] = 85
    """Temporal window size for inference. The backend snaps this to the nearest CogVideoX-safe
    value that works with temporal compression and patching. Valid outputs are 69, 77, 85,
    ..., 197.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content safety checking on the output.")
    ] = True
    """Enable content safety checking on the output."""


class VoidVideoInpaintingOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The output video with the object removed.")]
    """The output video with the object removed."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[dict[str, float], Field(description="Timing breakdown for pipeline stages.")]
    """Timing breakdown for pipeline stages."""
