# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanEffectsInput(InputModel):
    subject: Annotated[
        str,
        Field(
            description="The subject to insert into the predefined prompt template for the "
            "selected effect."
        ),
    ]
    """The subject to insert into the predefined prompt template for the selected effect."""

    image_url: Annotated[
        str, Field(description="URL of the input image.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image."""

    effect_type: Annotated[
        Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ],
        Field(description="The type of effect to apply to the video."),
    ] = "cakeify"
    """The type of effect to apply to the video."""

    num_frames: Annotated[
        int, Field(description="Number of frames to generate.", ge=81, le=100)
    ] = 81
    """Number of frames to generate."""

    frames_per_second: Annotated[
        int, Field(description="Frames per second of the generated video.", ge=5, le=24)
    ] = 16
    """Frames per second of the generated video."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="Aspect ratio of the output video.")
    ] = "16:9"
    """Aspect ratio of the output video."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    lora_scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. Used to adjust effect intensity.",
            ge=0.1,
            le=2.0,
        ),
    ] = 1
    """The scale of the LoRA weight. Used to adjust effect intensity."""

    turbo_mode: Annotated[
        bool,
        Field(
            description="Whether to use turbo mode. If True, the video will be generated faster "
            "but with lower quality."
        ),
    ] = False
    """Whether to use turbo mode. If True, the video will be generated faster but with lower
    quality.
    """


class WanEffectsOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""

    seed: int
