# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NegativePrompt = TypeAliasType(
    "NegativePrompt",
    Annotated[
        str,
        Field(description="A text description of undesired elements on an image", max_length=1000),
    ],
)


class RGBColor(InputModel):
    r: Annotated[int, Field(description="Red color value", ge=0, le=255)] = 0
    """Red color value"""

    g: Annotated[int, Field(description="Green color value", ge=0, le=255)] = 0
    """Green color value"""

    b: Annotated[int, Field(description="Blue color value", ge=0, le=255)] = 0
    """Blue color value"""


class RecraftV3ImageToImageInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="A text description of areas to change.", max_length=1000, min_length=1),
    ]
    """A text description of areas to change."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to modify. Must be less than 5 MB in size, have "
            "resolution less than 16 MP and max dimension less than 4096 pixels.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to modify. Must be less than 5 MB in size, have resolution less than
    16 MP and max dimension less than 4096 pixels.
    """

    strength: Annotated[
        float,
        Field(
            description="Defines the difference with the original image, should lie in [0, 1], "
            "where 0 means almost identical, and 1 means miserable similarity",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Defines the difference with the original image, should lie in [0, 1], where 0 means almost
    identical, and 1 means miserable similarity
    """

    style: Annotated[
        Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ],
        Field(description="The style of the generated images. Vector images cost 2X as much."),
    ] = "realistic_image"
    """The style of the generated images. Vector images cost 2X as much."""

    colors: Annotated[
        list[RGBColor], Field(description="An array of preferable colors", validate_default=True)
    ] = []
    """An array of preferable colors"""

    style_id: Annotated[
        str | None | MISSING,
        Field(
            description="The ID of the custom style reference (optional) Not checked by the "
            "client: format uuid4."
        ),
    ] = MISSING
    """The ID of the custom style reference (optional) Not checked by the client: format uuid4."""

    negative_prompt: Annotated[
        NegativePrompt | None | MISSING,
        Field(description="A text description of undesired elements on an image"),
    ] = MISSING
    """A text description of undesired elements on an image"""

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


class RecraftV3ImageToImageOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The generated images")]
    """The generated images"""
