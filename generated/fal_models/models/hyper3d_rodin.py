# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hyper3dRodinInput(InputModel):
    prompt: Annotated[str, Field(max_length=1024)] = ""
    """A textual prompt to guide model generation. Required for Text-to-3D mode. Optional for
    Image-to-3D mode.
    """
    input_image_urls: Annotated[
        list[str] | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of images to use while generating the 3D model. Required for Image-to-3D mode.
    Optional for Text-to-3D mode.
    """
    condition_mode: Literal["fuse", "concat"] = "concat"
    """For fuse mode, One or more images are required.It will generate a model by extracting and
    fusing features of objects from multiple images.For concat mode, need to upload multiple
    multi-view images of the same object and generate the model. (You can upload multi-view
    images in any order, regardless of the order of view.)
    """
    seed: Seed | None | MISSING = MISSING
    """Seed value for randomization, ranging from 0 to 65535. Optional."""
    geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] = "glb"
    """Format of the geometry file. Possible values: glb, usdz, fbx, obj, stl. Default is glb."""
    material: Literal["PBR", "Shaded"] = "PBR"
    """Material type. Possible values: PBR, Shaded. Default is PBR."""
    quality: Literal["high", "medium", "low", "extra-low"] = "medium"
    """Generation quality. Possible values: high, medium, low, extra-low. Default is medium."""
    use_hyper: bool = False
    """Whether to export the model using hyper mode. Default is false."""
    tier: Literal["Regular", "Sketch"] = "Regular"
    """Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to Regular."""
    tapose: Annotated[bool, Field(alias="TAPose")] = False
    """When generating the human-like model, this parameter control the generation result to T/A
    Pose.
    """
    bbox_condition: list[int] | None | MISSING = MISSING
    """An array that specifies the dimensions and scaling factor of the bounding box. Typically,
    this array contains 3 elements, Length(X-axis), Width(Y-axis) and Height(Z-axis).
    """
    addons: Literal["HighPack"] | None | MISSING = MISSING
    """Generation add-on features. Default is []. Possible values are HighPack. The HighPack
    option will provide 4K resolution textures instead of the default 1K, as well as models
    with high-poly. It will cost triple the billable units.
    """


class Hyper3dRodinOutput(OutputModel):
    model_mesh: shared.File
    """Generated 3D object file."""
    seed: int
    """Seed value used for generation."""
    textures: list[shared.Image]
    """Generated textures for the 3D object."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0, le=65535)])
"""Seed value for randomization, ranging from 0 to 65535. Optional."""
