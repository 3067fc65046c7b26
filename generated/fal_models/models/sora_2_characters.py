# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Sora2CharactersInput(InputModel):
    """Input for creating a Sora 2 character from a short video clip."""

    video_url: Annotated[
        str,
        Field(
            description="URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define "
            "the character. Videos exceeding 1080p are automatically scaled down. Non-standard "
            "aspect ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). "
            "Videos longer than 4 seconds are trimmed to the first 4 seconds.",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the character.
    Videos exceeding 1080p are automatically scaled down. Non-standard aspect ratios are
    automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos longer than 4 seconds
    are trimmed to the first 4 seconds.
    """

    name: Annotated[
        str,
        Field(
            description="Name for the character (1–80 characters). Refer to this name in prompts "
            "when using the character.",
            max_length=80,
            min_length=1,
        ),
    ]
    """Name for the character (1–80 characters). Refer to this name in prompts when using the
    character.
    """


class Sora2CharactersOutput(OutputModel):
    """Character creation response with API character ID."""

    id: Annotated[
        str,
        Field(
            description="API character ID (format char_...). Use this in character_ids when "
            "generating video."
        ),
    ]
    """API character ID (format char_...). Use this in character_ids when generating video."""

    name: Annotated[str, Field(description="The character name")]
    """The character name"""
