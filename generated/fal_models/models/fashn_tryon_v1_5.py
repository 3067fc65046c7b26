# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FashnTryonV1_5Input(InputModel):
    model_image: Annotated[
        str,
        Field(
            description="URL or base64 of the model image", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL or base64 of the model image"""

    garment_image: Annotated[
        str,
        Field(
            description="URL or base64 of the garment image", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL or base64 of the garment image"""

    category: Annotated[
        Literal["tops", "bottoms", "one-pieces", "auto"],
        Field(
            description="Category of the garment to try-on. 'auto' will attempt to automatically "
            "detect the category of the garment."
        ),
    ] = "auto"
    """Category of the garment to try-on. 'auto' will attempt to automatically detect the
    category of the garment.
    """

    mode: Annotated[
        Literal["performance", "balanced", "quality"],
        Field(
            description="Specifies the mode of operation. 'performance' mode is faster but may "
            "sacrifice quality, 'balanced' mode is a balance between speed and quality, and "
            "'quality' mode is slower but produces higher quality results."
        ),
    ] = "balanced"
    """Specifies the mode of operation. 'performance' mode is faster but may sacrifice quality,
    'balanced' mode is a balance between speed and quality, and 'quality' mode is slower but
    produces higher quality results.
    """

    garment_photo_type: Annotated[
        Literal["auto", "model", "flat-lay"],
        Field(
            description="Specifies the type of garment photo to optimize internal parameters for "
            "better performance. 'model' is for photos of garments on a model, 'flat-lay' is for "
            "flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect the "
            "photo type."
        ),
    ] = "auto"
    """Specifies the type of garment photo to optimize internal parameters for better
    performance. 'model' is for photos of garments on a model, 'flat-lay' is for flat-lay or
    ghost mannequin images, and 'auto' attempts to automatically detect the photo type.
    """

    moderation_level: Annotated[
        Literal["none", "permissive", "conservative"],
        Field(
            description="Content moderation level for garment images. 'none' disables moderation, "
            "'permissive' blocks only explicit content, 'conservative' also blocks underwear and "
            "swimwear."
        ),
    ] = "permissive"
    """Content moderation level for garment images. 'none' disables moderation, 'permissive'
    blocks only explicit content, 'conservative' also blocks underwear and swimwear.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Sets random operations to a fixed state. Use the same seed to reproduce "
            "results with the same inputs, or different seed to force different results."
        ),
    ] = MISSING
    """Sets random operations to a fixed state. Use the same seed to reproduce results with the
    same inputs, or different seed to force different results.
    """

    num_samples: Annotated[
        int,
        Field(
            description="Number of images to generate in a single run. Image generation has a "
            "random element in it, so trying multiple images at once increases the chances of "
            "getting a good result.",
            ge=1,
            le=4,
        ),
    ] = 1
    """Number of images to generate in a single run. Image generation has a random element in it,
    so trying multiple images at once increases the chances of getting a good result.
    """

    segmentation_free: Annotated[
        bool, Field(description="Disables human parsing on the model image.")
    ] = True
    """Disables human parsing on the model image."""

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

    output_format: Annotated[
        Literal["png", "jpeg"],
        Field(
            description="Output format of the generated images. 'png' is highest quality, while "
            "'jpeg' is faster"
        ),
    ] = "png"
    """Output format of the generated images. 'png' is highest quality, while 'jpeg' is faster"""


class FashnTryonV1_5Output(OutputModel):
    images: list[shared.File]
