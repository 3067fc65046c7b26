# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WorkflowUtilitiesAutoSubtitleInput(InputModel):
    """Input model for automatic subtitle generation and styling"""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video file to add automatic subtitles to",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video file to add automatic subtitles to"""

    language: Annotated[
        str,
        Field(
            description="Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', "
            "'pt', 'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra')"
        ),
    ] = "en"
    """Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ja',
    'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra')
    """

    font_name: Annotated[
        str,
        Field(
            description="Any Google Font name from fonts.google.com (e.g., 'Montserrat', "
            "'Poppins', 'BBH Sans Hegarty')"
        ),
    ] = "Montserrat"
    """Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins', 'BBH Sans
    Hegarty')
    """

    font_size: Annotated[
        int,
        Field(description="Font size for subtitles (TikTok style uses larger text)", ge=20, le=150),
    ] = 100
    """Font size for subtitles (TikTok style uses larger text)"""

    font_weight: Annotated[
        Literal["normal", "bold", "black"],
        Field(description="Font weight (TikTok style typically uses bold or black)"),
    ] = "bold"
    """Font weight (TikTok style typically uses bold or black)"""

    font_color: Annotated[
        Literal[
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
        ],
        Field(description="Subtitle text color for non-active words"),
    ] = "white"
    """Subtitle text color for non-active words"""

    highlight_color: Annotated[
        Literal[
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
        ],
        Field(description="Color for the currently speaking word (karaoke-style highlight)"),
    ] = "purple"
    """Color for the currently speaking word (karaoke-style highlight)"""

    stroke_width: Annotated[
        int, Field(description="Text stroke/outline width in pixels (0 for no stroke)", ge=0, le=10)
    ] = 3
    """Text stroke/outline width in pixels (0 for no stroke)"""

    stroke_color: Annotated[
        Literal[
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
        ],
        Field(description="Text stroke/outline color"),
    ] = "black"
    """Text stroke/outline color"""

    background_color: Annotated[
        Literal[
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
        ],
        Field(
            description="Background color behind text ('none' or 'transparent' for no background)"
        ),
    ] = "none"
    """Background color behind text ('none' or 'transparent' for no background)"""

    background_opacity: Annotated[
        float,
        Field(
            description="Background opacity (0.0 = fully transparent, 1.0 = fully opaque)",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """Background opacity (0.0 = fully transparent, 1.0 = fully opaque)"""

    position: Annotated[
        Literal["top", "center", "bottom"], Field(description="Vertical position of subtitles")
    ] = "bottom"
    """Vertical position of subtitles"""

    y_offset: Annotated[
        int,
        Field(
            description="Vertical offset in pixels (positive = move down, negative = move up)",
            ge=-200,
            le=200,
        ),
    ] = 75
    """Vertical offset in pixels (positive = move down, negative = move up)"""

    words_per_subtitle: Annotated[
        int,
        Field(
            description="Maximum number of words per subtitle segment. Use 1 for single-word "
            "display, 2-3 for short phrases, or 8-12 for full sentences.",
            ge=1,
            le=12,
        ),
    ] = 3
    """Maximum number of words per subtitle segment. Use 1 for single-word display, 2-3 for short
    phrases, or 8-12 for full sentences.
    """

    enable_animation: Annotated[
        bool, Field(description="Enable animation effects for subtitles (bounce style entrance)")
    ] = True
    """Enable animation effects for subtitles (bounce style entrance)"""


class WorkflowUtilitiesAutoSubtitleOutput(OutputModel):
    """Output model for video with automatic subtitles"""

    video: Annotated[shared.File, Field(description="The video with automatic subtitles")]
    """The video with automatic subtitles"""

    transcription: Annotated[str, Field(description="Full transcription text")]
    """Full transcription text"""

    subtitle_count: Annotated[int, Field(description="Number of subtitle segments generated")]
    """Number of subtitle segments generated"""

    words: Annotated[
        list[dict[str, Any]] | None | MISSING,
        Field(description="Word-level timing information from transcription service"),
    ] = MISSING
    """Word-level timing information from transcription service"""

    transcription_metadata: Annotated[
        dict[str, Any] | None | MISSING,
        Field(
            description="Additional transcription metadata from ElevenLabs (language, segments, "
            "etc.)"
        ),
    ] = MISSING
    """Additional transcription metadata from ElevenLabs (language, segments, etc.)"""
