# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV3LayerizeTextInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP "
            "(max 10MB).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max 10MB)."""

    prompt: Annotated[
        str | None | MISSING, Field(description="Optional prompt to guide the layerization.")
    ] = MISSING
    """Optional prompt to guide the layerization."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator.")
    ] = MISSING
    """Seed for the random number generator."""

    font_file_h1_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the font file to use for h1 text. Cannot be used with "
            "font_name_h1.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the font file to use for h1 text. Cannot be used with font_name_h1."""

    font_name_h1: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the font to use for h1 text. Cannot be used with font_file_h1_url."
        ),
    ] = MISSING
    """Name of the font to use for h1 text. Cannot be used with font_file_h1_url."""

    font_file_h2_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the font file to use for h2 text. Cannot be used with "
            "font_name_h2.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the font file to use for h2 text. Cannot be used with font_name_h2."""

    font_name_h2: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the font to use for h2 text. Cannot be used with font_file_h2_url."
        ),
    ] = MISSING
    """Name of the font to use for h2 text. Cannot be used with font_file_h2_url."""

    font_file_body_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the font file to use for body text. Cannot be used with "
            "font_name_body.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the font file to use for body text. Cannot be used with font_name_body."""

    font_name_body: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the font to use for body text. Cannot be used with "
            "font_file_body_url."
        ),
    ] = MISSING
    """Name of the font to use for body text. Cannot be used with font_file_body_url."""

    font_file_small_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the font file to use for small text. Cannot be used with "
            "font_name_small.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the font file to use for small text. Cannot be used with font_name_small."""

    font_name_small: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the font to use for small text. Cannot be used with "
            "font_file_small_url."
        ),
    ] = MISSING
    """Name of the font to use for small text. Cannot be used with font_file_small_url."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class IdeogramV3LayerizeTextOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The background image with text removed.")]
    """The background image with text removed."""

    prompt: Annotated[
        str,
        Field(
            description="The prompt used for layerization. May differ from the input prompt if "
            "MagicPrompt expanded it."
        ),
    ]
    """The prompt used for layerization. May differ from the input prompt if MagicPrompt expanded
    it.
    """

    text_containers: Annotated[
        list[dict[str, Any]] | None | MISSING,
        Field(
            description="Structured text containers with hierarchical text data (container -> "
            "items -> spans)."
        ),
    ] = MISSING
    """Structured text containers with hierarchical text data (container -> items -> spans)."""

    text_html: Annotated[
        str | None | MISSING,
        Field(description="Rendered overlay HTML for compositing text over the background image."),
    ] = MISSING
    """Rendered overlay HTML for compositing text over the background image."""

    image_layers: Annotated[
        list[dict[str, Any]] | MISSING, Field(description="Image layers extracted from the design.")
    ] = MISSING
    """Image layers extracted from the design."""

    seed: Annotated[int, Field(description="Seed used for the random number generator.")]
    """Seed used for the random number generator."""
