# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class FluxDifferentialDiffusionInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_url: Annotated[
        str,
        Field(
            description="URL of image to use as initial image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use as initial image."""

    change_map_image_url: Annotated[
        str, Field(description="URL of change map.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of change map."""

    strength: Annotated[
        float,
        Field(
            description="The strength to use for image-to-image. 1.0 is completely remakes the "
            "image while 0.0 preserves the original.",
            ge=0.01,
            le=1.0,
        ),
    ] = 0.85
    """The strength to use for image-to-image. 1.0 is completely remakes the image while 0.0
    preserves the original.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 28
    """The number of inference steps to perform."""

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
            ge=0.0,
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

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class FluxDifferentialDiffusionOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated image files info.")]
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
