# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

TargetFps = TypeAliasType(
    "TargetFps",
    Annotated[
        int,
        Field(
            description="Target FPS for frame interpolation. If set, frame interpolation will be "
            "enabled.",
            ge=16,
            le=60,
        ),
    ],
)


Compression = TypeAliasType(
    "Compression",
    Annotated[
        float,
        Field(
            description="Compression artifact removal level (0.0-1.0). Default varies by model.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


Noise = TypeAliasType(
    "Noise",
    Annotated[
        float,
        Field(
            description="Noise reduction level (0.0-1.0). Default varies by model.", ge=0.0, le=1.0
        ),
    ],
)


Halo = TypeAliasType(
    "Halo",
    Annotated[
        float,
        Field(
            description="Halo reduction level (0.0-1.0). Default varies by model.", ge=0.0, le=1.0
        ),
    ],
)


Grain = TypeAliasType(
    "Grain",
    Annotated[
        float,
        Field(
            description="Film grain amount (0.0-0.1). Default varies by model.",
            ge=0.0,
            le=0.1,
            multiple_of=0.01,
        ),
    ],
)


RecoverDetail = TypeAliasType(
    "RecoverDetail",
    Annotated[
        float,
        Field(
            description="Recover original detail level (0.0-1.0). Higher values preserve more "
            "original detail.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


class TopazUpscaleVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="URL of the video to upscale", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the video to upscale"""

    model: Annotated[
        Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ],
        Field(
            description="Video enhancement model. Proteus is best for most videos, Artemis for "
            "denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia "
            "2 for animation and motion graphics at 2x, and Starlight for generative "
            "diffusion-based upscaling and enhancement."
        ),
    ] = "Proteus"
    """Video enhancement model. Proteus is best for most videos, Artemis for denoise+sharpen, Nyx
    for dedicated denoising, Gaia HQ/CG for rendered content, Gaia 2 for animation and motion
    graphics at 2x, and Starlight for generative diffusion-based upscaling and enhancement.
    """

    upscale_factor: Annotated[
        float,
        Field(
            description="Factor to upscale the video by (e.g. 2.0 doubles width and height)",
            ge=1.0,
            le=4.0,
        ),
    ] = 2
    """Factor to upscale the video by (e.g. 2.0 doubles width and height)"""

    target_fps: Annotated[
        TargetFps | None | MISSING,
        Field(
            description="Target FPS for frame interpolation. If set, frame interpolation will be "
            "enabled."
        ),
    ] = MISSING
    """Target FPS for frame interpolation. If set, frame interpolation will be enabled."""

    compression: Annotated[
        Compression | None | MISSING,
        Field(description="Compression artifact removal level (0.0-1.0). Default varies by model."),
    ] = MISSING
    """Compression artifact removal level (0.0-1.0). Default varies by model."""

    noise: Annotated[
        Noise | None | MISSING,
        Field(description="Noise reduction level (0.0-1.0). Default varies by model."),
    ] = MISSING
    """Noise reduction level (0.0-1.0). Default varies by model."""

    halo: Annotated[
        Halo | None | MISSING,
        Field(description="Halo reduction level (0.0-1.0). Default varies by model."),
    ] = MISSING
    """Halo reduction level (0.0-1.0). Default varies by model."""

    grain: Annotated[
        Grain | None | MISSING,
        Field(description="Film grain amount (0.0-0.1). Default varies by model."),
    ] = MISSING
    """Film grain amount (0.0-0.1). Default varies by model."""

    recover_detail: Annotated[
        RecoverDetail | None | MISSING,
        Field(
            description="Recover original detail level (0.0-1.0). Higher values preserve more "
            "original detail."
        ),
    ] = MISSING
    """Recover original detail level (0.0-1.0). Higher values preserve more original detail."""

    h264_output: Annotated[
        bool,
        Field(
            alias="H264_output",
            description="Whether to use H264 codec for output video. Default is H265.",
        ),
    ] = False
    """Whether to use H264 codec for output video. Default is H265."""


class TopazUpscaleVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The upscaled video file")]
    """The upscaled video file"""
