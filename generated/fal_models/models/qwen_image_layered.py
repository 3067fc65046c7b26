# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class QwenImageLayeredInput(InputModel):
    prompt: Annotated[str | None | MISSING, Field(description="A caption for the input image.")] = (
        MISSING
    )
    """A caption for the input image."""

    image_url: Annotated[
        str,
        Field(description="The URL of the input image.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the input image."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate an image from.")
    ] = ""
    """The negative prompt to generate an image from."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 28
    """The number of inference steps to perform."""

    guidance_scale: Annotated[
        float,
        Field(description="The guidance scale to use for the image generation.", ge=1.0, le=20.0),
    ] = 5
    """The guidance scale to use for the image generation."""

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

    num_layers: Annotated[
        int, Field(description="The number of layers to generate.", ge=1, le=10)
    ] = 4
    """The number of layers to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    acceleration: Annotated[
        Literal["none", "regular", "high"], Field(description="The acceleration level to use.")
    ] = "regular"
    """The acceleration level to use."""


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class QwenImageLayeredOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated image files info.")]
    """The generated image files info."""

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

    prompt: Annotated[
        str | None | MISSING, Field(description="The prompt used to generate the image.")
    ] = MISSING
    """The prompt used to generate the image."""
