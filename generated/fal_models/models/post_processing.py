# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    enable_grain: Annotated[bool, Field(description="Enable film grain effect")] = False
    """Enable film grain effect"""

    grain_intensity: Annotated[
        float,
        Field(description="Film grain intensity (when enabled)", ge=0.0, le=1.0, multiple_of=0.01),
    ] = 0.4
    """Film grain intensity (when enabled)"""

    grain_scale: Annotated[
        float, Field(description="Film grain scale (when enabled)", ge=1.0, le=100.0)
    ] = 10
    """Film grain scale (when enabled)"""

    grain_style: Annotated[
        Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"],
        Field(description="Style of film grain to apply"),
    ] = "modern"
    """Style of film grain to apply"""

    enable_color_correction: Annotated[bool, Field(description="Enable color correction")] = False
    """Enable color correction"""

    temperature: Annotated[
        float, Field(description="Color temperature adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Color temperature adjustment"""

    brightness: Annotated[
        float, Field(description="Brightness adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Brightness adjustment"""

    contrast: Annotated[float, Field(description="Contrast adjustment", ge=-100.0, le=100.0)] = 0
    """Contrast adjustment"""

    saturation: Annotated[
        float, Field(description="Saturation adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Saturation adjustment"""

    gamma: Annotated[float, Field(description="Gamma adjustment", ge=0.2, le=2.2)] = 1
    """Gamma adjustment"""

    enable_chromatic: Annotated[bool, Field(description="Enable chromatic aberration")] = False
    """Enable chromatic aberration"""

    red_shift: Annotated[int, Field(description="Red channel shift amount", ge=-20, le=20)] = 0
    """Red channel shift amount"""

    red_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Red channel shift direction")
    ] = "horizontal"
    """Red channel shift direction"""

    green_shift: Annotated[int, Field(description="Green channel shift amount", ge=-20, le=20)] = 0
    """Green channel shift amount"""

    green_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Green channel shift direction")
    ] = "horizontal"
    """Green channel shift direction"""

    blue_shift: Annotated[int, Field(description="Blue channel shift amount", ge=-20, le=20)] = 0
    """Blue channel shift amount"""

    blue_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Blue channel shift direction")
    ] = "horizontal"
    """Blue channel shift direction"""

    enable_blur: Annotated[bool, Field(description="Enable blur effect")] = False
    """Enable blur effect"""

    blur_type: Annotated[
        Literal["gaussian", "kuwahara"], Field(description="Type of blur to apply")
    ] = "gaussian"
    """Type of blur to apply"""

    blur_radius: Annotated[int, Field(description="Blur radius", ge=0, le=31)] = 3
    """Blur radius"""

    blur_sigma: Annotated[float, Field(description="Sigma for Gaussian blur", ge=0.1, le=10.0)] = 1
    """Sigma for Gaussian blur"""

    enable_vignette: Annotated[bool, Field(description="Enable vignette effect")] = False
    """Enable vignette effect"""

    vignette_strength: Annotated[
        float, Field(description="Vignette strength (when enabled)", ge=0.0, le=10.0)
    ] = 0.5
    """Vignette strength (when enabled)"""

    enable_parabolize: Annotated[bool, Field(description="Enable parabolize effect")] = False
    """Enable parabolize effect"""

    parabolize_coeff: Annotated[
        float, Field(description="Parabolize coefficient", ge=-10.0, le=10.0)
    ] = 1
    """Parabolize coefficient"""

    vertex_x: Annotated[float, Field(description="Vertex X position", ge=0.0, le=1.0)] = 0.5
    """Vertex X position"""

    vertex_y: Annotated[float, Field(description="Vertex Y position", ge=0.0, le=1.0)] = 0.5
    """Vertex Y position"""

    enable_tint: Annotated[bool, Field(description="Enable color tint effect")] = False
    """Enable color tint effect"""

    tint_strength: Annotated[float, Field(description="Tint strength", ge=0.1, le=1.0)] = 1
    """Tint strength"""

    tint_mode: Annotated[
        Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ],
        Field(description="Tint color mode"),
    ] = "sepia"
    """Tint color mode"""

    enable_dissolve: Annotated[bool, Field(description="Enable dissolve effect")] = False
    """Enable dissolve effect"""

    dissolve_image_url: Annotated[
        str,
        Field(
            description="URL of second image for dissolve", json_schema_extra={"x-fal-file": True}
        ),
    ] = ""
    """URL of second image for dissolve"""

    dissolve_factor: Annotated[
        float, Field(description="Dissolve blend factor", ge=0.0, le=1.0)
    ] = 0.5
    """Dissolve blend factor"""

    enable_dodge_burn: Annotated[bool, Field(description="Enable dodge and burn effect")] = False
    """Enable dodge and burn effect"""

    dodge_burn_intensity: Annotated[
        float, Field(description="Dodge and burn intensity", ge=0.0, le=1.0)
    ] = 0.5
    """Dodge and burn intensity"""

    dodge_burn_mode: Annotated[
        Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ],
        Field(description="Dodge and burn mode"),
    ] = "dodge"
    """Dodge and burn mode"""

    enable_glow: Annotated[bool, Field(description="Enable glow effect")] = False
    """Enable glow effect"""

    glow_intensity: Annotated[float, Field(description="Glow intensity", ge=0.0, le=5.0)] = 1
    """Glow intensity"""

    glow_radius: Annotated[int, Field(description="Glow blur radius", ge=1, le=50)] = 5
    """Glow blur radius"""

    enable_sharpen: Annotated[bool, Field(description="Enable sharpen effect")] = False
    """Enable sharpen effect"""

    sharpen_mode: Annotated[
        Literal["basic", "smart", "cas"], Field(description="Type of sharpening to apply")
    ] = "basic"
    """Type of sharpening to apply"""

    sharpen_radius: Annotated[
        int, Field(description="Sharpen radius (for basic mode)", ge=1, le=15)
    ] = 1
    """Sharpen radius (for basic mode)"""

    sharpen_alpha: Annotated[
        float, Field(description="Sharpen strength (for basic mode)", ge=0.1, le=5.0)
    ] = 1
    """Sharpen strength (for basic mode)"""

    noise_radius: Annotated[
        int, Field(description="Noise radius for smart sharpen", ge=1, le=25)
    ] = 7
    """Noise radius for smart sharpen"""

    preserve_edges: Annotated[
        float, Field(description="Edge preservation factor", ge=0.0, le=1.0)
    ] = 0.75
    """Edge preservation factor"""

    smart_sharpen_strength: Annotated[
        float, Field(description="Smart sharpen strength", ge=0.0, le=25.0)
    ] = 5
    """Smart sharpen strength"""

    smart_sharpen_ratio: Annotated[
        float, Field(description="Smart sharpen blend ratio", ge=0.0, le=1.0)
    ] = 0.5
    """Smart sharpen blend ratio"""

    cas_amount: Annotated[float, Field(description="CAS sharpening amount", ge=0.0, le=1.0)] = 0.8
    """CAS sharpening amount"""

    enable_solarize: Annotated[bool, Field(description="Enable solarize effect")] = False
    """Enable solarize effect"""

    solarize_threshold: Annotated[
        float, Field(description="Solarize threshold", ge=0.0, le=1.0)
    ] = 0.5
    """Solarize threshold"""

    enable_desaturate: Annotated[bool, Field(description="Enable desaturation effect")] = False
    """Enable desaturation effect"""

    desaturate_factor: Annotated[
        float, Field(description="Desaturation factor", ge=0.0, le=1.0)
    ] = 1
    """Desaturation factor"""

    desaturate_method: Annotated[
        Literal["luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"],
        Field(description="Desaturation method"),
    ] = "luminance (Rec.709)"
    """Desaturation method"""


class PostProcessingOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The processed images")]
    """The processed images"""
