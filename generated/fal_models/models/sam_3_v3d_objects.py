# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

DetectionThreshold = TypeAliasType(
    "DetectionThreshold",
    Annotated[
        float,
        Field(
            description="Detection confidence threshold (0.1-1.0). Lower = more detections but "
            "less precise. If not set, uses the model's default.",
            ge=0.1,
            le=1.0,
        ),
    ],
)


class BoxPromptBase(InputModel):
    x_min: Annotated[int | None | MISSING, Field(description="X Min Coordinate of the box")] = (
        MISSING
    )
    """X Min Coordinate of the box"""

    y_min: Annotated[int | None | MISSING, Field(description="Y Min Coordinate of the box")] = (
        MISSING
    )
    """Y Min Coordinate of the box"""

    x_max: Annotated[int | None | MISSING, Field(description="X Max Coordinate of the box")] = (
        MISSING
    )
    """X Max Coordinate of the box"""

    y_max: Annotated[int | None | MISSING, Field(description="Y Max Coordinate of the box")] = (
        MISSING
    )
    """Y Max Coordinate of the box"""

    object_id: Annotated[
        int | None | MISSING,
        Field(
            description="Optional object identifier. Boxes sharing an object id refine the same "
            "object."
        ),
    ] = MISSING
    """Optional object identifier. Boxes sharing an object id refine the same object."""


class PointPromptBase(InputModel):
    x: Annotated[int | None | MISSING, Field(description="X Coordinate of the prompt")] = MISSING
    """X Coordinate of the prompt"""

    y: Annotated[int | None | MISSING, Field(description="Y Coordinate of the prompt")] = MISSING
    """Y Coordinate of the prompt"""

    label: Annotated[
        Literal[0, 1] | None | MISSING, Field(description="1 for foreground, 0 for background")
    ] = MISSING
    """1 for foreground, 0 for background"""

    object_id: Annotated[
        int | None | MISSING,
        Field(
            description="Optional object identifier. Prompts sharing an object id refine the same "
            "object."
        ),
    ] = MISSING
    """Optional object identifier. Prompts sharing an object id refine the same object."""


class SAM3DObjectMetadata(OutputModel):
    """Per-object metadata for 3D reconstruction."""

    object_index: Annotated[int, Field(description="Index of the object in the scene")]
    """Index of the object in the scene"""

    scale: Annotated[
        list[list[float]] | None | MISSING, Field(description="Scale factors [sx, sy, sz]")
    ] = MISSING
    """Scale factors [sx, sy, sz]"""

    rotation: Annotated[
        list[list[float]] | None | MISSING, Field(description="Rotation quaternion [x, y, z, w]")
    ] = MISSING
    """Rotation quaternion [x, y, z, w]"""

    translation: Annotated[
        list[list[float]] | None | MISSING, Field(description="Translation [tx, ty, tz]")
    ] = MISSING
    """Translation [tx, ty, tz]"""

    camera_pose: Annotated[
        list[list[float]] | None | MISSING, Field(description="Camera pose matrix")
    ] = MISSING
    """Camera pose matrix"""


class Sam3_3dObjectsInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to reconstruct in 3D",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to reconstruct in 3D"""

    mask_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="Optional list of mask URLs (one per object). If not provided, use "
            "prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional list of mask URLs (one per object). If not provided, use
    prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
    """

    prompt: Annotated[
        str | None,
        Field(
            description="Text prompt for auto-segmentation when no masks provided (e.g., 'chair', "
            "'lamp')"
        ),
    ] = "car"
    """Text prompt for auto-segmentation when no masks provided (e.g., 'chair', 'lamp')"""

    point_prompts: Annotated[
        list[PointPromptBase],
        Field(
            description="Point prompts for auto-segmentation when no masks provided",
            validate_default=True,
        ),
    ] = []
    """Point prompts for auto-segmentation when no masks provided"""

    box_prompts: Annotated[
        list[BoxPromptBase],
        Field(
            description="Box prompts for auto-segmentation when no masks provided. Multiple boxes "
            "supported - each produces a separate object mask for 3D reconstruction.",
            validate_default=True,
        ),
    ] = []
    """Box prompts for auto-segmentation when no masks provided. Multiple boxes supported - each
    produces a separate object mask for 3D reconstruction.
    """

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    pointmap_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL to external pointmap/depth data (NPY or NPZ format) for "
            "improved 3D reconstruction depth estimation",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL to external pointmap/depth data (NPY or NPZ format) for improved 3D
    reconstruction depth estimation
    """

    detection_threshold: Annotated[
        DetectionThreshold | None | MISSING,
        Field(
            description="Detection confidence threshold (0.1-1.0). Lower = more detections but "
            "less precise. If not set, uses the model's default."
        ),
    ] = MISSING
    """Detection confidence threshold (0.1-1.0). Lower = more detections but less precise. If not
    set, uses the model's default.
    """

    export_textured_glb: Annotated[
        bool,
        Field(
            description="If True, exports GLB with baked texture and UVs instead of vertex colors."
        ),
    ] = False
    """If True, exports GLB with baked texture and UVs instead of vertex colors."""


class Sam3_3dObjectsOutput(OutputModel):
    gaussian_splat: Annotated[
        shared.File,
        Field(
            description="Gaussian splat file (.ply) - combined scene splat for multi-object, "
            "single splat otherwise"
        ),
    ]
    """Gaussian splat file (.ply) - combined scene splat for multi-object, single splat otherwise"""

    model_glb: Annotated[
        shared.File | MISSING,
        Field(
            description="3D mesh in GLB format - combined scene for multi-object, single mesh "
            "otherwise"
        ),
    ] = MISSING
    """3D mesh in GLB format - combined scene for multi-object, single mesh otherwise"""

    metadata: Annotated[
        list[SAM3DObjectMetadata],
        Field(description="Per-object metadata (rotation/translation/scale)"),
    ]
    """Per-object metadata (rotation/translation/scale)"""

    individual_splats: Annotated[
        list[shared.File] | None | MISSING,
        Field(
            description="Individual Gaussian splat files per object (only for multi-object scenes)"
        ),
    ] = MISSING
    """Individual Gaussian splat files per object (only for multi-object scenes)"""

    individual_glbs: Annotated[
        list[shared.File | None] | None | MISSING,
        Field(description="Individual GLB mesh files per object (only for multi-object scenes)"),
    ] = MISSING
    """Individual GLB mesh files per object (only for multi-object scenes)"""

    artifacts_zip: Annotated[
        shared.File | None | MISSING,
        Field(description="Zip bundle containing all artifacts and metadata"),
    ] = MISSING
    """Zip bundle containing all artifacts and metadata"""
