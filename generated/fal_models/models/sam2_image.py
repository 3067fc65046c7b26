# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BoxPrompt(InputModel):
    x_min: Annotated[int, Field(description="X Min Coordinate of the box")] = 0
    """X Min Coordinate of the box"""

    y_min: Annotated[int, Field(description="Y Min Coordinate of the box")] = 0
    """Y Min Coordinate of the box"""

    x_max: Annotated[int, Field(description="X Max Coordinate of the prompt")] = 0
    """X Max Coordinate of the prompt"""

    y_max: Annotated[int, Field(description="Y Max Coordinate of the prompt")] = 0
    """Y Max Coordinate of the prompt"""

    frame_index: Annotated[int, Field(description="The frame index to interact with.")] = 0
    """The frame index to interact with."""


class PointPrompt(InputModel):
    x: Annotated[int, Field(description="X Coordinate of the prompt")] = 305
    """X Coordinate of the prompt"""

    y: Annotated[int, Field(description="Y Coordinate of the prompt")] = 350
    """Y Coordinate of the prompt"""

    label: Annotated[
        Literal[0, 1], Field(description="Label of the prompt. 1 for foreground, 0 for background")
    ] = 1
    """Label of the prompt. 1 for foreground, 0 for background"""

    frame_index: Annotated[int, Field(description="The frame index to interact with.")] = 0
    """The frame index to interact with."""


class Sam2ImageInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be segmented", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be segmented"""

    prompts: Annotated[
        list[PointPrompt],
        Field(description="List of prompts to segment the image", validate_default=True),
    ] = []
    """List of prompts to segment the image"""

    box_prompts: Annotated[
        list[BoxPrompt], Field(description="Coordinates for boxes", validate_default=True)
    ] = []
    """Coordinates for boxes"""

    apply_mask: Annotated[bool, Field(description="Apply the mask on the image.")] = False
    """Apply the mask on the image."""

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

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""


class Sam2ImageOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Segmented image.")]
    """Segmented image."""
