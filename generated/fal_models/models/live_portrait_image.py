# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class LivePortraitImageInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be animated", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be animated"""

    blink: Annotated[float, Field(description="Amount to blink the eyes", ge=-30.0, le=30.0)] = 0
    """Amount to blink the eyes"""

    eyebrow: Annotated[
        float, Field(description="Amount to raise or lower eyebrows", ge=-30.0, le=30.0)
    ] = 0
    """Amount to raise or lower eyebrows"""

    wink: Annotated[float, Field(description="Amount to wink", ge=0.0, le=25.0)] = 0
    """Amount to wink"""

    pupil_x: Annotated[
        float, Field(description="Amount to move pupils horizontally", ge=-45.0, le=45.0)
    ] = 0
    """Amount to move pupils horizontally"""

    pupil_y: Annotated[
        float, Field(description="Amount to move pupils vertically", ge=-45.0, le=45.0)
    ] = 0
    """Amount to move pupils vertically"""

    aaa: Annotated[
        float, Field(description="Amount to open mouth in 'aaa' shape", ge=-200.0, le=200.0)
    ] = 0
    """Amount to open mouth in 'aaa' shape"""

    eee: Annotated[
        float, Field(description="Amount to shape mouth in 'eee' position", ge=-40.0, le=40.0)
    ] = 0
    """Amount to shape mouth in 'eee' position"""

    woo: Annotated[
        float, Field(description="Amount to shape mouth in 'woo' position", ge=-100.0, le=100.0)
    ] = 0
    """Amount to shape mouth in 'woo' position"""

    smile: Annotated[float, Field(description="Amount to smile", ge=-2.0, le=2.0)] = 0
    """Amount to smile"""

    rotate_pitch: Annotated[
        float, Field(description="Amount to rotate the face in pitch", ge=-45.0, le=45.0)
    ] = 0
    """Amount to rotate the face in pitch"""

    rotate_yaw: Annotated[
        float, Field(description="Amount to rotate the face in yaw", ge=-45.0, le=45.0)
    ] = 0
    """Amount to rotate the face in yaw"""

    rotate_roll: Annotated[
        float, Field(description="Amount to rotate the face in roll", ge=-45.0, le=45.0)
    ] = 0
    """Amount to rotate the face in roll"""

    flag_pasteback: Annotated[
        bool,
        Field(
            description="Whether to paste-back/stitch the animated face cropping from the "
            "face-cropping space to the original image space."
        ),
    ] = True
    """Whether to paste-back/stitch the animated face cropping from the face-cropping space to
    the original image space.
    """

    flag_do_crop: Annotated[
        bool, Field(description="Whether to crop the source portrait to the face-cropping space.")
    ] = True
    """Whether to crop the source portrait to the face-cropping space."""

    flag_do_rot: Annotated[
        bool, Field(description="Whether to conduct the rotation when flag_do_crop is True.")
    ] = True
    """Whether to conduct the rotation when flag_do_crop is True."""

    flag_lip_zero: Annotated[
        bool,
        Field(
            description="Whether to set the lip to closed state before animation. Only takes "
            "effect when flag_eye_retargeting and flag_lip_retargeting are False."
        ),
    ] = True
    """Whether to set the lip to closed state before animation. Only takes effect when
    flag_eye_retargeting and flag_lip_retargeting are False.
    """

    dsize: Annotated[int, Field(description="Size of the output image.")] = 512
    """Size of the output image."""

    scale: Annotated[float, Field(description="Scaling factor for the face crop.")] = 2.3
    """Scaling factor for the face crop."""

    vx_ratio: Annotated[float, Field(description="Horizontal offset ratio for face crop.")] = 0
    """Horizontal offset ratio for face crop."""

    vy_ratio: Annotated[
        float,
        Field(
            description="Vertical offset ratio for face crop. Positive values move up, negative "
            "values move down."
        ),
    ] = -0.125
    """Vertical offset ratio for face crop. Positive values move up, negative values move down."""

    enable_safety_checker: Annotated[
        bool,
        Field(
            description="Whether to enable the safety checker. If enabled, the model will check "
            "if the input image contains a face before processing it. The safety checker will "
            "process the input image"
        ),
    ] = False
    """Whether to enable the safety checker. If enabled, the model will check if the input image
    contains a face before processing it. The safety checker will process the input image
    """

    output_format: Annotated[Literal["jpeg", "png"], Field(description="Output format")] = "jpeg"
    """Output format"""


class LivePortraitImageOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file.")]
    """The generated image file."""
