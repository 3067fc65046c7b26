# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Sam3_3dBodyInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image containing humans", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image containing humans"""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of a binary mask image (white=person, black=background). "
            "When provided, skips auto human detection and uses this mask instead. Bbox is "
            "auto-computed from the mask.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of a binary mask image (white=person, black=background). When provided, skips
    auto human detection and uses this mask instead. Bbox is auto-computed from the mask.
    """

    export_meshes: Annotated[
        bool, Field(description="Export individual mesh files (.ply) per person")
    ] = True
    """Export individual mesh files (.ply) per person"""

    include_3d_keypoints: Annotated[
        bool,
        Field(
            description="Include 3D keypoint markers (spheres) in the GLB mesh for visualization"
        ),
    ] = True
    """Include 3D keypoint markers (spheres) in the GLB mesh for visualization"""

    include_mhr_params: Annotated[
        bool,
        Field(
            description="Include the full MHR (Meta Human Representation) parameter set per "
            "person in the response metadata (shape, pose, expression, global rotations, joint "
            "coordinates, packed model params, raw pose). Set to `false` to return a leaner "
            "metadata block with only keypoints and camera parameters."
        ),
    ] = True
    """Include the full MHR (Meta Human Representation) parameter set per person in the response
    metadata (shape, pose, expression, global rotations, joint coordinates, packed model
    params, raw pose). Set to `false` to return a leaner metadata block with only keypoints
    and camera parameters.
    """


class SAM3DBodyPersonMetadata(OutputModel):
    """Per-person metadata for body reconstruction.

    The 70 MHR keypoints follow the ordering in `SAM3D_BODY_MHR70_KEYPOINT_NAMES`
    (also exposed at the top level of `SAM3DBodyMetadata.keypoint_names`). The
    MHR parameter fields (`shape_params`, `body_pose_params`, ...) mirror the
    outputs of the upstream `SAM3DBodyEstimator.process_one_image` for
    client-side pose manipulation, inverse linear-blend skinning, and canonical
    mesh reconstruction. They are only populated when `include_mhr_params=True`.
    """

    person_id: Annotated[int, Field(description="Index of the person in the scene")]
    """Index of the person in the scene"""

    bbox: Annotated[list[float], Field(description="Bounding box [x_min, y_min, x_max, y_max]")]
    """Bounding box [x_min, y_min, x_max, y_max]"""

    focal_length: Annotated[float, Field(description="Estimated focal length")]
    """Estimated focal length"""

    pred_cam_t: Annotated[
        list[float], Field(description="Predicted camera translation [tx, ty, tz]")
    ]
    """Predicted camera translation [tx, ty, tz]"""

    keypoints_2d: Annotated[
        list[list[float]],
        Field(
            description="2D keypoints [[x, y], ...] - 70 MHR body keypoints in image coordinates. "
            "See `SAM3DBodyMetadata.keypoint_names` for the ordered name of each index."
        ),
    ]
    """2D keypoints [[x, y], ...] - 70 MHR body keypoints in image coordinates. See
    `SAM3DBodyMetadata.keypoint_names` for the ordered name of each index.
    """

    keypoints_3d: Annotated[
        list[list[float]] | None | MISSING,
        Field(
            description="3D keypoints [[x, y, z], ...] - 70 MHR body keypoints in camera space. "
            "Ordering matches `keypoints_2d` / `SAM3DBodyMetadata.keypoint_names`."
        ),
    ] = MISSING
    """3D keypoints [[x, y, z], ...] - 70 MHR body keypoints in camera space. Ordering matches
    `keypoints_2d` / `SAM3DBodyMetadata.keypoint_names`.
    """

    shape_params: Annotated[
        list[float] | None | MISSING,
        Field(
            description="MHR identity (β) shape parameters. Enables local canonical-pose mesh "
            "reconstruction when combined with the MHR model."
        ),
    ] = MISSING
    """MHR identity (β) shape parameters. Enables local canonical-pose mesh reconstruction when
    combined with the MHR model.
    """

    body_pose_params: Annotated[
        list[list[float]] | None | MISSING,
        Field(description="Per-joint body pose parameters (axis-angle form) from the MHR model."),
    ] = MISSING
    """Per-joint body pose parameters (axis-angle form) from the MHR model."""

    hand_pose_params: Annotated[
        list[list[float]] | None | MISSING,
        Field(description="Per-joint hand pose parameters (axis-angle form) from the MHR model."),
    ] = MISSING
    """Per-joint hand pose parameters (axis-angle form) from the MHR model."""

    global_rot: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Global root rotation produced by MHR. Shape matches the upstream tensor "
            "(axis-angle [3] or rotation matrix [3, 3])."
        ),
    ] = MISSING
    """Global root rotation produced by MHR. Shape matches the upstream tensor (axis-angle [3] or
    rotation matrix [3, 3]).
    """

    pred_global_rots: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Per-joint global rotations (world-space), typically [N_joints, 3, 3] "
            "rotation matrices. Needed for inverse linear-blend skinning / un-posing clients."
        ),
    ] = MISSING
    """Per-joint global rotations (world-space), typically [N_joints, 3, 3] rotation matrices.
    Needed for inverse linear-blend skinning / un-posing clients.
    """

    scale_params: Annotated[
        list[float] | None | MISSING,
        Field(description="MHR scale parameters (isotropic or per-axis)."),
    ] = MISSING
    """MHR scale parameters (isotropic or per-axis)."""

    expr_params: Annotated[
        list[float] | None | MISSING, Field(description="MHR facial-expression parameters.")
    ] = MISSING
    """MHR facial-expression parameters."""

    pred_joint_coords: Annotated[
        list[list[float]] | None | MISSING,
        Field(
            description="Skeleton joint positions in world space [[x, y, z], ...]. One row per "
            "MHR joint."
        ),
    ] = MISSING
    """Skeleton joint positions in world space [[x, y, z], ...]. One row per MHR joint."""

    mhr_model_params: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Packed MHR parameter vector (concatenated shape/pose/expression/scale). "
            "Shape is forwarded as-is from the upstream model."
        ),
    ] = MISSING
    """Packed MHR parameter vector (concatenated shape/pose/expression/scale). Shape is forwarded
    as-is from the upstream model.
    """

    pred_pose_raw: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Raw pose transforms produced by the MHR decoder (pre-FK), forwarded "
            "as-is from the upstream model."
        ),
    ] = MISSING
    """Raw pose transforms produced by the MHR decoder (pre-FK), forwarded as-is from the
    upstream model.
    """


class SAM3DBodyMetadata(OutputModel):
    """Metadata for body reconstruction output."""

    num_people: Annotated[int, Field(description="Number of people detected")]
    """Number of people detected"""

    people: Annotated[list[SAM3DBodyPersonMetadata], Field(description="Per-person metadata")]
    """Per-person metadata"""

    keypoint_names: Annotated[
        list[str] | MISSING,
        Field(
            description="Ordered names of the 70 MHR keypoints returned by this endpoint. Index "
            "`i` in this list corresponds to index `i` in every person's `keypoints_2d` and "
            "`keypoints_3d` arrays. Sourced from facebookresearch/sam-3d-body `mhr70.py`."
        ),
    ] = MISSING
    """Ordered names of the 70 MHR keypoints returned by this endpoint. Index `i` in this list
    corresponds to index `i` in every person's `keypoints_2d` and `keypoints_3d` arrays.
    Sourced from facebookresearch/sam-3d-body `mhr70.py`.
    """


class Sam3_3dBodyOutput(OutputModel):
    model_glb: Annotated[
        shared.File,
        Field(description="3D body mesh in GLB format with optional 3D keypoint markers"),
    ]
    """3D body mesh in GLB format with optional 3D keypoint markers"""

    visualization: Annotated[
        shared.File,
        Field(description="Combined visualization image (original + keypoints + mesh + side view)"),
    ]
    """Combined visualization image (original + keypoints + mesh + side view)"""

    meshes: Annotated[
        list[shared.File] | None | MISSING,
        Field(
            description="Individual mesh files (.ply), one per detected person (when "
            "export_meshes=True)"
        ),
    ] = MISSING
    """Individual mesh files (.ply), one per detected person (when export_meshes=True)"""

    metadata: Annotated[
        SAM3DBodyMetadata,
        Field(description="Structured metadata including keypoints and camera parameters"),
    ]
    """Structured metadata including keypoints and camera parameters"""
