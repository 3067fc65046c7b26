# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanImageV2_1TextToImageInput(InputModel):
    prompt: str
    """The text prompt to generate an image from."""
    negative_prompt: str = ""
    """The negative prompt to guide the image generation away from certain concepts."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """The desired size of the generated image."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """Number of denoising steps."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 3.5
    """Controls how much the model adheres to the prompt. Higher values mean stricter adherence."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible results. If None, a random seed is used."""
    use_reprompt: bool = True
    """Enable prompt enhancement for potentially better results."""
    use_refiner: bool = False
    """Enable the refiner model for improved image quality."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""


class HunyuanImageV2_1TextToImageOutput(OutputModel):
    images: list[shared.Image]
    """A list of the generated images."""
    seed: int
    """The base seed used for the generation process."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
