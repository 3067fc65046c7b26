# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class FluxDifferentialDiffusionInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to use as initial image."""
    change_map_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of change map."""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.85
    """The strength to use for image-to-image. 1.0 is completely remakes the image while 0.0
    preserves the original.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 3.5
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


class FluxDifferentialDiffusionOutput(OutputModel):
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


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"
