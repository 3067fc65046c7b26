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


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
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


class IdeogramCharacterRemixOutput(OutputModel):
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


class IdeogramCharacterRemixInput(InputModel):
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
        Literal["AUTO", "REALISTIC", "FICTION"],
        Field(description="The style type to generate with. Cannot be used with style_codes."),
    ] = "AUTO"
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

    prompt: Annotated[str, Field(description="The prompt to remix the image with")]
    """The prompt to remix the image with"""

    image_url: Annotated[
        str, Field(description="The image URL to remix", json_schema_extra={"x-fal-file": True})
    ]
    """The image URL to remix"""

    strength: Annotated[
        float, Field(description="Strength of the input image in the remix", ge=0.01, le=1.0)
    ] = 0.8
    """Strength of the input image in the remix"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None,
        Field(description="The resolution of the generated image", validate_default=True),
    ] = "square_hd"
    """The resolution of the generated image"""

    negative_prompt: Annotated[
        str,
        Field(
            description="Description of what to exclude from an image. Descriptions in the prompt "
            "take precedence to descriptions in the negative prompt."
        ),
    ] = ""
    """Description of what to exclude from an image. Descriptions in the prompt take precedence
    to descriptions in the negative prompt.
    """

    reference_image_urls: Annotated[
        list[str],
        Field(
            description="A set of images to use as character references. Currently only 1 image "
            "is supported, rest will be ignored. (maximum total size 10MB across all character "
            "references). The images should be in JPEG, PNG or WebP format",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """A set of images to use as character references. Currently only 1 image is supported, rest
    will be ignored. (maximum total size 10MB across all character references). The images
    should be in JPEG, PNG or WebP format
    """

    reference_mask_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="A set of masks to apply to the character references. Currently only 1 "
            "mask is supported, rest will be ignored. (maximum total size 10MB across all "
            "character references). The masks should be in JPEG, PNG or WebP format",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """A set of masks to apply to the character references. Currently only 1 mask is supported,
    rest will be ignored. (maximum total size 10MB across all character references). The masks
    should be in JPEG, PNG or WebP format
    """
