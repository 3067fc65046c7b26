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
            description="Seed value for randomization, ranging from 0 to 65535. Optional.",
            ge=0,
            le=65535,
        ),
    ],
)


class Hyper3dRodinInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="A textual prompt to guide model generation. Required for Text-to-3D "
            "mode. Optional for Image-to-3D mode.",
            max_length=1024,
        ),
    ] = ""
    """A textual prompt to guide model generation. Required for Text-to-3D mode. Optional for
    Image-to-3D mode.
    """

    input_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URL of images to use while generating the 3D model. Required for "
            "Image-to-3D mode. Optional for Text-to-3D mode.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of images to use while generating the 3D model. Required for Image-to-3D mode.
    Optional for Text-to-3D mode.
    """

    condition_mode: Annotated[
        Literal["fuse", "concat"],
        Field(
            description="For fuse mode, One or more images are required.It will generate a model "
            "by extracting and fusing features of objects from multiple images.For concat mode, "
            "need to upload multiple multi-view images of the same object and generate the model. "
            "(You can upload multi-view images in any order, regardless of the order of view.)"
        ),
    ] = "concat"
    """For fuse mode, One or more images are required.It will generate a model by extracting and
    fusing features of objects from multiple images.For concat mode, need to upload multiple
    multi-view images of the same object and generate the model. (You can upload multi-view
    images in any order, regardless of the order of view.)
    """

    seed: Annotated[
        Seed | None | MISSING,
        Field(description="Seed value for randomization, ranging from 0 to 65535. Optional."),
    ] = MISSING
    """Seed value for randomization, ranging from 0 to 65535. Optional."""

    geometry_file_format: Annotated[
        Literal["glb", "usdz", "fbx", "obj", "stl"],
        Field(
            description="Format of the geometry file. Possible values: glb, usdz, fbx, obj, stl. "
            "Default is glb."
        ),
    ] = "glb"
    """Format of the geometry file. Possible values: glb, usdz, fbx, obj, stl. Default is glb."""

    material: Annotated[
        Literal["PBR", "Shaded"],
        Field(description="Material type. Possible values: PBR, Shaded. Default is PBR."),
    ] = "PBR"
    """Material type. Possible values: PBR, Shaded. Default is PBR."""

    quality: Annotated[
        Literal["high", "medium", "low", "extra-low"],
        Field(
            description="Generation quality. Possible values: high, medium, low, extra-low. "
            "Default is medium."
        ),
    ] = "medium"
    """Generation quality. Possible values: high, medium, low, extra-low. Default is medium."""

    use_hyper: Annotated[
        bool, Field(description="Whether to export the model using hyper mode. Default is false.")
    ] = False
    """Whether to export the model using hyper mode. Default is false."""

    tier: Annotated[
        Literal["Regular", "Sketch"],
        Field(
            description="Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, "
            "set to Regular."
        ),
    ] = "Regular"
    """Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to Regular."""

    tapose: Annotated[
        bool,
        Field(
            alias="TAPose",
            description="When generating the human-like model, this parameter control the "
            "generation result to T/A Pose.",
        ),
    ] = False
    """When generating the human-like model, this parameter control the generation result to T/A
    Pose.
    """

    bbox_condition: Annotated[
        list[int] | None | MISSING,
        Field(
            description="An array that specifies the dimensions and scaling factor of the "
            "bounding box. Typically, this array contains 3 elements, Length(X-axis), "
            "Width(Y-axis) and Height(Z-axis)."
        ),
    ] = MISSING
    """An array that specifies the dimensions and scaling factor of the bounding box. Typically,
    this array contains 3 elements, Length(X-axis), Width(Y-axis) and Height(Z-axis).
    """

    addons: Annotated[
        Literal["HighPack"] | None | MISSING,
        Field(
            description="Generation add-on features. Default is []. Possible values are HighPack. "
            "The HighPack option will provide 4K resolution textures instead of the default 1K, "
            "as well as models with high-poly. It will cost triple the billable units."
        ),
    ] = MISSING
    """Generation add-on features. Default is []. Possible values are HighPack. The HighPack
    option will provide 4K resolution textures instead of the default 1K, as well as models
    with high-poly. It will cost triple the billable units.
    """


class Hyper3dRodinOutput(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""

    textures: Annotated[
        list[shared.Image], Field(description="Generated textures for the 3D object.")
    ]
    """Generated textures for the 3D object."""
