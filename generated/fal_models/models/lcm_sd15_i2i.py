# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class LcmSd15I2iInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ]
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    image_url: Annotated[
        str,
        Field(description="The image to use as a base.", json_schema_extra={"x-fal-file": True}),
    ]
    """The image to use as a base."""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="Mask URL for compatibility with generic LCM processing.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Mask URL for compatibility with generic LCM processing."""

    strength: Annotated[float, Field(description="The strength of the image.", ge=0.0, le=1.0)] = (
        0.8
    )
    """The strength of the image."""

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use.Use it to address details that you don't want "
            "in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use.Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=16.0,
        ),
    ] = 1
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for generating the image. The more "
            "steps the better the image will be but it will also take longer to generate.",
            ge=1,
            le=12,
        ),
    ] = 4
    """The number of inference steps to use for generating the image. The more steps the better
    the image will be but it will also take longer to generate.
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
        int,
        Field(
            description="The number of images to generate. The function will return a list of "
            "images with the same prompt and negative prompt but different seeds.",
            ge=1,
            le=8,
        ),
    ] = 1
    """The number of images to generate. The function will return a list of images with the same
    prompt and negative prompt but different seeds.
    """

    enable_safety_checks: Annotated[
        bool,
        Field(
            description="If set to true, the resulting image will be checked whether it includes "
            "any potentially unsafe content. If it does, it will be replaced with a black image."
        ),
    ] = True
    """If set to true, the resulting image will be checked whether it includes any potentially
    unsafe content. If it does, it will be replaced with a black image.
    """

    request_id: Annotated[
        str,
        Field(
            description="An id bound to a request, can be used with response to identify the "
            "request itself."
        ),
    ] = ""
    """An id bound to a request, can be used with response to identify the request itself."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class LcmSd15I2iOutput(OutputModel):
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

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps used to generate the image. It will be the "
            "same value of the one passed in the input or the default one in case none was passed."
        ),
    ] = 4
    """Number of inference steps used to generate the image. It will be the same value of the one
    passed in the input or the default one in case none was passed.
    """

    request_id: Annotated[
        str,
        Field(
            description="An id bound to a request, can be used with response to identify the "
            "request itself."
        ),
    ] = ""
    """An id bound to a request, can be used with response to identify the request itself."""

    nsfw_content_detected: Annotated[
        list[bool],
        Field(
            description="A list of booleans indicating whether the generated image contains any "
            "potentially unsafe content. If the safety check is disabled, this field will have a "
            "false for each generated image."
        ),
    ]
    """A list of booleans indicating whether the generated image contains any potentially unsafe
    content. If the safety check is disabled, this field will have a false for each generated
    image.
    """
