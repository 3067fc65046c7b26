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


class PulidInput(InputModel):
    reference_images: list[ReferenceFace]
    """List of reference faces, ideally 4 images."""
    prompt: str
    """Prompt to generate the face from"""
    negative_prompt: str = (
        "flaws in the eyes, flaws in the face, flaws, lowres, non-HDRi, low quality, worst "
        "quality,artifacts noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, "
        "hands, low resolution, partially rendered objects,  deformed or partially rendered eyes, "
        "deformed, deformed eyeballs, cross-eyed,blurry"
    )
    """Negative prompt to generate the face from"""
    num_images: Annotated[int, Field(ge=1, le=8)] = 1
    """Number of images to generate"""
    guidance_scale: Annotated[float, Field(ge=1.0, le=1.5)] = 1.2
    """Guidance scale"""
    num_inference_steps: Annotated[int, Field(ge=1, le=12)] = 4
    """Number of steps to take"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility"""
    image_size: shared.ImageSize | ImageSizePreset | MISSING = MISSING
    """Size of the generated image"""
    id_scale: Annotated[float, Field(gt=0.0, le=5.0)] = 0.8
    """ID scale"""
    mode: Literal["fidelity", "extreme style"] = "fidelity"
    """Mode of generation"""
    id_mix: bool = False
    """if you want to mix two ID image, please turn this on, otherwise, turn this off"""


class PulidOutput(OutputModel):
    images: list[shared.Image]
    """List of generated images"""
    seed: int
    """Random seed used for reproducibility"""


class ReferenceFace(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference face image"""
