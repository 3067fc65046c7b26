# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramCustomModelsGenerateInput(InputModel):
    model_id: Annotated[
        str,
        Field(
            description="The id of a trained custom model returned by /train. The model must have "
            "finished training (status COMPLETED).",
            min_length=1,
        ),
    ]
    """The id of a trained custom model returned by /train. The model must have finished training
    (status COMPLETED).
    """

    prompt: Annotated[
        str, Field(description="Text prompt describing the image to generate.", min_length=1)
    ]
    """Text prompt describing the image to generate."""

    aspect_ratio: Annotated[
        Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ],
        Field(description="The aspect ratio of the generated image."),
    ] = "1:1"
    """The aspect ratio of the generated image."""

    rendering_speed: Annotated[
        Literal["TURBO", "BALANCED", "QUALITY"], Field(description="The rendering speed to use.")
    ] = "BALANCED"
    """The rendering speed to use."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=8)] = 1
    """Number of images to generate."""

    negative_prompt: Annotated[
        str,
        Field(
            description="Description of what to exclude from the image. Descriptions in the "
            "prompt take precedence over descriptions in the negative prompt."
        ),
    ] = ""
    """Description of what to exclude from the image. Descriptions in the prompt take precedence
    over descriptions in the negative prompt.
    """

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt with MagicPrompt functionality.")
    ] = True
    """Whether to expand the prompt with MagicPrompt functionality."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator.")
    ] = MISSING
    """Seed for the random number generator."""

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


class IdeogramCustomModelsGenerateOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The generated images.")]
    """The generated images."""

    seed: Annotated[int, Field(description="Seed used for the random number generator.")]
    """Seed used for the random number generator."""
