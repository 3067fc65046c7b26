# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class GptImage1TextToImageByokInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the image from.")]
    """The prompt to generate the image from."""

    image_size: Annotated[
        Literal["auto", "1024x1024", "1536x1024", "1024x1536"],
        Field(description="The size of the image to generate."),
    ] = "auto"
    """The size of the image to generate."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    quality: Annotated[
        Literal["auto", "low", "medium", "high"],
        Field(description="The quality of the image to generate."),
    ] = "auto"
    """The quality of the image to generate."""

    background: Annotated[
        Literal["auto", "transparent", "opaque"],
        Field(description="The background of the image to generate."),
    ] = "auto"
    """The background of the image to generate."""

    openai_api_key: Annotated[
        str,
        Field(
            description="The OpenAI API key to use for the image generation. This endpoint is "
            "currently powered by bring-your-own-key system."
        ),
    ]
    """The OpenAI API key to use for the image generation. This endpoint is currently powered by
    bring-your-own-key system.
    """


class Image(FileOutput):
    """Represents an image file."""

    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[str | MISSING, Field(description="The mime type of the file.")] = (
        MISSING
    )
    """The mime type of the file."""

    file_name: Annotated[
        str | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[int | MISSING, Field(description="The size of the file in bytes.")] = (
        MISSING
    )
    """The size of the file in bytes."""

    file_data: Annotated[
        str | MISSING, Field(description="File data Not checked by the client: format binary.")
    ] = MISSING
    """File data Not checked by the client: format binary."""

    width: Annotated[int | MISSING, Field(description="The width of the image in pixels.")] = (
        MISSING
    )
    """The width of the image in pixels."""

    height: Annotated[int | MISSING, Field(description="The height of the image in pixels.")] = (
        MISSING
    )
    """The height of the image in pixels."""


class OpenAIUsageInputTokensDetails(OutputModel):
    image_tokens: Annotated[int, Field(description="Used image tokens")]
    """Used image tokens"""

    text_tokens: Annotated[int, Field(description="Used text tokens")]
    """Used text tokens"""


class OpenAIUsage(OutputModel):
    input_tokens: Annotated[int, Field(description="Used input tokens")]
    """Used input tokens"""

    input_tokens_details: Annotated[
        OpenAIUsageInputTokensDetails, Field(description="Input tokens details")
    ]
    """Input tokens details"""

    output_tokens: Annotated[int, Field(description="Used output tokens")]
    """Used output tokens"""

    total_tokens: Annotated[int, Field(description="Total tokens used")]
    """Total tokens used"""


class GptImage1TextToImageByokOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated images.")]
    """The generated images."""

    usage: Annotated[
        OpenAIUsage,
        Field(
            description="The usage details for the image generation. (present in fal-js types "
            "2025-10-17; absent from the older llms.txt copy)"
        ),
    ]
    """The usage details for the image generation. (present in fal-js types 2025-10-17; absent
    from the older llms.txt copy)
    """
