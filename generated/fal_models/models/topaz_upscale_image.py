# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Sharpen = TypeAliasType(
    "Sharpen",
    Annotated[
        float,
        Field(
            description="Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, "
            "CGI, High Fidelity V2, Text Refine, and Redefine models.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


Denoise = TypeAliasType(
    "Denoise",
    Annotated[
        float,
        Field(
            description="Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, "
            "CGI, High Fidelity V2, Text Refine, and Redefine models.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


FixCompression = TypeAliasType(
    "FixCompression",
    Annotated[
        float,
        Field(
            description="Compression artifact removal level (0.0-1.0). Applies to Standard V2, "
            "Low Resolution V2, High Fidelity V2, and Text Refine models.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


Strength = TypeAliasType(
    "Strength",
    Annotated[
        float,
        Field(
            description="Enhancement strength (0.01-1.0). Applies to Text Refine model only.",
            ge=0.01,
            le=1.0,
        ),
    ],
)


Creativity = TypeAliasType(
    "Creativity",
    Annotated[
        int,
        Field(
            description="Creativity level for generative upscaling (1-6). Higher values produce "
            "more creative/hallucinated details. Applies to Redefine model only.",
            ge=1,
            le=6,
        ),
    ],
)


Texture = TypeAliasType(
    "Texture",
    Annotated[
        int,
        Field(
            description="Texture detail level for generative upscaling (1-5). Applies to Redefine "
            "model only.",
            ge=1,
            le=5,
        ),
    ],
)


Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str,
        Field(
            description="Text prompt to guide generative upscaling (max 1024 chars). Applies to "
            "Redefine model only.",
            max_length=1024,
        ),
    ],
)


Detail = TypeAliasType(
    "Detail",
    Annotated[
        float,
        Field(
            description="Detail recovery level (0.0-1.0). Applies to Recovery V2 model only.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


class TopazUpscaleImageInput(InputModel):
    model: Annotated[
        Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ],
        Field(description="Model to use for image enhancement."),
    ] = "Standard V2"
    """Model to use for image enhancement."""

    upscale_factor: Annotated[
        float,
        Field(
            description="Factor to upscale the image by (e.g. 2.0 doubles width and height)",
            ge=1.0,
            le=4.0,
        ),
    ] = 2
    """Factor to upscale the image by (e.g. 2.0 doubles width and height)"""

    crop_to_fill: bool = False
    image_url: Annotated[
        str,
        Field(
            description="Url of the image to be upscaled",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """Url of the image to be upscaled"""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="Output format of the upscaled image.")
    ] = "jpeg"
    """Output format of the upscaled image."""

    subject_detection: Annotated[
        Literal["All", "Foreground", "Background"],
        Field(
            description="Subject detection mode for the image enhancement. Applies to standard "
            "enhance and Recovery V2 models."
        ),
    ] = "All"
    """Subject detection mode for the image enhancement. Applies to standard enhance and Recovery
    V2 models.
    """

    face_enhancement: Annotated[
        bool,
        Field(
            description="Whether to apply face enhancement to the image. Applies to standard "
            "enhance and Recovery V2 models."
        ),
    ] = True
    """Whether to apply face enhancement to the image. Applies to standard enhance and Recovery
    V2 models.
    """

    face_enhancement_creativity: Annotated[
        float,
        Field(
            description="Creativity level for face enhancement. 0.0 means no creativity, 1.0 "
            "means maximum creativity. Ignored if face enhancement is disabled.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """Creativity level for face enhancement. 0.0 means no creativity, 1.0 means maximum
    creativity. Ignored if face enhancement is disabled.
    """

    face_enhancement_strength: Annotated[
        float,
        Field(
            description="Strength of the face enhancement. 0.0 means no enhancement, 1.0 means "
            "maximum enhancement. Ignored if face enhancement is disabled.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.8
    """Strength of the face enhancement. 0.0 means no enhancement, 1.0 means maximum enhancement.
    Ignored if face enhancement is disabled.
    """

    sharpen: Annotated[
        Sharpen | None | MISSING,
        Field(
            description="Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, "
            "CGI, High Fidelity V2, Text Refine, and Redefine models."
        ),
    ] = MISSING
    """Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity
    V2, Text Refine, and Redefine models.
    """

    denoise: Annotated[
        Denoise | None | MISSING,
        Field(
            description="Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, "
            "CGI, High Fidelity V2, Text Refine, and Redefine models."
        ),
    ] = MISSING
    """Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity
    V2, Text Refine, and Redefine models.
    """

    fix_compression: Annotated[
        FixCompression | None | MISSING,
        Field(
            description="Compression artifact removal level (0.0-1.0). Applies to Standard V2, "
            "Low Resolution V2, High Fidelity V2, and Text Refine models."
        ),
    ] = MISSING
    """Compression artifact removal level (0.0-1.0). Applies to Standard V2, Low Resolution V2,
    High Fidelity V2, and Text Refine models.
    """

    strength: Annotated[
        Strength | None | MISSING,
        Field(description="Enhancement strength (0.01-1.0). Applies to Text Refine model only."),
    ] = MISSING
    """Enhancement strength (0.01-1.0). Applies to Text Refine model only."""

    creativity: Annotated[
        Creativity | None | MISSING,
        Field(
            description="Creativity level for generative upscaling (1-6). Higher values produce "
            "more creative/hallucinated details. Applies to Redefine model only."
        ),
    ] = MISSING
    """Creativity level for generative upscaling (1-6). Higher values produce more
    creative/hallucinated details. Applies to Redefine model only.
    """

    texture: Annotated[
        Texture | None | MISSING,
        Field(
            description="Texture detail level for generative upscaling (1-5). Applies to Redefine "
            "model only."
        ),
    ] = MISSING
    """Texture detail level for generative upscaling (1-5). Applies to Redefine model only."""

    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Text prompt to guide generative upscaling (max 1024 chars). Applies to "
            "Redefine model only."
        ),
    ] = MISSING
    """Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine model
    only.
    """

    autoprompt: Annotated[
        bool | None | MISSING,
        Field(
            description="Enable automatic prompt generation for generative upscaling. Applies to "
            "Redefine model only."
        ),
    ] = MISSING
    """Enable automatic prompt generation for generative upscaling. Applies to Redefine model
    only.
    """

    detail: Annotated[
        Detail | None | MISSING,
        Field(description="Detail recovery level (0.0-1.0). Applies to Recovery V2 model only."),
    ] = MISSING
    """Detail recovery level (0.0-1.0). Applies to Recovery V2 model only."""


class TopazUpscaleImageOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The upscaled image.")]
    """The upscaled image."""
