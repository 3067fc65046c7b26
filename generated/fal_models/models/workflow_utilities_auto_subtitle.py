# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WorkflowUtilitiesAutoSubtitleInput(InputModel):
    """Input model for automatic subtitle generation and styling"""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video file to add automatic subtitles to"""
    language: str = "en"
    """Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ja',
    'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra')
    """
    font_name: str = "Montserrat"
    """Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins', 'BBH Sans
    Hegarty')
    """
    font_size: Annotated[int, Field(ge=20, le=150)] = 100
    """Font size for subtitles (TikTok style uses larger text)"""
    font_weight: Literal["normal", "bold", "black"] = "bold"
    """Font weight (TikTok style typically uses bold or black)"""
    font_color: Literal[
        "white",
        "black",
        "red",
        "green",
        "blue",
        "yellow",
        "orange",
        "purple",
        "pink",
        "brown",
        "gray",
        "cyan",
        "magenta",
    ] = "white"
    """Subtitle text color for non-active words"""
    highlight_color: Literal[
        "white",
        "black",
        "red",
        "green",
        "blue",
        "yellow",
        "orange",
        "purple",
        "pink",
        "brown",
        "gray",
        "cyan",
        "magenta",
    ] = "purple"
    """Color for the currently speaking word (karaoke-style highlight)"""
    stroke_width: Annotated[int, Field(ge=0, le=10)] = 3
    """Text stroke/outline width in pixels (0 for no stroke)"""
    stroke_color: Literal[
        "black",
        "white",
        "red",
        "green",
        "blue",
        "yellow",
        "orange",
        "purple",
        "pink",
        "brown",
        "gray",
        "cyan",
        "magenta",
    ] = "black"
    """Text stroke/outline color"""
    background_color: Literal[
        "black",
        "white",
        "red",
        "green",
        "blue",
        "yellow",
        "orange",
        "purple",
        "pink",
        "brown",
        "gray",
        "cyan",
        "magenta",
        "none",
        "transparent",
    ] = "none"
    """Background color behind text ('none' or 'transparent' for no background)"""
    background_opacity: Annotated[float, Field(ge=0.0, le=1.0)] = 0
    """Background opacity (0.0 = fully transparent, 1.0 = fully opaque)"""
    position: Literal["top", "center", "bottom"] = "bottom"
    """Vertical position of subtitles"""
    y_offset: Annotated[int, Field(ge=-200, le=200)] = 75
    """Vertical offset in pixels (positive = move down, negative = move up)"""
    words_per_subtitle: Annotated[int, Field(ge=1, le=12)] = 3
    """Maximum number of words per subtitle segment. Use 1 for single-word display, 2-3 for short
    phrases, or 8-12 for full sentences.
    """
    enable_animation: bool = True
    """Enable animation effects for subtitles (bounce style entrance)"""


class WorkflowUtilitiesAutoSubtitleOutput(OutputModel):
    """Output model for video with automatic subtitles"""

    video: shared.File
    """The video with automatic subtitles"""
    transcription: str
    """Full transcription text"""
    subtitle_count: int
    """Number of subtitle segments generated"""
    words: list[dict[str, Any]] | None | MISSING = MISSING
    """Word-level timing information from transcription service"""
    transcription_metadata: dict[str, Any] | None | MISSING = MISSING
    """Additional transcription metadata from ElevenLabs (language, segments, etc.)"""
