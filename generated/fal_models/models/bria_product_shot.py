# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaProductShotInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the product shot to be placed in a lifestyle shot. If both "
            "image_url and image_file are provided, image_url will be used. Accepted formats are "
            "jpeg, jpg, png, webp. Maximum file size 12MB.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the product shot to be placed in a lifestyle shot. If both image_url and
    image_file are provided, image_url will be used. Accepted formats are jpeg, jpg, png,
    webp. Maximum file size 12MB.
    """

    scene_description: Annotated[
        str | None | MISSING,
        Field(
            description="Text description of the new scene or background for the provided product "
            "shot. Bria currently supports prompts in English only, excluding special characters."
        ),
    ] = MISSING
    """Text description of the new scene or background for the provided product shot. Bria
    currently supports prompts in English only, excluding special characters.
    """

    ref_image_url: Annotated[
        str,
        Field(
            description="The URL of the reference image to be used for generating the new scene "
            'or background for the product shot. Use "" to leave empty.Either ref_image_url or '
            "scene_description has to be provided but not both. If both ref_image_url and "
            "ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg, "
            "jpg, png, webp.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """The URL of the reference image to be used for generating the new scene or background for
    the product shot. Use "" to leave empty.Either ref_image_url or scene_description has to
    be provided but not both. If both ref_image_url and ref_image_file are provided,
    ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp.
    """

    optimize_description: Annotated[
        bool, Field(description="Whether to optimize the scene description")
    ] = True
    """Whether to optimize the scene description"""

    num_results: Annotated[
        int,
        Field(
            description="The number of lifestyle product shots you would like to generate. You "
            "will get num_results x 10 results when placement_type=automatic and according to the "
            "number of required placements x num_results if placement_type=manual_placement.",
            ge=1,
            le=4,
        ),
    ] = 1
    """The number of lifestyle product shots you would like to generate. You will get num_results
    x 10 results when placement_type=automatic and according to the number of required
    placements x num_results if placement_type=manual_placement.
    """

    fast: Annotated[bool, Field(description="Whether to use the fast model")] = True
    """Whether to use the fast model"""

    placement_type: Annotated[
        Literal["original", "automatic", "manual_placement", "manual_padding"],
        Field(
            description="This parameter allows you to control the positioning of the product in "
            "the image. Choosing 'original' will preserve the original position of the product in "
            "the image. Choosing 'automatic' will generate results with the 10 recommended "
            "positions for the product. Choosing 'manual_placement' will allow you to select "
            "predefined positions (using the parameter 'manual_placement_selection'). Selecting "
            "'manual_padding' will allow you to control the position and size of the image by "
            "defining the desired padding in pixels around the product."
        ),
    ] = "manual_placement"
    """This parameter allows you to control the positioning of the product in the image. Choosing
    'original' will preserve the original position of the product in the image. Choosing
    'automatic' will generate results with the 10 recommended positions for the product.
    Choosing 'manual_placement' will allow you to select predefined positions (using the
    parameter 'manual_placement_selection'). Selecting 'manual_padding' will allow you to
    control the position and size of the image by defining the desired padding in pixels
    around the product.
    """

    original_quality: Annotated[
        bool,
        Field(
            description="This flag is only relevant when placement_type=original. If true, the "
            "output image retains the original input image's size; otherwise, the image is scaled "
            "to 1 megapixel (1MP) while preserving its aspect ratio."
        ),
    ] = False
    """This flag is only relevant when placement_type=original. If true, the output image retains
    the original input image's size; otherwise, the image is scaled to 1 megapixel (1MP) while
    preserving its aspect ratio.
    """

    shot_size: Annotated[
        list[int] | MISSING,
        Field(
            description="The desired size of the final product shot. For optimal results, the "
            "total number of pixels should be around 1,000,000. This parameter is only relevant "
            "when placement_type=automatic or placement_type=manual_placement."
        ),
    ] = MISSING
    """The desired size of the final product shot. For optimal results, the total number of
    pixels should be around 1,000,000. This parameter is only relevant when
    placement_type=automatic or placement_type=manual_placement.
    """

    manual_placement_selection: Annotated[
        Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ],
        Field(
            description="If you've selected placement_type=manual_placement, you should use this "
            "parameter to specify which placements/positions you would like to use from the list. "
            "You can select more than one placement in one request."
        ),
    ] = "bottom_center"
    """If you've selected placement_type=manual_placement, you should use this parameter to
    specify which placements/positions you would like to use from the list. You can select
    more than one placement in one request.
    """

    padding_values: Annotated[
        list[int] | MISSING,
        Field(
            description="The desired padding in pixels around the product, when using "
            "placement_type=manual_padding. The order of the values is [left, right, top, "
            "bottom]. For optimal results, the total number of pixels, including padding, should "
            "be around 1,000,000. It is recommended to first use the product cutout API, get the "
            "cutout and understand the size of the result, and then define the required padding "
            "and use the cutout as an input for this API."
        ),
    ] = MISSING
    """The desired padding in pixels around the product, when using
    placement_type=manual_padding. The order of the values is [left, right, top, bottom]. For
    optimal results, the total number of pixels, including padding, should be around
    1,000,000. It is recommended to first use the product cutout API, get the cutout and
    understand the size of the result, and then define the required padding and use the cutout
    as an input for this API.
    """

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


class BriaProductShotOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""
