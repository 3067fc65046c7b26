# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class LivePortraitInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to drive the lip syncing."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be animated"""
    blink: Annotated[float, Field(ge=-30.0, le=30.0)] = 0
    """Amount to blink the eyes"""
    eyebrow: Annotated[float, Field(ge=-30.0, le=30.0)] = 0
    """Amount to raise or lower eyebrows"""
    wink: Annotated[float, Field(ge=0.0, le=25.0)] = 0
    """Amount to wink"""
    pupil_x: Annotated[float, Field(ge=-45.0, le=45.0)] = 0
    """Amount to move pupils horizontally"""
    pupil_y: Annotated[float, Field(ge=-45.0, le=45.0)] = 0
    """Amount to move pupils vertically"""
    aaa: Annotated[float, Field(ge=-200.0, le=200.0)] = 0
    """Amount to open mouth in 'aaa' shape"""
    eee: Annotated[float, Field(ge=-40.0, le=40.0)] = 0
    """Amount to shape mouth in 'eee' position"""
    woo: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Amount to shape mouth in 'woo' position"""
    smile: Annotated[float, Field(ge=-2.0, le=2.0)] = 0
    """Amount to smile"""
    flag_lip_zero: bool = True
    """Whether to set the lip to closed state before animation. Only takes effect when
    flag_eye_retargeting and flag_lip_retargeting are False.
    """
    rotate_pitch: Annotated[float, Field(ge=-45.0, le=45.0)] = 0
    """Amount to rotate the face in pitch"""
    rotate_yaw: Annotated[float, Field(ge=-45.0, le=45.0)] = 0
    """Amount to rotate the face in yaw"""
    rotate_roll: Annotated[float, Field(ge=-45.0, le=45.0)] = 0
    """Amount to rotate the face in roll"""
    flag_eye_retargeting: bool = False
    """Whether to enable eye retargeting."""
    flag_lip_retargeting: bool = False
    """Whether to enable lip retargeting."""
    flag_stitching: bool = True
    """Whether to enable stitching. Recommended to set to True."""
    flag_relative: bool = True
    """Whether to use relative motion."""
    flag_pasteback: bool = True
    """Whether to paste-back/stitch the animated face cropping from the face-cropping space to
    the original image space.
    """
    flag_do_crop: bool = True
    """Whether to crop the source portrait to the face-cropping space."""
    flag_do_rot: bool = True
    """Whether to conduct the rotation when flag_do_crop is True."""
    dsize: int = 512
    """Size of the output image."""
    scale: float = 2.3
    """Scaling factor for the face crop."""
    vx_ratio: float = 0
    """Horizontal offset ratio for face crop."""
    vy_ratio: float = -0.125
    """Vertical offset ratio for face crop. Positive values move up, negative values move down."""
    batch_size: int = 32
    """Batch size for the model. The larger the batch size, the faster the model will run, but
    the more memory it will consume.
    """
    enable_safety_checker: bool = False
    """Whether to enable the safety checker. If enabled, the model will check if the input image
    contains a face before processing it. The safety checker will process the input image
    """


class LivePortraitOutput(OutputModel):
    video: shared.File
    """The generated video file."""
