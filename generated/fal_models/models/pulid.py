# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class ReferenceFace(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the reference face image", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the reference face image"""


class PulidInput(InputModel):
    reference_images: Annotated[
        list[ReferenceFace], Field(description="List of reference faces, ideally 4 images.")
    ]
    """List of reference faces, ideally 4 images."""

    prompt: Annotated[str, Field(description="Prompt to generate the face from")]
    """Prompt to generate the face from"""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to generate the face from")
    ] = (
        "flaws in the eyes, flaws in the face, flaws, lowres, non-HDRi, low quality, worst "
        "quality,artifacts noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, "
        "hands, low resolution, partially rendered objects,  deformed or partially rendered eyes, "
        "deformed, deformed eyeballs, cross-eyed,blurry"
    )
    """Negative prompt to generate the face from"""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=8)] = 1
    """Number of images to generate"""

    guidance_scale: Annotated[float, Field(description="Guidance scale", ge=1.0, le=1.5)] = 1.2
    """Guidance scale"""

    num_inference_steps: Annotated[
        int, Field(description="Number of steps to take", ge=1, le=12)
    ] = 4
    """Number of steps to take"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(description="Size of the generated image"),
    ] = MISSING
    """Size of the generated image"""

    id_scale: Annotated[float, Field(description="ID scale", gt=0.0, le=5.0)] = 0.8
    """ID scale"""

    mode: Annotated[
        Literal["fidelity", "extreme style"], Field(description="Mode of generation")
    ] = "fidelity"
    """Mode of generation"""

    id_mix: Annotated[
        bool,
        Field(
            description="if you want to mix two ID image, please turn this on, otherwise, turn "
            "this off"
        ),
    ] = False
    """if you want to mix two ID image, please turn this on, otherwise, turn this off"""


class PulidOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="List of generated images")]
    """List of generated images"""

    seed: Annotated[int, Field(description="Random seed used for reproducibility")]
    """Random seed used for reproducibility"""
