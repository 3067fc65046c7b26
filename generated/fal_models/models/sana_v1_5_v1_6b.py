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


class SanaV1_5_1_6bInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    negative_prompt: str = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """
    image_size: shared.ImageSize | ImageSizePreset | MISSING = MISSING
    """The size of the generated image."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 18
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
    style_name: Literal[
        "(No style)",
        "Cinematic",
        "Photographic",
        "Anime",
        "Manga",
        "Digital Art",
        "Pixel art",
        "Fantasy art",
        "Neonpunk",
        "3D Model",
    ] = "(No style)"
    """The style to generate the image in."""


class SanaV1_5_1_6bOutput(OutputModel):
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
