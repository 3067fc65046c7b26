# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IpAdapterFaceIdInput(InputModel):
    model_type: Annotated[
        Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ],
        Field(
            description="The model type to use. 1_5 is the default and is recommended for most "
            "use cases."
        ),
    ] = "1_5-v1"
    """The model type to use. 1_5 is the default and is recommended for most use cases."""

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

    face_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="An image of a face to match. If an image with a size of 640x640 is not "
            "provided, it will be scaled and cropped to that size.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """An image of a face to match. If an image with a size of 640x640 is not provided, it will
    be scaled and cropped to that size.
    """

    face_images_data_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to zip archive with images of faces. The images embedding will be "
            "averaged to create a more accurate face id.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to zip archive with images of faces. The images embedding will be averaged to create a
    more accurate face id.
    """

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use.Use it to address details that you don't want "
            "in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = (
        "blurry, low resolution, bad, ugly, low quality, pixelated, interpolated, compression "
        "artifacts, noisey, grainy"
    )
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
    ] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for generating the image. The more "
            "steps the better the image will be but it will also take longer to generate.",
            ge=1,
            le=200,
        ),
    ] = 50
    """The number of inference steps to use for generating the image. The more steps the better
    the image will be but it will also take longer to generate.
    """

    num_samples: Annotated[
        int,
        Field(
            description="The number of samples for face id. The more samples the better the image "
            "will be but it will also take longer to generate. Default is 4.",
            ge=1,
            le=4,
        ),
    ] = 4
    """The number of samples for face id. The more samples the better the image will be but it
    will also take longer to generate. Default is 4.
    """

    width: Annotated[
        int, Field(description="The width of the generated image.", ge=512, le=1024)
    ] = 512
    """The width of the generated image."""

    height: Annotated[
        int, Field(description="The height of the generated image.", ge=512, le=1024)
    ] = 512
    """The height of the generated image."""

    face_id_det_size: Annotated[
        int,
        Field(
            description="The size of the face detection model. The higher the number the more "
            "accurate the detection will be but it will also take longer to run. The higher the "
            "number the more likely it will fail to find a face as well. Lower it if you are "
            "having trouble finding a face in the image.",
            ge=64,
            le=640,
        ),
    ] = 640
    """The size of the face detection model. The higher the number the more accurate the
    detection will be but it will also take longer to run. The higher the number the more
    likely it will fail to find a face as well. Lower it if you are having trouble finding a
    face in the image.
    """

    base_1_5_model_repo: Annotated[
        str,
        Field(
            description="The URL to the base 1.5 model. Default is "
            "SG161222/Realistic_Vision_V4.0_noVAE"
        ),
    ] = "SG161222/Realistic_Vision_V4.0_noVAE"
    """The URL to the base 1.5 model. Default is SG161222/Realistic_Vision_V4.0_noVAE"""

    base_sdxl_model_repo: Annotated[
        str, Field(description="The URL to the base SDXL model. Default is SG161222/RealVisXL_V3.0")
    ] = "SG161222/RealVisXL_V3.0"
    """The URL to the base SDXL model. Default is SG161222/RealVisXL_V3.0"""


class IpAdapterFaceIdOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

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
