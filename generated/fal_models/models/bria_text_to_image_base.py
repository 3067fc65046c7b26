# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[
        int,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time.",
            ge=0,
            le=2147483647,
        ),
    ],
)


class GuidanceInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The image that should be used as guidance, in base64 format, with the "
            "method defined in guidance_method_1. Accepted formats are jpeg, jpg, png, webp. "
            "Maximum file size 12MB. If more then one guidance method is used, all guidance "
            "images must be of the same aspect ratio, and this will be the aspect ratio of the "
            "generated results. If guidance_method_1 is selected, an image must be provided.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image that should be used as guidance, in base64 format, with the method defined in
    guidance_method_1. Accepted formats are jpeg, jpg, png, webp. Maximum file size 12MB. If
    more then one guidance method is used, all guidance images must be of the same aspect
    ratio, and this will be the aspect ratio of the generated results. If guidance_method_1 is
    selected, an image must be provided.
    """

    method: Annotated[
        Literal[
            "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid"
        ]
        | MISSING,
        Field(
            description="Which guidance type you would like to include in the generation. Up to 4 "
            "guidance methods can be combined during a single inference. This parameter is "
            "optional."
        ),
    ] = MISSING
    """Which guidance type you would like to include in the generation. Up to 4 guidance methods
    can be combined during a single inference. This parameter is optional.
    """

    scale: Annotated[float, Field(description="Impact of the guidance.", ge=0.0, le=1.0)] = 1
    """Impact of the guidance."""


class BriaTextToImageBaseInput(InputModel):
    prompt: Annotated[
        str, Field(description="The prompt you would like to use to generate images.", min_length=1)
    ]
    """The prompt you would like to use to generate images."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt you would like to use to generate images.")
    ] = ""
    """The negative prompt you would like to use to generate images."""

    num_images: Annotated[
        int,
        Field(
            description="How many images you would like to generate. When using any Guidance "
            "Method, Value is set to 1.",
            ge=1,
            le=4,
        ),
    ] = 4
    """How many images you would like to generate. When using any Guidance Method, Value is set
    to 1.
    """

    aspect_ratio: Annotated[
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"],
        Field(
            description="The aspect ratio of the image. When a guidance method is being used, the "
            "aspect ratio is defined by the guidance image and this parameter is ignored."
        ),
    ] = "1:1"
    """The aspect ratio of the image. When a guidance method is being used, the aspect ratio is
    defined by the guidance image and this parameter is ignored.
    """

    seed: Annotated[
        Seed | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of iterations the model goes through to refine the generated "
            "image. This parameter is optional.",
            ge=20,
            le=50,
        ),
    ] = 30
    """The number of iterations the model goes through to refine the generated image. This
    parameter is optional.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    prompt_enhancement: Annotated[
        bool,
        Field(
            description="When set to true, enhances the provided prompt by generating additional, "
            "more descriptive variations, resulting in more diverse and creative output images."
        ),
    ] = False
    """When set to true, enhances the provided prompt by generating additional, more descriptive
    variations, resulting in more diverse and creative output images.
    """

    medium: Annotated[
        Literal["photography", "art"] | MISSING,
        Field(
            description="Which medium should be included in your generated images. This parameter "
            "is optional."
        ),
    ] = MISSING
    """Which medium should be included in your generated images. This parameter is optional."""

    guidance: Annotated[
        list[GuidanceInput],
        Field(
            description="Guidance images to use for the generation. Up to 4 guidance methods can "
            "be combined during a single inference.",
            validate_default=True,
        ),
    ] = []
    """Guidance images to use for the generation. Up to 4 guidance methods can be combined during
    a single inference.
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


class BriaTextToImageBaseOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
