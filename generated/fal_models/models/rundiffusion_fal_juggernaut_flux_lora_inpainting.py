# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


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
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


class RundiffusionFalJuggernautFluxLoraInpaintingInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_size: shared.ImageSize | ImageSizePreset | MISSING = MISSING
    """The size of the generated image."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """The number of inference steps to perform."""
    seed: int | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    loras: Annotated[list[LoraWeight], Field(validate_default=True)] = []
    """The LoRAs to use for the image generation. You can use any number of LoRAs and they will
    be merged together to generate the final image.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=35.0)] = 3.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    sync_mode: bool = False
    """If set to true, the function will wait for the image to be generated and uploaded before
    returning the response. This will increase the latency of the function but it allows you
    to get the image directly in the response without going through the CDN.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to use for inpainting. or img2img"""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.85
    """The strength to use for inpainting/image-to-image. Only used if the image_url is provided.
    1.0 is completely remakes the image while 0.0 preserves the original.
    """
    mask_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The mask to area to Inpaint in."""


class RundiffusionFalJuggernautFluxLoraInpaintingOutput(OutputModel):
    images: list[Image]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
