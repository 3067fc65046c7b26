# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class FluxProV1FillFinetunedInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to fill the masked part of the image.")]
    """The prompt to fill the masked part of the image."""

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

    image_url: Annotated[
        str,
        Field(
            description="The image URL to generate an image from. Needs to match the dimensions "
            "of the mask.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL to generate an image from. Needs to match the dimensions of the mask."""

    mask_url: Annotated[
        str,
        Field(
            description="The mask URL to inpaint the image. Needs to match the dimensions of the "
            "input image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The mask URL to inpaint the image. Needs to match the dimensions of the input image."""

    finetune_id: Annotated[str, Field(description="References your specific model")]
    """References your specific model"""

    finetune_strength: Annotated[
        float,
        Field(
            description="Controls finetune influence. Increase this value if your target concept "
            "isn't showing up strongly enough. The optimal setting depends on your finetune and "
            "prompt",
            ge=0.0,
            le=2.0,
        ),
    ]
    """Controls finetune influence. Increase this value if your target concept isn't showing up
    strongly enough. The optimal setting depends on your finetune and prompt
    """


class RegistryImageFastSdxlModelsImage(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class FluxProV1FillFinetunedOutput(OutputModel):
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
