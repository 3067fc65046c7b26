# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    enable_grain: bool = False
    """Enable film grain effect"""
    grain_intensity: Annotated[float, Field(ge=0.0, le=1.0, multiple_of=0.01)] = 0.4
    """Film grain intensity (when enabled)"""
    grain_scale: Annotated[float, Field(ge=1.0, le=100.0)] = 10
    """Film grain scale (when enabled)"""
    grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"] = "modern"
    """Style of film grain to apply"""
    enable_color_correction: bool = False
    """Enable color correction"""
    temperature: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Color temperature adjustment"""
    brightness: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Brightness adjustment"""
    contrast: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Contrast adjustment"""
    saturation: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Saturation adjustment"""
    gamma: Annotated[float, Field(ge=0.2, le=2.2)] = 1
    """Gamma adjustment"""
    enable_chromatic: bool = False
    """Enable chromatic aberration"""
    red_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Red channel shift amount"""
    red_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Red channel shift direction"""
    green_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Green channel shift amount"""
    green_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Green channel shift direction"""
    blue_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Blue channel shift amount"""
    blue_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Blue channel shift direction"""
    enable_blur: bool = False
    """Enable blur effect"""
    blur_type: Literal["gaussian", "kuwahara"] = "gaussian"
    """Type of blur to apply"""
    blur_radius: Annotated[int, Field(ge=0, le=31)] = 3
    """Blur radius"""
    blur_sigma: Annotated[float, Field(ge=0.1, le=10.0)] = 1
    """Sigma for Gaussian blur"""
    enable_vignette: bool = False
    """Enable vignette effect"""
    vignette_strength: Annotated[float, Field(ge=0.0, le=10.0)] = 0.5
    """Vignette strength (when enabled)"""
    enable_parabolize: bool = False
    """Enable parabolize effect"""
    parabolize_coeff: Annotated[float, Field(ge=-10.0, le=10.0)] = 1
    """Parabolize coefficient"""
    vertex_x: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Vertex X position"""
    vertex_y: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Vertex Y position"""
    enable_tint: bool = False
    """Enable color tint effect"""
    tint_strength: Annotated[float, Field(ge=0.1, le=1.0)] = 1
    """Tint strength"""
    tint_mode: Literal[
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
    ] = "sepia"
    """Tint color mode"""
    enable_dissolve: bool = False
    """Enable dissolve effect"""
    dissolve_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})] = ""
    """URL of second image for dissolve"""
    dissolve_factor: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Dissolve blend factor"""
    enable_dodge_burn: bool = False
    """Enable dodge and burn effect"""
    dodge_burn_intensity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Dodge and burn intensity"""
    dodge_burn_mode: Literal[
        "dodge",
        "burn",
        "dodge_and_burn",
        "burn_and_dodge",
        "color_dodge",
        "color_burn",
        "linear_dodge",
        "linear_burn",
    ] = "dodge"
    """Dodge and burn mode"""
    enable_glow: bool = False
    """Enable glow effect"""
    glow_intensity: Annotated[float, Field(ge=0.0, le=5.0)] = 1
    """Glow intensity"""
    glow_radius: Annotated[int, Field(ge=1, le=50)] = 5
    """Glow blur radius"""
    enable_sharpen: bool = False
    """Enable sharpen effect"""
    sharpen_mode: Literal["basic", "smart", "cas"] = "basic"
    """Type of sharpening to apply"""
    sharpen_radius: Annotated[int, Field(ge=1, le=15)] = 1
    """Sharpen radius (for basic mode)"""
    sharpen_alpha: Annotated[float, Field(ge=0.1, le=5.0)] = 1
    """Sharpen strength (for basic mode)"""
    noise_radius: Annotated[int, Field(ge=1, le=25)] = 7
    """Noise radius for smart sharpen"""
    preserve_edges: Annotated[float, Field(ge=0.0, le=1.0)] = 0.75
    """Edge preservation factor"""
    smart_sharpen_strength: Annotated[float, Field(ge=0.0, le=25.0)] = 5
    """Smart sharpen strength"""
    smart_sharpen_ratio: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Smart sharpen blend ratio"""
    cas_amount: Annotated[float, Field(ge=0.0, le=1.0)] = 0.8
    """CAS sharpening amount"""
    enable_solarize: bool = False
    """Enable solarize effect"""
    solarize_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Solarize threshold"""
    enable_desaturate: bool = False
    """Enable desaturation effect"""
    desaturate_factor: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Desaturation factor"""
    desaturate_method: Literal[
        "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
    ] = "luminance (Rec.709)"
    """Desaturation method"""


class PostProcessingOutput(OutputModel):
    images: list[shared.Image]
    """The processed images"""
