# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class AutoCaptionInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL to the .mp4 video with audio. Only videos of size <400MB are allowed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the .mp4 video with audio. Only videos of size <400MB are allowed."""

    txt_color: Annotated[
        str,
        Field(
            description="Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal "
            "notation."
        ),
    ] = "white"
    """Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal notation."""

    txt_font: Annotated[
        str,
        Field(
            description="Font for generated captions. Choose one in "
            "'Arial','Standard','Garamond', 'Times New Roman','Georgia', or pass a url to a .ttf "
            "file"
        ),
    ] = "Standard"
    """Font for generated captions. Choose one in 'Arial','Standard','Garamond', 'Times New
    Roman','Georgia', or pass a url to a .ttf file
    """

    font_size: Annotated[int, Field(description="Size of text in generated captions.")] = 24
    """Size of text in generated captions."""

    stroke_width: Annotated[int, Field(description="Width of the text strokes in pixels")] = 1
    """Width of the text strokes in pixels"""

    left_align: Annotated[
        str | float,
        Field(
            description="Left-to-right alignment of the text. Can be a string ('left', 'center', "
            "'right') or a float (0.0-1.0)"
        ),
    ] = "center"
    """Left-to-right alignment of the text. Can be a string ('left', 'center', 'right') or a
    float (0.0-1.0)
    """

    top_align: Annotated[
        str | float,
        Field(
            description="Top-to-bottom alignment of the text. Can be a string ('top', 'center', "
            "'bottom') or a float (0.0-1.0)"
        ),
    ] = "center"
    """Top-to-bottom alignment of the text. Can be a string ('top', 'center', 'bottom') or a
    float (0.0-1.0)
    """

    refresh_interval: Annotated[
        float,
        Field(
            description="Number of seconds the captions should stay on screen. A higher number "
            "will also result in more text being displayed at once.",
            ge=0.5,
            le=3.0,
        ),
    ] = 1.5
    """Number of seconds the captions should stay on screen. A higher number will also result in
    more text being displayed at once.
    """


class AutoCaptionOutput(OutputModel):
    video_url: Annotated[str, Field(description="URL to the caption .mp4 video.")]
    """URL to the caption .mp4 video."""
