# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


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

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used as the control net.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the control net."""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="The mask to use for the controlnet. When using a mask, the control image "
            "size and the mask size must be the same and divisible by 32.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The mask to use for the controlnet. When using a mask, the control image size and the mask
    size must be the same and divisible by 32.
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

    ip_adapter_index: Annotated[
        int | None | MISSING,
        Field(
            description="The index of the IP adapter to be applied to the controlnet. This is "
            "only needed for InstantID ControlNets."
        ),
    ] = MISSING
    """The index of the IP adapter to be applied to the controlnet. This is only needed for
    InstantID ControlNets.
    """


class Embedding(InputModel):
    path: Annotated[str, Field(description="URL or the path to the embedding weights.")]
    """URL or the path to the embedding weights."""

    tokens: Annotated[
        list[str] | MISSING,
        Field(
            description="The tokens to map the embedding weights to. Use these tokens in your "
            "prompts."
        ),
    ] = MISSING
    """The tokens to map the embedding weights to. Use these tokens in your prompts."""


class IPAdapter(InputModel):
    ip_adapter_image_url: Annotated[
        str | list[str],
        Field(
            description="URL of the image to be used as the IP adapter.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used as the IP adapter."""

    ip_adapter_mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="The mask to use for the IP adapter. When using a mask, the ip-adapter "
            "image size and the mask size must be the same",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The mask to use for the IP adapter. When using a mask, the ip-adapter image size and the
    mask size must be the same
    """

    path: Annotated[str, Field(description="URL or the path to the IP adapter weights.")]
    """URL or the path to the IP adapter weights."""

    model_subfolder: Annotated[
        str | None | MISSING,
        Field(
            description="Subfolder in the model directory where the IP adapter weights are stored."
        ),
    ] = MISSING
    """Subfolder in the model directory where the IP adapter weights are stored."""

    weight_name: Annotated[str | None | MISSING, Field(description="Name of the weight file.")] = (
        MISSING
    )
    """Name of the weight file."""

    insight_face_model_path: Annotated[
        str | None | MISSING, Field(description="URL or the path to the InsightFace model weights.")
    ] = MISSING
    """URL or the path to the InsightFace model weights."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the IP adapter weight. This is used to scale the IP adapter "
            "weight before merging it with the base model.",
            ge=0.0,
        ),
    ] = 1
    """The scale of the IP adapter weight. This is used to scale the IP adapter weight before
    merging it with the base model.
    """

    scale_json: Annotated[
        dict[str, Any] | None | MISSING,
        Field(
            description="The scale of the IP adapter weight. This is used to scale the IP adapter "
            "weight before merging it with the base model."
        ),
    ] = MISSING
    """The scale of the IP adapter weight. This is used to scale the IP adapter weight before
    merging it with the base model.
    """

    unconditional_noising_factor: Annotated[
        float,
        Field(
            description="The factor to apply to the unconditional noising of the IP adapter.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """The factor to apply to the unconditional noising of the IP adapter."""

    image_projection_shortcut: Annotated[
        bool,
        Field(
            description="The value to set the image projection shortcut to. For FaceID plus V1 "
            "models, this should be set to False. For FaceID plus V2 models, this should be set "
            "to True. Default is True."
        ),
    ] = True
    """The value to set the image projection shortcut to. For FaceID plus V1 models, this should
    be set to False. For FaceID plus V2 models, this should be set to True. Default is True.
    """


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


class SigmasInput(InputModel):
    method: Annotated[
        Literal["default", "array"],
        Field(
            description="The method to use for the sigmas. If set to 'custom', the sigmas will be "
            "set based on the provided sigmas schedule in the `array` field. Defaults to "
            "'default' which means the scheduler will use the sigmas of the scheduler."
        ),
    ] = "default"
    """The method to use for the sigmas. If set to 'custom', the sigmas will be set based on the
    provided sigmas schedule in the `array` field. Defaults to 'default' which means the
    scheduler will use the sigmas of the scheduler.
    """

    array: Annotated[
        list[float], Field(description="Sigmas schedule to be used if 'custom' method is selected.")
    ] = []
    """Sigmas schedule to be used if 'custom' method is selected."""


class TimestepsInput(InputModel):
    method: Annotated[
        Literal["default", "array"],
        Field(
            description="The method to use for the timesteps. If set to 'array', the timesteps "
            "will be set based on the provided timesteps schedule in the `array` field. Defaults "
            "to 'default' which means the scheduler will use the `num_inference_steps` parameter."
        ),
    ] = "default"
    """The method to use for the timesteps. If set to 'array', the timesteps will be set based on
    the provided timesteps schedule in the `array` field. Defaults to 'default' which means
    the scheduler will use the `num_inference_steps` parameter.
    """

    array: Annotated[
        list[int],
        Field(description="Timesteps schedule to be used if 'custom' method is selected."),
    ] = []
    """Timesteps schedule to be used if 'custom' method is selected."""


class LoraInput(InputModel):
    model_name: Annotated[
        str, Field(description="URL or HuggingFace ID of the base model to generate the image.")
    ]
    """URL or HuggingFace ID of the base model to generate the image."""

    unet_name: Annotated[
        str | None | MISSING,
        Field(
            description="URL or HuggingFace ID of the custom U-Net model to use for the image "
            "generation."
        ),
    ] = MISSING
    """URL or HuggingFace ID of the custom U-Net model to use for the image generation."""

    variant: Annotated[
        str | None | MISSING,
        Field(description="The variant of the model to use for huggingface models, e.g. 'fp16'."),
    ] = MISSING
    """The variant of the model to use for huggingface models, e.g. 'fp16'."""

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

    prompt_weighting: Annotated[
        bool,
        Field(
            description="If set to true, the prompt weighting syntax will be used. Additionally, "
            "this will lift the 77 token limit by averaging embeddings."
        ),
    ] = False
    """If set to true, the prompt weighting syntax will be used. Additionally, this will lift the
    77 token limit by averaging embeddings.
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

    embeddings: Annotated[
        list[Embedding],
        Field(
            description="The embeddings to use for the image generation. Only a single embedding "
            "is supported at the moment. The embeddings will be used to map the tokens in the "
            "prompt to the embedding weights.",
            validate_default=True,
        ),
    ] = []
    """The embeddings to use for the image generation. Only a single embedding is supported at
    the moment. The embeddings will be used to map the tokens in the prompt to the embedding
    weights.
    """

    controlnets: Annotated[
        list[ControlNet],
        Field(
            description="The control nets to use for the image generation. You can use any number "
            "of control nets and they will be applied to the image at the specified timesteps.",
            validate_default=True,
        ),
    ] = []
    """The control nets to use for the image generation. You can use any number of control nets
    and they will be applied to the image at the specified timesteps.
    """

    controlnet_guess_mode: Annotated[
        bool,
        Field(
            description="If set to true, the controlnet will be applied to only the conditional "
            "predictions."
        ),
    ] = False
    """If set to true, the controlnet will be applied to only the conditional predictions."""

    ip_adapter: Annotated[
        list[IPAdapter],
        Field(description="The IP adapter to use for the image generation.", validate_default=True),
    ] = []
    """The IP adapter to use for the image generation."""

    image_encoder_path: Annotated[
        str | None | MISSING,
        Field(description="The path to the image encoder model to use for the image generation."),
    ] = MISSING
    """The path to the image encoder model to use for the image generation."""

    image_encoder_subfolder: Annotated[
        str | None | MISSING,
        Field(
            description="The subfolder of the image encoder model to use for the image generation."
        ),
    ] = MISSING
    """The subfolder of the image encoder model to use for the image generation."""

    image_encoder_weight_name: Annotated[
        str | None,
        Field(
            description="The weight name of the image encoder model to use for the image "
            "generation."
        ),
    ] = "pytorch_model.bin"
    """The weight name of the image encoder model to use for the image generation."""

    ic_light_model_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the IC Light model to use for the image generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the IC Light model to use for the image generation."""

    ic_light_model_background_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the IC Light model background image to use for the image "
            "generation. Make sure to use a background compatible with the model.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the IC Light model background image to use for the image generation. Make sure
    to use a background compatible with the model.
    """

    ic_light_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the IC Light model image to use for the image generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the IC Light model image to use for the image generation."""

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

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None,
        Field(
            description="The size of the generated image. You can choose between some presets or "
            "custom height and width that **must be multiples of 8**.",
            validate_default=True,
        ),
    ] = "square_hd"
    """The size of the generated image. You can choose between some presets or custom height and
    width that **must be multiples of 8**.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Increasing the amount of steps tells Stable Diffusion that it should "
            "take more steps to generate your final result which can increase the amount of "
            "detail in your image.",
            ge=1,
            le=150,
        ),
    ] = 30
    """Increasing the amount of steps tells Stable Diffusion that it should take more steps to
    generate your final result which can increase the amount of detail in your image.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    clip_skip: Annotated[
        int,
        Field(
            description="Skips part of the image generation process, leading to slightly "
            "different results. This means the image renders faster, too.",
            ge=0,
            le=2,
        ),
    ] = 0
    """Skips part of the image generation process, leading to slightly different results. This
    means the image renders faster, too.
    """

    scheduler: Annotated[
        Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | MISSING,
        Field(description="Scheduler / sampler to use for the image denoising process."),
    ] = MISSING
    """Scheduler / sampler to use for the image denoising process."""

    timesteps: Annotated[
        TimestepsInput | MISSING,
        Field(
            description="Optionally override the timesteps to use for the denoising process. Only "
            "works with schedulers which support the `timesteps` argument in their "
            "`set_timesteps` method. Defaults to not overriding, in which case the scheduler "
            "automatically sets the timesteps based on the `num_inference_steps` parameter. If "
            "set to a custom timestep schedule, the `num_inference_steps` parameter will be "
            "ignored. Cannot be set if `sigmas` is set."
        ),
    ] = MISSING
    """Optionally override the timesteps to use for the denoising process. Only works with
    schedulers which support the `timesteps` argument in their `set_timesteps` method.
    Defaults to not overriding, in which case the scheduler automatically sets the timesteps
    based on the `num_inference_steps` parameter. If set to a custom timestep schedule, the
    `num_inference_steps` parameter will be ignored. Cannot be set if `sigmas` is set.
    """

    sigmas: Annotated[
        SigmasInput | MISSING,
        Field(
            description="Optionally override the sigmas to use for the denoising process. Only "
            "works with schedulers which support the `sigmas` argument in their `set_sigmas` "
            "method. Defaults to not overriding, in which case the scheduler automatically sets "
            "the sigmas based on the `num_inference_steps` parameter. If set to a custom sigma "
            "schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if "
            "`timesteps` is set."
        ),
    ] = MISSING
    """Optionally override the sigmas to use for the denoising process. Only works with
    schedulers which support the `sigmas` argument in their `set_sigmas` method. Defaults to
    not overriding, in which case the scheduler automatically sets the sigmas based on the
    `num_inference_steps` parameter. If set to a custom sigma schedule, the
    `num_inference_steps` parameter will be ignored. Cannot be set if `timesteps` is set.
    """

    prediction_type: Annotated[
        Literal["v_prediction", "epsilon"],
        Field(
            description="The type of prediction to use for the image generation. The `epsilon` is "
            "the default."
        ),
    ] = "epsilon"
    """The type of prediction to use for the image generation. The `epsilon` is the default."""

    rescale_betas_snr_zero: Annotated[
        bool,
        Field(
            description="Whether to set the rescale_betas_snr_zero option or not for the sampler"
        ),
    ] = False
    """Whether to set the rescale_betas_snr_zero option or not for the sampler"""

    image_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    num_images: Annotated[
        int,
        Field(
            description="Number of images to generate in one request. Note that the higher the "
            "batch size, the longer it will take to generate the images.",
            ge=1,
            le=8,
        ),
    ] = 1
    """Number of images to generate in one request. Note that the higher the batch size, the
    longer it will take to generate the images.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    tile_width: Annotated[
        int,
        Field(
            description="The size of the tiles to be used for the image generation.",
            ge=128,
            le=4096,
        ),
    ] = 4096
    """The size of the tiles to be used for the image generation."""

    tile_height: Annotated[
        int,
        Field(
            description="The size of the tiles to be used for the image generation.",
            ge=128,
            le=4096,
        ),
    ] = 4096
    """The size of the tiles to be used for the image generation."""

    tile_stride_width: Annotated[
        int,
        Field(
            description="The stride of the tiles to be used for the image generation.",
            ge=64,
            le=2048,
        ),
    ] = 2048
    """The stride of the tiles to be used for the image generation."""

    tile_stride_height: Annotated[
        int,
        Field(
            description="The stride of the tiles to be used for the image generation.",
            ge=64,
            le=2048,
        ),
    ] = 2048
    """The stride of the tiles to be used for the image generation."""

    eta: Annotated[
        float,
        Field(description="The eta value to be used for the image generation.", ge=0.0, le=1.0),
    ] = 0
    """The eta value to be used for the image generation."""

    debug_latents: Annotated[
        bool, Field(description="If set to true, the latents will be saved for debugging.")
    ] = False
    """If set to true, the latents will be saved for debugging."""

    debug_per_pass_latents: Annotated[
        bool, Field(description="If set to true, the latents will be saved for debugging per pass.")
    ] = False
    """If set to true, the latents will be saved for debugging per pass."""


class LoraOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated image files info.")]
    """The generated image files info."""

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

    debug_latents: Annotated[
        shared.File | None, Field(description="The latents saved for debugging.")
    ]
    """The latents saved for debugging."""

    debug_per_pass_latents: Annotated[
        shared.File | None, Field(description="The latents saved for debugging per pass.")
    ]
    """The latents saved for debugging per pass."""
