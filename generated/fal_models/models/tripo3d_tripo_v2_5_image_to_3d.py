# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Tripo3dTripoV2_5ImageTo3dInput(InputModel):
    seed: Annotated[
        int | None | MISSING,
        Field(
            description="This is the random seed for model generation. The seed controls the "
            "geometry generation process, ensuring identical models when the same seed is used. "
            "This parameter is an integer and is randomly chosen if not set."
        ),
    ] = MISSING
    """This is the random seed for model generation. The seed controls the geometry generation
    process, ensuring identical models when the same seed is used. This parameter is an
    integer and is randomly chosen if not set.
    """

    face_limit: Annotated[
        int | None | MISSING,
        Field(
            description="Limits the number of faces on the output model. If this option is not "
            "set, the face limit will be adaptively determined."
        ),
    ] = MISSING
    """Limits the number of faces on the output model. If this option is not set, the face limit
    will be adaptively determined.
    """

    pbr: Annotated[
        bool | None,
        Field(
            description="A boolean option to enable pbr. The default value is True, set False to "
            "get a model without pbr. If this option is set to True, texture will be ignored and "
            "used as True."
        ),
    ] = False
    """A boolean option to enable pbr. The default value is True, set False to get a model
    without pbr. If this option is set to True, texture will be ignored and used as True.
    """

    texture: Annotated[
        Literal["no", "standard", "HD"],
        Field(
            description="An option to enable texturing. Default is 'standard', set 'no' to get a "
            "model without any textures, and set 'HD' to get a model with hd quality textures."
        ),
    ] = "standard"
    """An option to enable texturing. Default is 'standard', set 'no' to get a model without any
    textures, and set 'HD' to get a model with hd quality textures.
    """

    texture_seed: Annotated[
        int | None | MISSING,
        Field(
            description="This is the random seed for texture generation. Using the same seed will "
            "produce identical textures. This parameter is an integer and is randomly chosen if "
            "not set. If you want a model with different textures, please use same seed and "
            "different texture_seed."
        ),
    ] = MISSING
    """This is the random seed for texture generation. Using the same seed will produce identical
    textures. This parameter is an integer and is randomly chosen if not set. If you want a
    model with different textures, please use same seed and different texture_seed.
    """

    auto_size: Annotated[
        bool | None,
        Field(
            description="Automatically scale the model to real-world dimensions, with the unit in "
            "meters. The default value is False."
        ),
    ] = False
    """Automatically scale the model to real-world dimensions, with the unit in meters. The
    default value is False.
    """

    style: Annotated[
        Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | MISSING,
        Field(
            description="[DEPRECATED] Defines the artistic style or transformation to be applied "
            "to the 3D model, altering its appearance according to preset options (extra $0.05 "
            "per generation). Omit this option to keep the original style and apperance."
        ),
    ] = MISSING
    """[DEPRECATED] Defines the artistic style or transformation to be applied to the 3D model,
    altering its appearance according to preset options (extra $0.05 per generation). Omit
    this option to keep the original style and apperance.
    """

    quad: Annotated[
        bool | None,
        Field(
            description="Set True to enable quad mesh output (extra $0.05 per generation). If "
            "quad=True and face_limit is not set, the default face_limit will be 10000. Note: "
            "Enabling this option will force the output to be an FBX model."
        ),
    ] = False
    """Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
    face_limit is not set, the default face_limit will be 10000. Note: Enabling this option
    will force the output to be an FBX model.
    """

    texture_alignment: Annotated[
        Literal["original_image", "geometry"] | None,
        Field(
            description="Determines the prioritization of texture alignment in the 3D model. The "
            "default value is original_image."
        ),
    ] = "original_image"
    """Determines the prioritization of texture alignment in the 3D model. The default value is
    original_image.
    """

    orientation: Annotated[
        Literal["default", "align_image"] | None,
        Field(
            description="Set orientation=align_image to automatically rotate the model to align "
            "the original image. The default value is default."
        ),
    ] = "default"
    """Set orientation=align_image to automatically rotate the model to align the original image.
    The default value is default.
    """

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use for model generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use for model generation."""


class Tripo3dTripoV2_5ImageTo3dOutput(OutputModel):
    task_id: Annotated[str, Field(description="The task id of the 3D model generation.")]
    """The task id of the 3D model generation."""

    model_mesh: Annotated[shared.File | None | MISSING, Field(description="Model")] = MISSING
    """Model"""

    base_model: Annotated[shared.File | None | MISSING, Field(description="Base model")] = MISSING
    """Base model"""

    pbr_model: Annotated[shared.File | None | MISSING, Field(description="Pbr model")] = MISSING
    """Pbr model"""

    rendered_image: Annotated[
        shared.File | None | MISSING, Field(description="A preview image of the model")
    ] = MISSING
    """A preview image of the model"""
