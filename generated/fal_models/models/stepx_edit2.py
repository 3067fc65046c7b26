# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class StepxEdit2Input(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_url: Annotated[
        str,
        Field(
            description="The image URL to generate an image from. Needs to match the dimensions "
            "of the mask.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL to generate an image from. Needs to match the dimensions of the mask."""

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use. Use it to address details that you don't "
            "want in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The true CFG scale. Controls how closely the model follows the prompt.",
            ge=0.0,
            le=20.0,
        ),
    ] = 6
    """The true CFG scale. Controls how closely the model follows the prompt."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to perform. Recommended: 50.", ge=1, le=100
        ),
    ] = 50
    """The number of inference steps to perform. Recommended: 50."""

    enable_thinking_mode: Annotated[
        bool,
        Field(
            description="Enable thinking mode. Uses multimodal language model knowledge to "
            "interpret abstract editing instructions."
        ),
    ] = True
    """Enable thinking mode. Uses multimodal language model knowledge to interpret abstract
    editing instructions.
    """

    enable_reflection_mode: Annotated[
        bool,
        Field(
            description="Enable reflection mode. Reviews outputs, corrects unintended changes, "
            "and determines when editing is complete."
        ),
    ] = True
    """Enable reflection mode. Reviews outputs, corrects unintended changes, and determines when
    editing is complete.
    """

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

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class StepxEdit2Output(OutputModel):
    images: Annotated[list[Image], Field(description="The generated images")]
    """The generated images"""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""

    reformat_prompt: Annotated[
        str | None | MISSING,
        Field(
            description="The model's interpretation of your instruction (only available when "
            "thinking mode is enabled)."
        ),
    ] = MISSING
    """The model's interpretation of your instruction (only available when thinking mode is
    enabled).
    """

    think_info: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reasoning process details (only available when thinking mode is enabled)."
        ),
    ] = MISSING
    """Reasoning process details (only available when thinking mode is enabled)."""

    best_info: Annotated[
        list[dict[str, Any]] | None | MISSING,
        Field(description="Reflection analysis (only available when reflection mode is enabled)."),
    ] = MISSING
    """Reflection analysis (only available when reflection mode is enabled)."""
