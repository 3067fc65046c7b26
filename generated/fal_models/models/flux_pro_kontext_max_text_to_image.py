# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class FluxProKontextMaxTextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

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
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=1.0,
            le=20.0,
        ),
    ] = 3.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
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

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level for the generated image. 1 being the most "
            "strict and 5 being the most permissive."
        ),
    ] = "2"
    """The safety tolerance level for the generated image. 1 being the most strict and 5 being
    the most permissive.
    """

    enhance_prompt: Annotated[
        bool, Field(description="Whether to enhance the prompt for better results.")
    ] = False
    """Whether to enhance the prompt for better results."""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"],
        Field(description="The aspect ratio of the generated image."),
    ] = "1:1"
    """The aspect ratio of the generated image."""


class RegistryImageFastSdxlModelsImage(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class FluxProKontextMaxTextToImageOutput(OutputModel):
    images: Annotated[
        list[RegistryImageFastSdxlModelsImage], Field(description="The generated image files info.")
    ]
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

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
