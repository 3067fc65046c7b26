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


class Hyper3dRodinV2Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="A textual prompt to guide model generation. Optional for Image-to-3D "
            "mode - if empty, AI will generate a prompt based on your images.",
            max_length=1024,
        ),
    ] = ""
    """A textual prompt to guide model generation. Optional for Image-to-3D mode - if empty, AI
    will generate a prompt based on your images.
    """

    input_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URL of images to use while generating the 3D model. Required for "
            "Image-to-3D mode. Up to 5 images allowed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of images to use while generating the 3D model. Required for Image-to-3D mode. Up to 5
    images allowed.
    """

    use_original_alpha: Annotated[
        bool,
        Field(
            description="When enabled, preserves the transparency channel from input images "
            "during 3D generation."
        ),
    ] = False
    """When enabled, preserves the transparency channel from input images during 3D generation."""

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
        Literal["PBR", "Shaded", "All"],
        Field(
            description="Material type. PBR: Physically-based materials with realistic lighting. "
            "Shaded: Simple materials with baked lighting. All: Both types included."
        ),
    ] = "All"
    """Material type. PBR: Physically-based materials with realistic lighting. Shaded: Simple
    materials with baked lighting. All: Both types included.
    """

    quality_mesh_option: Annotated[
        Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ],
        Field(
            description="Combined quality and mesh type selection. Quad = smooth surfaces, "
            "Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option "
            "contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override` "
            "(the numeric part of the option) parameters in Hyper3D API."
        ),
    ] = "500K Triangle"
    """Combined quality and mesh type selection. Quad = smooth surfaces, Triangle = detailed
    geometry. These corresponds to `mesh_mode` (if the option contains 'Triangle', mesh_mode
    is 'Raw', otherwise 'Quad') and `quality_override` (the numeric part of the option)
    parameters in Hyper3D API.
    """

    tapose: Annotated[
        bool,
        Field(
            alias="TAPose",
            description="Generate characters in T-pose or A-pose format, making them easier to "
            "rig and animate in 3D software.",
        ),
    ] = False
    """Generate characters in T-pose or A-pose format, making them easier to rig and animate in
    3D software.
    """

    bbox_condition: Annotated[
        list[int] | None | MISSING,
        Field(
            description="An array that specifies the bounding box dimensions [width, height, "
            "length]."
        ),
    ] = MISSING
    """An array that specifies the bounding box dimensions [width, height, length]."""

    addons: Annotated[
        Literal["HighPack"] | None | MISSING,
        Field(
            description="The HighPack option will provide 4K resolution textures instead of the "
            "default 1K, as well as models with high-poly. It will cost **triple the billable "
            "units**."
        ),
    ] = MISSING
    """The HighPack option will provide 4K resolution textures instead of the default 1K, as well
    as models with high-poly. It will cost **triple the billable units**.
    """

    preview_render: Annotated[
        bool,
        Field(
            description="Generate a preview render image of the 3D model along with the model "
            "files."
        ),
    ] = False
    """Generate a preview render image of the 3D model along with the model files."""


class Hyper3dRodinV2Output(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    model_meshes: Annotated[
        list[shared.File] | MISSING,
        Field(
            description="Additional generated 3D object files returned by Hyper3D besides "
            "model_mesh."
        ),
    ] = MISSING
    """Additional generated 3D object files returned by Hyper3D besides model_mesh."""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""

    textures: Annotated[
        list[shared.Image], Field(description="Generated textures for the 3D object.")
    ]
    """Generated textures for the 3D object."""
