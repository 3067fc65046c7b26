# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumInferenceSteps = TypeAliasType(
    "NumInferenceSteps",
    Annotated[
        int,
        Field(
            description="Number of denoising steps. Defaults to 8 for 256p and 32 for "
            "540p/720p/1080p (base + SR).",
            ge=1,
            le=50,
        ),
    ],
)


class DavinciMagihumanInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt describing the desired video content.", min_length=1)
    ]
    """Text prompt describing the desired video content."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the reference image for image-to-video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference image for image-to-video generation."""

    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of the driving audio for lipsync mode. If omitted, audio is "
            "generated from the prompt.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of the driving audio for lipsync mode. If omitted, audio is generated from
    the prompt.
    """

    duration: Annotated[
        int, Field(description="Duration of the generated video in seconds.", ge=1, le=30)
    ] = 5
    """Duration of the generated video in seconds."""

    resolution: Annotated[
        Literal["256p", "540p", "720p", "1080p"],
        Field(
            description="Output resolution. '256p' uses the official base-model 448x256 path. "
            "'1080p' uses the official base + 1080p super-resolution pipeline. '540p' and '720p' "
            "reuse that sharper 1080p SR path and downsample to the requested output size."
        ),
    ] = "256p"
    """Output resolution. '256p' uses the official base-model 448x256 path. '1080p' uses the
    official base + 1080p super-resolution pipeline. '540p' and '720p' reuse that sharper
    1080p SR path and downsample to the requested output size.
    """

    num_inference_steps: Annotated[
        NumInferenceSteps | None | MISSING,
        Field(
            description="Number of denoising steps. Defaults to 8 for 256p and 32 for "
            "540p/720p/1080p (base + SR)."
        ),
    ] = MISSING
    """Number of denoising steps. Defaults to 8 for 256p and 32 for 540p/720p/1080p (base + SR)."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=0.0, le=20.0)
    ] = 5
    """Classifier-free guidance scale."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    enable_safety_checker: Annotated[
        bool, Field(description="If enabled, runs safety checks on the prompt and input image.")
    ] = True
    """If enabled, runs safety checks on the prompt and input image."""


class DavinciMagihumanOutput(OutputModel):
    video: Annotated[
        shared.File | MISSING, Field(description="The generated video with synchronized audio.")
    ] = MISSING
    """The generated video with synchronized audio."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
