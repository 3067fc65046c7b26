# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPromptBase(InputModel):
    x_min: int | None | MISSING = MISSING
    """X Min Coordinate of the box"""
    y_min: int | None | MISSING = MISSING
    """Y Min Coordinate of the box"""
    x_max: int | None | MISSING = MISSING
    """X Max Coordinate of the box"""
    y_max: int | None | MISSING = MISSING
    """Y Max Coordinate of the box"""
    object_id: int | None | MISSING = MISSING
    """Optional object identifier. Boxes sharing an object id refine the same object."""


DetectionThreshold = TypeAliasType("DetectionThreshold", Annotated[float, Field(ge=0.1, le=1.0)])
"""Detection confidence threshold (0.1-1.0). Lower = more detections but less precise. If not
set, uses the model's default.
"""


class PointPromptBase(InputModel):
    x: int | None | MISSING = MISSING
    """X Coordinate of the prompt"""
    y: int | None | MISSING = MISSING
    """Y Coordinate of the prompt"""
    label: Literal[0, 1] | None | MISSING = MISSING
    """1 for foreground, 0 for background"""
    object_id: int | None | MISSING = MISSING
    """Optional object identifier. Prompts sharing an object id refine the same object."""


class SAM3DObjectMetadata(OutputModel):
    """Per-object metadata for 3D reconstruction."""

    object_index: int
    """Index of the object in the scene"""
    scale: list[list[float]] | None | MISSING = MISSING
    """Scale factors [sx, sy, sz]"""
    rotation: list[list[float]] | None | MISSING = MISSING
    """Rotation quaternion [x, y, z, w]"""
    translation: list[list[float]] | None | MISSING = MISSING
    """Translation [tx, ty, tz]"""
    camera_pose: list[list[float]] | None | MISSING = MISSING
    """Camera pose matrix"""


class Sam3_3dObjectsInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to reconstruct in 3D"""
    mask_urls: Annotated[list[str] | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional list of mask URLs (one per object). If not provided, use
    prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
    """
    prompt: str | None = "car"
    """Text prompt for auto-segmentation when no masks provided (e.g., 'chair', 'lamp')"""
    point_prompts: Annotated[list[PointPromptBase], Field(validate_default=True)] = []
    """Point prompts for auto-segmentation when no masks provided"""
    box_prompts: Annotated[list[BoxPromptBase], Field(validate_default=True)] = []
    """Box prompts for auto-segmentation when no masks provided. Multiple boxes supported - each
    produces a separate object mask for 3D reconstruction.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility"""
    pointmap_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional URL to external pointmap/depth data (NPY or NPZ format) for improved 3D
    reconstruction depth estimation
    """
    detection_threshold: DetectionThreshold | None | MISSING = MISSING
    """Detection confidence threshold (0.1-1.0). Lower = more detections but less precise. If not
    set, uses the model's default.
    """
    export_textured_glb: bool = False
    """If True, exports GLB with baked texture and UVs instead of vertex colors."""


class Sam3_3dObjectsOutput(OutputModel):
    gaussian_splat: shared.File
    """Gaussian splat file (.ply) - combined scene splat for multi-object, single splat otherwise"""
    model_glb: shared.File | MISSING = MISSING
    """3D mesh in GLB format - combined scene for multi-object, single mesh otherwise"""
    metadata: list[SAM3DObjectMetadata]
    """Per-object metadata (rotation/translation/scale)"""
    individual_splats: list[shared.File] | None | MISSING = MISSING
    """Individual Gaussian splat files per object (only for multi-object scenes)"""
    individual_glbs: list[shared.File | None] | None | MISSING = MISSING
    """Individual GLB mesh files per object (only for multi-object scenes)"""
    artifacts_zip: shared.File | None | MISSING = MISSING
    """Zip bundle containing all artifacts and metadata"""
