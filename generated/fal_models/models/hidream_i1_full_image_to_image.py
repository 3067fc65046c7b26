# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class HidreamI1FullImageToImageInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    negative_prompt: str = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    """The size of the generated image. Setting to None uses the input image's size."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 50
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    loras: Annotated[list[LoraWeight] | None, Field(validate_default=True)] = []
    """A list of LoRAs to apply to the model. Each LoRA specifies its path, scale, and optional
    weight name.
    """
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image URL to generate an image from."""
    strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.75
    """Denoising strength for image-to-image generation."""


class HidreamI1FullImageToImageOutput(OutputModel):
    images: list[Image]
    """The generated images"""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class LoraWeight(InputModel):
    path: str
    """URL or the path to the LoRA weights."""
    weight_name: str | None | MISSING = MISSING
    """Name of the LoRA weight. Used only if `path` is a Hugging Face repository, and required
    only if you have more than 1 safetensors file in the repo.
    """
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """
