# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class StepxEdit2Input(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image URL to generate an image from. Needs to match the dimensions of the mask."""
    negative_prompt: str = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 6
    """The true CFG scale. Controls how closely the model follows the prompt."""
    num_inference_steps: Annotated[int, Field(ge=1, le=100)] = 50
    """The number of inference steps to perform. Recommended: 50."""
    enable_thinking_mode: bool = True
    """Enable thinking mode. Uses multimodal language model knowledge to interpret abstract
    editing instructions.
    """
    enable_reflection_mode: bool = True
    """Enable reflection mode. Reviews outputs, corrects unintended changes, and determines when
    editing is complete.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""


class StepxEdit2Output(OutputModel):
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
    reformat_prompt: str | None | MISSING = MISSING
    """The model's interpretation of your instruction (only available when thinking mode is
    enabled).
    """
    think_info: list[str] | None | MISSING = MISSING
    """Reasoning process details (only available when thinking mode is enabled)."""
    best_info: list[dict[str, Any]] | None | MISSING = MISSING
    """Reflection analysis (only available when reflection mode is enabled)."""
