# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ColorWeight = TypeAliasType(
    "ColorWeight",
    Annotated[
        float, Field(description="The weight of the color in the color palette", ge=0.05, le=1.0)
    ],
)


class RGBColor(InputModel):
    r: Annotated[int, Field(description="Red color value", ge=0, le=255)] = 0
    """Red color value"""

    g: Annotated[int, Field(description="Green color value", ge=0, le=255)] = 0
    """Green color value"""

    b: Annotated[int, Field(description="Blue color value", ge=0, le=255)] = 0
    """Blue color value"""


class ColorPaletteMember(InputModel):
    rgb: Annotated[RGBColor, Field(description="RGB color value for the palette member")]
    """RGB color value for the palette member"""

    color_weight: Annotated[
        ColorWeight | None, Field(description="The weight of the color in the color palette")
    ] = 0.5
    """The weight of the color in the color palette"""


class IdeogramV3ReplaceBackgroundOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for the random number generator")]
    """Seed used for the random number generator"""


class ColorPalette(InputModel):
    members: Annotated[
        list[ColorPaletteMember] | None | MISSING,
        Field(description="A list of color palette members that define the color palette"),
    ] = MISSING
    """A list of color palette members that define the color palette"""

    name: Annotated[
        Literal["EMBER", "FRESH", "JUNGLE", "MAGIC", "MELON", "MOSAIC", "PASTEL", "ULTRAMARINE"]
        | None
        | MISSING,
        Field(description="A color palette preset value"),
    ] = MISSING
    """A color palette preset value"""


class IdeogramV3ReplaceBackgroundInput(InputModel):
    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="A set of images to use as style references (maximum total size 10MB "
            "across all style references). The images should be in JPEG, PNG or WebP format",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """A set of images to use as style references (maximum total size 10MB across all style
    references). The images should be in JPEG, PNG or WebP format
    """

    rendering_speed: Annotated[
        Literal["TURBO", "BALANCED", "QUALITY"], Field(description="The rendering speed to use.")
    ] = "BALANCED"
    """The rendering speed to use."""

    color_palette: Annotated[
        ColorPalette | None | MISSING,
        Field(
            description="A color palette for generation, must EITHER be specified via one of the "
            "presets (name) or explicitly via hexadecimal representations of the color with "
            "optional weights (members)"
        ),
    ] = MISSING
    """A color palette for generation, must EITHER be specified via one of the presets (name) or
    explicitly via hexadecimal representations of the color with optional weights (members)
    """

    style_codes: Annotated[
        list[str] | None | MISSING,
        Field(
            description="A list of 8 character hexadecimal codes representing the style of the "
            "image. Cannot be used in conjunction with style_reference_images or style"
        ),
    ] = MISSING
    """A list of 8 character hexadecimal codes representing the style of the image. Cannot be
    used in conjunction with style_reference_images or style
    """

    style: Annotated[
        Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | MISSING,
        Field(description="The style type to generate with. Cannot be used with style_codes."),
    ] = MISSING
    """The style type to generate with. Cannot be used with style_codes."""

    expand_prompt: Annotated[
        bool,
        Field(
            description="Determine if MagicPrompt should be used in generating the request or not."
        ),
    ] = True
    """Determine if MagicPrompt should be used in generating the request or not."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=8)] = 1
    """Number of images to generate."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator")
    ] = MISSING
    """Seed for the random number generator"""

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

    style_preset: Annotated[
        Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | MISSING,
        Field(
            description="Style preset for generation. The chosen style preset will guide the "
            "generation."
        ),
    ] = MISSING
    """Style preset for generation. The chosen style preset will guide the generation."""

    prompt: Annotated[str, Field(description="Cyber punk city with neon lights and skyscrappers")]
    """Cyber punk city with neon lights and skyscrappers"""

    image_url: Annotated[
        str,
        Field(
            description="The image URL whose background needs to be replaced",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL whose background needs to be replaced"""
