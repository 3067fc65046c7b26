# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VecglypherInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The target text to generate as vector glyphs. Each character is rendered "
            "as a separate SVG path element."
        ),
    ]
    """The target text to generate as vector glyphs. Each character is rendered as a separate SVG
    path element.
    """

    style_description: Annotated[
        str,
        Field(
            description="Font style description using typography terms such as weight (100-900), "
            "style (italic, oblique), category (serif, sans-serif, display, handwriting, "
            "monospace), and characteristics (geometric, humanist, condensed, rounded)."
        ),
    ] = "italic style, 400 weight, serif, text, elegant"
    """Font style description using typography terms such as weight (100-900), style (italic,
    oblique), category (serif, sans-serif, display, handwriting, monospace), and
    characteristics (geometric, humanist, condensed, rounded).
    """

    temperature: Annotated[
        float,
        Field(
            description="Sampling temperature. Lower values produce more deterministic output.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.1
    """Sampling temperature. Lower values produce more deterministic output."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    enable_safety_checker: Annotated[bool, Field(description="Enable input safety checking.")] = (
        True
    )
    """Enable input safety checking."""

    top_p: Annotated[
        float, Field(description="Top-p (nucleus) sampling parameter.", ge=0.0, le=1.0)
    ] = 0.95
    """Top-p (nucleus) sampling parameter."""

    top_k: Annotated[int, Field(description="Top-k sampling parameter.", ge=-1, le=100)] = 5
    """Top-k sampling parameter."""

    repetition_penalty: Annotated[
        float,
        Field(
            description="Repetition penalty to reduce repeated SVG path segments.", ge=0.0, le=2.0
        ),
    ] = 1
    """Repetition penalty to reduce repeated SVG path segments."""

    max_tokens: Annotated[
        int,
        Field(
            description="Maximum tokens to generate. Increase for longer text.", ge=256, le=16384
        ),
    ] = 8192
    """Maximum tokens to generate. Increase for longer text."""

    output_size: Annotated[
        int,
        Field(
            description="Maximum dimension (width or height) of the output SVG in pixels. The "
            "aspect ratio is preserved.",
            ge=64,
            le=4096,
        ),
    ] = 512
    """Maximum dimension (width or height) of the output SVG in pixels. The aspect ratio is
    preserved.
    """

    fill_color: Annotated[
        str,
        Field(
            description="Fill color for the generated glyphs. Accepts any valid SVG/CSS color "
            "value."
        ),
    ] = "black"
    """Fill color for the generated glyphs. Accepts any valid SVG/CSS color value."""

    stroke_color: Annotated[
        str | None | MISSING,
        Field(
            description="Optional stroke (outline) color for the generated glyphs. When set, adds "
            "an outline around each glyph path."
        ),
    ] = MISSING
    """Optional stroke (outline) color for the generated glyphs. When set, adds an outline around
    each glyph path.
    """

    stroke_width: Annotated[
        float,
        Field(
            description="Stroke width in SVG units. Only applies when stroke_color is set.",
            ge=0.1,
            le=50.0,
        ),
    ] = 1
    """Stroke width in SVG units. Only applies when stroke_color is set."""


class VecglypherOutput(OutputModel):
    image: Annotated[
        shared.File, Field(description="The generated SVG file containing vector glyphs.")
    ]
    """The generated SVG file containing vector glyphs."""

    svg_content: Annotated[str, Field(description="Raw SVG content as a string.")]
    """Raw SVG content as a string."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    timings: Annotated[
        dict[str, float], Field(description="Timing breakdown of the generation process.")
    ]
    """Timing breakdown of the generation process."""
