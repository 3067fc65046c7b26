# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Creativity = TypeAliasType("Creativity", Annotated[int, Field(ge=1, le=6)])
"""Creativity level for generative upscaling (1-6). Higher values produce more
creative/hallucinated details. Applies to Redefine model only.
"""


Denoise = TypeAliasType("Denoise", Annotated[float, Field(ge=0.0, le=1.0)])
"""Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity V2,
Text Refine, and Redefine models.
"""


Detail = TypeAliasType("Detail", Annotated[float, Field(ge=0.0, le=1.0)])
"""Detail recovery level (0.0-1.0). Applies to Recovery V2 model only."""


FixCompression = TypeAliasType("FixCompression", Annotated[float, Field(ge=0.0, le=1.0)])
"""Compression artifact removal level (0.0-1.0). Applies to Standard V2, Low Resolution V2, High
Fidelity V2, and Text Refine models.
"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=1024)])
"""Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine model only."""


Sharpen = TypeAliasType("Sharpen", Annotated[float, Field(ge=0.0, le=1.0)])
"""Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity V2,
Text Refine, and Redefine models.
"""


Strength = TypeAliasType("Strength", Annotated[float, Field(ge=0.01, le=1.0)])
"""Enhancement strength (0.01-1.0). Applies to Text Refine model only."""


Texture = TypeAliasType("Texture", Annotated[int, Field(ge=1, le=5)])
"""Texture detail level for generative upscaling (1-5). Applies to Redefine model only."""


class TopazUpscaleImageInput(InputModel):
    model: Literal[
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
    ] = "Standard V2"
    """Model to use for image enhancement."""
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """Factor to upscale the image by (e.g. 2.0 doubles width and height)"""
    crop_to_fill: bool = False
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True}, min_length=1)]
    """Url of the image to be upscaled"""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """Output format of the upscaled image."""
    subject_detection: Literal["All", "Foreground", "Background"] = "All"
    """Subject detection mode for the image enhancement. Applies to standard enhance and Recovery
    V2 models.
    """
    face_enhancement: bool = True
    """Whether to apply face enhancement to the image. Applies to standard enhance and Recovery
    V2 models.
    """
    face_enhancement_creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0
    """Creativity level for face enhancement. 0.0 means no creativity, 1.0 means maximum
    creativity. Ignored if face enhancement is disabled.
    """
    face_enhancement_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.8
    """Strength of the face enhancement. 0.0 means no enhancement, 1.0 means maximum enhancement.
    Ignored if face enhancement is disabled.
    """
    sharpen: Sharpen | None | MISSING = MISSING
    """Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity
    V2, Text Refine, and Redefine models.
    """
    denoise: Denoise | None | MISSING = MISSING
    """Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High Fidelity
    V2, Text Refine, and Redefine models.
    """
    fix_compression: FixCompression | None | MISSING = MISSING
    """Compression artifact removal level (0.0-1.0). Applies to Standard V2, Low Resolution V2,
    High Fidelity V2, and Text Refine models.
    """
    strength: Strength | None | MISSING = MISSING
    """Enhancement strength (0.01-1.0). Applies to Text Refine model only."""
    creativity: Creativity | None | MISSING = MISSING
    """Creativity level for generative upscaling (1-6). Higher values produce more
    creative/hallucinated details. Applies to Redefine model only.
    """
    texture: Texture | None | MISSING = MISSING
    """Texture detail level for generative upscaling (1-5). Applies to Redefine model only."""
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine model
    only.
    """
    autoprompt: bool | None | MISSING = MISSING
    """Enable automatic prompt generation for generative upscaling. Applies to Redefine model
    only.
    """
    detail: Detail | None | MISSING = MISSING
    """Detail recovery level (0.0-1.0). Applies to Recovery V2 model only."""


class TopazUpscaleImageOutput(OutputModel):
    image: shared.File
    """The upscaled image."""
