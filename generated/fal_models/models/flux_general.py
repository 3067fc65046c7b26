# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class ControlLoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    scale: Annotated[
        dict[str, Any] | float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model. Providing a dictionary as "
            '{"layer_name":layer_scale} allows per-layer lora scale settings. Layers with no '
            "scale provided will have scale 1.0."
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model. Providing a dictionary as {"layer_name":layer_scale} allows per-layer lora
    scale settings. Layers with no scale provided will have scale 1.0.
    """

    control_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used as the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the control image."""

    preprocess: Annotated[
        Literal["canny", "depth", "None"],
        Field(description="Type of preprocessing to apply to the input image."),
    ] = "None"
    """Type of preprocessing to apply to the input image."""


class ControlNet(InputModel):
    path: Annotated[str, Field(description="URL or the path to the control net weights.")]
    """URL or the path to the control net weights."""

    config_url: Annotated[
        str | None | MISSING,
        Field(
            description="optional URL to the controlnet config.json file.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """optional URL to the controlnet config.json file."""

    variant: Annotated[
        str | None | MISSING,
        Field(description="The optional variant if a Hugging Face repo key is used."),
    ] = MISSING
    """The optional variant if a Hugging Face repo key is used."""

    control_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used as the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the control image."""

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


class ControlNetUnionInput(InputModel):
    control_image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used as the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the control image."""

    mask_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the mask for the control image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the mask for the control image."""

    control_mode: Annotated[
        Literal["canny", "tile", "depth", "blur", "pose", "gray", "low-quality"],
        Field(
            description="Control Mode for Flux Controlnet Union. Supported values are: - canny: "
            "Uses the edges for guided generation. - tile: Uses the tiles for guided generation. "
            "- depth: Utilizes a grayscale depth map for guided generation. - blur: Adds a blur "
            "to the image. - pose: Uses the pose of the image for guided generation. - gray: "
            "Converts the image to grayscale. - low-quality: Converts the image to a low-quality "
            "image."
        ),
    ]
    """Control Mode for Flux Controlnet Union. Supported values are: - canny: Uses the edges for
    guided generation. - tile: Uses the tiles for guided generation. - depth: Utilizes a
    grayscale depth map for guided generation. - blur: Adds a blur to the image. - pose: Uses
    the pose of the image for guided generation. - gray: Converts the image to grayscale. -
    low-quality: Converts the image to a low-quality image.
    """

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

    mask_threshold: Annotated[float, Field(description="Threshold for mask.", ge=0.01, le=0.99)] = (
        0.5
    )
    """Threshold for mask."""

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


class EasyControlWeight(InputModel):
    control_method_url: Annotated[
        str,
        Field(
            description="URL to safetensor weights of control method to be applied. Can also be "
            "one of `canny`, `depth`, `hedsketch`, `inpainting`, `pose`, `seg`, `subject`, "
            "`ghibli`",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to safetensor weights of control method to be applied. Can also be one of `canny`,
    `depth`, `hedsketch`, `inpainting`, `pose`, `seg`, `subject`, `ghibli`
    """

    scale: Annotated[float, Field(description="Scale for the control method.", ge=0.0, le=2.0)] = 1
    """Scale for the control method."""

    image_url: Annotated[
        str,
        Field(
            description="URL of an image to use as a control",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of an image to use as a control"""

    image_control_type: Annotated[
        Literal["subject", "spatial"],
        Field(description="Control type of the image. Must be one of `spatial` or `subject`."),
    ]
    """Control type of the image. Must be one of `spatial` or `subject`."""


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


class ImageFillInput(InputModel):
    fill_image_url: Annotated[
        str | list[str],
        Field(
            description="URLs of images to be filled for redux prompting",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = []
    """URLs of images to be filled for redux prompting"""


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


class ControlNetUnion(InputModel):
    path: Annotated[str, Field(description="URL or the path to the control net weights.")]
    """URL or the path to the control net weights."""

    config_url: Annotated[
        str | None | MISSING,
        Field(
            description="optional URL to the controlnet config.json file.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """optional URL to the controlnet config.json file."""

    variant: Annotated[
        str | None | MISSING,
        Field(description="The optional variant if a Hugging Face repo key is used."),
    ] = MISSING
    """The optional variant if a Hugging Face repo key is used."""

    controls: Annotated[
        list[ControlNetUnionInput],
        Field(description="The control images and modes to use for the control net."),
    ]
    """The control images and modes to use for the control net."""


class FluxGeneralOutput(OutputModel):
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


class FluxGeneralInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(description="The size of the generated image."),
    ] = MISSING
    """The size of the generated image."""

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

    control_loras: Annotated[
        list[ControlLoraWeight],
        Field(
            description="The LoRAs to use for the image generation which use a control image. You "
            "can use any number of LoRAs and they will be merged together to generate the final "
            "image.",
            validate_default=True,
        ),
    ] = []
    """The LoRAs to use for the image generation which use a control image. You can use any
    number of LoRAs and they will be merged together to generate the final image.
    """

    controlnets: Annotated[
        list[ControlNet],
        Field(
            description="The controlnets to use for the image generation. Only one controlnet is "
            "supported at the moment.",
            validate_default=True,
        ),
    ] = []
    """The controlnets to use for the image generation. Only one controlnet is supported at the
    moment.
    """

    controlnet_unions: Annotated[
        list[ControlNetUnion],
        Field(
            description="The controlnet unions to use for the image generation. Only one "
            "controlnet is supported at the moment.",
            validate_default=True,
        ),
    ] = []
    """The controlnet unions to use for the image generation. Only one controlnet is supported at
    the moment.
    """

    ip_adapters: Annotated[
        list[IPAdapter],
        Field(description="IP-Adapter to use for image generation.", validate_default=True),
    ] = []
    """IP-Adapter to use for image generation."""

    easycontrols: Annotated[
        list[EasyControlWeight],
        Field(description="EasyControl Inputs to use for image generation.", validate_default=True),
    ] = []
    """EasyControl Inputs to use for image generation."""

    fill_image: Annotated[
        ImageFillInput | None | MISSING,
        Field(
            description="Use an image input to influence the generation. Can be used to fill "
            "images in masked areas."
        ),
    ] = MISSING
    """Use an image input to influence the generation. Can be used to fill images in masked
    areas.
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

    real_cfg_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=5.0,
        ),
    ] = 3.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    use_real_cfg: Annotated[
        bool,
        Field(
            description="Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times "
            "and price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!."
        ),
    ] = False
    """Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and price when set
    to be true. If using XLabs IP-Adapter v1, this will be turned on!.
    """

    use_cfg_zero: Annotated[
        bool,
        Field(description="Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886."),
    ] = False
    """Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886."""

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
            description="The number of images to generate. This is always set to 1 for streaming "
            "output.",
            ge=1,
            le=10,
        ),
    ] = 1
    """The number of images to generate. This is always set to 1 for streaming output."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    reference_image_url: Annotated[
        str | MISSING,
        Field(
            description="URL of Image for Reference-Only", json_schema_extra={"x-fal-file": True}
        ),
    ] = MISSING
    """URL of Image for Reference-Only"""

    reference_strength: Annotated[
        float,
        Field(
            description="Strength of reference_only generation. Only used if a reference image is "
            "provided.",
            ge=-3.0,
            le=3.0,
        ),
    ] = 0.65
    """Strength of reference_only generation. Only used if a reference image is provided."""

    reference_start: Annotated[
        float,
        Field(
            description="The percentage of the total timesteps when the reference guidance is to "
            "bestarted.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """The percentage of the total timesteps when the reference guidance is to bestarted."""

    reference_end: Annotated[
        float,
        Field(
            description="The percentage of the total timesteps when the reference guidance is to "
            "be ended.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The percentage of the total timesteps when the reference guidance is to be ended."""

    base_shift: Annotated[
        float, Field(description="Base shift for the scheduled timesteps", ge=0.01, le=5.0)
    ] = 0.5
    """Base shift for the scheduled timesteps"""

    max_shift: Annotated[
        float, Field(description="Max shift for the scheduled timesteps", ge=0.01, le=5.0)
    ] = 1.15
    """Max shift for the scheduled timesteps"""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    use_beta_schedule: Annotated[
        bool, Field(description="Specifies whether beta sigmas ought to be used.")
    ] = False
    """Specifies whether beta sigmas ought to be used."""

    sigma_schedule: Annotated[
        Literal["sgm_uniform"] | None | MISSING,
        Field(description="Sigmas schedule for the denoising process."),
    ] = MISSING
    """Sigmas schedule for the denoising process."""

    scheduler: Annotated[
        Literal["euler", "dpmpp_2m"], Field(description="Scheduler for the denoising process.")
    ] = "euler"
    """Scheduler for the denoising process."""

    negative_prompt: Annotated[
        str,
        Field(
            description="Negative prompt to steer the image generation away from unwanted "
            "features. By default, we will be using NAG for processing the negative prompt."
        ),
    ] = ""
    """Negative prompt to steer the image generation away from unwanted features. By default, we
    will be using NAG for processing the negative prompt.
    """

    nag_scale: Annotated[
        float,
        Field(
            description="The scale for NAG. Higher values will result in a image that is more "
            "distant to the negative prompt.",
            gt=1.0,
            le=10.0,
        ),
    ] = 3
    """The scale for NAG. Higher values will result in a image that is more distant to the
    negative prompt.
    """

    nag_tau: Annotated[
        float,
        Field(
            description="The tau for NAG. Controls the normalization of the hidden state. Higher "
            "values will result in a less aggressive normalization, but may also lead to "
            "unexpected changes with respect to the original image. Not recommended to change "
            "this value.",
            gt=0.0,
        ),
    ] = 2.5
    """The tau for NAG. Controls the normalization of the hidden state. Higher values will result
    in a less aggressive normalization, but may also lead to unexpected changes with respect
    to the original image. Not recommended to change this value.
    """

    nag_alpha: Annotated[
        float,
        Field(
            description="The alpha value for NAG. This value is used as a final weighting factor "
            "for steering the normalized guidance (positive and negative prompts) in the "
            "direction of the positive prompt. Higher values will result in less steering on the "
            "normalized guidance where lower values will result in considering the positive "
            "prompt guidance more.",
            gt=0.0,
            le=1.0,
        ),
    ] = 0.25
    """The alpha value for NAG. This value is used as a final weighting factor for steering the
    normalized guidance (positive and negative prompts) in the direction of the positive
    prompt. Higher values will result in less steering on the normalized guidance where lower
    values will result in considering the positive prompt guidance more.
    """

    nag_end: Annotated[
        float,
        Field(
            description="The proportion of steps to apply NAG. After the specified proportion of "
            "steps has been iterated, the remaining steps will use original attention processors "
            "in FLUX.",
            gt=0.0,
            le=1.0,
        ),
    ] = 0.25
    """The proportion of steps to apply NAG. After the specified proportion of steps has been
    iterated, the remaining steps will use original attention processors in FLUX.
    """
