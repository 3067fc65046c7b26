# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class ControlNet(InputModel):
    path: Annotated[str, Field(description="URL or the path to the control net weights.")]
    """URL or the path to the control net weights."""

    control_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used as the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the control image."""

    conditioning_scale: Annotated[
        float,
        Field(
            description="The scale of the control net weight. This is used to scale the control "
            "net weight before merging it with the base model.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """The scale of the control net weight. This is used to scale the control net weight before
    merging it with the base model.
    """

    start_percentage: Annotated[
        float,
        Field(
            description="The percentage of the image to start applying the controlnet in terms of "
            "the total timesteps.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """The percentage of the image to start applying the controlnet in terms of the total
    timesteps.
    """

    end_percentage: Annotated[
        float,
        Field(
            description="The percentage of the image to end applying the controlnet in terms of "
            "the total timesteps.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The percentage of the image to end applying the controlnet in terms of the total
    timesteps.
    """


class IPAdapter(InputModel):
    path: Annotated[str, Field(description="Hugging Face path to the IP-Adapter")]
    """Hugging Face path to the IP-Adapter"""

    subfolder: Annotated[
        str | None | MISSING, Field(description="Subfolder in which the ip_adapter weights exist")
    ] = MISSING
    """Subfolder in which the ip_adapter weights exist"""

    weight_name: Annotated[
        str | None | MISSING,
        Field(description="Name of the safetensors file containing the ip-adapter weights"),
    ] = MISSING
    """Name of the safetensors file containing the ip-adapter weights"""

    image_encoder_path: Annotated[
        str,
        Field(
            description="Path to the Image Encoder for the IP-Adapter, for example "
            "'openai/clip-vit-large-patch14'"
        ),
    ]
    """Path to the Image Encoder for the IP-Adapter, for example 'openai/clip-vit-large-patch14'"""

    image_encoder_subfolder: Annotated[
        str | None | MISSING,
        Field(description="Subfolder in which the image encoder weights exist."),
    ] = MISSING
    """Subfolder in which the image encoder weights exist."""

    image_encoder_weight_name: Annotated[
        str | None | MISSING, Field(description="Name of the image encoder.")
    ] = MISSING
    """Name of the image encoder."""

    image_url: Annotated[
        str,
        Field(
            description="URL of Image for IP-Adapter conditioning.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of Image for IP-Adapter conditioning."""

    mask_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the mask for the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the mask for the control image."""

    mask_threshold: Annotated[float, Field(description="Threshold for mask.", ge=0.01, le=0.99)] = (
        0.5
    )
    """Threshold for mask."""

    scale: Annotated[float, Field(description="Scale for ip adapter.")]
    """Scale for ip adapter."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class LoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class StableDiffusionV35LargeInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

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

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    controlnet: Annotated[ControlNet | MISSING, Field(description="ControlNet for inference.")] = (
        MISSING
    )
    """ControlNet for inference."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. Defaults to landscape_4_3 if no "
            "controlnet has been passed, otherwise defaults to the size of the controlnet "
            "conditioning image."
        ),
    ] = MISSING
    """The size of the generated image. Defaults to landscape_4_3 if no controlnet has been
    passed, otherwise defaults to the size of the controlnet conditioning image.
    """

    loras: Annotated[
        list[LoraWeight],
        Field(
            description="The LoRAs to use for the image generation. You can use any number of "
            "LoRAs and they will be merged together to generate the final image.",
            validate_default=True,
        ),
    ] = []
    """The LoRAs to use for the image generation. You can use any number of LoRAs and they will
    be merged together to generate the final image.
    """

    ip_adapter: Annotated[
        IPAdapter | None | MISSING, Field(description="IP-Adapter to use during inference.")
    ] = MISSING
    """IP-Adapter to use during inference."""


class StableDiffusionV35LargeOutput(OutputModel):
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
