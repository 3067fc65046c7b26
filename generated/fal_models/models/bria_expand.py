# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[
        int,
        Field(
            description="You can choose whether you want your generated expension to be random or "
            "predictable. You can recreate the same result in the future by using the seed value "
            "of a result from the response. You can exclude this parameter if you are not "
            "interested in recreating your results. This parameter is optional.",
            ge=0,
            le=2147483647,
        ),
    ],
)


class BriaExpandInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="The URL of the input image.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the input image."""

    canvas_size: Annotated[
        list[int],
        Field(
            description="The desired size of the final image, after the expansion. should have an "
            "area of less than 5000x5000 pixels."
        ),
    ]
    """The desired size of the final image, after the expansion. should have an area of less than
    5000x5000 pixels.
    """

    aspect_ratio: Annotated[
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] | None | MISSING,
        Field(
            description="The desired aspect ratio of the final image. Will be used over "
            "original_image_size and original_image_location if provided."
        ),
    ] = MISSING
    """The desired aspect ratio of the final image. Will be used over original_image_size and
    original_image_location if provided.
    """

    original_image_size: Annotated[
        list[int] | None | MISSING,
        Field(
            description="The desired size of the original image, inside the full canvas. Ensure "
            "that the ratio of input image foreground or main subject to the canvas area is "
            "greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is "
            "provided."
        ),
    ] = MISSING
    """The desired size of the original image, inside the full canvas. Ensure that the ratio of
    input image foreground or main subject to the canvas area is greater than 15% to achieve
    optimal results. Will be ignored if aspect_ratio is provided.
    """

    original_image_location: Annotated[
        list[int] | None | MISSING,
        Field(
            description="The desired location of the original image, inside the full canvas. "
            "Provide the location of the upper left corner of the original image. The location "
            "can also be outside the canvas (the original image will be cropped). Will be ignored "
            "if aspect_ratio is provided."
        ),
    ] = MISSING
    """The desired location of the original image, inside the full canvas. Provide the location
    of the upper left corner of the original image. The location can also be outside the
    canvas (the original image will be cropped). Will be ignored if aspect_ratio is provided.
    """

    prompt: Annotated[
        str,
        Field(
            description="Text on which you wish to base the image expansion. This parameter is "
            "optional. Bria currently supports prompts in English only, excluding special "
            "characters."
        ),
    ] = ""
    """Text on which you wish to base the image expansion. This parameter is optional. Bria
    currently supports prompts in English only, excluding special characters.
    """

    seed: Annotated[
        Seed | None | MISSING,
        Field(
            description="You can choose whether you want your generated expension to be random or "
            "predictable. You can recreate the same result in the future by using the seed value "
            "of a result from the response. You can exclude this parameter if you are not "
            "interested in recreating your results. This parameter is optional."
        ),
    ] = MISSING
    """You can choose whether you want your generated expension to be random or predictable. You
    can recreate the same result in the future by using the seed value of a result from the
    response. You can exclude this parameter if you are not interested in recreating your
    results. This parameter is optional.
    """

    negative_prompt: Annotated[
        str, Field(description="The negative prompt you would like to use to generate images.")
    ] = ""
    """The negative prompt you would like to use to generate images."""

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


class BriaExpandOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image")]
    """The generated image"""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
